"""The ladder a case climbs, one stage at a time (method.md §2).

A stage is marked done only when it is the current one, so ``done`` is always a prefix of
``STAGES``: the ladder is never skipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from grenzen.domain.cases import Stage

STAGES: tuple[Stage, ...] = tuple(Stage)
OUTCOMES = ("settled", "moved_on")
# Steps that must never be taken from the peak of an argument (the cooling-off).
COOLING_STAGES = frozenset({Stage.SET_BOUNDARIES, Stage.ESCALATE})


class StageStatus(StrEnum):
    DONE = "done"
    CURRENT = "current"
    AHEAD = "ahead"
    NOT_YET = "not_yet"


class LadderError(ValueError):
    """A ladder step that is not allowed; the message names the problem."""


@dataclass(frozen=True, slots=True)
class CaseState:
    id: int
    client_id: int
    opened_at: dt.datetime  # aware UTC
    done: dict[Stage, dt.datetime]  # when each stage was marked done; a prefix of STAGES
    review_date: dt.date | None
    closed_at: dt.datetime | None
    outcome: str | None  # "settled" | "moved_on" | None

    def __post_init__(self) -> None:
        expected = STAGES[: len(self.done)]
        if set(self.done) != set(expected):
            names = ", ".join(sorted(str(s) for s in self.done))
            raise LadderError(f"done: stages must be done in ladder order, got {names}")
        if self.outcome is not None and self.outcome not in OUTCOMES:
            raise LadderError(f"outcome: must be 'settled' or 'moved_on', got {self.outcome!r}")

    @property
    def current(self) -> Stage | None:
        """The first stage not done yet (None when all are done)."""
        for stage in STAGES:
            if stage not in self.done:
                return stage
        return None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def _aware(at: dt.datetime, name: str) -> dt.datetime:
    if not isinstance(at, dt.datetime) or at.tzinfo is None or at.utcoffset() is None:
        raise LadderError(f"{name}: must be a timezone-aware date and time, got {at!r}")
    return at.astimezone(dt.UTC)


def mark_done(state: CaseState, stage: Stage, at: dt.datetime) -> CaseState:
    """Mark the current stage done; any other stage, or a closed case, is refused."""
    if not state.is_open:
        raise LadderError(f"case: case {state.id} is closed, its stages cannot change")
    current = state.current
    if current is None:
        raise LadderError(f"stage: {stage} cannot be marked done, all stages are done")
    if stage != current:
        raise LadderError(f"stage: {stage} is not the current stage ({current})")
    return replace(state, done={**state.done, current: _aware(at, "at")})


def close(state: CaseState, outcome: str, at: dt.datetime) -> CaseState:
    """Close the case as settled or moved on (at any stage: the user may decide)."""
    if not state.is_open:
        raise LadderError(f"case: case {state.id} is already closed")
    if outcome not in OUTCOMES:
        raise LadderError(f"outcome: must be 'settled' or 'moved_on', got {outcome!r}")
    return replace(state, closed_at=_aware(at, "at"), outcome=outcome)


def stage_statuses(
    state: CaseState, not_before: dt.datetime | None, now: dt.datetime
) -> list[tuple[Stage, StageStatus]]:
    """Each stage with its status; boundary and escalation steps are "not yet" while cooling off."""
    cooling = not_before is not None and now < not_before
    current = state.current
    result = []
    for stage in STAGES:
        if stage in state.done:
            status = StageStatus.DONE
        elif cooling and stage in COOLING_STAGES:
            status = StageStatus.NOT_YET
        elif stage == current:
            status = StageStatus.CURRENT
        else:
            status = StageStatus.AHEAD
        result.append((stage, status))
    return result
