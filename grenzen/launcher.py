"""The ``grenzen`` command: no arguments open the app, anything else is the command line.

Kept outside ``cli`` and ``ui`` so neither has to know the other (import-linter keeps
Qt out of the command line).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from grenzen.app import main as run_app

        return run_app()
    from grenzen.cli.main import main as run_cli

    return run_cli(args)
