"""Journal commands: log, list, show, search."""

from __future__ import annotations

import argparse

from grenzen.cli.context import unlocked
from grenzen.cli.dates import int_in, iso_date
from grenzen.cli.output import (
    emit_json,
    highlight_marks,
    incident_details,
    incident_json,
    incident_line,
)
from grenzen.domain.incidents import SEVERITY_DEFAULT, Channel, IncidentDraft, Level


def cmd_log(args: argparse.Namespace) -> int:
    draft = IncidentDraft(
        client=args.client,
        text=args.text,
        person=args.person,
        occurred_on=args.occurred,
        learned_on=args.learned,
        channel=Channel(args.channel) if args.channel else None,
        quote=args.quote,
        level=Level(args.level),
        severity=args.severity,
        feeling_before=args.feeling,
        intensity_before=args.intensity,
        factual_action_needed=args.action_needed,
        notes=args.notes,
        tags=tuple(args.tag or ()),
        case_id=args.case,
    )
    with unlocked(args) as vault:
        from grenzen.services.journal import log_incident

        new_id = log_incident(vault, draft)
    if args.json:
        emit_json({"id": new_id})
    else:
        print(new_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.journal import client_filter, list_incidents

        page = list_incidents(vault, client_filter(vault, args.client), limit=args.limit)
    if args.json:
        emit_json({"incidents": [incident_json(i) for i in page.incidents], "total": page.total})
    else:
        for incident in page.incidents:
            print(incident_line(incident))
        shown = len(page.incidents)
        if not shown:
            print("No incidents yet. Record one with: grenzen log --client NAME --text TEXT")
        elif shown < page.total:
            print(f"… {shown} of {page.total} shown (newest first; --limit N for more)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.journal import show_incident

        incident = show_incident(vault, args.id)
    if args.json:
        emit_json(incident_json(incident))
    else:
        print(incident_details(incident))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    marks = ("", "") if args.json else highlight_marks()
    with unlocked(args) as vault:
        from grenzen.services.journal import search_incidents

        found = search_incidents(vault, args.query, limit=args.limit, mark=marks)
    if args.json:
        emit_json(
            {
                "query": args.query,
                "incidents": [incident_json(i) for i in found.incidents],
                "total": found.total,
            }
        )
    else:
        for incident in found.incidents:
            print(incident_line(incident, text=incident.snippet))
        if not found.incidents:
            print(f"Nothing found for {args.query!r}.")
        elif len(found.incidents) < found.total:
            print(f"… best {len(found.incidents)} of {found.total} matches shown")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("log", parents=[common], help="record an incident")
    p.add_argument("--client", required=True, help="client name (created on first use)")
    p.add_argument("--text", required=True, help="what happened")
    p.add_argument("--person", help="who at the client (created on first use)")
    p.add_argument("--channel", choices=[c.value for c in Channel])
    p.add_argument("--level", choices=[lv.value for lv in Level], default=Level.RELATIONSHIP)
    p.add_argument("--severity", type=int_in(1, 5), default=SEVERITY_DEFAULT, help="1 to 5")
    p.add_argument("--occurred", type=iso_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--learned", type=iso_date, help="YYYY-MM-DD (default: the occurred day)")
    p.add_argument("--quote", help="the literal words, if you have them")
    p.add_argument("--feeling", help="what you felt")
    p.add_argument("--intensity", type=int_in(0, 10), help="how strongly, 0 to 10")
    p.add_argument("--action-needed", action="store_true", help="the facts need action now")
    p.add_argument("--notes")
    p.add_argument("--tag", action="append", help="a tag (repeatable)")
    p.add_argument("--case", type=int, help="add to this case id")
    p.set_defaults(handler=cmd_log)

    p = commands.add_parser("list", parents=[common], help="list incidents, newest first")
    p.add_argument("--client", help="only this client")
    p.add_argument("--limit", type=int_in(1, 1_000_000), default=50)
    p.set_defaults(handler=cmd_list)

    p = commands.add_parser("show", parents=[common], help="show one incident")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("search", parents=[common], help="full-text search")
    p.add_argument("query")
    p.add_argument("--limit", type=int_in(1, 10_000), default=50)
    p.set_defaults(handler=cmd_search)
