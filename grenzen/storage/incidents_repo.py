"""Queries for incidents, clients and people. Returns DTOs and id lists, never ORM objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Float, Integer, Select, func, select, text
from sqlalchemy.orm import Session, aliased

from grenzen.domain.incidents import Channel, Incident, IncidentDraft, IncidentFilter, Level
from grenzen.domain.search import fts_match_expression
from grenzen.storage import fts
from grenzen.storage import models as m

_PersonAlias = aliased(m.Person)
_S = TypeVar("_S", bound=Select[Any])


def client_id_by_name(session: Session, name: str) -> int | None:
    return session.scalar(select(m.Client.id).where(m.Client.name == name.strip()))


def ensure_client(session: Session, name: str) -> int:
    """The client's id, creating the client on first use (the CLI's and capture's way)."""
    existing = client_id_by_name(session, name)
    if existing is not None:
        return existing
    client = m.Client(name=name.strip())
    session.add(client)
    session.flush()
    return client.id


def case_exists(session: Session, case_id: int) -> bool:
    return session.get(m.Case, case_id) is not None


def ensure_person(session: Session, client_id: int, name: str, role: str | None = None) -> int:
    existing = session.scalar(
        select(m.Person.id).where(m.Person.client_id == client_id, m.Person.name == name.strip())
    )
    if existing is not None:
        return existing
    person = m.Person(client_id=client_id, name=name.strip(), role=role)
    session.add(person)
    session.flush()
    return person.id


def add_incident(
    session: Session,
    draft: IncidentDraft,
    *,
    created_at: dt.datetime | None = None,
    incident_id: int | None = None,
) -> int:
    """Insert a validated draft; ``incident_id`` and ``created_at`` serve undo and import."""
    if draft.occurred_on is None or draft.learned_on is None:
        raise ValueError("validate() the draft before adding it")
    client_id = ensure_client(session, draft.client)
    person_id = ensure_person(session, client_id, draft.person) if draft.person else None
    row = m.Incident(
        client_id=client_id,
        person_id=person_id,
        case_id=draft.case_id,
        occurred_on=draft.occurred_on,
        learned_on=draft.learned_on,
        channel=draft.channel.value if draft.channel else None,
        quote=draft.quote,
        description=draft.text,
        level=draft.level.value,
        severity=draft.severity,
        feeling_before=draft.feeling_before,
        intensity_before=draft.intensity_before,
        feeling_after=draft.feeling_after,
        intensity_after=draft.intensity_after,
        factual_action_needed=draft.factual_action_needed,
        notes=draft.notes,
        tags=list(draft.tags),
    )
    if incident_id is not None:
        row.id = incident_id
    if created_at is not None:
        row.created_at = created_at
        row.updated_at = created_at
    session.add(row)
    session.flush()
    return row.id


def _select_incidents() -> Select[tuple[m.Incident, str, str | None]]:
    return (
        select(m.Incident, m.Client.name, _PersonAlias.name)
        .join(m.Client, m.Client.id == m.Incident.client_id)
        .outerjoin(_PersonAlias, _PersonAlias.id == m.Incident.person_id)
    )


