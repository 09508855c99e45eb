"""Invoices, the dream-client profile, the zero-based answers, and the value figures' sums.

The value table needs every client's figures at once: each table is read with one query
for all clients (grouped in SQL where the rows could be many), never one per client.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, case, delete, func, select, update
from sqlalchemy.orm import Session

from grenzen.domain.value import (
    RELATIONSHIP_LEVELS,
    Answer,
    Criterion,
    EnergyTally,
    IncidentTally,
    Invoice,
    Measure,
    Period,
    ZeroBasedAnswer,
)
from grenzen.storage import models as m

# --- clients -----------------------------------------------------------------------------


def clients(session: Session) -> list[tuple[int, str, bool]]:
    """Every client as (id, name, archived)."""
    rows = session.execute(select(m.Client.id, m.Client.name, m.Client.archived))
    return [(cid, name, bool(archived)) for cid, name, archived in rows]


# --- invoices ----------------------------------------------------------------------------


def _invoices() -> Select[tuple[m.ValueEntry, str]]:
    return select(m.ValueEntry, m.Client.name).join(m.Client, m.Client.id == m.ValueEntry.client_id)


def _invoice_dto(row: m.ValueEntry, client: str) -> Invoice:
    return Invoice(
        id=row.id,
        client_id=row.client_id,
        client=client,
        amount_cents=row.amount_cents,
        invoice_date=row.invoice_date,
        hours=row.hours,
        due_date=row.due_date,
        paid_date=row.paid_date,
        note=row.note,
    )


def add_invoice(
    session: Session,
    client_id: int,
    amount_cents: int,
    invoice_date: dt.date,
    hours: float | None = None,
    due_date: dt.date | None = None,
    paid_date: dt.date | None = None,
    note: str | None = None,
    *,
    invoice_id: int | None = None,
) -> int:
    """Insert one invoice; ``invoice_id`` puts a deleted one back under its old id (undo)."""
    row = m.ValueEntry(
        client_id=client_id,
        amount_cents=amount_cents,
        invoice_date=invoice_date,
        hours=hours,
        due_date=due_date,
        paid_date=paid_date,
        note=note,
    )
    if invoice_id is not None:
        row.id = invoice_id
    session.add(row)
    session.flush()
    return row.id


def get_invoice(session: Session, invoice_id: int) -> Invoice | None:
    found = session.execute(_invoices().where(m.ValueEntry.id == invoice_id)).first()
    return _invoice_dto(*found) if found else None


def invoice_exists(session: Session, invoice_id: int) -> bool:
    return session.get(m.ValueEntry, invoice_id) is not None


def list_invoices(
    session: Session, *, client_id: int | None = None, until: dt.date | None = None
) -> list[Invoice]:
    """Newest first (invoice date, then the order entered); one query for all clients."""
    query = _invoices().order_by(m.ValueEntry.invoice_date.desc(), m.ValueEntry.id.desc())
    if client_id is not None:
        query = query.where(m.ValueEntry.client_id == client_id)
    if until is not None:
        query = query.where(m.ValueEntry.invoice_date <= until)
    return [_invoice_dto(*row) for row in session.execute(query)]


def update_invoice(session: Session, invoice_id: int, **values: Any) -> bool:
    """Set the given columns; False when the invoice does not exist."""
    result = session.execute(
        update(m.ValueEntry).where(m.ValueEntry.id == invoice_id).values(**values)
    )
    return bool(result.rowcount)


def delete_invoice(session: Session, invoice_id: int) -> Invoice | None:
    """Delete and return what was deleted, so the UI can undo it."""
    found = get_invoice(session, invoice_id)
    if found is not None:
        session.execute(delete(m.ValueEntry).where(m.ValueEntry.id == invoice_id))
    return found


# --- figures summed in SQL ---------------------------------------------------------------


def _in_period(column: Any, period: Period) -> list[Any]:
    conditions = [column <= period.today]
    if period.since is not None:
        conditions.append(column >= period.since)
    return conditions


def incident_tallies(session: Session, period: Period) -> dict[int, IncidentTally]:
    """Incidents per client in the period, and those on the relationship level."""
    relationship = func.sum(case((m.Incident.level.in_(RELATIONSHIP_LEVELS), 1), else_=0))
    query = (
        select(m.Incident.client_id, func.count(m.Incident.id), relationship)
        .where(*_in_period(m.Incident.occurred_on, period))
        .group_by(m.Incident.client_id)
    )
    return {
        client_id: IncidentTally(int(total), int(rel or 0))
        for client_id, total, rel in session.execute(query)
    }


def energy_tallies(session: Session, period: Period) -> tuple[dict[int, EnergyTally], EnergyTally]:
    """Check-in sums per client, and over all check-ins (with or without a client)."""
    query = (
        select(
            m.EnergyCheckin.client_id,
            func.sum(m.EnergyCheckin.level),
            func.count(m.EnergyCheckin.id),
        )
        .where(*_in_period(m.EnergyCheckin.checked_on, period))
        .group_by(m.EnergyCheckin.client_id)
    )
    per_client: dict[int, EnergyTally] = {}
    total = count = 0
    for client_id, level_sum, n in session.execute(query):
        total += int(level_sum or 0)
        count += int(n)
        if client_id is not None:
            per_client[client_id] = EnergyTally(int(level_sum or 0), int(n))
    return per_client, EnergyTally(total, count)


# --- the dream-client profile ------------------------------------------------------------


def _criterion_dto(row: m.DreamCriterion) -> Criterion:
    measure = Measure(row.measure) if row.measure else None
    return Criterion(row.id, row.text, row.position, measure, row.threshold)


def list_criteria(session: Session) -> list[Criterion]:
    query = select(m.DreamCriterion).order_by(m.DreamCriterion.position, m.DreamCriterion.id)
    return [_criterion_dto(row) for row in session.scalars(query)]


def get_criterion(session: Session, criterion_id: int) -> Criterion | None:
    row = session.get(m.DreamCriterion, criterion_id)
    return _criterion_dto(row) if row else None


def add_criterion(
    session: Session, text: str, measure: str | None = None, threshold: float | None = None
) -> int:
    """Append a criterion at the end of the profile."""
    last = session.scalar(select(func.max(m.DreamCriterion.position)))
    row = m.DreamCriterion(
        text=text,
        measure=measure,
        threshold=threshold,
        position=0 if last is None else last + 1,
    )
    session.add(row)
    session.flush()
    return row.id


def update_criterion(session: Session, criterion_id: int, **values: Any) -> bool:
    row = session.get(m.DreamCriterion, criterion_id)
    if row is None:
        return False
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return True


def remove_criterion(session: Session, criterion_id: int) -> bool:
    """Delete a criterion; the ticks given for it go with it."""
    session.execute(delete(m.DreamMatch).where(m.DreamMatch.criterion_id == criterion_id))
    result = session.execute(delete(m.DreamCriterion).where(m.DreamCriterion.id == criterion_id))
    return bool(result.rowcount)


def all_ticks(session: Session) -> dict[int, dict[int, bool]]:
    """Every client's ticks: client id → criterion id → True (✓) or False (✗)."""
    ticks: dict[int, dict[int, bool]] = {}
    query = select(m.DreamMatch.client_id, m.DreamMatch.criterion_id, m.DreamMatch.matches)
    for client_id, criterion_id, matches in session.execute(query):
        ticks.setdefault(client_id, {})[criterion_id] = bool(matches)
    return ticks


