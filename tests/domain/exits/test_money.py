"""Money still to come: open invoices, fee estimates until the end, work contracts, § 648."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grenzen.domain.exits.money import (
    Basis,
    InvoiceFact,
    estimate_fees,
    money_outlook,
    whole_periods,
)
from grenzen.domain.exits.terms import ContractTerms, ContractType, FeeUnit

D = dt.date
TODAY = D(2028, 10, 2)


START = D(2025, 2, 1)


def service(unit: FeeUnit | None, start: dt.date = START) -> ContractTerms:
    return ContractTerms(type=ContractType.SERVICE, start=start, fee_unit=unit)


def work(fee_total: float | None = 12_000, progress: float | None = 0.25) -> ContractTerms:
    return ContractTerms(
        type=ContractType.WORK, start=D(2028, 6, 1), fee_total=fee_total, progress=progress
    )


def test_open_invoices_are_unpaid_on_today_in_euros() -> None:
    invoices = [
        InvoiceFact(420_000, D(2028, 8, 31)),  # open
        InvoiceFact(420_000, D(2028, 9, 30), D(2028, 10, 5)),  # paid after today: open today
        InvoiceFact(100_050, D(2028, 7, 31), D(2028, 8, 20)),  # paid
        InvoiceFact(99_999, D(2028, 10, 9)),  # written after today
    ]
    outlook = money_outlook(service(FeeUnit.MONTH), 4200, invoices, TODAY, D(2029, 1, 31))
    assert outlook.open_invoice_count == 2
    assert outlook.open_invoices == pytest.approx(8400.0)


@pytest.mark.parametrize(
    ("unit", "today", "ends_on", "count"),
    [
        (FeeUnit.MONTH, D(2028, 10, 2), D(2029, 1, 31), 3),  # October has begun: not counted
        (FeeUnit.MONTH, D(2028, 10, 1), D(2029, 1, 31), 4),
        (FeeUnit.MONTH, D(2028, 10, 31), D(2028, 10, 31), 0),
        (FeeUnit.WEEK, D(2028, 10, 2), D(2028, 10, 28), 3),  # Monday to Saturday 4 weeks on
        (FeeUnit.WEEK, D(2028, 10, 2), D(2028, 10, 29), 4),
        (FeeUnit.QUARTER, D(2028, 10, 1), D(2029, 6, 30), 3),
        (FeeUnit.QUARTER, D(2028, 10, 2), D(2029, 6, 30), 2),
        (FeeUnit.YEAR, D(2028, 1, 1), D(2029, 12, 31), 2),
        (FeeUnit.MONTH, D(2028, 10, 2), D(2028, 9, 30), 0),  # already over
    ],
)
def test_whole_fee_periods(unit: FeeUnit, today: dt.date, ends_on: dt.date, count: int) -> None:
    assert whole_periods(unit, today, ends_on) == count


def test_monthly_fee_until_the_end_is_amount_times_whole_months() -> None:
    outlook = money_outlook(service(FeeUnit.MONTH), 4200, [], TODAY, D(2029, 1, 31))
    assert outlook.until_end == pytest.approx(12_600.0)
    assert outlook.until_end_basis == Basis.FEE_PERIODS
    assert outlook.until_end_on == D(2029, 1, 31)
    en = " ".join(outlook.lines("en"))
    assert "3 × 4,200.00 € (monthly fee)" in en
    de = " ".join(outlook.lines("de"))
    assert "Bis zum 31.01.2029 noch etwa 12\u2009600,00 € Honorar." in de
    assert "Monatshonorar" in de


def test_without_a_fee_amount_there_is_no_estimate_and_it_says_why() -> None:
    outlook = money_outlook(service(FeeUnit.MONTH), None, [], TODAY, D(2029, 1, 31))
    assert outlook.until_end is None
    assert outlook.until_end_basis == Basis.NO_FEE_AMOUNT
    assert any("fee amount" in line for line in outlook.lines("en"))


def test_hourly_fee_uses_the_average_invoiced_per_month_over_six_months() -> None:
    invoices = [
        InvoiceFact(300_000, D(2028, 5, 31)),
        InvoiceFact(300_000, D(2028, 7, 31)),
        InvoiceFact(300_000, D(2028, 9, 30)),
        InvoiceFact(900_000, D(2028, 3, 31)),  # more than six months ago: ignored
    ]
    ends_on = D(2028, 12, 31)
    estimate = estimate_fees(service(FeeUnit.HOUR), None, invoices, TODAY, ends_on)
    assert estimate.basis is Basis.INVOICE_AVERAGE
    window_days = (TODAY - D(2028, 4, 2)).days
    per_month = 9000 / (window_days / (365.25 / 12))
    left = ((ends_on + dt.timedelta(days=1)) - TODAY).days / (365.25 / 12)
    assert estimate.amount == pytest.approx(per_month * left, abs=0.01)
    assert estimate.params["months"] == 6
    assert "6" in estimate.message.render("en")


def test_average_runs_from_the_start_when_the_contract_is_younger() -> None:
    start = D(2028, 8, 2)
    invoices = [InvoiceFact(200_000, D(2028, 8, 31)), InvoiceFact(200_000, D(2028, 9, 30))]
    estimate = estimate_fees(service(FeeUnit.DAY, start), None, invoices, TODAY, D(2028, 11, 1))
    assert estimate.params["months"] == 2
    assert estimate.params["average"] == pytest.approx(4000 / (61 / (365.25 / 12)), abs=0.01)


def test_hourly_fee_without_recent_invoices_has_no_estimate() -> None:
    estimate = estimate_fees(service(FeeUnit.HOUR), None, [], TODAY, D(2028, 12, 31))
    assert (estimate.amount, estimate.basis) == (None, Basis.NO_INVOICES)


@pytest.mark.parametrize(
    ("unit", "ends_on", "basis"),
    [
        (FeeUnit.FIXED, D(2028, 12, 31), Basis.FIXED_FEE),
        (None, D(2028, 12, 31), Basis.NO_FEE_UNIT),
        (FeeUnit.MONTH, None, Basis.NO_END),
    ],
)
def test_no_estimate_cases(unit: FeeUnit | None, ends_on: dt.date | None, basis: Basis) -> None:
    outlook = money_outlook(service(unit), 1000, [], TODAY, ends_on)
    assert (outlook.until_end, outlook.until_end_basis, outlook.until_end_on) == (None, basis, None)
    assert len(outlook.lines("de")) == 2


def test_work_contract_remaining_fee_and_presumed_claim() -> None:
    outlook = money_outlook(work(12_000, 0.25), None, [], TODAY, None)
    assert outlook.until_end is None
    assert outlook.until_end_basis == Basis.WORK
    assert outlook.work_remaining == pytest.approx(9000.0)
    assert outlook.presumed_claim == pytest.approx(3000 + 0.05 * 9000)
    lines = outlook.lines("en")
    assert lines[0] == "No open invoices."
    assert "9,000.00 €" in lines[1]
    assert "§ 648 BGB" in lines[2]


def test_work_contract_without_progress_has_no_remaining_fee() -> None:
    outlook = money_outlook(work(12_000, None), None, [], TODAY, None)
    assert outlook.work_remaining is None
    assert outlook.presumed_claim is None


def test_open_invoice_wording_counts() -> None:
    one = money_outlook(work(), None, [InvoiceFact(150, D(2028, 9, 1))], TODAY, None)
    assert one.lines("en")[0] == "1 open invoice: 1.50 €."
    assert one.lines("de")[0] == "1 offene Rechnung: 1,50 €."


@given(
    st.sampled_from([FeeUnit.WEEK, FeeUnit.MONTH, FeeUnit.QUARTER, FeeUnit.YEAR]),
    st.dates(D(2025, 1, 1), D(2030, 12, 31)),
    st.integers(0, 2000),
)
def test_estimate_never_exceeds_the_fee_for_the_time_left(
    unit: FeeUnit, today: dt.date, days_left: int
) -> None:
    ends_on = today + dt.timedelta(days=days_left)
    count = whole_periods(unit, today, ends_on)
    longest = {FeeUnit.WEEK: 7, FeeUnit.MONTH: 28, FeeUnit.QUARTER: 89, FeeUnit.YEAR: 365}[unit]
    assert 0 <= count <= (days_left + 1) // longest
    later = whole_periods(unit, today, ends_on + dt.timedelta(days=40))
    assert later >= count
