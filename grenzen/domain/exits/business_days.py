"""Business days and Werktage in one German state, holidays from the ``holidays`` library.

A *business day* (for practical deadlines) is Monday to Friday and not a public holiday
in the recipient's state. A *Werktag* (for § 621 Nr. 2) is Monday to Saturday and not a
public holiday.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

STATES = (
    "BW",
    "BY",
    "BE",
    "BB",
    "HB",
    "HH",
    "HE",
    "MV",
    "NI",
    "NW",
    "RP",
    "SL",
    "SN",
    "ST",
    "SH",
    "TH",
)
ONE_DAY = dt.timedelta(days=1)
SATURDAY, SUNDAY = 5, 6


@lru_cache(maxsize=64)
def _holidays(state: str | None, year: int) -> dict[dt.date, str]:
    calendar = holidays.Germany(subdiv=state, years=year, language="de")
    return dict(calendar.items())


class StateCalendar:
    """Holidays of one state (``None``: only the nationwide ones)."""

    def __init__(self, state: str | None) -> None:
        if state is not None and state not in STATES:
            raise ValueError(f"unknown German state code {state!r}")
        self.state = state

    def holiday(self, day: dt.date) -> str | None:
        """The holiday's German name, or None."""
        return _holidays(self.state, day.year).get(day)

    def is_business_day(self, day: dt.date) -> bool:
        return day.weekday() < SATURDAY and self.holiday(day) is None

    def is_werktag(self, day: dt.date) -> bool:
        return day.weekday() != SUNDAY and self.holiday(day) is None

    def business_day_on_or_before(self, day: dt.date) -> dt.date:
        while not self.is_business_day(day):
            day -= ONE_DAY
        return day

    def business_day_on_or_after(self, day: dt.date) -> dt.date:
        while not self.is_business_day(day):
            day += ONE_DAY
        return day

    def business_days_before(self, day: dt.date, count: int) -> dt.date:
        """The business day ``count`` business days before ``day`` (itself a business day)."""
        for _ in range(count):
            day = self.business_day_on_or_before(day - ONE_DAY)
        return day

    def first_werktag_of_week(self, monday: dt.date) -> dt.date | None:
        """The week's first Werktag, or None in the (theoretical) week without one."""
        for offset in range(6):
            day = monday + dt.timedelta(days=offset)
            if self.is_werktag(day):
                return day
        return None
