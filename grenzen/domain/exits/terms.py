"""Contract terms as the exit engine reads them (keys of contracts.md §7), validated.

Every error names the key it is about, so the command line can say it in one line.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from grenzen.domain.exits.business_days import STATES
from grenzen.domain.exits.periods import Unit

_E = TypeVar("_E", bound=StrEnum)


class ContractType(StrEnum):
    SERVICE = "service"  # Dienstvertrag: work is owed, not a result
    WORK = "work"  # Werkvertrag: a result is owed


class FeeUnit(StrEnum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    FIXED = "fixed"


class NoticeTo(StrEnum):
    ANY_DAY = "any_day"
    MONTH_END = "month_end"
    QUARTER_END = "quarter_end"
    TERM_END = "term_end"


class Country(StrEnum):
    DE = "DE"
    AT = "AT"
    CH = "CH"


class NoticeForm(StrEnum):
    WRITTEN = "written"  # § 126: a signed paper
    TEXT = "text"  # § 126b: e-mail allowed


class TermsError(ValueError):
    """Bad input; ``key`` is the dotted name of the offending key."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key


@dataclass(frozen=True, slots=True)
class Notice:
    amount: int
    unit: Unit
    to: NoticeTo


@dataclass(frozen=True, slots=True)
class ContractTerms:
    type: ContractType
    start: dt.date
    state: str | None = None
    country: Country = Country.DE
    fee_unit: FeeUnit | None = None
    term_months: int | None = None
    renewal_months: int | None = None
    notice: Notice | None = None
    known_on: dt.date | None = None
    higher_services_trust: bool = False
    fee_total: float | None = None
    progress: float | None = None
    form: NoticeForm | None = None


KNOWN_KEYS = frozenset(
    {
        "type", "state", "start", "fee_unit", "term", "renewal", "notice", "known_on",
        "higher_services_trust", "fee_total", "progress", "country", "form",
    }
)  # fmt: skip


def _enum(key: str, value: Any, enum: type[_E]) -> _E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise TermsError(key, f"unknown value {value!r} (use one of: {allowed})") from None


def _date(key: str, value: Any) -> dt.date:
    if not isinstance(value, str):
        raise TermsError(key, f"expected an ISO date YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise TermsError(key, f"not a valid date: {value!r}") from None


def _positive_int(key: str, value: Any, *, allow_zero: bool = False) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < (0 if allow_zero else 1):
        floor = "0" if allow_zero else "1"
        raise TermsError(key, f"expected a whole number ≥ {floor}, got {value!r}")
    return value


def _months(key: str, value: Any) -> int:
    if not isinstance(value, Mapping) or set(value) != {"months"}:
        raise TermsError(key, 'expected {"months": N}')
    return _positive_int(f"{key}.months", value["months"])


def _number(key: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TermsError(key, f"expected a number, got {value!r}")
    if not low <= value <= high:
        raise TermsError(key, f"must be between {low:g} and {high:g}, got {value!r}")
    return float(value)


def _notice(value: Any) -> Notice:
    if not isinstance(value, Mapping):
        raise TermsError("notice", 'expected {"amount": N, "unit": …, "to": …}')
    for key in ("amount", "unit", "to"):
        if key not in value:
            raise TermsError(f"notice.{key}", "missing")
    return Notice(
        amount=_positive_int("notice.amount", value["amount"], allow_zero=True),
        unit=_enum("notice.unit", value["unit"], Unit),
        to=_enum("notice.to", value["to"], NoticeTo),
    )


def parse_terms(data: Any) -> tuple[ContractTerms, list[str]]:
    """Read contract JSON; returns the terms and the keys it did not know (to warn about)."""
    if not isinstance(data, Mapping):
        raise TermsError("contract", "expected a JSON object")
    if "type" not in data:
        raise TermsError("type", 'missing ("service" or "work")')
    if "start" not in data or data["start"] is None:
        raise TermsError("start", "missing (the ISO date the contract began)")
    country = _enum("country", data.get("country", "DE"), Country)
    state = data.get("state")
    if state is not None and (country is not Country.DE or state not in STATES):
        if country is Country.DE:
            raise TermsError("state", f"unknown value {state!r} (use one of: {', '.join(STATES)})")
        state = None  # Austrian or Swiss regions play no part in guidance-only output
    get = data.get
    terms = ContractTerms(
        type=_enum("type", data["type"], ContractType),
        start=_date("start", data["start"]),
        state=state,
        country=country,
        fee_unit=_enum("fee_unit", get("fee_unit"), FeeUnit) if get("fee_unit") else None,
        term_months=_months("term", get("term")) if get("term") is not None else None,
        renewal_months=_months("renewal", get("renewal")) if get("renewal") is not None else None,
        notice=_notice(get("notice")) if get("notice") is not None else None,
        known_on=_date("known_on", get("known_on")) if get("known_on") is not None else None,
        higher_services_trust=_bool("higher_services_trust", get("higher_services_trust", False)),
        fee_total=_number("fee_total", get("fee_total"), 0, 1e12)
        if get("fee_total") is not None
        else None,
        progress=_number("progress", get("progress"), 0, 1)
        if get("progress") is not None
        else None,
        form=_enum("form", get("form"), NoticeForm) if get("form") else None,
    )
    _check_consistency(terms)
    return terms, sorted(k for k in data if k not in KNOWN_KEYS)


def _bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TermsError(key, f"expected true or false, got {value!r}")
    return value


def _check_consistency(terms: ContractTerms) -> None:
    if terms.renewal_months is not None and terms.term_months is None:
        raise TermsError("renewal", "a renewal needs an initial term")
    if terms.notice and terms.notice.to is NoticeTo.TERM_END and terms.term_months is None:
        raise TermsError("notice.to", '"term_end" needs a term')
    needs_unit = terms.country is Country.DE and terms.type is ContractType.SERVICE
    if needs_unit and terms.notice is None and terms.term_months is None and not terms.fee_unit:
        raise TermsError("fee_unit", "missing: without a notice clause, § 621 BGB needs it")
