"""Shared steps of CLI commands: which folder, which passphrase, an unlocked vault."""

from __future__ import annotations

import argparse
import contextlib
import importlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from grenzen.cli import secrets

if TYPE_CHECKING:
    from grenzen.storage.vault import Vault

# Imported while Argon2 runs in a thread: the ORM and the services' queries.
_HEAVY_MODULES = ("grenzen.storage.vault", "grenzen.storage.models", "sqlalchemy.orm")


def vault_folder(args: argparse.Namespace) -> Path:
    from grenzen.services.paths import vault_dir

    return vault_dir(args.vault)


@contextlib.contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Vault]:
    """The vault for this command, closed (and its WAL checkpointed) afterwards.

    The header is read before the passphrase is asked, so a missing or damaged vault is
    reported first. Argon2 then runs in a thread while SQLAlchemy imports; each takes
    about a third of a second, and overlapping them shortens every command. That is why
    the commands import their services inside ``with unlocked(...)``, not before.
    """
    from grenzen.storage import keyslots

    folder = vault_folder(args)
    header = keyslots.read_vault_header(folder)
    passphrase = secrets.passphrase()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kdf") as pool:
        unwrapping = pool.submit(keyslots.unwrap_with_passphrase, header, passphrase)
        for name in _HEAVY_MODULES:
            importlib.import_module(name)
        data_key = unwrapping.result()
    from grenzen.storage.vault import Vault

    vault = Vault.open_unwrapped(folder, header, data_key)
    try:
        yield vault
    finally:
        vault.close()
