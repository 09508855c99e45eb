"""vault.json: round trip, and any damage is reported as damage (never as a wrong secret)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from grenzen.storage import header as h
from grenzen.storage import keys
from grenzen.storage.errors import DamagedHeader, WrongPassphrase
from grenzen.storage.vault import Vault

PASSPHRASE = "Grenzen setzen lohnt sich"


def _header() -> h.VaultHeader:
    vault_id = h.VaultHeader.new_vault_id()
    data_key = keys.new_data_key()
    return h.VaultHeader(
        vault_id=vault_id,
        kdf_salt=keys.new_salt(),
        kdf_params=keys.Argon2Params(65536, 3, 2),
        passphrase_wrapped=keys.wrap(keys.new_data_key(), data_key, h.wrap_context(vault_id)),
        recovery_salt=keys.new_salt(),
        recovery_wrapped=keys.wrap(keys.new_data_key(), data_key, h.wrap_context(vault_id)),
    )


@pytest.fixture
def written(tmp_path: Path) -> tuple[Path, h.VaultHeader]:
    folder = tmp_path / "vault"
    folder.mkdir()
    header = _header()
    h.write_header(folder, header)
    return folder, header


def test_round_trip(written) -> None:
    folder, header = written
    assert h.read_header(folder) == header
    assert h.VaultHeader.from_json(json.loads(json.dumps(header.to_json()))) == header


def test_written_file_is_private_and_holds_no_temp_files(written) -> None:
    folder, _ = written
    path = folder / h.HEADER_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [h.HEADER_NAME]


def test_rewrite_replaces_and_stays_private(written) -> None:
    folder, header = written
    path = folder / h.HEADER_NAME
    path.chmod(0o644)  # even if someone loosened it, a rewrite makes it private again
    changed = header.with_passphrase(
        keys.new_salt(), keys.Argon2Params(65536, 4, 2), header.passphrase_wrapped
    )
    h.write_header(folder, changed)
    assert h.read_header(folder) == changed
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [h.HEADER_NAME]


def test_document_shape(written) -> None:
    folder, header = written
    document = json.loads((folder / h.HEADER_NAME).read_text(encoding="utf-8"))
    assert document["format"] == "grenzen-vault"
    assert document["version"] == 1
    assert document["vault_id"] == header.vault_id
    assert document["kdf"]["algorithm"] == "argon2id"
    assert document["kdf"]["memory_kib"] == 65536
    assert set(document["wrapped_keys"]) == {"passphrase", "recovery"}
    assert document["checksum"].startswith("sha256:")


def _replace_at(text: str, index: int) -> str:
    new = "x" if text[index] != "x" else "y"
    return text[:index] + new + text[index + 1 :]


def test_every_single_changed_character_is_damage(written) -> None:
    """One changed character anywhere in the file: always DamagedHeader, never anything else."""
    folder, _ = written
    path = folder / h.HEADER_NAME
    original = path.read_text(encoding="utf-8")
    for index in range(len(original)):
        path.write_text(_replace_at(original, index), encoding="utf-8")
        with pytest.raises(DamagedHeader):
            h.read_header(folder)


def test_changed_ciphertext_is_damage_not_a_wrong_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE)[0].close()
    path = folder / h.HEADER_NAME
    original = path.read_text(encoding="utf-8")
    ciphertext = json.loads(original)["wrapped_keys"]["passphrase"]["ciphertext"]
    start = original.index(ciphertext)
    for offset in (0, len(ciphertext) // 2, len(ciphertext) - 3):
        path.write_text(_replace_at(original, start + offset), encoding="utf-8")
        with pytest.raises(DamagedHeader, match="checksum"):
            Vault.unlock(folder, PASSPHRASE)
    path.write_text(original, encoding="utf-8")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, "not the passphrase")
    Vault.unlock(folder, PASSPHRASE).close()


@pytest.mark.parametrize(
    "content",
    [b"", b"not json at all", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'"grenzen-vault"', b"{}"],
    ids=["empty", "text", "binary", "array", "string", "empty-object"],
)
def test_not_a_header_is_damage(tmp_path: Path, content: bytes) -> None:
    (tmp_path / h.HEADER_NAME).write_bytes(content)
    with pytest.raises(DamagedHeader):
        h.read_header(tmp_path)


def test_truncated_header_is_damage(written) -> None:
    folder, _ = written
    path = folder / h.HEADER_NAME
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedHeader, match="JSON"):
        h.read_header(folder)


def _resealed(document: dict) -> dict:
    """The document with a valid checksum, so only the checks after the checksum can fail."""
    body = {k: v for k, v in document.items() if k != "checksum"}
    return body | {"checksum": h._checksum(body)}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "keepass"}, "not a Grenzen vault header"),
        ({"format": None}, "not a Grenzen vault header"),
        ({"version": 2}, "version 2"),
        ({"version": "1"}, "version '1'"),
        ({"version": None}, "version None"),
    ],
)
def test_wrong_format_or_version_is_damage(written, change, message) -> None:
    folder, header = written
    document = _resealed(header.to_json() | change)
    (folder / h.HEADER_NAME).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DamagedHeader, match=message):
        h.read_header(folder)


def test_incomplete_header_with_valid_checksum_is_damage(written) -> None:
    folder, header = written
    document = header.to_json()
    del document["wrapped_keys"]["recovery"]
    document["kdf"]["algorithm"] = "scrypt"
    (folder / h.HEADER_NAME).write_text(json.dumps(_resealed(document)), encoding="utf-8")
    with pytest.raises(DamagedHeader):
        h.read_header(folder)


def test_missing_header_is_damage(tmp_path: Path) -> None:
    with pytest.raises(DamagedHeader, match="cannot be read"):
        h.read_header(tmp_path)
