"""Shared fixtures: keep every test away from the real user's data and the real temp folder."""

import os

# Before anything imports Qt: no display is needed, in CI or on a developer's machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from grenzen.storage.vault import FAST_KDF_ENV, Vault
from grenzen.ui.session import VaultSession
from grenzen.ui.settings import DeviceSettings


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


# --- unlocked vaults and settings for widget and flow tests --------------------------

PASSPHRASE = "ruhig bleiben 2026"


@pytest.fixture
def device_settings(tmp_path: Path) -> DeviceSettings:
    """Settings in a temp INI file, language English unless a test says otherwise."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings = DeviceSettings(store)
    settings.language_choice = "en"
    return settings


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty vault made once; tests work on copies so migrations run only once."""
    folder = tmp_path_factory.mktemp("ui-template") / "vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(FAST_KDF_ENV, "1")
        Vault.create(folder, PASSPHRASE)[0].close()
    return folder


@pytest.fixture
def ui_vault_dir(template_vault: Path, tmp_path: Path) -> Path:
    """A fresh copy of the empty template vault (passphrase: ``PASSPHRASE``)."""
    folder = tmp_path / "ui-vault"
    shutil.copytree(template_vault, folder)
    return folder


@pytest.fixture
def session(ui_vault_dir: Path, qapp) -> Iterator[VaultSession]:
    """A session with the copied vault unlocked; locked again after the test."""
    vault_session = VaultSession()
    vault_session.open(Vault.unlock(ui_vault_dir, PASSPHRASE))
    yield vault_session
    vault_session.lock()


@pytest.fixture
def vault(ui_vault_dir: Path) -> Iterator[Vault]:
    """An unlocked copy of the empty template vault, closed after the test."""
    with Vault.unlock(ui_vault_dir, PASSPHRASE) as unlocked:
        yield unlocked
