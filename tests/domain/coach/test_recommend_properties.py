"""Properties of the ladder and the coach over random cases, histories and times (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

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
from grenzen.domain.coach.recommend import (
    Action,
    CoachInput,
    IncidentFact,
    cooling_off_until,
    recommend,
)
from grenzen.domain.coach.texts import render
from grenzen.domain.incidents import Level

STAGE_ACTIONS = {Action(s.value): s for s in STAGES}
WAITING = {Action.SET_BOUNDARIES, Action.ESCALATE}
TEXTS = [
    "Ich habe schon so viel investiert.",
    "jetzt aufhoeren waere dumm",
    "I can't stop now",
    "all that work for nothing",
    "Ich habe in ein neues Headset investiert.",
    "Heute war es ruhig.",
    "",
]

nows = st.datetimes(
    min_value=dt.datetime(2024, 1, 1),
    max_value=dt.datetime(2030, 12, 31),
    timezones=st.just(dt.UTC),
)
# Offsets from now, in minutes: mostly the past 80 days, a little of the future too.
minutes = st.integers(min_value=-80 * 24 * 60, max_value=24 * 60)
offsets = minutes.map(lambda m: dt.timedelta(minutes=m))


@st.composite
def cases(draw: st.DrawFn, now: dt.datetime) -> CaseState:
    count = draw(st.integers(min_value=0, max_value=len(STAGES)))
    times = sorted(now + draw(offsets) for _ in range(count))
    closed = draw(st.booleans())
    review = draw(st.none() | st.integers(min_value=-10, max_value=10))
    return CaseState(
        id=1,
        client_id=1,
        opened_at=(times[0] if times else now) - dt.timedelta(days=3),
        done=dict(zip(STAGES[:count], times, strict=True)),
        review_date=None if review is None else now.date() + dt.timedelta(days=review),
        closed_at=now + draw(offsets) if closed else None,
        outcome=draw(st.sampled_from(["settled", "moved_on"])) if closed else None,
    )


# Strategies built once (composites that build new strategies per example are slow).
incident_rows = st.lists(
    st.tuples(
        minutes,
        st.sampled_from(list(Level)),
        st.integers(min_value=1, max_value=5),
        st.none() | st.integers(min_value=1, max_value=4),
    ),
    max_size=7,
)
energy_rows = st.lists(
    st.tuples(st.integers(min_value=-60, max_value=3), st.integers(min_value=0, max_value=10)),
    max_size=12,
)
user_texts = st.lists(st.sampled_from(TEXTS) | st.text(max_size=40), max_size=3)


def _incidents(
    now: dt.datetime, rows: list[tuple[int, Level, int, int | None]], first: int
) -> tuple[IncidentFact, ...]:
    facts = []
    for number, (minute, level, severity, person_id) in enumerate(rows, start=first):
        at = now + dt.timedelta(minutes=minute)
        facts.append(IncidentFact(number, at, at.date(), level, severity, person_id))
    return tuple(facts)


@st.composite
def coach_inputs(draw: st.DrawFn) -> CoachInput:
    now = draw(nows)
    case_incidents = _incidents(now, draw(incident_rows), 1)
    others = _incidents(now, draw(incident_rows), 100)
    energy = tuple((now.date() + dt.timedelta(days=d), level) for d, level in draw(energy_rows))
    return CoachInput(
        case=draw(cases(now)),
        case_incidents=case_incidents,
        client_incidents=case_incidents + others,
        energy_levels=energy,
        open_cases=draw(st.integers(min_value=0, max_value=3)),
        user_texts=tuple(draw(user_texts)),
        now=now,
        cooling_off=dt.timedelta(hours=draw(st.integers(min_value=0, max_value=96))),
    )


@settings(max_examples=150, deadline=None)
@given(coach_inputs())
def test_recommendations_never_skip_a_stage(inp: CoachInput) -> None:
    stage_recs = [r for r in recommend(inp) if r.action in STAGE_ACTIONS]
    current = inp.case.current
    if not inp.case.is_open or current is None:
        assert stage_recs == []
        return
    for rec in stage_recs:
        assert STAGES.index(STAGE_ACTIONS[rec.action]) <= STAGES.index(current)
    # Rule 1: the current stage is always there, and it is the only stage action.
    assert [STAGE_ACTIONS[r.action] for r in stage_recs] == [current]


@settings(max_examples=150, deadline=None)
@given(coach_inputs())
def test_recommendations_are_unique_explained_and_wait_only_where_they_must(
    inp: CoachInput,
) -> None:
    result = recommend(inp)
    actions = [r.action for r in result]
    assert len(actions) == len(set(actions))
    until = cooling_off_until(inp)
    for rec in result:
        for lang in ("de", "en"):
            assert render(rec.reason, lang).strip()
        if rec.not_before is not None:
            assert rec.action in WAITING
            assert rec.not_before > inp.now
            assert rec.not_before == until
        elif rec.action in WAITING:
            assert until is None or until <= inp.now


def _apply(state: CaseState, step: Stage | str, at: dt.datetime) -> CaseState:
    if step == "close":
        return close(state, "settled", at)
    return mark_done(state, Stage(step), at)


@settings(max_examples=200, deadline=None)
@given(
    nows.flatmap(cases),
    # "next" is the current stage (so cases climb), the rest are any stage or closing.
    st.lists(st.sampled_from([*STAGES, "close", "next", "next", "next"]), max_size=12),
)
def test_mark_done_never_skips_and_keeps_done_a_prefix(
    state: CaseState, steps: list[Stage | str]
) -> None:
    at = state.opened_at
    for planned in steps:
        at += dt.timedelta(hours=1)
        before = state
        step = (before.current or Stage.MOVE_ON) if planned == "next" else planned
        try:
            state = _apply(state, step, at)
        except LadderError:
            assert state is before
            assert not before.is_open or (step != "close" and step != before.current)
            continue
        assert before.is_open
        if step == "close":
            assert not state.is_open
            assert state.done == before.done
        else:
            assert step == before.current
            assert state.done == {**before.done, step: at}
        assert tuple(state.done) == STAGES[: len(state.done)]


@settings(max_examples=150, deadline=None)
@given(nows.flatmap(cases), nows, st.none() | nows)
def test_statuses_cover_the_ladder_once(
    state: CaseState, now: dt.datetime, not_before: dt.datetime | None
) -> None:
    result = stage_statuses(state, not_before, now)
    assert [s for s, _ in result] == list(STAGES)
    statuses = [status for _, status in result]
    assert statuses.count(StageStatus.DONE) == len(state.done)
    assert statuses[: len(state.done)] == [StageStatus.DONE] * len(state.done)
    cooling = not_before is not None and now < not_before
    for stage, status in result:
        if status is StageStatus.NOT_YET:
            assert cooling
            assert stage in (Stage.SET_BOUNDARIES, Stage.ESCALATE)
        if status is StageStatus.CURRENT:
            assert stage == state.current
