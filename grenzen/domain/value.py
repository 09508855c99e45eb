"""Client value: what a client really brings and costs, measured against the dream-client
profile, and the zero-based question with the user's own answers (method.md §3).

Decisions, so every screen and the CLI say the same:

- **Period**: invoices count by their invoice date, incidents by the day they occurred,
  check-ins by their day, each from ``since`` (inclusive; None = all time) to ``today``.
- **Revenue** is everything invoiced in the period, paid or not, summed in cents (exact).
- **Hours and effective rate**: only invoices that record hours count for the rate, so an
  invoice without hours neither inflates nor lowers it. No hours at all: no rate.
- **Days late**: per invoice with a due date, paid − due when paid late, 0 when paid on
  time; an invoice still open after its due date counts the days up to today (it *is*
  that late already). An open invoice not yet due, or one without a due date, cannot be
  judged and is left out. The average is over the judged invoices; None if there are none.
- **Open amount** is everything still unpaid today, whatever the period: money owed does
  not stop being owed when it falls out of the window.
- **Energy cost** = average of all check-ins in the period − average of this client's
  check-ins. Positive: days with this client are harder than your usual. It needs at
  least two check-ins naming the client, one says too little.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from grenzen.domain.coach.recommend import shows_sunk_cost
from grenzen.domain.exits.texts import format_money
from grenzen.domain.messages import Catalog, Message

RELATIONSHIP_LEVELS = frozenset({"relationship", "both"})
MIN_CHECKINS_FOR_COST = 2
DEFAULT_MONTHS = 12
TEXT_MAX_CHARS = 2_000
NOTE_MAX_CHARS = 100_000
AMOUNT_MAX_CENTS = 10**12  # ten billion euros: a typo, not an invoice
HOURS_MAX = 100_000.0
QUOTE_CHARS = 120


class InvalidValue(ValueError):
    """Raised with a message that starts with the field's name."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name


# --- the facts ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Invoice:
    """One invoice (a ``ValueEntry``): the amount in cents and the hours behind it."""

    id: int
    client_id: int
    client: str
    amount_cents: int
    invoice_date: dt.date
    hours: float | None = None
    due_date: dt.date | None = None
    paid_date: dt.date | None = None
    note: str | None = None

    @property
    def is_paid(self) -> bool:
        return self.paid_date is not None

    def days_late(self, today: dt.date) -> int | None:
        """How late it was paid (or, still open, is by today); None if it cannot be judged."""
        if self.due_date is None:
            return None
        if self.paid_date is not None:
            return max(0, (self.paid_date - self.due_date).days)
        if today > self.due_date:
            return (today - self.due_date).days
        return None


@dataclass(frozen=True, slots=True)
class IncidentFact:
    client_id: int
    occurred_on: dt.date
    level: str


@dataclass(frozen=True, slots=True)
class CheckinFact:
    checked_on: dt.date
    level: int
    client_id: int | None


@dataclass(frozen=True, slots=True)
class IncidentTally:
    """How many incidents in the period, and how many of them on the relationship level."""

    total: int = 0
    relationship: int = 0


@dataclass(frozen=True, slots=True)
class EnergyTally:
    """Sum and number of check-in levels, so averages stay exact until divided."""

    total: int = 0
    count: int = 0

    @property
    def average(self) -> float | None:
        return self.total / self.count if self.count else None


