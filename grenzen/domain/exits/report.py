"""An exit plan as JSON (keys of contracts.md §7) and as a short readable summary."""

from __future__ import annotations

import datetime as dt
from typing import Any

from grenzen.domain.exits.engine import ExitPlan, SendBy
from grenzen.domain.exits.schedules import Choice
from grenzen.domain.exits.texts import Msg, format_date, format_money


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _texts(messages: list[Msg], lang: str) -> list[str]:
    return [m.render(lang) for m in messages]


def _send_by_json(send_by: SendBy | None) -> dict[str, str | None] | None:
    if send_by is None:
        return None
    return {
        "registered_letter": _iso(send_by.registered_letter),
        "courier": _iso(send_by.courier),
        "email": _iso(send_by.email),
    }


def _choice_json(choice: Choice, today: dt.date) -> dict[str, Any]:
    return {
        "ends_on": _iso(choice.ends_on),
        "legal_deadline": _iso(choice.legal_deadline),
        "practical_deadline": _iso(choice.practical_deadline),
        "days_left": (choice.practical_deadline - today).days,
    }


def plan_to_json(plan: ExitPlan, lang: str = "en") -> dict[str, Any]:
    ordinary = plan.ordinary
    basis_text = " ".join(_texts(ordinary.basis, lang))
    first = ordinary.earliest
    ordinary_json: dict[str, Any] = {
        "possible": ordinary.possible,
        "rule": ordinary.rule,
        "ends_on": _iso(ordinary.ends_on),
        "legal_deadline": _iso(first.legal_deadline) if first else None,
        "practical_deadline": _iso(first.practical_deadline) if first else None,
        "days_left": (first.practical_deadline - plan.today).days if first else None,
        "send_by": _send_by_json(ordinary.send_by),
        "next_ends": [_choice_json(c, plan.today) for c in ordinary.next_options],
        "basis": basis_text,
        "date_basis": _ordinary_date_basis(plan, lang),
        "judgements": _texts(ordinary.judgements, lang),
    }
    document: dict[str, Any] = {
        "disclaimer": plan.disclaimer.render(lang),
        "today": _iso(plan.today),
        "country": plan.terms.country.value,
        "state": plan.terms.state,
        "type": plan.terms.type.value,
        "ordinary": ordinary_json,
        "extraordinary": None,
        "scenarios": [
            {
                "id": s.id,
                "available": s.available,
                "ends_on": _iso(s.ends_on),
                "deadline": _iso(s.deadline),
                "basis": " ".join(_texts(s.basis, lang)),
                "judgements": _texts(s.judgements, lang),
            }
            for s in plan.scenarios
        ],
        "judgements": _texts(plan.judgements, lang),
        "guidance": _texts(plan.guidance, lang),
    }
    if plan.extraordinary is not None:
        extra = plan.extraordinary
        document["extraordinary"] = {
            "known_on": _iso(extra.known_on),
            "window_ends": _iso(extra.window_ends),
            "safe_deadline": _iso(extra.safe_deadline),
            "open": extra.open,
            "days_left": (extra.safe_deadline - plan.today).days,
            "send_by": _send_by_json(extra.send_by),
            "basis": " ".join(_texts(extra.basis, lang)),
            "judgements": _texts(extra.judgements, lang),
        }
    if plan.any_time is not None:
        document["any_time"] = {
            "possible": True,
            "ends_on": _iso(plan.any_time.ends_on),
            "basis": " ".join(_texts(plan.any_time.basis, lang)),
            "judgements": _texts(plan.any_time.judgements, lang),
        }
    if plan.presumed_claim is not None:
        document["presumed_claim_if_client_terminates"] = plan.presumed_claim
    return document


def _ordinary_date_basis(plan: ExitPlan, lang: str) -> dict[str, str]:
    ordinary = plan.ordinary
    if not ordinary.basis or plan.guidance:
        return {}
    rule, *rest = _texts(ordinary.basis, lang)
    if not ordinary.possible:
        return {"ends_on": rule}
    practical, send_by = rest
    return {
        "ends_on": rule,
        "legal_deadline": rule,
        "practical_deadline": practical,
        "send_by": send_by,
    }


