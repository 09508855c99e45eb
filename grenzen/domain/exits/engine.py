"""From contract terms and today's date to exit options with dates, basis and caveats."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from grenzen.domain.exits.business_days import StateCalendar
from grenzen.domain.exits.periods import Unit, term_end
from grenzen.domain.exits.schedules import (
    Choice,
    ClauseSchedule,
    Schedule,
    Section621Schedule,
    Section624Schedule,
    TermEndSchedule,
    choose,
)
from grenzen.domain.exits.terms import (
    ContractTerms,
    ContractType,
    Country,
    FeeUnit,
    NoticeForm,
    NoticeTo,
    TermsError,
)
from grenzen.domain.exits.texts import Msg

FIVE_YEARS_MONTHS = 60
EXTRAORDINARY_WINDOW = dt.timedelta(weeks=2)
REGISTERED_LETTER_BUSINESS_DAYS = 3
PRESUMED_SHARE_OF_UNDONE_WORK = 0.05
NEXT_OPTIONS = 3


@dataclass(frozen=True, slots=True)
class SendBy:
    registered_letter: dt.date
    courier: dt.date
    email: dt.date | None  # only where text form is allowed


@dataclass(frozen=True, slots=True)
class OrdinaryExit:
    possible: bool
    rule: str
    basis: list[Msg]
    earliest: Choice | None = None
    send_by: SendBy | None = None
    next_options: list[Choice] = field(default_factory=list)
    ends_on: dt.date | None = None  # also set when the contract simply runs out
    judgements: list[Msg] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ExtraordinaryExit:
    known_on: dt.date
    window_ends: dt.date
    safe_deadline: dt.date
    open: bool
    send_by: SendBy | None
    basis: list[Msg]
    judgements: list[Msg] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AnyTimeExit:
    """§ 627 BGB: effective on receipt; the earliest sensible receipt is the next business day."""

    ends_on: dt.date
    basis: list[Msg]
    judgements: list[Msg]


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    available: bool
    basis: list[Msg]
    ends_on: dt.date | None = None
    deadline: dt.date | None = None
    judgements: list[Msg] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ExitPlan:
    today: dt.date
    terms: ContractTerms
    ordinary: OrdinaryExit
    extraordinary: ExtraordinaryExit | None
    any_time: AnyTimeExit | None
    presumed_claim: float | None
    scenarios: list[Scenario]
    guidance: list[Msg]
    disclaimer: Msg = field(default_factory=lambda: Msg("disclaimer"))

    @property
    def judgements(self) -> list[Msg]:
        found: list[Msg] = []
        for part in (self.ordinary, self.extraordinary, self.any_time):
            found += getattr(part, "judgements", []) or []
        for scenario in self.scenarios:
            found += scenario.judgements
        unique: dict[tuple[str, str], Msg] = {}
        for msg in found:
            unique.setdefault((msg.key, repr(msg.params)), msg)
        return list(unique.values())


def plan_exits(terms: ContractTerms, today: dt.date) -> ExitPlan:
    """Every way out of the contract, as seen on ``today``."""
    if terms.country is not Country.DE:
        return _guidance_only(terms, today)
    calendar = StateCalendar(terms.state)
    state_note = [] if terms.state else [Msg("j_no_state")]
    if terms.type is ContractType.WORK:
        ordinary = OrdinaryExit(
            possible=False, rule="work", basis=[Msg("work_no_ordinary")], judgements=[]
        )
    else:
        ordinary = _ordinary_service(terms, today, calendar)
    ordinary = _with_notes(ordinary, state_note)
    extraordinary = _extraordinary(terms, today, calendar)
    any_time = _any_time(terms, today, calendar)
    claim = presumed_claim(terms)
    return ExitPlan(
        today=today,
        terms=terms,
        ordinary=ordinary,
        extraordinary=extraordinary,
        any_time=any_time,
        presumed_claim=claim,
        scenarios=_scenarios(terms, today, ordinary, extraordinary, any_time, claim),
        guidance=[],
    )


def _with_notes(ordinary: OrdinaryExit, notes: list[Msg]) -> OrdinaryExit:
    if not notes:
        return ordinary
    return replace(ordinary, judgements=[*ordinary.judgements, *notes])


def schedule_for(terms: ContractTerms, today: dt.date) -> tuple[Schedule | None, list[Msg]]:
    """The notice schedule that governs ordinary notice, with caveats; None: no notice."""
    notice = terms.notice
    judgements: list[Msg] = []
    if terms.fee_unit is FeeUnit.HOUR and notice is None:
        judgements.append(Msg("j_hour_fee"))
    if terms.term_months is not None:
        first_end = term_end(terms.start, terms.term_months)
        ran_out = first_end < today and not terms.renewal_months
        if ran_out:
            fallback = _indefinite_schedule(terms)
            judgements.append(
                Msg("j_continued", {"term_end": first_end, "rule": _rule_words(fallback)})
            )
            return fallback, judgements
        if notice is not None and notice.to is NoticeTo.TERM_END:
            return TermEndSchedule(
                terms.start, terms.term_months, terms.renewal_months, notice.amount, notice.unit
            ), judgements
        if notice is not None:
            return ClauseSchedule(notice.amount, notice.unit, notice.to), judgements
        if terms.renewal_months:
            judgements.append(Msg("j_renewal_no_clause"))
            return TermEndSchedule(
                terms.start,
                terms.term_months,
                terms.renewal_months,
                0,
                Unit.DAYS,
                rule="renewal_without_clause",
            ), judgements
        return None, judgements  # a fixed term without a clause: no ordinary notice
    return _indefinite_schedule(terms), judgements


def _indefinite_schedule(terms: ContractTerms) -> Schedule:
    notice = terms.notice
    if notice is not None and notice.to is not NoticeTo.TERM_END:
        return ClauseSchedule(notice.amount, notice.unit, notice.to)
    if terms.fee_unit is None:
        raise TermsError("fee_unit", "missing: without a notice clause, § 621 BGB needs it")
    return Section621Schedule(terms.fee_unit)


def _rule_words(schedule: Schedule) -> str:
    return "§ 621 BGB" if isinstance(schedule, Section621Schedule) else "the notice clause"


def _basis_for(schedule: Schedule, terms: ContractTerms) -> Msg:
    if isinstance(schedule, Section621Schedule):
        unit = schedule.rule.removeprefix("bgb_621_")
        return Msg(f"s621_{unit}")
    if isinstance(schedule, Section624Schedule):
        return Msg("s624", {"earliest": schedule.earliest_receipt})
    if schedule.rule == "renewal_without_clause":
        return Msg("not_renewing")
    notice = terms.notice
    assert notice is not None
    return Msg("clause", {"period": (notice.amount, notice.unit.value), "to": notice.to.value})


def _ordinary_service(
    terms: ContractTerms, today: dt.date, calendar: StateCalendar
) -> OrdinaryExit:
    schedule, judgements = schedule_for(terms, today)
    fixed_end = _fixed_end(terms, today)
    choices = choose(schedule, calendar, today, more=NEXT_OPTIONS) if schedule else []
    if fixed_end is not None:
        # A fixed term ends by itself; notice only helps where it ends the contract sooner.
        choices = [c for c in choices if c.ends_on < fixed_end]
        section_624 = _section_624(terms, calendar, today, fixed_end)
        if not choices and section_624:
            schedule, choices = section_624
    if not choices:
        ends_on = fixed_end if fixed_end is not None and fixed_end >= today else None
        basis = [Msg("fixed_term", {"ends_on": ends_on})] if ends_on else []
        return OrdinaryExit(
            possible=False,
            rule="fixed_term" if fixed_end else (schedule.rule if schedule else "none"),
            basis=basis,
            ends_on=ends_on,
            judgements=judgements,
        )
    assert schedule is not None
    earliest, *later = choices
    return OrdinaryExit(
        possible=True,
        rule=schedule.rule,
        basis=[
            _basis_for(schedule, terms),
            Msg("practical", {"state": terms.state}),
            Msg("send_by"),
        ],
        earliest=earliest,
        send_by=_send_by(earliest.practical_deadline, terms, calendar),
        next_options=later,
        ends_on=earliest.ends_on,
        judgements=judgements,
    )


def _fixed_end(terms: ContractTerms, today: dt.date) -> dt.date | None:
    """Where a fixed term without renewal ends the contract by itself (None once it ran
    out: a contract carried on after its term counts as indefinite, § 625 BGB)."""
    if terms.term_months is None or terms.renewal_months:
        return None
    end = term_end(terms.start, terms.term_months)
    return end if end >= today else None


def _section_624(
    terms: ContractTerms, calendar: StateCalendar, today: dt.date, fixed_end: dt.date
) -> tuple[Schedule, list[Choice]] | None:
    if terms.term_months is None or terms.term_months <= FIVE_YEARS_MONTHS:
        return None
    schedule = Section624Schedule(terms.start)
    choices = [c for c in choose(schedule, calendar, today) if c.ends_on < fixed_end]
    return (schedule, choices) if choices else None


def _send_by(practical: dt.date, terms: ContractTerms, calendar: StateCalendar) -> SendBy:
    return SendBy(
        registered_letter=calendar.business_days_before(practical, REGISTERED_LETTER_BUSINESS_DAYS),
        courier=practical,
        email=practical if terms.form is NoticeForm.TEXT else None,
    )


def _extraordinary(
    terms: ContractTerms, today: dt.date, calendar: StateCalendar
) -> ExtraordinaryExit | None:
    if terms.known_on is None:
        return None
    window_ends = terms.known_on + EXTRAORDINARY_WINDOW
    safe = calendar.business_day_on_or_before(window_ends)
    is_open = safe >= today
    basis = [Msg("s626", {"known_on": terms.known_on}), Msg("s626_safe")]
    if not is_open:
        basis.append(Msg("s626_closed", {"window_ends": window_ends}))
    if terms.type is ContractType.WORK:
        basis.insert(0, Msg("s648a"))
    judgements = [Msg("j_work_extraordinary")] if terms.type is ContractType.WORK else []
    return ExtraordinaryExit(
        known_on=terms.known_on,
        window_ends=window_ends,
        safe_deadline=safe,
        open=is_open,
        send_by=_send_by(safe, terms, calendar) if is_open else None,
        basis=basis,
        judgements=judgements,
    )


def _any_time(terms: ContractTerms, today: dt.date, calendar: StateCalendar) -> AnyTimeExit | None:
    if not terms.higher_services_trust or terms.type is not ContractType.SERVICE:
        return None
    return AnyTimeExit(
        ends_on=calendar.business_day_on_or_after(today),
        basis=[Msg("s627")],
        judgements=[Msg("j_627")],
    )


def presumed_claim(terms: ContractTerms) -> float | None:
    """§ 648 BGB presumption: fee for the work done plus 5 % of the rest, in euros."""
    if terms.type is not ContractType.WORK or terms.fee_total is None or terms.progress is None:
        return None
    done = terms.fee_total * terms.progress
    rest = terms.fee_total - done
    return round(done + PRESUMED_SHARE_OF_UNDONE_WORK * rest, 2)


def _scenarios(
    terms: ContractTerms,
    today: dt.date,
    ordinary: OrdinaryExit,
    extraordinary: ExtraordinaryExit | None,
    any_time: AnyTimeExit | None,
    claim: float | None,
) -> list[Scenario]:
    scenarios: list[Scenario] = []
    if terms.type is ContractType.SERVICE:
        scenarios.append(
            Scenario(
                id="ordinary_notice",
                available=ordinary.possible,
                basis=ordinary.basis,
                ends_on=ordinary.earliest.ends_on if ordinary.earliest else None,
                deadline=ordinary.earliest.practical_deadline if ordinary.earliest else None,
                judgements=ordinary.judgements,
            )
        )
        fixed_end = _fixed_end(terms, today)
        if fixed_end is not None and ordinary.ends_on == fixed_end:
            scenarios.append(
                Scenario(
                    id="let_run_out",
                    available=True,
                    basis=[Msg("let_run_out", {"ends_on": fixed_end})],
                    ends_on=fixed_end,
                )
            )
    else:
        scenarios += [
            Scenario(id="finish_and_deliver", available=True, basis=[Msg("finish_deliver")]),
            Scenario(id="cooperation_deadline", available=True, basis=[Msg("s643")]),
        ]
        if claim is not None:
            scenarios.append(
                Scenario(
                    id="client_terminates",
                    available=True,
                    basis=[Msg("s648_claim", {"claim": claim})],
                )
            )
    if extraordinary is not None:
        scenarios.append(
            Scenario(
                id="extraordinary",
                available=extraordinary.open,
                basis=extraordinary.basis,
                deadline=extraordinary.safe_deadline,
                judgements=extraordinary.judgements,
            )
        )
    elif terms.type is ContractType.WORK:
        scenarios.append(Scenario(id="good_cause", available=True, basis=[Msg("s648a")]))
    if any_time is not None:
        scenarios.append(
            Scenario(
                id="any_time",
                available=True,
                basis=any_time.basis,
                ends_on=any_time.ends_on,
                judgements=any_time.judgements,
            )
        )
    scenarios.append(Scenario(id="mutual", available=True, basis=[Msg("mutual")]))
    return scenarios


def _guidance_only(terms: ContractTerms, today: dt.date) -> ExitPlan:
    key = f"{terms.country.value.lower()}_{terms.type.value}"
    guidance = [Msg(key)]
    return ExitPlan(
        today=today,
        terms=terms,
        ordinary=OrdinaryExit(
            possible=terms.type is ContractType.SERVICE, rule=key, basis=guidance
        ),
        extraordinary=None,
        any_time=None,
        presumed_claim=None,
        scenarios=[
            Scenario(id="guidance", available=True, basis=guidance),
            Scenario(id="mutual", available=True, basis=[Msg("mutual")]),
        ],
        guidance=guidance,
    )
