"""§§ 187, 188 BGB arithmetic: the examples of contracts.md §4 and properties against dateutil."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from grenzen.domain.exits.periods import (
    Unit,
    latest_receipt,
    month_end,
    next_month_end,
    next_quarter_end,
    period_end,
    quarter_end,
    term_end,
    weeks_saturday,
)

D = dt.date
days = st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31))


@pytest.mark.parametrize(
    "receipt", [D(2027, 1, 28), D(2027, 1, 29), D(2027, 1, 30), D(2027, 1, 31)]
)
def test_one_month_from_late_january_ends_on_the_last_of_february(receipt: dt.date) -> None:
    assert period_end(receipt, 1, Unit.MONTHS) == D(2027, 2, 28)


def test_twelve_month_term_from_first_of_march_ends_on_leap_day() -> None:
    assert term_end(D(2027, 3, 1), 12) == D(2028, 2, 29)


def test_three_months_to_leap_day_may_still_arrive_on_30_november() -> None:
    assert latest_receipt(D(2028, 2, 29), 3, Unit.MONTHS) == D(2027, 11, 30)


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (D(2026, 4, 1), 12, D(2027, 3, 31)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),  # no 31.02.: the month's last day (§ 188(3))
        (D(2026, 1, 30), 1, D(2026, 2, 28)),
        (D(2028, 1, 30), 1, D(2028, 2, 29)),
        (D(2026, 1, 15), 1, D(2026, 2, 14)),
        (D(2026, 12, 1), 1, D(2026, 12, 31)),
    ],
)
def test_term_end_examples(start: dt.date, months: int, end: dt.date) -> None:
    assert term_end(start, months) == end


def test_weeks_end_on_the_same_weekday_and_days_count_from_the_next_day() -> None:
    assert period_end(D(2026, 11, 25), 2, Unit.WEEKS) == D(2026, 12, 9)
    assert period_end(D(2026, 12, 31), 1, Unit.DAYS) == D(2027, 1, 1)


def test_calendar_helpers() -> None:
    assert month_end(D(2028, 2, 3)) == D(2028, 2, 29)
    assert quarter_end(D(2026, 11, 29)) == D(2026, 12, 31)
    assert next_month_end(D(2026, 1, 31)) == D(2026, 2, 28)
    assert next_quarter_end(D(2026, 3, 31)) == D(2026, 6, 30)
    assert weeks_saturday(D(2027, 3, 29)) == D(2027, 4, 3)
    assert weeks_saturday(D(2027, 4, 4)) == D(2027, 4, 3)  # Sunday belongs to the week before


@given(days, st.integers(min_value=0, max_value=36))
def test_month_periods_agree_with_relativedelta(receipt: dt.date, months: int) -> None:
    assert period_end(receipt, months, Unit.MONTHS) == receipt + relativedelta(months=months)


@given(days, st.integers(min_value=0, max_value=36), st.sampled_from(list(Unit)))
def test_latest_receipt_is_the_last_day_whose_period_fits(
    end: dt.date, amount: int, unit: Unit
) -> None:
    receipt = latest_receipt(end, amount, unit)
    assert period_end(receipt, amount, unit) <= end
    assert period_end(receipt + dt.timedelta(days=1), amount, unit) > end


@given(days, st.integers(min_value=1, max_value=120))
def test_term_end_follows_section_188(start: dt.date, months: int) -> None:
    # Independent reading of § 188(2),(3): the day before the day with the start's number in
    # the target month, or that month's last day where the number does not exist.
    target = start + relativedelta(day=1, months=months)
    length = calendar.monthrange(target.year, target.month)[1]
    expected = (
        target.replace(day=length)
        if start.day > length
        else target.replace(day=start.day) - dt.timedelta(days=1)
    )
    assert term_end(start, months) == expected
    assert term_end(start, months) >= start + relativedelta(months=months) - dt.timedelta(days=1)
