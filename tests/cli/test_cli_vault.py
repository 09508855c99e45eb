"""Acceptance tests of the vault commands: exit codes, messages, and files left alone."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from grenzen.domain.incidents import IncidentDraft
from grenzen.services.journal import log_incident
from grenzen.storage.vault import Vault

CODE = re.compile(r"\b(?:[0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}\b")
NEW_PASSPHRASE = "ein ganz neuer Satz 2026"


def _init(run_cli, folder: Path) -> str:
    """A new vault through the CLI; returns its recovery code."""
    result = run_cli(folder, "init")
    assert result.returncode == 0, result.stderr
    codes = CODE.findall(result.stdout)
    assert len(codes) == 1, result.stdout
    return codes[0]


def _log(run_cli, folder: Path, text: str, **kwargs) -> int:
    result = run_cli(folder, "log", "--client", "Ärger GmbH", "--text", text, **kwargs)
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


def _total(run_cli, folder: Path, **kwargs) -> int:
    result = run_cli(folder, "list", "--json", **kwargs)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["total"]


@pytest.fixture(scope="module")
def template(module_cli, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault made by ``init`` with one incident; tests work on copies (it saves time)."""
    folder = tmp_path_factory.mktemp("template") / "vault"
    code = _init(module_cli, folder)
    _log(module_cli, folder, "Die Abnahme wurde verschoben.")
    return folder, code


@pytest.fixture
def vault_with_one(template, tmp_path: Path) -> tuple[Path, str]:
    """A copy of the template vault (same passphrase, key and recovery code)."""
    folder = tmp_path / "vault"
    shutil.copytree(template[0], folder)
    return folder, template[1]


def test_version(run_cli, tmp_path: Path) -> None:
    result = run_cli(tmp_path / "unused", "--version", passphrase=None)
    assert result.returncode == 0
    assert re.fullmatch(r"grenzen \S+\n", result.stdout)
    assert not (tmp_path / "unused").exists()


