"""Shared fixtures: keep every test away from the real user's data and the real temp folder."""

import os

# Before anything imports Qt: no display is needed, in CI or on a developer's machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile
from pathlib import Path

import pytest


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """A folder for a vault; it does not exist yet, as for a first `grenzen init`."""
    return tmp_path / "vault"


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default vault, settings and temp folder into the test's own tmp_path.

    No test may touch the real user's vault, and tests can look into the temp folder
    to check that no plaintext was written there.
    """
    home = tmp_path / "user"
    monkeypatch.setenv("GRENZEN_VAULT", str(home / "default-vault"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))

    temp = tmp_path / "tmp"
    temp.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    # tempfile caches the temp folder; make it read TMPDIR again (restored afterwards).
    monkeypatch.setattr(tempfile, "tempdir", None)


@pytest.fixture(autouse=True)
def fast_kdf_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tell the vault code to use cheap Argon2id settings, so tests stay fast."""
    monkeypatch.setenv("GRENZEN_TEST_FAST_KDF", "1")
