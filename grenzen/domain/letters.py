"""Letter drafts to a client: notice, termination, a § 643 deadline, a mutual ending.

Formal business letters ("Sie" in German), calm and firm, in Grenzen's own words. The
text is plain, Markdown-ish (the subject in ``**bold**``), so it reads well in the editor
and renders in an export. Facts the vault does not know become bracketed placeholders
("[Ihre Anschrift]"), never an empty gap the user might overlook. Letters make no legal
claims of their own; the app shows the disclaimer next to them, not inside.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

LETTER_KINDS = (
    "ordinary_notice",
    "extraordinary_notice",
    "mutual_termination",
    "cooperation_deadline",
    "not_renewing",
)

# The letter that fits an exit scenario (scenario id → letter kind); others have none.
LETTER_FOR_SCENARIO = {
    "ordinary_notice": "ordinary_notice",
    "let_run_out": "not_renewing",
    "extraordinary": "extraordinary_notice",
    "cooperation_deadline": "cooperation_deadline",
    "mutual": "mutual_termination",
    "any_time": "ordinary_notice",
}

LETTER_TITLES = {
    "ordinary_notice": {"de": "Ordentliche Kündigung", "en": "Ordinary notice"},
    "extraordinary_notice": {
        "de": "Außerordentliche Kündigung",
        "en": "Termination for good cause",
    },
    "mutual_termination": {"de": "Aufhebungsvorschlag", "en": "Mutual termination"},
    "cooperation_deadline": {
        "de": "Frist zur Mitwirkung (§ 643 BGB)",
        "en": "Deadline for cooperation (§ 643 BGB)",
    },
    "not_renewing": {"de": "Keine Verlängerung", "en": "Not renewing"},
}

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip


class UnknownLetter(ValueError):
    """A letter kind or language this module does not write."""


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """What a letter needs to know; None (or blank) where the vault has nothing yet."""

    today: dt.date
    sender_name: str | None = None
    sender_address: str | None = None  # several lines
    sender_email: str | None = None
    place: str | None = None  # where the letter is written, for the date line
    client_name: str | None = None
    client_address: str | None = None  # several lines
    contract_start: dt.date | None = None
    contract_type: str | None = None  # "service" | "work" | None (unknown)
    ends_on: dt.date | None = None  # ordinary end, or the term end for not_renewing
    known_on: dt.date | None = None  # when the user learned of the good cause
    reason_hint: str | None = None  # a short, factual reason, if the user wants one named
    cooperation_needed: str | None = None
    cooperation_deadline: dt.date | None = None
    proposed_end: dt.date | None = None  # for a mutual termination
    form: str | None = None  # "written" (§ 126) | "text" (§ 126b) | None (unknown)
    has_term: bool = False  # a fixed term or renewal period: "to the end of the term"


def format_letter_date(day: dt.date, lang: str) -> str:
    """29.11.2026 in German, 29 November 2026 in English (no leading zero)."""
    if lang == "de":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def letter_title(kind: str, lang: str) -> str:
    _check(kind, lang)
    return LETTER_TITLES[kind][lang]


def needs_signature(form: str | None) -> bool:
    """A signed paper unless the contract allows text form: the safe default."""
    return form != "text"


PLACEHOLDERS = {
    "sender_name": {"de": "[Ihr Name]", "en": "[your name]"},
    "sender_address": {"de": "[Ihre Anschrift]", "en": "[your address]"},
    "sender_email": {"de": "[Ihre E-Mail-Adresse]", "en": "[your e-mail address]"},
    "place": {"de": "[Ort]", "en": "[place]"},
    "client_name": {"de": "[Name des Auftraggebers]", "en": "[client's name]"},
    "client_address": {"de": "[Anschrift des Auftraggebers]", "en": "[client's address]"},
    "contract_start": {"de": "[Vertragsdatum]", "en": "[contract date]"},
    "ends_on": {"de": "[Vertragsende]", "en": "[end date]"},
    "known_on": {
        "de": "[Datum, an dem ich davon erfahren habe]",
        "en": "[date I learned of the facts]",
    },
    "cooperation_needed": {
        "de": "[fehlende Mitwirkung, z. B. Freigabe der Entwürfe]",
        "en": "[the missing cooperation, e.g. approval of the drafts]",
    },
    "cooperation_deadline": {"de": "[Frist]", "en": "[deadline]"},
    "proposed_end": {"de": "[vorgeschlagenes Enddatum]", "en": "[proposed end date]"},
}

# Contract nouns: (nominative/accusative, genitive) in German; one form in English.
CONTRACT_NOUNS = {
    "de": {"service": ("Dienstvertrag", "Dienstvertrags"), "work": ("Werkvertrag", "Werkvertrags")},
    "en": {"service": ("service agreement",) * 2, "work": ("contract for work",) * 2},
}
GENERIC_NOUN = {"de": ("Vertrag", "Vertrags"), "en": ("contract", "contract")}

CLOSING = {"de": "Mit freundlichen Grüßen", "en": "Kind regards"}
SIGNATURE = {"de": "(Unterschrift)", "en": "(signature)"}
SALUTATION = {"de": "Sehr geehrte Damen und Herren,", "en": "Dear Sir or Madam,"}

# Subjects and bodies. Values: {contract} (noun, accusative/nominative), {contract_gen},
# {start}, {ends_on}, {known_on}, {cooperation}, {deadline}, {proposed_end}, {confirm}.
SUBJECTS = {
    "ordinary_notice": {
        "de": "Ordentliche Kündigung des {contract_gen} vom {start}",
        "en": "Notice of termination of our {contract} dated {start}",
    },
    "extraordinary_notice": {
        "de": "Außerordentliche fristlose Kündigung des {contract_gen} vom {start}",
        "en": "Termination for good cause of our {contract} dated {start}",
    },
    "mutual_termination": {
        "de": "Vorschlag zur einvernehmlichen Beendigung unseres {contract_gen} vom {start}",
        "en": "Proposal to end our {contract} dated {start} by mutual agreement",
    },
    "cooperation_deadline": {
        "de": "Fristsetzung zur Mitwirkung (§ 643 BGB) – {contract} vom {start}",
        "en": "Deadline for your cooperation (§ 643 BGB) – {contract} dated {start}",
    },
    "not_renewing": {
        "de": "Keine Verlängerung unseres {contract_gen} vom {start}",
        "en": "Our {contract} dated {start} – no renewal",
    },
}

CONFIRM = {
    "de": "Bitte bestätigen Sie mir den Eingang dieses Schreibens und das Vertragsende "
    "kurz schriftlich.",
    "en": "Please confirm in writing that you have received this letter, and the end date.",
}
HANDOVER = {
    "de": "Bis dahin erbringe ich meine Leistungen wie vereinbart. Für eine geordnete "
    "Übergabe stehe ich Ihnen gern zur Verfügung.",
    "en": "Until then I will continue to deliver my work as agreed, and I am happy to help "
    "with an orderly handover.",
}

BODIES: dict[str, dict[str, list[str]]] = {
    "ordinary_notice": {
        "de": [
            "hiermit kündige ich den zwischen uns bestehenden {contract} vom {start} "
            "ordentlich und fristgerecht zum {ends_on}, hilfsweise zum nächstmöglichen "
            "Termin.",
            "{handover}",
            "{confirm}",
        ],
        "en": [
            "I hereby give notice to terminate our {contract} dated {start} with effect "
            "from {ends_on}, or alternatively at the next possible date.",
            "{handover}",
            "{confirm}",
        ],
    },
    "extraordinary_notice": {
        "de": [
            "hiermit kündige ich den zwischen uns bestehenden {contract} vom {start} "
            "außerordentlich und fristlos aus wichtigem Grund ({section}).",
            "{reason}Ich habe am {known_on} von den maßgeblichen Tatsachen erfahren. Die "
            "Gründe teile ich Ihnen auf Verlangen schriftlich mit.",
            "{precaution}",
            "Bitte bestätigen Sie mir den Eingang dieses Schreibens kurz schriftlich.",
        ],
        "en": [
            "I hereby terminate our {contract} dated {start} for good cause, with "
            "immediate effect and without notice ({section}).",
            "{reason}I learned of the decisive facts on {known_on}. On request, I will "
            "give you the reasons in writing.",
            "{precaution}",
            "Please confirm in writing that you have received this letter.",
        ],
    },
    "mutual_termination": {
        "de": [
            "ich schlage Ihnen vor, unseren {contract} vom {start} einvernehmlich zum "
            "{proposed_end} zu beenden.",
            "Was bis dahin noch zu liefern ist und welche Vergütung noch offen ist, würde "
            "ich gern in einer kurzen schriftlichen Vereinbarung festhalten, die wir beide "
            "unterschreiben. Einen Entwurf schicke ich Ihnen gern.",
            "Ich freue mich über Ihre Antwort.",
        ],
        "en": [
            "I would like to propose that we end our {contract} dated {start} by mutual "
            "agreement with effect from {proposed_end}.",
            "I suggest we record in a short written agreement, signed by both of us, what "
            "is still to be delivered until then and which fees are still open. I am happy "
            "to send you a draft.",
            "I look forward to hearing from you.",
        ],
    },
    "cooperation_deadline": {
        "de": [
            "um den Auftrag aus unserem {contract} vom {start} fortführen zu können, "
            "benötige ich Ihre Mitwirkung: {cooperation}.",
            "Bitte holen Sie diese Mitwirkung bis zum {deadline} nach.",
            "Erfolgt die Mitwirkung bis zu diesem Tag nicht, kündige ich den Vertrag hiermit "
            "für diesen Fall: Er gilt dann mit Ablauf der Frist als aufgehoben (§ 643 BGB), "
            "ohne dass es einer weiteren Erklärung bedarf. Die bis dahin erbrachten "
            "Leistungen rechne ich anschließend ab.",
            "Ich würde das Projekt gern gemeinsam zu Ende bringen und freue mich über Ihre "
            "Rückmeldung.",
        ],
        "en": [
            "To continue the work under our {contract} dated {start}, I need your "
            "cooperation: {cooperation}.",
            "Please provide it by {deadline}.",
            "If it is not provided by that date, I hereby give notice for that case: the "
            "contract will then count as cancelled when the deadline passes (§ 643 BGB), "
            "without any further notice. I will then invoice the work done up to that point.",
            "I would much rather finish the project together and look forward to your reply.",
        ],
    },
    "not_renewing": {
        "de": [
            "vielen Dank für die bisherige Zusammenarbeit. Ich möchte Ihnen rechtzeitig "
            "mitteilen, dass ich unseren {contract} vom {start} nicht verlängern werde.",
            "Vorsorglich kündige ich den Vertrag hiermit {term_end}, hilfsweise zum "
            "nächstmöglichen Termin.",
            "{handover}",
            "{confirm}",
        ],
        "en": [
            "Thank you for our work together so far. I would like to let you know in good "
            "time that I will not renew our {contract} dated {start}.",
            "As a precaution, I hereby give notice to terminate the contract {term_end}, "
            "or alternatively at the next possible date.",
            "{handover}",
            "{confirm}",
        ],
    },
}

PRECAUTION = {
    "de": "Vorsorglich kündige ich den Vertrag zugleich ordentlich zum nächstmöglichen "
    "Termin{when}.",
    "en": "As a precaution, I also give ordinary notice to terminate the contract at the "
    "next possible date{when}.",
}
PRECAUTION_WHEN = {"de": ", nach meiner Berechnung zum {day}", "en": ", by my count {day}"}
REASON = {"de": "Anlass ist insbesondere: {reason}. ", "en": "In particular: {reason}. "}
SECTION = {"service": "§ 626 BGB", "work": "§ 648a BGB"}
TERM_END = {
    True: {"de": "zum Ende der Laufzeit am {day}", "en": "at the end of its term on {day}"},
    False: {"de": "zum {day}", "en": "with effect from {day}"},
}


def _check(kind: str, lang: str) -> None:
    if kind not in LETTER_KINDS:
        known = ", ".join(LETTER_KINDS)
        raise UnknownLetter(f"kind: unknown letter kind {kind!r} (use one of: {known})")
    if lang not in ("de", "en"):
        raise UnknownLetter(f"lang: unknown language {lang!r} (use de or en)")


def _given(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


class _Filler:
    """Fills values in a language, with a bracketed placeholder for each missing fact."""

    def __init__(self, facts: LetterFacts, lang: str) -> None:
        self.facts = facts
        self.lang = lang

    def text(self, name: str) -> str:
        value = _given(getattr(self.facts, name))
        return value if value is not None else PLACEHOLDERS[name][self.lang]

    def lines(self, name: str) -> list[str]:
        value = _given(getattr(self.facts, name))
        if value is None:
            return [PLACEHOLDERS[name][self.lang]]
        return [line.strip() for line in value.splitlines() if line.strip()]

    def date(self, name: str) -> str:
        value = getattr(self.facts, name)
        if value is None:
            return PLACEHOLDERS[name][self.lang]
        return format_letter_date(value, self.lang)


def _nouns(contract_type: str | None, lang: str) -> tuple[str, str]:
    return CONTRACT_NOUNS[lang].get(contract_type or "", GENERIC_NOUN[lang])


def _sentence(text: str) -> str:
    """Drop the full stop a user's own phrase may end with, so sentences end only once."""
    return re.sub(r"[.\s]+$", "", text)