def _to_dto(row: m.Incident, client: str, person: str | None) -> Incident:
    return Incident(
        id=row.id,
        client_id=row.client_id,
        client=client,
        person_id=row.person_id,
        person=person,
        occurred_on=row.occurred_on,
        learned_on=row.learned_on,
        channel=Channel(row.channel) if row.channel else None,
        quote=row.quote,
        text=row.description,
        level=Level(row.level),
        severity=row.severity,
        feeling_before=row.feeling_before,
        intensity_before=row.intensity_before,
        feeling_after=row.feeling_after,
        intensity_after=row.intensity_after,
        factual_action_needed=row.factual_action_needed,
        notes=row.notes,
        tags=tuple(row.tags or ()),
        case_id=row.case_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def get_incident(session: Session, incident_id: int) -> Incident | None:
    found = session.execute(_select_incidents().where(m.Incident.id == incident_id)).first()
    return _to_dto(*found) if found else None


def _apply_filter(query: _S, flt: IncidentFilter) -> _S:
    if flt.client_id is not None:
        query = query.where(m.Incident.client_id == flt.client_id)
    if flt.person_id is not None:
        query = query.where(m.Incident.person_id == flt.person_id)
    if flt.level is not None:
        query = query.where(m.Incident.level == flt.level.value)
    if flt.case_id is not None:
        query = query.where(m.Incident.case_id == flt.case_id)
    if flt.occurred_from is not None:
        query = query.where(m.Incident.occurred_on >= flt.occurred_from)
    if flt.occurred_to is not None:
        query = query.where(m.Incident.occurred_on <= flt.occurred_to)
    return query


_NEWEST_FIRST = (m.Incident.occurred_on.desc(), m.Incident.id.desc())


def list_page(
    session: Session, flt: IncidentFilter, *, limit: int, offset: int = 0
) -> list[Incident]:
    """One page of the journal, newest first (served by ix_incidents_occurred)."""
    query = _apply_filter(_select_incidents(), flt).order_by(*_NEWEST_FIRST)
    return [_to_dto(*row) for row in session.execute(query.limit(limit).offset(offset))]


def list_ids(session: Session, flt: IncidentFilter) -> list[int]:
    """All matching ids in list order; a lazy table model pages through them."""
    query = _apply_filter(select(m.Incident.id), flt).order_by(*_NEWEST_FIRST)
    return list(session.scalars(query))


def count(session: Session, flt: IncidentFilter) -> int:
    query = _apply_filter(select(func.count(m.Incident.id)), flt)
    return session.scalar(query) or 0


def by_ids(session: Session, ids: Sequence[int]) -> list[Incident]:
    """Rows for the given ids, in the order given (missing ids are skipped)."""
    if not ids:
        return []
    rows = session.execute(_select_incidents().where(m.Incident.id.in_(list(ids))))
    found = {dto.id: dto for dto in (_to_dto(*row) for row in rows)}
    return [found[i] for i in ids if i in found]


def _match(query: str) -> str | None:
    return fts_match_expression(query, fts.SPELLED_COLUMN, fts.PLAIN_COLUMN)


_RANKED = f"SELECT rowid FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH :q"


def _is_unfiltered(flt: IncidentFilter | None) -> bool:
    return flt is None or flt == IncidentFilter()


RANKING_LIMIT = 10_000


def search(
    session: Session, query: str, flt: IncidentFilter | None = None, *, limit: int = 50
) -> tuple[list[int], int]:
    """The best ``limit`` matching ids, best first, and how many match in all.

    Only ids are ranked here; the caller builds snippets for the few it shows (building
    them in the ranking query makes one per match). BM25 ranks up to RANKING_LIMIT
    matches; a word found in more entries than that says little about relevance, and
    scoring every match costs 126 ms for 73k hits, so those come newest first (7 ms).
    Without a filter the FTS table answers alone: joining every match to ``incidents``
    costs random page reads in the encrypted file.
    """
    total = search_count(session, query, flt)
    if total == 0:
        return [], 0
    expression = _match(query)
    by_rank = total <= RANKING_LIMIT
    if _is_unfiltered(flt):
        order = "rank" if by_rank else "rowid DESC"
        ranked = text(f"{_RANKED} ORDER BY {order} LIMIT :limit")
        return list(session.scalars(ranked, {"q": expression, "limit": limit})), total
    hits = text(f"SELECT rowid AS id, rank FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH :q")
    sub = hits.columns(id=Integer, rank=Float).bindparams(q=expression).subquery("hits")
    stmt = _apply_filter(
        select(sub.c.id).join(m.Incident, m.Incident.id == sub.c.id), flt or IncidentFilter()
    )
    stmt = stmt.order_by(sub.c.rank if by_rank else m.Incident.id.desc()).limit(limit)
    return list(session.scalars(stmt)), total


def search_count(session: Session, query: str, flt: IncidentFilter | None = None) -> int:
    """How many incidents match; counted on the index alone when nothing else filters."""
    expression = _match(query)
    if expression is None:
        return 0
    if _is_unfiltered(flt):
        counted = text(f"SELECT count(*) FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH :q")
        return session.execute(counted, {"q": expression}).scalar_one()
    matching = text(_RANKED).columns(rowid=Integer).bindparams(q=expression)
    stmt = _apply_filter(
        select(func.count(m.Incident.id)).where(m.Incident.id.in_(matching)),
        flt or IncidentFilter(),
    )
    return session.scalar(stmt) or 0


def delete_incident(session: Session, incident_id: int) -> Incident | None:
    """Delete and return what was deleted, so the caller can offer undo."""
    found = get_incident(session, incident_id)
    if found is not None:
        session.execute(m.Incident.__table__.delete().where(m.Incident.id == incident_id))
    return found


def update_incident(session: Session, incident_id: int, draft: IncidentDraft) -> bool:
    """Store a validated draft over an incident; False if there is no such incident.

    ``created_at`` stays; ``updated_at`` is set even when the values happen to be equal,
    so an editor sees that its save arrived.
    """
    if draft.occurred_on is None or draft.learned_on is None:
        raise ValueError("validate() the draft before storing it")
    row = session.get(m.Incident, incident_id)
    if row is None:
        return False
    client_id = ensure_client(session, draft.client)
    row.client_id = client_id
    row.person_id = ensure_person(session, client_id, draft.person) if draft.person else None
    row.case_id = draft.case_id
    row.occurred_on = draft.occurred_on
    row.learned_on = draft.learned_on
    row.channel = draft.channel.value if draft.channel else None
    row.quote = draft.quote
    row.description = draft.text
    row.level = draft.level.value
    row.severity = draft.severity
    row.feeling_before = draft.feeling_before
    row.intensity_before = draft.intensity_before
    row.feeling_after = draft.feeling_after
    row.intensity_after = draft.intensity_after
    row.factual_action_needed = draft.factual_action_needed
    row.notes = draft.notes
    row.tags = list(draft.tags)
    row.updated_at = m.utcnow()
    session.flush()
    return True


def incident_exists(session: Session, incident_id: int) -> bool:
    return session.get(m.Incident, incident_id) is not None


def restore_incident(
    session: Session,
    draft: IncidentDraft,
    incident_id: int,
    created_at: dt.datetime,
    updated_at: dt.datetime,
) -> int:
    """Insert a deleted incident again under its old id and timestamps (undo)."""
    restored = add_incident(session, draft, incident_id=incident_id, created_at=created_at)
    session.execute(
        m.Incident.__table__.update().where(m.Incident.id == restored).values(updated_at=updated_at)
    )
    return restored


def exit_facts(
    session: Session,
    client_id: int,
    learned_since: dt.date | None = None,
    *,
    learned_before: dt.date | None = None,
    newest: int | None = None,
) -> list[Any]:
    """Rows (id, occurred_on, learned_on, level, severity, text) of a client's incidents on
    the relationship level (or both) — the only ones § 626 evidence can use — learned of in
    [``learned_since``, ``learned_before``); ``newest`` keeps only that many, newest first.
    Columns only: a busy client has thousands of incidents."""
    query = select(
        m.Incident.id,
        m.Incident.occurred_on,
        m.Incident.learned_on,
        m.Incident.level,
        m.Incident.severity,
        m.Incident.description.label("text"),
    ).where(
        m.Incident.client_id == client_id,
        m.Incident.level.in_((Level.RELATIONSHIP.value, Level.BOTH.value)),
    )
    if learned_since is not None:
        query = query.where(m.Incident.learned_on >= learned_since)
    if learned_before is not None:
        query = query.where(m.Incident.learned_on < learned_before)
    if newest is not None:
        order = (m.Incident.learned_on.desc(), m.Incident.occurred_on.desc(), m.Incident.id.desc())
        query = query.order_by(*order).limit(newest)
    return list(session.execute(query))
