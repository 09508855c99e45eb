"""The unlock window through real widgets: wrong and right passphrase, the recovery code,
and damaged vault files explained in words."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from grenzen.storage.errors import WrongPassphrase
from grenzen.storage.vault import Vault
from grenzen.ui.onboarding import unlock
from grenzen.ui.onboarding.unlock import UnlockWindow

PASSPHRASE = "ruhig bleiben 2026"  # the template vault's (tests/conftest.py)
NEW_PASSPHRASE = "neuer Anfang im Herbst"
T = TypeVar("T", bound=QWidget)


def find(window: QWidget, kind: type[T], name: str) -> T:
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def open_window(qtbot, folder: Path, settings) -> UnlockWindow:
    window = UnlockWindow(folder, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press_unlock(qtbot, window: UnlockWindow, passphrase: str) -> None:
    edit = find(window, QLineEdit, "passphraseEdit")
    edit.clear()
    qtbot.keyClicks(edit, passphrase)
    qtbot.mouseClick(find(window, QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)


def test_wrong_then_right_passphrase(qtbot, ui_vault_dir, device_settings):
    window = open_window(qtbot, ui_vault_dir, device_settings)
    assert window.objectName() == "unlockWindow"
    edit = find(window, QLineEdit, "passphraseEdit")
    button = find(window, QPushButton, "unlockButton")
    error = find(window, QLabel, "errorLabel")
    assert edit.hasFocus()
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert not error.isVisible()
    assert not button.isEnabled(), "nothing typed yet"

    press_unlock(qtbot, window, "not my passphrase")
    assert not button.isEnabled(), "busy while the key is derived"
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "That passphrase does not open this vault."
    assert edit.hasFocus()
    assert edit.selectedText() == "not my passphrase", "selected for retyping"
    assert button.isEnabled()

    with qtbot.waitSignal(window.vault_ready) as ready:
        press_unlock(qtbot, window, PASSPHRASE)
    vault = ready.args[0]
    try:
        assert isinstance(vault, Vault)
        assert vault.folder == ui_vault_dir
    finally:
        vault.close()
    assert edit.text() == ""


def test_return_unlocks(qtbot, ui_vault_dir, device_settings):
    window = open_window(qtbot, ui_vault_dir, device_settings)
    edit = find(window, QLineEdit, "passphraseEdit")
    qtbot.keyClicks(edit, PASSPHRASE)
    with qtbot.waitSignal(window.vault_ready) as ready:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    ready.args[0].close()


@pytest.fixture
def vault_with_code(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "vault-with-code"
    vault, code = Vault.create(folder, PASSPHRASE)
    vault.close()
    return folder, code


def test_the_recovery_code_sets_a_new_passphrase(qtbot, vault_with_code, device_settings):
    folder, code = vault_with_code
    window = open_window(qtbot, folder, device_settings)
    qtbot.mouseClick(find(window, QPushButton, "forgotButton"), Qt.MouseButton.LeftButton)
    code_edit = find(window, QLineEdit, "recoveryCodeEdit")
    reset = find(window, QPushButton, "resetButton")
    assert code_edit.isVisible()
    assert code_edit.hasFocus()
    assert not reset.isEnabled()

    qtbot.keyClicks(code_edit, code.lower().replace("-", " "))  # as copied from paper
    find(window, QLineEdit, "newPassphraseEdit").setText(NEW_PASSPHRASE)
    repeat = find(window, QLineEdit, "newRepeatEdit")
    repeat.setText(NEW_PASSPHRASE[:-1])
    assert not reset.isEnabled()
    repeat.setText(NEW_PASSPHRASE)
    assert reset.isEnabled()
    assert find(window, QLabel, "newStrengthLabel").text()

    with qtbot.waitSignal(window.vault_ready, timeout=10_000) as ready:
        qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    ready.args[0].close()
    Vault.unlock(folder, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    assert code_edit.text() == "", "the code is not kept in the form"


def test_a_wrong_recovery_code_is_said_calmly(qtbot, vault_with_code, device_settings):
    folder, code = vault_with_code
    window = open_window(qtbot, folder, device_settings)
    qtbot.mouseClick(find(window, QPushButton, "forgotButton"), Qt.MouseButton.LeftButton)
    code_edit = find(window, QLineEdit, "recoveryCodeEdit")
    error = find(window, QLabel, "recoveryErrorLabel")
    find(window, QLineEdit, "newPassphraseEdit").setText(NEW_PASSPHRASE)
    find(window, QLineEdit, "newRepeatEdit").setText(NEW_PASSPHRASE)
    reset = find(window, QPushButton, "resetButton")

    qtbot.keyClicks(code_edit, "ABCD-EFGH")
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert error.isVisible()
    assert "32 letters and digits" in error.text()

    wrong = "0000-0000-0000-0000-0000-0000-0000-0000"
    if code == wrong:  # pragma: no cover - one chance in 2**160
        wrong = wrong.replace("0", "1")
    code_edit.setText(wrong)
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error.text() == "That recovery code does not open this vault.")
    assert code_edit.selectedText() == wrong
    Vault.unlock(folder, PASSPHRASE).close()  # nothing changed

    qtbot.mouseClick(find(window, QPushButton, "backButton"), Qt.MouseButton.LeftButton)
    assert find(window, QLineEdit, "passphraseEdit").isVisible()


def test_a_damaged_header_is_explained_before_typing(qtbot, ui_vault_dir, device_settings):
    (ui_vault_dir / "vault.json").write_text("{ this is not json")
    window = open_window(qtbot, ui_vault_dir, device_settings)
    error = find(window, QLabel, "errorLabel")
    assert error.isVisible()
    assert "vault.json" in error.text()
    assert "damaged" in error.text()
    assert "Traceback" not in error.text()
    press_unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(find(window, QPushButton, "unlockButton").isEnabled)
    assert "damaged" in error.text()


def test_a_damaged_database_is_explained(qtbot, ui_vault_dir, device_settings):
    database = ui_vault_dir / "grenzen.db"
    for extra in ("grenzen.db-wal", "grenzen.db-shm"):
        (ui_vault_dir / extra).unlink(missing_ok=True)
    database.write_bytes(os.urandom(database.stat().st_size))
    window = open_window(qtbot, ui_vault_dir, device_settings)
    error = find(window, QLabel, "errorLabel")
    assert not error.isVisible(), "the header is fine"
    press_unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(error.isVisible)
    assert error.text().startswith("The vault's database is damaged or does not belong")


def test_closing_while_unlocking_opens_nothing(
    qtbot, ui_vault_dir, device_settings, monkeypatch: pytest.MonkeyPatch
):
    closed: list[object] = []

    def close_and_note(result: object) -> None:
        closed.append(result)
        result.close()

    monkeypatch.setattr(unlock, "_close_vault", close_and_note)
    window = open_window(qtbot, ui_vault_dir, device_settings)
    opened: list[object] = []
    window.vault_ready.connect(opened.append)
    press_unlock(qtbot, window, PASSPHRASE)
    window.close()  # waits for the job and closes the vault it made
    QCoreApplication.sendPostedEvents()  # a queued result, if one were still on its way
    QCoreApplication.processEvents()
    assert opened == []
    [vault] = closed
    assert vault.data_key == b""
