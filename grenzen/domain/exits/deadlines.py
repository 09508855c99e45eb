"""Upcoming dates of a client's contract, and calendar events for them.

The exit plan answers "how can I get out"; this module turns it into the dates a
freelancer must not miss — the last safe day for notice, the day a contract renews by
itself, a fixed term running out, the end of a § 626 window, deliverables falling due —
sorted by urgency so the dashboard, the command line and the calendar agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from grenzen.domain.clients import name_key
from grenzen.domain.exits.business_days import StateCalendar
from grenzen.domain.exits.engine import REGISTERED_LETTER_BUSINESS_DAYS, ExitPlan, SendBy
from grenzen.domain.exits.periods import ONE_DAY, Unit, term_end
from grenzen.domain.exits.schedules import TermEndSchedule, choose
from grenzen.domain.exits.terms import Country, NoticeForm
from grenzen.domain.exits.texts import Msg, format_date, period_words
from grenzen.domain.messages import Catalog, Message

URGENT_DAYS = 28  # four weeks: the first reminder, and the dashboard's banner
CLOSE_DAYS = 7  # one week: the only time the app shows red (ux.md: calm, red when really close)
ALARM_DAYS = (28, 7, 1)  # reminders: four weeks, one week and one day before


class DeadlineKind(StrEnum):
    EXTRAORDINARY = "extraordinary"  # the last safe day of an open § 626 window
    NOTICE = "notice"  # the last safe day for ordinary notice to the earliest end
    RENEWAL = "renewal"  # the day the contract renews by itself unless notice arrives
    DELIVERABLE = "deliverable"  # something still owed falls due
    TERM_END = "term_end"  # a fixed term simply runs out


# On the same day, the date that cannot be repaired comes first.
KIND_ORDER = {kind: index for index, kind in enumerate(DeadlineKind)}

# Which deadlines belong to which exit scenario (deliverables belong to every scenario).
SCENARIO_KINDS: dict[str, frozenset[DeadlineKind]] = {
    "ordinary_notice": frozenset({DeadlineKind.NOTICE, DeadlineKind.RENEWAL}),
    "let_run_out": frozenset({DeadlineKind.TERM_END}),
    "extraordinary": frozenset({DeadlineKind.EXTRAORDINARY}),
}


@dataclass(frozen=True, slots=True)
class DeadlineMsg(Message):
    """A sentence of the deadlines list or the calendar."""


CATALOG: dict[str, dict[str, str]] = {
    "notice": {
        "de": "Sicherer Termin für die Kündigung zum {ends_on}",
        "en": "Practical deadline for notice to end on {ends_on}",
    },
    "renewal": {
        "de": "Vertrag verlängert sich, wenn bis {practical} keine Kündigung zugeht",
        "en": "Contract renews unless notice arrives by {practical}",
    },
    "term_end": {
        "de": "Feste Laufzeit endet – der Vertrag läuft aus",
        "en": "Fixed term ends – the contract runs out",
    },
    "extraordinary": {
        "de": "Sicherer Termin für die außerordentliche Kündigung (Frist endet {window_ends})",
        "en": "Safe deadline for extraordinary termination (window ends {window_ends})",
    },
    "deliverable": {
        "de": "Fällig: {what}",
        "en": "Due: {what}",
    },
    "deliverable_basis": {
        "de": "Offene Leistung aus deinem Vertrag, mit dem Fälligkeitsdatum, das du "
        "eingetragen hast. Markier sie als erledigt, sobald sie geliefert ist.",
        "en": "A deliverable still owed under your contract, with the due date you "
        "entered. Mark it done once it is delivered.",
    },
    "renewal_basis": {
        "de": "Der Vertrag verlängert sich automatisch um {months}, wenn die Kündigung "
        "nicht rechtzeitig vor dem Ende der Laufzeit am {ends_on} zugeht.",
        "en": "The contract renews automatically for {months} unless notice arrives in "
        "time before the term ends on {ends_on}.",
    },
}


def _format_value(name: str, value: Any, lang: str) -> Any:
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if name == "months":
        return period_words(value, "months", lang)
    return value


DeadlineMsg.catalog = Catalog(CATALOG, _format_value)


@dataclass(frozen=True, slots=True)
class ClientRef:
    """Who a deadline belongs to: the id keeps calendar UIDs free of names."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class OpenDeliverable:
    """A deliverable as the contract stores it; ``key`` identifies it across edits."""

    key: str
    what: str
    due_on: dt.date | None
    done: bool = False