LABELS: dict[str, dict[str, Any]] = {
    "de": {
        "title": "Ausstiegsszenarien (Stand {today})",
        "ordinary": "Ordentliche Kündigung",
        "not_possible": "nicht möglich",
        "ends_on": "frühestes Ende",
        "runs_out": "endet von selbst am",
        "legal": "Zugang spätestens",
        "practical": "sicherer Termin",
        "send_by": "abschicken bis (Einschreiben)",
        "next": "spätere Enden",
        "extraordinary": "Außerordentliche Kündigung (§ 626 BGB)",
        "window": "Frist endet",
        "safe": "sicherer Termin",
        "closed": "abgelaufen",
        "any_time": "Jederzeit (§ 627 BGB), frühestens",
        "claim": "Vermuteter Anspruch, wenn der Auftraggeber kündigt",
        "basis": "Grundlage",
        "days_left": ("noch {n} Tag", "noch {n} Tage"),
        "today": "heute",
        "too_late": "per Einschreiben zu spät – Bote oder persönliche Übergabe",
    },
    "en": {
        "title": "Exit scenarios (as of {today})",
        "ordinary": "Ordinary notice",
        "not_possible": "not possible",
        "ends_on": "earliest end",
        "runs_out": "ends by itself on",
        "legal": "latest receipt",
        "practical": "practical deadline",
        "send_by": "post by (registered letter)",
        "next": "later ends",
        "extraordinary": "Extraordinary termination (§ 626 BGB)",
        "window": "window ends",
        "safe": "safe deadline",
        "closed": "closed",
        "any_time": "At any time (§ 627 BGB), from",
        "claim": "Presumed claim if the client terminates",
        "basis": "Basis",
        "days_left": ("{n} day left", "{n} days left"),
        "today": "today",
        "too_late": "too late for a registered letter – use a courier or hand it over",
    },
}


def _days_left(count: int, words: dict[str, Any]) -> str:
    if count == 0:
        return str(words["today"])
    one, many = words["days_left"]
    return (one if count == 1 else many).format(n=count)


def plan_to_text(plan: ExitPlan, lang: str = "en") -> str:
    """A summary to read in a terminal; dates as people write them in that language."""
    words = LABELS[lang]

    def day(value: dt.date | None) -> str:
        return format_date(value, lang) if value else "–"

    lines = [words["title"].format(today=day(plan.today)), ""]
    ordinary = plan.ordinary
    for guidance in _texts(plan.guidance, lang):
        lines += [guidance, ""]
    if not plan.guidance:
        lines.append(f"{words['ordinary']}:")
        if ordinary.earliest is not None:
            first = ordinary.earliest
            left = _days_left((first.practical_deadline - plan.today).days, words)
            lines += [
                f"  {words['ends_on']}: {day(first.ends_on)}",
                f"  {words['legal']}: {day(first.legal_deadline)}",
                f"  {words['practical']}: {day(first.practical_deadline)} ({left})",
            ]
            if ordinary.send_by and ordinary.send_by.registered_letter >= plan.today:
                lines.append(f"  {words['send_by']}: {day(ordinary.send_by.registered_letter)}")
            elif ordinary.send_by:
                lines.append(f"  {words['too_late']}")
            if ordinary.next_options:
                later = ", ".join(day(c.ends_on) for c in ordinary.next_options)
                lines.append(f"  {words['next']}: {later}")
        elif ordinary.ends_on is not None:
            lines.append(f"  {words['not_possible']}; {words['runs_out']} {day(ordinary.ends_on)}")
        else:
            lines.append(f"  {words['not_possible']}")
        for text in _texts(ordinary.basis[:1], lang):
            lines.append(f"  {words['basis']}: {text}")
    if plan.extraordinary is not None:
        extra = plan.extraordinary
        state = "" if extra.open else f" ({words['closed']})"
        lines += [
            "",
            f"{words['extraordinary']}:",
            f"  {words['window']}: {day(extra.window_ends)}{state}",
            f"  {words['safe']}: {day(extra.safe_deadline)}",
        ]
    if plan.any_time is not None:
        lines += ["", f"{words['any_time']} {day(plan.any_time.ends_on)}"]
    if plan.presumed_claim is not None:
        lines += ["", f"{words['claim']}: {format_money(plan.presumed_claim, lang)}"]
    judgements = _texts(plan.judgements, lang)
    if judgements:
        lines.append("")
        lines += [f"! {text}" for text in judgements]
    lines += ["", plan.disclaimer.render(lang)]
    return "\n".join(lines)
