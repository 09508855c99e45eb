"""Queries for cases; returns DTOs."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grenzen.domain.cases import CaseSummary, Stage
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
