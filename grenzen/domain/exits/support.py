"""Which incidents open and support an extraordinary termination (§ 626 BGB).

The engine needs one date, ``known_on``: when the user learned of a good cause. The
contract may name it; otherwise the journal can: an incident that touched the
relationship level (or both levels) with severity 4 or 5 is serious enough to be a
candidate, and the newest such incident whose two-week window is still open on
``today`` decides. Incidents learned of after ``today`` do not count: on that day the
user did not know them yet.

Supporting incidents, decided here so the planner, the one-page plan and the letters
agree:

* **in the window** — every incident on the relationship level (or both) that the user
  learned of from ``known_on`` up to the end of the window (and not after ``today``),
  whatever its severity: together they are the facts a notice would name;
* **context** — up to :data:`CONTEXT_LIMIT` earlier relationship incidents learned of in
  the year before ``known_on``: they show a pattern and whether the behaviour went on
  after a warning, but they do not start a window of their own.

Both groups are listed newest first, the window first. Factual-level incidents never
support a termination for good cause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

WINDOW = dt.timedelta(weeks=2)  # § 626(2) BGB, counted without § 193 (contracts.md §3)
MIN_SEVERITY = 4
RELATIONSHIP_LEVELS = frozenset({"relationship", "both"})
CONTEXT_LIMIT = 5
CONTEXT_SPAN = dt.timedelta(days=365)


class KnownOnSource(StrEnum):
    CONTRACT = "contract"  # the user entered the date in the contract
    INCIDENT = "incident"  # taken from a serious incident in the journal
    NONE = "none"  # no open window


@dataclass(frozen=True, slots=True)
class IncidentFact:
    """The few facts of an incident the exit planner reads (never an ORM object)."""

    id: int
    occurred_on: dt.date
    learned_on: dt.date
    level: str  # "factual" | "relationship" | "both"
    severity: int
    text: str

    @property
    def on_relationship_level(self) -> bool:
        return self.level in RELATIONSHIP_LEVELS

    @property
    def window_ends(self) -> dt.date:
        return window_ends(self.learned_on)


@dataclass(frozen=True, slots=True)
class KnownOnChoice:
    known_on: dt.date | None
    source: KnownOnSource
    incident_id: int | None = None  # the incident that opened the window, if any


@dataclass(frozen=True, slots=True)
class SupportingIncident:
    id: int
    occurred_on: dt.date
    learned_on: dt.date
    severity: int
    text: str
    level: str
    in_window: bool  # False: earlier context, not part of the window
    qualifies: bool  # relationship level and severity ≥ 4: could open a window itself


def window_ends(learned_on: dt.date) -> dt.date:
    """Two weeks after learning of the facts, same weekday (§§ 626(2), 188(2) BGB)."""
    return learned_on + WINDOW


def qualifies(fact: IncidentFact) -> bool:
    """Serious enough to count as a good cause candidate: relationship level, severity ≥ 4."""
    return fact.on_relationship_level and fact.severity >= MIN_SEVERITY


def choose_known_on(
    contract_known_on: dt.date | None, incidents: Iterable[IncidentFact], today: dt.date
) -> KnownOnChoice:
    """The contract's date wins; else the newest qualifying incident with an open window."""
    if contract_known_on is not None:
        return KnownOnChoice(contract_known_on, KnownOnSource.CONTRACT)
    open_now = [
        f
        for f in incidents
        if qualifies(f) and f.learned_on <= today and today <= window_ends(f.learned_on)
    ]
    if not open_now:
        return KnownOnChoice(None, KnownOnSource.NONE)
    newest = max(open_now, key=lambda f: (f.learned_on, f.severity, f.id))
    return KnownOnChoice(newest.learned_on, KnownOnSource.INCIDENT, newest.id)


def _supporting(fact: IncidentFact, in_window: bool) -> SupportingIncident:
    return SupportingIncident(
        id=fact.id,
        occurred_on=fact.occurred_on,
        learned_on=fact.learned_on,
        severity=fact.severity,
        text=fact.text,
        level=fact.level,
        in_window=in_window,
        qualifies=qualifies(fact),
    )


def _newest_first(facts: Iterable[IncidentFact]) -> list[IncidentFact]:
    return sorted(facts, key=lambda f: (f.learned_on, f.occurred_on, f.id), reverse=True)


def supporting_incidents(
    known_on: dt.date | None, incidents: Iterable[IncidentFact], today: dt.date
) -> list[SupportingIncident]:
    """The window's relationship incidents, newest first, then a little earlier context."""
    if known_on is None:
        return []
    relevant = [f for f in incidents if f.on_relationship_level and f.learned_on <= today]
    end = window_ends(known_on)
    in_window = [f for f in relevant if known_on <= f.learned_on <= end]
    earlier = [f for f in relevant if known_on - CONTEXT_SPAN <= f.learned_on < known_on]
    return [_supporting(f, True) for f in _newest_first(in_window)] + [
        _supporting(f, False) for f in _newest_first(earlier)[:CONTEXT_LIMIT]
    ]
