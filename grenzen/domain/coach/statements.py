"""Boundary statements and complaints: when a statement counts as a formal warning, and the text.

contracts.md §3: a boundary statement is a documented formal warning only if it names the
concrete breach, asks for the change, and says that a repetition puts the contract at risk.
The generated texts speak to the client (German "Sie", plain English): calm, firm, no blame.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from grenzen.domain.exits.texts import format_date

# The three parts in the order a statement names them (keys for the UI's labels).
PARTS = ("breach", "change", "risk")

_WORD = re.compile(r"[^\W\d_]{2,}")  # a word: at least two letters, any alphabet


@dataclass(frozen=True, slots=True)
class WarningCheck:
    """Whether a statement qualifies; ``missing`` names the parts (``PARTS``) it still lacks."""

    qualifies: bool
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StatementParts:
    """What the user wrote for a boundary statement."""

    breach: str = ""
    change: str = ""
    risk: str = ""


@dataclass(frozen=True, slots=True)
class ComplaintParts:
    """What the user wrote for the complaint to the senior contact."""

    contact: str = ""
    happened: str = ""
    tried: str = ""
    change: str = ""


def is_meaningful(text: str) -> bool:
    """At least two real words: "x", "…" or "ok" do not name a breach or a change."""
    return len(_WORD.findall(text or "")) >= 2


def qualifies_as_warning(names_breach: str, asks_change: str, repetition_risk: str) -> WarningCheck:
    """Check the three parts of contracts.md §3; each must say something, not just exist."""
    given = dict(zip(PARTS, (names_breach, asks_change, repetition_risk), strict=True))
    missing = tuple(part for part in PARTS if not is_meaningful(given[part]))
    return WarningCheck(qualifies=not missing, missing=missing)


def check_parts(parts: StatementParts) -> WarningCheck:
    return qualifies_as_warning(parts.breach, parts.change, parts.risk)


# A sentence the user can adopt for the third part.
SUGGESTED_RISK: dict[str, str] = {
    "de": "Sollte sich das wiederholen, stellt das unsere weitere Zusammenarbeit und den "
    "Vertrag ernsthaft in Frage.",
    "en": "If this happens again, it puts our further cooperation and our contract at risk.",
}

_STATEMENT: dict[str, dict[str, str]] = {
    "de": {
        "opening": "Ich möchte etwas ansprechen, das mir wichtig ist.",
        "not_accepted": "Diese Form des Umgangs nehme ich nicht hin. Sie passt nicht zu der "
        "respektvollen Zusammenarbeit, die wir vereinbart haben.",
        "change": "Ich bitte Sie: {change}",
        "closing": "Mir liegt an einer guten Zusammenarbeit. Deshalb sage ich das jetzt "
        "klar und in Ruhe.",
    },
    "en": {
        "opening": "I would like to raise something that matters to me.",
        "not_accepted": "I do not accept being treated this way. It does not fit the "
        "respectful cooperation we agreed on.",
        "change": "I ask you: {change}",
        "closing": "I care about working well together. That is why I am saying this now, "
        "clearly and calmly.",
    },
}

_COMPLAINT: dict[str, dict[str, str]] = {
    "de": {
        "greeting": "Guten Tag {contact},",
        "greeting_plain": "Guten Tag,",
        "opening": "ich wende mich an Sie, weil mir unsere Zusammenarbeit wichtig ist und "
        "ich Sie um Ihre Unterstützung bitten möchte.",
        "happened": "Was passiert ist:",
        "tried": "Was ich bereits versucht habe:",
        "change": "Was sich ändern muss:",
        "review": "Ich bitte Sie, gemeinsam mit mir dafür zu sorgen, dass sich das bis zum "
        "{date} ändert. An diesem Tag schaue ich noch einmal in Ruhe darauf, wie es "
        "weitergeht.",
        "closing": "Ich schätze Ihre Sicht und freue mich auf Ihre Antwort.",
        "regards": "Mit freundlichen Grüßen",
    },
    "en": {
        "greeting": "Dear {contact},",
        "greeting_plain": "Hello,",
        "opening": "I am writing to you because our cooperation matters to me and I would "
        "like to ask for your support.",
        "happened": "What happened:",
        "tried": "What I have already tried:",
        "change": "What needs to change:",
        "review": "Please help me make sure that this changes by {date}. On that day I will "
        "take a calm look at how we go on.",
        "closing": "I value your view and look forward to your reply.",
        "regards": "Kind regards",
    },
}


def _sentence(text: str) -> str:
    """The user's words, trimmed line by line, ending like a sentence."""
    lines = (" ".join(line.split()) for line in text.strip().splitlines())
    text = "\n".join(line for line in lines if line)
    if text and text[-1] not in ".!?…:;\"'“”»«)":
        text += "."
    return text


def _words(table: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    if lang not in table:
        raise ValueError(f"unknown language {lang!r}")
    return table[lang]


def boundary_statement(parts: StatementParts, lang: str) -> str:
    """The statement to the client; parts left empty are left out, not filled with guesses."""
    words = _words(_STATEMENT, lang)
    paragraphs = [words["opening"]]
    if parts.breach.strip():
        paragraphs.append(f"{_sentence(parts.breach)} {words['not_accepted']}")
    else:
        paragraphs.append(words["not_accepted"])
    if parts.change.strip():
        paragraphs.append(words["change"].format(change=_sentence(parts.change)))
    if parts.risk.strip():
        paragraphs.append(_sentence(parts.risk))
    paragraphs.append(words["closing"])
    return "\n\n".join(paragraphs)


def complaint_letter(parts: ComplaintParts, review_date: dt.date, lang: str) -> str:
    """The complaint ("the last love letter"): offered once, with the date things must change by."""
    words = _words(_COMPLAINT, lang)
    contact = " ".join(parts.contact.split())
    blocks = [
        words["greeting"].format(contact=contact) if contact else words["greeting_plain"],
        words["opening"],
    ]
    for key in ("happened", "tried", "change"):
        text = getattr(parts, key)
        if text.strip():
            blocks.append(f"{words[key]}\n{_sentence(text)}")
    blocks += [
        words["review"].format(date=format_date(review_date, lang)),
        words["closing"],
        words["regards"],
    ]
    return "\n\n".join(blocks)
