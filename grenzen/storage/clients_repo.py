"""Clients and people: lists with incident counts, renames, archiving and merges."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from grenzen.domain.clients import Client, ClientCase, MergeResult, Person, name_key, same_name
from grenzen.storage import models as m

# Every table that belongs to a client; a merge moves all of them.
_CLIENT_TABLES: tuple[tuple[str, Any], ...] = (
    ("incidents", m.Incident),
    ("contracts", m.Contract),
    ("cases", m.Case),
    ("energy", m.EnergyCheckin),
    ("compliments", m.Compliment),
    ("value_entries", m.ValueEntry),
    ("zero_based_answers", m.ZeroBasedAnswer),
)


def _incident_counts(column: Any) -> Any:
    return select(column, func.count(m.Incident.id).label("n")).group_by(column).subquery("counts")


def _clients_query() -> Select[tuple[m.Client, int]]:
    counts = _incident_counts(m.Incident.client_id)
    return select(m.Client, func.coalesce(counts.c.n, 0)).outerjoin(
        counts, counts.c.client_id == m.Client.id
    )


def _client_dto(row: m.Client, incidents: int) -> Client:
    return Client(row.id, row.name, row.archived, row.notes, incidents)


def list_clients(session: Session, *, include_archived: bool = False) -> list[Client]:
    """Sorted by name as a German reader expects (see ``name_key``)."""
    query = _clients_query()
    if not include_archived:
        query = query.where(m.Client.archived.is_(False))
    clients = [_client_dto(*row) for row in session.execute(query)]
    return sorted(clients, key=lambda c: (name_key(c.name), c.name, c.id))


def get_client(session: Session, client_id: int) -> Client | None:
    found = session.execute(_clients_query().where(m.Client.id == client_id)).first()
    return _client_dto(*found) if found else None


def _people_query() -> Select[tuple[m.Person, int, str]]:
    counts = _incident_counts(m.Incident.person_id)
    return (
        select(m.Person, func.coalesce(counts.c.n, 0), m.Client.name)
        .join(m.Client, m.Client.id == m.Person.client_id)
        .outerjoin(counts, counts.c.person_id == m.Person.id)
    )


def _person_dto(row: m.Person, incidents: int) -> Person:
    return Person(row.id, row.client_id, row.name, row.role, row.archived, incidents)


def list_people(
    session: Session, client_id: int | None = None, *, include_archived: bool = False
) -> list[Person]:
    """People by client name, then by name; without archived people (or, across all
    clients, the people of archived clients) unless asked."""
    query = _people_query()
    if client_id is not None:
        query = query.where(m.Person.client_id == client_id)
    if not include_archived:
        query = query.where(m.Person.archived.is_(False))
        if client_id is None:
            query = query.where(m.Client.archived.is_(False))
    rows = sorted(
        session.execute(query),
        key=lambda r: (name_key(r[2]), r[2], name_key(r[0].name), r[0].name, r[0].id),
    )
    return [_person_dto(person, incidents) for person, incidents, _client in rows]


def get_person(session: Session, person_id: int) -> Person | None:
    found = session.execute(_people_query().where(m.Person.id == person_id)).first()
    return _person_dto(found[0], found[1]) if found else None


def client_name_taken(session: Session, name: str, *, except_id: int | None = None) -> bool:
    """True when another client already has this name, ignoring case."""
    names = session.execute(select(m.Client.id, m.Client.name)).all()
    return any(same_name(other, name) and cid != except_id for cid, other in names)


def person_name_taken(
    session: Session, client_id: int, name: str, *, except_id: int | None = None
) -> bool:
    """True when another person of the client already has this name, ignoring case."""
    names = session.execute(
        select(m.Person.id, m.Person.name).where(m.Person.client_id == client_id)
    ).all()
    return any(same_name(other, name) and pid != except_id for pid, other in names)


def add_client(session: Session, name: str, notes: str | None = None) -> int:
    row = m.Client(name=name, notes=notes)
    session.add(row)
    session.flush()
    return row.id


def add_person(session: Session, client_id: int, name: str, role: str | None = None) -> int:
    row = m.Person(client_id=client_id, name=name, role=role)
    session.add(row)
    session.flush()
    return row.id


def set_client_fields(session: Session, client_id: int, **values: Any) -> bool:
    """Update columns of a client; False if there is no such client."""
    result = session.execute(update(m.Client).where(m.Client.id == client_id).values(**values))
    return bool(result.rowcount)


def set_person_fields(session: Session, person_id: int, **values: Any) -> bool:
    result = session.execute(update(m.Person).where(m.Person.id == person_id).values(**values))
    return bool(result.rowcount)


def _joined_notes(first: str | None, second: str | None) -> str | None:
    parts = [p for p in (first, second) if p and p.strip()]
    return "\n\n".join(parts) or None


def merge_clients(session: Session, source_id: int, target_id: int) -> MergeResult:
    """Move everything of ``source`` to ``target`` and delete ``source``.

    People with the same name (ignoring case) become one; the source's notes are added to
    the target's so nothing the user wrote is lost. Both clients must exist.
    """
    source = session.get(m.Client, source_id)
    target = session.get(m.Client, target_id)
    if source is None or target is None:
        raise ValueError("merge_clients needs two existing clients")
    targets = session.execute(
        select(m.Person.id, m.Person.name).where(m.Person.client_id == target_id)
    ).all()
    moved = merged = 0
    for person_id, name in session.execute(
        select(m.Person.id, m.Person.name).where(m.Person.client_id == source_id)
    ).all():
        twin = next((tid for tid, tname in targets if same_name(tname, name)), None)
        if twin is None:
            set_person_fields(session, person_id, client_id=target_id)
            moved += 1
        else:
            _merge_person_rows(session, person_id, twin)
            merged += 1
    counts: dict[str, int] = {}
    for key, model in _CLIENT_TABLES:
        result = session.execute(
            update(model).where(model.client_id == source_id).values(client_id=target_id)
        )
        counts[key] = result.rowcount
    counts["letter_drafts"] = _move_unique_rows(
        session, m.LetterDraft, source_id, target_id, ("kind", "lang")
    )
    counts["dream_matches"] = _move_unique_rows(
        session, m.DreamMatch, source_id, target_id, ("criterion_id",)
    )
    target.notes = _joined_notes(target.notes, source.notes)
    target.address = target.address or source.address
    session.flush()
    session.expunge(source)  # deleted below in SQL; the session must not flush it later
    session.execute(m.Client.__table__.delete().where(m.Client.id == source_id))
    return MergeResult(people_moved=moved, people_merged=merged, **counts)


def _move_unique_rows(
    session: Session, model: Any, source_id: int, target_id: int, unique: tuple[str, ...]
) -> int:
    """Move rows that are unique per client; where the target has its own, the target's
    row stays (it is the client the user chose to keep). Returns how many moved."""
    taken = {
        tuple(row)
        for row in session.execute(
            select(*(getattr(model, name) for name in unique)).where(model.client_id == target_id)
        )
    }
    moved = 0
    for row in session.scalars(select(model).where(model.client_id == source_id)).all():
        if tuple(getattr(row, name) for name in unique) in taken:
            session.delete(row)
        else:
            row.client_id = target_id
            moved += 1
    session.flush()
    return moved


def _merge_person_rows(session: Session, source_id: int, target_id: int) -> int:
    """Point the source person's incidents at the target person, keep a missing role,
    delete the source; returns how many incidents moved."""
    source = session.get(m.Person, source_id)
    target = session.get(m.Person, target_id)
    if source is None or target is None:
        raise ValueError("merging people needs two existing people")
    result = session.execute(
        update(m.Incident).where(m.Incident.person_id == source_id).values(person_id=target_id)
    )
    if not target.role and source.role:
        target.role = source.role
    if target.archived and not source.archived:
        target.archived = False
    session.flush()
    session.expunge(source)
    session.execute(m.Person.__table__.delete().where(m.Person.id == source_id))
    return result.rowcount


def merge_people(session: Session, source_id: int, target_id: int) -> MergeResult:
    """Make two people of one client one person (the target); both must exist."""
    return MergeResult(people_merged=1, incidents=_merge_person_rows(session, source_id, target_id))


def client_cases(session: Session, client_id: int) -> list[ClientCase]:
    """The client's cases with the days they opened and closed (local calendar days)."""
    rows = session.scalars(select(m.Case).where(m.Case.client_id == client_id))
    return [
        ClientCase(
            id=row.id,
            title=row.title,
            opened_on=_local_day(row.opened_at),
            closed_on=_local_day(row.closed_at) if row.closed_at else None,
            outcome=row.outcome,
        )
        for row in rows
    ]


def _local_day(moment: dt.datetime) -> dt.date:
    """The day on the user's calendar: stored times are UTC, the user lives in local time."""
    return moment.astimezone().date()
