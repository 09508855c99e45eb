"""The ladder: stages are marked done one at a time, in order; statuses with the cooling-off."""

from __future__ import annotations

import datetime as dt

import pytest

from grenzen.domain.cases import Stage
from grenzen.domain.coach.ladder import (
    STAGES,
    CaseState,
    LadderError,
    StageStatus,
    close,
    mark_done,
    stage_statuses,
)

OPENED = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)


def case_at(stage: Stage | None, *, closed: bool = False) -> CaseState:
    """A case whose stages below ``stage`` are done, a day apart (all done for None)."""
    count = len(STAGES) if stage is None else STAGES.index(stage)
    done = {s: OPENED + dt.timedelta(days=i + 1) for i, s in enumerate(STAGES[:count])}
    return CaseState(
        id=7,
        client_id=3,
        opened_at=OPENED,
        done=done,
        review_date=None,
        closed_at=OPENED + dt.timedelta(days=30) if closed else None,
        outcome="settled" if closed else None,
    )


def test_stages_are_the_ladder_in_order() -> None:
    assert STAGES == (
        Stage.CALM_DOWN,
        Stage.CLARIFY,
        Stage.SET_BOUNDARIES,
        Stage.ESCALATE,
        Stage.MOVE_ON,
    )


@pytest.mark.parametrize("stage", STAGES)
def test_current_is_the_first_stage_not_done(stage: Stage) -> None:
    assert case_at(stage).current is stage


def test_current_is_none_when_all_stages_are_done() -> None:
    assert case_at(None).current is None


def test_mark_done_marks_the_current_stage_and_moves_up() -> None:
    at = OPENED + dt.timedelta(hours=5)
    state = mark_done(case_at(Stage.CALM_DOWN), Stage.CALM_DOWN, at)
    assert state.done == {Stage.CALM_DOWN: at}
    assert state.current is Stage.CLARIFY
    state = mark_done(state, Stage.CLARIFY, at + dt.timedelta(days=1))
    assert list(state.done) == [Stage.CALM_DOWN, Stage.CLARIFY]
    assert state.current is Stage.SET_BOUNDARIES


def test_mark_done_returns_a_new_state_and_leaves_the_old_one_alone() -> None:
    before = case_at(Stage.CLARIFY)
    after = mark_done(before, Stage.CLARIFY, OPENED + dt.timedelta(days=9))
    assert before.current is Stage.CLARIFY
    assert after.current is Stage.SET_BOUNDARIES


