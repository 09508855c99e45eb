"""First run through real widgets: passphrase, vault in the background, recovery code, PDF,
the check that the code was kept, "remember on this device", and importing an export."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path
from typing import TypeVar

import keyring
import pypdf
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from grenzen.domain.incidents import IncidentDraft
from grenzen.services.journal import list_incidents, log_incident
from grenzen.services.transfer import export_all
from grenzen.storage import keyring_store
from grenzen.storage.vault import Vault
from grenzen.ui.onboarding import first_run
from grenzen.ui.onboarding.first_run import FirstRunWindow

NEW_PASSPHRASE = "grüne Tasse am Fenster"
ASCII_PASSPHRASE = "green cup by the window"


class InMemoryKeyring(KeyringBackend):
    """A test keyring kept in process memory; allow-listed only inside a test."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


T = TypeVar("T", bound=QWidget)

# keyring registers every backend class it sees; keep this one away from other tests.
KeyringBackend._classes.discard(InMemoryKeyring)  # type: ignore[attr-defined]


def find(window: QWidget, kind: type[T], name: str) -> T:
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def click(qtbot, window: QWidget, name: str) -> None:
    button = find(window, QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring_store, "is_secure_backend_available", lambda backend=None: False)


@pytest.fixture
def window(qtbot, tmp_path: Path, device_settings) -> FirstRunWindow:
    win = FirstRunWindow(tmp_path / "new-vault", device_settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # Return is a window shortcut: the window must be active
    return win


def create_vault(qtbot, window: FirstRunWindow, passphrase: str = ASCII_PASSPHRASE) -> str:
    """Passphrase page → vault created in the background; returns the recovery code shown."""
    find(window, QLineEdit, "passphraseEdit").setText(passphrase)
    find(window, QLineEdit, "repeatEdit").setText(passphrase)
    click(qtbot, window, "continueButton")
    code_label = find(window, QLabel, "recoveryCodeLabel")
    qtbot.waitUntil(lambda: bool(code_label.text()) and code_label.isVisible())
    return code_label.text()


def confirm_code(qtbot, window: FirstRunWindow, code: str) -> None:
    qtbot.keyClicks(find(window, QLineEdit, "confirmCodeEdit"), code.rsplit("-", 1)[-1])
    assert find(window, QPushButton, "finishButton").isEnabled()


def test_a_matching_but_too_short_passphrase_is_not_enough(qtbot, window):
    from grenzen.storage.vault import MIN_PASSPHRASE_CHARS

    click(qtbot, window, "createVaultButton")
    short = "abcdefghij"[: MIN_PASSPHRASE_CHARS - 1]
    find(window, QLineEdit, "passphraseEdit").setText(short)
    find(window, QLineEdit, "repeatEdit").setText(short)
    assert not find(window, QPushButton, "continueButton").isEnabled()
    find(window, QLineEdit, "passphraseEdit").setText(short + "k")
    find(window, QLineEdit, "repeatEdit").setText(short + "k")
    assert find(window, QPushButton, "continueButton").isEnabled()


def test_the_whole_first_run(qtbot, window, tmp_path, device_settings, no_keyring, monkeypatch):
    folder = tmp_path / "new-vault"
    assert window.objectName() == "firstRunWindow"
    click(qtbot, window, "createVaultButton")

    passphrase = find(window, QLineEdit, "passphraseEdit")
    repeat = find(window, QLineEdit, "repeatEdit")
    proceed = find(window, QPushButton, "continueButton")
    strength = find(window, QLabel, "strengthLabel")
    assert passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert passphrase.hasFocus()
    assert not proceed.isEnabled()

    qtbot.keyClicks(passphrase, "short")
    assert "at least 8 characters" in strength.text()
    passphrase.clear()
    passphrase.setText(NEW_PASSPHRASE)  # umlauts: setText, not keyClicks
    assert "Strong" in strength.text()
    qtbot.keyClicks(repeat, "grune Tasse am Fenster")
    assert not proceed.isEnabled(), "the two passphrases differ"
    assert "not the same" in find(window, QLabel, "matchLabel").text()

    show = find(window, QCheckBox, "showPassphraseCheck")
    show.setChecked(True)
    assert passphrase.echoMode() == repeat.echoMode() == QLineEdit.EchoMode.Normal
    show.setChecked(False)
    assert repeat.echoMode() == QLineEdit.EchoMode.Password

    repeat.setText(NEW_PASSPHRASE)
    assert proceed.isEnabled()
    qtbot.mouseClick(proceed, Qt.MouseButton.LeftButton)
    assert not proceed.isEnabled(), "busy while the key is derived"
    assert not passphrase.isEnabled()

    code_label = find(window, QLabel, "recoveryCodeLabel")
    qtbot.waitUntil(lambda: code_label.isVisible() and bool(code_label.text()))
    code = code_label.text()
    assert len(code.split("-")) == 8
    assert find(window, QLineEdit, "confirmCodeEdit").hasFocus()
    assert code_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert passphrase.text() == repeat.text() == "", "the passphrase is not kept in the form"
    with Vault.unlock_with_recovery_code(folder, code) as by_code:
        assert by_code.vault_id
    with Vault.unlock(folder, NEW_PASSPHRASE) as by_passphrase:
        assert by_passphrase.vault_id == by_code.vault_id

    pdf = tmp_path / "sheet" / "recovery.pdf"
    pdf.parent.mkdir()
    monkeypatch.setattr(
        first_run.QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(pdf), "PDF files (*.pdf)"),
    )
    click(qtbot, window, "savePdfButton")
    reader = pypdf.PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) == 1
    text = "".join(reader.pages[0].extract_text().split())
    assert code.replace("-", "") in text.replace("-", ""), "the code, over two lines"
    assert "recoverycode" in text.lower()
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert str(pdf) in find(window, QLabel, "pdfNote").text()

    confirm = find(window, QLineEdit, "confirmCodeEdit")
    finish = find(window, QPushButton, "finishButton")
    last = code.rsplit("-", 1)[-1]
    wrong = "0000" if last != "0000" else "1111"
    assert not finish.isEnabled()
    qtbot.keyClicks(confirm, wrong)
    assert not finish.isEnabled()
    confirm.clear()
    qtbot.keyClicks(confirm, last.lower())
    assert finish.isEnabled(), "the last group, in any case, is accepted"

    remember = find(window, QCheckBox, "rememberCheck")
    assert remember.isVisible()
    assert not remember.isEnabled()
    assert "keyring" in remember.toolTip()
    with qtbot.waitSignal(window.vault_ready) as ready:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    vault = ready.args[0]
    try:
        assert isinstance(vault, Vault)
        assert vault.vault_id == by_code.vault_id
        assert list_incidents(vault, limit=0).total == 0
    finally:
        vault.close()
    assert device_settings.remembered_vault_id == ""
    window.close()


