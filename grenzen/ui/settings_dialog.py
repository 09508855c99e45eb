"""Settings of this device: language, theme, auto-lock, cooling-off; the vault's place,
a backup, and a new passphrase.

Every change applies at once (stored, and announced by a signal for the running app):
there is nothing to save and Close never asks. Changing the passphrase runs Argon2
(about half a second) on a worker thread so the window stays responsive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from grenzen.services import vault_access
from grenzen.storage.errors import InvalidInput, VaultError, WrongPassphrase
from grenzen.storage.vault import MIN_PASSPHRASE_CHARS
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession
from grenzen.ui.settings import DeviceSettings, Theme
from grenzen.ui.widgets import settle_minimum_size

AUTOLOCK_RANGE = (1, 240)
COOLING_OFF_RANGE = (0, 168)


# --- changing the passphrase off the GUI thread -------------------------------------------


class _JobSignals(QObject):
    """Carries the worker's result back to the GUI thread (queued by Qt)."""

    succeeded = Signal()
    failed = Signal(str, str)  # kind ("wrong", "invalid", "vault"), message


class _ChangePassphraseJob(QRunnable):
    def __init__(self, folder: Path, current: str, new: str) -> None:
        super().__init__()
        self.signals = _JobSignals()
        self._folder, self._current, self._new = folder, current, new

    def run(self) -> None:
        try:
            vault_access.change_passphrase(self._folder, self._current, self._new)
        except WrongPassphrase as exc:
            self.signals.failed.emit("wrong", str(exc))
        except InvalidInput as exc:
            self.signals.failed.emit("invalid", str(exc))
        except VaultError as exc:
            self.signals.failed.emit("vault", str(exc))
        else:
            self.signals.succeeded.emit()
        finally:
            self._current = self._new = ""