def set_tick(session: Session, client_id: int, criterion_id: int, matches: bool | None) -> None:
    """Tick (True), cross (False) or clear (None) one criterion for one client."""
    found = session.scalar(
        select(m.DreamMatch).where(
            m.DreamMatch.client_id == client_id, m.DreamMatch.criterion_id == criterion_id
        )
    )
    if matches is None:
        if found is not None:
            session.delete(found)
    elif found is None:
        session.add(m.DreamMatch(client_id=client_id, criterion_id=criterion_id, matches=matches))
    else:
        found.matches = matches
    session.flush()


def criteria_count(session: Session) -> int:
    return session.scalar(select(func.count(m.DreamCriterion.id))) or 0


# --- the zero-based question -------------------------------------------------------------


def add_answer(
    session: Session, client_id: int, asked_on: dt.date, answer: str, note: str | None
) -> int:
    row = m.ZeroBasedAnswer(client_id=client_id, asked_on=asked_on, answer=answer, note=note)
    session.add(row)
    session.flush()
    return row.id


def list_answers(session: Session, *, client_id: int | None = None) -> list[ZeroBasedAnswer]:
    """Newest first (by the day asked, then the order given); one query for all clients."""
    query = (
        select(m.ZeroBasedAnswer, m.Client.name)
        .join(m.Client, m.Client.id == m.ZeroBasedAnswer.client_id)
        .order_by(m.ZeroBasedAnswer.asked_on.desc(), m.ZeroBasedAnswer.id.desc())
    )
    if client_id is not None:
        query = query.where(m.ZeroBasedAnswer.client_id == client_id)
    return [
        ZeroBasedAnswer(row.id, row.client_id, name, row.asked_on, Answer(row.answer), row.note)
        for row, name in session.execute(query)
    ]


# --- settings (vault-wide texts) ---------------------------------------------------------


def get_setting(session: Session, key: str) -> Any:
    row = session.get(m.Setting, key)
    return None if row is None else row.value


def get_settings(session: Session, keys: tuple[str, ...]) -> dict[str, Any]:
    rows = session.execute(select(m.Setting.key, m.Setting.value).where(m.Setting.key.in_(keys)))
    return {row.key: row.value for row in rows}


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store a value (None deletes the key)."""
    row = session.get(m.Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(m.Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