def test_return_creates_the_vault_from_the_passphrase_field(qtbot, window, tmp_path, no_keyring):
    qtbot.keyClick(window.findChild(QPushButton, "createVaultButton"), Qt.Key.Key_Return)
    passphrase = find(window, QLineEdit, "passphraseEdit")
    qtbot.waitUntil(passphrase.isVisible)  # a button's shortcut clicks it animated, not at once
    qtbot.keyClicks(passphrase, ASCII_PASSPHRASE)
    repeat = find(window, QLineEdit, "repeatEdit")
    qtbot.keyClicks(repeat, ASCII_PASSPHRASE)
    qtbot.keyClick(repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(find(window, QLabel, "recoveryCodeLabel").text()))
    assert Vault.exists(tmp_path / "new-vault")


def test_back_keeps_nothing_typed(qtbot, window):
    click(qtbot, window, "createVaultButton")
    find(window, QLineEdit, "passphraseEdit").setText(ASCII_PASSPHRASE)
    click(qtbot, window, "backButton")
    assert find(window, QPushButton, "createVaultButton").isVisible()
    assert find(window, QLineEdit, "passphraseEdit").text() == ""


def test_remember_on_this_device_stores_the_key(
    qtbot, window, device_settings, monkeypatch: pytest.MonkeyPatch
):
    backend = InMemoryKeyring()
    name = f"{InMemoryKeyring.__module__}.{InMemoryKeyring.__qualname__}"
    monkeypatch.setattr(keyring_store, "SECURE_BACKENDS", keyring_store.SECURE_BACKENDS | {name})
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)

    click(qtbot, window, "createVaultButton")
    code = create_vault(qtbot, window)
    confirm_code(qtbot, window, code)
    remember = find(window, QCheckBox, "rememberCheck")
    assert remember.isEnabled()
    remember.setChecked(True)
    with qtbot.waitSignal(window.vault_ready) as ready:
        click(qtbot, window, "finishButton")
    vault = ready.args[0]
    try:
        assert device_settings.remembered_vault_id == vault.vault_id
        assert keyring_store.recall_data_key(vault.vault_id) == vault.data_key
        assert len(backend.store) == 1
    finally:
        vault.close()


