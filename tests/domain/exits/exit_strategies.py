"""Hypothesis strategies shared by the exit-engine property tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from grenzen.domain.exits.business_days import STATES
from grenzen.domain.exits.periods import Unit
from grenzen.domain.exits.terms import ContractTerms, ContractType, FeeUnit, Notice, NoticeTo


def service_contracts(
    days: st.SearchStrategy[dt.date], max_term: int = 96, max_notice: int = 12
) -> st.SearchStrategy[ContractTerms]:
    """Service contracts with or without term, renewal, clause and a known good cause."""

    @st.composite
    def build(draw: st.DrawFn) -> ContractTerms:
        term = draw(st.none() | st.integers(min_value=1, max_value=max_term))
        renewal = draw(st.none() | st.integers(min_value=1, max_value=24)) if term else None
        targets = [NoticeTo.ANY_DAY, NoticeTo.MONTH_END, NoticeTo.QUARTER_END]
        if term:
            targets.append(NoticeTo.TERM_END)
        notice = draw(
            st.none()
            | st.builds(
                Notice,
                amount=st.integers(min_value=0, max_value=max_notice),
                unit=st.sampled_from(list(Unit)),
                to=st.sampled_from(targets),
            )
        )
        return ContractTerms(
            type=ContractType.SERVICE,
            start=draw(days),
            state=draw(st.sampled_from(STATES)),
            fee_unit=draw(st.sampled_from(list(FeeUnit))),
            term_months=term,
            renewal_months=renewal,
            notice=notice,
            known_on=draw(st.none() | days),
        )

    return build()
