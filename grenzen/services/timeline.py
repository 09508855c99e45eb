"""A client's history on one line: the hard moments and the good ones side by side.

The method asks to show a client's history "the good parts included", so a long
relationship is not judged by its last bad week.
"""

from __future__ import annotations

from grenzen.domain.clients import (
    TimelineEntry,
    case_entries,
    energy_entry,
    newest_first,
    short_title,
)
from grenzen.domain.incidents import IncidentFilter
from grenzen.services.errors import NotFound
from grenzen.storage import clients_repo, incidents_repo, wellbeing_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault


def client_timeline(vault: Vault, client_id: int, limit: int = 200) -> list[TimelineEntry]:
    """Incidents, compliments, energy check-ins and cases of one client, newest first.

    Each source is asked for its newest ``limit`` rows only: the newest ``limit`` entries
    overall can come from nowhere else. Cases are few and may close long after they
    opened, so all of them are read.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InvalidInput(f"limit: must be a whole number of at least 1, got {limit!r}")
    with vault.session() as session:
        if clients_repo.get_client(session, client_id) is None:
            raise NotFound(f"client_id: there is no client {client_id}")
        incidents = incidents_repo.list_page(
            session, IncidentFilter(client_id=client_id), limit=limit
        )
        compliments = wellbeing_repo.list_compliments(session, client_id=client_id, limit=limit)
        checkins = wellbeing_repo.list_checkins(session, client_id=client_id, limit=limit)
        cases = clients_repo.client_cases(session, client_id)
    entries = [
        TimelineEntry(
            i.occurred_on, "incident", short_title((i.quote or "").strip() or i.text), i.id, False
        )
        for i in incidents
    ]
    entries += [
        TimelineEntry(c.received_on, "compliment", short_title(c.text), c.id, True)
        for c in compliments
    ]
    entries += [energy_entry(e.id, e.checked_on, e.level, e.note) for e in checkins]
    for case in cases:
        entries += case_entries(case)
    return newest_first(entries, limit)
