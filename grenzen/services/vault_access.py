"""Vault use cases: create, unlock, change passphrase, recover, back up, restore, verify."""

from __future__ import annotations

from pathlib import Path

from grenzen.storage.vault import Vault


def create_vault(folder: Path, passphrase: str) -> tuple[Vault, str]:
    """New vault; the recovery code is returned once and stored nowhere in clear."""
    return Vault.create(folder, passphrase)


def check_exists(folder: Path) -> None:
    """Raise VaultNotFound or DamagedHeader before anyone is asked for a passphrase."""
    Vault.read_header(folder)


def unlock(folder: Path, passphrase: str) -> Vault:
    return Vault.unlock(folder, passphrase)


def change_passphrase(folder: Path, current: str, new: str) -> None:
    with Vault.unlock(folder, current) as vault:
        vault.change_passphrase(new)


def recover(folder: Path, recovery_code: str, new_passphrase: str) -> None:
    """A forgotten passphrase: the recovery code sets a new one; the code stays valid."""
    Vault.reset_passphrase(folder, recovery_code, new_passphrase).close()


def backup(vault: Vault, target: Path) -> Path:
    return vault.backup(target)


def restore(folder: Path, backup_file: Path, passphrase: str) -> Path:
    """Verify the backup fully, then replace; returns where the vault now is."""
    with Vault.restore(folder, backup_file, passphrase) as vault:
        return vault.folder


def verify(vault: Vault) -> list[str]:
    return vault.verify()
