"""Properties of the exit engine over many contracts and days (hypothesis)."""

from __future__ import annotations

import datetime as dt

from exit_strategies import service_contracts
from hypothesis import given, settings
from hypothesis import strategies as st

from grenzen.domain.exits.business_days import StateCalendar
from grenzen.domain.exits.engine import plan_exits, schedule_for
from grenzen.domain.exits.schedules import choose
from grenzen.domain.exits.terms import (
    ContractTerms,
    ContractType,
)

D = dt.date
days = st.dates(min_value=D(2015, 1, 1), max_value=D(2045, 12, 31))


@settings(max_examples=400, deadline=None)
@given(service_contracts(days), days)
def test_deadlines_are_sound(terms: ContractTerms, today: dt.date) -> None:
    plan = plan_exits(terms, today)
    calendar = StateCalendar(terms.state)
    ordinary = plan.ordinary
    if ordinary.ends_on is not None:
        assert ordinary.ends_on >= today, "an end in the past is no option"
    for choice in [ordinary.earliest, *ordinary.next_options]:
        if choice is None:
            continue
        assert calendar.is_business_day(choice.practical_deadline)
        assert today <= choice.practical_deadline <= choice.legal_deadline <= choice.ends_on
    ends = [c.ends_on for c in [ordinary.earliest, *ordinary.next_options] if c]
    assert ends == sorted(set(ends)), "later options come later"
    if ordinary.send_by is not None:
        assert calendar.is_business_day(ordinary.send_by.registered_letter)
        assert ordinary.send_by.registered_letter < ordinary.send_by.courier
    if plan.extraordinary is not None:
        extra = plan.extraordinary
        assert extra.window_ends == extra.known_on + dt.timedelta(days=14)
        assert calendar.is_business_day(extra.safe_deadline)
        assert extra.safe_deadline <= extra.window_ends
        assert extra.open == (extra.safe_deadline >= today)
    assert plan.disclaimer.key == "disclaimer"
    assert ordinary.possible == (ordinary.earliest is not None)
    assert ordinary.basis or not ordinary.possible


@settings(max_examples=400, deadline=None)
@given(service_contracts(days), days)
def test_receipt_on_the_legal_deadline_ends_the_contract_and_a_day_later_does_not(
    terms: ContractTerms, today: dt.date
) -> None:
    schedule, _ = schedule_for(terms, today)
    if schedule is None:
        return
    calendar = StateCalendar(terms.state)
    for choice in choose(schedule, calendar, today):
        assert schedule.end_for_receipt(calendar, choice.legal_deadline) == choice.ends_on
        later = schedule.end_for_receipt(calendar, choice.legal_deadline + dt.timedelta(days=1))
        assert later is None or later > choice.ends_on


@settings(max_examples=200, deadline=None)
@given(
    st.floats(min_value=0, max_value=1_000_000, allow_nan=False),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    days,
)
def test_work_contracts_have_no_ordinary_exit_and_a_presumed_claim(
    fee: float, progress: float, today: dt.date
) -> None:
    terms = ContractTerms(
        type=ContractType.WORK, start=D(2020, 1, 1), state="BE", fee_total=fee, progress=progress
    )
    plan = plan_exits(terms, today)
    assert not plan.ordinary.possible
    assert plan.presumed_claim is not None
    assert fee * progress - 0.01 <= plan.presumed_claim <= fee + 0.01
