"""A client's timeline on a real vault: incidents, good moments, energy and cases, newest first."""

from __future__ import annotations

import datetime as dt

import pytest

from grenzen.domain.clients import ClientCase, TimelineEntry, case_entries, short_title
from grenzen.domain.incidents import IncidentDraft
from grenzen.services import clients, journal, timeline, wellbeing
from grenzen.services.errors import NotFound
from grenzen.storage import models as m
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

TODAY = dt.date(2026, 3, 15)


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _noon(day: str) -> dt.datetime:
    """Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11."""
    return dt.datetime.fromisoformat(f"{day}T12:00:00+00:00")


def _incident(vault: Vault, client: str, day: str, text: str, quote: str | None = None) -> int:
    draft = IncidentDraft(client=client, text=text, quote=quote, occurred_on=_day(day))
    return journal.log_incident(vault, draft, today=TODAY)


def _case(
    vault: Vault,
    client_id: int,
    title: str,
    opened: str,
    closed: str | None = None,
    outcome: str | None = None,
) -> int:
    with vault.session() as session:
        row = m.Case(
            client_id=client_id,
            title=title,
            opened_at=_noon(opened),
            closed_at=_noon(closed) if closed else None,
            outcome=outcome,
        )
        session.add(row)
        session.flush()
        return row.id


def test_client_timeline_merges_everything_newest_first(vault: Vault) -> None:
    klopper = _incident(vault, "Ärger GmbH", "2026-03-02", "Er schrie.", quote="Das ist Müll!")
    client_id = journal.show_incident(vault, klopper).client_id
    plain = _incident(vault, "Ärger GmbH", "2026-02-01", "Rechnung\n  wieder   zu spät.")
    _incident(vault, "Baufirma Süd", "2026-03-10", "Nicht dieser Kunde.")
    thanks = wellbeing.add_compliment(
        vault, "Danke für den Einsatz!", _day("2026-03-05"), client="Ärger GmbH"
    )
    wellbeing.add_compliment(vault, "Anderer Kunde", _day("2026-03-06"), client="Baufirma Süd")
    wellbeing.add_compliment(vault, "Ohne Kunde", _day("2026-03-06"))
    low = wellbeing.add_checkin(vault, 2, "leer", "Ärger GmbH", _day("2026-03-03"))
    high = wellbeing.add_checkin(vault, 7, None, "Ärger GmbH", _day("2026-03-08"))
    wellbeing.add_checkin(vault, 9, checked_on=_day("2026-03-08"))  # no client: not shown
    settled = _case(vault, client_id, "Ton im Projekt", "2026-03-02", "2026-03-09", "settled")
    moved = _case(vault, client_id, "Zahlungsmoral", "2026-01-10", "2026-02-20", "moved_on")
    still_open = _case(vault, client_id, "Neuer Streit", "2026-03-12")

    entries = timeline.client_timeline(vault, client_id)

    assert entries == [
        TimelineEntry(_day("2026-03-12"), "case_opened", "Neuer Streit", still_open, False),
        TimelineEntry(_day("2026-03-09"), "case_settled", "Ton im Projekt", settled, True),
        TimelineEntry(_day("2026-03-08"), "energy", "7/10", high, True),
        TimelineEntry(_day("2026-03-05"), "compliment", "Danke für den Einsatz!", thanks, True),
        TimelineEntry(_day("2026-03-03"), "energy", "2/10 · leer", low, False),
        TimelineEntry(_day("2026-03-02"), "incident", "Das ist Müll!", klopper, False),
        TimelineEntry(_day("2026-03-02"), "case_opened", "Ton im Projekt", settled, False),
        TimelineEntry(_day("2026-02-20"), "case_moved_on", "Zahlungsmoral", moved, False),
        TimelineEntry(_day("2026-02-01"), "incident", "Rechnung wieder zu spät.", plain, False),
        TimelineEntry(_day("2026-01-10"), "case_opened", "Zahlungsmoral", moved, False),
    ]


def test_limit_keeps_the_newest(vault: Vault) -> None:
    client_id = clients.add_client(vault, "K")
    for day in range(1, 10):
        _incident(vault, "K", f"2026-03-0{day}", f"Tag {day}")
        wellbeing.add_compliment(vault, f"Lob {day}", _day(f"2026-03-0{day}"), client="K")
    _case(vault, client_id, "Alt", "2026-01-01", "2026-03-09", "settled")
    entries = timeline.client_timeline(vault, client_id, limit=3)
    assert [(e.day, e.kind) for e in entries] == [
        (_day("2026-03-09"), "case_settled"),
        (_day("2026-03-09"), "compliment"),
        (_day("2026-03-09"), "incident"),
    ]
    assert len(timeline.client_timeline(vault, client_id)) == 9 + 9 + 2


def test_long_texts_become_short_titles(vault: Vault) -> None:
    text = "Sehr lange Beschreibung " * 10
    new_id = _incident(vault, "K", "2026-03-01", text, quote="   ")
    client_id = journal.show_incident(vault, new_id).client_id
    (entry,) = timeline.client_timeline(vault, client_id)
    assert len(entry.title) <= 80
    assert entry.title.endswith("…")
    assert entry.title.startswith("Sehr lange Beschreibung")


def test_empty_and_missing_clients(vault: Vault) -> None:
    client_id = clients.add_client(vault, "Neu")
    assert timeline.client_timeline(vault, client_id) == []
    with pytest.raises(NotFound, match=r"^client_id:"):
        timeline.client_timeline(vault, client_id + 1)
    for bad in (0, -1, True, 2.5):
        with pytest.raises(InvalidInput, match=r"^limit:"):
            timeline.client_timeline(vault, client_id, limit=bad)  # type: ignore[arg-type]


# --- the pure parts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("kurz", "kurz"),
        ("  zwei\n\nZeilen  ", "zwei Zeilen"),
        ("x" * 80, "x" * 80),
        ("x" * 81, "x" * 79 + "…"),
        ("Wort " * 30, ("Wort " * 15).strip() + "…"),
    ],
)
def test_short_title(text: str, title: str) -> None:
    assert short_title(text) == title
    assert len(short_title(text)) <= 80


def test_a_case_closed_without_outcome_shows_only_its_opening() -> None:
    case = ClientCase(1, "Offen", _day("2026-03-01"), _day("2026-03-02"), None)
    assert [e.kind for e in case_entries(case)] == ["case_opened"]