@dataclass(frozen=True, slots=True)
class Period:
    """From ``since`` (inclusive; None = from the beginning) to ``today`` (inclusive)."""

    since: dt.date | None
    today: dt.date

    def __contains__(self, day: dt.date) -> bool:
        return (self.since is None or day >= self.since) and day <= self.today


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (following - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


def default_since(today: dt.date) -> dt.date:
    """The value table's default window: the last twelve months."""
    return months_before(today, DEFAULT_MONTHS)


def tally_incidents(facts: Iterable[IncidentFact], period: Period) -> dict[int, IncidentTally]:
    """Incidents per client in the period (what the storage does in SQL, for checking)."""
    totals: dict[int, list[int]] = {}
    for fact in facts:
        if fact.occurred_on in period:
            counts = totals.setdefault(fact.client_id, [0, 0])
            counts[0] += 1
            counts[1] += fact.level in RELATIONSHIP_LEVELS
    return {client: IncidentTally(*counts) for client, counts in totals.items()}


def tally_energy(
    facts: Iterable[CheckinFact], period: Period
) -> tuple[dict[int, EnergyTally], EnergyTally]:
    """Check-ins per client and overall in the period."""
    per_client: dict[int, list[int]] = {}
    overall = [0, 0]
    for fact in facts:
        if fact.checked_on not in period:
            continue
        overall[0] += fact.level
        overall[1] += 1
        if fact.client_id is not None:
            sums = per_client.setdefault(fact.client_id, [0, 0])
            sums[0] += fact.level
            sums[1] += 1
    return {c: EnergyTally(*s) for c, s in per_client.items()}, EnergyTally(*overall)


# --- one client's figures -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientValue:
    client_id: int
    client: str
    revenue_cents: int
    hours: float | None  # None: no invoice in the period records hours
    effective_rate: float | None  # euros per hour
    days_late_avg: float | None
    open_cents: int
    invoices: int
    incidents: int
    relationship_incidents: int
    energy_avg: float | None
    checkins: int
    energy_cost: float | None  # positive: this client costs energy

    @property
    def revenue(self) -> float:
        return self.revenue_cents / 100

    @property
    def open_amount(self) -> float:
        return self.open_cents / 100


def client_value(
    client_id: int,
    client: str,
    invoices: Iterable[Invoice],
    incidents: IncidentTally,
    energy: EnergyTally,
    overall_energy: EnergyTally,
    period: Period,
) -> ClientValue:
    """The figures of one client; ``invoices`` may hold all of them (the period filters)."""
    revenue = rated_cents = invoice_count = open_cents = 0
    hours = 0.0
    any_hours = False
    late: list[int] = []
    for invoice in invoices:
        if invoice.paid_date is None and invoice.invoice_date <= period.today:
            open_cents += invoice.amount_cents
        if invoice.invoice_date not in period:
            continue
        invoice_count += 1
        revenue += invoice.amount_cents
        if invoice.hours is not None:
            any_hours = True
            hours += invoice.hours
            rated_cents += invoice.amount_cents
        days = invoice.days_late(period.today)
        if days is not None:
            late.append(days)
    rate = rated_cents / 100 / hours if hours > 0 else None
    own = energy.average
    overall = overall_energy.average
    cost = None
    if energy.count >= MIN_CHECKINS_FOR_COST and own is not None and overall is not None:
        cost = overall - own
    return ClientValue(
        client_id=client_id,
        client=client,
        revenue_cents=revenue,
        hours=hours if any_hours else None,
        effective_rate=rate,
        days_late_avg=sum(late) / len(late) if late else None,
        open_cents=open_cents,
        invoices=invoice_count,
        incidents=incidents.total,
        relationship_incidents=incidents.relationship,
        energy_avg=own,
        checkins=energy.count,
        energy_cost=cost,
    )


def parse_amount(value: object, field_name: str = "amount") -> int:
    """Euros (a number, or text with a decimal point or comma) as exact cents.

    "1234.50", "1234,5", 1234.5 and Decimal("1234.50") all give 123450. More than two
    decimals, thousands separators or a negative amount are refused rather than guessed.
    """
    if isinstance(value, bool) or value is None:
        raise InvalidValue(field_name, f"must be an amount in euros, got {value!r}")
    if isinstance(value, int | float):
        text = repr(float(value)) if isinstance(value, float) else str(value)
    elif isinstance(value, Decimal):
        text = str(value)
    elif isinstance(value, str):
        text = value.strip().replace("€", "").strip()
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
    else:
        raise InvalidValue(field_name, f"must be an amount in euros, got {value!r}")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise InvalidValue(field_name, f"not an amount in euros: {value!r}") from None
    if not amount.is_finite():
        raise InvalidValue(field_name, f"not an amount in euros: {value!r}")
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise InvalidValue(field_name, f"has more than two decimals: {value!r}")
    if cents < 0:
        raise InvalidValue(field_name, f"must not be negative, got {value!r}")
    if cents > AMOUNT_MAX_CENTS:
        raise InvalidValue(field_name, f"is too large: {value!r}")
    return int(cents)


def check_hours(value: object) -> float | None:
    """Hours worked: None (not recorded) or a number from 0 up."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            raise InvalidValue("hours", f"not a number: {value!r}") from None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise InvalidValue("hours", f"must be a number, got {value!r}")
    hours = float(value)
    if hours != hours or hours < 0:
        raise InvalidValue("hours", f"must be 0 or more, got {value!r}")
    if hours > HOURS_MAX:
        raise InvalidValue("hours", f"is too large: {value!r}")
    return hours


def check_day(value: object, field_name: str, *, required: bool = False) -> dt.date | None:
    """A calendar day (a datetime is refused: its day depends on the time zone)."""
    if value is None:
        if required:
            raise InvalidValue(field_name, "is needed")
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidValue(field_name, f"must be a date, got {value!r}")
    return value


def check_invoice_dates(
    invoice_date: dt.date, due_date: dt.date | None, paid_date: dt.date | None
) -> None:
    """Due and paid dates cannot come before the invoice: that is a typo, not a fact."""
    if due_date is not None and due_date < invoice_date:
        raise InvalidValue("due_date", "is before the invoice date")
    if paid_date is not None and paid_date < invoice_date:
        raise InvalidValue("paid_date", "is before the invoice date")


def has_data(value: ClientValue) -> bool:
    """Whether anything of the client happened in the period (or is still owed)."""
    return bool(value.invoices or value.incidents or value.checkins or value.open_cents)


# --- the dream-client profile -------------------------------------------------------------


class Measure(StrEnum):
    """A criterion the figures can judge on their own."""

    MIN_RATE = "min_rate"
    MAX_DAYS_LATE = "max_days_late"
    MAX_INCIDENTS = "max_incidents"
    MIN_ENERGY = "min_energy"


@dataclass(frozen=True, slots=True)
class Criterion:
    """One line of the dream-client profile, written by the user; optionally measured."""

    id: int
    text: str
    position: int = 0
    measure: Measure | None = None
    threshold: float | None = None

    @property
    def measured(self) -> bool:
        return self.measure is not None


@dataclass(frozen=True, slots=True)
class CriterionMatch:
    """True ✓, False ✗ or None (open). ``reason`` says why, for measured criteria."""

    criterion: Criterion
    matches: bool | None
    reason: ValueMsg | None = None

    @property
    def automatic(self) -> bool:
        return self.criterion.measured


@dataclass(frozen=True, slots=True)
class MatchCounts:
    yes: int = 0
    no: int = 0
    open: int = 0


def check_text(value: str | None, field_name: str, *, required: bool = False) -> str | None:
    """Trimmed text; blank is "not given" (an error where the field is required)."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidValue(field_name, "must not be empty")
    long_texts = ("note", "description", "reflection")
    limit = NOTE_MAX_CHARS if field_name in long_texts else TEXT_MAX_CHARS
    if len(text) > limit:
        raise InvalidValue(field_name, f"is longer than {limit} characters")
    return text or None


def check_measure(measure: object, threshold: object) -> tuple[Measure | None, float | None]:
    """A measure and its threshold come together; each measure has its sensible range."""
    if measure is None or measure == "":
        if threshold is not None:
            raise InvalidValue("threshold", "needs a measure")
        return None, None
    try:
        kind = Measure(measure)
    except ValueError:
        choices = ", ".join(m.value for m in Measure)
        raise InvalidValue("measure", f"must be one of {choices}, got {measure!r}") from None
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise InvalidValue("threshold", f"a number is needed for {kind.value}")
    value = float(threshold)
    if value != value or value < 0:  # NaN or negative
        raise InvalidValue("threshold", f"must be a number of at least 0, got {threshold!r}")
    if kind is Measure.MIN_ENERGY and value > 10:
        raise InvalidValue("threshold", f"energy is 0 to 10, got {threshold!r}")
    if kind is Measure.MAX_INCIDENTS and value != int(value):
        raise InvalidValue("threshold", f"must be a whole number of incidents, got {threshold!r}")
    if value > AMOUNT_MAX_CENTS:
        raise InvalidValue("threshold", f"is too large: {threshold!r}")
    return kind, value


def _compare(
    key: str, actual: float, threshold: float, at_least: bool, **extra: Any
) -> tuple[bool, ValueMsg]:
    ok = actual >= threshold if at_least else actual <= threshold
    sign = ("≥" if ok else "<") if at_least else ("≤" if ok else ">")
    params = {"actual": actual, "threshold": threshold, "sign": sign, **extra}
    return ok, ValueMsg(key, params)


def evaluate(criterion: Criterion, value: ClientValue, tick: bool | None = None) -> CriterionMatch:
    """A written criterion carries the user's tick; a measured one is judged from figures."""
    if criterion.measure is None:
        return CriterionMatch(criterion, tick)
    threshold = criterion.threshold or 0.0
    match criterion.measure:
        case Measure.MIN_RATE:
            if value.effective_rate is None:
                return CriterionMatch(criterion, None, ValueMsg("rate_unknown"))
            ok, why = _compare("rate_reason", value.effective_rate, threshold, True)
        case Measure.MAX_DAYS_LATE:
            if value.days_late_avg is None:
                return CriterionMatch(criterion, None, ValueMsg("late_unknown"))
            ok, why = _compare("late_reason", value.days_late_avg, threshold, False)
        case Measure.MAX_INCIDENTS:
            ok, why = _compare("incidents_reason", value.incidents, threshold, False)
        case Measure.MIN_ENERGY:
            if value.energy_avg is None:
                return CriterionMatch(criterion, None, ValueMsg("energy_unknown"))
            ok, why = _compare("energy_reason", value.energy_avg, threshold, True)
    return CriterionMatch(criterion, ok, why)


def match_client(
    criteria: Sequence[Criterion], value: ClientValue, ticks: Mapping[int, bool]
) -> tuple[CriterionMatch, ...]:
    """Every criterion of the profile for one client, in the profile's order."""
    ordered = sorted(criteria, key=lambda c: (c.position, c.id))
    return tuple(evaluate(c, value, ticks.get(c.id)) for c in ordered)


def count_matches(matches: Iterable[CriterionMatch]) -> MatchCounts:
    """Ticks, crosses and open ones — counted, never turned into a score."""
    yes = no = open_ = 0
    for match_ in matches:
        if match_.matches is True:
            yes += 1
        elif match_.matches is False:
            no += 1
        else:
            open_ += 1
    return MatchCounts(yes, no, open_)


# --- the zero-based question --------------------------------------------------------------


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


@dataclass(frozen=True, slots=True)
class ZeroBasedAnswer:
    """One answer to "Knowing what I know today, would I sign this contract again?"."""

    id: int
    client_id: int
    client: str
    asked_on: dt.date
    answer: Answer
    note: str | None = None

    @property
    def sunk_cost(self) -> bool:
        return shows_sunk_cost([self.note or ""])


def check_answer(answer: object) -> Answer:
    try:
        return Answer(answer)
    except ValueError:
        raise InvalidValue("answer", f"must be yes, no or unsure, got {answer!r}") from None


def quote(note: str, limit: int = QUOTE_CHARS) -> str:
    """The note on one line, shortened at a word where it is long; a final full stop is
    dropped, as the sentence around the quote ends with its own."""
    flat = " ".join(unicodedata.normalize("NFC", note).split())
    if flat.endswith(".") and not flat.endswith(".."):
        flat = flat[:-1]
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return cut + "…"


def sunk_cost_hint(note: str | None) -> ValueMsg | None:
    """A calm word when the note argues from what already went in, else None."""
    if not note or not shows_sunk_cost([note]):
        return None
    return ValueMsg("sunk_cost", {"quote": quote(note)})


def answer_hint(entry: ZeroBasedAnswer | None) -> ValueMsg | None:
    """What to make of the latest answer: sunk cost first, then a gut that says stop."""
    if entry is None:
        return None
    hint = sunk_cost_hint(entry.note)
    if hint is not None:
        return hint
    if entry.answer is Answer.NO:
        return ValueMsg("gut_says_no")
    return None


def latest_answers(answers: Iterable[ZeroBasedAnswer]) -> dict[int, ZeroBasedAnswer]:
    """Each client's newest answer (by day, then the order given)."""
    latest: dict[int, ZeroBasedAnswer] = {}
    for entry in answers:
        known = latest.get(entry.client_id)
        if known is None or (entry.asked_on, entry.id) >= (known.asked_on, known.id):
            latest[entry.client_id] = entry
    return latest


# --- texts --------------------------------------------------------------------------------


def format_number(value: float, lang: str, decimals: int = 1) -> str:
    """Whole numbers without decimals, others with ``decimals``; a decimal comma in German."""
    text = str(round(value)) if float(value).is_integer() else f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "de" else text


def format_rate(value: float, lang: str) -> str:
    """Euros per hour: "42 €/h", "42,50 €/h"."""
    if round(value, 2).is_integer():
        return f"{round(value)} €/h"
    return format_money(value, lang).replace(" €", " €/h")


CATALOG: dict[str, dict[str, str]] = {
    "rate_reason": {
        "de": "Stundensatz {actual} {sign} {threshold}",
        "en": "Effective rate {actual} {sign} {threshold}",
    },
    "rate_unknown": {
        "de": "Noch keine Stunden erfasst – ohne sie gibt es keinen Stundensatz.",
        "en": "No hours recorded yet – without them there is no hourly rate.",
    },
    "late_reason": {
        "de": "Im Schnitt {actual} Tage zu spät bezahlt {sign} {threshold} Tage",
        "en": "Paid {actual} days late on average {sign} {threshold} days",
    },
    "late_unknown": {
        "de": "Noch keine fällige Rechnung mit Zahlungsziel.",
        "en": "No invoice with a due date has fallen due yet.",
    },
    "incidents_reason": {
        "de": "{actual} Klopper im Zeitraum {sign} {threshold}",
        "en": "{actual} incidents in the period {sign} {threshold}",
    },
    "energy_reason": {
        "de": "Energie an Tagen mit diesem Kunden {actual} von 10 {sign} {threshold}",
        "en": "Energy on days with this client {actual} of 10 {sign} {threshold}",
    },
    "energy_unknown": {
        "de": "Noch kein Energie-Check für diesen Kunden.",
        "en": "No energy check-in for this client yet.",
    },
    "sunk_cost": {
        "de": "Deine Notiz klingt nach versunkenen Kosten: „{quote}“. Was schon "
        "hineingeflossen ist, ist so oder so weg – für die Entscheidung zählt nur, was ab "
        "heute kommt.",
        "en": "Your note sounds like sunk cost: “{quote}”. What went in is gone either way; "
        "only what comes from today on counts for the decision.",
    },
    "gut_says_no": {
        "de": "Dein Bauch sagt Nein. Nimm das ernst – der Ausstiegsplaner zeigt dir in Ruhe, "
        "welche Wege es gibt.",
        "en": "Your gut says no. Take that seriously – the exit planner calmly shows you "
        "the ways out.",
    },
}


def _format_value(name: str, value: Any, lang: str) -> Any:
    if name in ("actual", "threshold") and isinstance(value, int | float):
        return format_number(float(value), lang)
    return value


@dataclass(frozen=True, slots=True)
class ValueMsg(Message):
    """A sentence of the client-value view."""


class _ValueCatalog(Catalog):
    """Rates read as money per hour; the rest as plain numbers."""

    def render(self, message: Message, lang: str) -> str:
        if message.key == "rate_reason":
            params = dict(message.params)
            rates = {k: format_rate(float(params[k]), lang) for k in ("actual", "threshold")}
            message = ValueMsg(message.key, params | rates)
        return super().render(message, lang)


ValueMsg.catalog = _ValueCatalog(CATALOG, _format_value)
