"""Writing a generated demo plan: a handful of ORM rows, then bulk Core inserts.

Incidents go in with one ``executemany`` per chunk inside the caller's transaction: the
ORM's per-object bookkeeping would cost more than SQLite itself at 100,000 rows. The FTS5
triggers still index every row, so search works exactly as for hand-written entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from grenzen.domain.cases import Stage
from grenzen.domain.demo_texts import DemoCase, DemoClient, DemoIncident, DemoPlan
from grenzen.storage import models as m

CHUNK_ROWS = 5_000


@dataclass(frozen=True, slots=True)
class DemoIds:
    """Database ids for the plan's indexes (clients, each client's people, cases)."""

    clients: list[int]
    people: list[list[int]]
    cases: list[int]


def client_names(session: Session) -> set[str]:
    """Names already taken, so demo clients never collide with the user's own."""
    return set(session.scalars(select(m.Client.name)))


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(8, 0), tzinfo=dt.UTC)


def _add_client(session: Session, client: DemoClient, name: str) -> tuple[int, list[int], int]:
    """The client, its people and its contract; returns ids and the deliverables count."""
    created = _midnight(client.active_from)
    row = m.Client(
        name=name,
        archived=client.archived,
        notes=f"{client.kind}. {client.notes}",
        created_at=created,
        updated_at=created,
    )
    session.add(row)
    session.flush()
    people = [
        m.Person(client_id=row.id, name=p.name, role=p.role, created_at=created, updated_at=created)
        for p in client.people
    ]
    session.add_all(people)
    terms = client.contract
    contract = m.Contract(
        client_id=row.id,
        type=terms.type,
        state=terms.state,
        start=terms.start,
        fee_unit=terms.fee_unit,
        fee_amount=terms.fee_amount,
        payment_interval=terms.payment_interval,
        term_months=terms.term_months,
        renewal_months=terms.renewal_months,
        notice_amount=terms.notice_amount,
        notice_unit=terms.notice_unit,
        notice_to=terms.notice_to,
        notice_form=terms.notice_form,
        known_on=terms.known_on,
        higher_services_trust=terms.higher_services_trust,
        fee_total=terms.fee_total,
        progress=terms.progress,
        notes=terms.notes,
        created_at=created,
        updated_at=created,
        deliverables=[
            m.Deliverable(
                what=d.what, due_on=d.due_on, done=d.done, created_at=created, updated_at=created
            )
            for d in terms.deliverables
        ],
    )
    session.add(contract)
    session.flush()
    return row.id, [p.id for p in people], len(terms.deliverables)


def _add_case(session: Session, case: DemoCase, client_id: int) -> int:
    opened = _midnight(case.opened_on)
    row = m.Case(
        client_id=client_id,
        title=case.title,
        opened_at=opened,
        stage=case.stage,
        answers=case.answers,
        stage_done=_stages_done_before(case.stage, opened),
        review_date=case.review_date,
        closed_at=_midnight(case.closed_on) if case.closed_on else None,
        outcome=case.outcome,
        created_at=opened,
        updated_at=opened,
    )
    session.add(row)
    session.flush()
    return row.id


def add_plan(
    session: Session, plan: DemoPlan, names: Sequence[str]
) -> tuple[DemoIds, dict[str, int]]:
    """Everything but the incidents; ``names`` are the (unique) client names to use."""
    client_ids: list[int] = []
    people_ids: list[list[int]] = []
    deliverables = 0
    for client, name in zip(plan.clients, names, strict=True):
        client_id, person_ids, delivered = _add_client(session, client, name)
        client_ids.append(client_id)
        people_ids.append(person_ids)
        deliverables += delivered
    case_ids = [_add_case(session, c, client_ids[c.client]) for c in plan.cases]

    def client_id(index: int | None) -> int | None:
        return None if index is None else client_ids[index]

    energy = [
        {
            "checked_on": e.checked_on,
            "level": e.level,
            "client_id": client_id(e.client),
            "note": e.note,
            "created_at": _midnight(e.checked_on),
            "updated_at": _midnight(e.checked_on),
        }
        for e in plan.energy
    ]
    compliments = [
        {
            "received_on": c.received_on,
            "from_whom": c.from_whom,
            "text": c.text,
            "client_id": client_id(c.client),
            "created_at": _midnight(c.received_on),
            "updated_at": _midnight(c.received_on),
        }
        for c in plan.compliments
    ]
    invoices = [
        {
            "client_id": client_ids[v.client],
            "amount_cents": v.amount_cents,
            "hours": v.hours,
            "invoice_date": v.invoice_date,
            "due_date": v.due_date,
            "paid_date": v.paid_date,
            "note": v.note,
            "created_at": _midnight(v.invoice_date),
            "updated_at": _midnight(v.paid_date or v.invoice_date),
        }
        for v in plan.invoices
    ]
    for table, rows in (
        (m.EnergyCheckin.__table__, energy),
        (m.Compliment.__table__, compliments),
        (m.ValueEntry.__table__, invoices),
    ):
        if rows:
            session.execute(insert(table), rows)
    profile = _add_dream_profile(session, plan, client_ids)
    counts = {
        "clients": len(client_ids),
        "people": sum(len(p) for p in people_ids),
        "contracts": len(client_ids),
        "deliverables": deliverables,
        "cases": len(case_ids),
        "energy": len(energy),
        "compliments": len(compliments),
        "value_entries": len(invoices),
        **profile,
    }
    return DemoIds(client_ids, people_ids, case_ids), counts


