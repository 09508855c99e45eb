"""Words for the exit engine's results, German and English, in Grenzen's own voice.

The engine returns message keys with parameters; this module turns them into sentences.
German uses "du", like the rest of the app.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from grenzen.domain.messages import Catalog, Message


@dataclass(frozen=True, slots=True)
class Msg(Message):
    """A sentence of the exit planner."""


STATE_NAMES_NONE = {"de": "Deutschland", "en": "Germany"}
STATE_NAMES = {
    "BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg",
    "HB": "Bremen", "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen", "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz",
    "SL": "Saarland", "SN": "Sachsen", "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein",
    "TH": "Thüringen",
}  # fmt: skip

UNIT_WORDS = {
    "de": {"days": ("Tag", "Tage"), "weeks": ("Woche", "Wochen"), "months": ("Monat", "Monate")},
    "en": {"days": ("day", "days"), "weeks": ("week", "weeks"), "months": ("month", "months")},
}
TO_WORDS = {
    "de": {
        "any_day": "zu jedem Tag",
        "month_end": "zum Monatsende",
        "quarter_end": "zum Quartalsende",
        "term_end": "zum Ende der Laufzeit",
    },
    "en": {
        "any_day": "to any day",
        "month_end": "to the end of a month",
        "quarter_end": "to the end of a quarter",
        "term_end": "to the end of the term",
    },
}

CATALOG: dict[str, dict[str, str]] = {
    "disclaimer": {
        "de": "Orientierung, keine Rechtsberatung: Prüf deinen Vertrag und frag im Zweifel "
        "eine Anwältin oder einen Anwalt.",
        "en": "Orientation, not legal advice: check your contract and ask a lawyer when in doubt.",
    },
    "clause": {
        "de": "Kündigungsklausel im Vertrag: {period} {to}. Eine Klausel geht § 621 BGB vor; "
        "die Frist beginnt am Tag nach dem Zugang (§§ 130, 187 Abs. 1, 188 BGB).",
        "en": "The contract's notice clause: {period} {to}. A clause takes precedence over "
        "§ 621 BGB; the period starts the day after receipt (§§ 130, 187(1), 188 BGB).",
    },
    "s621_day": {
        "de": "§ 621 Nr. 1 BGB: Vergütung nach Tagen – Kündigung an jedem Tag zum Ablauf des "
        "folgenden Tages.",
        "en": "§ 621 no. 1 BGB: fee by days – notice on any day, for the end of the following day.",
    },
    "s621_week": {
        "de": "§ 621 Nr. 2 BGB: Vergütung nach Wochen – Zugang spätestens am ersten Werktag "
        "einer Woche, für das Ende dieser Woche (Samstag).",
        "en": "§ 621 no. 2 BGB: fee by weeks – notice must arrive on the first working day "
        "(Mon–Sat) of a week at the latest, for the end of that week's Saturday.",
    },
    "s621_month": {
        "de": "§ 621 Nr. 3 BGB: Vergütung nach Monaten – Zugang spätestens am 15., zum Ende "
        "desselben Monats.",
        "en": "§ 621 no. 3 BGB: fee by months – notice must arrive by the 15th, for the end "
        "of that month.",
    },
    "s621_quarter": {
        "de": "§ 621 Nr. 4 BGB: Vergütung nach Vierteljahren oder längeren Zeitabschnitten – "
        "Kündigungsfrist sechs Wochen zum Schluss eines Kalendervierteljahres.",
        "en": "§ 621 no. 4 BGB: fee by quarters or longer – six weeks' notice to the end of "
        "a calendar quarter.",
    },
    "s621_fixed": {
        "de": "§ 621 Nr. 5 BGB: Vergütung nicht nach Zeitabschnitten bemessen – Kündigung "
        "jederzeit, wirksam mit Zugang.",
        "en": "§ 621 no. 5 BGB: fee not measured by time – notice at any time, effective on "
        "receipt.",
    },
    "fixed_term": {
        "de": "Befristeter Vertrag ohne Kündigungsklausel (§ 620 Abs. 1 BGB): keine "
        "ordentliche Kündigung, er endet mit Ablauf der Laufzeit am {ends_on}.",
        "en": "Fixed term without a notice clause (§ 620(1) BGB): no ordinary notice; the "
        "contract ends when its term runs out on {ends_on}.",
    },
    "s624": {
        "de": "§ 624 BGB: Bei mehr als fünf Jahren Laufzeit kannst du nach fünf Jahren mit "
        "sechs Monaten Frist kündigen; Zugang frühestens am {earliest}.",
        "en": "§ 624 BGB: with a term of more than five years you may give six months' "
        "notice once five years have passed; receipt from {earliest} on.",
    },
    "work_no_ordinary": {
        "de": "Werkvertrag: Als Auftragnehmer:in hast du kein ordentliches Kündigungsrecht "
        "(nur der Auftraggeber, § 648 BGB).",
        "en": "Contract for work: as the contractor you have no ordinary right to give "
        "notice (only the client has, § 648 BGB).",
    },
    "practical": {
        "de": "Letzter Geschäftstag (Mo–Fr, kein Feiertag in {state}) am oder vor dem "
        "rechtlichen Termin. § 193 BGB verlängert Kündigungsfristen nicht (BGH III ZR 172/04).",
        "en": "Last business day (Mon–Fri, not a public holiday in {state}) on or before the "
        "legal deadline. § 193 BGB does not extend notice periods (BGH III ZR 172/04).",
    },
    "send_by": {
        "de": "Einschreiben mit Rückschein: drei Geschäftstage vor dem sicheren Termin "
        "abschicken; Bote oder persönliche Übergabe: bis zum sicheren Termin; E-Mail nur bei "
        "Textform und innerhalb der Geschäftszeiten.",
        "en": "Registered letter with return receipt: post three business days before the "
        "practical deadline; courier or hand delivery: by the practical deadline; e-mail only "
        "where text form is allowed, within business hours.",
    },
    "s626": {
        "de": "§ 626 Abs. 2 BGB: außerordentliche Kündigung nur innerhalb von zwei Wochen, "
        "nachdem du von den Gründen erfahren hast ({known_on}); vorher meist eine Abmahnung.",
        "en": "§ 626(2) BGB: extraordinary termination only within two weeks of learning "
        "the facts ({known_on}); a formal warning usually comes first.",
    },
    "s626_safe": {
        "de": "Sicherer Termin: letzter Geschäftstag am oder vor dem Fristende. Ob sich ein "
        "Fristende am Wochenende oder Feiertag nach § 193 BGB verschiebt, ist für "
        "Selbstständige nicht geklärt – verlass dich nicht darauf.",
        "en": "Safe deadline: the last business day on or before the end of the window. "
        "Whether a window ending on a weekend or holiday moves to the next business day "
        "(§ 193 BGB) is not settled for freelancers – do not rely on it.",
    },
    "s626_closed": {
        "de": "Die Zwei-Wochen-Frist ist am {window_ends} abgelaufen.",
        "en": "The two-week window closed on {window_ends}.",
    },
    "s627": {
        "de": "§ 627 BGB: Dienste höherer Art aus besonderem Vertrauen kannst du jederzeit "
        "ohne Frist kündigen. Nicht zur Unzeit, sonst droht Schadensersatz; gilt nicht für "
        "ein dauerndes Dienstverhältnis mit festen Bezügen.",
        "en": "§ 627 BGB: services of a higher kind based on special trust can be ended at "
        "any time without notice. Not at an inopportune time, or damages may follow; it does "
        "not apply to a permanent engagement with fixed pay.",
    },
    "s648_claim": {
        "de": "§ 648 BGB: Kündigt der Auftraggeber, behältst du die vereinbarte Vergütung "
        "abzüglich ersparter Aufwendungen. Vermutet werden die Vergütung für die erbrachte "
        "Leistung plus 5 % für den nicht erbrachten Teil: {claim}.",
        "en": "§ 648 BGB: if the client terminates, you keep the agreed fee minus saved "
        "expenses. Presumed: the fee for the work done plus 5 % of the part not yet done: "
        "{claim}.",
    },
    "finish_deliver": {
        "de": "Fertigstellen und abliefern: Abnahme verlangen (§ 640 BGB); schweigt der "
        "Auftraggeber nach einer angemessenen Frist, gilt das Werk als abgenommen "
        "(§ 640 Abs. 2 BGB). Dann Schlussrechnung.",
        "en": "Finish and deliver: ask for acceptance (§ 640 BGB); if the client stays silent "
        "after a reasonable deadline, the work counts as accepted (§ 640(2) BGB). Then the "
        "final invoice.",
    },
    "s643": {
        "de": "§§ 642, 643 BGB: Wirkt der Auftraggeber nicht mit, setz ihm eine angemessene "
        "Frist mit dem Hinweis, dass du sonst kündigst; nach Ablauf gilt der Vertrag als "
        "aufgehoben.",
        "en": "§§ 642, 643 BGB: if the client does not cooperate, set a reasonable deadline "
        "and say that you will terminate otherwise; when it passes, the contract counts as "
        "cancelled.",
    },
    "s648a": {
        "de": "§ 648a BGB: Kündigung aus wichtigem Grund, für beide Seiten, innerhalb "
        "angemessener Frist nach Kenntnis des Grundes (§ 314 Abs. 3 BGB).",
        "en": "§ 648a BGB: termination for good cause, by either side, within a reasonable "
        "time after learning of the cause (§ 314(3) BGB).",
    },
    "mutual": {
        "de": "Aufhebungsvertrag: Ihr könnt den Vertrag jederzeit einvernehmlich zu einem "
        "Datum eurer Wahl beenden – schriftlich festhalten, auch was noch geliefert und "
        "bezahlt wird.",
        "en": "Mutual termination: you can end the contract together at any time, on a date "
        "you agree – put it in writing, with what is still delivered and paid.",
    },
    "let_run_out": {
        "de": "Auslaufen lassen: Der Vertrag endet mit seiner Laufzeit am {ends_on}.",
        "en": "Let it run out: the contract ends with its term on {ends_on}.",
    },
    "not_renewing": {
        "de": "Nicht verlängern: Eine Kündigung zum Laufzeitende verhindert die "
        "automatische Verlängerung.",
        "en": "Do not renew: notice to the end of the term stops the automatic renewal.",
    },
    "j_hour_fee": {
        "de": "EINSCHÄTZUNG: Ein Stundenhonorar behandeln wir wie eine Vergütung nach Tagen "
        "(§ 621 Nr. 1 BGB). Das ist nicht gesichert.",
        "en": "JUDGEMENT: an hourly fee is treated like a fee by days (§ 621 no. 1 BGB). "
        "That is not settled.",
    },
    "j_renewal_no_clause": {
        "de": "EINSCHÄTZUNG: Der Vertrag verlängert sich, nennt aber keine Kündigungsfrist. "
        "Wir nehmen an, dass die Kündigung vor Ablauf der Laufzeit zugehen muss – lass das "
        "prüfen.",
        "en": "JUDGEMENT: the contract renews but names no notice period. We assume notice "
        "must arrive before the term ends – have that checked.",
    },
    "j_continued": {
        "de": "EINSCHÄTZUNG: Die feste Laufzeit endete am {term_end}. Wird ein Vertrag danach "
        "fortgesetzt, gilt er meist als unbefristet verlängert (§ 625 BGB); wir rechnen "
        "deshalb nach {rule}.",
        "en": "JUDGEMENT: the fixed term ended on {term_end}. A contract carried on after "
        "that usually counts as extended indefinitely (§ 625 BGB), so we calculate by "
        "{rule}.",
    },
    "j_no_state": {
        "de": "EINSCHÄTZUNG: Kein Bundesland angegeben – wir berücksichtigen nur bundesweite "
        "Feiertage.",
        "en": "JUDGEMENT: no state given – only nationwide public holidays are considered.",
    },
    "j_work_extraordinary": {
        "de": "EINSCHÄTZUNG: Beim Werkvertrag gilt statt der Zwei-Wochen-Frist eine "
        "„angemessene Frist“ (§ 314 Abs. 3 BGB); die zwei Wochen sind eine vorsichtige "
        "Orientierung.",
        "en": "JUDGEMENT: for a contract for work the law asks for a 'reasonable time' "
        "(§ 314(3) BGB) instead of two weeks; two weeks is a cautious orientation.",
    },
    "j_627": {
        "de": "EINSCHÄTZUNG: Ob deine Leistung ein Dienst höherer Art aus besonderem Vertrauen "
        "ist, hängt vom Einzelfall ab.",
        "en": "JUDGEMENT: whether your work is a service of a higher kind based on special "
        "trust depends on the individual case.",
    },
    "j_type": {
        "de": "EINSCHÄTZUNG: Ob Dienst- oder Werkvertrag, entscheidet der Inhalt, nicht die "
        "Überschrift. Schuldest du ein Ergebnis (Website, Logo), ist es meist ein Werkvertrag.",
        "en": "JUDGEMENT: whether it is a service contract or a contract for work depends on "
        "the content, not the title. If you owe a result (a website, a logo), it is usually "
        "a contract for work.",
    },
    "at_service": {
        "de": "Österreich, freier Dienstvertrag: Kündigung mit angemessener Frist; die "
        "Rechtsprechung (OGH) wendet die Fristen des § 1159 ABGB nur an, wo sie passen. "
        "Grenzen rechnet hier keine Daten aus – lass dich beraten.",
        "en": "Austria, free service contract: notice with a reasonable period; the courts "
        "(OGH) apply the periods of § 1159 ABGB only where they fit. Grenzen computes no "
        "dates here – get advice.",
    },
    "at_work": {
        "de": "Österreich, Werkvertrag: Ein ordentliches Kündigungsrecht gibt es meist "
        "nicht; möglich sind Fertigstellung, einvernehmliche Auflösung oder Auflösung aus "
        "wichtigem Grund. Keine Daten – lass dich beraten.",
        "en": "Austria, contract for work: there is usually no ordinary notice; finishing, a "
        "mutual agreement or ending for good cause remain. No dates – get advice.",
    },
    "ch_service": {
        "de": "Schweiz, Auftrag: Beide Seiten können jederzeit kündigen (Art. 404 OR); zur "
        "Unzeit wird Schadenersatz fällig. Keine Daten – lass dich beraten.",
        "en": "Switzerland, mandate: either side may end it at any time (Art. 404 OR); at an "
        "inopportune time damages are due. No dates – get advice.",
    },
    "ch_work": {
        "de": "Schweiz, Werkvertrag: Der Besteller kann gegen volle Schadloshaltung "
        "zurücktreten (Art. 377 OR); für dich bleiben Fertigstellung oder eine Einigung. "
        "Keine Daten – lass dich beraten.",
        "en": "Switzerland, contract for work: the client may withdraw against full "
        "compensation (Art. 377 OR); for you, finishing or an agreement remain. No dates – "
        "get advice.",
    },
}


def format_date(day: dt.date, lang: str) -> str:
    return day.strftime("%d.%m.%Y") if lang == "de" else day.isoformat()


def format_money(amount: float, lang: str) -> str:
    text = f"{amount:,.2f}"
    if lang == "de":
        text = text.replace(",", "\u2009").replace(".", ",")
    return f"{text} €"


def period_words(amount: int, unit: str, lang: str) -> str:
    one, many = UNIT_WORDS[lang][unit]
    return f"{amount} {one if amount == 1 else many}"


def _format_value(name: str, value: Any, lang: str) -> Any:
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if name == "claim" and isinstance(value, float):
        return format_money(value, lang)
    if name == "state":
        return STATE_NAMES.get(value, value) if value else STATE_NAMES_NONE[lang]
    if name == "period":
        amount, unit = value
        return period_words(amount, unit, lang)
    if name == "to":
        return TO_WORDS[lang][value]
    return value


Msg.catalog = Catalog(CATALOG, _format_value)