def test_init_creates_a_private_vault_and_shows_the_code_once(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    result = run_cli(folder, "init")
    assert result.returncode == 0, result.stderr
    assert len(CODE.findall(result.stdout)) == 1
    assert sorted(p.name for p in folder.iterdir()) == ["grenzen.db", "vault.json"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("grenzen.db", "vault.json"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    code = CODE.findall(result.stdout)[0]
    for path in folder.iterdir():  # the code is shown, never stored
        assert code.encode() not in path.read_bytes()
        assert code.replace("-", "").encode() not in path.read_bytes()

    again = run_cli(folder, "init")
    assert again.returncode == 2
    assert "already" in run_cli.one_line(again.stderr)

    as_json = run_cli(tmp_path / "second", "init", "--json")
    assert as_json.returncode == 0, as_json.stderr
    doc = json.loads(as_json.stdout)
    assert CODE.fullmatch(doc["recovery_code"])
    assert Path(doc["vault"]) == tmp_path / "second"


@pytest.mark.parametrize("passphrase", ["kurz", ""], ids=["too-short", "empty"])
def test_init_refuses_a_weak_or_missing_passphrase(run_cli, tmp_path: Path, passphrase) -> None:
    result = run_cli(tmp_path / "vault", "init", passphrase=passphrase)
    assert result.returncode == 2
    assert result.stdout == ""
    line = run_cli.one_line(result.stderr)
    assert ("GRENZEN_PASSPHRASE" if passphrase == "" else "passphrase") in line
    assert not (tmp_path / "vault" / "vault.json").exists()


def test_wrong_passphrase_exits_3_and_changes_nothing(run_cli, vault_with_one) -> None:
    folder, _ = vault_with_one
    before = run_cli.snapshot(folder)
    for args in (["list"], ["log", "--client", "X", "--text", "neu"]):
        result = run_cli(folder, *args, passphrase="das ist falsch")
        assert result.returncode == 3, result.stderr
        assert result.stdout == ""
        assert "passphrase" in run_cli.one_line(result.stderr)
    assert run_cli.snapshot(folder) == before


def test_missing_passphrase_without_a_terminal_exits_2(run_cli, vault_with_one) -> None:
    folder, _ = vault_with_one
    result = run_cli(folder, "list", passphrase=None)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "GRENZEN_PASSPHRASE" in run_cli.one_line(result.stderr)


def test_no_vault_in_the_folder_exits_2(run_cli, tmp_path: Path) -> None:
    result = run_cli(tmp_path / "nowhere", "list")
    assert result.returncode == 2
    assert "init" in run_cli.one_line(result.stderr)
    assert not (tmp_path / "nowhere").exists()


def test_passwd_changes_the_passphrase(run_cli, vault_with_one) -> None:
    folder, _ = vault_with_one
    db_before = run_cli.snapshot(folder)["grenzen.db"]

    missing = run_cli(folder, "passwd")
    assert missing.returncode == 2
    assert "GRENZEN_NEW_PASSPHRASE" in run_cli.one_line(missing.stderr)

    result = run_cli(folder, "passwd", env={"GRENZEN_NEW_PASSPHRASE": NEW_PASSPHRASE})
    assert result.returncode == 0, result.stderr
    assert run_cli.snapshot(folder)["grenzen.db"] == db_before  # rewrapped, not re-encrypted

    assert run_cli(folder, "list").returncode == 3
    assert _total(run_cli, folder, passphrase=NEW_PASSPHRASE) == 1


def test_recover_sets_a_new_passphrase(run_cli, vault_with_one) -> None:
    folder, code = vault_with_one
    before = run_cli.snapshot(folder)
    for wrong in ("0000-0000-0000-0000-0000-0000-0000-0000", "not a code at all"):
        result = run_cli(
            folder,
            "recover",
            env={"GRENZEN_RECOVERY_CODE": wrong, "GRENZEN_NEW_PASSPHRASE": NEW_PASSPHRASE},
        )
        assert result.returncode == 3
        assert "recovery code" in run_cli.one_line(result.stderr)
    assert run_cli.snapshot(folder) == before

    missing = run_cli(folder, "recover", env={"GRENZEN_NEW_PASSPHRASE": NEW_PASSPHRASE})
    assert missing.returncode == 2
    assert "GRENZEN_RECOVERY_CODE" in run_cli.one_line(missing.stderr)

    handwritten = " ".join(code.lower().split("-")).replace("0", "o").replace("1", "l")
    result = run_cli(
        folder,
        "recover",
        passphrase=None,
        env={"GRENZEN_RECOVERY_CODE": handwritten, "GRENZEN_NEW_PASSPHRASE": NEW_PASSPHRASE},
    )
    assert result.returncode == 0, result.stderr
    assert run_cli(folder, "list").returncode == 3
    assert _total(run_cli, folder, passphrase=NEW_PASSPHRASE) == 1


# --- backup and restore ------------------------------------------------------------------


def test_backup_and_restore_into_a_new_folder(run_cli, vault_with_one, tmp_path: Path) -> None:
    folder, _ = vault_with_one
    backup = tmp_path / "saved" / "journal.grenzen-backup"
    result = run_cli(folder, "backup", str(backup))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600

    elsewhere = tmp_path / "restored"
    result = run_cli(elsewhere, "restore", str(backup), "--yes")
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_cli(elsewhere, "list", "--json").stdout)
    assert [i["text"] for i in listed["incidents"]] == ["Die Abnahme wurde verschoben."]
    for name in ("grenzen.db", "vault.json"):
        assert stat.S_IMODE((elsewhere / name).stat().st_mode) == 0o600, name


def test_restore_over_a_vault_keeps_the_old_files_aside(
    run_cli, vault_with_one, tmp_path: Path
) -> None:
    folder, _ = vault_with_one
    backup = tmp_path / "one.grenzen-backup"
    assert run_cli(folder, "backup", str(backup)).returncode == 0
    _log(run_cli, folder, "Nach dem Backup geschrieben.")
    old_db = run_cli.snapshot(folder)["grenzen.db"][1]

    result = run_cli(folder, "restore", str(backup))  # no TTY: no question asked
    assert result.returncode == 0, result.stderr
    assert _total(run_cli, folder) == 1
    aside = [p for p in folder.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1
    assert sorted(p.name for p in aside[0].iterdir()) == ["grenzen.db", "vault.json"]
    assert run_cli.snapshot(aside[0])["grenzen.db"][1] == old_db


def test_restore_refuses_a_damaged_backup_and_keeps_the_vault(
    run_cli, vault_with_one, tmp_path: Path
) -> None:
    folder, _ = vault_with_one
    backup = tmp_path / "good.grenzen-backup"
    assert run_cli(folder, "backup", str(backup)).returncode == 0
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x55
    damaged = tmp_path / "damaged.grenzen-backup"
    damaged.write_bytes(bytes(data))
    random = tmp_path / "random.grenzen-backup"
    random.write_bytes(bytes(range(256)) * 64)

    before = run_cli.snapshot(folder)
    for bad in (damaged, random):
        result = run_cli(folder, "restore", str(bad), "--yes")
        assert result.returncode == 4, result.stderr
        assert "nothing was replaced" in run_cli.one_line(result.stderr) or "backup" in (
            result.stderr
        )
    missing = run_cli(folder, "restore", str(tmp_path / "nope.grenzen-backup"), "--yes")
    assert missing.returncode == 2
    assert "nope.grenzen-backup" in run_cli.one_line(missing.stderr)
    assert run_cli.snapshot(folder) == before


# --- damaged and foreign files: exit 4, one clear line, nothing touched ------------------


def _damage(folder: Path, how: str, tmp_path: Path, run_cli) -> None:
    db = folder / "grenzen.db"
    if how == "random":
        db.write_bytes(bytes((i * 151 + 7) % 256 for i in range(64 * 1024)))
    elif how == "plain-sqlite":
        db.unlink()
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE incidents (id INTEGER PRIMARY KEY, description TEXT)")
        conn.close()
    elif how == "other-vault":
        Vault.create(tmp_path / "other", run_cli.passphrase)[0].close()
        db.write_bytes((tmp_path / "other" / "grenzen.db").read_bytes())
    elif how == "empty":
        db.write_bytes(b"")
    elif how == "missing":
        db.unlink()
    elif how == "header-garbage":
        (folder / "vault.json").write_text("{ not json", encoding="utf-8")
    elif how == "header-flipped":
        header = (folder / "vault.json").read_text(encoding="utf-8")
        ciphertext = json.loads(header)["wrapped_keys"]["passphrase"]["ciphertext"]
        changed = ("B" if ciphertext[10] == "A" else "A").join((ciphertext[:10], ciphertext[11:]))
        (folder / "vault.json").write_text(header.replace(ciphertext, changed), encoding="utf-8")
    elif how == "header-missing":
        (folder / "vault.json").unlink()
    else:  # pragma: no cover
        raise AssertionError(how)


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("random", "another vault"),
        ("plain-sqlite", "unencrypted"),
        ("other-vault", "another vault"),
        ("empty", "empty"),
        ("missing", "missing"),
        ("header-garbage", "vault.json"),
        ("header-flipped", "checksum"),
        ("header-missing", "missing"),
    ],
)
def test_damaged_or_foreign_files_exit_4(
    run_cli, vault_with_one, tmp_path: Path, how: str, words: str
) -> None:
    folder, _ = vault_with_one
    _damage(folder, how, tmp_path, run_cli)
    before = run_cli.snapshot(folder)

    result = run_cli(folder, "list")
    assert result.returncode == 4, result.stderr
    assert result.stdout == ""
    assert words in run_cli.one_line(result.stderr)
    assert run_cli.snapshot(folder) == before


@pytest.fixture
def damaged_vault(run_cli, tmp_path: Path) -> tuple[Path, bytes]:
    """A vault with 200 incidents (many pages) and one byte flipped in the middle."""
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, run_cli.passphrase)
    with vault:
        for n in range(200):
            log_incident(
                vault,
                IncidentDraft(client=f"Kunde {n % 7}", text=f"Vorfall {n}: " + "Lärm " * 200),
            )
    assert not (folder / "grenzen.db-wal").exists()
    data = bytearray((folder / "grenzen.db").read_bytes())
    assert len(data) > 100 * 4096
    data[len(data) // 2] ^= 0x01
    (folder / "grenzen.db").write_bytes(bytes(data))
    return folder, bytes(data)


def test_verify_reports_a_flipped_byte(run_cli, damaged_vault) -> None:
    folder, damaged = damaged_vault
    before = run_cli.snapshot(folder)

    result = run_cli(folder, "verify")
    assert result.returncode == 4, result.stderr
    lines = result.stderr.strip().splitlines()
    assert "integrity check" in lines[-1]
    assert any(re.search(r"HMAC verification failed for page \d+", line) for line in lines)

    listed = run_cli(folder, "list", "--limit", "500")
    assert listed.returncode in (0, 4), listed.stderr
    if listed.returncode == 4:
        assert "damaged" in run_cli.one_line(listed.stderr)

    assert (folder / "grenzen.db").read_bytes() == damaged
    assert run_cli.snapshot(folder) == before


def test_verify_of_a_sound_vault(run_cli, vault_with_one) -> None:
    folder, _ = vault_with_one
    result = run_cli(folder, "verify", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"ok": True, "problems": []}
