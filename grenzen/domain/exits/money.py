"""What money is still to come from a client on the way out — honest estimates with a basis.

Nothing here is a promise: open invoices are facts, everything else is an estimate and
says how it was made, so the user can judge it (and the planner never shows a bare sum).

* **open invoices** — invoices dated on or before ``today`` and not paid by then;
* **fees until the end** (service contracts) — for a fee by week, month, quarter or
  year: the fee amount × the *whole* fee periods from ``today`` to the end (a period
  started but not finished is left out, so the estimate errs low); for a fee by hour or
  day: the average invoiced per month over the last six months (or since the contract
  began, if that is shorter) × the months left; a fixed price: no estimate;
* **the rest of a contract for work** — the agreed fee × (1 − progress);
* **§ 648 BGB** — what the law presumes the client owes if the client ends a contract
  for work (the engine's rule).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dateutil.relativedelta import relativedelta

from grenzen.domain.exits.engine import presumed_claim
from grenzen.domain.exits.terms import ContractTerms, ContractType, FeeUnit
from grenzen.domain.exits.texts import format_date, format_money
from grenzen.domain.messages import Catalog, Message

AVERAGE_WINDOW_MONTHS = 6
DAYS_PER_MONTH = 365.25 / 12
ONE_DAY = dt.timedelta(days=1)
CENTS = 100


class Basis(StrEnum):
    """How ``until_end`` was estimated — or why there is no estimate."""

    FEE_PERIODS = "fee_periods"
    INVOICE_AVERAGE = "invoice_average"
    FIXED_FEE = "fixed_fee"
    NO_FEE_AMOUNT = "no_fee_amount"
    NO_FEE_UNIT = "no_fee_unit"
    NO_INVOICES = "no_invoices"
    NO_END = "no_end"
    WORK = "work"


@dataclass(frozen=True, slots=True)
class InvoiceFact:
    """One invoice as the planner needs it (a ValueEntry, never the ORM object)."""

    amount_cents: int
    invoice_date: dt.date
    paid_date: dt.date | None = None

    def open_on(self, today: dt.date) -> bool:
        return self.invoice_date <= today and (self.paid_date is None or self.paid_date > today)


@dataclass(frozen=True, slots=True)
class MoneyMsg(Message):
    """A sentence about money still to come."""


@dataclass(frozen=True, slots=True)
class FeeEstimate:
    amount: float | None
    basis: Basis
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> MoneyMsg:
        return MoneyMsg(self.basis.value, self.params)


@dataclass(frozen=True, slots=True)
class MoneyOutlook:
    open_invoices: float  # euros
    open_invoice_count: int
    until_end: float | None  # estimate of fees until ``until_end_on``
    until_end_basis: str  # a Basis value
    until_end_on: dt.date | None
    work_remaining: float | None
    presumed_claim: float | None
    until_end_params: dict[str, Any] = field(default_factory=dict)

    @property
    def until_end_message(self) -> MoneyMsg:
        return MoneyMsg(self.until_end_basis, self.until_end_params)

    def lines(self, lang: str) -> list[str]:
        """Every part as a sentence, for exports and the command line."""
        out = [open_invoices_message(self).render(lang)]
        if self.until_end is not None:
            amount = MoneyMsg("until_end", {"amount": self.until_end, "ends_on": self.until_end_on})
            out.append(f"{amount.render(lang)} {self.until_end_message.render(lang)}")
        elif self.until_end_basis != Basis.WORK:
            out.append(self.until_end_message.render(lang))
        if self.work_remaining is not None:
            out.append(MoneyMsg("work_remaining", {"amount": self.work_remaining}).render(lang))
        if self.presumed_claim is not None:
            out.append(MoneyMsg("presumed_claim", {"amount": self.presumed_claim}).render(lang))
        return out


def open_invoices_message(outlook: MoneyOutlook) -> MoneyMsg:
    count = outlook.open_invoice_count
    if count == 0:
        return MoneyMsg("open_invoices_none")
    key = "open_invoices_one" if count == 1 else "open_invoices_many"
    return MoneyMsg(key, {"count": count, "amount": outlook.open_invoices})


def whole_months(start: dt.date, end_exclusive: dt.date) -> int:
    """Whole calendar-month steps from ``start`` that fit before ``end_exclusive``."""
    if end_exclusive <= start:
        return 0
    delta = relativedelta(end_exclusive, start)
    return delta.years * 12 + delta.months


def whole_periods(unit: FeeUnit, today: dt.date, ends_on: dt.date) -> int:
    """Whole fee periods from ``today`` through ``ends_on`` (inclusive)."""
    after_end = ends_on + ONE_DAY
    if unit is FeeUnit.WEEK:
        return max(0, (after_end - today).days // 7)
    months = whole_months(today, after_end)
    if unit is FeeUnit.MONTH:
        return months
    if unit is FeeUnit.QUARTER:
        return months // 3
    if unit is FeeUnit.YEAR:
        return months // 12
    raise ValueError(f"not a period unit: {unit}")


def _invoice_average(
    invoices: Iterable[InvoiceFact], today: dt.date, start: dt.date
) -> tuple[float, int] | None:
    """Average invoiced per month over the last six months (or since ``start``)."""
    window_start = max(today - relativedelta(months=AVERAGE_WINDOW_MONTHS), start)
    cents = [i.amount_cents for i in invoices if window_start < i.invoice_date <= today]
    if not cents:
        return None
    span = max(1.0, (today - window_start).days / DAYS_PER_MONTH)
    months_shown = min(AVERAGE_WINDOW_MONTHS, max(1, round(span)))
    return sum(cents) / CENTS / span, months_shown


def estimate_fees(
    terms: ContractTerms,
    fee_amount: float | None,
    invoices: Iterable[InvoiceFact],
    today: dt.date,
    ends_on: dt.date | None,
) -> FeeEstimate:
    """Fees still to come under a service contract from ``today`` until ``ends_on``."""
    if terms.type is ContractType.WORK:
        return FeeEstimate(None, Basis.WORK)
    unit = terms.fee_unit
    if unit is None:
        return FeeEstimate(None, Basis.NO_FEE_UNIT)
    if unit is FeeUnit.FIXED:
        return FeeEstimate(None, Basis.FIXED_FEE)
    if ends_on is None:
        return FeeEstimate(None, Basis.NO_END)
    if unit in (FeeUnit.HOUR, FeeUnit.DAY):
        found = _invoice_average(invoices, today, terms.start)
        if found is None:
            return FeeEstimate(None, Basis.NO_INVOICES)
        per_month, months_seen = found
        left = max(0.0, ((ends_on + ONE_DAY) - today).days / DAYS_PER_MONTH)
        params = {
            "average": round(per_month, 2),
            "months": months_seen,
            "left": round(left, 1),
            "ends_on": ends_on,
        }
        return FeeEstimate(round(per_month * left, 2), Basis.INVOICE_AVERAGE, params)
    if fee_amount is None:
        return FeeEstimate(None, Basis.NO_FEE_AMOUNT)
    count = whole_periods(unit, today, ends_on)
    params = {"count": count, "amount": float(fee_amount), "unit": unit.value, "ends_on": ends_on}
    return FeeEstimate(round(count * fee_amount, 2), Basis.FEE_PERIODS, params)


def work_remaining(terms: ContractTerms) -> float | None:
    """The part of the agreed fee not yet earned by the work done (contract for work)."""
    if terms.type is not ContractType.WORK or terms.fee_total is None or terms.progress is None:
        return None
    return round(terms.fee_total * (1 - terms.progress), 2)


def money_outlook(
    terms: ContractTerms,
    fee_amount: float | None,
    invoices: Iterable[InvoiceFact],
    today: dt.date,
    ends_on: dt.date | None,
) -> MoneyOutlook:
    """Open invoices, fees until the earliest end, the rest of a work contract, § 648."""
    invoices = list(invoices)
    still_open = [i for i in invoices if i.open_on(today)]
    estimate = estimate_fees(terms, fee_amount, invoices, today, ends_on)
    return MoneyOutlook(
        open_invoices=sum(i.amount_cents for i in still_open) / CENTS,
        open_invoice_count=len(still_open),
        until_end=estimate.amount,
        until_end_basis=estimate.basis.value,
        until_end_on=ends_on if estimate.amount is not None else None,
        work_remaining=work_remaining(terms),
        presumed_claim=presumed_claim(terms),
        until_end_params=estimate.params,
    )


# --- words ---------------------------------------------------------------------------

FEE_UNIT_WORDS = {
    "de": {
        "week": "Wochenhonorar",
        "month": "Monatshonorar",
        "quarter": "Quartalshonorar",
        "year": "Jahreshonorar",
    },
    "en": {
        "week": "weekly fee",
        "month": "monthly fee",
        "quarter": "quarterly fee",
        "year": "yearly fee",
    },
}

CATALOG: dict[str, dict[str, str]] = {
    "open_invoices_none": {
        "de": "Keine offenen Rechnungen.",
        "en": "No open invoices.",
    },
    "open_invoices_one": {
        "de": "1 offene Rechnung: {amount}.",
        "en": "1 open invoice: {amount}.",
    },
    "open_invoices_many": {
        "de": "{count} offene Rechnungen: zusammen {amount}.",
        "en": "{count} open invoices: {amount} in all.",
    },
    "until_end": {
        "de": "Bis zum {ends_on} noch etwa {amount} Honorar.",
        "en": "About {amount} in fees until {ends_on}.",
    },
    "fee_periods": {
        "de": "Schätzung: {count} × {amount} ({unit}); angefangene Zeiträume zählen nicht mit.",
        "en": "Estimate: {count} × {amount} ({unit}); periods already begun are not counted.",
    },
    "invoice_average": {
        "de": "Schätzung: im Schnitt {average} pro Monat in Rechnung gestellt (letzte "
        "{months} Monate) × {left} Monate bis zum Ende.",
        "en": "Estimate: on average {average} invoiced per month (last {months} months) × "
        "{left} months until the end.",
    },
    "fixed_fee": {
        "de": "Festpreis: Das Honorar hängt nicht an der Zeit, also keine Schätzung bis zum Ende.",
        "en": "Fixed price: the fee does not depend on time, so there is no estimate until "
        "the end.",
    },
    "no_fee_amount": {
        "de": "Kein Honorarbetrag hinterlegt – mit Betrag schätzt Grenzen, was bis zum Ende "
        "noch kommt.",
        "en": "No fee amount stored – with an amount, Grenzen estimates what is still to "
        "come until the end.",
    },
    "no_fee_unit": {
        "de": "Keine Vergütungseinheit hinterlegt, also keine Schätzung bis zum Ende.",
        "en": "No fee unit stored, so there is no estimate until the end.",
    },
    "no_invoices": {
        "de": "Keine Rechnungen in den letzten sechs Monaten, also keine Schätzung bis zum Ende.",
        "en": "No invoices in the last six months, so there is no estimate until the end.",
    },
    "no_end": {
        "de": "Kein Enddatum absehbar, also keine Schätzung bis zum Ende.",
        "en": "No end date in sight, so there is no estimate until the end.",
    },
    "work": {
        "de": "Werkvertrag: Es zählt, was vom vereinbarten Honorar noch offen ist.",
        "en": "Contract for work: what counts is the part of the agreed fee still open.",
    },
    "work_remaining": {
        "de": "Noch offen vom vereinbarten Honorar (Schätzung nach Fortschritt): {amount}.",
        "en": "Still open of the agreed fee (estimate by progress): {amount}.",
    },
    "presumed_claim": {
        "de": "Kündigt der Auftraggeber, vermutet § 648 BGB für dich: {amount}.",
        "en": "If the client terminates, § 648 BGB presumes you are owed {amount}.",
    },
}


def _number(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "de" else text


def _format_value(name: str, value: Any, lang: str) -> Any:
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if name in ("amount", "average") and isinstance(value, int | float):
        return format_money(float(value), lang)
    if name == "unit":
        return FEE_UNIT_WORDS[lang].get(value, value)
    if name == "left" and isinstance(value, float):
        return _number(value, lang)
    return value


MoneyMsg.catalog = Catalog(CATALOG, _format_value)
