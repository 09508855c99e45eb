"""Entry point of the ``grenzen`` command: parsing, dispatch and exit codes.

Exit codes are a contract used by scripts and tests: 0 ok, 2 bad usage or input,
3 wrong passphrase or recovery code, 4 damaged or foreign vault. Tracebacks only with
``--debug``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SECRET, EXIT_DAMAGED = 0, 1, 2, 3, 4


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (the usage is in --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


class VersionAction(argparse.Action):
    """Like argparse's "version", but reads the package metadata only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from grenzen import version

        print(f"grenzen {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    from grenzen.cli import (
        commands_case,
        commands_deadlines,
        commands_dossier,
        commands_exits,
        commands_journal,
        commands_letters,
        commands_transfer,
        commands_value,
        commands_vault,
    )

    parser = OneLineParser(
        prog="grenzen",
        description="Grenzen: your private, encrypted journal of difficult client moments.",
    )
    parser.add_argument("--version", action=VersionAction, nargs=0, help="show the version")
    parser.add_argument(
        "--vault", metavar="DIR", help="vault folder (default: $GRENZEN_VAULT or app data)"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")

    common = OneLineParser(add_help=False)
    common.add_argument("--json", action="store_true", help="machine-readable output")
    common.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    commands_vault.register(commands, common)
    commands_journal.register(commands, common)
    commands_transfer.register(commands, common)
    commands_exits.register(commands, common)
    commands_deadlines.register(commands, common)
    commands_case.register(commands, common)
    commands_dossier.register(commands, common)
    commands_letters.register(commands, common)
    commands_value.register(commands, common)
    return parser


def exit_code_for(exc: BaseException) -> int | None:
    """The contract's exit code for an expected error, or None for a bug."""
    from grenzen.domain.incidents import InvalidIncident
    from grenzen.storage import errors

    if isinstance(exc, errors.WrongPassphrase | errors.WrongRecoveryCode):
        return EXIT_SECRET
    if isinstance(exc, errors.DamagedHeader | errors.DamagedDatabase | errors.SchemaTooNew):
        return EXIT_DAMAGED
    if isinstance(
        exc,
        errors.InvalidInput
        | errors.VaultNotFound
        | errors.VaultExists
        | errors.InsecureKeyring
        | errors.KeyringUnavailable
        | InvalidIncident
        | FileNotFoundError
        | FileExistsError
        | IsADirectoryError
        | NotADirectoryError
        | PermissionError,
    ):
        return EXIT_USAGE
    from grenzen.storage.database import is_damage

    if is_damage(exc):
        return EXIT_DAMAGED
    return None


def describe(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"file not found: {exc.filename or exc}"
    if isinstance(exc, PermissionError):
        return f"permission denied: {exc.filename or exc}"
    if isinstance(exc, FileExistsError | NotADirectoryError) and exc.filename:
        return f"not a folder: {exc.filename}"
    from grenzen.storage.database import database_error, is_damage

    if is_damage(exc):
        return str(database_error(exc))
    return str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        print("grenzen: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader left early (``grenzen list | head``): not an error of ours. Point
        # stdout at /dev/null so Python's final flush does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if args.debug:
            raise
        code = exit_code_for(exc)
        if code is None:
            print(
                f"grenzen: unexpected error ({type(exc).__name__}); "
                "run again with --debug for details",
                file=sys.stderr,
            )
            return EXIT_FAILED
        print(f"grenzen: {describe(exc)}", file=sys.stderr)
        return code


if __name__ == "__main__":
    sys.exit(main())
