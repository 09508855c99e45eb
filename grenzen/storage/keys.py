"""Key material: the random data key, Argon2id for passphrases, recovery codes, AES-GCM wrap.

The database is encrypted with a random 256-bit data key. That key is stored only wrapped:
once under a key derived from the passphrase and once under the recovery code. Changing
the passphrase rewraps 32 bytes and never re-encrypts the database.
"""

from __future__ import annotations

import base64
import secrets
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# Argon2id floor (OWASP-style): at least 64 MiB and 3 passes; calibration may raise passes.
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_MIN_TIME_COST = 3
ARGON2_MAX_TIME_COST = 12
ARGON2_PARALLELISM = 2
ARGON2_TARGET_SECONDS = 0.5

# Crockford base32: no I, L, O, U, so a handwritten code is hard to misread.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = {"O": "0", "I": "1", "L": "1"}
RECOVERY_CODE_BITS = 160
RECOVERY_GROUP = 4


@dataclass(frozen=True, slots=True)
class Argon2Params:
    memory_kib: int
    time_cost: int
    parallelism: int

    def to_json(self) -> dict[str, int]:
        return {
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Argon2Params:
        values = {k: data[k] for k in ("memory_kib", "time_cost", "parallelism")}
        if not all(isinstance(v, int) and v > 0 for v in values.values()):
            raise ValueError("Argon2 parameters must be positive integers")
        return cls(**values)  # type: ignore[arg-type]


DEFAULT_ARGON2 = Argon2Params(ARGON2_MEMORY_KIB, ARGON2_MIN_TIME_COST, ARGON2_PARALLELISM)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def derive_passphrase_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """Argon2id; the slow step of unlocking, deliberately."""
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def calibrate_argon2(target_seconds: float = ARGON2_TARGET_SECONDS) -> Argon2Params:
    """Pick the number of passes so one derivation takes about ``target_seconds`` here."""
    probe = DEFAULT_ARGON2
    started = time.perf_counter()
    derive_passphrase_key("calibration", b"\0" * SALT_BYTES, probe)
    per_pass = (time.perf_counter() - started) / probe.time_cost
    passes = round(target_seconds / per_pass) if per_pass > 0 else ARGON2_MIN_TIME_COST
    passes = max(ARGON2_MIN_TIME_COST, min(ARGON2_MAX_TIME_COST, passes))
    return Argon2Params(probe.memory_kib, passes, probe.parallelism)


def new_recovery_code() -> str:
    """160 random bits in Crockford base32, grouped for writing down: XXXX-XXXX-…"""
    value = secrets.randbits(RECOVERY_CODE_BITS)
    chars = []
    for _ in range(RECOVERY_CODE_BITS // 5):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    raw = "".join(chars)
    return "-".join(raw[i : i + RECOVERY_GROUP] for i in range(0, len(raw), RECOVERY_GROUP))


def normalize_recovery_code(code: str) -> str | None:
    """Uppercase, drop spaces and dashes, accept O/I/L for 0/1. None if it cannot be a code."""
    cleaned = "".join(c for c in code.upper() if c not in " -\t\n")
    cleaned = "".join(_CROCKFORD_ALIASES.get(c, c) for c in cleaned)
    if len(cleaned) != RECOVERY_CODE_BITS // 5 or any(c not in _CROCKFORD for c in cleaned):
        return None
    return cleaned


def derive_recovery_key(normalized_code: str, salt: bytes) -> bytes:
    """The code carries 160 random bits, so a fast KDF (HKDF) is enough here."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"grenzen recovery v1"
    ).derive(normalized_code.encode("ascii"))


@dataclass(frozen=True, slots=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {"nonce": b64(self.nonce), "ciphertext": b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> WrappedKey:
        return cls(unb64(data["nonce"]), unb64(data["ciphertext"]))


class UnwrapFailed(Exception):
    """The wrapping key is wrong (or the wrapped bytes were altered)."""


def wrap(key_encryption_key: bytes, data_key: bytes, context: bytes) -> WrappedKey:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return WrappedKey(nonce, AESGCM(key_encryption_key).encrypt(nonce, data_key, context))


def unwrap(key_encryption_key: bytes, wrapped: WrappedKey, context: bytes) -> bytes:
    try:
        return AESGCM(key_encryption_key).decrypt(wrapped.nonce, wrapped.ciphertext, context)
    except InvalidTag as exc:
        raise UnwrapFailed from exc


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(value.encode("ascii"), validate=True)
