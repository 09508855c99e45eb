"""``grenzen letter`` and ``grenzen exit-plan``: a letter draft or the one-page plan as a file.

Both files hold what the user wrote and are NOT encrypted: written 0600, with a warning.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from grenzen.cli.commands_exits import default_language
from grenzen.cli.context import unlocked
from grenzen.cli.dates import iso_date
from grenzen.cli.output import emit_json
from grenzen.domain.letters import LETTER_KINDS
from grenzen.storage.errors import InvalidInput

FORMATS = {".md": "md", ".markdown": "md", ".pdf": "pdf"}


def _target(args: argparse.Namespace) -> tuple[Path, str]:
    """The output file and its format (from --format, else from the suffix)."""
    out = Path(args.out)
    fmt = args.format or FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise InvalidInput(f"out: cannot tell the format from {out.name!r}; give --format")
    if out.is_dir():
        raise InvalidInput(f"out: {out} is a folder")
    if not out.parent.is_dir():
        raise InvalidInput(f"out: there is no folder {out.parent}")
    return out, str(fmt)


def _client(args: argparse.Namespace) -> str:
    if not args.client.strip():
        raise InvalidInput("client: give a client name")
    return str(args.client).strip()


def _written(path: Path, fmt: str, args: argparse.Namespace) -> int:
    print(f"grenzen: warning: {path} is NOT encrypted; keep it safe", file=sys.stderr)
    if args.json:
        emit_json({"path": str(path), "format": fmt})
    else:
        print(path)
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    if args.kind not in LETTER_KINDS:
        known = ", ".join(LETTER_KINDS)
        raise InvalidInput(f"kind: unknown letter kind {args.kind!r} (use one of: {known})")
    out, fmt = _target(args)
    client = _client(args)
    lang = args.lang or default_language()
    today = args.today or dt.date.today()
    with unlocked(args) as vault:
        from grenzen.services import letters

        text = letters.letter_text(vault, client, args.kind, lang, today).text
    return _written(letters.export_letter(text, out, fmt), fmt, args)


def cmd_exit_plan(args: argparse.Namespace) -> int:
    out, fmt = _target(args)
    client = _client(args)
    lang = args.lang or default_language()
    today = args.today or dt.date.today()
    with unlocked(args) as vault:
        from grenzen.services.exit_plan_sheet import exit_plan_markdown

        text = exit_plan_markdown(vault, client, args.scenario, lang, today)
    # Imported here: the PDF writer brings QtGui, which only the export needs.
    from grenzen.exports import dossier_files

    write = dossier_files.write_pdf if fmt == "pdf" else dossier_files.write_markdown
    return _written(write(text, out), fmt, args)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "letter", parents=[common], help="a letter to a client (notice, deadline, …) as a file"
    )
    p.add_argument("--client", required=True, metavar="NAME")
    p.add_argument("--kind", required=True, metavar="KIND", help=", ".join(LETTER_KINDS))
    p.add_argument("--lang", choices=["de", "en"], help="language of the letter")
    p.add_argument("--today", type=iso_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write (not encrypted)")
    p.add_argument("--format", choices=["md", "pdf"], help="default: from the file's suffix")
    p.set_defaults(handler=cmd_letter)

    p = commands.add_parser(
        "exit-plan", parents=[common], help="the one-page exit plan of a client as a file"
    )
    p.add_argument("--client", required=True, metavar="NAME")
    p.add_argument(
        "--scenario", metavar="ID", help="e.g. ordinary_notice (default: the first with a date)"
    )
    p.add_argument("--lang", choices=["de", "en"], help="language of the plan")
    p.add_argument("--today", type=iso_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write (not encrypted)")
    p.add_argument("--format", choices=["md", "pdf"], help="default: from the file's suffix")
    p.set_defaults(handler=cmd_exit_plan)
