"""The unlock screen: passphrase, or the recovery code to set a new one.

Key derivation runs in the background; a wrong passphrase is said at once, calmly, with
the field selected for retyping. A damaged vault is explained in words, not a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from grenzen.services import vault_access
from grenzen.storage.errors import (
    DamagedDatabase,
    DamagedHeader,
    SchemaTooNew,
    VaultError,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from grenzen.storage.keys import RECOVERY_CODE_BITS
from grenzen.ui.onboarding.first_run import (
    RETURN,
    NewPassphraseForm,
    fit_window,
    label,
    primary_button,
    shortcut_label,
)
from grenzen.ui.onboarding.workers import BackgroundRunner

if TYPE_CHECKING:
    from grenzen.storage.vault import Vault
    from grenzen.ui.settings import DeviceSettings

UNLOCK, RECOVER = range(2)
RECOVERY_CODE_CHARS = RECOVERY_CODE_BITS // 5


def _close_vault(result: object) -> None:
    close = getattr(result, "close", None)
    if callable(close):
        close()


def _recover_and_unlock(folder: Path, code: str, new_passphrase: str) -> Vault:
    """Runs in the thread pool: set the new passphrase with the code, then open with it."""
    vault_access.recover(folder, code, new_passphrase)
    return vault_access.unlock(folder, new_passphrase)


class UnlockWindow(QWidget):
    """Shown when a vault exists and is locked; emits ``vault_ready(vault)``."""

    vault_ready = Signal(object)

    def __init__(
        self, folder: Path, settings: DeviceSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.settings = settings
        self.setObjectName("unlockWindow")
        self.setWindowTitle(self.tr("Grenzen — unlock"))
        self._runner = BackgroundRunner(self)
        self._runner.busy_changed.connect(self._set_busy)
        self.pages = QStackedWidget(objectName="unlockPages")
        self.pages.addWidget(self._unlock_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see fit_window
        # A readable column, centred, however large the window gets.
        self.pages.setMaximumWidth(540)
        layout.addWidget(self.pages, 0, Qt.AlignmentFlag.AlignHCenter)
        fit_window(self, 540, 480)
        self.show_page(UNLOCK)
        self._check_vault()

    # --- pages -----------------------------------------------------------------------
    def _unlock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(label("Grenzen", "title"))
        layout.addWidget(label(self.tr("Your vault is locked."), "muted"))
        self.passphrase_edit = QLineEdit(objectName="passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.textChanged.connect(self._update_unlock)
        layout.addWidget(self.passphrase_edit)
        self.error_label = label(name="errorLabel")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.unlock_button = primary_button(
            self.tr("Unlock"),
            "unlockButton",
            self.tr("Unlock ({key})").format(key=shortcut_label(RETURN)),
        )
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(self.unlock_button)
        self.forgot_button = QPushButton(
            self.tr("Forgot it? Use the recovery code"), objectName="forgotButton"
        )
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(lambda: self.show_page(RECOVER))
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Use your recovery code"), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "Type the recovery code from your paper and choose a new passphrase. "
                    "Your entries stay as they are, and the code keeps working afterwards."
                )
            )
        )
        self.code_edit = QLineEdit(objectName="recoveryCodeEdit")
        self.code_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code_edit.textChanged.connect(self._update_reset)
        code_label = QLabel(self.tr("&Recovery code"))
        code_label.setBuddy(self.code_edit)
        layout.addWidget(code_label)
        layout.addWidget(self.code_edit)
        self.new_form = NewPassphraseForm("new", self.tr("&New passphrase"), page)
        self.new_form.changed.connect(self._update_reset)
        layout.addWidget(self.new_form)
        self.recovery_error = label(name="recoveryErrorLabel")
        self.recovery_error.hide()
        layout.addWidget(self.recovery_error)
        layout.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"), objectName="backButton")
        self.back_button.clicked.connect(lambda: self.show_page(UNLOCK))
        self.reset_button = primary_button(
            self.tr("Set the new passphrase"),
            "resetButton",
            self.tr("Set the new passphrase and unlock ({key})").format(key=shortcut_label(RETURN)),
        )
        self.reset_button.clicked.connect(self.reset)
        row = QVBoxLayout()
        row.addWidget(self.reset_button)
        row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        return page

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        if index == UNLOCK:
            self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_unlock()
        self._update_reset()

    # --- state -----------------------------------------------------------------------
    def _update_unlock(self) -> None:
        self.unlock_button.setEnabled(bool(self.passphrase_edit.text()) and not self._runner.busy)

    def _update_reset(self) -> None:
        ready = bool(self.code_edit.text().strip()) and self.new_form.is_acceptable()
        self.reset_button.setEnabled(ready and not self._runner.busy)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.passphrase_edit,
            self.forgot_button,
            self.code_edit,
            self.new_form,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))
        self._update_unlock()
        self._update_reset()

    def _show_error(self, target: QLabel, message: str) -> None:
        target.setText(message)
        target.setVisible(bool(message))

    def _check_vault(self) -> None:
        """A missing or damaged header is said before anyone types a passphrase."""
        try:
            vault_access.check_exists(self.folder)
        except VaultError as exc:
            self._show_error(self.error_label, self.describe(exc))

    # --- unlock ----------------------------------------------------------------------
    def unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase or self._runner.busy:
            return
        folder = self.folder
        self._runner.start(
            lambda: vault_access.unlock(folder, passphrase),
            self._unlocked,
            self._unlock_failed,
            discard=_close_vault,
        )

    def _unlocked(self, vault: object) -> None:
        self.passphrase_edit.clear()
        self.new_form.clear()
        self.code_edit.clear()
        self._show_error(self.error_label, "")
        self.vault_ready.emit(vault)

    def _unlock_failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultError | OSError):
            raise error
        self._show_error(self.error_label, self.describe(error))
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase_edit.selectAll()

    def describe(self, error: BaseException) -> str:
        """The user's version of a vault error: what happened and what helps."""
        if isinstance(error, WrongPassphrase):
            return self.tr("That passphrase does not open this vault.")
        if isinstance(error, WrongRecoveryCode):
            return self.tr("That recovery code does not open this vault.")
        if isinstance(error, DamagedHeader):
            return self.tr(
                "The vault's key file (vault.json) is damaged, so the vault cannot be opened. "
                "A backup can bring it back.\n{detail}"
            ).format(detail=error)
        if isinstance(error, DamagedDatabase):
            return self.tr(
                "The vault's database is damaged or does not belong to this vault. "
                "A backup can bring it back.\n{detail}"
            ).format(detail=error)
        if isinstance(error, SchemaTooNew):
            return self.tr(
                "This vault was saved by a newer version of Grenzen. Update Grenzen to open it."
            )
        if isinstance(error, VaultNotFound):
            return self.tr("There is no vault in {folder}.").format(folder=self.folder)
        if isinstance(error, OSError):
            return self.tr("The vault could not be read: {reason}.").format(
                reason=error.strerror or type(error).__name__
            )
        return str(error)

    # --- recovery --------------------------------------------------------------------
    def reset(self) -> None:
        code = self.code_edit.text()
        if not self.new_form.is_acceptable() or not code.strip() or self._runner.busy:
            return
        if len(re.sub(r"[^0-9A-Za-z]", "", code)) != RECOVERY_CODE_CHARS:
            self._show_error(
                self.recovery_error,
                self.tr(
                    "A recovery code has {count} letters and digits, in groups of four. "
                    "Please check it against your paper."
                ).format(count=RECOVERY_CODE_CHARS),
            )
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        folder, new_passphrase = self.folder, self.new_form.passphrase()
        self._runner.start(
            lambda: _recover_and_unlock(folder, code, new_passphrase),
            self._unlocked,
            self._reset_failed,
            discard=_close_vault,
        )

    def _reset_failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultError | OSError | ValueError):
            raise error
        self._show_error(self.recovery_error, self.describe(error))
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code_edit.selectAll()

    # --- closing ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Wait for a running unlock; a vault opened for nobody is closed again."""
        self._runner.shutdown()
        self.passphrase_edit.clear()
        self.code_edit.clear()
        self.new_form.clear()
        super().closeEvent(event)
