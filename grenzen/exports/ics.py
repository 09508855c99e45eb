"""Calendar files (iCalendar, RFC 5545) for deadlines: all-day events with reminders.

Re-importing a newer export must update the events already in the calendar, not add
copies: each event's UID is a hash of the vault, the client's id and what identifies the
deadline (never a name), and SEQUENCE/LAST-MODIFIED grow with every export.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from grenzen.domain.exits.deadlines import CalendarEvent
from grenzen.exports.files import write_private

PRODID = "-//Grenzen//Exit planner//EN"
UID_DOMAIN = "grenzen.invalid"  # reserved top-level domain: the UID points nowhere
SEQUENCE_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
ONE_DAY = dt.timedelta(days=1)


def event_uid(vault_id: str, uid_key: str) -> str:
    """The same deadline of the same vault gives the same UID on every export."""
    digest = hashlib.sha256(f"grenzen-deadline\x1f{vault_id}\x1f{uid_key}".encode()).hexdigest()
    return f"{digest}@{UID_DOMAIN}"


def sequence_at(now: dt.datetime) -> int:
    """Minutes since 2026-01-01: later exports carry a higher SEQUENCE, so they win."""
    return max(0, int((now - SEQUENCE_EPOCH).total_seconds() // 60))


def _utc_now(now: dt.datetime | None) -> dt.datetime:
    moment = now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _alarm(days_before: int, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", dt.timedelta(days=-days_before))
    alarm.add("description", text)
    return alarm


def _event(item: CalendarEvent, vault_id: str, stamp: dt.datetime, sequence: int) -> Event:
    event = Event()
    event.add("uid", event_uid(vault_id, item.uid_key))
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", sequence)
    event.add("dtstart", item.day)
    event.add("dtend", item.day + ONE_DAY)
    event.add("summary", item.summary)
    event.add("description", item.description)
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
    for days in item.alarms:
        event.add_component(_alarm(days, item.summary))
    return event


def calendar_bytes(
    events: Iterable[CalendarEvent],
    vault_id: str,
    *,
    name: str = "Grenzen",
    now: dt.datetime | None = None,
) -> bytes:
    """An iCalendar file with one all-day event per item, each with its reminders."""
    stamp = _utc_now(now)
    sequence = sequence_at(stamp)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for item in events:
        calendar.add_component(_event(item, vault_id, stamp, sequence))
    return calendar.to_ical()


def write_calendar(path: Path | str, content: bytes) -> Path:
    """Write the file readable by the user alone (0600): it holds client names and dates."""
    return write_private(path, content)
