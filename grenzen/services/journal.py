"""Journal use cases: log, list, show and search incidents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from grenzen.domain.incidents import Incident, IncidentDraft, IncidentFilter, validate
from grenzen.domain.search import snippet
from grenzen.services.errors import NotFound
from grenzen.storage import incidents_repo as repo
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
