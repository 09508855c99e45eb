"""``grenzen exits``: exit scenarios with dates for a contract file or a stored contract."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from grenzen.cli.context import unlocked
from grenzen.cli.dates import iso_date
from grenzen.cli.output import emit_json
from grenzen.storage.errors import InvalidInput


def default_language() -> str:
    """German when the system speaks German, else English (the app's rule)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def _read_contract(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        message = f"contract: {path} is not valid JSON ({exc.msg}, line {exc.lineno})"
        raise InvalidInput(message) from None
    except UnicodeDecodeError:
        raise InvalidInput(f"contract: {path} is not UTF-8 text") from None


def cmd_exits(args: argparse.Namespace) -> int:
    from grenzen.domain.exits.engine import plan_exits
    from grenzen.domain.exits.report import plan_to_json, plan_to_text
    from grenzen.domain.exits.terms import TermsError, parse_terms

    lang = args.lang or default_language()
    today = args.today or dt.date.today()
    if (args.contract is None) == (args.client is None):
        raise InvalidInput("exits: give either --contract FILE or --client NAME")
    if args.ics is not None and args.client is None:
        raise InvalidInput("ics: --ics needs --client NAME (a contract stored in the vault)")
    calendar = None
    if args.client is not None:
        from grenzen.services.contracts import exits_for_client

        with unlocked(args) as vault:
            plan = exits_for_client(vault, args.client, today)
            if args.ics is not None:
                from grenzen.services.deadlines import calendar_for_client

                calendar = calendar_for_client(vault, args.client, today, lang)
    else:
        try:
            terms, unknown = parse_terms(_read_contract(Path(args.contract)))
        except TermsError as exc:
            raise InvalidInput(str(exc)) from None
        for key in unknown:
            print(f"grenzen: ignoring unknown key {key!r} in the contract", file=sys.stderr)
        plan = plan_exits(terms, today)
    if calendar is not None:
        _write_calendar(Path(args.ics), calendar, lang)
    if args.json:
        emit_json(plan_to_json(plan, lang))
    else:
        print(plan_to_text(plan, lang))
    return 0


def _write_calendar(path: Path, calendar: bytes, lang: str) -> None:
    from grenzen.cli.commands_deadlines import tell_written
    from grenzen.exports.ics import write_calendar

    tell_written(write_calendar(path, calendar), calendar.count(b"BEGIN:VEVENT"), lang)


def cmd_contract_set(args: argparse.Namespace) -> int:
    data = _read_contract(Path(args.json_file))
    with unlocked(args) as vault:
        from grenzen.services.contracts import set_contract

        contract_id = set_contract(vault, args.client, data)
    print(contract_id)
    return 0


def cmd_contract_show(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.contracts import contract_of

        emit_json(contract_of(vault, args.client))
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("exits", parents=[common], help="exit scenarios with dates")
    p.add_argument("--contract", metavar="FILE", help="contract terms as JSON (contracts.md §7)")
    p.add_argument("--client", metavar="NAME", help="use the contract stored for this client")
    p.add_argument("--today", type=iso_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--lang", choices=["de", "en"], help="language of texts (default: system)")
    p.add_argument("--ics", metavar="FILE", help="with --client: also write its dates as .ics")
    p.set_defaults(handler=cmd_exits)

    contract = commands.add_parser("contract", help="a client's contract terms")
    actions = contract.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("set", help="store a client's contract from a JSON file")
    p.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p.add_argument("--client", required=True, metavar="NAME", help="created on first use")
    p.add_argument(
        "--json", dest="json_file", required=True, metavar="FILE", help="terms (contracts.md §7)"
    )
    p.set_defaults(handler=cmd_contract_set)
    p = actions.add_parser("show", parents=[common], help="print a client's contract as JSON")
    p.add_argument("--client", required=True, metavar="NAME")
    p.set_defaults(handler=cmd_contract_show)
