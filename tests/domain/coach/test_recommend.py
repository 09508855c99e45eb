"""The coach's rules (method.md §§ 2–3), each with a case where it fires and one where not."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from grenzen.domain.cases import Stage
from grenzen.domain.coach import texts
from grenzen.domain.coach.ladder import STAGES, CaseState
from grenzen.domain.coach.recommend import (
    DEFAULT_COOLING_OFF,
    Action,
    CoachInput,
    IncidentFact,
    Recommendation,
    cooling_off_until,
    energy_average,
    recommend,
    shows_sunk_cost,
)
from grenzen.domain.coach.texts import CATALOG, Msg, render
from grenzen.domain.incidents import Level

NOW = dt.datetime(2026, 6, 17, 12, 0, tzinfo=dt.UTC)  # a Wednesday
TODAY = NOW.date()
MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)
_ids = itertools.count(1)


def case_at(
    stage: Stage | None,
    *,
    done_at: dt.datetime = NOW - 20 * DAY,
    review_date: dt.date | None = None,
    closed: bool = False,
) -> CaseState:
    """A case whose stages below ``stage`` are done; the last one at ``done_at``."""
    count = len(STAGES) if stage is None else STAGES.index(stage)
    done = {s: done_at - (count - 1 - i) * DAY for i, s in enumerate(STAGES[:count])}
    return CaseState(
        id=1,
        client_id=1,
        opened_at=done_at - 30 * DAY,
        done=done,
        review_date=review_date,
        closed_at=NOW - DAY if closed else None,
        outcome="settled" if closed else None,
    )


def incident(
    recorded_at: dt.datetime,
    *,
    level: Level = Level.RELATIONSHIP,
    severity: int = 3,
    person_id: int | None = None,
) -> IncidentFact:
    return IncidentFact(
        id=next(_ids),
        recorded_at=recorded_at,
        occurred_on=recorded_at.date(),
        level=level,
        severity=severity,
        person_id=person_id,
    )


def coach_input(
    case: CaseState,
    case_incidents: tuple[IncidentFact, ...] = (),
    client_incidents: tuple[IncidentFact, ...] | None = None,
    energy: tuple[tuple[dt.date, int], ...] = (),
    open_cases: int = 1,
    texts: tuple[str, ...] = (),
    now: dt.datetime = NOW,
    cooling_off: dt.timedelta = DEFAULT_COOLING_OFF,
) -> CoachInput:
    return CoachInput(
        case=case,
        case_incidents=case_incidents,
        client_incidents=case_incidents if client_incidents is None else client_incidents,
        energy_levels=energy,
        open_cases=open_cases,
        user_texts=texts,
        now=now,
        cooling_off=cooling_off,
    )


def by_action(inp: CoachInput) -> dict[Action, Recommendation]:
    result = recommend(inp)
    assert len({r.action for r in result}) == len(result)
    return {r.action: r for r in result}


def stage_rec(inp: CoachInput) -> Recommendation:
    stage_actions = {Action(s.value) for s in STAGES}
    (rec,) = [r for r in recommend(inp) if r.action in stage_actions]
    return rec


# --- the contract's shapes -----------------------------------------------------------------


def test_actions_and_defaults() -> None:
    assert [a.value for a in Action] == [
        "calm_down",
        "clarify",
        "set_boundaries",
        "culture_check",
        "escalate",
        "move_on",
        "plan_exit",
        "zero_based_question",
    ]
    assert dt.timedelta(hours=24) == DEFAULT_COOLING_OFF
    field = {f.name: f for f in dataclasses.fields(CoachInput)}["cooling_off"]
    assert field.default == dt.timedelta(hours=24)


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^now: "):
        coach_input(case_at(Stage.CLARIFY), now=NOW.replace(tzinfo=None))


# --- rule 1: the current stage -------------------------------------------------------------


@pytest.mark.parametrize("stage", STAGES)
def test_the_current_stage_is_recommended_where_the_case_stands(stage: Stage) -> None:
    (rec,) = recommend(coach_input(case_at(stage)))
    assert rec.action == Action(stage.value)
    assert rec.reason == Msg(f"at_{stage.value}")
    assert rec.not_before is None


def test_a_closed_case_gets_no_stage_actions() -> None:
    inp = coach_input(case_at(Stage.SET_BOUNDARIES, closed=True), (incident(NOW - 2 * DAY),))
    assert recommend(inp) == []


def test_a_case_with_all_stages_done_gets_no_stage_actions() -> None:
    assert recommend(coach_input(case_at(None))) == []


# --- rule 2: it happened again after the stage below -----------------------------------------


@pytest.mark.parametrize("level", [Level.RELATIONSHIP, Level.BOTH])
def test_relationship_incident_after_clarify_suggests_boundaries(level: Level) -> None:
    done = NOW - 10 * DAY
    inp = coach_input(
        case_at(Stage.SET_BOUNDARIES, done_at=done), (incident(done + MINUTE, level=level),)
    )
    rec = stage_rec(inp)
    assert rec.action is Action.SET_BOUNDARIES
    assert rec.reason == Msg("again_after_clarify", {"done_on": done.date(), "count": 1})


def test_factual_incident_or_one_before_clarify_does_not_count() -> None:
    done = NOW - 10 * DAY
    incidents = (
        incident(done + MINUTE, level=Level.FACTUAL),
        incident(done - MINUTE),
        incident(done),
    )
    inp = coach_input(case_at(Stage.SET_BOUNDARIES, done_at=done), incidents, client_incidents=())
    rec = stage_rec(inp)
    assert rec.action is Action.SET_BOUNDARIES
    assert rec.reason == Msg("at_set_boundaries")


def test_relationship_incident_after_boundaries_suggests_escalation() -> None:
    done = NOW - 10 * DAY
    incidents = (incident(done + DAY), incident(done + 2 * DAY, level=Level.BOTH))
    rec = stage_rec(coach_input(case_at(Stage.ESCALATE, done_at=done), incidents))
    assert rec.action is Action.ESCALATE
    assert rec.reason == Msg("again_after_boundaries", {"done_on": done.date(), "count": 2})


def test_no_incident_after_boundaries_gives_the_plain_escalation_reason() -> None:
    done = NOW - 10 * DAY
    incidents = (incident(done - DAY), incident(done + DAY, level=Level.FACTUAL))
    rec = stage_rec(coach_input(case_at(Stage.ESCALATE, done_at=done), incidents))
    assert (rec.action, rec.reason) == (Action.ESCALATE, Msg("at_escalate"))


def test_an_incident_after_clarify_never_skips_to_escalation() -> None:
    done = NOW - 10 * DAY
    case = case_at(Stage.CLARIFY, done_at=done)  # clarify not done yet
    rec = stage_rec(coach_input(case, (incident(done + DAY),)))
    assert (rec.action, rec.reason) == (Action.CLARIFY, Msg("at_clarify"))


def test_on_the_review_date_moving_on_is_not_yet_suggested_for_it() -> None:
    case = case_at(Stage.MOVE_ON, review_date=TODAY)
    rec = stage_rec(coach_input(case, now=NOW.replace(hour=23, minute=59)))
    assert rec.action is Action.MOVE_ON
    assert rec.reason == Msg("review_pending", {"review_date": TODAY})


def test_the_day_after_the_review_date_moving_on_is_suggested() -> None:
    case = case_at(Stage.MOVE_ON, review_date=TODAY - DAY)
    rec = stage_rec(coach_input(case, now=NOW.replace(hour=0, minute=0)))
    assert rec.action is Action.MOVE_ON
    assert rec.reason == Msg("review_passed_no_change", {"review_date": TODAY - DAY})


def test_the_review_day_is_the_utc_day_of_now() -> None:
    # 01:00 in Berlin on the day after is still the review date in UTC.
    berlin = dt.timezone(dt.timedelta(hours=2))
    now = dt.datetime.combine(TODAY + DAY, dt.time(1, 0), tzinfo=berlin)
    rec = stage_rec(coach_input(case_at(Stage.MOVE_ON, review_date=TODAY), now=now))
    assert rec.reason.key == "review_pending"


def test_review_date_passed_with_a_new_incident_after_escalation() -> None:
    escalated = NOW - 20 * DAY
    case = case_at(Stage.MOVE_ON, done_at=escalated, review_date=TODAY - 5 * DAY)
    incidents = (incident(escalated - DAY), incident(escalated + DAY, level=Level.FACTUAL))
    rec = stage_rec(coach_input(case, incidents))
    assert rec.reason == Msg("review_passed_again", {"review_date": TODAY - 5 * DAY, "count": 1})


def test_without_a_review_date_move_on_has_the_plain_reason() -> None:
    rec = stage_rec(coach_input(case_at(Stage.MOVE_ON)))
    assert (rec.action, rec.reason) == (Action.MOVE_ON, Msg("at_move_on"))


def test_review_date_passed_before_escalation_never_suggests_moving_on() -> None:
    case = case_at(Stage.ESCALATE, review_date=TODAY - 5 * DAY)
    assert Action.MOVE_ON not in by_action(coach_input(case))


# --- rule 3: the trend ------------------------------------------------------------------


def at_days_ago(*days: float, severity: int = 3) -> tuple[IncidentFact, ...]:
    return tuple(incident(NOW - dt.timedelta(days=d), severity=severity) for d in days)


def test_rising_frequency_names_the_trend_and_the_current_stage() -> None:
    client = at_days_ago(1, 5, 9) + at_days_ago(30, 40)
    rec = stage_rec(coach_input(case_at(Stage.CLARIFY), (), client))
    assert rec.action is Action.CLARIFY
    assert rec.reason == Msg(
        "trend_frequency", {"stage": Stage.CLARIFY, "recent": 3, "previous": 2}
    )
    assert "Klären" in render(rec.reason, "de")
    assert "Clarify" in render(rec.reason, "en")


@pytest.mark.parametrize(
    "client",
    [
        at_days_ago(1, 5, 9) + at_days_ago(30, 40, 50),  # as many as before
        at_days_ago(1, 5),  # more than before, but only two
    ],
)
def test_no_rising_frequency(client: tuple[IncidentFact, ...]) -> None:
    rec = stage_rec(coach_input(case_at(Stage.CLARIFY), (), client))
    assert rec.reason == Msg("at_clarify")


def test_rising_severity_by_exactly_one() -> None:
    client = at_days_ago(1, 2, severity=4) + at_days_ago(30, 31, severity=3)
    rec = stage_rec(coach_input(case_at(Stage.CLARIFY), (), client))
    assert rec.reason.key == "trend_severity"
    assert rec.reason.params["recent_avg"] == 4.0
    assert rec.reason.params["previous_avg"] == 3.0
    assert "4,0" in render(rec.reason, "de")
    assert "4.0" in render(rec.reason, "en")


@pytest.mark.parametrize(
    "client",
    [
        at_days_ago(1, severity=4) + at_days_ago(2, severity=3) + at_days_ago(30, 31, severity=3),
        at_days_ago(1, 2, severity=5) + at_days_ago(30, severity=1),  # one before: too few
        at_days_ago(1, severity=5) + at_days_ago(30, 31, severity=1),  # one now: too few
    ],
)
def test_no_rising_severity(client: tuple[IncidentFact, ...]) -> None:
    rec = stage_rec(coach_input(case_at(Stage.CLARIFY), (), client))
    assert rec.reason == Msg("at_clarify")


def test_rising_frequency_and_severity_together() -> None:
    client = at_days_ago(1, 2, 3, severity=5) + at_days_ago(30, 31, severity=2)
    rec = stage_rec(coach_input(case_at(Stage.CLARIFY), (), client))
    assert rec.reason.key == "trend_both"


def test_an_incident_exactly_28_days_ago_belongs_to_the_window_before() -> None:
    edge = at_days_ago(28)
    client = at_days_ago(1, 2) + edge
    assert stage_rec(coach_input(case_at(Stage.CLARIFY), (), client)).reason.key == "at_clarify"
    inside = (incident(NOW - 28 * DAY + MINUTE),)
    client = at_days_ago(1, 2) + inside
    reason = stage_rec(coach_input(case_at(Stage.CLARIFY), (), client)).reason
    assert reason == Msg("trend_frequency", {"stage": Stage.CLARIFY, "recent": 3, "previous": 0})


def test_an_incident_exactly_56_days_ago_is_outside_both_windows() -> None:
    base = at_days_ago(1, 2, 3) + at_days_ago(30, 40)
    at_edge = base + at_days_ago(56)
    assert stage_rec(coach_input(case_at(Stage.CLARIFY), (), at_edge)).reason.key == (
        "trend_frequency"
    )
    inside = (*base, incident(NOW - 56 * DAY + MINUTE))  # 3 against 3: not rising
    assert stage_rec(coach_input(case_at(Stage.CLARIFY), (), inside)).reason.key == "at_clarify"


def test_incidents_recorded_after_now_do_not_count() -> None:
    client = (*at_days_ago(1, 2), incident(NOW + MINUTE))
    assert stage_rec(coach_input(case_at(Stage.CLARIFY), (), client)).reason.key == "at_clarify"
    client = (*at_days_ago(1, 2), incident(NOW))
    assert stage_rec(coach_input(case_at(Stage.CLARIFY), (), client)).reason.key == (
        "trend_frequency"
    )


def test_rule_two_and_the_trend_give_one_recommendation_with_both_reasons() -> None:
    done = NOW - 10 * DAY
    again = at_days_ago(1, 2, 3)
    inp = coach_input(case_at(Stage.SET_BOUNDARIES, done_at=done), again, again + at_days_ago(40))
    result = recommend(inp)
    assert [r.action for r in result] == [Action.SET_BOUNDARIES]
    reason = result[0].reason
    assert reason.key == "joined"
    assert reason.params["first"].key == "again_after_clarify"
    assert reason.params["second"].key == "trend_frequency"
    for lang in ("de", "en"):
        assert render(reason.params["first"], lang) in render(reason, lang)


# --- rule 4: the culture check -----------------------------------------------------------


def test_incidents_from_two_people_suggest_the_culture_check() -> None:
    client = (incident(NOW - DAY, person_id=4), incident(NOW - 90 * DAY, person_id=9))
    recs = by_action(coach_input(case_at(Stage.CLARIFY), (), client))
    assert recs[Action.CULTURE_CHECK].reason == Msg("culture_check", {"people": 2})
    assert recs[Action.CULTURE_CHECK].not_before is None
    assert "2" in render(recs[Action.CULTURE_CHECK].reason, "de")


def test_incidents_from_one_person_do_not() -> None:
    client = (
        incident(NOW - DAY, person_id=4),
        incident(NOW - 2 * DAY, person_id=4),
        incident(NOW - 3 * DAY, person_id=None),
    )
    assert Action.CULTURE_CHECK not in by_action(coach_input(case_at(Stage.ESCALATE), (), client))


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (case_at(Stage.CALM_DOWN), False),  # not yet at clarify
        (case_at(Stage.CLARIFY), True),
        (case_at(Stage.MOVE_ON), True),
        (case_at(None), True),  # open, all stages done: beyond clarify
        (case_at(Stage.SET_BOUNDARIES, closed=True), False),
    ],
)
def test_the_culture_check_needs_an_open_case_at_clarify_or_beyond(
    case: CaseState, expected: bool
) -> None:
    client = (incident(NOW - DAY, person_id=4), incident(NOW - DAY, person_id=5))
    assert (Action.CULTURE_CHECK in by_action(coach_input(case, (), client))) is expected


# --- rule 5: energy deficit --------------------------------------------------------------


def weeks_ago(*levels: int) -> tuple[tuple[dt.date, int], ...]:
    """One check-in per week: this week, last week, ... (a Monday each)."""
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    return tuple((monday - i * 7 * DAY, level) for i, level in enumerate(levels))


def test_three_low_weeks_with_an_open_case_suggest_planning_the_exit() -> None:
    recs = by_action(coach_input(case_at(Stage.CLARIFY), energy=weeks_ago(3, 4, 4), open_cases=2))
    rec = recs[Action.PLAN_EXIT]
    assert rec.reason.key == "energy_low"
    assert rec.reason.params["average"] == pytest.approx(11 / 3)
    assert rec.reason.params["open_cases"] == 2
    assert "3,7" in render(rec.reason, "de")
    assert rec.not_before is None


def test_two_weeks_of_data_are_not_enough() -> None:
    recs = by_action(coach_input(case_at(Stage.CLARIFY), energy=weeks_ago(1, 1)))
    assert Action.PLAN_EXIT not in recs
    assert energy_average(weeks_ago(1, 1), TODAY) is None
    assert energy_average(weeks_ago(1, 1, 1), TODAY) == 1


def test_an_average_of_exactly_four_is_no_deficit() -> None:
    assert Action.PLAN_EXIT not in by_action(
        coach_input(case_at(Stage.CLARIFY), energy=weeks_ago(4, 4, 4))
    )


def test_no_open_cases_no_exit_plan() -> None:
    inp = coach_input(case_at(Stage.CLARIFY, closed=True), energy=weeks_ago(1, 1, 1), open_cases=0)
    assert Action.PLAN_EXIT not in by_action(inp)
    inp = coach_input(case_at(Stage.CLARIFY, closed=True), energy=weeks_ago(1, 1, 1), open_cases=1)
    assert Action.PLAN_EXIT in by_action(inp)


def test_only_the_last_three_weeks_with_check_ins_count() -> None:
    # This week and the week before are empty; weeks 2–4 are fine, week 5 is low.
    energy = weeks_ago(9, 9, 6, 6, 6, 1)[2:]
    assert energy_average(energy, TODAY) == 6
    assert Action.PLAN_EXIT not in by_action(coach_input(case_at(Stage.CLARIFY), energy=energy))


def test_weeks_older_than_six_do_not_count() -> None:
    low = weeks_ago(2, 2, 2, 2, 2, 2, 2)
    assert energy_average(low[:2] + low[6:], TODAY) is None  # weeks 0, 1 and 6
    assert energy_average(low[:2] + low[5:6], TODAY) == 2  # weeks 0, 1 and 5


def test_each_week_counts_once() -> None:
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    energy = ((monday, 0), (monday, 0), (monday, 0), (monday, 9), *weeks_ago(0, 5, 5)[1:])
    # this week 2.25, then 5 and 5: average 4.083…, no deficit (all check-ins would be 2.8)
    assert energy_average(energy, TODAY) == pytest.approx((2.25 + 5 + 5) / 3)
    assert Action.PLAN_EXIT not in by_action(coach_input(case_at(Stage.CLARIFY), energy=energy))


def test_check_ins_after_today_do_not_count() -> None:
    energy = ((TODAY + DAY, 0), *weeks_ago(5, 5, 5))
    assert energy_average(energy, TODAY) == 5


# --- rule 6: sunk-cost reasoning ----------------------------------------------------------

SUNK_COST = [
    "Ich habe schon so viel investiert.",
    "Da hab ich zu viel investiert, um jetzt zu gehen",
    "Ich kann jetzt nicht aufhören!",
    "ich kann jetzt nicht aufhoeren",
    "Ich KANN doch jetzt nicht einfach aufhören.",
    "Jetzt aufhören wäre Verschwendung",
    "jetzt aufhoeren waere dumm",
    "jetzt aufhoren ware dumm",  # umlauts dropped
    "Jetzt auszusteigen wäre feige.",
    "Das darf nicht umsonst gewesen sein.",
    "Ich habe so viel Zeit reingesteckt",
    "Ich hab so viel Zeit und Herzblut hineingesteckt.",
    "Jetzt hinzuschmeißen wäre schade",
    "jetzt hinzuschmeissen waere schade",
    "Ich bin zu weit gekommen, um jetzt aufzuhören.",
    "I have too much invested in this.",
    "We invested so much already",
    "I can't stop now.",
    "I can’t quit now",
    "I cannot stop now",
    "Classic sunk cost, I know.",
    "All that work for nothing?",
    "all that time was for nothing",
]

INNOCENT = [
    "Ich habe heute in ein neues Headset investiert.",
    "Der Kunde hat viel Geld in die Kampagne investiert und freut sich.",
    "Ich kann nicht aufhören, an das Gespräch zu denken.",
    "Investiert habe ich vor allem Geduld.",
    "Das war zu viel. Investiert hab ich danach nichts mehr.",
    "I invested in a better chair.",
    "I can't stop smiling about the compliment.",
    "",
]


@pytest.mark.parametrize("text", SUNK_COST)
def test_sunk_cost_phrases_suggest_the_zero_based_question(text: str) -> None:
    assert shows_sunk_cost((text,))
    inp = coach_input(case_at(Stage.CLARIFY), texts=("Alles ruhig heute.", text))
    rec = by_action(inp)[Action.ZERO_BASED_QUESTION]
    assert rec.reason == Msg("sunk_cost")
    assert rec.not_before is None
    assert "noch einmal unterschreiben" in render(rec.reason, "de")
    assert "sign this contract again" in render(rec.reason, "en")


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_sentences_are_not_sunk_cost(text: str) -> None:
    assert not shows_sunk_cost((text,))
    assert Action.ZERO_BASED_QUESTION not in by_action(
        coach_input(case_at(Stage.CLARIFY), texts=(text,))
    )


# --- rule 7: the cooling-off --------------------------------------------------------------


@pytest.mark.parametrize("stage", [Stage.SET_BOUNDARIES, Stage.ESCALATE])
def test_one_minute_before_the_end_of_the_cooling_off_the_step_is_not_yet(stage: Stage) -> None:
    latest = NOW - 3 * DAY
    incidents = (incident(latest - DAY), incident(latest, level=Level.FACTUAL))
    inp = coach_input(case_at(stage, done_at=NOW - 10 * DAY), incidents, now=latest + DAY - MINUTE)
    assert cooling_off_until(inp) == latest + DAY
    assert stage_rec(inp).not_before == latest + DAY


@pytest.mark.parametrize("after", [dt.timedelta(0), MINUTE])
@pytest.mark.parametrize("stage", [Stage.SET_BOUNDARIES, Stage.ESCALATE])
def test_at_and_after_the_end_of_the_cooling_off_the_step_is_free(
    stage: Stage, after: dt.timedelta
) -> None:
    latest = NOW - 3 * DAY
    inp = coach_input(
        case_at(stage, done_at=NOW - 10 * DAY), (incident(latest),), now=latest + DAY + after
    )
    assert cooling_off_until(inp) == latest + DAY  # in the past or now: returned anyway
    assert stage_rec(inp).not_before is None


@pytest.mark.parametrize("stage", [Stage.CALM_DOWN, Stage.CLARIFY, Stage.MOVE_ON])
def test_other_stages_never_wait(stage: Stage) -> None:
    inp = coach_input(case_at(stage), (incident(NOW - MINUTE),))
    assert stage_rec(inp).not_before is None


def test_the_cooling_off_is_the_users_setting() -> None:
    latest = NOW - 2 * DAY
    inp = coach_input(
        case_at(Stage.ESCALATE, done_at=NOW - 10 * DAY),
        (incident(latest),),
        cooling_off=dt.timedelta(hours=72),
    )
    assert stage_rec(inp).not_before == latest + dt.timedelta(hours=72)


def test_the_cooling_off_runs_from_the_latest_case_incident_only() -> None:
    case_incidents = (incident(NOW - 5 * DAY),)
    client = (*case_incidents, incident(NOW - MINUTE))  # another case of the client
    inp = coach_input(case_at(Stage.ESCALATE, done_at=NOW - 10 * DAY), case_incidents, client)
    assert stage_rec(inp).not_before is None
    assert cooling_off_until(coach_input(case_at(Stage.ESCALATE))) is None


# --- all together -------------------------------------------------------------------------


def test_everything_at_once_comes_in_order_with_reasons_in_both_languages() -> None:
    latest = NOW - dt.timedelta(hours=4)
    case_incidents = (incident(latest, person_id=1), incident(latest - DAY, person_id=2))
    inp = coach_input(
        case_at(Stage.SET_BOUNDARIES, done_at=NOW - 10 * DAY),
        case_incidents,
        energy=weeks_ago(2, 2, 2),
        texts=("Ich habe schon so viel investiert",),
    )
    result = recommend(inp)
    assert [r.action for r in result] == [
        Action.SET_BOUNDARIES,
        Action.CULTURE_CHECK,
        Action.PLAN_EXIT,
        Action.ZERO_BASED_QUESTION,
    ]
    assert result[0].not_before == latest + DAY
    assert [r.not_before for r in result[1:]] == [None, None, None]
    for rec in result:
        for lang in ("de", "en"):
            assert render(rec.reason, lang).strip()
            assert rec.reason.render(lang) == render(rec.reason, lang)


# --- texts ---------------------------------------------------------------------------------


def test_every_text_exists_in_both_languages_and_german_says_du() -> None:
    for key, entry in CATALOG.items():
        assert set(entry) == {"de", "en"}, key
        assert entry["de"].strip(), key
        assert entry["en"].strip(), key
        assert " Sie " not in entry["de"], key
        assert " Ihnen " not in entry["de"], key


def test_names_follow_the_glossary() -> None:
    assert texts.NAMES["de"]["set_boundaries"] == "Grenzen setzen"
    assert texts.NAMES["en"]["culture_check"] == "Culture check"
    assert set(texts.NAMES["de"]) == {a.value for a in Action} == set(texts.NAMES["en"])


def test_dates_render_per_language_and_unknown_languages_are_refused() -> None:
    msg = Msg("review_pending", {"review_date": dt.date(2026, 7, 1)})
    assert "01.07.2026" in render(msg, "de")
    assert "2026-07-01" in render(msg, "en")
    with pytest.raises(ValueError, match="unknown language"):
        render(msg, "fr")
