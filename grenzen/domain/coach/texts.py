"""The coach's words, German and English, in Grenzen's own voice.

The coach returns message keys with parameters; this module turns them into sentences.
German uses "du": calm, short, on the user's side, never dramatic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from grenzen.domain.exits.texts import format_date
from grenzen.domain.messages import Catalog, Message


@dataclass(frozen=True, slots=True)
class Msg(Message):
    """A reason of the coach."""


# Names for stages and actions (glossary.md), keyed by their code names.
NAMES: dict[str, dict[str, str]] = {
    "de": {
        "calm_down": "Runterkommen",
        "clarify": "Klären",
        "set_boundaries": "Grenzen setzen",
        "escalate": "Eskalieren",
        "move_on": "Weiterziehen",
        "culture_check": "Kulturcheck",
        "plan_exit": "Ausstieg planen",
        "zero_based_question": "Null-Basis-Frage",
    },
    "en": {
        "calm_down": "Calm down",
        "clarify": "Clarify",
        "set_boundaries": "Set boundaries",
        "escalate": "Escalate",
        "move_on": "Move on",
        "culture_check": "Culture check",
        "plan_exit": "Plan the exit",
        "zero_based_question": "Zero-based question",
    },
}

CATALOG: dict[str, dict[str, str]] = {
    # Rule 1: where the case stands.
    "at_calm_down": {
        "de": "Der Fall steht bei „Runterkommen“. Schütz dich zuerst: Abstand gewinnen, "
        "durchatmen, später in Ruhe hinschauen.",
        "en": "The case is at “Calm down”. Look after yourself first: get some distance, "
        "breathe, and take a calm look later.",
    },
    "at_clarify": {
        "de": "Der Fall steht bei „Klären“. Schlaf eine Nacht darüber, dann such das direkte "
        "Gespräch, am besten unter vier Augen.",
        "en": "The case is at “Clarify”. Sleep on it, then talk directly, one to one if you can.",
    },
    "at_set_boundaries": {
        "de": "Der Fall steht bei „Grenzen setzen“. Sag klar, welcher Umgang für dich nicht "
        "in Ordnung ist.",
        "en": "The case is at “Set boundaries”. Say clearly which way of treating you is not "
        "acceptable.",
    },
    "at_escalate": {
        "de": "Der Fall steht bei „Eskalieren“. Hol die ranghöchste Ansprechperson dazu, die "
        "du schätzt, und nenn einen Prüftermin.",
        "en": "The case is at “Escalate”. Bring in the most senior contact you value, and "
        "name a review date.",
    },
    "at_move_on": {
        "de": "Der Fall steht bei „Weiterziehen“. Plan den Ausstieg in Ruhe und schließ den "
        "Auftrag professionell ab.",
        "en": "The case is at “Move on”. Plan the exit calmly and finish the assignment "
        "professionally.",
    },
    "review_pending": {
        "de": "Dein Prüftermin ist am {review_date}. Bis dahin: beobachten und festhalten. "
        "Danach entscheidest du, ob du weiterziehst.",
        "en": "Your review date is {review_date}. Until then: watch and take notes. After "
        "that, you decide whether to move on.",
    },
    # Rule 2: it happened again after the stage below was done.
    "again_after_clarify": {
        "de": "Es ist wieder passiert, obwohl ihr am {done_on} geredet habt (Klopper auf der "
        "Beziehungsebene seitdem: {count}). Zeit, eine Grenze zu setzen.",
        "en": "It happened again after you talked on {done_on} (relationship-level incidents "
        "since: {count}). Time to set a boundary.",
    },
    "again_after_boundaries": {
        "de": "Auch nach deiner Grenze vom {done_on} ist es wieder passiert (Klopper auf der "
        "Beziehungsebene seitdem: {count}). Der nächste Schritt ist, zu eskalieren.",
        "en": "It happened again even after you set your boundary on {done_on} "
        "(relationship-level incidents since: {count}). The next step is to escalate.",
    },
    "review_passed_again": {
        "de": "Der Prüftermin ({review_date}) ist vorbei, und seit der Eskalation ist es "
        "wieder passiert (seitdem: {count}). Du darfst weiterziehen.",
        "en": "The review date ({review_date}) has passed, and it happened again after you "
        "escalated (since then: {count}). You may move on.",
    },
    "review_passed_no_change": {
        "de": "Der Prüftermin ({review_date}) ist vorbei. Wenn sich nichts spürbar geändert "
        "hat, ist jetzt die Zeit, weiterzuziehen.",
        "en": "The review date ({review_date}) has passed. If nothing has really changed, "
        "now is the time to move on.",
    },
    # Rule 3: the trend over the last four weeks against the four before.
    "trend_frequency": {
        "de": "Die Klopper mit diesem Kunden werden häufiger: {recent} in den letzten vier "
        "Wochen, {previous} in den vier Wochen davor. Nächster Schritt: {stage}.",
        "en": "Incidents with this client are getting more frequent: {recent} in the last "
        "four weeks, {previous} in the four weeks before. Next step: {stage}.",
    },
    "trend_severity": {
        "de": "Die Klopper mit diesem Kunden werden heftiger: Schwere im Schnitt "
        "{recent_avg} in den letzten vier Wochen, davor {previous_avg}. "
        "Nächster Schritt: {stage}.",
        "en": "Incidents with this client are getting more severe: average severity {recent_avg} "
        "in the last four weeks, {previous_avg} before. Next step: {stage}.",
    },
    "trend_both": {
        "de": "Die Klopper mit diesem Kunden werden häufiger und heftiger: {recent} in den "
        "letzten vier Wochen (davor {previous}), Schwere im Schnitt {recent_avg} "
        "(davor {previous_avg}). Nächster Schritt: {stage}.",
        "en": "Incidents with this client are getting more frequent and more severe: {recent} in "
        "the last four weeks ({previous} before), average severity {recent_avg} "
        "({previous_avg} before). Next step: {stage}.",
    },
    # Two reasons for one recommendation.
    "joined": {"de": "{first} {second}", "en": "{first} {second}"},
    # Rule 4.
    "culture_check": {
        "de": "Bei diesem Kunden kamen Klopper von {people} verschiedenen Personen. Mach den "
        "Kulturcheck: Ist das die Kultur des Unternehmens und nicht eine einzelne Person?",
        "en": "Incidents with this client came from {people} different people. Do the culture "
        "check: is this the company's culture rather than one person?",
    },
    # Rule 5.
    "energy_low": {
        "de": "Deine Energie lag in den letzten drei Wochen mit Check-ins im Schnitt bei "
        "{average} von 10, und du hast offene Fälle ({open_cases}). Plan in Ruhe einen "
        "Ausstieg – als Möglichkeit, nicht als Entscheidung.",
        "en": "Your energy averaged {average} out of 10 over the last three weeks with "
        "check-ins, and you have open cases ({open_cases}). Calmly plan a way out – as an "
        "option, not a decision.",
    },
    # Rule 6.
    "sunk_cost": {
        "de": "Deine Notizen klingen danach, dass schon viel hineingeflossen ist. Das ist "
        "verständlich, zählt aber nicht für morgen. Frag dich: Mit allem, was du heute "
        "weißt – würdest du diesen Vertrag noch einmal unterschreiben?",
        "en": "Your notes sound like a lot has gone in already. That is understandable, but "
        "it does not count for tomorrow. Ask yourself: knowing what you know today, would "
        "you sign this contract again?",
    },
}


def format_number(value: float, lang: str) -> str:
    """One decimal; a decimal comma in German."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "de" else text


def _format_value(name: str, value: Any, lang: str) -> Any:
    if isinstance(value, StrEnum) and value in NAMES[lang]:
        return NAMES[lang][value]
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, float):
        return format_number(value, lang)
    return value


Msg.catalog = Catalog(CATALOG, _format_value)


def render(msg: Msg, lang: str) -> str:
    return msg.render(lang)
