"""The selected incident, every field editable, saved as you type — no save button.

Changes are saved about half a second after the user stops typing, when a field loses
focus, and before another incident is shown. Each save is one step on the shared undo
stack (typing on in the same field merges into it). A change that breaks a rule (learned
before it occurred, an empty text) is explained under the form and not saved until fixed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.incidents import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    SEVERITY_MAX,
    SEVERITY_MIN,
    TEXT_MAX_CHARS,
    Channel,
    Incident,
    InvalidIncident,
    Level,
)
from grenzen.domain.journal_changes import IncidentChanges, apply_changes
from grenzen.services import clients as clients_service
from grenzen.services import journal
from grenzen.services.errors import NotFound
from grenzen.ui.errors import show_error
from grenzen.ui.journal.model import level_word
from grenzen.ui.journal.undo import DeleteIncidentCommand, EditIncidentCommand
from grenzen.ui.session import VaultSession

SAVE_DELAY_MS = 500
NO_INTENSITY = INTENSITY_MIN - 1  # the spin box's "not given" value


def channel_word(channel: Channel | None) -> str:
    words = {
        None: QCoreApplication.translate("Journal", "not given"),
        Channel.MEETING: QCoreApplication.translate("Journal", "meeting"),
        Channel.CALL: QCoreApplication.translate("Journal", "phone call"),
        Channel.VIDEO: QCoreApplication.translate("Journal", "video call"),
        Channel.EMAIL: QCoreApplication.translate("Journal", "e-mail"),
        Channel.CHAT: QCoreApplication.translate("Journal", "chat"),
        Channel.LETTER: QCoreApplication.translate("Journal", "in writing"),
        Channel.OTHER: QCoreApplication.translate("Journal", "other"),
    }
    return words[channel]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def _optional(text: str) -> str | None:
    return text if text.strip() else None


class IncidentDetail(QWidget):
    """Shows one incident and saves edits to it through undoable commands."""

    restored = Signal(int)  # an undone delete brought this incident back
    case_requested = Signal(int)  # "open a case" for this incident (the coach handles it)

    def __init__(
        self, session: VaultSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDetail")
        self._session = session
        self._undo_stack = undo_stack
        self._incident: Incident | None = None
        self._dirty: set[str] = set()
        self._loading = False
        self._pushing = False
        self._clients_known = False
        self._people_for: int | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._refresh_timer = QTimer(self)  # after an undo: read the incident again
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh)
        self._build()
        self._readers: dict[str, Callable[[], Any]] = self._make_readers()
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self._stack = QStackedLayout(self)
        self.placeholder = QLabel(
            self.tr("Choose an incident in the list to read or change it here."),
            objectName="detailPlaceholder",
        )
        self.placeholder.setProperty("role", "muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack.addWidget(self.placeholder)

        scroll = QScrollArea(objectName="detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor = QWidget(objectName="detailEditor")
        scroll.setWidget(editor)
        self._stack.addWidget(scroll)
        outer = QVBoxLayout(editor)

        self.summary = QLabel(objectName="detailSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.quote_view = QLabel(objectName="quoteView")
        self.quote_view.setProperty("role", "quote")
        self.quote_view.setWordWrap(True)
        self.quote_view.setTextFormat(Qt.TextFormat.PlainText)
        self.chips = QLabel(objectName="detailChips")
        self.chips.setProperty("role", "muted")
        self.chips.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.summary)
        outer.addWidget(self.quote_view)
        outer.addWidget(self.chips)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)

        self.text_edit = QPlainTextEdit(objectName="textEdit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.text_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self._row(form, self.tr("&What happened"), self.text_edit)

        self.quote_edit = QPlainTextEdit(objectName="quoteEdit")
        self.quote_edit.setTabChangesFocus(True)
        self.quote_edit.setPlaceholderText(self.tr("The exact words, if you remember them"))
        self.quote_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self._row(form, self.tr("Literal &quote"), self.quote_edit)

        self.client_edit = QComboBox(objectName="clientEdit")
        self.client_edit.setEditable(True)
        self.client_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client_edit.setMinimumContentsLength(28)
        self._type_ahead(self.client_edit)
        self._row(form, self.tr("&Client"), self.client_edit)

        self.person_edit = QComboBox(objectName="personEdit")
        self.person_edit.setEditable(True)
        self.person_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_edit.setMinimumContentsLength(28)
        self._type_ahead(self.person_edit)
        line = self.person_edit.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Who on the client's side (optional)"))
        self._row(form, self.tr("&Person"), self.person_edit)

        self.occurred_edit = QDateEdit(objectName="occurredEdit")
        self.occurred_edit.setCalendarPopup(True)
        self._row(form, self.tr("&Occurred on"), self.occurred_edit)
        self.learned_edit = QDateEdit(objectName="learnedEdit")
        self.learned_edit.setCalendarPopup(True)
        self._row(form, self.tr("Learne&d on"), self.learned_edit)

        self.channel_combo = QComboBox(objectName="channelCombo")
        for channel in (None, *Channel):
            self.channel_combo.addItem(channel_word(channel), channel)
        self._row(form, self.tr("Cha&nnel"), self.channel_combo)

        self.level_combo = QComboBox(objectName="levelCombo")
        for level in (Level.RELATIONSHIP, Level.FACTUAL, Level.BOTH):
            self.level_combo.addItem(level_word(level), level)
        self._row(form, self.tr("&Level"), self.level_combo)

        self.severity_spin = QSpinBox(objectName="severitySpin")
        self.severity_spin.setRange(SEVERITY_MIN, SEVERITY_MAX)
        self.severity_spin.setSuffix(self.tr(" of 5"))
        self._row(form, self.tr("Seve&rity"), self.severity_spin)

        self.feeling_before_edit, self.intensity_before_spin = self._feeling_row(
            form, self.tr("Feeling &before"), "Before"
        )
        self.feeling_after_edit, self.intensity_after_spin = self._feeling_row(
            form, self.tr("Feeling &after"), "After"
        )

        self.factual_check = QCheckBox(
            self.tr("&Something on the factual level needs action now"),
            objectName="factualCheck",
        )
        form.addRow("", self.factual_check)

        self.notes_edit = QPlainTextEdit(objectName="notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self._row(form, self.tr("No&tes"), self.notes_edit)

        self.tags_edit = QLineEdit(objectName="tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("Words to find it by, separated by commas"))
        self._row(form, self.tr("Ta&gs"), self.tags_edit)

        self.error_label = QLabel(objectName="detailError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        outer.addWidget(self.error_label)

        bottom = QHBoxLayout()
        hint = QLabel(self.tr("Changes are saved as you type. Ctrl+Z undoes them."))
        hint.setProperty("role", "muted")
        hint.setObjectName("saveHint")
        bottom.addWidget(hint, 1)
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteButton")
        self.delete_button.setToolTip(
            self.tr("Delete this incident (Delete in the list). You can undo it.")
        )
        self.delete_button.clicked.connect(self.delete_current)
        self.case_button = QPushButton(self.tr("Open a case…"), objectName="openCaseButton")
        self.case_button.setToolTip(
            self.tr("Follow this incident up the ladder, starting with calming down.")
        )
        self.case_button.clicked.connect(self._request_case)
        bottom.addWidget(self.case_button)
        bottom.addWidget(self.delete_button)
        outer.addLayout(bottom)
        outer.addStretch(1)

        self._connect_edits()

    def _row(self, form: QFormLayout, label_text: str, field: QWidget) -> None:
        label = QLabel(label_text)
        label.setBuddy(field)
        form.addRow(label, field)
        field.installEventFilter(self)

    def _type_ahead(self, combo: QComboBox) -> None:
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)

    def _feeling_row(
        self, form: QFormLayout, label_text: str, which: str
    ) -> tuple[QLineEdit, QSpinBox]:
        edit = QLineEdit(objectName=f"feeling{which}Edit")
        edit.setPlaceholderText(self.tr("A word or two: angry, hurt, tired…"))
        spin = QSpinBox(objectName=f"intensity{which}Spin")
        spin.setRange(NO_INTENSITY, INTENSITY_MAX)
        spin.setSpecialValueText(self.tr("–"))
        spin.setPrefix(self.tr("strength "))
        spin.setSuffix(self.tr("/10"))
        if which == "Before":
            spin.setAccessibleName(self.tr("Strength of the feeling before, 0 to 10"))
        else:
            spin.setAccessibleName(self.tr("Strength of the feeling after, 0 to 10"))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(spin)
        label = QLabel(label_text)
        label.setBuddy(edit)
        form.addRow(label, row)
        edit.installEventFilter(self)
        spin.installEventFilter(self)
        return edit, spin

    def _make_readers(self) -> dict[str, Callable[[], Any]]:
        """For each field of IncidentChanges: how to read it from its widget."""
        return {
            "client": lambda: self.client_edit.currentText().strip(),
            "person": lambda: _optional(self.person_edit.currentText().strip()),
            "occurred_on": lambda: _pydate(self.occurred_edit.date()),
            "learned_on": lambda: _pydate(self.learned_edit.date()),
            "channel": self.channel_combo.currentData,
            "level": self.level_combo.currentData,
            "severity": self.severity_spin.value,
            "quote": lambda: _optional(self.quote_edit.toPlainText()),
            "text": self.text_edit.toPlainText,
            "feeling_before": lambda: _optional(self.feeling_before_edit.text()),
            "intensity_before": lambda: self._intensity(self.intensity_before_spin),
            "feeling_after": lambda: _optional(self.feeling_after_edit.text()),
            "intensity_after": lambda: self._intensity(self.intensity_after_spin),
            "factual_action_needed": self.factual_check.isChecked,
            "notes": lambda: _optional(self.notes_edit.toPlainText()),
            "tags": lambda: _tags(self.tags_edit.text()),
        }

    @staticmethod
    def _intensity(spin: QSpinBox) -> int | None:
        return None if spin.value() == NO_INTENSITY else spin.value()

    def _connect_edits(self) -> None:
        typed: list[tuple[Any, str]] = [
            (self.text_edit.textChanged, "text"),
            (self.quote_edit.textChanged, "quote"),
            (self.notes_edit.textChanged, "notes"),
            (self.feeling_before_edit.textChanged, "feeling_before"),
            (self.feeling_after_edit.textChanged, "feeling_after"),
            (self.tags_edit.textChanged, "tags"),
            (self.occurred_edit.dateChanged, "occurred_on"),
            (self.learned_edit.dateChanged, "learned_on"),
            (self.severity_spin.valueChanged, "severity"),
            (self.intensity_before_spin.valueChanged, "intensity_before"),
            (self.intensity_after_spin.valueChanged, "intensity_after"),
            (self.channel_combo.currentIndexChanged, "channel"),
            (self.level_combo.currentIndexChanged, "level"),
            (self.factual_check.toggled, "factual_action_needed"),
        ]
        for signal, name in typed:
            signal.connect(lambda *_args, name=name: self._touched(name))
        # Names are saved when the user is done with them, not after a pause: a half-typed
        # client name would otherwise become a new client.
        for combo, name in ((self.client_edit, "client"), (self.person_edit, "person")):
            combo.editTextChanged.connect(lambda _t, name=name: self._touched(name, later=True))
            combo.activated.connect(lambda _i, name=name: self._touched(name))
            line = combo.lineEdit()
            if line is not None:
                line.editingFinished.connect(self.flush)

    # --- showing -------------------------------------------------------------------------
    @property
    def incident_id(self) -> int | None:
        return self._incident.id if self._incident is not None else None

    @property
    def incident(self) -> Incident | None:
        return self._incident

    def show_incident(self, incident_id: int | None) -> None:
        """Save what is pending for the current incident, then show another (or none)."""
        self.flush(discard_invalid=True)
        if incident_id is None or not self._session.is_unlocked:
            self._show_none()
            return
        try:
            incident = journal.show_incident(self._session.vault, incident_id)
        except NotFound:
            self._show_none()
            return
        self._incident = incident
        self._dirty.clear()
        self._set_error(None)
        self._fill(incident, only=None)
        self._stack.setCurrentIndex(1)

    def _show_none(self) -> None:
        self._incident = None
        self._dirty.clear()
        self._save_timer.stop()
        self._set_error(None)
        self._blank_fields()
        self._stack.setCurrentIndex(0)

    def clear(self) -> None:
        """The vault was locked: forget the incident and every word shown."""
        self._save_timer.stop()
        self._refresh_timer.stop()
        self._clients_known = False
        self._people_for = None
        self._show_none()
        self._loading = True
        try:
            self.client_edit.clear()
            self.person_edit.clear()
        finally:
            self._loading = False

    def _blank_fields(self) -> None:
        self._loading = True
        try:
            for edit in (self.text_edit, self.quote_edit, self.notes_edit):
                edit.clear()
            for line in (self.feeling_before_edit, self.feeling_after_edit, self.tags_edit):
                line.clear()
            self.client_edit.setEditText("")
            self.person_edit.setEditText("")
            for label in (self.summary, self.quote_view, self.chips):
                label.clear()
        finally:
            self._loading = False

    def _fill(self, incident: Incident, only: set[str] | None) -> None:
        """Put the incident's values into the widgets (all, or the fields in ``only``)."""

        def wanted(name: str) -> bool:
            return only is None or name in only

        self._loading = True
        try:
            if wanted("client"):
                self._load_client_names()
                self._set_combo_text(self.client_edit, incident.client)
            if wanted("person") or wanted("client"):
                self._load_people(incident.client_id)
                self._set_combo_text(self.person_edit, incident.person or "")
            if wanted("text"):
                self._set_plain(self.text_edit, incident.text)
            if wanted("quote"):
                self._set_plain(self.quote_edit, incident.quote or "")
            if wanted("notes"):
                self._set_plain(self.notes_edit, incident.notes or "")
            if wanted("occurred_on"):
                self.occurred_edit.setDate(_qdate(incident.occurred_on))
            if wanted("learned_on"):
                self.learned_edit.setDate(_qdate(incident.learned_on))
            if wanted("channel"):
                self.channel_combo.setCurrentIndex(self.channel_combo.findData(incident.channel))
            if wanted("level"):
                self.level_combo.setCurrentIndex(self.level_combo.findData(incident.level))
            if wanted("severity"):
                self.severity_spin.setValue(incident.severity)
            if wanted("feeling_before"):
                self._set_line(self.feeling_before_edit, incident.feeling_before or "")
            if wanted("intensity_before"):
                self.intensity_before_spin.setValue(
                    NO_INTENSITY if incident.intensity_before is None else incident.intensity_before
                )
            if wanted("feeling_after"):
                self._set_line(self.feeling_after_edit, incident.feeling_after or "")
            if wanted("intensity_after"):
                self.intensity_after_spin.setValue(
                    NO_INTENSITY if incident.intensity_after is None else incident.intensity_after
                )
            if wanted("factual_action_needed"):
                self.factual_check.setChecked(incident.factual_action_needed)
            if wanted("tags") and _tags(self.tags_edit.text()) != incident.tags:
                self.tags_edit.setText(", ".join(incident.tags))
        finally:
            self._loading = False
        self._fill_summary(incident)

    def _fill_summary(self, incident: Incident) -> None:
        day = QLocale().toString(_qdate(incident.occurred_on), QLocale.FormatType.LongFormat)
        who = incident.client if not incident.person else f"{incident.client} · {incident.person}"
        self.summary.setText(f"{day} · {who}")
        quote = incident.quote.strip() if incident.quote else ""
        self.quote_view.setText(self.tr("“{quote}”").format(quote=quote) if quote else "")
        self.quote_view.setVisible(bool(quote))
        self.chips.setText(
            self.tr("{level} · severity {severity} of 5").format(
                level=level_word(incident.level), severity=incident.severity
            )
        )

    @staticmethod
    def _set_plain(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)

    @staticmethod
    def _set_line(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)

    @staticmethod
    def _set_combo_text(combo: QComboBox, text: str) -> None:
        index = combo.findText(
            text, Qt.MatchFlag.MatchFixedString | Qt.MatchFlag.MatchCaseSensitive
        )
        if index >= 0:
            combo.setCurrentIndex(index)
        combo.setEditText(text)

    def _load_client_names(self) -> None:
        if self._clients_known or not self._session.is_unlocked:
            return
        text = self.client_edit.currentText()
        self.client_edit.clear()
        names = [c.name for c in clients_service.list_clients(self._session.vault)]
        self.client_edit.addItems(names)
        self.client_edit.setEditText(text)
        self._clients_known = True

    def _load_people(self, client_id: int) -> None:
        if self._people_for == client_id or not self._session.is_unlocked:
            return
        text = self.person_edit.currentText()
        self.person_edit.clear()
        try:
            people = clients_service.list_people(self._session.vault, client_id)
        except NotFound:
            people = []
        self.person_edit.addItems([p.name for p in people])
        self.person_edit.setEditText(text)
        self._people_for = client_id

    # --- saving --------------------------------------------------------------------------
    def _touched(self, name: str, later: bool = False) -> None:
        if self._loading or self._incident is None:
            return
        self._dirty.add(name)
        if not later:
            self._save_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return False

    def pending_changes(self) -> IncidentChanges:
        """What the widgets show that differs from the stored incident, for dirty fields."""
        if self._incident is None:
            return IncidentChanges()
        values = {}
        for name in sorted(self._dirty):
            value = self._readers[name]()
            stored = getattr(self._incident, name)
            if value != stored:
                values[name] = value
        return IncidentChanges(**values)

    def flush(self, discard_invalid: bool = False) -> bool:
        """Save pending edits now; False (and the reason shown) if they break a rule."""
        self._save_timer.stop()
        if self._incident is None or not self._dirty or self._pushing:
            return True
        if not self._session.is_unlocked:
            self._dirty.clear()
            return False
        changes = self.pending_changes()
        if not changes.changed():
            self._dirty.clear()
            self._set_error(None)
            return True
        try:
            apply_changes(self._incident, changes, dt.date.today())
        except InvalidIncident as exc:
            if discard_invalid:
                self._dirty.clear()
                self._set_error(None)
            else:
                self._set_error(self._explain(exc))
            return False
        command = EditIncidentCommand(self._session, self._incident, changes, self._save_failed)
        self._pushing = True
        try:
            self._undo_stack.push(command)
        finally:
            self._pushing = False
        if command.result is None:
            return False
        self._dirty.clear()
        self._set_error(None)
        self._incident = command.result
        self._clients_known = self._clients_known and "client" not in changes.changed()
        self._fill_summary(command.result)
        return True

    def _save_failed(self, exc: Exception) -> None:
        show_error(self, self.tr("Not saved"), str(exc))

    def _explain(self, exc: InvalidIncident) -> str:
        """The rule a change breaks, in words (the domain's message is for developers)."""
        name = exc.field_name
        if name == "client":
            return self.tr("Please name the client; a name is enough.")
        if name == "text":
            if len(self.text_edit.toPlainText()) > TEXT_MAX_CHARS:
                return self.tr("This text is too long to save.")
            return self.tr("Please keep a few words about what happened.")
        if name == "learned_on":
            return self.tr("The day you learned of it can’t be before the day it happened.")
        if name == "severity":
            return self.tr("Severity goes from 1 to 5.")
        if name in ("intensity_before", "intensity_after"):
            return self.tr("The strength of a feeling goes from 0 to 10.")
        if name in ("quote", "notes"):
            return self.tr("This text is too long to save.")
        return self.tr("This change can’t be saved yet: {reason}").format(reason=str(exc))

    def _set_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    # --- deleting ------------------------------------------------------------------------
    def _request_case(self) -> None:
        if self.incident_id is not None and self.flush():
            self.case_requested.emit(self.incident_id)

    def delete_current(self) -> None:
        """Delete the shown incident as one undoable step."""
        if self._incident is None or not self._session.is_unlocked:
            return
        self.flush(discard_invalid=True)
        if self._incident is None:
            return
        command = DeleteIncidentCommand(
            self._session, self._incident.id, self.restored.emit, self._save_failed
        )
        self._show_none()
        self._undo_stack.push(command)

    # --- staying current -----------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind == "clients":
            self._clients_known = False
            self._people_for = None
        if kind in ("incidents", "clients") and not self._pushing and self._incident is not None:
            self._refresh_timer.start()

    def _refresh(self) -> None:
        """Read the shown incident again (an undo or a rename elsewhere changed it)."""
        if self._incident is None or not self._session.is_unlocked:
            return
        try:
            incident = journal.show_incident(self._session.vault, self._incident.id)
        except NotFound:
            self._show_none()
            return
        self._incident = incident
        keep = set(self._dirty)
        fields = {name for name in self._readers if name not in keep}
        self._fill(incident, only=fields)
