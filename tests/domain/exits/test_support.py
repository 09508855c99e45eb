"""§ 626 from the journal: which incident opens the window, and which incidents support it."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from grenzen.domain.exits.support import (
    CONTEXT_LIMIT,
    IncidentFact,
    KnownOnSource,
    choose_known_on,
    qualifies,
    supporting_incidents,
    window_ends,
)

D = dt.date
TODAY = D(2028, 10, 2)


def fact(
    id: int,
    learned_on: dt.date,
    severity: int = 4,
    level: str = "relationship",
    occurred_on: dt.date | None = None,
) -> IncidentFact:
    return IncidentFact(id, occurred_on or learned_on, learned_on, level, severity, f"Vorfall {id}")


def test_window_ends_two_weeks_later_on_the_same_weekday() -> None:
    assert window_ends(D(2028, 9, 25)) == D(2028, 10, 9)
    assert window_ends(D(2028, 9, 25)).weekday() == D(2028, 9, 25).weekday()


def test_only_serious_relationship_incidents_qualify() -> None:
    assert qualifies(fact(1, TODAY, 4, "relationship"))
    assert qualifies(fact(2, TODAY, 5, "both"))
    assert not qualifies(fact(3, TODAY, 3, "relationship"))
    assert not qualifies(fact(4, TODAY, 5, "factual"))


def test_the_contracts_own_date_wins_over_incidents() -> None:
    choice = choose_known_on(D(2028, 9, 1), [fact(1, D(2028, 9, 30), 5)], TODAY)
    assert (choice.known_on, choice.source, choice.incident_id) == (
        D(2028, 9, 1),
        KnownOnSource.CONTRACT,
        None,
    )


def test_newest_qualifying_incident_with_an_open_window_decides() -> None:
    incidents = [
        fact(1, D(2028, 9, 20), 5),
        fact(2, D(2028, 9, 28), 4),
        fact(3, D(2028, 10, 1), 3),  # too mild
        fact(4, D(2028, 10, 1), 5, "factual"),  # factual level
    ]
    choice = choose_known_on(None, incidents, TODAY)
    assert (choice.known_on, choice.source, choice.incident_id) == (
        D(2028, 9, 28),
        KnownOnSource.INCIDENT,
        2,
    )


def test_window_is_open_through_its_last_day_and_closed_after() -> None:
    learned = D(2028, 9, 18)  # window ends 2028-10-02
    assert choose_known_on(None, [fact(1, learned)], D(2028, 10, 2)).known_on == learned
    closed = choose_known_on(None, [fact(1, learned)], D(2028, 10, 3))
    assert (closed.known_on, closed.source) == (None, KnownOnSource.NONE)


def test_incidents_learned_after_today_do_not_count_yet() -> None:
    assert choose_known_on(None, [fact(1, D(2028, 10, 5), 5)], TODAY).known_on is None


def test_ties_on_the_same_day_go_to_the_more_severe_incident() -> None:
    choice = choose_known_on(None, [fact(7, TODAY, 4), fact(3, TODAY, 5)], TODAY)
    assert choice.incident_id == 3


def test_supporting_incidents_window_first_then_context_newest_first() -> None:
    known_on = D(2028, 9, 25)
    incidents = [
        fact(1, D(2028, 9, 25), 5),  # the cause
        fact(2, D(2028, 9, 30), 2, "both"),  # learned in the window, mild: still a fact
        fact(3, D(2028, 9, 27), 4, "factual"),  # factual level: never
        fact(4, D(2028, 8, 1), 3),  # context
        fact(5, D(2027, 6, 1), 5),  # more than a year before: left out
        fact(6, D(2028, 10, 5), 5),  # after today: not known yet
    ]
    found = supporting_incidents(known_on, incidents, TODAY)
    assert [(s.id, s.in_window) for s in found] == [(2, True), (1, True), (4, False)]
    assert [s.qualifies for s in found] == [False, True, False]
    assert found[1].text == "Vorfall 1"


def test_context_is_limited() -> None:
    known_on = D(2028, 9, 25)
    earlier = [fact(i, known_on - dt.timedelta(days=10 * i)) for i in range(1, 10)]
    found = supporting_incidents(known_on, earlier, TODAY)
    assert len(found) == CONTEXT_LIMIT
    assert [s.id for s in found] == [1, 2, 3, 4, 5]


def test_no_known_on_no_support() -> None:
    assert supporting_incidents(None, [fact(1, TODAY, 5)], TODAY) == []


facts = st.builds(
    fact,
    id=st.integers(1, 1000),
    learned_on=st.dates(D(2028, 1, 1), D(2028, 12, 31)),
    severity=st.integers(1, 5),
    level=st.sampled_from(["factual", "relationship", "both"]),
)


@given(st.lists(facts, max_size=12), st.dates(D(2028, 1, 1), D(2028, 12, 31)))
def test_chosen_date_belongs_to_a_qualifying_incident_with_an_open_window(
    incidents: list[IncidentFact], today: dt.date
) -> None:
    choice = choose_known_on(None, incidents, today)
    open_ones = [
        f for f in incidents if qualifies(f) and f.learned_on <= today <= window_ends(f.learned_on)
    ]
    if not open_ones:
        assert choice.known_on is None
        assert choice.source is KnownOnSource.NONE
        return
    assert choice.known_on == max(f.learned_on for f in open_ones)
    by_id = {f.id: f for f in incidents}
    assert choice.incident_id in by_id
    chosen = [f for f in open_ones if f.id == choice.incident_id]
    assert chosen
    assert chosen[0].learned_on == choice.known_on
    found = supporting_incidents(choice.known_on, incidents, today)
    assert all(s.level != "factual" and s.learned_on <= today for s in found)
    assert any(s.id == choice.incident_id and s.in_window for s in found)
