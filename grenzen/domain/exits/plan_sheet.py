"""The one-page exit plan: one scenario's dates, how to send, what is owed, what is due.

Built from plain values (the service collects them from the vault), as Markdown that
prints on one A4 page for a typical plan. German and English.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from grenzen.domain.letters import LETTER_FOR_SCENARIO, format_letter_date, letter_title

SCENARIO_TITLES = {
    "ordinary_notice": {"de": "Ordentliche Kündigung", "en": "Ordinary notice"},
    "let_run_out": {"de": "Auslaufen lassen", "en": "Let it run out"},
    "extraordinary": {
        "de": "Außerordentliche Kündigung",
        "en": "Extraordinary termination",
    },
    "any_time": {"de": "Kündigung jederzeit (§ 627 BGB)", "en": "Notice at any time (§ 627 BGB)"},
    "finish_and_deliver": {"de": "Fertigstellen und abliefern", "en": "Finish and deliver"},
    "cooperation_deadline": {
        "de": "Frist zur Mitwirkung (§ 643 BGB)",
        "en": "Deadline for cooperation (§ 643 BGB)",
    },
    "client_terminates": {
        "de": "Der Auftraggeber kündigt (§ 648 BGB)",
        "en": "The client terminates (§ 648 BGB)",
    },
    "good_cause": {"de": "Kündigung aus wichtigem Grund", "en": "Termination for good cause"},
    "mutual": {"de": "Aufhebungsvertrag", "en": "Mutual termination"},
    "guidance": {"de": "Hinweise", "en": "Guidance"},
}

WORDS = {
    "de": {
        "title": "Ausstiegsplan: {client}",
        "as_of": "Stand {today}",
        "dates": "Termine",
        "earliest_end": "Frühestes Ende",
        "on_receipt": "mit Zugang der Kündigung",
        "by_agreement": "nach Vereinbarung",
        "legal": "Zugang spätestens",
        "practical": "Sicherer Termin",
        "own_deadline": "Frist für die Mitwirkung",
        "later_ends": "Spätere Enden",
        "no_dates": "Keine festen Termine für dieses Szenario.",
        "days_left": ("noch {n} Tag", "noch {n} Tage"),
        "today": "heute",
        "passed": "vorbei",
        "send": "Brief und Versand",
        "letter": "Brief: **{title}** – der Entwurf liegt in Grenzen bereit.",
        "no_letter": "Für dieses Szenario gibt es keinen Briefentwurf.",
        "registered": "Einschreiben mit Rückschein: abschicken bis {day}",
        "registered_late": "Einschreiben mit Rückschein: zu spät – nimm Boten oder "
        "persönliche Übergabe",
        "courier": "Bote oder persönliche Übergabe mit Zeugin oder Zeuge: bis {day}",
        "email": "E-Mail (Textform erlaubt): bis {day}, innerhalb der Geschäftszeiten",
        "no_email": "E-Mail nur, wo der Vertrag Textform erlaubt – sonst Papier mit Unterschrift",
        "support": "Belege",
        "warning_yes": "Eine Abmahnung (Grenzsatz mit Warnung) ist dokumentiert.",
        "warning_no": "Noch keine dokumentierte Abmahnung – meist kommt sie zuerst.",
        "severity": "Schwere {n}",
        "deliverables": "Noch zu liefern",
        "nothing_owed": "Nichts eingetragen.",
        "more": "… und {n} weitere (alle im Ausstiegsplaner)",
        "money": "Geld",
        "no_money": "Nichts erfasst.",
        "basis": "Grundlage",
        "judgements": "Unsicher – lass es prüfen",
    },
    "en": {
        "title": "Exit plan: {client}",
        "as_of": "as of {today}",
        "dates": "Dates",
        "earliest_end": "Earliest end",
        "on_receipt": "when the notice is received",
        "by_agreement": "as agreed",
        "legal": "Latest receipt",
        "practical": "Practical deadline",
        "own_deadline": "Deadline for cooperation",
        "later_ends": "Later ends",
        "no_dates": "No fixed dates for this scenario.",
        "days_left": ("{n} day left", "{n} days left"),
        "today": "today",
        "passed": "passed",
        "send": "Letter and how to send it",
        "letter": "Letter: **{title}** – the draft is ready in Grenzen.",
        "no_letter": "There is no letter draft for this scenario.",
        "registered": "Registered letter with return receipt: post by {day}",
        "registered_late": "Registered letter with return receipt: too late – use a "
        "courier or hand it over",
        "courier": "Courier or hand delivery with a witness: by {day}",
        "email": "E-mail (text form allowed): by {day}, within business hours",
        "no_email": "E-mail only where the contract allows text form – otherwise paper, signed",
        "support": "Evidence",
        "warning_yes": "A formal warning (boundary statement with a warning) is documented.",
        "warning_no": "No documented formal warning yet – one usually comes first.",
        "severity": "severity {n}",
        "deliverables": "Still to deliver",
        "nothing_owed": "Nothing entered.",
        "more": "… and {n} more (all in the exit planner)",
        "money": "Money",
        "no_money": "Nothing recorded.",
        "basis": "Basis",
        "judgements": "Uncertain – have it checked",
    },
}

EVIDENCE_LIMIT = 4  # incidents listed on the sheet; more would push it onto a second page
EVIDENCE_CHARS = 90
DELIVERABLES_LIMIT = 8  # the rest is named as a number; the planner lists them all


@dataclass(frozen=True, slots=True)
class SendAdvice:
    """Send-by dates per channel; ``email`` None: the contract does not allow text form."""

    registered_letter: dt.date | None
    courier: dt.date | None
    email: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    occurred_on: dt.date
    severity: int
    text: str


@dataclass(frozen=True, slots=True)
class PlanSheet:
    """Everything the page shows, as plain values (texts already in the sheet's language)."""

    client: str
    today: dt.date
    scenario_id: str
    scenario_title: str
    earliest_end: dt.date | None = None
    ends_on_receipt: bool = False  # extraordinary notice: effective when received
    legal_deadline: dt.date | None = None
    practical_deadline: dt.date | None = None
    own_deadline: dt.date | None = None  # a deadline the user sets (§ 643)
    later_ends: tuple[dt.date, ...] = ()
    send_by: SendAdvice | None = None
    basis: tuple[str, ...] = ()
    judgements: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    warning_exists: bool | None = None  # None: not relevant for this scenario
    deliverables: tuple[tuple[str, dt.date | None], ...] = ()
    money: tuple[str, ...] = ()  # sentences about money still to come
    letter_kind: str | None = None
    disclaimer: str = ""


def scenario_title(scenario_id: str, lang: str) -> str:
    titles = SCENARIO_TITLES.get(scenario_id)
    return titles[lang] if titles else scenario_id


def default_letter_kind(scenario_id: str) -> str | None:
    return LETTER_FOR_SCENARIO.get(scenario_id)


class _Words:
    def __init__(self, sheet: PlanSheet, lang: str) -> None:
        self.sheet = sheet
        self.lang = lang
        self.words = WORDS[lang]

    def __getitem__(self, key: str) -> str:
        value = self.words[key]
        assert isinstance(value, str)
        return value

    def day(self, value: dt.date) -> str:
        return format_letter_date(value, self.lang)

    def left(self, value: dt.date) -> str:
        count = (value - self.sheet.today).days
        if count < 0:
            return self["passed"]
        if count == 0:
            return self["today"]
        one, many = self.words["days_left"]
        return (one if count == 1 else many).format(n=count)


def _dates(sheet: PlanSheet, w: _Words) -> list[str]:
    lines = []
    if sheet.earliest_end is not None:
        lines.append(f"- **{w['earliest_end']}:** {w.day(sheet.earliest_end)}")
    elif sheet.ends_on_receipt:
        lines.append(f"- **{w['earliest_end']}:** {w['on_receipt']}")
    elif sheet.scenario_id == "mutual":
        lines.append(f"- **{w['earliest_end']}:** {w['by_agreement']}")
    if sheet.legal_deadline is not None:
        lines.append(f"- **{w['legal']}:** {w.day(sheet.legal_deadline)}")
    deadlines = (("practical", sheet.practical_deadline), ("own_deadline", sheet.own_deadline))
    for key, value in deadlines:
        if value is not None:
            lines.append(f"- **{w[key]}:** {w.day(value)} ({w.left(value)})")
    if sheet.later_ends:
        lines.append(f"- {w['later_ends']}: " + ", ".join(w.day(d) for d in sheet.later_ends))
    return lines or [w["no_dates"]]


def _sending(sheet: PlanSheet, w: _Words) -> list[str]:
    kind = sheet.letter_kind
    lines = [w["letter"].format(title=letter_title(kind, w.lang)) if kind else w["no_letter"]]
    send = sheet.send_by
    if send is None:
        return lines
    lines.append("")
    if send.registered_letter is not None:
        if send.registered_letter >= sheet.today:
            lines.append("- " + w["registered"].format(day=w.day(send.registered_letter)))
        else:
            lines.append("- " + w["registered_late"])
    if send.courier is not None:
        lines.append("- " + w["courier"].format(day=w.day(send.courier)))
    if send.email is not None:
        lines.append("- " + w["email"].format(day=w.day(send.email)))
    else:
        lines.append("- " + w["no_email"])
    return lines


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EVIDENCE_CHARS else flat[: EVIDENCE_CHARS - 1].rstrip() + "…"


def _evidence(sheet: PlanSheet, w: _Words) -> list[str]:
    if sheet.warning_exists is None and not sheet.evidence:
        return []
    lines = ["", f"### {w['support']}", ""]
    for item in sheet.evidence[:EVIDENCE_LIMIT]:
        severity = w["severity"].format(n=item.severity)
        lines.append(f"- {w.day(item.occurred_on)} · {severity} · {_short(item.text)}")
    if sheet.warning_exists is not None:
        lines.append("- " + (w["warning_yes"] if sheet.warning_exists else w["warning_no"]))
    return lines


def _deliverables(sheet: PlanSheet, w: _Words) -> list[str]:
    if not sheet.deliverables:
        return [w["nothing_owed"]]
    lines = [
        f"- [ ] {what} — {w.day(due)}" if due else f"- [ ] {what}"
        for what, due in sheet.deliverables[:DELIVERABLES_LIMIT]
    ]
    rest = len(sheet.deliverables) - DELIVERABLES_LIMIT
    if rest > 0:
        lines.append(w["more"].format(n=rest))
    return lines


def _money(sheet: PlanSheet, w: _Words) -> list[str]:
    return [f"- {line}" for line in sheet.money] or [w["no_money"]]


def plan_sheet_markdown(sheet: PlanSheet, lang: str) -> str:
    """The page as Markdown; sections stay short so a typical plan fits on one A4 page."""
    if lang not in WORDS:
        raise ValueError(f"lang: unknown language {lang!r}")
    w = _Words(sheet, lang)
    lines = [
        f"# {w['title'].format(client=sheet.client)}",
        "",
        f"**{sheet.scenario_title}** · {w['as_of'].format(today=w.day(sheet.today))}",
        "",
        f"### {w['dates']}",
        "",
        *_dates(sheet, w),
        "",
        f"### {w['send']}",
        "",
        *_sending(sheet, w),
        *_evidence(sheet, w),
        "",
        f"### {w['deliverables']}",
        "",
        *_deliverables(sheet, w),
        "",
        f"### {w['money']}",
        "",
        *_money(sheet, w),
    ]
    if sheet.basis:
        lines += ["", f"### {w['basis']}", "", *(f"- {text}" for text in sheet.basis)]
    if sheet.judgements:
        lines += ["", f"### {w['judgements']}", "", *(f"- {text}" for text in sheet.judgements)]
    if sheet.disclaimer:
        lines += ["", "---", "", f"*{sheet.disclaimer}*"]
    return "\n".join(lines) + "\n"
