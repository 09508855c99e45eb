"""``vault.json``: the small header beside the database. Key material only, no user data.

A SHA-256 checksum over the header's own content tells accidental damage (a truncated
file, a flipped byte) apart from a wrong passphrase, which AES-GCM alone could not.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from grenzen.storage.errors import DamagedHeader
from grenzen.storage.keys import Argon2Params, WrappedKey, b64, unb64

HEADER_NAME = "vault.json"
DATABASE_NAME = "grenzen.db"  # named here so modules without SQLAlchemy can find it
FORMAT_NAME = "grenzen-vault"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class VaultHeader:
    vault_id: str
    kdf_salt: bytes
    kdf_params: Argon2Params
    passphrase_wrapped: WrappedKey
    recovery_salt: bytes
    recovery_wrapped: WrappedKey

    @staticmethod
    def new_vault_id() -> str:
        return uuid.uuid4().hex

    @property
    def context(self) -> bytes:
        return wrap_context(self.vault_id)

    def with_passphrase(
        self, salt: bytes, params: Argon2Params, wrapped: WrappedKey
    ) -> VaultHeader:
        return replace(self, kdf_salt=salt, kdf_params=params, passphrase_wrapped=wrapped)

    def to_json(self) -> dict[str, object]:
        body: dict[str, object] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "kdf": {"algorithm": "argon2id", "salt": b64(self.kdf_salt)}
            | self.kdf_params.to_json(),
            "wrapped_keys": {
                "passphrase": self.passphrase_wrapped.to_json(),
                "recovery": {"salt": b64(self.recovery_salt), "kdf": "hkdf-sha256"}
                | self.recovery_wrapped.to_json(),
            },
        }
        body["checksum"] = _checksum(body)
        return body

    @classmethod
    def from_json(cls, data: object) -> VaultHeader:
        if not isinstance(data, dict):
            raise DamagedHeader("The vault header is not a JSON object.")
        body = {k: v for k, v in data.items() if k != "checksum"}
        if data.get("format") != FORMAT_NAME:
            raise DamagedHeader("This folder's vault.json is not a Grenzen vault header.")
        if data.get("version") != FORMAT_VERSION:
            raise DamagedHeader(
                f"The vault header has version {data.get('version')!r}; "
                f"this Grenzen reads version {FORMAT_VERSION}."
            )
        if data.get("checksum") != _checksum(body):
            raise DamagedHeader("The vault header (vault.json) is damaged: its checksum fails.")
        try:
            kdf = data["kdf"]
            wrapped = data["wrapped_keys"]
            if kdf["algorithm"] != "argon2id":
                raise ValueError("unknown key derivation")
            return cls(
                vault_id=str(data["vault_id"]),
                kdf_salt=unb64(kdf["salt"]),
                kdf_params=Argon2Params.from_json(kdf),
                passphrase_wrapped=WrappedKey.from_json(wrapped["passphrase"]),
                recovery_salt=unb64(wrapped["recovery"]["salt"]),
                recovery_wrapped=WrappedKey.from_json(wrapped["recovery"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedHeader(f"The vault header (vault.json) is incomplete: {exc}") from exc


def wrap_context(vault_id: str) -> bytes:
    """Associated data for AES-GCM: binds a wrapped key to this vault and header format."""
    return f"{FORMAT_NAME}:{FORMAT_VERSION}:{vault_id}".encode()


def _checksum(body: dict[str, object]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return "sha256:" + hashlib.sha256(canonical.encode("ascii")).hexdigest()


def read_header(folder: Path) -> VaultHeader:
    path = folder / HEADER_NAME
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DamagedHeader(f"The vault header {path} cannot be read: {exc.strerror}") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedHeader(f"The vault header {path} is damaged (not valid JSON).") from exc
    return VaultHeader.from_json(data)


def write_header(folder: Path, header: VaultHeader) -> None:
    """Atomic replace, so a crash leaves either the old or the new header, never half."""
    write_private_file(folder / HEADER_NAME, json.dumps(header.to_json(), indent=2).encode())


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` readable only by the user, atomically (temp file, fsync, rename)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
