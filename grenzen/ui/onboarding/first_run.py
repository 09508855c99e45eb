"""First run: welcome, choose a passphrase, keep the recovery code, optionally remember.

Creating the vault derives a key with Argon2 (about half a second), so it runs in the
background while the window shows that it is busy. The recovery code is shown once and
kept only in the label until the window closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.passphrase import MAX_SCORE, Hint, assess
from grenzen.resources import resource
from grenzen.storage.vault import MIN_PASSPHRASE_CHARS
from grenzen.ui.errors import show_error
from grenzen.ui.onboarding.workers import BackgroundRunner

if TYPE_CHECKING:
    from grenzen.services.transfer import ImportReport
    from grenzen.storage.vault import Vault
    from grenzen.ui.settings import DeviceSettings

RETURN = QKeySequence(Qt.Key.Key_Return)

WELCOME, PASSPHRASE, RECOVERY = range(3)


def shortcut_label(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def label(text: str = "", role: str | None = None, name: str | None = None) -> QLabel:
    """A wrapping label with an optional theme role ("title", "muted", …)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def primary_button(text: str, name: str, tooltip: str) -> QPushButton:
    """The one main action of a page, on Return, with the key in its tooltip."""
    button = QPushButton(text, objectName=name)
    button.setProperty("primary", True)
    button.setShortcut(RETURN)
    button.setToolTip(tooltip)
    return button


def fit_window(window: QWidget, width: int, height: int) -> None:
    """Fix the minimum size from the layout (all pages) before the window is first shown.

    The window layout does not push minimum sizes later (that would resize the window under
    the user's hands, and offscreen Qt, used by the tests, warns about it).
    """
    hint = window.minimumSizeHint()
    width = max(width, hint.width())
    layout = window.layout()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    room = window.fontMetrics().lineSpacing() * 3  # for a message that appears later
    window.setMinimumSize(hint.width(), max(hint.height(), needed + room))
    window.resize(width, max(height, window.minimumHeight()))


def expected_errors() -> tuple[type[BaseException], ...]:
    """Errors that mean "explain it to the user", not "a bug"."""
    from grenzen.domain.incidents import InvalidIncident
    from grenzen.storage.errors import InvalidInput, VaultError

    return (VaultError, InvalidInput, InvalidIncident, OSError)


