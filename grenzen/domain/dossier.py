"""The dossier: a dated, exportable record of one case or one client.

Pure: the content as dataclasses, rendered to Markdown (German or English headings). The
footer carries a SHA-256 over the Markdown body (everything above the footer), so a later
copy can be checked with :func:`verify_markdown`. With ``redact`` every person's name
becomes "Person A", "Person B", … consistently, also inside the texts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field

FOOTER_SEPARATOR = "\n---\n\n"
FOOTER_LABEL = "SHA-256 of this record: "
_FOOTER = re.compile(r"SHA-256 of this record: ([0-9a-f]{64})\n?")


@dataclass(frozen=True, slots=True)
class DossierEntry:
    """One incident as the record shows it."""

    day: dt.date
    kind: str  # "incident"
    text: str
    person: str | None
    severity: int
    level: str
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class StageRecord:
    stage: str
    done_on: dt.date


@dataclass(frozen=True, slots=True)
class SentRecord:
    """A statement said or a letter sent, with its date."""

    day: dt.date | None
    kind: str  # "statement" | "complaint"
    text: str | None = None
    raw_day: str = ""


@dataclass(frozen=True, slots=True)
class CaseRecord:
    title: str
    opened_on: dt.date
    stages: tuple[StageRecord, ...] = ()
    sent: tuple[SentRecord, ...] = ()
    outcome: str | None = None  # "settled" | "moved_on" | None (still open)
    closed_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Dossier:
    title: str
    client: str
    entries: tuple[DossierEntry, ...] = ()
    cases: tuple[CaseRecord, ...] = field(default=())


TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "dossier": "Record",
        "client": "Client",
        "period": "Period",
        "created": "Created",
        "incidents": "Incidents",
        "no_incidents": "No incidents recorded.",
        "level": "Level",
        "severity": "Severity",
        "person": "Person",
        "quote": "Literal words",
        "what": "What happened",
        "case": "Case",
        "opened": "Opened",
        "stages": "Stage history",
        "no_stages": "No stage marked done yet.",
        "done": "done",
        "sent": "Statements and letters sent",
        "no_sent": "None recorded.",
        "statement": "Statement",
        "complaint": "Complaint letter",
        "outcome": "Outcome",
        "open": "Still open",
        "settled": "Settled",
        "moved_on": "Moved on",
        "closed": "closed",
        "calm_down": "Calm down",
        "clarify": "Clarify",
        "set_boundaries": "Set boundaries",
        "escalate": "Escalate",
        "move_on": "Move on",
        "unknown": "unknown date",
    },
    "de": {
        "dossier": "Dossier",
        "client": "Kunde",
        "period": "Zeitraum",
        "created": "Erstellt",
        "incidents": "Vorfälle",
        "no_incidents": "Keine Vorfälle erfasst.",
        "level": "Ebene",
        "severity": "Schwere",
        "person": "Person",
        "quote": "Wörtlich",
        "what": "Was geschah",
        "case": "Fall",
        "opened": "Eröffnet",
        "stages": "Verlauf der Stufen",
        "no_stages": "Noch keine Stufe abgeschlossen.",
        "done": "erledigt",
        "sent": "Abgegebene Erklärungen und Schreiben",
        "no_sent": "Keine erfasst.",
        "statement": "Erklärung",
        "complaint": "Beschwerdeschreiben",
        "outcome": "Ergebnis",
        "open": "Noch offen",
        "settled": "Geklärt",
        "moved_on": "Beendet (weitergezogen)",
        "closed": "abgeschlossen",
        "calm_down": "Beruhigen",
        "clarify": "Klären",
        "set_boundaries": "Grenzen setzen",
        "escalate": "Eskalieren",
        "move_on": "Weiterziehen",
        "unknown": "Datum unbekannt",
    },
}


def _labels(n: int) -> str:
    letters = string.ascii_uppercase
    label = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        label = letters[rest] + label
    return label


class Redactor:
    """Maps each person's name to "Person A", "Person B", … in order of first appearance."""

    def __init__(self, names: Iterable[str]) -> None:
        self.labels: dict[str, str] = {}
        spellings: set[str] = set()  # as written: casefolding turns ß into ss, text keeps ß
        for name in names:
            cleaned = name.strip()
            key = cleaned.casefold()
            if key and key not in self.labels:
                self.labels[key] = f"Person {_labels(len(self.labels))}"
            if cleaned:
                spellings.add(cleaned)
                spellings.update(part for part in cleaned.split() if len(part) >= 3)
        words: dict[str, str] = dict(self.labels)
        for key, label in self.labels.items():
            for part in key.split():
                if len(part) >= 3:
                    words.setdefault(part, label)
        self._words = words
        alternatives = sorted(spellings, key=len, reverse=True)
        self._pattern = (
            re.compile(
                r"(?<!\w)(" + "|".join(re.escape(w) for w in alternatives) + r")(?!\w)",
                re.IGNORECASE,
            )
            if alternatives
            else None
        )

    def person(self, name: str | None) -> str | None:
        if name is None or not name.strip():
            return name
        return self.labels.get(name.strip().casefold(), name)

    def text(self, text: str | None) -> str | None:
        if text is None or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._words[m.group(1).casefold()], text)


