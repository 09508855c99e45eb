"""Notice schedules: the possible end dates of a contract, each with its latest receipt day.

A schedule lists ``(ends_on, legal_deadline)`` pairs in order of ``ends_on``. Everything
else — the earliest end, the next ones, the end a given receipt day produces — follows
from that list, so clause, § 621 and § 624 share one way of choosing.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count

from grenzen.domain.exits.business_days import StateCalendar
from grenzen.domain.exits.periods import (
    ONE_DAY,
    Unit,
    latest_receipt,
    month_end,
    period_end,
    quarter_end,
    term_end,
    week_monday,
    weeks_saturday,
)
from grenzen.domain.exits.terms import FeeUnit, NoticeTo

SIX_WEEKS = dt.timedelta(weeks=6)
LOOKBACK = dt.timedelta(days=7)
MAX_CANDIDATES = 20_000  # a century of daily ends; guards against endless loops

Option = tuple[dt.date, dt.date]  # (ends_on, legal_deadline)


class Schedule(ABC):
    """Base: subclasses yield options from (about) a given day on."""

    rule: str = ""

    @abstractmethod
    def options(self, calendar: StateCalendar, from_day: dt.date) -> Iterator[Option]:
        """Options in order of ``ends_on``, covering every legal deadline ≥ ``from_day``."""

    def end_for_receipt(self, calendar: StateCalendar, receipt: dt.date) -> dt.date | None:
        """The end that a notice received on ``receipt`` brings about (None: no end)."""
        for ends_on, legal in _bounded(self.options(calendar, receipt)):
            if legal >= receipt:
                return ends_on
        return None


def _bounded(options: Iterator[Option]) -> Iterator[Option]:
    for _, option in zip(range(MAX_CANDIDATES), options, strict=False):
        yield option


@dataclass(frozen=True, slots=True)
class Choice:
    ends_on: dt.date
    legal_deadline: dt.date
    practical_deadline: dt.date


def choose(
    schedule: Schedule, calendar: StateCalendar, today: dt.date, *, more: int = 3
) -> list[Choice]:
    """The earliest end whose practical deadline is today or later, then ``more`` after it."""
    chosen: list[Choice] = []
    for ends_on, legal in _bounded(schedule.options(calendar, today)):
        practical = calendar.business_day_on_or_before(legal)
        if practical < today:
            continue
        chosen.append(Choice(ends_on, legal, practical))
        if len(chosen) > more:
            break
    return chosen


@dataclass(frozen=True, slots=True)
class ClauseSchedule(Schedule):
    """A notice clause: ``amount unit`` to any day, a month end or a quarter end."""

    amount: int
    unit: Unit
    to: NoticeTo
    rule: str = "clause"

    def options(self, calendar: StateCalendar, from_day: dt.date) -> Iterator[Option]:
        if self.to is NoticeTo.ANY_DAY:
            yield from _any_day_options(from_day - LOOKBACK, self.amount, self.unit)
            return
        first = period_end(from_day - LOOKBACK, self.amount, self.unit)
        if self.to is NoticeTo.MONTH_END:
            ends = _month_ends(first)
        elif self.to is NoticeTo.QUARTER_END:
            ends = _quarter_ends(first)
        else:  # pragma: no cover - term_end clauses are TermEndSchedule
            raise ValueError(self.to)
        for ends_on in ends:
            yield ends_on, latest_receipt(ends_on, self.amount, self.unit)


@dataclass(frozen=True, slots=True)
class TermEndSchedule(Schedule):
    """Notice to the end of the term or of a renewal period (``amount`` 0: by its last day)."""

    start: dt.date
    term_months: int
    renewal_months: int | None
    amount: int
    unit: Unit
    rule: str = "clause"

    def term_ends(self) -> Iterator[dt.date]:
        yield term_end(self.start, self.term_months)
        if self.renewal_months:
            for k in count(1):
                yield term_end(self.start, self.term_months + k * self.renewal_months)

    def options(self, calendar: StateCalendar, from_day: dt.date) -> Iterator[Option]:
        for ends_on in self.term_ends():
            legal = latest_receipt(ends_on, self.amount, self.unit)
            if legal >= from_day - LOOKBACK:
                yield ends_on, legal


@dataclass(frozen=True, slots=True)
class Section621Schedule(Schedule):
    """§ 621 BGB: the notice follows the unit in which the fee is calculated."""

    fee_unit: FeeUnit

    @property
    def rule(self) -> str:  # type: ignore[override]
        unit = FeeUnit.DAY if self.fee_unit is FeeUnit.HOUR else self.fee_unit
        unit = FeeUnit.QUARTER if unit is FeeUnit.YEAR else unit
        return f"bgb_621_{unit.value}"

    def options(self, calendar: StateCalendar, from_day: dt.date) -> Iterator[Option]:
        start = from_day - LOOKBACK
        unit = self.fee_unit
        if unit in (FeeUnit.DAY, FeeUnit.HOUR):  # any day, for the end of the following day
            for i in count():
                legal = start + dt.timedelta(days=i)
                yield legal + ONE_DAY, legal
        elif unit is FeeUnit.WEEK:  # first Werktag of a week, for that week's Saturday
            for i in count():
                monday = week_monday(start) + dt.timedelta(weeks=i)
                first_werktag = calendar.first_werktag_of_week(monday)
                if first_werktag is not None:
                    yield weeks_saturday(monday), first_werktag
        elif unit is FeeUnit.MONTH:  # by the 15th, for the end of that month
            for ends_on in _month_ends(start):
                yield ends_on, ends_on.replace(day=15)
        elif unit in (FeeUnit.QUARTER, FeeUnit.YEAR):  # six weeks to a quarter's end
            for ends_on in _quarter_ends(start):
                yield ends_on, ends_on - SIX_WEEKS
        else:  # FIXED: not measured by time, any time, effective on receipt
            for i in count():
                day = start + dt.timedelta(days=i)
                yield day, day


@dataclass(frozen=True, slots=True)
class Section624Schedule(Schedule):
    """§ 624 BGB: after five years, six months' notice to any day."""

    start: dt.date
    rule: str = "bgb_624"

    @property
    def earliest_receipt(self) -> dt.date:
        return term_end(self.start, 60) + ONE_DAY

    def options(self, calendar: StateCalendar, from_day: dt.date) -> Iterator[Option]:
        first = max(from_day - LOOKBACK, self.earliest_receipt)
        yield from _any_day_options(first, 6, Unit.MONTHS)


def _any_day_options(first_receipt: dt.date, amount: int, unit: Unit) -> Iterator[Option]:
    """Ends reachable by a notice received on some day, each with its latest receipt.

    Not every day is reachable by months: in 2027 one month from 28.02. ends 28.03. and
    from 01.03. ends 01.04., so 29.–31.03. are no possible ends at all. Receipts that
    lead to the same end (28.–31.01. → 28.02.) collapse to the latest of them.
    """
    receipt = first_receipt
    ends_on = period_end(receipt, amount, unit)
    while True:
        following = period_end(receipt + ONE_DAY, amount, unit)
        if following != ends_on:
            yield ends_on, receipt
            ends_on = following
        receipt += ONE_DAY


def _month_ends(day: dt.date) -> Iterator[dt.date]:
    end = month_end(day)
    while True:
        yield end
        end = month_end(end + ONE_DAY)


def _quarter_ends(day: dt.date) -> Iterator[dt.date]:
    end = quarter_end(day)
    while True:
        yield end
        end = quarter_end(end + ONE_DAY)