class NewPassphraseForm(QWidget):
    """Passphrase twice with a show/hide toggle and a strength hint; used again for recovery."""

    changed = Signal()

    def __init__(
        self, prefix: str = "", first_label: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)

        def name(base: str) -> str:
            return prefix + base[0].upper() + base[1:] if prefix else base

        self.passphrase_edit = QLineEdit(objectName=name("passphraseEdit"))
        self.repeat_edit = QLineEdit(objectName=name("repeatEdit"))
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase"))
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.show_check = QCheckBox(
            self.tr("Sh&ow passphrase"), objectName=name("showPassphraseCheck")
        )
        self.show_check.toggled.connect(self._toggle_echo)
        self.meter = QProgressBar(objectName=name("strengthMeter"))
        self.meter.setRange(0, MAX_SCORE)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(self.fontMetrics().height() // 2)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = label(role="muted", name=name("strengthLabel"))
        self.match_label = label(role="muted", name=name("matchLabel"))

        first = QLabel(first_label or self.tr("&Passphrase"))
        first.setBuddy(self.passphrase_edit)
        second = QLabel(self.tr("&Repeat it"))
        second.setBuddy(self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            first,
            self.passphrase_edit,
            self.meter,
            self.strength_label,
            second,
            self.repeat_edit,
            self.match_label,
            self.show_check,
        ):
            layout.addWidget(widget)
        self._update()

    # --- state -----------------------------------------------------------------------
    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def is_acceptable(self) -> bool:
        text = self.passphrase()
        return len(text) >= MIN_PASSPHRASE_CHARS and text == self.repeat_edit.text()

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()

    def focus(self) -> None:
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- slots -----------------------------------------------------------------------
    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _update(self) -> None:
        text, repeat = self.passphrase(), self.repeat_edit.text()
        strength = assess(text, MIN_PASSPHRASE_CHARS)
        self.meter.setValue(strength.score)
        self.strength_label.setText(self.hint_text(strength.hint_key))
        if not repeat:
            self.match_label.setText("")
        elif repeat == text:
            self.match_label.setText(self.tr("Both are the same."))
        elif text.startswith(repeat):
            self.match_label.setText("")
        else:
            self.match_label.setText(self.tr("The two are not the same yet."))
        self.changed.emit()

    def hint_text(self, hint: Hint) -> str:
        texts = {
            Hint.EMPTY: self.tr(
                "Choose a few words only you would put together, like a short odd sentence."
            ),
            Hint.TOO_SHORT: self.tr("Use at least {count} characters.").format(
                count=MIN_PASSPHRASE_CHARS
            ),
            Hint.COMMON: self.tr(
                "This one is on every list of common passwords. Choose something of your own."
            ),
            Hint.PATTERN: self.tr("Repeats and sequences like 1234 or aaaa are easy to guess."),
            Hint.ADD_WORDS: self.tr(
                "Fairly easy to guess. Another word or two make it much stronger."
            ),
            Hint.GOOD: self.tr("Good. One more word would make it even better."),
            Hint.STRONG: self.tr("Strong. Make sure you can remember it."),
        }
        return texts[hint]


@dataclass(slots=True)
class _Created:
    """What the background job hands back: the vault, its code and the import's outcome."""

    vault: Vault
    recovery_code: str
    report: ImportReport | None = None
    import_error: str | None = None


def _create(folder: Path, passphrase: str, import_path: Path | None) -> _Created:
    """Runs in the thread pool: create the vault, then import the chosen file if any."""
    from grenzen.services import transfer, vault_access

    vault, code = vault_access.create_vault(folder, passphrase)
    created = _Created(vault, code)
    if import_path is not None:
        try:
            created.report = transfer.import_file(vault, import_path)
        except expected_errors() as exc:
            created.import_error = (
                exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            )
    return created


def _discard(result: object) -> None:
    if isinstance(result, _Created):
        result.vault.close()


def normalise_group(text: str) -> str:
    """Case and the usual look-alikes (O for 0, I or L for 1) do not matter."""
    cleaned = re.sub(r"[\s-]", "", text).upper()
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


class FirstRunWindow(QWidget):
    """The first window on a computer without a vault; emits ``vault_ready(vault)``."""

    vault_ready = Signal(object)

    def __init__(
        self, folder: Path, settings: DeviceSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.settings = settings
        self.setObjectName("firstRunWindow")
        self.setWindowTitle(self.tr("Welcome to Grenzen"))
        self._runner = BackgroundRunner(self)
        self._vault: Vault | None = None
        self._code = ""
        self._import_path: Path | None = None

        self.pages = QStackedWidget(objectName="firstRunPages")
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        # A readable column, centred, however large the window gets.
        self.pages.setMaximumWidth(620)
        layout.addWidget(self.pages, 0, Qt.AlignmentFlag.AlignHCenter)
        fit_window(self, 620, 560)
        self.show_page(WELCOME)

    # --- pages -----------------------------------------------------------------------
    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(label(title, "title"))
        return page, layout

    def _buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addStretch(2)  # the welcome sits in the middle, not under the title bar
        icon = QLabel(objectName="welcomeIcon")
        icon.setPixmap(QIcon(str(resource("icons", "grenzen.svg"))).pixmap(QSize(88, 88)))
        layout.addWidget(icon)
        layout.addWidget(label(self.tr("Welcome to Grenzen"), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "Grenzen is a quiet place for the moments when a client treats you "
                    "badly. Write down what happened while it is fresh, calm down, and then "
                    "decide step by step what to do — from a clear conversation to a good exit."
                )
            )
        )
        layout.addWidget(
            label(
                self.tr(
                    "Everything stays encrypted on this computer, in your vault. Grenzen "
                    "never goes online and collects nothing."
                ),
                "muted",
            )
        )
        self.import_button = QPushButton(
            self.tr("Import from an export…"), objectName="importButton"
        )
        self.import_button.setToolTip(
            self.tr("Start with the entries of a Grenzen export or a jrnl journal (JSON).")
        )
        self.import_button.clicked.connect(self.ask_import_file)
        self.create_button = primary_button(
            self.tr("Create my vault"),
            "createVaultButton",
            self.tr("Create my vault ({key})").format(key=shortcut_label(RETURN)),
        )
        self.create_button.clicked.connect(self.start_create)
        layout.addSpacing(self.fontMetrics().lineSpacing())
        layout.addLayout(self._buttons(self.import_button, self.create_button))
        layout.addStretch(3)
        return page

    def _passphrase_page(self) -> QWidget:
        page, layout = self._page(self.tr("Choose a passphrase"))
        layout.addWidget(
            label(
                self.tr(
                    "Your passphrase opens the vault. A few words that only you would put "
                    "together are strong and easy to remember. Nobody can look it up for "
                    "you, so next you get a recovery code as a spare key."
                )
            )
        )
        self.import_note = label(role="muted", name="importNote")
        self.import_note.hide()
        layout.addWidget(self.import_note)
        self.form = NewPassphraseForm(parent=page)
        self.form.changed.connect(self._update_continue)
        layout.addWidget(self.form)
        self.busy_label = label(
            self.tr("Creating your vault… this takes a moment."), "muted", "busyLabel"
        )
        self.busy_label.hide()
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"), objectName="backButton")
        self.back_button.clicked.connect(self._back_to_welcome)
        self.continue_button = primary_button(
            self.tr("Continue"),
            "continueButton",
            self.tr("Create the vault with this passphrase ({key})").format(
                key=shortcut_label(RETURN)
            ),
        )
        self.continue_button.clicked.connect(self.create_vault)
        layout.addLayout(self._buttons(self.back_button, self.continue_button))
        self._runner.busy_changed.connect(self._set_busy)
        self._update_continue()
        return page

    def _recovery_page(self) -> QWidget:
        page, layout = self._page(self.tr("Your recovery code"))
        layout.addWidget(
            label(
                self.tr(
                    "If you ever forget your passphrase, this code opens your vault and lets "
                    "you choose a new one. Grenzen shows it only this once."
                )
            )
        )
        self.code_label = QLabel(objectName="recoveryCodeLabel")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        layout.addWidget(self.code_label)
        layout.addWidget(
            label(
                self.tr(
                    "Write it down or print it, and keep the paper somewhere safe, away from "
                    "this computer. Anyone who has the code and your computer can read your "
                    "journal."
                ),
                "muted",
            )
        )
        self.print_button = QPushButton(self.tr("&Print…"), objectName="printButton")
        self.print_button.clicked.connect(self.print_code)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), objectName="savePdfButton")
        self.pdf_button.setToolTip(
            self.tr("A one-page sheet to print. Keep the file off this computer afterwards.")
        )
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pdf_note = label(role="muted", name="pdfNote")
        self.pdf_note.hide()
        layout.addWidget(self.pdf_note)
        self.confirm_edit = QLineEdit(objectName="confirmCodeEdit")
        self.confirm_edit.setMaxLength(9)
        self.confirm_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 12))
        self.confirm_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.confirm_edit.setPlaceholderText("XXXX")
        self.confirm_edit.textChanged.connect(self._update_finish)
        confirm_label = label(
            self.tr("To be sure you kept it, type the &last group of the code (four characters):")
        )
        confirm_label.setBuddy(self.confirm_edit)
        layout.addSpacing(8)
        layout.addWidget(confirm_label)
        layout.addWidget(self.confirm_edit)
        layout.addSpacing(8)
        self.remember_check = QCheckBox(
            self.tr("&Remember on this device"), objectName="rememberCheck"
        )
        layout.addWidget(self.remember_check)
        layout.addWidget(
            label(
                self.tr(
                    "Grenzen then opens on this computer without asking for the passphrase; "
                    "the key is kept in the system's keyring. Anyone who can use your login "
                    "can then read your journal."
                ),
                "muted",
            )
        )
        self.import_summary = label(name="importSummaryLabel")
        self.import_summary.hide()
        layout.addWidget(self.import_summary)
        layout.addStretch(1)
        self.finish_button = primary_button(
            self.tr("Continue"),
            "finishButton",
            self.tr("I have kept the code ({key})").format(key=shortcut_label(RETURN)),
        )
        self.finish_button.clicked.connect(self.finish)
        self._update_finish()
        layout.addLayout(self._buttons(self.finish_button))
        return page

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        focus = {
            WELCOME: self.create_button,
            PASSPHRASE: self.form.passphrase_edit,
            RECOVERY: self.confirm_edit,
        }[index]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- welcome ---------------------------------------------------------------------
    def start_create(self) -> None:
        self._import_path = None
        self.import_note.hide()
        self.show_page(PASSPHRASE)

    def ask_import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from a Grenzen export or a jrnl journal"),
            str(Path.home()),
            self.tr("JSON exports (*.json);;All files (*)"),
        )
        if chosen:
            self.start_import(Path(chosen))

    def start_import(self, path: Path) -> None:
        """Create the vault first (passphrase page), then import ``path`` into it."""
        self._import_path = path
        self.import_note.setText(
            self.tr("After the vault is created, Grenzen imports {file}.").format(file=path.name)
        )
        self.import_note.show()
        self.show_page(PASSPHRASE)

    def _back_to_welcome(self) -> None:
        self.form.clear()
        self.show_page(WELCOME)

    # --- passphrase ------------------------------------------------------------------
    def _update_continue(self) -> None:
        self.continue_button.setEnabled(self.form.is_acceptable() and not self._runner.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.form.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self._update_continue()

    def create_vault(self) -> None:
        if not self.form.is_acceptable() or self._runner.busy:
            return
        folder, passphrase, import_path = self.folder, self.form.passphrase(), self._import_path
        self._runner.start(
            lambda: _create(folder, passphrase, import_path),
            self._created,
            self._create_failed,
            discard=_discard,
        )

    def _created(self, result: object) -> None:
        assert isinstance(result, _Created)
        self.form.clear()
        self._vault, self._code = result.vault, result.recovery_code
        self.code_label.setText(result.recovery_code)
        self._show_import_outcome(result)
        self._prepare_remember()
        self.show_page(RECOVERY)

    def _create_failed(self, error: BaseException) -> None:
        if not isinstance(error, expected_errors()):
            raise error
        message = str(error)
        if isinstance(error, OSError):
            message = self.tr("The vault folder could not be written: {reason}.").format(
                reason=error.strerror or type(error).__name__
            )
        show_error(self, self.tr("The vault was not created"), message)
        self.form.focus()

    def _show_import_outcome(self, result: _Created) -> None:
        from grenzen.ui.transfer_dialogs import import_summary

        if result.report is not None:
            text, _skipped = import_summary(result.report)  # a new vault has no duplicates
            self.import_summary.setText(text)
            self.import_summary.show()
        elif result.import_error is not None:
            self.import_summary.setText(
                self.tr(
                    "The vault is ready, but the file could not be imported: {reason} "
                    "You can try again later with File → Import."
                ).format(reason=result.import_error)
            )
            self.import_summary.show()

    # --- recovery code ---------------------------------------------------------------
    def print_code(self) -> None:
        from grenzen.ui.recovery_sheet import print_sheet

        print_sheet(self._code, self)

    def ask_save_pdf(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery code as PDF"),
            str(Path.home() / "grenzen-recovery-code.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            path = Path(chosen)
            self.save_pdf(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def save_pdf(self, path: Path) -> bool:
        from grenzen.ui.recovery_sheet import save_pdf

        try:
            save_pdf(self._code, path)
        except OSError as exc:
            show_error(
                self,
                self.tr("The PDF was not saved"),
                self.tr("The file could not be written: {reason}.").format(
                    reason=exc.strerror or type(exc).__name__
                ),
            )
            return False
        self.pdf_note.setText(
            self.tr("Saved as {path}. Print it, then keep the file off this computer.").format(
                path=path
            )
        )
        self.pdf_note.show()
        return True

    def _code_confirmed(self) -> bool:
        if not self._code:
            return False
        last = self._code.rsplit("-", 1)[-1]
        return normalise_group(self.confirm_edit.text()) == normalise_group(last)

    def _update_finish(self) -> None:
        self.finish_button.setEnabled(self._code_confirmed())

    def finish(self) -> None:
        """Remember the key if asked, then hand the open vault over."""
        vault = self._vault
        if vault is None or not self._code_confirmed():
            return
        if self.remember_check.isEnabled() and self.remember_check.isChecked():
            self._remember(vault)
        self._vault, self._code = None, ""
        self.code_label.clear()
        self.vault_ready.emit(vault)

    # --- remember on this device -----------------------------------------------------
    def _prepare_remember(self) -> None:
        from grenzen.storage import keyring_store

        if keyring_store.is_secure_backend_available():
            self.remember_check.setEnabled(True)
            self.remember_check.setToolTip(
                self.tr("Keep the vault's key in this computer's keyring.")
            )
            return
        self.remember_check.setChecked(False)
        self.remember_check.setEnabled(False)
        self.remember_check.setToolTip(self._keyring_reason())

    def _keyring_reason(self) -> str:
        from grenzen.storage import keyring_store
        from grenzen.storage.errors import InsecureKeyring

        try:
            keyring_store.check_backend()
        except InsecureKeyring:
            return self.tr(
                "This computer's keyring does not keep secrets safely encrypted, so Grenzen "
                "will not store the key there. You will be asked for your passphrase."
            )
        except Exception:  # no keyring, or it failed to load: the same for the user
            pass
        return self.tr(
            "No secure keyring was found on this computer (such as GNOME Keyring, the macOS "
            "Keychain or the Windows Credential Manager). You will be asked for your "
            "passphrase."
        )

    def _remember(self, vault: Vault) -> None:
        from grenzen.storage import keyring_store
        from grenzen.storage.errors import VaultError

        try:
            keyring_store.remember_data_key(vault.vault_id, vault.data_key)
        except VaultError as exc:
            show_error(
                self,
                self.tr("Not remembered on this device"),
                self.tr("Grenzen will ask for your passphrase next time. {reason}").format(
                    reason=str(exc)
                ),
            )
            return
        self.settings.remembered_vault_id = vault.vault_id

    # --- closing ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Wait for a running job; a vault nobody took over is closed, not left open."""
        self._runner.shutdown()
        if self._vault is not None:
            self._vault.close()
            self._vault = None
        self._code = ""
        self.code_label.clear()
        super().closeEvent(event)
