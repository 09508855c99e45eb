"""Shared steps of CLI commands: which folder, which passphrase, an unlocked vault."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from grenzen.cli import secrets

if TYPE_CHECKING:
    from grenzen.storage.vault import Vault


def vault_folder(args: argparse.Namespace) -> Path:
    from grenzen.services.paths import vault_dir

    return vault_dir(args.vault)


@contextlib.contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Vault]:
    """The vault for this command, closed (and its WAL checkpointed) afterwards."""
    from grenzen.services.vault_access import check_exists, unlock

    folder = vault_folder(args)
    check_exists(folder)
    vault = unlock(folder, secrets.passphrase())
    try:
        yield vault
    finally:
        vault.close()
