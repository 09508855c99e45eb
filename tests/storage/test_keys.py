"""Key material: recovery codes, AES-GCM wrapping, Argon2id parameters."""

from __future__ import annotations

import json
import re

import pytest

from grenzen.storage import keys

CROCKFORD_GROUP = "[0-9A-HJKMNP-TV-Z]{4}"
CODE_FORMAT = re.compile(rf"^(?:{CROCKFORD_GROUP}-){{7}}{CROCKFORD_GROUP}$")
FAST = keys.Argon2Params(memory_kib=8 * 1024, time_cost=1, parallelism=1)


# --- recovery codes ----------------------------------------------------------------------


def test_recovery_code_format() -> None:
    codes = {keys.new_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert CODE_FORMAT.match(code), code
        assert not set(code) & set("ILOU")  # Crockford: nothing to misread
        assert keys.normalize_recovery_code(code) == code.replace("-", "")
    # 160 bits: 32 characters of 5 bits; every symbol of the alphabet is used somewhere.
    assert set("".join(codes).replace("-", "")) == set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


@pytest.mark.parametrize(
    "spelling",
    [
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789",  # as printed
        "abcd-efgh-jkmn-pqrs-tvwx-yz01-2345-6789",  # lowercase
        "ABCD EFGH JKMN PQRS TVWX YZ01 2345 6789",  # spaces
        "  abcdefghjkmnpqrstvwxyz0123456789\n",  # run together, padded
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZOl-2345-6789",  # O for 0, l for 1
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZoI-2345-6789",  # o for 0, I for 1
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ0L-2345-6789",  # L for 1
        "ABCD\tEFGH-JKMN - PQRS-TVWX-YZ01-2345-6789",  # tab, spaced dash
    ],
)
def test_recovery_code_normalisation(spelling: str) -> None:
    assert keys.normalize_recovery_code(spelling) == "ABCDEFGHJKMNPQRSTVWXYZ0123456789"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678",  # one short
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-67899",  # one too many
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678U",  # U is not in the alphabet
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678!",
        "ÄBCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789",
        "correct horse battery staple",
    ],
)
def test_recovery_code_wrong_shape_is_none(bad: str) -> None:
    assert keys.normalize_recovery_code(bad) is None


def test_recovery_key_depends_on_code_and_salt() -> None:
    code = keys.normalize_recovery_code(keys.new_recovery_code())
    other = keys.normalize_recovery_code(keys.new_recovery_code())
    assert code is not None
    assert other is not None
    salt = keys.new_salt()
    key = keys.derive_recovery_key(code, salt)
    assert len(key) == 32
    assert keys.derive_recovery_key(code, salt) == key
    assert keys.derive_recovery_key(code, keys.new_salt()) != key
    assert keys.derive_recovery_key(other, salt) != key


# --- wrapping ----------------------------------------------------------------------------


def test_wrap_unwrap_round_trip() -> None:
    data_key, kek = keys.new_data_key(), keys.new_data_key()
    assert len(data_key) == keys.DATA_KEY_BYTES
    wrapped = keys.wrap(kek, data_key, b"grenzen-vault:1:abc")
    assert data_key not in wrapped.ciphertext
    assert len(wrapped.nonce) == keys.NONCE_BYTES
    assert keys.unwrap(kek, wrapped, b"grenzen-vault:1:abc") == data_key
    # A fresh nonce every time: the same key never wraps to the same bytes.
    assert keys.wrap(kek, data_key, b"grenzen-vault:1:abc") != wrapped


def test_wrapped_key_json_round_trip() -> None:
    kek, data_key = keys.new_data_key(), keys.new_data_key()
    wrapped = keys.wrap(kek, data_key, b"ctx")
    document = json.loads(json.dumps(wrapped.to_json()))
    again = keys.WrappedKey.from_json(document)
    assert again == wrapped
    assert keys.unwrap(kek, again, b"ctx") == data_key


