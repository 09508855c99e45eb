"""What the coach suggests for a case, and why (method.md §§ 2–3).

Pure rules over plain facts. Times are the moments things were *recorded* (aware UTC); the
calendar day ("today") is the UTC date of ``now``. Every recommendation carries its reason.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from grenzen.domain.cases import Stage
from grenzen.domain.coach.ladder import COOLING_STAGES, CaseState
from grenzen.domain.coach.texts import Msg
from grenzen.domain.incidents import Level

DEFAULT_COOLING_OFF = dt.timedelta(hours=24)
TREND_WINDOW = dt.timedelta(days=28)
TREND_MIN_RECENT = 3  # rising frequency needs at least this many recent incidents
TREND_MIN_EACH = 2  # rising severity needs at least this many in each window
TREND_SEVERITY_RISE = 1  # average severity up by at least this much
ENERGY_WEEKS = 3  # the last three ISO weeks that have check-ins ...
ENERGY_LOOKBACK_WEEKS = 6  # ... within the last six (the current one included)
ENERGY_LOW = 4  # their average below this is a deficit


class Action(StrEnum):
    CALM_DOWN = "calm_down"
    CLARIFY = "clarify"
    SET_BOUNDARIES = "set_boundaries"
    CULTURE_CHECK = "culture_check"
    ESCALATE = "escalate"
    MOVE_ON = "move_on"
    PLAN_EXIT = "plan_exit"
    ZERO_BASED_QUESTION = "zero_based_question"


STAGE_ACTIONS: dict[Stage, Action] = {stage: Action(stage.value) for stage in Stage}


@dataclass(frozen=True, slots=True)
class IncidentFact:
    id: int
    recorded_at: dt.datetime  # aware UTC
    occurred_on: dt.date
    level: Level
    severity: int
    person_id: int | None


@dataclass(frozen=True, slots=True)
class CoachInput:
    case: CaseState
    case_incidents: tuple[IncidentFact, ...]  # incidents of this case
    client_incidents: tuple[IncidentFact, ...]  # all incidents of the case's client
    energy_levels: tuple[tuple[dt.date, int], ...]  # energy check-ins (day, 0–10), any client
    open_cases: int  # open cases in the vault, this one included
    user_texts: tuple[str, ...]  # the user's own words: case answers, incident notes
    now: dt.datetime  # aware UTC
    cooling_off: dt.timedelta = DEFAULT_COOLING_OFF

    def __post_init__(self) -> None:
        if self.now.tzinfo is None or self.now.utcoffset() is None:
            raise ValueError(f"now: must be a timezone-aware date and time, got {self.now!r}")


@dataclass(frozen=True, slots=True)
class Recommendation:
    action: Action
    reason: Msg
    not_before: dt.datetime | None


# --- the rules ---------------------------------------------------------------------------


def cooling_off_until(inp: CoachInput) -> dt.datetime | None:
    """When the cooling-off after the latest case incident ends (None without incidents).

    Returned even when it lies in the past; callers compare it with ``now``.
    """
    if not inp.case_incidents:
        return None
    return max(i.recorded_at for i in inp.case_incidents) + inp.cooling_off


def _not_before(inp: CoachInput, stage: Stage) -> dt.datetime | None:
    if stage not in COOLING_STAGES:
        return None
    until = cooling_off_until(inp)
    return until if until is not None and until > inp.now else None


def _relationship_since(inp: CoachInput, since: dt.datetime) -> int:
    return sum(
        1
        for i in inp.case_incidents
        if i.level in (Level.RELATIONSHIP, Level.BOTH) and i.recorded_at > since
    )


def _again(inp: CoachInput, stage: Stage) -> Msg | None:
    """Rule 2: the reason the current stage follows from what happened after the one below."""
    case = inp.case
    if stage in (Stage.SET_BOUNDARIES, Stage.ESCALATE):
        below = Stage.CLARIFY if stage is Stage.SET_BOUNDARIES else Stage.SET_BOUNDARIES
        done_at = case.done[below]
        count = _relationship_since(inp, done_at)
        if not count:
            return None
        key = "again_after_clarify" if below is Stage.CLARIFY else "again_after_boundaries"
        return Msg(key, {"done_on": done_at.astimezone(dt.UTC).date(), "count": count})
    if stage is Stage.MOVE_ON and case.review_date is not None:
        today = inp.now.astimezone(dt.UTC).date()
        if today <= case.review_date:
            return Msg("review_pending", {"review_date": case.review_date})
        escalated_at = case.done[Stage.ESCALATE]
        count = sum(1 for i in inp.case_incidents if i.recorded_at > escalated_at)
        if count:
            return Msg("review_passed_again", {"review_date": case.review_date, "count": count})
        return Msg("review_passed_no_change", {"review_date": case.review_date})
    return None


def _trend(inp: CoachInput, stage: Stage) -> Msg | None:
    """Rule 3: the client's last 28 days against the 28 before, by recorded time.

    The recent window is (now − 28 d, now], the one before (now − 56 d, now − 28 d].
    """
    now = inp.now
    border, start = now - TREND_WINDOW, now - 2 * TREND_WINDOW
    recent = [i.severity for i in inp.client_incidents if border < i.recorded_at <= now]
    previous = [i.severity for i in inp.client_incidents if start < i.recorded_at <= border]
    frequency = len(recent) > len(previous) and len(recent) >= TREND_MIN_RECENT
    severity = (
        len(recent) >= TREND_MIN_EACH
        and len(previous) >= TREND_MIN_EACH
        and Fraction(sum(recent), len(recent)) - Fraction(sum(previous), len(previous))
        >= TREND_SEVERITY_RISE
    )
    if not (frequency or severity):
        return None
    params: dict[str, object] = {"stage": stage, "recent": len(recent), "previous": len(previous)}
    if severity:
        params["recent_avg"] = sum(recent) / len(recent)
        params["previous_avg"] = sum(previous) / len(previous)
    if frequency and severity:
        return Msg("trend_both", params)
    return Msg("trend_frequency" if frequency else "trend_severity", params)


def _stage_reason(inp: CoachInput, stage: Stage) -> Msg:
    """Rules 1–3 for the current stage: the most specific reasons win, both when there are two."""
    again, trend = _again(inp, stage), _trend(inp, stage)
    if again is not None and trend is not None:
        return Msg("joined", {"first": again, "second": trend})
    return again or trend or Msg(f"at_{stage.value}")


def _culture_check(inp: CoachInput) -> Msg | None:
    """Rule 4: incidents from two or more people of the client, once the case is past calming."""
    if not inp.case.is_open or Stage.CALM_DOWN not in inp.case.done:
        return None
    people = {i.person_id for i in inp.client_incidents if i.person_id is not None}
    return Msg("culture_check", {"people": len(people)}) if len(people) >= 2 else None


def energy_average(levels: tuple[tuple[dt.date, int], ...], today: dt.date) -> Fraction | None:
    """The average of the last three ISO weeks with check-ins within the last six weeks.

    Each week counts once (the mean of its check-ins); None when fewer than three weeks
    have check-ins.
    """
    first = today - dt.timedelta(days=today.weekday(), weeks=ENERGY_LOOKBACK_WEEKS - 1)
    weeks: dict[dt.date, list[int]] = {}
    for day, level in levels:
        if first <= day <= today:
            weeks.setdefault(day - dt.timedelta(days=day.weekday()), []).append(level)
    latest = sorted(weeks, reverse=True)[:ENERGY_WEEKS]
    if len(latest) < ENERGY_WEEKS:
        return None
    means = [Fraction(sum(weeks[w]), len(weeks[w])) for w in latest]
    return sum(means, Fraction(0)) / len(means)


def _energy(inp: CoachInput) -> Msg | None:
    """Rule 5: an energy deficit together with open cases."""
    if inp.open_cases < 1:
        return None
    average = energy_average(inp.energy_levels, inp.now.astimezone(dt.UTC).date())
    if average is None or average >= ENERGY_LOW:
        return None
    return Msg("energy_low", {"average": float(average), "open_cases": inp.open_cases})


# --- rule 6: sunk-cost reasoning in the user's own words ----------------------------------

_W = r"(?: [a-z0-9]+)"  # one more word, never across a sentence mark
# Written with umlauts; compiled to also match the spelled-out (ae) and the dropped (a) form.
_SUNK_COST_PATTERNS = (
    # German
    rf"\b(?:so|zu) viel{_W}{{0,3}} (?:investiert|reingesteckt|hineingesteckt|gesteckt"
    r"|reingebuttert|verbraten)\b",
    rf"\bkann{_W}{{0,3}} jetzt{_W}{{0,2}} nicht{_W}{{0,2}} (?:aufhören|aussteigen"
    r"|hinschmeissen|hinwerfen|abbrechen)\b",
    rf"\bjetzt kann{_W}{{0,2}} nicht{_W}{{0,2}} (?:aufhören|aussteigen|hinschmeissen"
    r"|hinwerfen|abbrechen)\b",
    r"\bjetzt (?:aufhören|aufzuhören|aussteigen|auszusteigen|hinschmeissen"
    r"|hinzuschmeissen|abbrechen|abzubrechen) (?:wäre|ist|würde)\b",
    rf"\bnicht{_W}{{0,2}} (?:umsonst|vergeblich|vergebens|für die katz) gewesen\b",
    rf"\b(?:die ganze|all die|all meine|die viele|die ganzen) (?:arbeit|zeit|mühe|energie"
    rf"|jahre|monate)(?: war)?{_W}{{0,2}} (?:umsonst|für nichts|für die katz)\b",
    rf"\bzu weit gekommen{_W}{{0,2}} (?:um|jetzt)(?: jetzt)? (?:aufzuhören|auszusteigen)\b",
    r"\bversunkene kosten\b",
    # English (can't, cannot and can not are folded to "cant")
    rf"\btoo much{_W}{{0,2}} (?:invested|sunk|put in)\b",
    rf"\bso much{_W}{{0,2}} (?:invested|sunk|put in)\b",
    r"\b(?:invested|put|sunk|poured) so much\b",
    rf"\bcant{_W}{{0,2}} (?:stop|quit|give up|walk away|back out|pull out) now\b",
    r"\b(?:stopping|quitting|walking away|giving up) now would\b",
    r"\bsunk costs?\b",
    rf"\ball (?:that|this|the|my|those|these){_W}{{0,2}} (?:work|time|effort|money|years"
    rf"|months)(?: was| would be)?{_W}{{0,1}} for nothing\b",
    rf"\bcome too far to{_W}{{0,1}} (?:stop|quit|give up)\b",
    rf"\bcant let{_W}{{1,3}} go to waste\b",
)
_UMLAUTS = {"ä": "ae?", "ö": "oe?", "ü": "ue?"}
_SUNK_COST = re.compile(
    "|".join(
        "(?:" + re.sub("[äöü]", lambda m: _UMLAUTS[m.group()], p) + ")" for p in _SUNK_COST_PATTERNS
    )
)
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'", "‘": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Lower case, umlauts and ß spelled out, one space between words, sentence marks kept."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    text = re.sub(r"\bcan ?not\b|\bcan'?t\b", "cant", text)
    text = re.sub(r"[.!?;:]+", " . ", text)
    text = re.sub(r"[^a-z0-9.]+", " ", text)
    return " ".join(text.split())


def shows_sunk_cost(texts: tuple[str, ...] | list[str]) -> bool:
    """Whether the user's own words show sunk-cost reasoning ("I've invested too much")."""
    return any(_SUNK_COST.search(fold(t)) for t in texts if t)


# --- all together ------------------------------------------------------------------------


def recommend(inp: CoachInput) -> list[Recommendation]:
    """What to do next, most important first; one recommendation per action.

    The current stage comes first (a closed case has no stage actions), then the culture
    check, planning the exit and the zero-based question.
    """
    result: list[Recommendation] = []
    current = inp.case.current
    if inp.case.is_open and current is not None:
        result.append(
            Recommendation(
                STAGE_ACTIONS[current], _stage_reason(inp, current), _not_before(inp, current)
            )
        )
    culture = _culture_check(inp)
    if culture is not None:
        result.append(Recommendation(Action.CULTURE_CHECK, culture, None))
    energy = _energy(inp)
    if energy is not None:
        result.append(Recommendation(Action.PLAN_EXIT, energy, None))
    if shows_sunk_cost(inp.user_texts):
        result.append(Recommendation(Action.ZERO_BASED_QUESTION, Msg("sunk_cost"), None))
    return result
