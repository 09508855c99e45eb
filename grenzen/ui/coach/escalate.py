"""Escalate: the complaint to the most senior contact you value — "the last love letter".

It is offered once, with a review date by which things must change (method.md §2). The
letter is prepared freely; "I have sent it" waits for the cooling-off time. The review date
is kept in the answers under ``review_date`` (ISO) for the case view and the coach.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.cases import Stage
from grenzen.domain.coach.statements import ComplaintParts, complaint_letter
from grenzen.ui.coach.boundaries import (
    SentControl,
    format_record_date,
    language_combo,
    select_language,
    text_edit,
)
from grenzen.ui.coach.stage_base import StagePage, register_page, ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession

REVIEW_AFTER = dt.timedelta(weeks=4)


def letter_markdown(letter: str) -> str:
    """Paragraphs stay paragraphs; a heading line and its text keep their line break."""
    blocks = [block.replace("\n", "  \n") for block in letter.split("\n\n")]
    return "\n\n".join(blocks) + "\n"


@register_page
class EscalatePage(StagePage):
    """Whom to write to, the complaint built from the user's parts, and the review date."""

    stage = Stage.ESCALATE

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("escalatePage")

        # One column: the page scrolls, and the preview gets the full width to read.
        columns = QVBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("seniorContactEdit")
        self.contact_edit.setPlaceholderText(self.tr("The most senior contact you value"))
        self.contact_edit.setAccessibleName(self.tr("Whom you write to"))
        self.happened_edit = text_edit(
            self, "happenedEdit", self.tr("What happened, factually, with dates")
        )
        self.happened_edit.setAccessibleName(self.tr("What happened"))
        self.tried_edit = text_edit(
            self, "triedEdit", self.tr("The talk, the boundary statement, …")
        )
        self.tried_edit.setAccessibleName(self.tr("What you already tried"))
        self.change_edit = text_edit(
            self, "mustChangeEdit", self.tr("What must change so you can keep working well")
        )
        self.change_edit.setAccessibleName(self.tr("What must change"))

        self.review_edit = QDateEdit(self)
        self.review_edit.setObjectName("reviewDateEdit")
        self.review_edit.setCalendarPopup(True)
        stored = QDate.fromString(str(self.answer("review_date") or ""), Qt.DateFormat.ISODate)
        earliest = QDate.currentDate()
        if stored.isValid() and stored < earliest:
            earliest = stored  # a review date already passed stays as it was
        self.review_edit.setMinimumDate(earliest)
        self.review_edit.setAccessibleName(self.tr("Review date"))
        self.review_edit.setToolTip(
            self.tr("Give a fair amount of time. On this day you look again at how it stands.")
        )
        if not self.answer("review_date"):
            default = dt.date.today() + REVIEW_AFTER
            self.review_edit.setDate(QDate(default.year, default.month, default.day))
            self.set_answer("review_date", default.isoformat())

        self.language_combo = language_combo(self, "complaintLanguageCombo")
        select_language(self.language_combo, self.answer("language"))

        rows = (
            (self.tr("&Whom"), self.contact_edit),
            (self.tr("What ha&ppened"), self.happened_edit),
            (self.tr("What you already &tried"), self.tried_edit),
            (self.tr("What must &change"), self.change_edit),
            (self.tr("&Review date"), self.review_edit),
            (self.tr("&Language of the letter"), self.language_combo),
        )
        for text, field in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)

        preview_side = QVBoxLayout()
        preview_label = QLabel(self.tr("Your complaint — the last love letter"), self)
        preview_label.setProperty("role", "muted")
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("complaintPreview")
        self.preview.setAccessibleName(self.tr("Preview of your complaint"))
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyComplaintButton")
        self.copy_button.setToolTip(self.tr("Copy the letter to paste it into an e-mail."))
        self.copy_button.clicked.connect(self.copy_letter)
        self.save_button = QPushButton(self.tr("Save as Markdown…"), self)
        self.save_button.setObjectName("saveComplaintButton")
        self.save_button.setToolTip(
            self.tr("Saves the letter as a plain file, outside your encrypted vault.")
        )
        self.save_button.clicked.connect(lambda: self.save_markdown())
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.sent_control = SentControl(
            "complaintSentButton", "complaintDate", self.tr("I have sent it"), self
        )
        self.sent_control.sent.connect(self.record_sent)
        self.record_label = QLabel(self)
        self.record_label.setObjectName("complaintRecordLabel")
        self.record_label.setProperty("role", "muted")
        self.record_label.setWordWrap(True)
        preview_side.addWidget(preview_label)
        preview_side.addWidget(self.preview, 1)
        preview_side.addLayout(buttons)
        preview_side.addWidget(self.sent_control)
        preview_side.addWidget(self.record_label)

        form_side = QVBoxLayout()
        form_side.addLayout(form)
        form_side.addStretch(1)
        columns.addLayout(form_side)
        columns.addLayout(preview_side)
        self.content_layout.addLayout(columns)

        self.bind_text(self.contact_edit, "contact")
        self.bind_text(self.happened_edit, "happened")
        self.bind_text(self.tried_edit, "tried")
        self.bind_text(self.change_edit, "change")
        self.bind_value(self.review_edit, "review_date")
        self.contact_edit.textChanged.connect(self.refresh_preview)
        for edit in (self.happened_edit, self.tried_edit, self.change_edit):
            edit.textChanged.connect(self.refresh_preview)
        self.review_edit.dateChanged.connect(self.refresh_preview)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self._show_record()
        self.refresh_preview()

    def language(self) -> str:
        return str(self.language_combo.currentData() or ui_language())

    def _language_changed(self) -> None:
        self.set_answer("language", self.language())
        self.refresh_preview()

    def review_date(self) -> dt.date:
        return self.review_edit.date().toPython()

    def letter_text(self) -> str:
        parts = ComplaintParts(
            contact=self.contact_edit.text(),
            happened=self.happened_edit.toPlainText(),
            tried=self.tried_edit.toPlainText(),
            change=self.change_edit.toPlainText(),
        )
        return complaint_letter(parts, self.review_date(), self.language())

    def refresh_preview(self) -> None:
        self.preview.setPlainText(self.letter_text())

    def copy_letter(self) -> None:
        QApplication.clipboard().setText(self.letter_text())

    def save_markdown(self, path: Path | None = None) -> Path | None:
        """Write the letter where the user chooses (tests pass ``path``); None if cancelled."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the complaint as Markdown"),
                self.tr("complaint.md"),
                self.tr("Markdown (*.md)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            path.write_text(letter_markdown(self.letter_text()), encoding="utf-8")
        except OSError as exc:
            show_error(
                self,
                self.tr("Could not save the complaint"),
                self.tr("The file could not be written: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                ),
            )
            return None
        return path

    # --- the dated record -----------------------------------------------------------

    def on_cooling_off(self, not_before: dt.datetime | None) -> None:
        self.sent_control.set_not_before(not_before)

    def record_sent(self, on: str) -> None:
        """Keep the letter as sent, with its date and the review date it named."""
        record = {
            "on": on,
            "to": self.contact_edit.text().strip(),
            "review_date": self.review_date().isoformat(),
            "text": self.letter_text(),
        }
        self.set_answer("complaint_sent", record)
        self.set_answer("complaint_sent_on", on)
        self.save_now()
        if self.session.is_unlocked:
            self.session.notify("cases")
        self._show_record()

    def _show_record(self) -> None:
        record = self.answer("complaint_sent")
        if not isinstance(record, dict):
            self.record_label.setText(
                self.tr("A complaint is offered once. Keep the date you sent it here.")
            )
            return
        self.record_label.setText(
            self.tr("Sent on {date}. Review date: {review}.").format(
                date=format_record_date(str(record.get("on", ""))),
                review=format_record_date(str(record.get("review_date", ""))),
            )
        )
