"""Journal use cases: log, list, show and search incidents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from grenzen.domain.incidents import Incident, IncidentDraft, IncidentFilter, validate
from grenzen.domain.journal_changes import IncidentChanges, apply_changes, draft_of
from grenzen.domain.search import snippet
from grenzen.services.errors import NotFound
from grenzen.storage import incidents_repo as repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class Page:
    incidents: list[Incident]
    total: int


def log_incident(vault: Vault, draft: IncidentDraft, today: dt.date | None = None) -> int:
    """Record an incident; client and person are created on first use."""
    valid = validate(draft, today or dt.date.today())
    with vault.session() as session:
        if valid.case_id is not None and not repo.case_exists(session, valid.case_id):
            raise NotFound(f"case: there is no case {valid.case_id}")
        return repo.add_incident(session, valid)


def client_filter(vault: Vault, client: str | None) -> IncidentFilter:
    """A filter for one client by name (NotFound if there is no such client)."""
    if not client:
        return IncidentFilter()
    with vault.session() as session:
        client_id = repo.client_id_by_name(session, client)
    if client_id is None:
        raise NotFound(f"client: there is no client named {client!r}")
    return IncidentFilter(client_id=client_id)


def list_incidents(
    vault: Vault, flt: IncidentFilter | None = None, *, limit: int = 50, offset: int = 0
) -> Page:
    flt = flt or IncidentFilter()
    with vault.session() as session:
        rows = repo.list_page(session, flt, limit=limit, offset=offset)
        return Page(rows, repo.count(session, flt))


def show_incident(vault: Vault, incident_id: int) -> Incident:
    with vault.session() as session:
        found = repo.get_incident(session, incident_id)
    if found is None:
        raise NotFound(f"id: there is no incident {incident_id}")
    return found


def search_incidents(
    vault: Vault,
    query: str,
    flt: IncidentFilter | None = None,
    *,
    limit: int = 50,
    mark: tuple[str, str] = ("[", "]"),
) -> Page:
    """Best matches first, each with a snippet whose matches are wrapped in ``mark``."""
    with vault.session() as session:
        ids, total = repo.search(session, query, flt, limit=limit)
        hits = repo.by_ids(session, ids)
    before, after = mark
    return Page(
        [
            replace(hit, snippet=snippet(_searchable_text(hit), query, before=before, after=after))
            for hit in hits
        ],
        total,
    )


def _searchable_text(incident: Incident) -> str:
    parts = [incident.quote or "", incident.text, incident.notes or "", " ".join(incident.tags)]
    return " · ".join(p for p in parts if p)


# --- editing, undo and lazy lists (appended for the journal editor) ----------------------


def update_incident(
    vault: Vault, incident_id: int, changes: IncidentChanges, today: dt.date | None = None
) -> Incident:
    """Save the fields the editor changed; returns the incident as now stored.

    The merged incident must pass the same rules as a new one (``InvalidIncident`` names
    the field). Saving nothing changed writes nothing, so typing does not churn the file.
    """
    with vault.session() as session:
        current = repo.get_incident(session, incident_id)
        if current is None:
            raise NotFound(f"id: there is no incident {incident_id}")
        if not changes.changed():
            return current
        draft = apply_changes(current, changes, today or dt.date.today())
        if draft.case_id is not None and not repo.case_exists(session, draft.case_id):
            raise NotFound(f"case_id: there is no case {draft.case_id}")
        repo.update_incident(session, incident_id, draft)
        updated = repo.get_incident(session, incident_id)
    assert updated is not None
    return updated


def delete_incident(vault: Vault, incident_id: int) -> Incident:
    """Delete an incident and return it whole, so the caller can offer undo."""
    with vault.session() as session:
        deleted = repo.delete_incident(session, incident_id)
    if deleted is None:
        raise NotFound(f"id: there is no incident {incident_id}")
    return deleted


def restore_incident(vault: Vault, incident: Incident) -> int:
    """Undo a delete: the same id, created_at and updated_at, and findable again.

    A client or person deleted in the meantime is created again by name; a case deleted
    in the meantime is dropped from the incident rather than failing the undo.
    """
    draft = draft_of(incident)
    with vault.session() as session:
        if repo.incident_exists(session, incident.id):
            raise InvalidInput(f"id: incident {incident.id} exists; there is nothing to restore")
        if draft.case_id is not None and not repo.case_exists(session, draft.case_id):
            draft = replace(draft, case_id=None)
        return repo.restore_incident(
            session, draft, incident.id, incident.created_at, incident.updated_at
        )


def incident_ids(vault: Vault, flt: IncidentFilter | None = None) -> list[int]:
    """Every matching id in list order (newest first), for a lazy table model."""
    with vault.session() as session:
        return repo.list_ids(session, flt or IncidentFilter())


def incidents_by_ids(vault: Vault, ids: Sequence[int]) -> list[Incident]:
    """The incidents for a page of ids, in the order given; ids deleted meanwhile are skipped."""
    with vault.session() as session:
        return repo.by_ids(session, ids)


def search_ids(
    vault: Vault, query: str, flt: IncidentFilter | None = None, *, limit: int = 500
) -> tuple[list[int], int]:
    """The best ``limit`` matching ids, best first, and how many match in all."""
    with vault.session() as session:
        return repo.search(session, query, flt, limit=limit)
