"""Stage 2, clarify: prepare the conversation on one page, then note how it went.

Left the prep form (the four steps of Nonviolent Communication and the DESC script), right
a live preview of the printable sheet with wording hints underlined and explained on hover
(method.md §2). The sheet prints or saves as PDF on the user's explicit request.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.cases import Stage
from grenzen.domain.incidents import Incident
from grenzen.exports.pdf import print_document
from grenzen.exports.prep_sheet import (
    DESC_KEYS,
    NVC_KEYS,
    build_prep_document,
    field_labels,
    prep_hints,
    write_prep_pdf,
)
from grenzen.services import cases, journal
from grenzen.services.errors import NotFound
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import StagePage, register_page, ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import native

PRINT_KEYS = "Ctrl+P"
HINT_KIND_ROLE = Qt.ItemDataRole.UserRole

# Answer key → objectName of its field.
FIELD_NAMES = {
    "observation": "observationEdit",
    "feeling": "feelingEdit",
    "need": "needEdit",
    "request": "requestEdit",
    "desc_describe": "descDescribe",
    "desc_express": "descExpress",
    "desc_specify": "descSpecify",
    "desc_consequences": "descConsequences",
}


def newest_quote(incidents: list[Incident]) -> str | None:
    """The client's literal words from the newest incident that has any."""
    quoted = [i for i in incidents if i.quote and i.quote.strip()]
    if not quoted:
        return None
    newest = max(quoted, key=lambda i: (i.occurred_on, i.created_at, i.id))
    return (newest.quote or "").strip()


def in_quotation_marks(text: str, lang: str) -> str:
    return f"„{text}“" if lang == "de" else f"“{text}”"


