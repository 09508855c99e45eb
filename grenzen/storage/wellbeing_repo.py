"""Compliments and energy check-ins, and their weekly figures aggregated in SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from grenzen.domain.wellbeing import Compliment, EnergyCheckin, WeekFigures
from grenzen.storage import models as m

# --- compliments -------------------------------------------------------------------------


def add_compliment(
    session: Session,
    text: str,
    received_on: dt.date,
    from_whom: str | None = None,
    client_id: int | None = None,
) -> int:
    row = m.Compliment(text=text, received_on=received_on, from_whom=from_whom, client_id=client_id)
    session.add(row)
    session.flush()
    return row.id


def _compliments() -> Select[tuple[m.Compliment, str]]:
    return select(m.Compliment, m.Client.name).outerjoin(
        m.Client, m.Client.id == m.Compliment.client_id
    )


def _compliment_dto(row: m.Compliment, client: str | None) -> Compliment:
    return Compliment(row.id, row.text, row.received_on, row.from_whom, row.client_id, client)


_NEWEST_COMPLIMENTS = (m.Compliment.received_on.desc(), m.Compliment.id.desc())


def list_compliments(
    session: Session, *, client_id: int | None = None, limit: int | None = None
) -> list[Compliment]:
    """Newest first (by the day received, then the order entered)."""
    query = _compliments().order_by(*_NEWEST_COMPLIMENTS)
    if client_id is not None:
        query = query.where(m.Compliment.client_id == client_id)
    if limit is not None:
        query = query.limit(limit)
    return [_compliment_dto(*row) for row in session.execute(query)]


def get_compliment(session: Session, compliment_id: int) -> Compliment | None:
    found = session.execute(_compliments().where(m.Compliment.id == compliment_id)).first()
    return _compliment_dto(*found) if found else None


def count_compliments(session: Session) -> int:
    return session.scalar(select(func.count(m.Compliment.id))) or 0


def compliment_at(session: Session, index: int) -> Compliment | None:
    """The ``index``-th compliment in id order: a random pick loads one row, not all."""
    found = session.execute(_compliments().order_by(m.Compliment.id).offset(index).limit(1)).first()
    return _compliment_dto(*found) if found else None


def delete_compliment(session: Session, compliment_id: int) -> Compliment | None:
    """Delete and return what was deleted (None if missing)."""
    found = get_compliment(session, compliment_id)
    if found is not None:
        session.execute(m.Compliment.__table__.delete().where(m.Compliment.id == compliment_id))
    return found


# --- energy ------------------------------------------------------------------------------


def add_checkin(
    session: Session,
    level: int,
    checked_on: dt.date,
    note: str | None = None,
    client_id: int | None = None,
) -> int:
    row = m.EnergyCheckin(level=level, checked_on=checked_on, note=note, client_id=client_id)
    session.add(row)
    session.flush()
    return row.id


def _checkins() -> Select[tuple[m.EnergyCheckin, str]]:
    return select(m.EnergyCheckin, m.Client.name).outerjoin(
        m.Client, m.Client.id == m.EnergyCheckin.client_id
    )


def _checkin_dto(row: m.EnergyCheckin, client: str | None) -> EnergyCheckin:
    return EnergyCheckin(row.id, row.checked_on, row.level, row.note, row.client_id, client)


def list_checkins(
    session: Session,
    *,
    since: dt.date | None = None,
    client_id: int | None = None,
    limit: int | None = None,
) -> list[EnergyCheckin]:
    """Newest first (by day, then the order entered)."""
    query = _checkins().order_by(m.EnergyCheckin.checked_on.desc(), m.EnergyCheckin.id.desc())
    if since is not None:
        query = query.where(m.EnergyCheckin.checked_on >= since)
    if client_id is not None:
        query = query.where(m.EnergyCheckin.client_id == client_id)
    if limit is not None:
        query = query.limit(limit)
    return [_checkin_dto(*row) for row in session.execute(query)]


def delete_checkin(session: Session, checkin_id: int) -> EnergyCheckin | None:
    found = session.execute(_checkins().where(m.EnergyCheckin.id == checkin_id)).first()
    if found is None:
        return None
    session.execute(m.EnergyCheckin.__table__.delete().where(m.EnergyCheckin.id == checkin_id))
    return _checkin_dto(*found)


# --- weekly figures ----------------------------------------------------------------------


def _weekly(session: Session, day: Any, value: Any, first: dt.date, last: dt.date) -> list[Any]:
    # Dates are stored as ISO text; 'weekday 0' moves to the week's Sunday (a Sunday
    # stays), six days back is its ISO Monday.
    week = func.date(day, "weekday 0", "-6 days")
    query = (
        select(week, func.avg(value), func.count()).where(day >= first, day <= last).group_by(week)
    )
    return [
        WeekFigures(dt.date.fromisoformat(start), None if avg is None else float(avg), n)
        for start, avg, n in session.execute(query)
    ]


def weekly_energy(session: Session, first: dt.date, last: dt.date) -> list[WeekFigures]:
    """Average level and number of check-ins per ISO week between two days (inclusive)."""
    return _weekly(session, m.EnergyCheckin.checked_on, m.EnergyCheckin.level, first, last)


def weekly_incidents(session: Session, first: dt.date, last: dt.date) -> list[WeekFigures]:
    """Average severity and number of incidents per ISO week (by the day they occurred)."""
    return _weekly(session, m.Incident.occurred_on, m.Incident.severity, first, last)