def deliverables_from_json(items: Iterable[dict[str, Any]] | None) -> list[OpenDeliverable]:
    """Stored deliverables (contracts.md §7 plus ``deliverables``) with stable keys.

    The storage replaces deliverable rows whenever the contract is saved, so row ids
    change; the text (numbered when it repeats) is what stays the same.
    """
    seen: dict[str, int] = {}
    result = []
    for item in items or []:
        what = str(item.get("what", "")).strip()
        if not what:
            continue
        folded = " ".join(what.casefold().split())
        seen[folded] = seen.get(folded, 0) + 1
        due = item.get("due_on")
        due_on = due if isinstance(due, dt.date) else (dt.date.fromisoformat(due) if due else None)
        result.append(
            OpenDeliverable(
                key=f"{folded}#{seen[folded]}",
                what=what,
                due_on=due_on,
                done=bool(item.get("done", False)),
            )
        )
    return result


@dataclass(frozen=True, slots=True)
class Deadline:
    """One date to act on, with what it means and the rule behind it."""

    client: str
    client_id: int
    kind: DeadlineKind
    date: dt.date
    days_left: int
    summary: DeadlineMsg
    basis: tuple[Message, ...]
    identity: str  # what makes it the same deadline on another day (for calendar UIDs)
    legal_deadline: dt.date | None = None
    practical_deadline: dt.date | None = None
    ends_on: dt.date | None = None
    window_ends: dt.date | None = None
    send_by: SendBy | None = None
    what: str | None = None

    @property
    def urgent(self) -> bool:
        """Within four weeks: the banner and the first calendar reminder."""
        return self.days_left <= URGENT_DAYS

    @property
    def close(self) -> bool:
        """Within a week: shown in red."""
        return self.days_left <= CLOSE_DAYS

    @property
    def uid_key(self) -> str:
        """Stable for the same deadline across days and exports; holds no names."""
        return f"{self.client_id}/{self.kind.value}/{self.identity}"

    def summary_text(self, lang: str) -> str:
        return self.summary.render(lang)

    def basis_text(self, lang: str) -> str:
        return " ".join(message.render(lang) for message in self.basis)


def sort_key(deadline: Deadline) -> tuple[dt.date, int, str, str]:
    """Urgency: the date, then what cannot be repaired, then the client by name."""
    return (
        deadline.date,
        KIND_ORDER[deadline.kind],
        name_key(deadline.client),
        deadline.identity,
    )


def sort_deadlines(deadlines: Iterable[Deadline]) -> list[Deadline]:
    return sorted(deadlines, key=sort_key)


def within(deadlines: Iterable[Deadline], days: int | None) -> list[Deadline]:
    """Those at most ``days`` away (all when ``days`` is None)."""
    return [d for d in deadlines if days is None or d.days_left <= days]


def deadlines_for_client(
    client: ClientRef, plan: ExitPlan, deliverables: Sequence[OpenDeliverable] = ()
) -> list[Deadline]:
    """The client's dates from ``plan.today`` on, sorted by urgency."""
    today = plan.today
    found: list[Deadline] = []

    def add(kind: DeadlineKind, day: dt.date, summary: DeadlineMsg, **rest: Any) -> None:
        if day >= today:
            found.append(
                Deadline(
                    client=client.name,
                    client_id=client.id,
                    kind=kind,
                    date=day,
                    days_left=(day - today).days,
                    summary=summary,
                    **rest,
                )
            )

    ordinary = plan.ordinary
    if plan.terms.country is Country.DE:
        first = ordinary.earliest
        if ordinary.possible and first is not None:
            add(
                DeadlineKind.NOTICE,
                first.practical_deadline,
                DeadlineMsg("notice", {"ends_on": first.ends_on}),
                basis=tuple(ordinary.basis),
                identity=first.ends_on.isoformat(),
                legal_deadline=first.legal_deadline,
                practical_deadline=first.practical_deadline,
                ends_on=first.ends_on,
                send_by=ordinary.send_by,
            )
        renewal = _renewal(plan)
        if renewal is not None:
            add(DeadlineKind.RENEWAL, renewal.date, renewal.summary, **_rest(renewal))
        runs_out = _term_end(plan)
        if runs_out is not None:
            add(DeadlineKind.TERM_END, runs_out.date, runs_out.summary, **_rest(runs_out))
    extra = plan.extraordinary
    if extra is not None and extra.open:
        add(
            DeadlineKind.EXTRAORDINARY,
            extra.safe_deadline,
            DeadlineMsg("extraordinary", {"window_ends": extra.window_ends}),
            basis=tuple(extra.basis),
            identity=extra.window_ends.isoformat(),
            practical_deadline=extra.safe_deadline,
            window_ends=extra.window_ends,
            send_by=extra.send_by,
        )
    for item in deliverables:
        if item.done or item.due_on is None:
            continue
        add(
            DeadlineKind.DELIVERABLE,
            item.due_on,
            DeadlineMsg("deliverable", {"what": item.what}),
            basis=(DeadlineMsg("deliverable_basis"),),
            identity=item.key,
            what=item.what,
        )
    return sort_deadlines(found)