def _values(kind: str, facts: LetterFacts, lang: str) -> dict[str, str]:
    fill = _Filler(facts, lang)
    contract, contract_gen = _nouns(facts.contract_type, lang)
    when = ""
    if facts.ends_on is not None:
        when = PRECAUTION_WHEN[lang].format(day=format_letter_date(facts.ends_on, lang))
    # A contractor under a contract for work has no ordinary notice to add as a precaution.
    precaution = "" if facts.contract_type == "work" else PRECAUTION[lang].format(when=when)
    reason = _given(facts.reason_hint)
    return {
        "contract": contract,
        "contract_gen": contract_gen,
        "start": fill.date("contract_start"),
        "ends_on": fill.date("ends_on"),
        "known_on": fill.date("known_on"),
        "cooperation": _sentence(fill.text("cooperation_needed")),
        "deadline": fill.date("cooperation_deadline"),
        "proposed_end": fill.date("proposed_end"),
        "section": SECTION.get(facts.contract_type or "", SECTION["service"]),
        "reason": REASON[lang].format(reason=_sentence(reason)) if reason else "",
        "precaution": precaution,
        "term_end": TERM_END[facts.has_term][lang].format(day=fill.date("ends_on")),
        "handover": HANDOVER[lang],
        "confirm": CONFIRM[lang],
    }