class ChangePassphraseDialog(QDialog):
    """Current, new, repeat; the data key is wrapped anew, nothing is re-encrypted."""

    changed = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._job: _ChangePassphraseJob | None = None
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        intro = QLabel(
            self.tr(
                "Your entries stay as they are: only the lock on the vault changes. "
                "Your recovery code stays valid."
            )
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        self.current_edit = self._password_edit("currentPassphraseEdit")
        self.new_edit = self._password_edit("newPassphraseEdit")
        self.new_edit.setPlaceholderText(
            self.tr("At least {count} characters; a few words work well").format(
                count=MIN_PASSPHRASE_CHARS
            )
        )
        self.repeat_edit = self._password_edit("repeatPassphraseEdit")
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.current_edit)
        form.addRow(self.tr("&New passphrase"), self.new_edit)
        form.addRow(self.tr("&Repeat the new one"), self.repeat_edit)

        self.message = QLabel(objectName="passphraseMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.change_button = QPushButton(
            self.tr("Change passphrase"), objectName="passphraseChangeButton"
        )
        self.change_button.setProperty("primary", True)
        self.change_button.setDefault(True)
        self.change_button.setToolTip(self.tr("Change the passphrase (Enter)"))
        self.change_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="passphraseCancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.change_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        settle_minimum_size(self)
        self.current_edit.setFocus()

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def is_busy(self) -> bool:
        return self._job is not None

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.current_edit,
            self.new_edit,
            self.repeat_edit,
            self.change_button,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        self.change_button.setText(self.tr("Changing…") if busy else self.tr("Change passphrase"))
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def start(self) -> None:
        """Check the input here (in words), then rewrap the key on a worker thread."""
        if self.is_busy():
            return
        current, new = self.current_edit.text(), self.new_edit.text()
        if not current:
            self._say(self.tr("Please enter your current passphrase."))
            self.current_edit.setFocus()
            return
        if len(new) < MIN_PASSPHRASE_CHARS:
            self._say(
                self.tr(
                    "The new passphrase needs at least {count} characters. A few words "
                    "are easier to remember than symbols."
                ).format(count=MIN_PASSPHRASE_CHARS)
            )
            self.new_edit.setFocus()
            return
        if new != self.repeat_edit.text():
            self._say(self.tr("The two new passphrases are not the same. Please type them again."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        self._say(self.tr("One moment — this takes about a second."))
        self._set_busy(True)
        self._job = _ChangePassphraseJob(self.folder, current, new)
        self._job.signals.succeeded.connect(self._succeeded)
        self._job.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self._job)

    def _succeeded(self) -> None:
        self._job = None
        self._set_busy(False)
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        self.changed.emit()
        self.accept()

    def _failed(self, kind: str, message: str) -> None:
        self._job = None
        self._set_busy(False)
        if kind == "wrong":
            self._say(self.tr("That is not your current passphrase. Please try again."))
            self.current_edit.clear()
            self.current_edit.setFocus()
        elif kind == "invalid":
            self._say(self.tr("The new passphrase cannot be used: {reason}").format(reason=message))
            self.new_edit.setFocus()
        else:
            self._say(self.tr("The passphrase was not changed: {reason}").format(reason=message))

    def reject(self) -> None:
        if not self.is_busy():  # never walk away from a half-written header
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
            return
        super().closeEvent(event)


# --- the settings dialog -------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Device settings; each change is stored and announced immediately."""

    language_changed = Signal(str)  # "de", "en" or "" for the system's language
    theme_changed = Signal(object)  # a grenzen.ui.settings.Theme
    autolock_changed = Signal(int)

    def __init__(
        self, settings: DeviceSettings, session: VaultSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        layout = QVBoxLayout(self)
        layout.addWidget(self._appearance())
        layout.addWidget(self._security())
        layout.addWidget(self._coach())
        layout.addWidget(self._vault())
        close = QPushButton(self.tr("Close"), objectName="closeButton")
        close.setAutoDefault(False)
        close.setToolTip(self.tr("Changes are already applied (Esc)"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        settle_minimum_size(self)
        # Wide enough that the explanations read as sentences, not as a column of words.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        session.locked.connect(self._vault_locked)
        session.unlocked.connect(self._vault_unlocked)
        if session.is_unlocked:
            self._vault_unlocked()
        else:
            self._vault_locked()

    # --- sections ------------------------------------------------------------------------
    def _appearance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"))
        self.language_combo = QComboBox(objectName="languageCombo")
        self.language_combo.addItem(self.tr("Same as the system"), "")
        self.language_combo.addItem("Deutsch", "de")  # language names in their own language
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self.settings.language_choice))
        )
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.theme_combo = QComboBox(objectName="themeCombo")
        for text, theme in (
            (self.tr("Same as the system"), Theme.SYSTEM),
            (self.tr("Light"), Theme.LIGHT),
            (self.tr("Dark"), Theme.DARK),
        ):
            self.theme_combo.addItem(text, theme.value)
        self.theme_combo.setCurrentIndex(
            max(0, self.theme_combo.findData(self.settings.theme.value))
        )
        self.theme_combo.currentIndexChanged.connect(self._theme_chosen)
        form = QFormLayout(box)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.tr("&Theme"), self.theme_combo)
        return box

    def _security(self) -> QGroupBox:
        box = QGroupBox(self.tr("Security"))
        self.autolock_spin = QSpinBox(objectName="autolockSpin")
        self.autolock_spin.setRange(*AUTOLOCK_RANGE)
        self.autolock_spin.setSuffix(self.tr(" min"))
        self.autolock_spin.setKeyboardTracking(False)  # typing "15" must not lock after 1
        self.autolock_spin.setValue(self.settings.autolock_minutes)
        self.autolock_spin.setToolTip(
            self.tr("The vault locks itself after this many minutes without use.")
        )
        self.autolock_spin.valueChanged.connect(self._autolock_chosen)
        self.passphrase_button = QPushButton(
            self.tr("Change passphrase…"), objectName="changePassphraseButton"
        )
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.passphrase_status = QLabel(objectName="passphraseStatus")
        self.passphrase_status.setProperty("role", "good")
        self.passphrase_status.setWordWrap(True)
        self.passphrase_status.hide()
        form = QFormLayout(box)
        form.addRow(self.tr("&Lock after"), self.autolock_spin)
        form.addRow(self.tr("Passphrase"), self.passphrase_button)
        form.addRow(self.passphrase_status)
        return box

    def _coach(self) -> QGroupBox:
        box = QGroupBox(self.tr("Coach"))
        self.cooling_off_spin = QSpinBox(objectName="coolingOffSpin")
        self.cooling_off_spin.setRange(*COOLING_OFF_RANGE)
        self.cooling_off_spin.setSuffix(self.tr(" h"))
        self.cooling_off_spin.setKeyboardTracking(False)
        self.cooling_off_spin.setValue(self.settings.cooling_off_hours)
        self.cooling_off_spin.valueChanged.connect(self._cooling_off_chosen)
        hint = QLabel(
            self.tr(
                "After an incident, setting boundaries and escalating wait this long, so "
                "nothing is sent from the peak of the anger."
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("C&ooling-off time"), self.cooling_off_spin)
        form.addRow(hint)
        return box

    def _vault(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vault"))
        self.vault_path_label = QLabel(objectName="vaultPathLabel")
        self.vault_path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vault_path_label.setWordWrap(True)
        self.vault_path_label.setAccessibleName(self.tr("Where the vault is"))
        self.open_folder_button = QPushButton(self.tr("Open folder"), objectName="openFolderButton")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.backup_button = QPushButton(self.tr("Back up now…"), objectName="backupButton")
        self.backup_button.setToolTip(self.tr("Save an encrypted copy of the vault"))
        self.backup_button.clicked.connect(self.back_up)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Location"), self.vault_path_label)
        form.addRow(buttons)
        return box

    # --- applying ------------------------------------------------------------------------
    def _language_chosen(self, _index: int) -> None:
        choice = self.language_combo.currentData() or ""
        self.settings.language_choice = choice
        self.language_changed.emit(choice)

    def _theme_chosen(self, _index: int) -> None:
        theme = Theme(self.theme_combo.currentData())
        self.settings.theme = theme
        self.theme_changed.emit(theme)

    def _autolock_chosen(self, minutes: int) -> None:
        self.settings.autolock_minutes = minutes
        self.autolock_changed.emit(minutes)

    def _cooling_off_chosen(self, hours: int) -> None:
        self.settings.cooling_off_hours = hours

    # --- vault ---------------------------------------------------------------------------
    def vault_folder(self) -> Path | None:
        if self.session.is_unlocked:
            return self.session.vault.folder
        return Path(self.settings.vault_dir) if self.settings.vault_dir else None

    def _vault_unlocked(self) -> None:
        folder = self.vault_folder()
        self.vault_path_label.setText(str(folder) if folder else "")
        for button in (self.backup_button, self.passphrase_button, self.open_folder_button):
            button.setEnabled(True)

    def _vault_locked(self) -> None:
        folder = self.vault_folder()
        self.vault_path_label.setText(str(folder) if folder else self.tr("Not chosen yet"))
        self.open_folder_button.setEnabled(folder is not None)
        self.backup_button.setEnabled(False)
        self.passphrase_button.setEnabled(False)

    def open_folder(self) -> None:
        folder = self.vault_folder()
        if folder is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            show_error(
                self,
                self.tr("The folder did not open"),
                self.tr("Your system has no file manager for this folder: {folder}").format(
                    folder=folder
                ),
            )

    def back_up(self) -> None:
        if not self.session.is_unlocked:
            return
        from grenzen.ui.transfer_dialogs import backup_vault

        backup_vault(self, self.session)

    def change_passphrase(self) -> None:
        if not self.session.is_unlocked:
            return
        self.passphrase_status.hide()
        dialog = ChangePassphraseDialog(self.session.vault.folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._passphrase_changed)
        dialog.open()

    def _passphrase_changed(self) -> None:
        self.passphrase_status.setText(
            self.tr("Your passphrase is changed. Use the new one the next time you unlock.")
        )
        self.passphrase_status.show()
