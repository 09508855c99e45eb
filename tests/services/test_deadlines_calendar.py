"""Deadlines of a real vault and their calendar files, parsed back with icalendar."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from grenzen.domain.exits.report import plan_to_json
from grenzen.exports.ics import event_uid, sequence_at, write_calendar
from grenzen.services import clients as clients_service
from grenzen.services.contracts import exits_for_client, set_contract
from grenzen.services.deadlines import (
    calendar_for_client,
    calendar_for_deadlines,
    client_deadlines,
    deadline_overview,
    next_deadline,
    upcoming_deadlines,
)
from grenzen.services.errors import NotFound
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

D = dt.date
TODAY = D(2028, 10, 2)
NOW = dt.datetime(2028, 10, 2, 9, 30, tzinfo=dt.UTC)

CONTRACTS: dict[str, dict[str, Any]] = {
    "Müller GmbH": {
        "type": "service",
        "state": "HH",
        "start": "2025-02-01",
        "fee_unit": "month",
        "notice": {"amount": 3, "unit": "months", "to": "month_end"},
        "known_on": "2028-09-25",
        "deliverables": [
            {"what": "Relaunch-Konzept", "due_on": "2028-11-15"},
            {"what": "Altes Angebot", "due_on": "2028-10-20", "done": True},
        ],
    },
    "Bäckerei Schulz": {
        "type": "service",
        "state": "BY",
        "start": "2026-04-01",
        "fee_unit": "month",
        "term": {"months": 36},
        "renewal": {"months": 12},
        "notice": {"amount": 3, "unit": "months", "to": "term_end"},
    },
    "Agentur Nord": {
        "type": "service",
        "state": "BE",
        "start": "2028-01-01",
        "fee_unit": "day",
        "term": {"months": 12},
    },
}


@pytest.fixture
def filled(vault: Vault) -> Vault:
    for name, data in CONTRACTS.items():
        set_contract(vault, name, data)
    clients_service.add_client(vault, "Ohne Vertrag KG")
    return vault


def events(content: bytes) -> list[Any]:
    return list(Calendar.from_ical(content).walk("VEVENT"))


def test_all_clients_with_contracts_sorted_by_urgency(filled: Vault) -> None:
    deadlines = upcoming_deadlines(filled, TODAY)
    assert [(d.date, d.kind.value, d.client) for d in deadlines] == [
        (D(2028, 10, 9), "extraordinary", "Müller GmbH"),
        (D(2028, 10, 30), "notice", "Müller GmbH"),
        (D(2028, 11, 15), "deliverable", "Müller GmbH"),
        (D(2028, 12, 29), "notice", "Bäckerei Schulz"),
        (D(2028, 12, 31), "term_end", "Agentur Nord"),
        (D(2029, 4, 1), "renewal", "Bäckerei Schulz"),
    ]
    assert next_deadline(filled, TODAY) == deadlines[0]


def test_dates_agree_with_the_exit_plan_of_each_client(filled: Vault) -> None:
    for name in CONTRACTS:
        plan = plan_to_json(exits_for_client(filled, name, TODAY), "en")
        for deadline in client_deadlines(filled, name, TODAY):
            if deadline.kind.value == "notice":
                assert deadline.legal_deadline.isoformat() == plan["ordinary"]["legal_deadline"]
                practical = plan["ordinary"]["practical_deadline"]
                assert deadline.practical_deadline.isoformat() == practical
                assert deadline.ends_on.isoformat() == plan["ordinary"]["ends_on"]
            if deadline.kind.value == "extraordinary":
                extra = plan["extraordinary"]
                assert deadline.date.isoformat() == extra["safe_deadline"]
                assert deadline.window_ends.isoformat() == extra["window_ends"]


def test_within_and_archived_clients(filled: Vault) -> None:
    assert [d.days_left for d in upcoming_deadlines(filled, TODAY, 28)] == [7, 28]
    (muller,) = [c for c in clients_service.list_clients(filled) if c.name == "Müller GmbH"]
    clients_service.archive_client(filled, muller.id)
    assert {d.client for d in upcoming_deadlines(filled, TODAY)} == {
        "Bäckerei Schulz",
        "Agentur Nord",
    }
    with pytest.raises(InvalidInput, match="within"):
        upcoming_deadlines(filled, TODAY, -1)


def test_empty_vault_has_no_deadlines(vault: Vault) -> None:
    overview = deadline_overview(vault, TODAY)
    assert overview.deadlines == []
    assert overview.has_contracts is False
    assert next_deadline(vault, TODAY) is None
    assert events(calendar_for_deadlines(vault, TODAY, "de", now=NOW)) == []


def test_calendar_events_alarms_and_texts(filled: Vault) -> None:
    content = calendar_for_deadlines(filled, TODAY, "de", now=NOW)
    calendar = Calendar.from_ical(content)
    assert str(calendar["VERSION"]) == "2.0"
    assert "Grenzen" in str(calendar["PRODID"])
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    found = events(content)
    assert len(found) == 6
    for event in found:
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert type(start) is dt.date
        assert end == start + dt.timedelta(days=1)
        assert event["DTSTAMP"].dt == NOW
        assert event["LAST-MODIFIED"].dt == NOW
        assert int(event["SEQUENCE"]) == sequence_at(NOW) > 0
        alarms = list(event.walk("VALARM"))
        assert [a["TRIGGER"].dt for a in alarms] == [
            dt.timedelta(days=-28),
            dt.timedelta(days=-7),
            dt.timedelta(days=-1),
        ]
        assert all(str(a["ACTION"]) == "DISPLAY" and str(a["DESCRIPTION"]) for a in alarms)
        assert "keine Rechtsberatung" in str(event["DESCRIPTION"])
        assert "Grundlage:" in str(event["DESCRIPTION"])
    first = found[0]
    assert first["DTSTART"].dt == D(2028, 10, 9)
    assert str(first["SUMMARY"]).startswith("Müller GmbH: Sicherer Termin für die außerordentliche")
    english = events(calendar_for_deadlines(filled, TODAY, "en", now=NOW))
    assert "not legal advice" in str(english[0]["DESCRIPTION"])
    assert "extraordinary termination" in str(english[0]["SUMMARY"])


def test_uids_are_stable_across_days_and_exports(filled: Vault) -> None:
    first = events(calendar_for_deadlines(filled, TODAY, "de", now=NOW))
    later_now = NOW + dt.timedelta(days=3, hours=2)
    later = events(
        calendar_for_deadlines(filled, TODAY + dt.timedelta(days=3), "en", now=later_now)
    )
    by_start = {(e["DTSTART"].dt, str(e["SUMMARY"]).split(":")[0]): e for e in later}
    for event in first:
        again = by_start[(event["DTSTART"].dt, str(event["SUMMARY"]).split(":")[0])]
        assert str(again["UID"]) == str(event["UID"])
        assert int(again["SEQUENCE"]) > int(event["SEQUENCE"])
    uids = [str(e["UID"]) for e in first]
    assert len(set(uids)) == len(uids)  # different clients and kinds: different UIDs
    for uid in uids:
        digest, domain = uid.split("@")
        assert domain == "grenzen.invalid"
        assert len(digest) == 64
        assert all(c in "0123456789abcdef" for c in digest)
        for name in CONTRACTS:
            assert name.split()[0].lower() not in uid.lower()


def test_uid_depends_on_vault_client_and_deadline() -> None:
    key = "1/notice/2029-01-31"
    assert event_uid("vault-a", key) == event_uid("vault-a", key)
    assert event_uid("vault-a", key) != event_uid("vault-b", key)
    assert event_uid("vault-a", key) != event_uid("vault-a", "2/notice/2029-01-31")
    assert event_uid("vault-a", key) != event_uid("vault-a", "1/renewal/2029-01-31")


def test_scenario_calendar_and_client_calendar(filled: Vault) -> None:
    ordinary = events(calendar_for_client(filled, "Müller GmbH", TODAY, "en", "ordinary_notice"))
    assert [e["DTSTART"].dt for e in ordinary] == [D(2028, 10, 30), D(2028, 11, 15)]
    extra = events(calendar_for_client(filled, "Müller GmbH", TODAY, "en", "extraordinary"))
    assert [e["DTSTART"].dt for e in extra] == [D(2028, 10, 9), D(2028, 11, 15)]
    everything = events(calendar_for_client(filled, "Müller GmbH", TODAY, "en"))
    assert len(everything) == 3
    # The same deadline gets the same UID in a scenario file and in the full list.
    all_uids = {str(e["UID"]) for e in events(calendar_for_deadlines(filled, TODAY, "en"))}
    assert {str(e["UID"]) for e in ordinary + extra} <= all_uids
    with pytest.raises(InvalidInput, match="scenario"):
        calendar_for_client(filled, "Müller GmbH", TODAY, "en", "let_run_out")
    with pytest.raises(NotFound, match="client"):
        calendar_for_client(filled, "Niemand", TODAY, "en")
    with pytest.raises(NotFound, match="no contract"):
        calendar_for_client(filled, "Ohne Vertrag KG", TODAY, "en")


def test_calendar_file_is_private(filled: Vault, tmp_path: Path) -> None:
    path = write_calendar(tmp_path / "fristen.ics", calendar_for_deadlines(filled, TODAY, "de"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(events(path.read_bytes())) == 6


def test_a_contract_that_cannot_be_planned_is_reported_not_hiding_the_rest(
    filled: Vault,
) -> None:
    # The fixed term ran out; carried on it counts as indefinite, but no fee unit says how.
    set_contract(
        filled, "Alt & Co", {"type": "service", "start": "2026-01-01", "term": {"months": 12}}
    )
    overview = deadline_overview(filled, TODAY)
    assert len(overview.deadlines) == 6
    assert [client for client, _ in overview.problems] == ["Alt & Co"]
    assert "fee_unit" in overview.problems[0][1]
