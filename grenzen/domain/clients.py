"""Clients, the people on their side, and a client's history as one timeline."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

NAME_MAX_CHARS = 200
TITLE_MAX_CHARS = 80


@dataclass(frozen=True, slots=True)
class Client:
    id: int
    name: str
    archived: bool
    notes: str | None
    incident_count: int


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    client_id: int
    name: str
    role: str | None
    archived: bool
    incident_count: int


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge moved, so the UI can say so and refresh what changed."""

    people_moved: int = 0
    people_merged: int = 0
    incidents: int = 0
    contracts: int = 0
    cases: int = 0
    energy: int = 0
    compliments: int = 0
    value_entries: int = 0
    zero_based_answers: int = 0
    letter_drafts: int = 0
    dream_matches: int = 0


class InvalidName(ValueError):
    """A name that cannot be used; the message starts with the field's name."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name


def clean_name(value: str | None, field_name: str = "name") -> str:
    """The name as stored (trimmed); refuses empty and over-long names."""
    name = (value or "").strip()
    if not name:
        raise InvalidName(field_name, "must not be empty")
    if len(name) > NAME_MAX_CHARS:
        raise InvalidName(field_name, f"is longer than {NAME_MAX_CHARS} characters")
    return name


def clean_optional(value: str | None, field_name: str) -> str | None:
    """A trimmed optional text (a role); blank means "not given"."""
    text = (value or "").strip()
    if len(text) > NAME_MAX_CHARS:
        raise InvalidName(field_name, f"is longer than {NAME_MAX_CHARS} characters")
    return text or None


def name_key(name: str) -> str:
    """Sort key for names as a German reader expects: "Ärger" sorts with the A's.

    Case is folded (ß becomes ss) and accents dropped, without ``locale``: the system
    locale is unreliable and would sort differently on every machine.
    """
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_name(a: str, b: str) -> bool:
    """Names that mean the same client or person ("frau groß" and "Frau Groß")."""
    return a.strip().casefold() == b.strip().casefold()


# --- the client's timeline ---------------------------------------------------------------

TimelineKind = Literal[
    "incident", "compliment", "energy", "case_opened", "case_settled", "case_moved_on"
]
GOOD_ENERGY = 7


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    day: dt.date
    kind: TimelineKind
    title: str
    ref_id: int
    good: bool


@dataclass(frozen=True, slots=True)
class ClientCase:
    """A case as the timeline needs it: when it opened and how it ended."""

    id: int
    title: str
    opened_on: dt.date
    closed_on: dt.date | None
    outcome: str | None


def short_title(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """One line of at most ``limit`` characters, cut at a word with "…" where possible."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:–-") + "…"


def case_entries(case: ClientCase) -> list[TimelineEntry]:
    """A case's moments: opened, and closed as settled (a good one) or moved on."""
    entries = [
        TimelineEntry(case.opened_on, "case_opened", short_title(case.title), case.id, False)
    ]
    if case.closed_on is not None and case.outcome == "settled":
        entries.append(
            TimelineEntry(case.closed_on, "case_settled", short_title(case.title), case.id, True)
        )
    elif case.closed_on is not None and case.outcome == "moved_on":
        entries.append(
            TimelineEntry(case.closed_on, "case_moved_on", short_title(case.title), case.id, False)
        )
    return entries


def energy_entry(checkin_id: int, day: dt.date, level: int, note: str | None) -> TimelineEntry:
    title = f"{level}/10" + (f" · {note}" if note and note.strip() else "")
    return TimelineEntry(day, "energy", short_title(title), checkin_id, level >= GOOD_ENERGY)


_KIND_ORDER: dict[str, int] = {
    "case_opened": 0,
    "incident": 1,
    "energy": 2,
    "compliment": 3,
    "case_moved_on": 4,
    "case_settled": 5,
}


def newest_first(entries: Iterable[TimelineEntry], limit: int) -> list[TimelineEntry]:
    """The newest ``limit`` entries; on one day a case opens before and closes after the rest."""
    ordered = sorted(entries, key=lambda e: (e.day, _KIND_ORDER[e.kind], e.ref_id), reverse=True)
    return ordered[:limit]
