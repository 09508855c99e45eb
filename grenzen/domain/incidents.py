"""The vocabulary of an incident ("Klopper") and the rules its fields must follow."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Level(StrEnum):
    """Which level of communication was touched (after Schulz von Thun)."""

    FACTUAL = "factual"
    RELATIONSHIP = "relationship"
    BOTH = "both"


class Channel(StrEnum):
    """Where it happened; the list from the method, kept short on purpose."""

    MEETING = "meeting"
    CALL = "call"
    VIDEO = "video"
    EMAIL = "email"
    CHAT = "chat"
    LETTER = "letter"
    OTHER = "other"


SEVERITY_MIN, SEVERITY_MAX, SEVERITY_DEFAULT = 1, 5, 3
INTENSITY_MIN, INTENSITY_MAX = 0, 10
TEXT_MAX_CHARS = 100_000


class InvalidIncident(ValueError):
    """Raised with a message naming the field that is wrong."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name


@dataclass(frozen=True, slots=True)
class IncidentDraft:
    """What the user enters; only ``text`` is required, everything else has a default."""

    client: str
    text: str
    person: str | None = None
    occurred_on: dt.date | None = None
    learned_on: dt.date | None = None
    channel: Channel | None = None
    quote: str | None = None
    level: Level = Level.RELATIONSHIP
    severity: int = SEVERITY_DEFAULT
    feeling_before: str | None = None
    intensity_before: int | None = None
    feeling_after: str | None = None
    intensity_after: int | None = None
    factual_action_needed: bool = False
    notes: str | None = None
    tags: tuple[str, ...] = ()
    case_id: int | None = None


@dataclass(frozen=True, slots=True)
class Incident:
    """A recorded incident as the rest of the app sees it (never an ORM object)."""

    id: int
    client_id: int
    client: str
    person_id: int | None
    person: str | None
    occurred_on: dt.date
    learned_on: dt.date
    channel: Channel | None
    quote: str | None
    text: str
    level: Level
    severity: int
    feeling_before: str | None
    intensity_before: int | None
    feeling_after: str | None
    intensity_after: int | None
    factual_action_needed: bool
    notes: str | None
    tags: tuple[str, ...]
    case_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    snippet: str | None = field(default=None, compare=False)


def _check_range(name: str, value: int | None, low: int, high: int) -> None:
    if value is not None and not (low <= value <= high):
        raise InvalidIncident(name, f"must be between {low} and {high}, got {value}")


def validate(draft: IncidentDraft, today: dt.date) -> IncidentDraft:
    """Check a draft and fill the defaults (occurred today, learned when it occurred).

    Returns a new draft so callers cannot forget to use the filled-in dates.
    """
    if not draft.client or not draft.client.strip():
        raise InvalidIncident("client", "a client name is required")
    if not draft.text or not draft.text.strip():
        raise InvalidIncident("text", "the text must not be empty")
    for name in ("text", "quote", "notes"):
        value = getattr(draft, name)
        if value is not None and len(value) > TEXT_MAX_CHARS:
            raise InvalidIncident(name, f"is longer than {TEXT_MAX_CHARS} characters")
    _check_range("severity", draft.severity, SEVERITY_MIN, SEVERITY_MAX)
    _check_range("intensity_before", draft.intensity_before, INTENSITY_MIN, INTENSITY_MAX)
    _check_range("intensity_after", draft.intensity_after, INTENSITY_MIN, INTENSITY_MAX)
    occurred = draft.occurred_on or today
    learned = draft.learned_on or occurred
    if learned < occurred:
        raise InvalidIncident("learned_on", "cannot be before the day it occurred")
    tags = tuple(dict.fromkeys(t.strip() for t in draft.tags if t and t.strip()))
    return replace(
        draft,
        client=draft.client.strip(),
        person=draft.person.strip() if draft.person and draft.person.strip() else None,
        occurred_on=occurred,
        learned_on=learned,
        tags=tags,
    )


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    """What the journal list shows; ``None`` everywhere means everything."""

    client_id: int | None = None
    person_id: int | None = None
    level: Level | None = None
    case_id: int | None = None
    occurred_from: dt.date | None = None
    occurred_to: dt.date | None = None