def _add_dream_profile(session: Session, plan: DemoPlan, client_ids: list[int]) -> dict[str, int]:
    """The profile only where the user has none yet; zero-based answers for the new clients.

    A user's own profile (or an earlier demo run's) is never changed or doubled.
    """
    counts = {"dream_criteria": 0, "dream_matches": 0, "zero_based_answers": 0}
    for key, text in (
        ("dream_profile.description", plan.dream_description),
        ("dream_profile.reflection", plan.dream_reflection),
    ):
        if text and session.get(m.Setting, key) is None:
            session.add(m.Setting(key=key, value=text))
    if session.scalar(select(func.count(m.DreamCriterion.id))) == 0:
        rows = [
            m.DreamCriterion(text=c.text, measure=c.measure, threshold=c.threshold, position=i)
            for i, c in enumerate(plan.dream_criteria)
        ]
        session.add_all(rows)
        session.flush()
        ticks = [
            {"client_id": client_ids[t.client], "criterion_id": rows[t.criterion].id,
             "matches": t.matches}
            for t in plan.dream_ticks
        ]  # fmt: skip
        if ticks:
            session.execute(insert(m.DreamMatch.__table__), ticks)
        counts["dream_criteria"], counts["dream_matches"] = len(rows), len(ticks)
    answers = [
        {
            "client_id": client_ids[z.client],
            "asked_on": z.asked_on,
            "answer": z.answer,
            "note": z.note,
            "created_at": _midnight(z.asked_on),
            "updated_at": _midnight(z.asked_on),
        }
        for z in plan.zero_based
    ]
    if answers:
        session.execute(insert(m.ZeroBasedAnswer.__table__), answers)
    counts["zero_based_answers"] = len(answers)
    return counts


def _incident_row(incident: DemoIncident, ids: DemoIds) -> dict[str, Any]:
    person = incident.person
    return {
        "client_id": ids.clients[incident.client],
        "person_id": None if person is None else ids.people[incident.client][person],
        "case_id": None if incident.case is None else ids.cases[incident.case],
        "occurred_on": incident.occurred_on,
        "learned_on": incident.learned_on,
        "channel": incident.channel,
        "quote": incident.quote,
        "description": incident.text,
        "level": incident.level,
        "severity": incident.severity,
        "feeling_before": incident.feeling_before,
        "intensity_before": incident.intensity_before,
        "feeling_after": incident.feeling_after,
        "intensity_after": incident.intensity_after,
        "factual_action_needed": incident.factual_action_needed,
        "notes": incident.notes,
        "tags": list(incident.tags),
        "created_at": incident.recorded_at,
        "updated_at": incident.recorded_at,
    }


def insert_incidents(
    session: Session,
    incidents: Iterable[DemoIncident],
    ids: DemoIds,
    *,
    chunk_rows: int = CHUNK_ROWS,
) -> int:
    """Insert in chunks (bounded memory), all in the session's one transaction."""
    statement = insert(m.Incident.__table__)
    source = iter(incidents)
    total = 0
    while chunk := [_incident_row(i, ids) for i in islice(source, chunk_rows)]:
        session.execute(statement, chunk)
        total += len(chunk)
    return total


def _stages_done_before(stage: str, opened: dt.datetime) -> dict[str, str]:
    """Earlier stages marked done a few days apart after opening, as a user would have."""
    order = [s.value for s in Stage]
    return {
        earlier: (opened + dt.timedelta(days=3 * (index + 1))).isoformat()
        for index, earlier in enumerate(order[: order.index(stage)])
    }
