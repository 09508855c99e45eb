"""Reading the header and unwrapping the data key, without SQLAlchemy.

Kept apart from ``vault.py`` so the command line can run Argon2 (which releases the GIL)
in a thread while the ORM is still importing: both cost about a third of a second.
"""

from __future__ import annotations

from pathlib import Path

from grenzen.storage import keys
from grenzen.storage.errors import DamagedHeader, VaultNotFound, WrongPassphrase, WrongRecoveryCode
from grenzen.storage.header import DATABASE_NAME, HEADER_NAME, VaultHeader, read_header


def read_vault_header(folder: Path) -> VaultHeader:
    """The header alone: tells a missing or damaged vault before a passphrase is asked."""
    if not (folder / HEADER_NAME).exists():
        if (folder / DATABASE_NAME).exists():
            raise DamagedHeader(f"The vault header {folder / HEADER_NAME} is missing.")
        raise VaultNotFound(f"There is no vault in {folder}. Create one with 'grenzen init'.")
    return read_header(folder)


def unwrap_with_passphrase(header: VaultHeader, passphrase: str) -> bytes:
    kek = keys.derive_passphrase_key(passphrase, header.kdf_salt, header.kdf_params)
    try:
        return keys.unwrap(kek, header.passphrase_wrapped, header.context)
    except keys.UnwrapFailed:
        raise WrongPassphrase("The passphrase is not right.") from None


def unwrap_with_recovery_code(header: VaultHeader, code: str) -> bytes:
    normalized = keys.normalize_recovery_code(code)
    if normalized is None:
        raise WrongRecoveryCode(
            "That is not a recovery code: it has 32 letters and digits in groups of four."
        )
    kek = keys.derive_recovery_key(normalized, header.recovery_salt)
    try:
        return keys.unwrap(kek, header.recovery_wrapped, header.context)
    except keys.UnwrapFailed:
        raise WrongRecoveryCode("The recovery code is not right.") from None
