"""Deadlines from exit plans: each kind, urgency, order, calendar events and JSON."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from exit_strategies import service_contracts
from hypothesis import given, settings
from hypothesis import strategies as st

from grenzen.domain.exits.deadlines import (
    ALARM_DAYS,
    ClientRef,
    Deadline,
    DeadlineKind,
    OpenDeliverable,
    UnknownScenario,
    deadline_to_json,
    deadlines_for_client,
    deadlines_to_json,
    deliverables_from_json,
    events_for_deadlines,
    events_for_scenario,
    sort_deadlines,
    within,
)
from grenzen.domain.exits.engine import ExitPlan, plan_exits
from grenzen.domain.exits.terms import (
    ContractTerms,
    parse_terms,
)

D = dt.date
TODAY = D(2028, 10, 2)
MUELLER = ClientRef(7, "Müller GmbH")

HAMBURG = {
    "type": "service",
    "state": "HH",
    "start": "2025-02-01",
    "fee_unit": "month",
    "notice": {"amount": 3, "unit": "months", "to": "month_end"},
    "known_on": "2028-09-25",
}
RENEWING = {
    "type": "service",
    "state": "BY",
    "start": "2026-01-01",
    "fee_unit": "month",
    "term": {"months": 36},
    "renewal": {"months": 12},
    "notice": {"amount": 3, "unit": "months", "to": "term_end"},
}
FIXED = {
    "type": "service",
    "state": "BE",
    "start": "2028-01-01",
    "fee_unit": "day",
    "term": {"months": 12},
}


def plan_for(data: dict[str, Any], today: dt.date = TODAY) -> ExitPlan:
    terms, unknown = parse_terms(data)
    assert not unknown
    return plan_exits(terms, today)


def kinds(deadlines: list[Deadline]) -> list[str]:
    return [d.kind.value for d in deadlines]


def one(deadlines: list[Deadline], kind: DeadlineKind) -> Deadline:
    found = [d for d in deadlines if d.kind is kind]
    assert len(found) == 1, kinds(deadlines)
    return found[0]


def due(what: str, day: dt.date | None, done: bool = False) -> OpenDeliverable:
    return OpenDeliverable(key=f"{what}#1", what=what, due_on=day, done=done)


# --- each kind ------------------------------------------------------------------------


def test_notice_uses_the_engines_earliest_option() -> None:
    plan = plan_for(HAMBURG)
    notice = one(deadlines_for_client(MUELLER, plan), DeadlineKind.NOTICE)
    first = plan.ordinary.earliest
    assert first is not None
    assert notice.date == first.practical_deadline == D(2028, 10, 30)  # 31.10. a holiday
    assert notice.legal_deadline == first.legal_deadline == D(2028, 10, 31)
    assert notice.ends_on == first.ends_on == D(2029, 1, 31)
    assert notice.practical_deadline == notice.date
    assert notice.send_by == plan.ordinary.send_by
    assert notice.days_left == 28
    assert notice.client == "Müller GmbH"
    assert "31.01.2029" in notice.summary_text("de")
    assert "Kündigungsklausel" in notice.basis_text("de")
    assert "notice clause" in notice.basis_text("en")


def test_extraordinary_window_gives_its_safe_deadline() -> None:
    plan = plan_for(HAMBURG)
    extra = one(deadlines_for_client(MUELLER, plan), DeadlineKind.EXTRAORDINARY)
    assert plan.extraordinary is not None
    assert extra.date == plan.extraordinary.safe_deadline == D(2028, 10, 9)
    assert extra.window_ends == plan.extraordinary.window_ends == D(2028, 10, 9)
    assert extra.practical_deadline == extra.date
    assert "§ 626" in extra.basis_text("en")
    assert "09.10.2028" in extra.summary_text("de")


def test_a_closed_window_gives_no_deadline() -> None:
    plan = plan_for(HAMBURG, D(2028, 10, 12))
    assert plan.extraordinary is not None
    assert not plan.extraordinary.open
    assert DeadlineKind.EXTRAORDINARY not in kinds(deadlines_for_client(MUELLER, plan))


def test_renewal_is_the_day_after_the_term_with_the_day_to_stop_it() -> None:
    plan = plan_for(RENEWING, D(2028, 6, 1))
    deadlines = deadlines_for_client(MUELLER, plan)
    notice = one(deadlines, DeadlineKind.NOTICE)
    renewal = one(deadlines, DeadlineKind.RENEWAL)
    assert notice.ends_on == D(2028, 12, 31)
    assert renewal.date == D(2029, 1, 1)
    assert renewal.ends_on == notice.ends_on
    assert renewal.practical_deadline == notice.practical_deadline == D(2028, 9, 29)
    assert renewal.legal_deadline == notice.legal_deadline == D(2028, 9, 30)
    assert renewal.send_by == notice.send_by
    assert "29.09.2028" in renewal.summary_text("de")
    assert "12 Monate" in renewal.basis_text("de")
    assert "12 months" in renewal.basis_text("en")


def test_renewal_that_can_no_longer_be_stopped_moves_to_the_next_one() -> None:
    plan = plan_for(RENEWING, D(2028, 10, 15))
    renewal = one(deadlines_for_client(MUELLER, plan), DeadlineKind.RENEWAL)
    assert renewal.date == D(2030, 1, 1)
    assert renewal.practical_deadline is not None
    assert renewal.practical_deadline >= D(2028, 10, 15)


def test_renewal_without_a_clause_must_be_stopped_by_the_last_day() -> None:
    data = {k: v for k, v in RENEWING.items() if k != "notice"}
    plan = plan_for(data, D(2028, 6, 1))
    renewal = one(deadlines_for_client(MUELLER, plan), DeadlineKind.RENEWAL)
    assert renewal.date == D(2029, 1, 1)
    assert renewal.legal_deadline == D(2028, 12, 31)
    assert renewal.practical_deadline == D(2028, 12, 29)  # 31.12. is a Sunday


def test_fixed_term_runs_out_without_notice() -> None:
    plan = plan_for(FIXED)
    deadlines = deadlines_for_client(MUELLER, plan)
    assert kinds(deadlines) == ["term_end"]
    end = deadlines[0]
    assert end.date == end.ends_on == plan.ordinary.ends_on == D(2028, 12, 31)
    assert "§ 620" in end.basis_text("de")


def test_fixed_term_with_an_earlier_notice_has_both() -> None:
    data = FIXED | {"notice": {"amount": 2, "unit": "weeks", "to": "any_day"}}
    kinds_found = kinds(deadlines_for_client(MUELLER, plan_for(data)))
    assert kinds_found == ["notice", "term_end"]


def test_a_term_that_ran_out_is_no_deadline() -> None:
    plan = plan_for(FIXED, D(2029, 3, 1))  # carried on: indefinite (§ 625 BGB)
    assert DeadlineKind.TERM_END not in kinds(deadlines_for_client(MUELLER, plan))


def test_work_contract_has_no_notice_but_deliverables() -> None:
    data = {"type": "work", "state": "NW", "start": "2028-06-01", "fee_total": 9000}
    deadlines = deadlines_for_client(MUELLER, plan_for(data), [due("Website live", D(2028, 11, 1))])
    assert kinds(deadlines) == ["deliverable"]
    assert deadlines[0].what == "Website live"
    assert deadlines[0].summary_text("de") == "Fällig: Website live"
    assert deadlines[0].basis_text("en")


def test_guidance_only_countries_give_no_dates() -> None:
    data = {"type": "service", "country": "AT", "start": "2027-01-01", "fee_unit": "month"}
    assert deadlines_for_client(MUELLER, plan_for(data)) == []


def test_deliverables_need_a_due_date_and_must_be_open() -> None:
    items = [
        due("Konzept", D(2028, 10, 20)),
        due("Schon geliefert", D(2028, 10, 21), done=True),
        due("Irgendwann", None),
        due("Überfällig", D(2028, 9, 30)),
    ]
    deadlines = deadlines_for_client(MUELLER, plan_for(FIXED), items)
    assert [d.what for d in deadlines if d.kind is DeadlineKind.DELIVERABLE] == ["Konzept"]


def test_deliverables_from_stored_json_get_stable_keys() -> None:
    items = deliverables_from_json(
        [
            {"what": "Texte", "due_on": "2028-11-01", "done": False},
            {"what": " texte ", "due_on": "2028-12-01"},
            {"what": "Logo", "due_on": None, "done": True},
            {"what": "   "},
        ]
    )
    assert [(i.key, i.due_on, i.done) for i in items] == [
        ("texte#1", D(2028, 11, 1), False),
        ("texte#2", D(2028, 12, 1), False),
        ("logo#1", None, True),
    ]


# --- dates, urgency, order ------------------------------------------------------------


def test_past_dates_are_skipped_and_today_counts() -> None:
    items = [due("gestern", TODAY - dt.timedelta(days=1)), due("heute", TODAY)]
    deadlines = deadlines_for_client(MUELLER, plan_for(FIXED), items)
    today_item = [d for d in deadlines if d.kind is DeadlineKind.DELIVERABLE]
    assert [(d.what, d.days_left) for d in today_item] == [("heute", 0)]
    assert all(d.date >= TODAY for d in deadlines)


@pytest.mark.parametrize(("days", "urgent"), [(0, True), (27, True), (28, True), (29, False)])
def test_urgent_means_at_most_four_weeks(days: int, urgent: bool) -> None:
    item = due("x", TODAY + dt.timedelta(days=days))
    (deadline,) = [
        d
        for d in deadlines_for_client(MUELLER, plan_for(FIXED), [item])
        if d.kind is DeadlineKind.DELIVERABLE
    ]
    assert deadline.days_left == days
    assert deadline.urgent is urgent
    assert deadline_to_json(deadline, "en")["urgent"] is urgent


def test_sorted_by_date_then_kind_then_client() -> None:
    day = D(2028, 12, 31)
    bauer = deadlines_for_client(ClientRef(1, "Bauer"), plan_for(FIXED), [due("A", day)])
    aerger = deadlines_for_client(ClientRef(2, "Ärger AG"), plan_for(FIXED), [due("B", day)])
    early = deadlines_for_client(ClientRef(3, "Zeta"), plan_for(HAMBURG))
    merged = sort_deadlines([*bauer, *aerger, *early])
    assert [(d.date, d.kind.value, d.client) for d in merged] == [
        (D(2028, 10, 9), "extraordinary", "Zeta"),
        (D(2028, 10, 30), "notice", "Zeta"),
        (day, "deliverable", "Ärger AG"),  # "Ärger" sorts with the A's
        (day, "deliverable", "Bauer"),
        (day, "term_end", "Ärger AG"),
        (day, "term_end", "Bauer"),
    ]


def test_on_the_same_day_the_irreparable_comes_first() -> None:
    data = HAMBURG | {"known_on": "2028-10-16"}  # window ends 30.10., like the notice
    deadlines = deadlines_for_client(MUELLER, plan_for(data), [due("Z", D(2028, 10, 30))])
    assert [d.kind.value for d in deadlines if d.date == D(2028, 10, 30)] == [
        "extraordinary",
        "notice",
        "deliverable",
    ]


def test_within_keeps_the_close_ones() -> None:
    deadlines = deadlines_for_client(MUELLER, plan_for(HAMBURG))
    assert [d.days_left for d in within(deadlines, 7)] == [7]
    assert within(deadlines, None) == deadlines
    assert within(deadlines, 0) == []


# --- calendar events ------------------------------------------------------------------


def test_events_carry_three_alarms_summary_description_and_disclaimer() -> None:
    plan = plan_for(HAMBURG)
    deadlines = deadlines_for_client(MUELLER, plan, [due("Konzept", D(2028, 11, 15))])
    events = events_for_deadlines(deadlines, "de")
    assert [e.day for e in events] == [d.date for d in deadlines]
    for event in events:
        assert event.alarms == ALARM_DAYS == (28, 7, 1)
        assert event.summary.startswith("Müller GmbH: ")
        assert "keine Rechtsberatung" in event.description
        assert "Grundlage:" in event.description
    notice = events[1]
    assert "Zugang spätestens: 31.10.2028" in notice.description
    assert "Sicherer Termin: 30.10.2028" in notice.description
    assert "Abschicken bis (Einschreiben): 25.10.2028" in notice.description
    english = events_for_deadlines(deadlines, "en")[1]
    assert "not legal advice" in english.description
    assert "Latest receipt: 2028-10-31" in english.description


def test_too_late_for_a_registered_letter_says_so() -> None:
    plan = plan_for(HAMBURG, D(2028, 10, 27))  # registered letter would have been 25.10.
    notice = one(deadlines_for_client(MUELLER, plan), DeadlineKind.NOTICE)
    (event,) = events_for_deadlines([notice], "en")
    assert "Too late for a registered letter" in event.description


def test_uid_keys_hold_no_names_and_stay_the_same_on_another_day() -> None:
    first = deadlines_for_client(MUELLER, plan_for(HAMBURG, D(2028, 10, 2)))
    later = deadlines_for_client(MUELLER, plan_for(HAMBURG, D(2028, 10, 5)))
    assert [d.uid_key for d in first] == [d.uid_key for d in later]
    for deadline in first:
        assert "Müller" not in deadline.uid_key
        assert deadline.uid_key.startswith("7/")
    assert len({d.uid_key for d in first}) == len(first)


def test_scenario_events_pick_their_dates_and_the_deliverables() -> None:
    plan = plan_for(HAMBURG)
    items = [due("Konzept", D(2028, 11, 15))]
    ordinary = events_for_scenario(MUELLER, plan, "ordinary_notice", items, "en")
    assert [e.uid_key.split("/")[1] for e in ordinary] == ["notice", "deliverable"]
    extra = events_for_scenario(MUELLER, plan, "extraordinary", items, "en")
    assert [e.uid_key.split("/")[1] for e in extra] == ["extraordinary", "deliverable"]
    mutual = events_for_scenario(MUELLER, plan, "mutual", items, "en")
    assert [e.uid_key.split("/")[1] for e in mutual] == ["deliverable"]
    fixed = events_for_scenario(MUELLER, plan_for(FIXED), "let_run_out", [], "de")
    assert [e.day for e in fixed] == [D(2028, 12, 31)]
    with pytest.raises(UnknownScenario, match="scenario"):
        events_for_scenario(MUELLER, plan, "let_run_out", items, "en")


# --- JSON -----------------------------------------------------------------------------


def test_json_has_the_documented_keys() -> None:
    deadlines = deadlines_for_client(MUELLER, plan_for(HAMBURG))
    document = deadlines_to_json(deadlines, TODAY, None, "en")
    assert document["today"] == "2028-10-02"
    assert document["within_days"] is None
    assert "not legal advice" in document["disclaimer"]
    notice = document["deadlines"][1]
    assert notice == {
        "client": "Müller GmbH",
        "kind": "notice",
        "date": "2028-10-30",
        "days_left": 28,
        "urgent": True,
        "legal_deadline": "2028-10-31",
        "practical_deadline": "2028-10-30",
        "ends_on": "2029-01-31",
        "window_ends": None,
        "send_by": {"registered_letter": "2028-10-25", "courier": "2028-10-30", "email": None},
        "summary": "Practical deadline for notice to end on 2029-01-31",
        "basis": notice["basis"],
    }
    assert notice["basis"].startswith("The contract's notice clause")


# --- properties -----------------------------------------------------------------------

days = st.dates(min_value=D(2020, 1, 1), max_value=D(2040, 12, 31))


@settings(max_examples=200, deadline=None)
@given(service_contracts(days, max_term=48, max_notice=6), days)
def test_deadlines_agree_with_the_plan(terms: ContractTerms, today: dt.date) -> None:
    plan = plan_exits(terms, today)
    deadlines = deadlines_for_client(MUELLER, plan)
    assert deadlines == sort_deadlines(deadlines)
    for deadline in deadlines:
        assert deadline.date >= today
        assert deadline.days_left == (deadline.date - today).days
        assert deadline.urgent == (deadline.days_left <= 28)
        if deadline.practical_deadline and deadline.legal_deadline:
            assert deadline.practical_deadline <= deadline.legal_deadline
    notices = [d for d in deadlines if d.kind is DeadlineKind.NOTICE]
    if plan.ordinary.earliest is not None:
        assert [d.date for d in notices] == [plan.ordinary.earliest.practical_deadline]
    else:
        assert notices == []
    for renewal in (d for d in deadlines if d.kind is DeadlineKind.RENEWAL):
        assert renewal.ends_on is not None
        assert renewal.practical_deadline is not None
        assert renewal.date == renewal.ends_on + dt.timedelta(days=1)
        assert today <= renewal.practical_deadline <= renewal.ends_on