@dataclass(frozen=True, slots=True)
class _Draft:
    date: dt.date
    summary: DeadlineMsg
    basis: tuple[Message, ...]
    identity: str
    legal_deadline: dt.date | None = None
    practical_deadline: dt.date | None = None
    ends_on: dt.date | None = None
    send_by: SendBy | None = None


def _rest(draft: _Draft) -> dict[str, Any]:
    return {
        "basis": draft.basis,
        "identity": draft.identity,
        "legal_deadline": draft.legal_deadline,
        "practical_deadline": draft.practical_deadline,
        "ends_on": draft.ends_on,
        "send_by": draft.send_by,
    }


def _renewal(plan: ExitPlan) -> _Draft | None:
    """The next automatic renewal that notice can still stop, and the day to stop it by.

    Counted back from the end of the term like the engine does for "to the end of the
    term" (the clause's period, or receipt by the last day when the contract names none).
    """
    terms = plan.terms
    if not terms.renewal_months or terms.term_months is None:
        return None
    notice = terms.notice
    amount, unit = (notice.amount, notice.unit) if notice else (0, Unit.DAYS)
    schedule = TermEndSchedule(terms.start, terms.term_months, terms.renewal_months, amount, unit)
    calendar = StateCalendar(terms.state)
    choices = choose(schedule, calendar, plan.today, more=0)
    if not choices:
        return None
    choice = choices[0]
    first = plan.ordinary.earliest
    same_as_notice = first is not None and first.practical_deadline == choice.practical_deadline
    send_by = plan.ordinary.send_by if same_as_notice else None
    if send_by is None:
        send_by = SendBy(
            registered_letter=calendar.business_days_before(
                choice.practical_deadline, REGISTERED_LETTER_BUSINESS_DAYS
            ),
            courier=choice.practical_deadline,
            email=choice.practical_deadline if terms.form is NoticeForm.TEXT else None,
        )
    # How the safe day is counted: the rule (clause or no clause) and business days.
    rule_basis = plan.ordinary.basis[:2] if plan.ordinary.possible else []
    renews_on = choice.ends_on + ONE_DAY
    return _Draft(
        date=renews_on,
        summary=DeadlineMsg("renewal", {"practical": choice.practical_deadline}),
        basis=(
            DeadlineMsg(
                "renewal_basis", {"months": terms.renewal_months, "ends_on": choice.ends_on}
            ),
            *rule_basis,
        ),
        identity=renews_on.isoformat(),
        legal_deadline=choice.legal_deadline,
        practical_deadline=choice.practical_deadline,
        ends_on=choice.ends_on,
        send_by=send_by,
    )


def _term_end(plan: ExitPlan) -> _Draft | None:
    """A fixed term without renewal that has not run out yet ends by itself."""
    terms = plan.terms
    if terms.term_months is None or terms.renewal_months:
        return None
    ends_on = term_end(terms.start, terms.term_months)
    if ends_on < plan.today:
        return None  # carried on after its term: counts as indefinite (§ 625 BGB)
    ordinary = plan.ordinary
    runs_out_basis = not ordinary.possible and ordinary.ends_on == ends_on and ordinary.basis
    basis = tuple(ordinary.basis) if runs_out_basis else (Msg("let_run_out", {"ends_on": ends_on}),)
    return _Draft(
        date=ends_on,
        summary=DeadlineMsg("term_end"),
        basis=basis,
        identity=ends_on.isoformat(),
        ends_on=ends_on,
    )


# --- calendar events ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """An all-day event with reminders; ``uid_key`` stays the same for the same deadline."""

    uid_key: str
    day: dt.date
    summary: str
    description: str
    alarms: tuple[int, ...] = field(default=ALARM_DAYS)  # days before ``day``


