"""Date arithmetic of §§ 187, 188 BGB, forward and backward.

A notice period starts the day after receipt (§ 187(1)) and ends on the day with the
same number (months) or weekday (weeks); a missing day becomes the month's last day
(§ 188(3)). A term that begins with its first day (§ 187(2)) ends the day before the
day with the start's number. Counting back is never done by subtracting months: the
latest receipt is found as the last day whose forward period still fits.
"""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum

from dateutil.relativedelta import relativedelta

ONE_DAY = dt.timedelta(days=1)


class Unit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def quarter_end(day: dt.date) -> dt.date:
    last_month = ((day.month - 1) // 3 + 1) * 3
    return month_end(day.replace(month=last_month, day=1))


def next_month_end(day: dt.date) -> dt.date:
    """The first month end strictly after ``day``."""
    return month_end(month_end(day) + ONE_DAY)


def next_quarter_end(day: dt.date) -> dt.date:
    """The first quarter end strictly after ``day``."""
    return quarter_end(quarter_end(day) + ONE_DAY)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day number ``months`` later, clamped to the month's last day (§ 188(3))."""
    return day + relativedelta(months=months)


def period_end(receipt: dt.date, amount: int, unit: Unit) -> dt.date:
    """Last day of a notice period that starts the day after ``receipt`` (§§ 187(1), 188)."""
    if unit is Unit.DAYS:
        return receipt + dt.timedelta(days=amount)
    if unit is Unit.WEEKS:
        return receipt + dt.timedelta(weeks=amount)
    return add_months(receipt, amount)


def latest_receipt(end: dt.date, amount: int, unit: Unit) -> dt.date:
    """The last receipt day whose forward period ends on or before ``end``.

    Month periods are not invertible by subtraction: 3 months to 29.02.2028 may still be
    received on 30.11.2027, because "30.02." becomes 29.02. So we start from a safe
    estimate and walk forward while the next day still fits.
    """
    if unit is not Unit.MONTHS:
        return end - (period_end(end, amount, unit) - end)
    candidate = end - relativedelta(months=amount) - dt.timedelta(days=3)
    while period_end(candidate + ONE_DAY, amount, unit) <= end:
        candidate += ONE_DAY
    return candidate


def term_end(start: dt.date, months: int) -> dt.date:
    """Last day of a term of ``months`` that begins with ``start`` (§§ 187(2), 188(2),(3)).

    The term ends the day before the day with the start's number; where that day does not
    exist (a start on the 31st, a 30.01. start and February), the month's last day.
    """
    target = start.replace(day=1) + relativedelta(months=months)
    if start.day > calendar.monthrange(target.year, target.month)[1]:
        return month_end(target)
    return target.replace(day=start.day) - ONE_DAY


def weeks_saturday(day: dt.date) -> dt.date:
    """The Saturday of ``day``'s calendar week (Monday to Sunday)."""
    return day + dt.timedelta(days=5 - day.weekday())


def week_monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())
