"""Moving data in and out: export (plaintext JSON), import (ours or jrnl), demo data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from grenzen.cli import secrets
from grenzen.cli.context import unlocked
from grenzen.cli.dates import int_in
from grenzen.cli.output import emit_json

PLAINTEXT_WARNING = (
    "warning: the export is NOT encrypted. Anyone who can read {path} can read your journal. "
    "Delete it when you no longer need it."
)


def cmd_export(args: argparse.Namespace) -> int:
    target = Path(args.file)
    if not secrets.confirm(
        f"Write an UNENCRYPTED copy of your whole vault to {target}?", assume_yes=args.yes
    ):
        print("Nothing was written.", file=sys.stderr)
        return 1
    with unlocked(args) as vault:
        from grenzen.services.transfer import export_all

        summary = export_all(vault, target)
    print(PLAINTEXT_WARNING.format(path=target), file=sys.stderr)
    if args.json:
        emit_json({"file": str(target), "counts": summary.counts})
    else:
        counted = ", ".join(f"{n} {kind}" for kind, n in summary.counts.items())
        print(f"Exported {counted} to {target}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    with unlocked(args) as vault:
        from grenzen.services.transfer import import_file

        report = import_file(vault, source, default_client=args.client)
    if args.json:
        emit_json(
            {
                "format": report.format,
                "imported": report.imported,
                "skipped": report.skipped,
            }
        )
    else:
        counted = ", ".join(f"{n} {kind}" for kind, n in report.imported.items() if n) or "nothing"
        print(f"Imported {counted} from {source} ({report.format} format).")
        for note in report.skipped:
            print(f"skipped (already in the vault): {note}", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.demo import fill_demo

        summary = fill_demo(vault, incidents=args.incidents, seed=args.seed)
    if args.json:
        emit_json({"counts": summary.counts})
    else:
        counted = ", ".join(f"{n} {kind}" for kind, n in summary.counts.items())
        print(f"Added demo data: {counted}.")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("export", parents=[common], help="export everything as JSON")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("import", parents=[common], help="import a Grenzen or jrnl export")
    p.add_argument("file")
    p.add_argument("--client", help="client for imported jrnl entries (default: the jrnl tag)")
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("demo", parents=[common], help="fill the vault with sample data")
    p.add_argument("--incidents", type=int_in(0, 1_000_000), default=200)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)
