"""Passphrases and recovery codes: from the environment for scripts, else a TTY prompt.

Never from command-line arguments: those show up in process lists and shell history.
"""

from __future__ import annotations

import getpass
import os
import sys

from grenzen.storage.errors import InvalidInput

PASSPHRASE_ENV = "GRENZEN_PASSPHRASE"
NEW_PASSPHRASE_ENV = "GRENZEN_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "GRENZEN_RECOVERY_CODE"


def _interactive() -> bool:
    return sys.stdin.isatty()


def _ask(prompt: str, env: str, *, confirm: bool) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not _interactive():
        raise InvalidInput(f"no terminal to ask for it: set {env} for scripts")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat to confirm: ") != first:
        raise InvalidInput("the two entries differ; nothing was changed")
    return first


def passphrase(*, confirm: bool = False) -> str:
    return _ask("Passphrase: ", PASSPHRASE_ENV, confirm=confirm)


def new_passphrase() -> str:
    return _ask("New passphrase: ", NEW_PASSPHRASE_ENV, confirm=True)


def recovery_code() -> str:
    return _ask("Recovery code: ", RECOVERY_CODE_ENV, confirm=False)


def confirm(question: str, *, assume_yes: bool) -> bool:
    """Ask yes/no on a terminal; scripts (no TTY) and ``--yes`` proceed without asking."""
    if assume_yes or not _interactive():
        return True
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in {"y", "yes", "j", "ja"}