def test_mark_done_stores_utc() -> None:
    at = dt.datetime(2026, 3, 5, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    state = mark_done(case_at(Stage.CALM_DOWN), Stage.CALM_DOWN, at)
    assert state.done[Stage.CALM_DOWN] == at
    assert state.done[Stage.CALM_DOWN].utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize(
    ("current", "stage"),
    [
        (Stage.CALM_DOWN, Stage.CLARIFY),  # skipping one
        (Stage.CALM_DOWN, Stage.MOVE_ON),  # skipping all
        (Stage.SET_BOUNDARIES, Stage.CLARIFY),  # already done
    ],
)
def test_mark_done_refuses_any_stage_but_the_current_one(current: Stage, stage: Stage) -> None:
    with pytest.raises(
        LadderError, match=rf"^stage: {stage} is not the current stage \({current}\)"
    ):
        mark_done(case_at(current), stage, OPENED + dt.timedelta(days=20))


def test_mark_done_refuses_when_all_stages_are_done() -> None:
    with pytest.raises(LadderError, match=r"^stage: .*all stages are done"):
        mark_done(case_at(None), Stage.MOVE_ON, OPENED + dt.timedelta(days=20))


def test_mark_done_refuses_a_closed_case() -> None:
    with pytest.raises(LadderError, match=r"^case: .*closed"):
        mark_done(case_at(Stage.CLARIFY, closed=True), Stage.CLARIFY, OPENED)


def test_mark_done_refuses_a_naive_time() -> None:
    with pytest.raises(LadderError, match=r"^at: "):
        mark_done(case_at(Stage.CALM_DOWN), Stage.CALM_DOWN, dt.datetime(2026, 3, 5, 12, 0))


@pytest.mark.parametrize("outcome", ["settled", "moved_on"])
def test_close_sets_time_and_outcome(outcome: str) -> None:
    at = OPENED + dt.timedelta(days=40)
    state = close(case_at(Stage.ESCALATE), outcome, at)
    assert (state.closed_at, state.outcome, state.is_open) == (at, outcome, False)
    assert case_at(Stage.ESCALATE).is_open


def test_close_refuses_an_unknown_outcome_and_a_closed_case() -> None:
    with pytest.raises(LadderError, match=r"^outcome: "):
        close(case_at(Stage.CLARIFY), "won", OPENED)
    with pytest.raises(LadderError, match=r"^case: .*already closed"):
        close(case_at(Stage.CLARIFY, closed=True), "settled", OPENED)


def test_a_state_with_a_gap_in_the_ladder_is_refused() -> None:
    with pytest.raises(LadderError, match=r"^done: "):
        CaseState(
            id=1,
            client_id=1,
            opened_at=OPENED,
            done={Stage.CALM_DOWN: OPENED, Stage.SET_BOUNDARIES: OPENED},
            review_date=None,
            closed_at=None,
            outcome=None,
        )


def test_a_state_with_an_unknown_outcome_is_refused() -> None:
    with pytest.raises(LadderError, match=r"^outcome: "):
        CaseState(1, 1, OPENED, {}, None, OPENED, "won")


def test_done_may_be_keyed_by_stage_names_as_stored() -> None:
    state = CaseState(1, 1, OPENED, {"calm_down": OPENED}, None, None, None)  # type: ignore[dict-item]
    assert state.current is Stage.CLARIFY


def statuses(state: CaseState, not_before: dt.datetime | None, now: dt.datetime) -> list[str]:
    return [status.value for _, status in stage_statuses(state, not_before, now)]


def test_statuses_without_cooling_off() -> None:
    now = OPENED + dt.timedelta(days=10)
    assert statuses(case_at(Stage.CLARIFY), None, now) == [
        "done",
        "current",
        "ahead",
        "ahead",
        "ahead",
    ]
    assert statuses(case_at(None), None, now) == ["done"] * 5
    assert [s for s, _ in stage_statuses(case_at(Stage.CLARIFY), None, now)] == list(STAGES)


def test_cooling_off_shows_boundaries_and_escalation_as_not_yet_one_minute_before() -> None:
    not_before = OPENED + dt.timedelta(days=10)
    state = case_at(Stage.SET_BOUNDARIES)
    assert statuses(state, not_before, not_before - MINUTE) == [
        "done",
        "done",
        "not_yet",
        "not_yet",
        "ahead",
    ]


@pytest.mark.parametrize("offset", [dt.timedelta(0), MINUTE])
def test_cooling_off_is_over_exactly_at_not_before_and_after(offset: dt.timedelta) -> None:
    not_before = OPENED + dt.timedelta(days=10)
    state = case_at(Stage.SET_BOUNDARIES)
    assert statuses(state, not_before, not_before + offset) == [
        "done",
        "done",
        "current",
        "ahead",
        "ahead",
    ]


def test_cooling_off_never_hides_done_stages_or_the_others() -> None:
    not_before = OPENED + dt.timedelta(days=10)
    now = not_before - MINUTE
    assert statuses(case_at(Stage.MOVE_ON), not_before, now) == ["done"] * 4 + ["current"]
    assert statuses(case_at(Stage.CALM_DOWN), not_before, now) == [
        "current",
        "ahead",
        "not_yet",
        "not_yet",
        "ahead",
    ]


def test_status_values() -> None:
    assert {s.value for s in StageStatus} == {"done", "current", "ahead", "not_yet"}
