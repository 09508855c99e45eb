"""Energy and compliment rules, and the weekly overview's calendar arithmetic (pure)."""

from __future__ import annotations

import datetime as dt

import pytest

from grenzen.domain.wellbeing import (
    InvalidWellbeing,
    WeekFigures,
    WeekSummary,
    check_day,
    check_level,
    check_text,
    monday_of,
    week_window,
    weekly_summaries,
)

SUNDAY = dt.date(2026, 3, 15)
MONDAY = dt.date(2026, 3, 9)


@pytest.mark.parametrize("level", [0, 5, 10])
def test_levels_from_0_to_10(level: int) -> None:
    assert check_level(level) == level


@pytest.mark.parametrize("level", [-1, 11, 5.5, "7", None, True])
def test_other_levels_are_refused_naming_the_field(level: object) -> None:
    with pytest.raises(InvalidWellbeing, match=r"^level:") as caught:
        check_level(level)
    assert caught.value.field_name == "level"


def test_text_is_trimmed_blank_is_none_and_required_text_must_be_there() -> None:
    assert check_text("  Danke!  ", "text", required=True) == "Danke!"
    assert check_text("   ", "from_whom") is None
    assert check_text(None, "note") is None
    with pytest.raises(InvalidWellbeing, match=r"^text: must not be empty"):
        check_text(" ", "text", required=True)
    assert check_text("x" * 100_000, "note") is not None
    with pytest.raises(InvalidWellbeing, match=r"^note:"):
        check_text("x" * 100_001, "note")
    with pytest.raises(InvalidWellbeing, match=r"^from_whom:"):
        check_text("x" * 201, "from_whom")


def test_days_must_be_dates_not_datetimes() -> None:
    assert check_day(None, "checked_on") is None
    assert check_day(SUNDAY, "checked_on") == SUNDAY
    for bad in (dt.datetime(2026, 3, 15, 8), "2026-03-15"):
        with pytest.raises(InvalidWellbeing, match=r"^checked_on:"):
            check_day(bad, "checked_on")


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (dt.date(2026, 3, 9), dt.date(2026, 3, 9)),  # a Monday stays
        (dt.date(2026, 3, 15), dt.date(2026, 3, 9)),  # Sunday ends the ISO week
        (dt.date(2026, 1, 1), dt.date(2025, 12, 29)),  # across the year
    ],
)
def test_monday_of(day: dt.date, monday: dt.date) -> None:
    assert monday_of(day) == monday


def test_week_window_covers_whole_weeks_including_the_current() -> None:
    assert week_window(1, SUNDAY) == (MONDAY, SUNDAY)
    assert week_window(12, dt.date(2026, 3, 11)) == (dt.date(2025, 12, 22), SUNDAY)
    for bad in (0, -3, 2.0, True):
        with pytest.raises(InvalidWellbeing, match=r"^weeks:"):
            week_window(bad, SUNDAY)  # type: ignore[arg-type]


def test_weekly_summaries_fill_empty_weeks_oldest_first() -> None:
    energy = [
        WeekFigures(dt.date(2026, 2, 23), 6.5, 2),
        WeekFigures(MONDAY, 3.0, 1),
        WeekFigures(dt.date(2025, 1, 6), 9.0, 4),  # outside the window: ignored
    ]
    incidents = [WeekFigures(MONDAY, 4.5, 2)]
    weeks = weekly_summaries(energy, incidents, 4, SUNDAY)
    assert weeks == [
        WeekSummary(dt.date(2026, 2, 16), None, 0, 0, None),
        WeekSummary(dt.date(2026, 2, 23), 6.5, 2, 0, None),
        WeekSummary(dt.date(2026, 3, 2), None, 0, 0, None),
        WeekSummary(MONDAY, 3.0, 1, 2, 4.5),
    ]


def test_weekly_summaries_of_nothing() -> None:
    weeks = weekly_summaries([], [], 2, SUNDAY)
    assert [w.week_start for w in weeks] == [dt.date(2026, 3, 2), MONDAY]
    assert all(w.checkins == w.incidents == 0 for w in weeks)
    assert all(w.energy_average is None and w.severity_average is None for w in weeks)
