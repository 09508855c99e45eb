"""The letter editor: a draft filled from the vault, edited freely, kept as you type.

Nothing is lost when the window closes: the letter text is saved as a draft half a
second after typing stops (and at once on closing or locking). The user's details and the
recipient's address are saved the same way, in the vault. Exports leave the vault
unencrypted; the window says so once, next to the export buttons.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.exits.texts import Msg
from grenzen.domain.letters import LETTER_KINDS
from grenzen.services import letters
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.i18n import translate
from grenzen.ui.save_files import ask_save_path, safe_file_stem
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import native

SAVE_DELAY_MS = 500
EXPORT_KEYS = "Ctrl+S"
PLACEHOLDER_COLOUR = "#f3dfb0"  # soft amber behind "[…]": still to fill in
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]+\]")

# One editor per client: opening the letter again brings the open window forward.
_open_dialogs: dict[tuple[str, str], LetterDialog] = {}


def kind_label(kind: str) -> str:
    return {
        "ordinary_notice": translate("LetterDialog", "Ordinary notice"),
        "extraordinary_notice": translate("LetterDialog", "Extraordinary termination"),
        "mutual_termination": translate("LetterDialog", "Mutual termination"),
        "cooperation_deadline": translate("LetterDialog", "Deadline for cooperation (§ 643 BGB)"),
        "not_renewing": translate("LetterDialog", "Not renewing"),
    }[kind]


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Marks "[your address]"-style gaps, so nothing unfilled goes out by mistake."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(PLACEHOLDER_COLOUR))
        self._format.setForeground(QColor("#3b2f14"))

    def highlightBlock(self, text: str) -> None:
        for match in _PLACEHOLDER.finditer(text):
            start = len(text[: match.start()].encode("utf-16-le")) // 2
            length = len(match.group().encode("utf-16-le")) // 2
            self.setFormat(start, length, self._format)


def _debounced(parent: QWidget, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_DELAY_MS)
    timer.timeout.connect(slot)
    return timer


class LetterDialog(QDialog):
    """Pick the letter and its language, fill in the addresses, edit, export."""

    def __init__(
        self,
        session: VaultSession,
        client: str,
        kind: str = "ordinary_notice",
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.client = client
        self._today = today
        self._loading = False
        self._is_draft = False
        self._text_dirty = False  # edited since the last save
        self._loaded: tuple[str, str] | None = None  # (kind, lang) shown in the editor
        self.setObjectName("letterDialog")
        self.setModal(False)
        self.setWindowTitle(self.tr("Letter to {client}").format(client=client))
        self._save_text_timer = _debounced(self, self.save_pending_text)
        self._save_sender_timer = _debounced(self, self._save_sender)
        self._save_address_timer = _debounced(self, self._save_address)
        self._build()
        self._load_details()
        index = self.kind_combo.findData(kind if kind in LETTER_KINDS else LETTER_KINDS[0])
        self.kind_combo.setCurrentIndex(index)
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(ui_language()))
        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.lang_combo.currentIndexChanged.connect(self._choice_changed)
        self.load_letter()
        session.about_to_lock.connect(self.flush)
        session.locked.connect(self.close)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo = QComboBox(objectName="letterKindCombo")
        for kind in LETTER_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setAccessibleName(self.tr("Letter"))
        kind_label_widget = QLabel(self.tr("&Letter:"))
        kind_label_widget.setBuddy(self.kind_combo)
        self.lang_combo = QComboBox(objectName="letterLanguageCombo")
        self.lang_combo.addItem(self.tr("German"), "de")
        self.lang_combo.addItem(self.tr("English"), "en")
        self.lang_combo.setAccessibleName(self.tr("Language of the letter"))
        lang_label = QLabel(self.tr("Lan&guage:"))
        lang_label.setBuddy(self.lang_combo)
        self.status_label = QLabel(objectName="letterStatusLabel")
        self.status_label.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(kind_label_widget)
        top.addWidget(self.kind_combo)
        top.addSpacing(16)
        top.addWidget(lang_label)
        top.addWidget(self.lang_combo)
        top.addStretch(1)
        top.addWidget(self.status_label)

        side = QVBoxLayout()
        side.addWidget(self._sender_box())
        side.addWidget(self._recipient_box())
        saved_note = QLabel(self.tr("Both are kept in your vault and filled into every letter."))
        saved_note.setProperty("role", "muted")
        saved_note.setWordWrap(True)
        side.addWidget(saved_note)
        side.addStretch(1)
        side_widget = QWidget(objectName="letterSidePanel")
        side_widget.setLayout(side)
        side_widget.setFixedWidth(self.fontMetrics().averageCharWidth() * 54)

        self.text_edit = QPlainTextEdit(objectName="letterTextEdit")
        self.text_edit.setAccessibleName(self.tr("Letter text"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_edit.document().setDocumentMargin(14)
        self._highlighter = PlaceholderHighlighter(self.text_edit.document())
        self.text_edit.textChanged.connect(self._text_edited)
        text_label = QLabel(
            self.tr(
                "&Text (edit freely; [brackets] mark what is still missing; **stars** print bold):"
            )
        )
        text_label.setBuddy(self.text_edit)
        editor = QVBoxLayout()
        editor.addWidget(text_label)
        editor.addWidget(self.text_edit, 1)

        middle = QHBoxLayout()
        middle.addWidget(side_widget)
        middle.addSpacing(8)
        middle.addLayout(editor, 1)

        self.disclaimer_label = QLabel(objectName="letterDisclaimer")
        self.disclaimer_label.setWordWrap(True)
        self.disclaimer_label.setProperty("role", "muted")
        self.sending_label = QLabel(
            self.tr(
                "Send it so that receipt can be proven: a registered letter with return "
                "receipt, or a messenger with a witness. E-mail only where your contract "
                "allows text form."
            ),
            objectName="letterSendingHint",
        )
        self.sending_label.setWordWrap(True)
        self.sending_label.setProperty("role", "muted")

        self.reset_button = QPushButton(self.tr("&Reset to the template"))
        self.reset_button.setObjectName("letterResetButton")
        self.reset_button.setAutoDefault(False)
        self.reset_button.setToolTip(
            self.tr("Replace your edits with a fresh draft from the vault's facts")
        )
        self.reset_button.clicked.connect(self.reset_to_template)
        self.unencrypted_label = QLabel(
            self.tr("Saved files are not encrypted — keep them somewhere safe."),
            objectName="letterUnencryptedNote",
        )
        self.unencrypted_label.setProperty("role", "muted")
        self.unencrypted_label.setWordWrap(True)
        self.markdown_button = QPushButton(self.tr("Save as &Markdown…"))
        self.markdown_button.setObjectName("letterMarkdownButton")
        self.markdown_button.setAutoDefault(False)
        self.markdown_button.clicked.connect(lambda: self._ask_and_export("md"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setObjectName("letterPdfButton")
        self.pdf_button.setProperty("primary", True)
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.setToolTip(self.tr("Save as PDF ({keys})").format(keys=native(EXPORT_KEYS)))
        self.pdf_button.clicked.connect(lambda: self._ask_and_export("pdf"))
        QShortcut(QKeySequence(EXPORT_KEYS), self, lambda: self._ask_and_export("pdf"))
        close = QPushButton(self.tr("Close"), objectName="letterCloseButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.markdown_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.disclaimer_label)
        layout.addWidget(self.sending_label)
        layout.addWidget(self.unencrypted_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.kind_combo, self.lang_combo)
        self.setTabOrder(self.lang_combo, self.sender_name_edit)
        self.setTabOrder(self.sender_name_edit, self.sender_address_edit)
        self.setTabOrder(self.sender_address_edit, self.sender_place_edit)
        self.setTabOrder(self.sender_place_edit, self.sender_email_edit)
        self.setTabOrder(self.sender_email_edit, self.recipient_edit)
        self.setTabOrder(self.recipient_edit, self.text_edit)
        self.setTabOrder(self.text_edit, self.reset_button)
        self.setTabOrder(self.reset_button, self.markdown_button)
        self.setTabOrder(self.markdown_button, self.pdf_button)
        self.resize(1180, 760)

    def _address_edit(self, name: str, accessible: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=name)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(accessible)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 16)
        return edit

    def _sender_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your details"))
        self.sender_name_edit = QLineEdit(objectName="letterSenderName")
        self.sender_name_edit.setAccessibleName(self.tr("Your name"))
        self.sender_address_edit = self._address_edit(
            "letterSenderAddress", self.tr("Your address"), 4
        )
        self.sender_address_edit.setPlaceholderText(self.tr("Street and number\nPostcode and town"))
        self.sender_place_edit = QLineEdit(objectName="letterSenderPlace")
        self.sender_place_edit.setAccessibleName(self.tr("Place for the date line"))
        self.sender_email_edit = QLineEdit(objectName="letterSenderEmail")
        self.sender_email_edit.setAccessibleName(self.tr("Your e-mail address"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("&Name:"), self.sender_name_edit),
            (self.tr("&Address:"), self.sender_address_edit),
            (self.tr("Pla&ce:"), self.sender_place_edit),
            (self.tr("&E-mail:"), self.sender_email_edit),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        for line_edit in (self.sender_name_edit, self.sender_place_edit, self.sender_email_edit):
            line_edit.textEdited.connect(self._sender_edited)
        self.sender_address_edit.textChanged.connect(self._sender_edited)
        return box

    def _recipient_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recipient"))
        self.recipient_edit = self._address_edit(
            "letterRecipientAddress", self.tr("Address of {client}").format(client=self.client), 4
        )
        self.recipient_edit.setPlaceholderText(
            self.tr("Contact person\nStreet and number\nPostcode and town")
        )
        name = QLabel(self.client)
        name.setWordWrap(True)
        name.setStyleSheet("font-weight: 600;")
        label = QLabel(self.tr("Addre&ss:"))
        label.setBuddy(self.recipient_edit)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("Client:")), name)
        form.addRow(label, self.recipient_edit)
        self.recipient_edit.textChanged.connect(self._address_edited)
        return box

    # --- state -------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    @property
    def lang(self) -> str:
        return str(self.lang_combo.currentData())

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def is_draft(self) -> bool:
        """True while the editor shows the user's own (saved) draft, not the template."""
        return self._is_draft

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def _load_details(self) -> None:
        if not self.session.is_unlocked:
            return
        self._loading = True
        try:
            details = letters.sender(self.session.vault)
            self.sender_name_edit.setText(details.name)
            self.sender_address_edit.setPlainText(details.address)
            self.sender_place_edit.setText(details.place)
            self.sender_email_edit.setText(details.email)
            self.recipient_edit.setPlainText(
                letters.client_address(self.session.vault, self.client)
            )
        finally:
            self._loading = False
        self._update_place_hint()

    def _update_place_hint(self) -> None:
        derived = letters.place_of(letters.Sender(address=self.sender_address_edit.toPlainText()))
        self.sender_place_edit.setPlaceholderText(
            self.tr("{town} (from your address)").format(town=derived)
            if derived
            else self.tr("e.g. Hamburg")
        )

    def load_letter(self) -> None:
        """Show the saved draft of the chosen letter and language, else the template."""
        if not self.session.is_unlocked:
            return
        view = letters.letter_text(
            self.session.vault, self.client, self.kind, self.lang, self.today
        )
        self._show_text(view.text, view.is_saved_draft)
        self._loaded = (self.kind, self.lang)
        self.disclaimer_label.setText(Msg("disclaimer").render(ui_language()))

    def _show_text(self, text: str, is_draft: bool) -> None:
        self._text_dirty = False
        self._loading = True
        try:
            self.text_edit.setPlainText(text)
        finally:
            self._loading = False
        self._set_draft_state(is_draft)

    def _set_draft_state(self, is_draft: bool, just_saved: bool = False) -> None:
        self._is_draft = is_draft
        if just_saved:
            self.status_label.setText(self.tr("Your draft is saved."))
        elif is_draft:
            self.status_label.setText(self.tr("Your edited draft"))
        else:
            self.status_label.setText(self.tr("Template from your vault's facts"))

    # --- saving as you type --------------------------------------------------------------
    def _choice_changed(self) -> None:
        self.save_pending_text()
        self.load_letter()

    def _text_edited(self) -> None:
        if not self._loading:
            self._text_dirty = True
            self._save_text_timer.start()

    def save_pending_text(self) -> None:
        """Store the editor's text as the draft of what it shows (if it was edited)."""
        self._save_text_timer.stop()
        if not self._text_dirty or self._loaded is None or not self.session.is_unlocked:
            return
        self._text_dirty = False
        kind, lang = self._loaded
        try:
            letters.save_draft(self.session.vault, self.client, kind, lang, self.text())
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("The draft was not saved"), str(exc))
            return
        self._set_draft_state(True, just_saved=True)

    def _sender_edited(self) -> None:
        if not self._loading:
            self._update_place_hint()
            self._save_sender_timer.start()

    def _save_sender(self) -> None:
        self._save_sender_timer.stop()
        if not self.session.is_unlocked:
            return
        letters.set_sender(
            self.session.vault,
            self.sender_name_edit.text(),
            self.sender_address_edit.toPlainText(),
            self.sender_email_edit.text(),
            self.sender_place_edit.text(),
        )
        self._refresh_template()

    def _address_edited(self) -> None:
        if not self._loading:
            self._save_address_timer.start()

    def _save_address(self) -> None:
        self._save_address_timer.stop()
        if not self.session.is_unlocked:
            return
        letters.set_client_address(
            self.session.vault, self.client, self.recipient_edit.toPlainText()
        )
        self._refresh_template()

    def _refresh_template(self) -> None:
        """New details show in the letter at once, unless the user edits their own draft."""
        if not self._is_draft and not self._text_dirty:
            self.load_letter()

    def flush(self) -> None:
        """Save everything still waiting for its timer (closing, locking, exporting)."""
        if self._save_sender_timer.isActive():
            self._save_sender()
        if self._save_address_timer.isActive():
            self._save_address()
        self.save_pending_text()

    def reset_to_template(self) -> bool:
        """Forget the edited draft (after asking) and show the template again."""
        self.save_pending_text()
        if not self.session.is_unlocked:
            return False
        if self._is_draft:
            answer = QMessageBox.question(
                self,
                self.tr("Reset to the template?"),
                self.tr("Your edits of this letter will be replaced by a fresh draft."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        letters.reset_draft(self.session.vault, self.client, self.kind, self.lang)
        self.load_letter()
        return True

    # --- export --------------------------------------------------------------------------
    def _ask_and_export(self, fmt: str) -> Path | None:
        if fmt == "pdf":
            title, pattern = self.tr("Save the letter as PDF"), self.tr("PDF (*.pdf)")
        else:
            title, pattern = self.tr("Save the letter as Markdown"), self.tr("Markdown (*.md)")
        stem = safe_file_stem(f"{self.client}-{self.kind}", fallback="letter")
        path = ask_save_path(self, title, f"{stem}.{fmt}", pattern, f".{fmt}")
        if path is None:
            return None
        return self.export_pdf(path) if fmt == "pdf" else self.export_markdown(path)

    def export_pdf(self, path: Path | str) -> Path | None:
        return self._export(Path(path), "pdf")

    def export_markdown(self, path: Path | str) -> Path | None:
        return self._export(Path(path), "md")

    def _export(self, path: Path, fmt: str) -> Path | None:
        self.flush()
        try:
            written = letters.export_letter(self.text(), path, fmt)
        except (InvalidInput, OSError) as exc:
            show_error(self, self.tr("The letter was not saved"), str(exc))
            return None
        self.status_label.setText(self.tr("Saved to {path}").format(path=written))
        return written

    # --- closing -------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self.flush()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)


def open_letter_dialog(
    parent: QWidget | None,
    session: VaultSession,
    client: str,
    kind: str,
    today: dt.date | None = None,
) -> LetterDialog:
    """Show the letter editor for ``client`` (non-modal); an open one comes forward."""
    key = (session.vault.vault_id if session.is_unlocked else "", client)
    dialog = _open_dialogs.get(key)
    if dialog is None:
        dialog = LetterDialog(session, client, kind, parent, today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_dialogs[key] = dialog
        dialog.destroyed.connect(lambda *_: _open_dialogs.pop(key, None))
    elif kind in LETTER_KINDS and dialog.kind != kind:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