def draft_letter(kind: str, facts: LetterFacts, lang: str) -> str:
    """The whole letter: letterhead, recipient, date line, subject, body, closing."""
    _check(kind, lang)
    fill = _Filler(facts, lang)
    values = _values(kind, facts, lang)
    head = [fill.text("sender_name"), *fill.lines("sender_address"), fill.text("sender_email")]
    recipient = [fill.text("client_name"), *fill.lines("client_address")]
    date_line = f"{fill.text('place')}, {format_letter_date(facts.today, lang)}"
    subject = f"**{SUBJECTS[kind][lang].format(**values)}**"
    paragraphs = [p.format(**values) for p in BODIES[kind][lang]]
    body = [p for p in paragraphs if p.strip()]
    closing = [CLOSING[lang]]
    if needs_signature(facts.form):
        closing += ["", "", SIGNATURE[lang]]
    else:
        closing.append("")
    closing.append(fill.text("sender_name"))
    blocks = [
        "\n".join(head),
        "\n".join(recipient),
        date_line,
        subject,
        SALUTATION[lang],
        *body,
        "\n".join(closing),
    ]
    return "\n\n".join(blocks) + "\n"


def print_markdown(text: str) -> str:
    """The letter as Markdown for a printed page that looks like the text in the editor.

    Printed Markdown puts no space between paragraphs, so every line becomes its own
    paragraph and every empty line an empty (no-break space) one. An "@" is escaped so
    an e-mail address prints as text, not as a blue link.
    """
    paragraphs = []
    for line in text.splitlines():
        stripped = line.rstrip()
        paragraphs.append(stripped.replace("@", "\\@") if stripped.strip() else "\u00a0")
    return "\n\n".join(paragraphs) + "\n"


def hard_line_breaks(text: str) -> str:
    """The letter as Markdown that keeps its lines: address lines must not run together.

    A line followed by another non-empty line gets Markdown's hard break (two spaces).
    """
    lines = text.splitlines()
    out = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        stripped = line.rstrip()
        out.append(stripped + "  " if stripped and following.strip() else stripped)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
