"""Cases: one conflict with one client, followed up the ladder (method.md §2)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    """The five stages, in order; a case moves up only when the stage below did not settle it."""

    CALM_DOWN = "calm_down"
    CLARIFY = "clarify"
    SET_BOUNDARIES = "set_boundaries"
    ESCALATE = "escalate"
    MOVE_ON = "move_on"


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """A case as lists show it."""

    id: int
    client_id: int
    client: str
    title: str
    stage: Stage
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    outcome: str | None
    incident_count: int

    @property
    def is_open(self) -> bool:
        return self.closed_at is None
