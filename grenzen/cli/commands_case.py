"""``grenzen case``: open a case, mark stages done, close it, and see what the coach says."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from grenzen.cli.commands_exits import default_language
from grenzen.cli.context import unlocked
from grenzen.cli.dates import int_in, iso_date
from grenzen.cli.output import emit_json
from grenzen.domain.cases import Stage


def iso_datetime(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date-time: {value!r}") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"give the offset too, e.g. {value}+00:00")
    return moment


def cmd_open(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.cases import open_case

        case_id = open_case(vault, args.client, args.title, args.incident or ())
    if args.json:
        emit_json({"id": case_id})
    else:
        print(case_id)
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.cases import mark_stage_done

        state = mark_stage_done(vault, args.case, Stage(args.stage), args.review_date, args.now)
    current = state.current.value if state.current else None
    if args.json:
        emit_json({"id": state.id, "stage": current})
    else:
        print(current or "all stages done")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.cases import close_case

        close_case(vault, args.case, args.outcome, args.now)
    return 0


def _view_json(view: Any, lang: str) -> dict[str, Any]:
    state = view.state
    return {
        "id": state.id,
        "title": view.title,
        "client": view.client,
        "stage": state.current.value if state.current else None,
        "stages": [
            {
                "stage": stage.value,
                "status": status.value,
                "done_at": state.done[stage].isoformat() if stage in state.done else None,
            }
            for stage, status in view.statuses
        ],
        "recommendations": [
            {
                "action": r.action.value,
                "reason": r.reason.render(lang),
                "not_before": r.not_before.isoformat() if r.not_before else None,
            }
            for r in view.recommendations
        ],
        "cooling_off_until": view.not_before.isoformat() if view.not_before else None,
        "review_date": state.review_date.isoformat() if state.review_date else None,
        "closed": state.closed_at is not None,
        "outcome": state.outcome,
        "incidents": view.incident_ids,
    }


def cmd_show(args: argparse.Namespace) -> int:
    lang = args.lang or default_language()
    with unlocked(args) as vault:
        from grenzen.services.cases import coach_view

        view = coach_view(vault, args.case, args.now, dt.timedelta(hours=args.cooling_off))
    document = _view_json(view, lang)
    if args.json:
        emit_json(document)
        return 0
    print(f"{document['title']} ({document['client']})")
    for stage in document["stages"]:
        print(f"  {stage['status']:<8} {stage['stage']}")
    for item in document["recommendations"]:
        when = f" (not before {item['not_before']})" if item["not_before"] else ""
        print(f"→ {item['action']}{when}: {item['reason']}")
    if not document["recommendations"]:
        print("No recommendation: the case is closed.", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.cases import list_cases

        cases = list_cases(vault)
    if args.json:
        emit_json(
            {
                "cases": [
                    {
                        "id": c.id,
                        "client": c.client,
                        "title": c.title,
                        "stage": c.stage.value,
                        "closed": not c.is_open,
                        "outcome": c.outcome,
                        "incidents": c.incident_count,
                    }
                    for c in cases
                ]
            }
        )
    else:
        for c in cases:
            state = c.outcome or c.stage.value
            print(f"{c.id:>5}  {state:<14} {c.client} · {c.title}")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    case = commands.add_parser("case", help="cases: one conflict followed up the ladder")
    actions = case.add_subparsers(dest="action", metavar="ACTION", required=True)
    stages = [s.value for s in Stage]

    p = actions.add_parser("open", parents=[common], help="open a case for a client")
    p.add_argument("--client", required=True, help="client name (created on first use)")
    p.add_argument("--title")
    p.add_argument("--incident", type=int, nargs="+", metavar="ID", help="incidents of the case")
    p.set_defaults(handler=cmd_open)

    p = actions.add_parser("done", parents=[common], help="mark the current stage done")
    p.add_argument("case", type=int, metavar="case")
    p.add_argument("stage", choices=stages, metavar="stage", help=", ".join(stages))
    p.add_argument("--review-date", type=iso_date, help="YYYY-MM-DD by which things must change")
    p.add_argument("--now", type=iso_datetime, help="ISO date-time with offset (default: now)")
    p.set_defaults(handler=cmd_done)

    p = actions.add_parser("close", parents=[common], help="close a case")
    p.add_argument("case", type=int, metavar="case")
    p.add_argument("--outcome", required=True, choices=["settled", "moved_on"])
    p.add_argument("--now", type=iso_datetime, help="ISO date-time with offset (default: now)")
    p.set_defaults(handler=cmd_close)

    p = actions.add_parser("show", parents=[common], help="the ladder and the coach's advice")
    p.add_argument("case", type=int, metavar="case")
    p.add_argument("--now", type=iso_datetime, help="ISO date-time with offset (default: now)")
    p.add_argument(
        "--cooling-off", type=int_in(0, 168), default=24, metavar="HOURS", help="default 24"
    )
    p.add_argument("--lang", choices=["de", "en"], help="language of the reasons")
    p.set_defaults(handler=cmd_show)

    p = actions.add_parser("list", parents=[common], help="all cases, open ones first")
    p.set_defaults(handler=cmd_list)
