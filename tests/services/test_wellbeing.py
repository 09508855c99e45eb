"""Compliments, energy check-ins and the weekly overview on a real vault."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select

from grenzen.domain.incidents import IncidentDraft
from grenzen.domain.wellbeing import WeekSummary
from grenzen.services import clients, journal, wellbeing
from grenzen.services.errors import NotFound
from grenzen.storage import models as m
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

TODAY = dt.date(2026, 3, 11)  # a Wednesday
MONDAY = dt.date(2026, 3, 9)


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- compliments -------------------------------------------------------------------------


def test_add_and_list_compliments_newest_first(vault: Vault) -> None:
    older = wellbeing.add_compliment(
        vault, "  Danke für die Nachtschicht! ", _day("2026-01-10"), " Frau Groß ", "Ärger GmbH"
    )
    today = wellbeing.add_compliment(vault, "Super Präsentation.", today=TODAY)
    same_day = wellbeing.add_compliment(vault, "Wieder top.", today=TODAY)

    listed = wellbeing.list_compliments(vault)
    assert [c.id for c in listed] == [same_day, today, older]
    first = listed[2]
    assert (first.text, first.from_whom, first.client) == (
        "Danke für die Nachtschicht!",
        "Frau Groß",
        "Ärger GmbH",
    )
    assert first.received_on == _day("2026-01-10")
    assert listed[0].received_on == TODAY
    assert (listed[0].client, listed[0].client_id, listed[0].from_whom) == (None, None, None)
    assert [c.id for c in wellbeing.list_compliments(vault, client_id=first.client_id)] == [older]


def test_compliment_client_is_created_on_first_use_and_reused(vault: Vault) -> None:
    wellbeing.add_compliment(vault, "a", client="Ärger GmbH", today=TODAY)
    wellbeing.add_compliment(vault, "b", client="Ärger GmbH ", today=TODAY)
    wellbeing.add_compliment(vault, "c", client="  ", today=TODAY)
    assert [c.name for c in clients.list_clients(vault)] == ["Ärger GmbH"]


def test_received_on_defaults_to_the_real_today(vault: Vault) -> None:
    new_id = wellbeing.add_compliment(vault, "Danke")
    assert wellbeing.list_compliments(vault)[0].id == new_id
    assert wellbeing.list_compliments(vault)[0].received_on == dt.date.today()


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": "  "}, "text"),
        ({"text": None}, "text"),
        ({"text": "x" * 100_001}, "text"),
        ({"text": "ok", "from_whom": "x" * 201}, "from_whom"),
        ({"text": "ok", "received_on": "2026-03-01"}, "received_on"),
        ({"text": "ok", "client": "x" * 201}, "client"),
    ],
)
def test_invalid_compliments_name_the_field(vault: Vault, kwargs: dict, field: str) -> None:
    with pytest.raises(InvalidInput, match=rf"^{field}:"):
        wellbeing.add_compliment(vault, **kwargs)
    assert wellbeing.list_compliments(vault) == []
    assert clients.list_clients(vault) == []


def test_delete_compliment_returns_it(vault: Vault) -> None:
    keep = wellbeing.add_compliment(vault, "bleibt", today=TODAY)
    gone = wellbeing.add_compliment(vault, "geht", from_whom="Chef", today=TODAY)
    deleted = wellbeing.delete_compliment(vault, gone)
    assert (deleted.id, deleted.text, deleted.from_whom) == (gone, "geht", "Chef")
    assert [c.id for c in wellbeing.list_compliments(vault)] == [keep]
    with pytest.raises(NotFound, match=r"^id:"):
        wellbeing.delete_compliment(vault, gone)


def test_random_compliment(vault: Vault) -> None:
    assert wellbeing.random_compliment(vault) is None
    ids = [wellbeing.add_compliment(vault, f"Lob {n}", today=TODAY) for n in range(5)]
    picks = [wellbeing.random_compliment(vault, random.Random(seed)) for seed in range(40)]
    assert {p.id for p in picks if p} == set(ids)  # every one can come up
    again = [wellbeing.random_compliment(vault, random.Random(seed)) for seed in range(40)]
    assert again == picks  # a seeded generator repeats its picks
    unseeded = wellbeing.random_compliment(vault)
    assert unseeded is not None
    assert unseeded.id in ids


# --- energy ------------------------------------------------------------------------------


def test_add_and_list_checkins(vault: Vault) -> None:
    old = wellbeing.add_checkin(vault, 2, "  leer ", "Ärger GmbH", _day("2026-03-01"))
    new = wellbeing.add_checkin(vault, 8, today=TODAY)
    mid = wellbeing.add_checkin(vault, 5, checked_on=_day("2026-03-05"))

    listed = wellbeing.list_checkins(vault)
    assert [c.id for c in listed] == [new, mid, old]
    first = listed[2]
    assert (first.level, first.note, first.client, first.checked_on) == (
        2,
        "leer",
        "Ärger GmbH",
        _day("2026-03-01"),
    )
    assert (listed[0].checked_on, listed[0].note, listed[0].client_id) == (TODAY, None, None)
    assert [c.id for c in wellbeing.list_checkins(vault, since=_day("2026-03-05"))] == [new, mid]
    assert wellbeing.list_checkins(vault, since=_day("2027-01-01")) == []


def test_checked_on_defaults_to_the_real_today(vault: Vault) -> None:
    wellbeing.add_checkin(vault, 4)
    assert wellbeing.list_checkins(vault)[0].checked_on == dt.date.today()


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"level": 11}, "level"),
        ({"level": -1}, "level"),
        ({"level": 6.5}, "level"),
        ({"level": None}, "level"),
        ({"level": False}, "level"),
        ({"level": 5, "note": "x" * 100_001}, "note"),
        ({"level": 5, "checked_on": dt.datetime(2026, 3, 1, 9)}, "checked_on"),
        ({"level": 5, "client": "x" * 201}, "client"),
    ],
)
def test_invalid_checkins_name_the_field(vault: Vault, kwargs: dict, field: str) -> None:
    with pytest.raises(InvalidInput, match=rf"^{field}:"):
        wellbeing.add_checkin(vault, **kwargs)
    assert wellbeing.list_checkins(vault) == []


def test_list_checkins_refuses_a_datetime(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match=r"^since:"):
        wellbeing.list_checkins(vault, since=dt.datetime(2026, 3, 1, 9))  # type: ignore[arg-type]


def test_delete_checkin_returns_it(vault: Vault) -> None:
    new_id = wellbeing.add_checkin(vault, 6, "ok", "K", today=TODAY)
    deleted = wellbeing.delete_checkin(vault, new_id)
    assert (deleted.id, deleted.level, deleted.note, deleted.client) == (new_id, 6, "ok", "K")
    assert wellbeing.list_checkins(vault) == []
    with pytest.raises(NotFound, match=r"^id:"):
        wellbeing.delete_checkin(vault, new_id)


def test_deleting_a_client_keeps_its_checkins_and_compliments(vault: Vault) -> None:
    wellbeing.add_checkin(vault, 6, client="K", today=TODAY)
    wellbeing.add_compliment(vault, "Danke", client="K", today=TODAY)
    with vault.session() as session:
        session.execute(m.Client.__table__.delete())
    assert wellbeing.list_checkins(vault)[0].client is None
    assert wellbeing.list_compliments(vault)[0].client_id is None


# --- weekly overview ---------------------------------------------------------------------


def _incident(vault: Vault, day: str, severity: int) -> None:
    draft = IncidentDraft(client="K", text="t", occurred_on=_day(day), severity=severity)
    journal.log_incident(vault, draft, today=TODAY)


def test_weekly_overview(vault: Vault) -> None:
    # This week (Mon 9 March to Sun 15 March): two check-ins, Monday and Sunday edges.
    wellbeing.add_checkin(vault, 3, checked_on=MONDAY)
    wellbeing.add_checkin(vault, 6, checked_on=_day("2026-03-15"))
    # Two weeks ago, and one just before the window (Sunday 14 December 2025).
    wellbeing.add_checkin(vault, 8, checked_on=_day("2026-02-27"))
    wellbeing.add_checkin(vault, 1, checked_on=_day("2025-12-21"))
    wellbeing.add_checkin(vault, 9, checked_on=_day("2026-03-16"))  # next week: not shown
    _incident(vault, "2026-03-10", 5)
    _incident(vault, "2026-03-08", 2)  # Sunday of last week
    _incident(vault, "2026-03-08", 3)

    weeks = wellbeing.weekly_overview(vault, weeks=12, today=TODAY)

    assert len(weeks) == 12
    assert weeks[0].week_start == dt.date(2025, 12, 22)
    assert all(w.week_start.weekday() == 0 for w in weeks)
    assert weeks[-1] == WeekSummary(MONDAY, 4.5, 2, 1, 5.0)
    assert weeks[-2] == WeekSummary(dt.date(2026, 3, 2), None, 0, 2, 2.5)
    assert weeks[-3] == WeekSummary(dt.date(2026, 2, 23), 8.0, 1, 0, None)
    assert sum(w.checkins for w in weeks) == 3
    assert sum(w.incidents for w in weeks) == 3


def test_weekly_overview_of_an_empty_vault_and_bad_weeks(vault: Vault) -> None:
    weeks = wellbeing.weekly_overview(vault, weeks=3, today=TODAY)
    assert [w.week_start for w in weeks] == [_day("2026-02-23"), _day("2026-03-02"), MONDAY]
    assert all(w.checkins == w.incidents == 0 for w in weeks)
    assert len(wellbeing.weekly_overview(vault)) == 12  # today defaults to the real day
    with pytest.raises(InvalidInput, match=r"^weeks:"):
        wellbeing.weekly_overview(vault, weeks=0, today=TODAY)


def test_weekly_overview_across_the_year_end(vault: Vault) -> None:
    wellbeing.add_checkin(vault, 7, checked_on=_day("2026-01-01"))  # ISO week of Mon 29 Dec
    wellbeing.add_checkin(vault, 5, checked_on=_day("2025-12-29"))
    weeks = wellbeing.weekly_overview(vault, weeks=2, today=_day("2026-01-04"))
    assert weeks[-1] == WeekSummary(_day("2025-12-29"), 6.0, 2, 0, None)
    with vault.session() as session:
        assert len(session.scalars(select(m.EnergyCheckin.id)).all()) == 2
