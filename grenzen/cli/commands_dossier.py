"""``grenzen dossier``: a dated record of a case or a client as Markdown, HTML or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from grenzen.cli.commands_exits import default_language
from grenzen.cli.context import unlocked
from grenzen.cli.output import emit_json
from grenzen.storage.errors import InvalidInput

FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def _format(args: argparse.Namespace, out: Path) -> str:
    if args.format:
        return str(args.format)
    found = FORMATS.get(out.suffix.lower())
    if found is None:
        raise InvalidInput(f"out: cannot tell the format from {out.name!r}; give --format")
    return found


def cmd_dossier(args: argparse.Namespace) -> int:
    out = Path(args.out)
    kind = _format(args, out)
    if out.is_dir():
        raise InvalidInput(f"out: {out} is a folder")
    if not out.parent.is_dir():
        raise InvalidInput(f"out: there is no folder {out.parent}")
    lang = args.lang or default_language()
    with unlocked(args) as vault:
        from grenzen.services import dossier

        if args.case is not None:
            text = dossier.case_dossier(vault, args.case, lang, redact=args.redact)
        else:
            if not args.client.strip():
                raise InvalidInput("client: give a client name")
            text = dossier.client_dossier(vault, args.client, lang, redact=args.redact)
    # Imported here: the PDF writer brings QtGui, which only this command needs.
    from grenzen.exports import dossier_files as writers

    write = {"md": writers.write_markdown, "html": writers.write_html, "pdf": writers.write_pdf}
    path = write[kind](text, out)
    print(f"grenzen: warning: {path} is NOT encrypted; keep it safe", file=sys.stderr)
    if args.json:
        emit_json({"path": str(path), "format": kind})
    else:
        print(path)
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "dossier", parents=[common], help="export a dated record of a case or a client"
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", type=int, metavar="ID", help="the case's record")
    which.add_argument("--client", metavar="NAME", help="the client's record")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write (not encrypted)")
    p.add_argument(
        "--format", choices=["md", "html", "pdf"], help="default: from the file's suffix"
    )
    p.add_argument("--redact", action="store_true", help="replace people's names")
    p.add_argument("--lang", choices=["de", "en"], help="language of the headings")
    p.set_defaults(handler=cmd_dossier)
