"""The coach: the ladder a case climbs and what to do next, with the reason (method.md §§ 2–3).

Pure Python; storage and the user interface hand in plain facts and render the reasons
(``Msg``) in German or English.
"""

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
    DEFAULT_COOLING_OFF,
    Action,
    CoachInput,
    IncidentFact,
    Recommendation,
    cooling_off_until,
    recommend,
)
from grenzen.domain.coach.texts import NAMES, Msg, render

__all__ = [
    "DEFAULT_COOLING_OFF",
    "NAMES",
    "STAGES",
    "Action",
    "CaseState",
    "CoachInput",
    "IncidentFact",
    "LadderError",
    "Msg",
    "Recommendation",
    "StageStatus",
    "close",
    "cooling_off_until",
    "mark_done",
    "recommend",
    "render",
    "stage_statuses",
]
