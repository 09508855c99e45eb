"""``grenzen deadlines``: every client's upcoming dates, most urgent first, and as .ics."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from grenzen.cli.commands_exits import default_language
from grenzen.cli.context import unlocked
from grenzen.cli.dates import int_in, iso_date
from grenzen.cli.output import emit_json

if TYPE_CHECKING:
    from grenzen.domain.exits.deadlines import Deadline

MAX_WITHIN_DAYS = 36_500
CLIENT_WIDTH = 18
WHAT_WIDTH = 48

WORDS = {
    "de": {
        "title": "Fristen (Stand {today})",
        "title_within": "Fristen in den nächsten {days} Tagen (Stand {today})",
        "date": "Datum",
        "days": "Tage",
        "client": "Kunde",
        "what": "Was",
        "send_by": "Abschicken bis",
        "urgent": "! = in höchstens vier Wochen",
        "no_contracts": "Noch keine Verträge gespeichert – leg einen mit "
        "„grenzen contract set --client NAME --json DATEI“ an, dann stehen seine Fristen hier.",
        "none": "Keine anstehenden Fristen – gut.",
        "none_within": "Keine Fristen in den nächsten {days} Tagen.",
        "written": "Kalender geschrieben: {path} ({count} Termine). Die Datei ist nicht "
        "verschlüsselt und kann mit einem Kalenderdienst synchronisiert werden.",
    },
    "en": {
        "title": "Deadlines (as of {today})",
        "title_within": "Deadlines in the next {days} days (as of {today})",
        "date": "Date",
        "days": "Days",
        "client": "Client",
        "what": "What",
        "send_by": "Send by",
        "urgent": "! = within four weeks",
        "no_contracts": "No contract stored yet – add one with "
        '"grenzen contract set --client NAME --json FILE" to see its dates here.',
        "none": "No upcoming deadlines – good.",
        "none_within": "No deadlines in the next {days} days.",
        "written": "Calendar written: {path} ({count} events). The file is not encrypted "
        "and may sync to a calendar service.",
    },
}


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _send_by(deadline: Deadline, today: dt.date) -> dt.date | None:
    """The day to act: post a registered letter, or hand it over when that is too late."""
    send_by = deadline.send_by
    if send_by is None:
        return None
    if send_by.registered_letter >= today:
        return send_by.registered_letter
    return send_by.courier


def deadlines_text(
    deadlines: Sequence[Deadline],
    today: dt.date,
    within_days: int | None,
    lang: str,
    *,
    has_contracts: bool,
) -> str:
    """A table to read in a terminal; urgent rows marked with "!"; the disclaimer last."""
    from grenzen.domain.exits.deadlines import disclaimer
    from grenzen.domain.exits.texts import format_date

    words = WORDS[lang]
    if not has_contracts:
        return words["no_contracts"]
    title_key = "title" if within_days is None else "title_within"
    lines = [words[title_key].format(today=format_date(today, lang), days=within_days), ""]
    if not deadlines:
        if within_days is None:
            empty = words["none"]
        else:
            empty = words["none_within"].format(days=within_days)
        return "\n".join([*lines, empty, "", disclaimer(lang)])
    header = (
        f"  {words['date']:<10}  {words['days']:>4}  {words['client']:<{CLIENT_WIDTH}}  "
        f"{words['what']:<{WHAT_WIDTH}}  {words['send_by']}"
    )
    lines.append(header)
    for item in deadlines:
        send_by = _send_by(item, today)
        lines.append(
            f"{'!' if item.urgent else ' '} {format_date(item.date, lang):<10}  "
            f"{item.days_left:>4}  {_short(item.client, CLIENT_WIDTH):<{CLIENT_WIDTH}}  "
            f"{_short(item.summary_text(lang), WHAT_WIDTH):<{WHAT_WIDTH}}  "
            f"{format_date(send_by, lang) if send_by else ''}".rstrip()
        )
    if any(item.urgent for item in deadlines):
        lines += ["", words["urgent"]]
    lines += ["", disclaimer(lang)]
    return "\n".join(lines)


def tell_written(path: Path, count: int, lang: str) -> None:
    """Say on stderr where the calendar went (stdout stays the usual output)."""
    print(WORDS[lang]["written"].format(path=path, count=count), file=sys.stderr)


def cmd_deadlines(args: argparse.Namespace) -> int:
    lang = args.lang or default_language()
    today = args.today or dt.date.today()
    with unlocked(args) as vault:
        from grenzen.domain.exits.deadlines import deadlines_to_json
        from grenzen.services.deadlines import deadline_overview, deadlines_calendar

        overview = deadline_overview(vault, today, args.within)
        deadlines = overview.deadlines
        calendar = deadlines_calendar(vault, deadlines, lang) if args.ics else None
    for client, problem in overview.problems:
        print(f"grenzen: {client}: {problem}", file=sys.stderr)
    if calendar is not None:
        from grenzen.exports.ics import write_calendar

        path = write_calendar(Path(args.ics), calendar)
        tell_written(path, len(deadlines), lang)
    if args.json:
        emit_json(deadlines_to_json(deadlines, today, args.within, lang))
    else:
        has_contracts = overview.has_contracts
        print(deadlines_text(deadlines, today, args.within, lang, has_contracts=has_contracts))
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "deadlines", parents=[common], help="all clients' upcoming deadlines, most urgent first"
    )
    p.add_argument("--today", type=iso_date, help="YYYY-MM-DD (default: today)")
    p.add_argument(
        "--within",
        type=int_in(0, MAX_WITHIN_DAYS),
        metavar="DAYS",
        help="only deadlines at most DAYS away",
    )
    p.add_argument("--lang", choices=["de", "en"], help="language of texts (default: system)")
    p.add_argument("--ics", metavar="FILE", help="also write them as a calendar file (.ics)")
    p.set_defaults(handler=cmd_deadlines)
