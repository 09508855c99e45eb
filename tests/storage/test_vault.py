"""The vault on real SQLCipher files: unlocking, secrets, damage, backups, schema guard."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from grenzen.domain.incidents import IncidentDraft
from grenzen.services.journal import list_incidents, log_incident, search_incidents
from grenzen.storage import keys
from grenzen.storage.errors import (
    DamagedDatabase,
    DamagedHeader,
    InvalidInput,
    SchemaTooNew,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from grenzen.storage.vault import FAST_KDF_ENV, Vault

PASSPHRASE = "Kaffee ist keine Bezahlung"
NEW_PASSPHRASE = "Rechnungen zahlt man binnen 14 Tagen"


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``folder``: relative name → (mtime in ns, sha256)."""
    return {
        str(p.relative_to(folder)): (
            p.stat().st_mtime_ns,
            hashlib.sha256(p.read_bytes()).hexdigest(),
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _log(vault: Vault, text_: str, client: str = "Ärger GmbH") -> int:
    return log_incident(vault, IncidentDraft(client=client, text=text_))


def _texts(vault: Vault) -> list[str]:
    return [i.text for i in list_incidents(vault, limit=1000).incidents]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A closed vault with one incident, made once; tests get copies (same key and code)."""
    folder = tmp_path_factory.mktemp("template") / "vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(FAST_KDF_ENV, "1")
        vault, code = Vault.create(folder, PASSPHRASE)
        with vault:
            _log(vault, "Die Abnahme wurde ohne Grund verschoben.")
    return folder, code


@pytest.fixture
def made(template: tuple[Path, str], vault_dir: Path) -> tuple[Path, str]:
    """A copy of the template vault: its folder and recovery code."""
    shutil.copytree(template[0], vault_dir)
    return vault_dir, template[1]


# --- creating and unlocking --------------------------------------------------------------


def test_create_and_unlock(vault_dir: Path) -> None:
    vault, code = Vault.create(vault_dir, PASSPHRASE)
    assert keys.normalize_recovery_code(code) is not None
    with vault:
        new_id = _log(vault, "Erster Eintrag")
        vault_id = vault.vault_id
    assert sorted(p.name for p in vault_dir.iterdir()) == ["grenzen.db", "vault.json"]
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for path in vault_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert Vault.exists(vault_dir)

    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.vault_id == vault_id
        assert [i.id for i in list_incidents(again).incidents] == [new_id]
        assert again.verify() == []
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
            application_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
            assert application_id == int.from_bytes(b"GRZN", "big")
    assert again.data_key == b""  # closing forgets the key


def test_the_database_is_encrypted(made) -> None:
    folder, _ = made
    data = (folder / "grenzen.db").read_bytes()
    assert not data.startswith(b"SQLite format 3\x00")
    assert b"Abnahme" not in data
    with sqlite3.connect(folder / "grenzen.db") as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_unlock_and_close_without_changes_writes_nothing(made) -> None:
    folder, _ = made
    before = snapshot(folder)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert len(_texts(vault)) == 1
    assert snapshot(folder) == before


def test_short_passphrase_is_refused(vault_dir: Path) -> None:
    with pytest.raises(InvalidInput, match="passphrase"):
        Vault.create(vault_dir, "kurz")
    assert not vault_dir.exists()


def test_create_twice_is_refused(made, tmp_path: Path) -> None:
    folder, _ = made
    before = snapshot(folder)
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE)
    (folder / "vault.json").unlink()  # a database without a header is still a vault's data
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE)
    del before["vault.json"]
    assert snapshot(folder) == before


def test_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nothing-here", PASSPHRASE)
    assert not (tmp_path / "nothing-here").exists()


# --- secrets -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrong", ["", "kaffee ist keine bezahlung", PASSPHRASE + " ", "Kaffee ist keine Bezahlung!"]
)
def test_wrong_passphrase_changes_nothing(made, wrong: str) -> None:
    folder, _ = made
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, wrong)
    assert snapshot(folder) == before


def _spellings(code: str) -> list[str]:
    bare = code.replace("-", "")
    return [
        code,
        code.lower(),
        " ".join(code.split("-")),
        f"  {bare}\n",
        bare.replace("0", "O").replace("1", "I"),
        bare.lower().replace("0", "o").replace("1", "l"),
        bare.replace("1", "L"),
    ]


def test_recovery_code_in_any_spelling_resets_the_passphrase(made) -> None:
    folder, code = made
    for spelling in _spellings(code):
        Vault.unlock_with_recovery_code(folder, spelling).close()

    with Vault.reset_passphrase(folder, code.lower(), NEW_PASSPHRASE) as vault:
        assert _texts(vault) == ["Die Abnahme wurde ohne Grund verschoben."]
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    with Vault.unlock(folder, NEW_PASSPHRASE) as vault:
        assert _texts(vault) == ["Die Abnahme wurde ohne Grund verschoben."]
        assert vault.verify() == []
    Vault.unlock_with_recovery_code(folder, code).close()  # the code stays valid


def test_wrong_recovery_code_changes_nothing(made) -> None:
    folder, code = made
    before = snapshot(folder)
    other = keys.new_recovery_code()
    near = code[:-1] + ("0" if code[-1] != "0" else "1")
    for wrong in (other, near):
        with pytest.raises(WrongRecoveryCode, match="not right"):
            Vault.unlock_with_recovery_code(folder, wrong)
        with pytest.raises(WrongRecoveryCode):
            Vault.reset_passphrase(folder, wrong, NEW_PASSPHRASE)
    for malformed in ("", "1234", code + "X", code.replace(code[0], "U", 1)):
        with pytest.raises(WrongRecoveryCode, match="32 letters"):
            Vault.unlock_with_recovery_code(folder, malformed)
    assert snapshot(folder) == before


def test_change_passphrase_only_rewraps(made) -> None:
    folder, code = made
    before = snapshot(folder)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        old_header = vault.header
        vault.change_passphrase(NEW_PASSPHRASE)
        assert vault.header.kdf_salt != old_header.kdf_salt
        assert vault.header.recovery_wrapped == old_header.recovery_wrapped
    after = snapshot(folder)
    assert set(after) == set(before)
    assert after["grenzen.db"] == before["grenzen.db"]  # not one byte re-encrypted
    assert after["vault.json"][1] != before["vault.json"][1]
    assert stat.S_IMODE((folder / "vault.json").stat().st_mode) == 0o600

    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    with Vault.unlock(folder, NEW_PASSPHRASE) as vault:
        assert len(_texts(vault)) == 1
    Vault.unlock_with_recovery_code(folder, code).close()


def test_change_to_a_short_passphrase_changes_nothing(made) -> None:
    folder, _ = made
    with Vault.unlock(folder, PASSPHRASE) as vault:
        before = snapshot(folder)
        with pytest.raises(InvalidInput):
            vault.change_passphrase("kurz")
        assert snapshot(folder)["vault.json"] == before["vault.json"]
    Vault.unlock(folder, PASSPHRASE).close()


# --- damaged and foreign files -----------------------------------------------------------


def test_damaged_header(made) -> None:
    folder, _ = made
    path = folder / "vault.json"
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace('"version": 1', '"version": 1 '), encoding="utf-8")
    Vault.unlock(folder, PASSPHRASE).close()  # whitespace is not damage
    path.write_text(original[:-20], encoding="utf-8")
    before = snapshot(folder)
    with pytest.raises(DamagedHeader):
        Vault.unlock(folder, PASSPHRASE)
    with pytest.raises(DamagedHeader):
        Vault.unlock_with_recovery_code(folder, keys.new_recovery_code())
    path.unlink()
    with pytest.raises(DamagedHeader, match="missing"):
        Vault.unlock(folder, PASSPHRASE)
    del before["vault.json"]
    assert snapshot(folder) == before


def _replace_database(folder: Path, how: str, tmp_path: Path) -> None:
    db = folder / "grenzen.db"
    if how == "random":
        db.write_bytes(bytes((n * 97 + 13) % 256 for n in range(40_000)))
    elif how == "plain-sqlite":
        db.unlink()
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE incidents (id INTEGER PRIMARY KEY)")
        conn.close()
    elif how == "other-vault":
        other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
        other.close()
        db.write_bytes((tmp_path / "other" / "grenzen.db").read_bytes())
    elif how == "empty":
        db.write_bytes(b"")
    elif how == "missing":
        db.unlink()
    else:  # pragma: no cover
        raise AssertionError(how)


DATABASE_CASES = {
    "random": "does not match this vault's key",
    "plain-sqlite": "unencrypted SQLite file",
    "other-vault": "does not match this vault's key",
    "empty": "is empty",
    "missing": "is missing",
}


@pytest.mark.parametrize(("how", "message"), DATABASE_CASES.items(), ids=DATABASE_CASES)
def test_foreign_or_damaged_database(made, tmp_path: Path, how: str, message: str) -> None:
    folder, code = made
    _replace_database(folder, how, tmp_path)
    before = snapshot(folder)
    with pytest.raises(DamagedDatabase, match=message):
        Vault.unlock(folder, PASSPHRASE)
    with pytest.raises(DamagedDatabase, match=message):
        Vault.unlock_with_recovery_code(folder, code)
    assert snapshot(folder) == before  # nothing created, nothing written, nothing removed


def test_database_messages_are_distinct() -> None:
    """Random bytes and another vault's file cannot be told apart (SQLCipher pages look
    random by design); every other case has its own message."""
    messages = set(DATABASE_CASES.values())
    assert len(messages) == len(DATABASE_CASES) - 1


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big") / "vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(FAST_KDF_ENV, "1")
        vault, _ = Vault.create(folder, PASSPHRASE)
        with vault:
            for n in range(200):
                text_ = f"Vorfall {n}: " + "Lärm im Großraumbüro " * 40
                _log(vault, text_, client=f"Kunde {n % 9}")
    assert (folder / "grenzen.db").stat().st_size > 100 * 4096
    assert not (folder / "grenzen.db-wal").exists()
    return folder


@pytest.fixture
def big(big_template: Path, vault_dir: Path) -> Path:
    """A closed vault with 200 incidents: well over a hundred pages."""
    shutil.copytree(big_template, vault_dir)
    return vault_dir


def test_verify_reports_a_flipped_byte_without_raising(big: Path) -> None:
    db = big / "grenzen.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x10
    db.write_bytes(bytes(data))
    damaged = snapshot(big)

    vault = Vault.unlock(big, PASSPHRASE)  # the schema pages are sound: it opens
    try:
        problems = vault.verify()
        again = vault.verify()  # and can be asked twice
    finally:
        vault.close()
    assert problems
    assert any("HMAC verification failed for page" in p for p in problems)
    assert again == problems
    assert all(isinstance(p, str) and p for p in problems)
    assert snapshot(big) == damaged


def test_verify_of_a_sound_big_vault(big: Path) -> None:
    before = snapshot(big)
    with Vault.unlock(big, PASSPHRASE) as vault:
        assert vault.verify() == []
    assert snapshot(big) == before


# --- plaintext never reaches the disk ---------------------------------------------------


def test_wal_and_temp_files_are_encrypted_while_open(vault_dir: Path, tmp_path: Path) -> None:
    canary = "Schnüffelgroßkröte" + hashlib.sha256(str(tmp_path).encode()).hexdigest()[:8]
    vault, _ = Vault.create(vault_dir, PASSPHRASE)
    try:
        for n in range(30):
            _log(vault, f"{canary} Nummer {n} " + "Füllwort " * 50)
        assert search_incidents(vault, canary).total == 30
        assert list_incidents(vault, limit=5).total == 30
        names = {p.name for p in vault_dir.iterdir()}
        assert {"grenzen.db-wal", "grenzen.db-shm"} <= names  # still open: WAL holds the rows
        assert (vault_dir / "grenzen.db-wal").stat().st_size > 0
        for name in ("grenzen.db-wal", "grenzen.db-shm"):
            assert stat.S_IMODE((vault_dir / name).stat().st_mode) == 0o600, name
        needles = {
            form.encode(encoding)
            for form in (canary, canary.lower(), "schnuffelgrosskrote", "schnueffelgrosskroete")
            for encoding in ("utf-8", "utf-16-le")
        }
        for root in (vault_dir, tmp_path / "tmp"):
            for path in root.rglob("*"):
                if path.is_file():
                    data = path.read_bytes()
                    assert not [n for n in needles if n in data], path
    finally:
        vault.close()
    assert sorted(p.name for p in vault_dir.iterdir()) == ["grenzen.db", "vault.json"]


# --- backups -----------------------------------------------------------------------------


def test_backup_and_restore_into_a_fresh_folder(made, tmp_path: Path) -> None:
    folder, _ = made
    target = tmp_path / "saved" / "b.grenzen-backup"
    with Vault.unlock(folder, PASSPHRASE) as vault:
        _log(vault, "Noch ein Eintrag mit Umlauten: Größe, Müll")
        written = vault.backup(target)
    assert written == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert b"Umlauten" not in target.read_bytes()
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["grenzen.db", "vault.json"]
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temp leftovers

    fresh = tmp_path / "fresh"
    with Vault.restore(fresh, target, PASSPHRASE) as restored:
        assert sorted(_texts(restored)) == sorted(
            [
                "Die Abnahme wurde ohne Grund verschoben.",
                "Noch ein Eintrag mit Umlauten: Größe, Müll",
            ]
        )
        assert search_incidents(restored, "groesse").total == 1
        assert restored.verify() == []
    assert sorted(p.name for p in fresh.iterdir()) == ["grenzen.db", "vault.json"]
    for name in ("grenzen.db", "vault.json"):
        assert stat.S_IMODE((fresh / name).stat().st_mode) == 0o600, name


def test_restore_keeps_the_replaced_files_aside(made, tmp_path: Path) -> None:
    folder, _ = made
    target = tmp_path / "b.grenzen-backup"
    with Vault.unlock(folder, PASSPHRASE) as vault:
        vault.backup(target)
        _log(vault, "Nach dem Backup")
    current = snapshot(folder)

    Vault.restore(folder, target, PASSPHRASE).close()
    Vault.restore(folder, target, PASSPHRASE).close()  # twice within a second

    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert _texts(vault) == ["Die Abnahme wurde ohne Grund verschoben."]
    aside = sorted(p for p in folder.iterdir() if p.name.startswith("replaced-"))
    assert len(aside) == 2
    first = snapshot(aside[0])
    assert {k: v[1] for k, v in first.items()} == {k: v[1] for k, v in current.items()}
    with Vault.unlock(aside[0], PASSPHRASE) as old:
        assert len(_texts(old)) == 2
    assert not [p for p in folder.iterdir() if p.name.startswith(".restore-")]


def _corrupt_backups(good: Path, tmp_path: Path) -> dict[str, Path]:
    out = {}
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x20
    out["flipped-byte"] = tmp_path / "flipped.grenzen-backup"
    out["flipped-byte"].write_bytes(bytes(data))
    out["truncated"] = tmp_path / "truncated.grenzen-backup"
    out["truncated"].write_bytes(good.read_bytes()[: len(data) // 2])
    out["not-a-zip"] = tmp_path / "random.grenzen-backup"
    out["not-a-zip"].write_bytes(bytes(range(256)) * 20)
    out["wrong-members"] = tmp_path / "members.grenzen-backup"
    with zipfile.ZipFile(out["wrong-members"], "w") as archive:
        archive.writestr("vault.json", "{}")
        archive.writestr("../evil", "x")
    # A well-formed archive whose database has a damaged page.
    with zipfile.ZipFile(good) as archive:
        header = archive.read("vault.json")
        db = bytearray(archive.read("grenzen.db"))
    db[len(db) // 2] ^= 0x01
    out["damaged-page"] = tmp_path / "page.grenzen-backup"
    with zipfile.ZipFile(out["damaged-page"], "w") as archive:
        archive.writestr("vault.json", header)
        archive.writestr("grenzen.db", bytes(db))
    return out


def test_restore_of_a_corrupted_backup_leaves_the_vault_alone(big: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.grenzen-backup"
    with Vault.unlock(big, PASSPHRASE) as vault:
        vault.backup(good)
    before = snapshot(big)
    for name, bad in _corrupt_backups(good, tmp_path).items():
        with pytest.raises(DamagedDatabase) as caught:
            Vault.restore(big, bad, PASSPHRASE)
        assert str(caught.value), name
        assert snapshot(big) == before, name
        assert sorted(p.name for p in big.iterdir()) == ["grenzen.db", "vault.json"], name
    assert not (tmp_path / "evil").exists()
    with Vault.unlock(big, PASSPHRASE) as vault:
        assert list_incidents(vault).total == 200


def test_restore_with_the_wrong_passphrase_changes_nothing(made, tmp_path: Path) -> None:
    folder, _ = made
    target = tmp_path / "b.grenzen-backup"
    with Vault.unlock(folder, PASSPHRASE) as vault:
        vault.backup(target)
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        Vault.restore(folder, target, NEW_PASSPHRASE)
    assert snapshot(folder) == before


# --- schema guard ------------------------------------------------------------------------


def test_a_schema_from_a_newer_app_is_refused(made) -> None:
    folder, _ = made
    with Vault.unlock(folder, PASSPHRASE) as vault, vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    before = snapshot(folder)
    with pytest.raises(SchemaTooNew, match="newer Grenzen"):
        Vault.unlock(folder, PASSPHRASE)
    assert snapshot(folder) == before
    assert not (folder / "backups").exists()