class _Plain(Redactor):
    def __init__(self) -> None:
        super().__init__(())


def content_hash(body: str) -> str:
    """SHA-256 (hex) of the Markdown body, UTF-8 encoded."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def verify_markdown(text: str) -> bool:
    """True if the footer's hash matches the body above it."""
    body, separator, footer = text.rpartition(FOOTER_SEPARATOR)
    if not separator:
        return False
    match = _FOOTER.fullmatch(footer)
    return bool(match) and match.group(1) == content_hash(body)


def _inline(text: str) -> str:
    """Multi-line text inside a list item: hard line breaks, indented."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return "  \n  ".join(line for line in lines if line) or "—"


def _period(dossier: Dossier) -> tuple[dt.date, dt.date] | None:
    days = [e.day for e in dossier.entries]
    for case in dossier.cases:
        days.append(case.opened_on)
        days.extend(s.done_on for s in case.stages)
        days.extend(s.day for s in case.sent if s.day is not None)
        if case.closed_on:
            days.append(case.closed_on)
    return (min(days), max(days)) if days else None


def build_markdown(dossier: Dossier, lang: str = "en", redact: bool = False) -> str:
    """The whole record, footer included."""
    t = TEXTS.get(lang, TEXTS["en"])
    entries = sorted(dossier.entries, key=lambda e: e.day)
    red: Redactor = Redactor(e.person for e in entries if e.person) if redact else _Plain()
    out: list[str] = [f"# {t['dossier']}: {red.text(dossier.title)}", ""]
    out.append(f"- **{t['client']}:** {dossier.client}")
    period = _period(dossier)
    if period:
        out.append(f"- **{t['period']}:** {period[0].isoformat()} – {period[1].isoformat()}")
    out += ["", f"## {t['incidents']}", ""]
    if not entries:
        out += [t["no_incidents"], ""]
    for entry in entries:
        out.append(
            f"### {entry.day.isoformat()} · {t['level']}: {entry.level} · "
            f"{t['severity']}: {entry.severity}/5"
        )
        out.append("")
        if entry.person:
            out.append(f"- **{t['person']}:** {red.person(entry.person)}")
        if entry.quote and entry.quote.strip():
            out.append(f"- **{t['quote']}:** „{_inline(red.text(entry.quote) or '')}“")
        out.append(f"- **{t['what']}:** {_inline(red.text(entry.text) or '')}")
        out.append("")
    for case in dossier.cases:
        out += [f"## {t['case']}: {red.text(case.title)}", ""]
        out += [f"- **{t['opened']}:** {case.opened_on.isoformat()}", ""]
        out += [f"### {t['stages']}", ""]
        if not case.stages:
            out.append(t["no_stages"])
        for stage in case.stages:
            out.append(f"- {t.get(stage.stage, stage.stage)}: {t['done']} {stage.done_on}")
        out += ["", f"### {t['sent']}", ""]
        sent = sorted(case.sent, key=lambda s: (s.day or dt.date.max, s.kind))
        if not sent:
            out.append(t["no_sent"])
        for record in sent:
            day = record.day.isoformat() if record.day else (record.raw_day or t["unknown"])
            line = f"- {day}: {t.get(record.kind, record.kind)}"
            if record.text and record.text.strip():
                line += f" — {_inline(red.text(record.text) or '')}"
            out.append(line)
        out += ["", f"### {t['outcome']}", ""]
        if case.outcome:
            closed = f" ({t['closed']} {case.closed_on.isoformat()})" if case.closed_on else ""
            out.append(f"{t.get(case.outcome, case.outcome)}{closed}")
        else:
            out.append(t["open"])
        out.append("")
    body = "\n".join(out).rstrip("\n") + "\n"
    return f"{body}{FOOTER_SEPARATOR}{FOOTER_LABEL}{content_hash(body)}\n"
