"""The settings dialog and the passphrase change through real widgets and a real vault."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from grenzen.storage.errors import WrongPassphrase
from grenzen.storage.vault import Vault
from grenzen.ui.session import VaultSession
from grenzen.ui.settings import DeviceSettings, Theme
from grenzen.ui.settings_dialog import ChangePassphraseDialog, SettingsDialog
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "neue Grüße am Fluss"


@pytest.fixture
def dialog(qtbot, device_settings: DeviceSettings, session: VaultSession) -> SettingsDialog:
    settings_dialog = SettingsDialog(device_settings, session)
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    qtbot.waitExposed(settings_dialog)
    return settings_dialog


def choose(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_shows_the_current_settings(dialog, device_settings, session) -> None:
    assert dialog.findChild(QComboBox, "languageCombo").currentData() == "en"
    assert dialog.findChild(QComboBox, "themeCombo").currentData() == Theme.SYSTEM.value
    assert dialog.findChild(QSpinBox, "autolockSpin").value() == device_settings.autolock_minutes
    assert dialog.findChild(QSpinBox, "coolingOffSpin").value() == 24
    assert dialog.findChild(QLabel, "vaultPathLabel").text() == str(session.vault.folder)


def test_language_theme_and_autolock_apply_at_once(qtbot, dialog, device_settings) -> None:
    language = dialog.findChild(QComboBox, "languageCombo")
    with qtbot.waitSignal(dialog.language_changed) as chosen:
        choose(language, "de")
    assert chosen.args == ["de"]
    assert device_settings.language_choice == "de"
    with qtbot.waitSignal(dialog.language_changed) as chosen:
        choose(language, "")
    assert chosen.args == [""]
    assert device_settings.language_choice == ""

    with qtbot.waitSignal(dialog.theme_changed) as chosen:
        choose(dialog.findChild(QComboBox, "themeCombo"), Theme.DARK.value)
    assert chosen.args == [Theme.DARK]
    assert isinstance(chosen.args[0], Theme)
    assert device_settings.theme is Theme.DARK

    spin = dialog.findChild(QSpinBox, "autolockSpin")
    with qtbot.waitSignal(dialog.autolock_changed) as chosen:
        spin.setValue(30)
    assert chosen.args == [30]
    assert device_settings.autolock_minutes == 30
    spin.setValue(999)
    assert device_settings.autolock_minutes == 240

    dialog.findChild(QSpinBox, "coolingOffSpin").setValue(48)
    assert device_settings.cooling_off_hours == 48
    # a fresh settings object on the same file reads what was stored
    assert DeviceSettings(device_settings._store).cooling_off_hours == 48


def test_open_folder_opens_the_vault_folder(qtbot, dialog, session, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "grenzen.ui.settings_dialog.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    qtbot.mouseClick(dialog.findChild(QPushButton, "openFolderButton"), Qt.MouseButton.LeftButton)
    assert opened == [str(session.vault.folder)]


def test_backup_button_calls_the_backup_dialog(qtbot, dialog, session, monkeypatch) -> None:
    calls: list[tuple[object, object]] = []
    fake = types.ModuleType("grenzen.ui.transfer_dialogs")
    fake.backup_vault = lambda parent, s: calls.append((parent, s))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "grenzen.ui.transfer_dialogs", fake)
    qtbot.mouseClick(dialog.findChild(QPushButton, "backupButton"), Qt.MouseButton.LeftButton)
    assert calls == [(dialog, session)]


def open_passphrase_dialog(qtbot, dialog: SettingsDialog) -> ChangePassphraseDialog:
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "changePassphraseButton"), Qt.MouseButton.LeftButton
    )
    change = dialog.findChild(ChangePassphraseDialog, "changePassphraseDialog")
    assert change is not None
    assert change.isVisible()
    return change


def fill(change: ChangePassphraseDialog, current: str, new: str, repeat: str) -> None:
    change.findChild(QLineEdit, "currentPassphraseEdit").setText(current)
    change.findChild(QLineEdit, "newPassphraseEdit").setText(new)
    change.findChild(QLineEdit, "repeatPassphraseEdit").setText(repeat)


def test_change_passphrase_wrong_then_right(qtbot, dialog, ui_vault_dir: Path) -> None:
    change = open_passphrase_dialog(qtbot, dialog)
    message = change.findChild(QLabel, "passphraseMessage")
    button = change.findChild(QPushButton, "passphraseChangeButton")

    # checked before any work starts
    fill(change, PASSPHRASE, NEW_PASSPHRASE, "something else")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "not the same" in message.text()
    assert not change.is_busy()
    fill(change, PASSPHRASE, "kurz", "kurz")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in message.text()

    # a wrong current passphrase: the worker says so, in words
    fill(change, "falsche Passphrase", NEW_PASSPHRASE, NEW_PASSPHRASE)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert change.is_busy()
    qtbot.waitUntil(lambda: not change.is_busy(), timeout=10_000)
    assert message.text() == "That is not your current passphrase. Please try again."
    assert change.isVisible()
    assert button.isEnabled()
    assert change.findChild(QLineEdit, "currentPassphraseEdit").text() == ""

    # the right one: busy while it runs, then closed and the new passphrase opens the vault
    fill(change, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    with qtbot.waitSignal(change.changed, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert change.is_busy()
        assert not button.isEnabled()
    assert dialog.findChild(QLabel, "passphraseStatus").isVisible()
    Vault.unlock(ui_vault_dir, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(ui_vault_dir, PASSPHRASE)


def test_locked_session_disables_vault_actions(qtbot, dialog, session) -> None:
    session.lock()
    assert not dialog.findChild(QPushButton, "backupButton").isEnabled()
    assert not dialog.findChild(QPushButton, "changePassphraseButton").isEnabled()
