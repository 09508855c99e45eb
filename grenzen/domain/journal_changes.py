"""Edits to a recorded incident: which fields change, and the draft they add up to.

An editor that saves as you type sends only the fields the user touched. ``UNCHANGED``
marks the others, so ``None`` stays free to mean "clear this field".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final

from grenzen.domain.incidents import (
    Channel,
    Incident,
    IncidentDraft,
    InvalidIncident,
    Level,
    validate,
)


class Unchanged(Enum):
    """The type of the ``UNCHANGED`` sentinel (an enum member, so type checkers narrow it)."""

    UNCHANGED = "UNCHANGED"

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged.UNCHANGED


@dataclass(frozen=True, slots=True)
class IncidentChanges:
    """The fields to change; every field left at ``UNCHANGED`` keeps its stored value.

    ``None`` clears an optional field. Names (``client``, ``person``) are names, not ids:
    a new name creates the client or person on first use, as capture does.
    """

    client: str | Unchanged = UNCHANGED
    person: str | Unchanged | None = UNCHANGED
    occurred_on: dt.date | Unchanged = UNCHANGED
    learned_on: dt.date | Unchanged | None = UNCHANGED
    channel: Channel | Unchanged | None = UNCHANGED
    quote: str | Unchanged | None = UNCHANGED
    text: str | Unchanged = UNCHANGED
    level: Level | Unchanged = UNCHANGED
    severity: int | Unchanged = UNCHANGED
    feeling_before: str | Unchanged | None = UNCHANGED
    intensity_before: int | Unchanged | None = UNCHANGED
    feeling_after: str | Unchanged | None = UNCHANGED
    intensity_after: int | Unchanged | None = UNCHANGED
    factual_action_needed: bool | Unchanged = UNCHANGED
    notes: str | Unchanged | None = UNCHANGED
    tags: tuple[str, ...] | Unchanged = UNCHANGED
    case_id: int | Unchanged | None = UNCHANGED

    def changed(self) -> dict[str, Any]:
        """Only the fields that were set, by name (empty: nothing to save)."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if getattr(self, f.name) is not UNCHANGED
        }


# Optional free-text fields: an emptied field in the editor is stored as "not given".
_CLEARED_WHEN_BLANK = ("quote", "feeling_before", "feeling_after", "notes")
_INT_FIELDS = ("severity", "intensity_before", "intensity_after", "case_id")


def draft_of(incident: Incident) -> IncidentDraft:
    """The draft that would record ``incident`` again (for edits and undo)."""
    return IncidentDraft(
        client=incident.client,
        text=incident.text,
        person=incident.person,
        occurred_on=incident.occurred_on,
        learned_on=incident.learned_on,
        channel=incident.channel,
        quote=incident.quote,
        level=incident.level,
        severity=incident.severity,
        feeling_before=incident.feeling_before,
        intensity_before=incident.intensity_before,
        feeling_after=incident.feeling_after,
        intensity_after=incident.intensity_after,
        factual_action_needed=incident.factual_action_needed,
        notes=incident.notes,
        tags=incident.tags,
        case_id=incident.case_id,
    )


def _coerce(name: str, value: Any) -> Any:
    """Type checks validate() leaves to its callers; a wrong type names its field."""
    if value is None:
        if name in ("client", "text", "occurred_on", "level", "severity"):
            raise InvalidIncident(name, "cannot be cleared")
        if name == "factual_action_needed":
            raise InvalidIncident(name, "must be true or false")
        return None
    try:
        if name == "level":
            return Level(value)
        if name == "channel":
            return Channel(value)
    except ValueError:
        raise InvalidIncident(name, f"unknown value {value!r}") from None
    if name in _INT_FIELDS and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidIncident(name, f"must be a whole number, got {value!r}")
    if name in ("occurred_on", "learned_on") and (
        isinstance(value, dt.datetime) or not isinstance(value, dt.date)
    ):
        raise InvalidIncident(name, f"must be a date, got {value!r}")
    if name == "factual_action_needed" and not isinstance(value, bool):
        raise InvalidIncident(name, "must be true or false")
    if name == "tags":
        if isinstance(value, str) or not all(isinstance(t, str) for t in value):
            raise InvalidIncident(name, "must be a list of words")
        return tuple(value)
    if name in _CLEARED_WHEN_BLANK and isinstance(value, str) and not value.strip():
        return None
    return value


def apply_changes(incident: Incident, changes: IncidentChanges, today: dt.date) -> IncidentDraft:
    """The validated draft after the changes, by the same rules as a new incident.

    When the incident was learned the day it occurred and only ``occurred_on`` moves,
    ``learned_on`` moves with it: that pair is capture's default, and correcting the day
    should not trip the "learned before it occurred" rule.
    """
    values = {name: _coerce(name, value) for name, value in changes.changed().items()}
    if (
        "occurred_on" in values
        and "learned_on" not in values
        and incident.learned_on == incident.occurred_on
    ):
        values["learned_on"] = values["occurred_on"]
    return validate(dataclasses.replace(draft_of(incident), **values), today)