def test_closing_before_the_end_closes_the_vault(qtbot, window, tmp_path, no_keyring):
    click(qtbot, window, "createVaultButton")
    create_vault(qtbot, window)
    vault = window._vault
    assert vault is not None
    window.close()
    assert window._vault is None
    assert vault.data_key == b"", "the key is forgotten"
    assert find(window, QLabel, "recoveryCodeLabel").text() == ""


def test_closing_while_creating_waits_and_closes_the_vault(qtbot, window, tmp_path):
    click(qtbot, window, "createVaultButton")
    find(window, QLineEdit, "passphraseEdit").setText(ASCII_PASSPHRASE)
    find(window, QLineEdit, "repeatEdit").setText(ASCII_PASSPHRASE)
    click(qtbot, window, "continueButton")
    window.close()  # waits for the job; the vault made for nobody is closed
    assert Vault.exists(tmp_path / "new-vault")
    assert find(window, QLabel, "recoveryCodeLabel").text() == ""


def test_a_vault_that_cannot_be_created_is_explained(qtbot, window, tmp_path, monkeypatch):
    blocker = tmp_path / "new-vault"
    blocker.write_text("a file where the folder should be")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        first_run, "show_error", lambda _p, title, text: shown.append((title, text))
    )
    click(qtbot, window, "createVaultButton")
    find(window, QLineEdit, "passphraseEdit").setText(ASCII_PASSPHRASE)
    find(window, QLineEdit, "repeatEdit").setText(ASCII_PASSPHRASE)
    click(qtbot, window, "continueButton")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "The vault was not created"
    qtbot.waitUntil(find(window, QPushButton, "continueButton").isEnabled)
    assert find(window, QLineEdit, "passphraseEdit").isEnabled()


@pytest.fixture
def export_file(session, tmp_path: Path) -> Path:
    log_incident(session.vault, IncidentDraft(client="Müller GmbH", text="Das ist Müll."))
    path = tmp_path / "export.json"
    export_all(session.vault, path)
    return path


def test_import_from_an_export_on_first_run(
    qtbot, window, tmp_path, export_file, no_keyring, monkeypatch
):
    monkeypatch.setattr(
        first_run.QFileDialog,
        "getOpenFileName",
        lambda *args, **kwargs: (str(export_file), ""),
    )
    click(qtbot, window, "importButton")
    note = find(window, QLabel, "importNote")
    assert note.isVisible()
    assert "export.json" in note.text()
    code = create_vault(qtbot, window)
    confirm_code(qtbot, window, code)
    summary = find(window, QLabel, "importSummaryLabel")
    assert summary.isVisible()
    assert "1 incident" in summary.text()
    assert "1 client" in summary.text()
    with qtbot.waitSignal(window.vault_ready) as ready:
        click(qtbot, window, "finishButton")
    vault = ready.args[0]
    try:
        page = list_incidents(vault)
        assert page.total == 1
    finally:
        vault.close()


def test_a_broken_import_file_still_gives_a_vault(qtbot, window, tmp_path, no_keyring, monkeypatch):
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"something": "else"}))
    monkeypatch.setattr(
        first_run.QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(broken), "")
    )
    click(qtbot, window, "importButton")
    code = create_vault(qtbot, window)
    confirm_code(qtbot, window, code)
    summary = find(window, QLabel, "importSummaryLabel")
    assert "could not be imported" in summary.text()
    assert "File → Import" in summary.text()
    with qtbot.waitSignal(window.vault_ready) as ready:
        click(qtbot, window, "finishButton")
    ready.args[0].close()