LABELS: dict[str, dict[str, str]] = {
    "de": {
        "date": "Datum",
        "legal": "Zugang spätestens",
        "practical": "Sicherer Termin",
        "ends_on": "Vertragsende",
        "window": "Frist endet",
        "registered": "Abschicken bis (Einschreiben)",
        "courier": "Bote/persönliche Übergabe bis",
        "email": "E-Mail (Textform) bis",
        "basis": "Grundlage",
        "too_late": "Per Einschreiben zu spät – Bote oder persönliche Übergabe.",
        "source": "Aus Grenzen exportiert.",
    },
    "en": {
        "date": "Date",
        "legal": "Latest receipt",
        "practical": "Practical deadline",
        "ends_on": "Contract ends",
        "window": "Window ends",
        "registered": "Post by (registered letter)",
        "courier": "Courier/hand delivery by",
        "email": "E-mail (text form) by",
        "basis": "Basis",
        "too_late": "Too late for a registered letter – use a courier or hand it over.",
        "source": "Exported from Grenzen.",
    },
}


def disclaimer(lang: str) -> str:
    """The planner's "orientation, not legal advice" sentence."""
    return Msg("disclaimer").render(lang)


def _description(deadline: Deadline, lang: str) -> str:
    words = LABELS[lang]

    def day(value: dt.date) -> str:
        return format_date(value, lang)

    dated = (
        ("legal", deadline.legal_deadline),
        ("practical", deadline.practical_deadline),
        ("ends_on", deadline.ends_on),
        ("window", deadline.window_ends),
    )
    details = [f"{words[key]}: {day(value)}" for key, value in dated if value is not None]
    send_by = deadline.send_by
    if send_by is not None:
        today = deadline.date - dt.timedelta(days=deadline.days_left)
        if send_by.registered_letter >= today:
            details.append(f"{words['registered']}: {day(send_by.registered_letter)}")
        else:
            details.append(words["too_late"])
        details.append(f"{words['courier']}: {day(send_by.courier)}")
        if send_by.email is not None:
            details.append(f"{words['email']}: {day(send_by.email)}")
    lines = [deadline.summary_text(lang)]
    if details:
        lines += ["", *details]
    lines += ["", f"{words['basis']}: {deadline.basis_text(lang)}", "", disclaimer(lang)]
    lines.append(words["source"])
    return "\n".join(lines)


def event_for(deadline: Deadline, lang: str) -> CalendarEvent:
    return CalendarEvent(
        uid_key=deadline.uid_key,
        day=deadline.date,
        summary=f"{deadline.client}: {deadline.summary_text(lang)}",
        description=_description(deadline, lang),
    )


def events_for_deadlines(deadlines: Iterable[Deadline], lang: str) -> list[CalendarEvent]:
    return [event_for(d, lang) for d in sort_deadlines(deadlines)]


class UnknownScenario(ValueError):
    """The plan offers no scenario with this id."""


def events_for_scenario(
    client: ClientRef,
    plan: ExitPlan,
    scenario_id: str,
    deliverables: Sequence[OpenDeliverable],
    lang: str,
) -> list[CalendarEvent]:
    """The dates of one exit scenario, plus the deliverables still owed."""
    if scenario_id not in {s.id for s in plan.scenarios}:
        known = ", ".join(s.id for s in plan.scenarios)
        raise UnknownScenario(f"scenario: no scenario {scenario_id!r} here (use one of: {known})")
    kinds = SCENARIO_KINDS.get(scenario_id, frozenset()) | {DeadlineKind.DELIVERABLE}
    chosen = [d for d in deadlines_for_client(client, plan, deliverables) if d.kind in kinds]
    return events_for_deadlines(chosen, lang)


# --- JSON -----------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def deadline_to_json(deadline: Deadline, lang: str) -> dict[str, Any]:
    """The keys of ``grenzen deadlines --json`` (a contract for outside tests)."""
    send_by = deadline.send_by
    return {
        "client": deadline.client,
        "kind": deadline.kind.value,
        "date": deadline.date.isoformat(),
        "days_left": deadline.days_left,
        "urgent": deadline.urgent,
        "legal_deadline": _iso(deadline.legal_deadline),
        "practical_deadline": _iso(deadline.practical_deadline),
        "ends_on": _iso(deadline.ends_on),
        "window_ends": _iso(deadline.window_ends),
        "send_by": None
        if send_by is None
        else {
            "registered_letter": _iso(send_by.registered_letter),
            "courier": _iso(send_by.courier),
            "email": _iso(send_by.email),
        },
        "summary": deadline.summary_text(lang),
        "basis": deadline.basis_text(lang),
    }


def deadlines_to_json(
    deadlines: Sequence[Deadline], today: dt.date, within_days: int | None, lang: str
) -> dict[str, Any]:
    return {
        "today": today.isoformat(),
        "within_days": within_days,
        "disclaimer": disclaimer(lang),
        "deadlines": [deadline_to_json(d, lang) for d in sort_deadlines(deadlines)],
    }
