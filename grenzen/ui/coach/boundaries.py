"""Set boundaries: build a calm boundary statement, see whether it counts as a formal warning.

The statement is prepared freely; only "I have said it" waits for the cooling-off time, so
nothing is sent from the peak of the anger (method.md §2). The dated record is kept in the
case's answers: it documents the warning contracts.md §3 asks for.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.cases import Stage
from grenzen.domain.coach.statements import (
    SUGGESTED_RISK,
    StatementParts,
    WarningCheck,
    boundary_statement,
    check_parts,
)
from grenzen.ui.coach.stage_base import StagePage, opens_at_text, register_page, ui_language
from grenzen.ui.i18n import translate
from grenzen.ui.session import VaultSession

# Longest interval a QTimer takes (ms); a later opening is re-checked when it fires.
_MAX_TIMER_MS = 2**31 - 1


def language_combo(parent: QWidget, object_name: str) -> QComboBox:
    """The language of the text for the client (it may differ from the app's language)."""
    combo = QComboBox(parent)
    combo.setObjectName(object_name)
    combo.addItem("Deutsch", "de")
    combo.addItem("English", "en")
    combo.setAccessibleName(translate("Coach", "Language of the text"))
    return combo


def select_language(combo: QComboBox, lang: Any) -> None:
    index = combo.findData(lang if lang in ("de", "en") else ui_language())
    combo.setCurrentIndex(max(index, 0))


class SentControl(QWidget):
    """ "I have said it" with its date: disabled while cooling off, showing when it opens."""

    sent = Signal(str)  # the ISO date the user said or sent it

    def __init__(
        self, button_name: str, date_name: str, button_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._button_text = button_text
        self._not_before: dt.datetime | None = None
        self._reopen = QTimer(self)
        self._reopen.setSingleShot(True)
        self._reopen.timeout.connect(self._refresh)

        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName(date_name)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setAccessibleName(translate("Coach", "Date you said or sent it"))

        self.button = QPushButton(button_text, self)
        self.button.setObjectName(button_name)
        self.button.setProperty("primary", True)
        self.button.setShortcut(QKeySequence("Ctrl+Return"))
        self.button.setToolTip(translate("Coach", "Keep a dated record in this case (Ctrl+Enter)."))
        self.button.clicked.connect(self._send)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit)
        row.addWidget(self.button)
        row.addStretch(1)

    def set_not_before(self, not_before: dt.datetime | None) -> None:
        self._not_before = not_before
        self._refresh()

    def _refresh(self) -> None:
        now = dt.datetime.now(dt.UTC)
        waiting = self._not_before is not None and now < self._not_before
        self.button.setEnabled(not waiting)
        self.date_edit.setEnabled(not waiting)
        if waiting and self._not_before is not None:
            self.button.setText(
                translate("Coach", "Not yet · opens {time}").format(
                    time=opens_at_text(self._not_before, now)
                )
            )
            left_ms = int((self._not_before - now).total_seconds() * 1000) + 1000
            self._reopen.start(min(left_ms, _MAX_TIMER_MS))
        else:
            self._reopen.stop()
            self.button.setText(self._button_text)

    def _send(self) -> None:
        self.sent.emit(self.date_edit.date().toString(Qt.DateFormat.ISODate))


def format_record_date(iso: str) -> str:
    """An ISO date from the answers, written the way the user's locale writes dates."""
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else iso


def text_edit(parent: QWidget, name: str, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + 12)
    return edit


@register_page
class BoundariesPage(StagePage):
    """The statement builder: breach, change, risk, a live preview and the warning mark."""

    stage = Stage.SET_BOUNDARIES

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("boundariesPage")

        # One column: the page scrolls, and the preview gets the full width to read.
        columns = QVBoxLayout()
        form_side = QVBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.breach_edit = text_edit(
            self,
            "breachEdit",
            self.tr("On 3 March you called my work garbage in the meeting."),
        )
        self.breach_edit.setAccessibleName(self.tr("The concrete breach"))
        self.change_edit = text_edit(
            self, "changeEdit", self.tr("Please stay factual with me, even when you disagree.")
        )
        self.change_edit.setAccessibleName(self.tr("The change you ask for"))
        self.risk_edit = text_edit(self, "riskEdit", self.tr("What a repetition means"), 2)
        self.risk_edit.setAccessibleName(self.tr("What a repetition puts at risk"))

        breach_label = QLabel(self.tr("What ha&ppened (the concrete breach)"), self)
        breach_label.setBuddy(self.breach_edit)
        change_label = QLabel(self.tr("The &change you ask for"), self)
        change_label.setBuddy(self.change_edit)
        risk_label = QLabel(self.tr("What a &repetition puts at risk"), self)
        risk_label.setBuddy(self.risk_edit)
        form.addRow(breach_label, self.breach_edit)
        form.addRow(change_label, self.change_edit)
        form.addRow(risk_label, self.risk_edit)

        self.language_combo = language_combo(self, "statementLanguageCombo")
        select_language(self.language_combo, self.answer("language"))
        language_label = QLabel(self.tr("&Language of the statement"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)

        self.suggestion_label = QLabel(self)
        self.suggestion_label.setObjectName("riskSuggestionLabel")
        self.suggestion_label.setProperty("role", "muted")
        self.suggestion_label.setWordWrap(True)
        self.use_suggestion_button = QPushButton(self.tr("Use this sentence"), self)
        self.use_suggestion_button.setObjectName("useSuggestedRiskButton")
        self.use_suggestion_button.setToolTip(
            self.tr("Put the suggested sentence into the field above; you can still change it.")
        )
        self.use_suggestion_button.clicked.connect(self._use_suggestion)
        suggestion_row = QVBoxLayout()
        suggestion_row.addWidget(self.suggestion_label)
        suggestion_row.addWidget(self.use_suggestion_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow("", suggestion_row)
        form_side.addLayout(form)
        form_side.addWidget(self._culture_check())
        form_side.addStretch(1)

        preview_side = QVBoxLayout()
        preview_label = QLabel(self.tr("Your statement"), self)
        preview_label.setProperty("role", "muted")
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("statementPreview")
        self.preview.setAccessibleName(self.tr("Preview of your boundary statement"))
        self.warning_mark = QLabel(self)
        self.warning_mark.setObjectName("warningMark")
        self.warning_mark.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyStatementButton")
        self.copy_button.setToolTip(self.tr("Copy the statement to paste it into a message."))
        self.copy_button.clicked.connect(self.copy_statement)
        self.sent_control = SentControl(
            "statementSentButton", "statementDate", self.tr("I have said it"), self
        )
        self.sent_control.sent.connect(self.record_sent)
        self.record_label = QLabel(self)
        self.record_label.setObjectName("statementRecordLabel")
        self.record_label.setProperty("role", "muted")
        self.record_label.setWordWrap(True)
        preview_side.addWidget(preview_label)
        preview_side.addWidget(self.preview, 1)
        preview_side.addWidget(self.warning_mark)
        preview_side.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        preview_side.addWidget(self.sent_control)
        preview_side.addWidget(self.record_label)

        columns.addLayout(form_side)
        columns.addLayout(preview_side)
        self.content_layout.addLayout(columns)

        self.bind_text(self.breach_edit, "breach")
        self.bind_text(self.change_edit, "change")
        self.bind_text(self.risk_edit, "risk")
        for edit in (self.breach_edit, self.change_edit, self.risk_edit):
            edit.textChanged.connect(self.refresh_preview)
        self.language_combo.currentIndexChanged.connect(self._language_changed)

        self.setTabOrder(self.breach_edit, self.change_edit)
        self.setTabOrder(self.change_edit, self.risk_edit)
        self.setTabOrder(self.risk_edit, self.use_suggestion_button)
        self._show_record()
        self.refresh_preview()

    # --- culture check --------------------------------------------------------------

    def _culture_check(self) -> QFrame:
        card = QFrame(self)
        card.setObjectName("cultureCheckCard")
        card.setProperty("role", "card")
        layout = QVBoxLayout(card)
        title = QLabel(self.tr("Culture check: is it only this person?"), card)
        self.culture_combo = QComboBox(card)
        self.culture_combo.setObjectName("cultureCheckCombo")
        self.culture_combo.setAccessibleName(self.tr("Is it only this person?"))
        self.culture_combo.addItem(self.tr("Not sure yet"), "unsure")
        self.culture_combo.addItem(self.tr("Only this person"), "one_person")
        self.culture_combo.addItem(
            self.tr("Several people at the client behave like this, or towards others too"),
            "several",
        )
        title.setBuddy(self.culture_combo)

        self.culture_job_box = QWidget(card)
        job_layout = QVBoxLayout(self.culture_job_box)
        job_layout.setContentsMargins(0, 0, 0, 0)
        job_title = QLabel(self.tr("Is changing that culture your job?"), self.culture_job_box)
        self.culture_job_check = QComboBox(self.culture_job_box)
        self.culture_job_check.setObjectName("cultureJobCheck")
        self.culture_job_check.setAccessibleName(self.tr("Is changing that culture your job?"))
        self.culture_job_check.addItem(self.tr("Not sure yet"), "unsure")
        self.culture_job_check.addItem(self.tr("Yes, that is part of my assignment"), "yes")
        self.culture_job_check.addItem(self.tr("No, it is not my job"), "no")
        job_title.setBuddy(self.culture_job_check)
        self.culture_outcome = QLabel(self.culture_job_box)
        self.culture_outcome.setObjectName("cultureOutcomeLabel")
        self.culture_outcome.setWordWrap(True)
        job_layout.addWidget(job_title)
        job_layout.addWidget(self.culture_job_check)
        job_layout.addWidget(self.culture_outcome)

        layout.addWidget(title)
        layout.addWidget(self.culture_combo)
        layout.addWidget(self.culture_job_box)

        for combo, key in (
            (self.culture_combo, "culture"),
            (self.culture_job_check, "culture_job"),
        ):
            index = combo.findData(self.answer(key))
            combo.setCurrentIndex(max(index, 0))
            combo.currentIndexChanged.connect(
                lambda _index, c=combo, k=key: self._culture_changed(k, c.currentData())
            )
        self._show_culture()
        return card

    def _culture_changed(self, key: str, value: str) -> None:
        self.set_answer(key, value)
        self._show_culture()

    def _show_culture(self) -> None:
        several = self.culture_combo.currentData() == "several"
        self.culture_job_box.setVisible(several)
        job = self.culture_job_check.currentData()
        if job == "yes":
            text = self.tr(
                "Then this client can become your showcase: changing exactly this is what "
                "you were brought in for."
            )
        elif job == "no":
            text = self.tr(
                "Then tell the client openly about the problem, and move on. A culture "
                "rarely changes because one outsider asks."
            )
        else:
            text = self.tr(
                "If it is your job, this client can become your showcase. If it is not, tell "
                "the client openly about the problem, and move on."
            )
        self.culture_outcome.setText(text)

    # --- statement ------------------------------------------------------------------

    def language(self) -> str:
        return str(self.language_combo.currentData() or ui_language())

    def _language_changed(self) -> None:
        self.set_answer("language", self.language())
        self.refresh_preview()

    def _use_suggestion(self) -> None:
        self.risk_edit.setPlainText(SUGGESTED_RISK[self.language()])
        self.risk_edit.setFocus()

    def parts(self) -> StatementParts:
        return StatementParts(
            breach=self.breach_edit.toPlainText(),
            change=self.change_edit.toPlainText(),
            risk=self.risk_edit.toPlainText(),
        )

    def statement_text(self) -> str:
        return boundary_statement(self.parts(), self.language())

    def warning_check(self) -> WarningCheck:
        return check_parts(self.parts())

    def refresh_preview(self) -> None:
        self.suggestion_label.setText(
            self.tr("Suggestion: {sentence}").format(sentence=SUGGESTED_RISK[self.language()])
        )
        self.preview.setPlainText(self.statement_text())
        self.warning_mark.setText(self.warning_text(self.warning_check()))
        self.warning_mark.setProperty("role", "good" if self.warning_check().qualifies else "muted")
        self.warning_mark.style().unpolish(self.warning_mark)
        self.warning_mark.style().polish(self.warning_mark)

    def warning_text(self, check: WarningCheck) -> str:
        if check.qualifies:
            return self.tr("✓ Counts as a formal warning.")
        names = {
            "breach": self.tr("• the concrete breach"),
            "change": self.tr("• the change you ask for"),
            "risk": self.tr("• that a repetition puts the contract at risk"),
        }
        lines = [self.tr("Not yet a formal warning. Still missing:")]
        lines += [names[part] for part in check.missing]
        return "\n".join(lines)

    def copy_statement(self) -> None:
        QApplication.clipboard().setText(self.statement_text())

    # --- the dated record -----------------------------------------------------------

    def on_cooling_off(self, not_before: dt.datetime | None) -> None:
        self.sent_control.set_not_before(not_before)

    def record_sent(self, on: str) -> None:
        """Keep the statement as said, with its date and whether it counts as a warning."""
        record = {
            "on": on,
            "text": self.statement_text(),
            "formal_warning": self.warning_check().qualifies,
        }
        records = [*list(self.answer("sent_statements") or []), record]
        self.set_answer("sent_statements", records)
        self.set_answer("statement_sent_on", on)
        self.save_now()
        if self.session.is_unlocked:
            self.session.notify("cases")
        self._show_record()

    def _show_record(self) -> None:
        records = self.answer("sent_statements") or []
        if not records:
            self.record_label.setText(self.tr("Once you have said or sent it, keep the date here."))
            return
        last = records[-1]
        day = format_record_date(str(last.get("on", "")))
        if last.get("formal_warning"):
            text = self.tr("Said on {date}. It counts as a formal warning.")
        else:
            text = self.tr("Said on {date}.")
        self.record_label.setText(text.format(date=day))
