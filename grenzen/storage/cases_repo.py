"""Queries for cases; returns DTOs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from grenzen.domain.cases import CaseSummary, Stage
from grenzen.domain.coach.ladder import STAGES, CaseState
from grenzen.domain.coach.recommend import IncidentFact
from grenzen.domain.incidents import Level
from grenzen.storage import models as m


def list_cases(session: Session, client_id: int | None = None) -> list[CaseSummary]:
    """Open cases first, then by when they were opened, newest first."""
    counts = (
        select(m.Incident.case_id, func.count(m.Incident.id).label("n"))
        .group_by(m.Incident.case_id)
        .subquery()
    )
    query = (
        select(m.Case, m.Client.name, func.coalesce(counts.c.n, 0))
        .join(m.Client, m.Client.id == m.Case.client_id)
        .outerjoin(counts, counts.c.case_id == m.Case.id)
        .order_by(m.Case.closed_at.is_not(None), m.Case.opened_at.desc(), m.Case.id.desc())
    )
    if client_id is not None:
        query = query.where(m.Case.client_id == client_id)
    return [
        CaseSummary(
            id=case.id,
            client_id=case.client_id,
            client=client,
            title=case.title,
            stage=Stage(case.stage),
            opened_at=case.opened_at,
            closed_at=case.closed_at,
            outcome=case.outcome,
            incident_count=count,
        )
        for case, client, count in session.execute(query)
    ]


def _aware(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def case_state(session: Session, case_id: int) -> CaseState | None:
    row = session.get(m.Case, case_id)
    if row is None:
        return None
    return CaseState(
        id=row.id,
        client_id=row.client_id,
        opened_at=row.opened_at,
        done={Stage(stage): _aware(at) for stage, at in (row.stage_done or {}).items()},
        review_date=row.review_date,
        closed_at=row.closed_at,
        outcome=row.outcome,
    )


def case_title(session: Session, case_id: int) -> tuple[str, str]:
    """(title, client name) of a case."""
    row = session.execute(
        select(m.Case.title, m.Client.name)
        .join(m.Client, m.Client.id == m.Case.client_id)
        .where(m.Case.id == case_id)
    ).one()
    return row[0], row[1]


def create_case(session: Session, client_id: int, title: str, opened_at: dt.datetime) -> int:
    row = m.Case(client_id=client_id, title=title, opened_at=opened_at, stage=STAGES[0].value)
    session.add(row)
    session.flush()
    return row.id


def save_state(session: Session, state: CaseState) -> None:
    """Write the ladder progress back; ``stage`` keeps the current (or last) stage for lists."""
    row = session.get(m.Case, state.id)
    assert row is not None
    row.stage_done = {stage.value: at.isoformat() for stage, at in state.done.items()}
    row.stage = (state.current or STAGES[-1]).value
    row.review_date = state.review_date
    row.closed_at = state.closed_at
    row.outcome = state.outcome


def attach_incidents(session: Session, case_id: int, incident_ids: list[int]) -> None:
    session.execute(
        update(m.Incident).where(m.Incident.id.in_(incident_ids)).values(case_id=case_id)
    )


def incident_clients(session: Session, incident_ids: list[int]) -> dict[int, int]:
    """incident id → client id, for the ids that exist."""
    rows = session.execute(
        select(m.Incident.id, m.Incident.client_id).where(m.Incident.id.in_(incident_ids))
    )
    return dict(rows.all())


def incident_facts(
    session: Session, *, case_id: int | None = None, client_id: int | None = None
) -> tuple[IncidentFact, ...]:
    query = select(
        m.Incident.id,
        m.Incident.created_at,
        m.Incident.occurred_on,
        m.Incident.level,
        m.Incident.severity,
        m.Incident.person_id,
    ).order_by(m.Incident.created_at)
    if case_id is not None:
        query = query.where(m.Incident.case_id == case_id)
    if client_id is not None:
        query = query.where(m.Incident.client_id == client_id)
    return tuple(
        IncidentFact(
            id=row.id,
            recorded_at=row.created_at,
            occurred_on=row.occurred_on,
            level=Level(row.level),
            severity=row.severity,
            person_id=row.person_id,
        )
        for row in session.execute(query)
    )


def incident_notes(session: Session, case_id: int) -> list[str]:
    rows = session.scalars(
        select(m.Incident.notes).where(m.Incident.case_id == case_id, m.Incident.notes.is_not(None))
    )
    return [note for note in rows if note]


def case_answers_texts(session: Session, case_id: int) -> list[str]:
    """Every answer the user typed in the case's stage pages (nested JSON flattened)."""
    row = session.get(m.Case, case_id)
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(row.answers if row else {})
    return texts


def energy_levels(session: Session) -> tuple[tuple[dt.date, int], ...]:
    rows = session.execute(
        select(m.EnergyCheckin.checked_on, m.EnergyCheckin.level).order_by(
            m.EnergyCheckin.checked_on
        )
    )
    return tuple((day, level) for day, level in rows)


def open_case_count(session: Session) -> int:
    return session.scalar(select(func.count(m.Case.id)).where(m.Case.closed_at.is_(None))) or 0


def stage_answers(session: Session, case_id: int, stage: Stage) -> dict[str, Any]:
    row = session.get(m.Case, case_id)
    return dict((row.answers or {}).get(stage.value, {})) if row else {}


def save_stage_answers(
    session: Session, case_id: int, stage: Stage, answers: dict[str, Any]
) -> None:
    """Replace one stage's answers; JSON columns need a new dict to register the change."""
    row = session.get(m.Case, case_id)
    assert row is not None
    row.answers = {**(row.answers or {}), stage.value: dict(answers)}