@register_page
class ClarifyPage(StagePage):
    """The conversation prep with a live, printable preview; answers save as you type."""

    stage = Stage.CLARIFY

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("clarifyPage")
        self.lang = ui_language()
        self.client = ""
        self.title = ""
        self._preview_doc: QTextDocument | None = None
        self._dialogs: list[QWidget] = []
        quote = self._load_case()

        # --- the form -------------------------------------------------------------
        labels = field_labels()
        placeholders = {
            "observation": self.tr("Only what a camera would have seen or heard."),
            "feeling": self.tr("For example: I felt hurt and under pressure."),
            "need": self.tr("For example: respect, clear agreements, time to plan."),
            "request": self.tr("One concrete, doable request."),
            "desc_describe": self.tr("The situation, in neutral words."),
            "desc_express": self.tr("How it affects you and the work."),
            "desc_specify": self.tr("What you would like instead."),
            "desc_consequences": self.tr("What gets better for both of you if it changes."),
        }
        self.fields: dict[str, QPlainTextEdit] = {}
        form_column = QWidget(self)
        column = QVBoxLayout(form_column)
        for heading, keys in (
            (self.tr("Nonviolent Communication"), NVC_KEYS),
            (self.tr("DESC script"), DESC_KEYS),
        ):
            box = QGroupBox(heading, form_column)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for key in keys:
                edit = self._text_field(FIELD_NAMES[key], placeholders[key], box)
                edit.setAccessibleName(labels[key])
                label = QLabel(labels[key], box)
                label.setBuddy(edit)
                form.addRow(label, edit)
                self.fields[key] = edit
            column.addWidget(box)

        after_box = QGroupBox(self.tr("After the talk"), form_column)
        after_form = QFormLayout(after_box)
        after_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.talk_notes = self._text_field(
            "talkNotes", self.tr("What was said, what you agreed, what is still open."), after_box
        )
        talk_label = QLabel(self.tr("How did it &go?"), after_box)
        talk_label.setBuddy(self.talk_notes)
        after_form.addRow(talk_label, self.talk_notes)
        column.addWidget(after_box)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_column)

        # --- the preview ----------------------------------------------------------
        preview_column = QWidget(self)
        right = QVBoxLayout(preview_column)
        preview_title = QLabel(self.tr("Your one-page prep"), preview_column)
        preview_title.setProperty("role", "muted")
        self.preview = QTextBrowser(preview_column)
        self.preview.setObjectName("prepPreview")
        self.preview.setAccessibleName(self.tr("Preview of the conversation prep"))
        self.preview.setOpenLinks(False)
        self.hints_title = QLabel(self.tr("Wording worth a second look"), preview_column)
        self.hints_title.setProperty("role", "muted")
        self.hints_list = QListWidget(preview_column)
        self.hints_list.setObjectName("wordingHints")
        self.hints_list.setAccessibleName(self.tr("Wording hints"))
        self.hints_list.setWordWrap(True)
        self.hints_list.setMaximumHeight(self.hints_list.fontMetrics().lineSpacing() * 8)
        self.hints_empty = QLabel(
            self.tr("No wording hints — it reads calmly. Hints appear here as you write."),
            preview_column,
        )
        self.hints_empty.setObjectName("wordingHintsEmpty")
        self.hints_empty.setProperty("role", "muted")
        self.hints_empty.setWordWrap(True)

        self.print_button = QPushButton(self.tr("Print…"), preview_column)
        self.print_button.setObjectName("printPrepButton")
        self.print_button.setProperty("primary", True)
        self.print_button.setShortcut(QKeySequence(PRINT_KEYS))
        self.print_button.setToolTip(
            self.tr("Print the prep to have it at hand in the talk ({keys})").format(
                keys=native(PRINT_KEYS)
            )
        )
        self.print_button.clicked.connect(self.print_prep)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), preview_column)
        self.pdf_button.setObjectName("savePrepPdfButton")
        self.pdf_button.setToolTip(self.tr("Save the prep as a PDF only you can read"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)

        right.addWidget(preview_title)
        right.addWidget(self.preview, 1)
        right.addWidget(self.hints_title)
        right.addWidget(self.hints_list)
        right.addWidget(self.hints_empty)
        right.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(preview_column)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.content_layout.addWidget(splitter, 1)

        # --- bind answers ---------------------------------------------------------
        for key, edit in self.fields.items():
            self.bind_text(edit, key)
            edit.textChanged.connect(self.refresh_preview)
        self.bind_text(self.talk_notes, "talk_notes")
        observation = self.fields["observation"]
        if quote and not observation.toPlainText().strip():
            observation.setPlainText(in_quotation_marks(quote, self.lang))
        session.locked.connect(self._forget)
        self.refresh_preview()

    def _text_field(self, name: str, placeholder: str, parent: QWidget) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 6)
        return edit

    def _load_case(self) -> str | None:
        """Client, title and the newest quote; None when the vault has none to offer."""
        if not self.session.is_unlocked:
            return None
        try:
            view = cases.coach_view(self.session.vault, self.case_id)
            incidents = journal.incidents_by_ids(self.session.vault, view.incident_ids)
        except (NotFound, VaultError, InvalidInput):
            return None
        self.client, self.title = view.client, view.title
        return newest_quote(incidents)

    # --- preview and hints ----------------------------------------------------------

    def current_answers(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.fields.items()}

    def build_document(self, *, mark_wording: bool = False) -> QTextDocument:
        return build_prep_document(
            self.current_answers(), self.client, self.title, self.lang, mark_wording=mark_wording
        )

    def refresh_preview(self) -> None:
        """Rebuild the preview sheet and the hint list from what is in the form now."""
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        document = self.build_document(mark_wording=True)
        document.setParent(self.preview)
        self.preview.setDocument(document)
        if self._preview_doc is not None:
            self._preview_doc.deleteLater()
        self._preview_doc = document
        bar.setValue(position)

        labels = field_labels()
        self.hints_list.clear()
        for key, _text, hint in prep_hints(self.current_answers()):
            message = hint.message.render(self.lang)
            item = QListWidgetItem(
                self.tr("{field}: {hint}").format(field=labels[key], hint=message)
            )
            item.setData(HINT_KIND_ROLE, hint.kind)
            item.setToolTip(message)
            self.hints_list.addItem(item)
        has_hints = self.hints_list.count() > 0
        self.hints_list.setVisible(has_hints)
        self.hints_empty.setVisible(not has_hints)

    # --- print and PDF --------------------------------------------------------------

    def print_prep(self) -> None:
        """Ask for a printer (without blocking) and print the clean sheet."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("prepPrintDialog")
        dialog.setWindowTitle(self.tr("Print the conversation prep"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: print_document(self.build_document(), printer))
        dialog.open()

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the sheet to ``path``; without one, ask where (non-modal) and write then."""
        if path is None:
            self._ask_pdf_path()
            return None
        try:
            return write_prep_pdf(self.build_document(), Path(path))
        except OSError as exc:
            show_error(
                self,
                self.tr("Could not save the PDF"),
                self.tr("The file could not be written: {reason}").format(
                    reason=exc.strerror or str(exc)
                ),
            )
            return None

    def _ask_pdf_path(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        day = dt.date.today().isoformat()
        name = self.tr("conversation-prep-{date}.pdf").format(date=day)
        dialog = QFileDialog(self, self.tr("Save the prep as PDF"), str(Path(folder) / name))
        dialog.setObjectName("prepPdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.save_pdf(Path(chosen)))
        dialog.open()

    # --- lock -----------------------------------------------------------------------

    def _forget(self) -> None:
        """The vault locked: clear every word shown (answers were saved just before)."""
        for edit in [*self.fields.values(), self.talk_notes]:
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.client = self.title = ""
        self.preview.clear()
        self.hints_list.clear()