def test_unwrap_with_wrong_key_or_context_fails() -> None:
    kek, data_key = keys.new_data_key(), keys.new_data_key()
    wrapped = keys.wrap(kek, data_key, b"grenzen-vault:1:abc")
    with pytest.raises(keys.UnwrapFailed):
        keys.unwrap(keys.new_data_key(), wrapped, b"grenzen-vault:1:abc")
    with pytest.raises(keys.UnwrapFailed):
        keys.unwrap(kek, wrapped, b"grenzen-vault:1:abd")  # another vault's context
    tampered = keys.WrappedKey(
        wrapped.nonce, bytes([wrapped.ciphertext[0] ^ 1]) + wrapped.ciphertext[1:]
    )
    with pytest.raises(keys.UnwrapFailed):
        keys.unwrap(kek, tampered, b"grenzen-vault:1:abc")
    other_nonce = keys.WrappedKey(bytes(keys.NONCE_BYTES), wrapped.ciphertext)
    with pytest.raises(keys.UnwrapFailed):
        keys.unwrap(kek, other_nonce, b"grenzen-vault:1:abc")


@pytest.mark.parametrize("value", [None, 17, "not base64!", "QUJ", "Q UJD"])
def test_unb64_refuses_what_is_not_base64(value) -> None:
    with pytest.raises(ValueError, match=r"."):
        keys.unb64(value)


# --- Argon2id ----------------------------------------------------------------------------


def test_passphrase_key_depends_on_passphrase_salt_and_params() -> None:
    salt = keys.new_salt()
    key = keys.derive_passphrase_key("Grüße aus Köln", salt, FAST)
    assert len(key) == 32
    assert keys.derive_passphrase_key("Grüße aus Köln", salt, FAST) == key
    assert keys.derive_passphrase_key("Grüsse aus Köln", salt, FAST) != key
    assert keys.derive_passphrase_key("Grüße aus Köln", keys.new_salt(), FAST) != key
    slower = keys.Argon2Params(FAST.memory_kib, FAST.time_cost + 1, FAST.parallelism)
    assert keys.derive_passphrase_key("Grüße aus Köln", salt, slower) != key


def test_argon2_params_json_round_trip() -> None:
    params = keys.Argon2Params(memory_kib=65536, time_cost=4, parallelism=2)
    document = json.loads(json.dumps(params.to_json()))
    assert document == {"memory_kib": 65536, "time_cost": 4, "parallelism": 2}
    assert keys.Argon2Params.from_json(document) == params
    # Extra keys (the header keeps the algorithm and salt beside them) are ignored.
    assert keys.Argon2Params.from_json(document | {"algorithm": "argon2id"}) == params


@pytest.mark.parametrize(
    "document",
    [
        {"memory_kib": 65536, "time_cost": 0, "parallelism": 2},
        {"memory_kib": -1, "time_cost": 3, "parallelism": 2},
        {"memory_kib": "65536", "time_cost": 3, "parallelism": 2},
        {"memory_kib": 65536.0, "time_cost": 3, "parallelism": 2},
    ],
)
def test_argon2_params_refuse_nonsense(document) -> None:
    with pytest.raises(ValueError, match="positive integers"):
        keys.Argon2Params.from_json(document)


def test_argon2_params_missing_field() -> None:
    with pytest.raises(KeyError):
        keys.Argon2Params.from_json({"memory_kib": 65536, "time_cost": 3})


def test_calibration_keeps_the_floor() -> None:
    """Real Argon2id at 64 MiB: slow-ish (a few hundred ms), so only once."""
    params = keys.calibrate_argon2(target_seconds=0.05)  # a tiny target: the floor must hold
    assert params.memory_kib == 64 * 1024
    assert params.time_cost >= 3
    assert params.time_cost <= keys.ARGON2_MAX_TIME_COST
    assert params.parallelism >= 1
    assert keys.DEFAULT_ARGON2.memory_kib >= 64 * 1024
    assert keys.DEFAULT_ARGON2.time_cost >= 3
