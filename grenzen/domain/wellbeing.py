"""Energy check-ins, compliments and the weekly overview that puts them beside incidents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

LEVEL_MIN, LEVEL_MAX = 0, 10
TEXT_MAX_CHARS = 100_000
NAME_MAX_CHARS = 200


class InvalidWellbeing(ValueError):
    """Raised with a message naming the field that is wrong."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name


@dataclass(frozen=True, slots=True)
class Compliment:
    id: int
    text: str
    received_on: dt.date
    from_whom: str | None
    client_id: int | None
    client: str | None


@dataclass(frozen=True, slots=True)
class EnergyCheckin:
    id: int
    checked_on: dt.date
    level: int
    note: str | None
    client_id: int | None
    client: str | None


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """One ISO week's raw figures as the database aggregates them."""

    week_start: dt.date
    average: float | None
    count: int


@dataclass(frozen=True, slots=True)
class WeekSummary:
    week_start: dt.date  # a Monday
    energy_average: float | None
    checkins: int
    incidents: int
    severity_average: float | None


def check_level(level: object) -> int:
    """An energy level is a whole number from 0 (empty) to 10 (full)."""
    if isinstance(level, bool) or not isinstance(level, int):
        raise InvalidWellbeing("level", f"must be a whole number, got {level!r}")
    if not LEVEL_MIN <= level <= LEVEL_MAX:
        raise InvalidWellbeing("level", f"must be between {LEVEL_MIN} and {LEVEL_MAX}, got {level}")
    return level


def check_text(value: str | None, field_name: str, *, required: bool = False) -> str | None:
    """Trimmed text; blank means "not given" (an error where the field is required)."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidWellbeing(field_name, "must not be empty")
    limit = TEXT_MAX_CHARS if field_name in ("text", "note") else NAME_MAX_CHARS
    if len(text) > limit:
        raise InvalidWellbeing(field_name, f"is longer than {limit} characters")
    return text or None


def check_day(value: object, field_name: str) -> dt.date | None:
    """A calendar day or None; a datetime is refused (its day depends on the time zone)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidWellbeing(field_name, f"must be a date, got {value!r}")
    return value


def monday_of(day: dt.date) -> dt.date:
    """The Monday that starts the ISO week of ``day``."""
    return day - dt.timedelta(days=day.weekday())


def week_window(weeks: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the last ``weeks`` ISO weeks, the current one included."""
    if isinstance(weeks, bool) or not isinstance(weeks, int) or weeks < 1:
        raise InvalidWellbeing("weeks", f"must be a whole number of at least 1, got {weeks!r}")
    first = monday_of(today) - dt.timedelta(weeks=weeks - 1)
    return first, monday_of(today) + dt.timedelta(days=6)


def weekly_summaries(
    energy: Iterable[WeekFigures], incidents: Iterable[WeekFigures], weeks: int, today: dt.date
) -> list[WeekSummary]:
    """One summary per week, oldest first; weeks without data are there, empty.

    A gap in the chart must read as "nothing recorded", not vanish, or two bad weeks
    a month apart would look like a streak.
    """
    first, last = week_window(weeks, today)
    by_week_energy = {f.week_start: f for f in energy if first <= f.week_start <= last}
    by_week_incidents = {f.week_start: f for f in incidents if first <= f.week_start <= last}
    summaries = []
    for index in range(weeks):
        start = first + dt.timedelta(weeks=index)
        e = by_week_energy.get(start)
        i = by_week_incidents.get(start)
        summaries.append(
            WeekSummary(
                week_start=start,
                energy_average=e.average if e and e.count else None,
                checkins=e.count if e else 0,
                incidents=i.count if i else 0,
                severity_average=i.average if i and i.count else None,
            )
        )
    return summaries
