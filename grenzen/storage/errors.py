"""Errors of the vault, each distinct so the user gets a message that says what happened."""

from __future__ import annotations


class VaultError(Exception):
    """Base for everything the vault refuses; the message is meant for the user."""


class VaultNotFound(VaultError):
    """There is no vault in the folder."""


class VaultExists(VaultError):
    """A vault already lives in the folder; we never overwrite one."""


class WrongPassphrase(VaultError):
    """The passphrase does not open the vault."""


class WrongRecoveryCode(VaultError):
    """The recovery code does not open the vault."""


class DamagedHeader(VaultError):
    """vault.json is unreadable or altered."""


class DamagedDatabase(VaultError):
    """The database file is damaged, or belongs to another vault, or is not encrypted."""


class SchemaTooNew(VaultError):
    """The vault was written by a newer Grenzen; opening it could lose data."""


class InsecureKeyring(VaultError):
    """The system keyring would not keep the key safe, so we refuse to remember it."""


class KeyringUnavailable(VaultError):
    """No keyring is available on this device."""


class InvalidInput(ValueError):
    """User input that cannot be accepted; the message names the field."""
