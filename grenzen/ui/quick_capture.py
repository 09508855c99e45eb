"""Quick capture: write an incident down in seconds, right after it happened.

Only the text is required. The client defaults to the one of the most recent incident
(read from the vault through the journal service, never from device settings: names are
user data). Client rule: an empty client field means "the default client"; only when the
vault has no incident yet and the field is empty do we ask for a name — we never invent a
placeholder client that would later need merging.

Escape closes without asking when the text is empty. With text, the draft is kept in
memory only (never on disk) and comes back on the next open — also after an auto-lock,
but only once the same vault is unlocked again.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.clients import same_name
from grenzen.domain.incidents import (
    SEVERITY_DEFAULT,
    SEVERITY_MAX,
    SEVERITY_MIN,
    Channel,
    IncidentDraft,
    InvalidIncident,
)
from grenzen.services import clients as client_service
from grenzen.services import journal
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import SAVE_KEYS, LevelSlider, SegmentedControl, native, settle_minimum_size

CALM_KEYS = "Ctrl+Shift+Return"


@dataclass(frozen=True, slots=True)
class CaptureDraft:
    """What was typed but not saved; held in memory only."""

    text: str
    client: str
    person: str
    channel: Channel | None
    severity: int
    feeling: str
    intensity: int | None


# vault id → unsaved draft. Process memory only: survives closing the window and an
# auto-lock, never written anywhere.
_drafts: dict[str, CaptureDraft] = {}


def channel_label(channel: Channel) -> str:
    labels = {
        Channel.MEETING: QCoreApplication.translate("Channel", "Meeting"),
        Channel.CALL: QCoreApplication.translate("Channel", "Phone call"),
        Channel.VIDEO: QCoreApplication.translate("Channel", "Video call"),
        Channel.EMAIL: QCoreApplication.translate("Channel", "E-mail"),
        Channel.CHAT: QCoreApplication.translate("Channel", "Chat"),
        Channel.LETTER: QCoreApplication.translate("Channel", "In writing"),
        Channel.OTHER: QCoreApplication.translate("Channel", "Other"),
    }
    return labels[channel]


def intensity_words(value: int) -> str:
    if value == 0:
        return QCoreApplication.translate("Intensity", "none")
    if value <= 3:
        return QCoreApplication.translate("Intensity", "light")
    if value <= 6:
        return QCoreApplication.translate("Intensity", "medium")
    if value <= 8:
        return QCoreApplication.translate("Intensity", "strong")
    return QCoreApplication.translate("Intensity", "very strong")


def severity_tooltips() -> dict[int, str]:
    return {
        1: QCoreApplication.translate("Severity", "1 – a small sting"),
        2: QCoreApplication.translate("Severity", "2 – unpleasant"),
        3: QCoreApplication.translate("Severity", "3 – hurtful"),
        4: QCoreApplication.translate("Severity", "4 – hard to take"),
        5: QCoreApplication.translate("Severity", "5 – very hard to take"),
    }


class QuickCaptureDialog(QDialog):
    """A small non-modal window: the text first, everything else one keystroke away."""

    calm_down_requested = Signal(int)  # "Save and calm down": the coach takes over

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._vault_id = session.vault.vault_id if session.is_unlocked else ""
        self._client_ids: dict[str, int] = {}
        self._default_client = ""
        self.setObjectName("quickCaptureDialog")
        self.setModal(False)
        self.setWindowTitle(self.tr("New incident"))
        self.resize(560, 440)
        self._build()
        session.locked.connect(self._on_locked)
        session.changed.connect(self._on_changed)
        self._reset()
        if self._vault_id in _drafts:
            self._restore(_drafts[self._vault_id])

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.text_edit = QPlainTextEdit(objectName="captureTextEdit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            self.tr("What was said or done? The exact words help you later.")
        )
        text_label = QLabel(self.tr("&What happened?"))
        text_label.setBuddy(self.text_edit)

        self.client_combo = self._editable_combo("captureClientCombo")
        self.client_combo.setAccessibleName(self.tr("Client"))
        self.client_combo.editTextChanged.connect(self._client_text_changed)
        self.person_combo = self._editable_combo("capturePersonCombo")
        self.person_combo.setAccessibleName(self.tr("Person"))
        self.person_combo.lineEdit().setPlaceholderText(self.tr("Who exactly (optional)"))

        self.channel_combo = QComboBox(objectName="captureChannelCombo")
        self.channel_combo.setAccessibleName(self.tr("Channel"))
        self.channel_combo.addItem(self.tr("Not given"), None)
        for channel in Channel:
            self.channel_combo.addItem(channel_label(channel), channel.value)

        self.severity = SegmentedControl(
            SEVERITY_MIN,
            SEVERITY_MAX,
            SEVERITY_DEFAULT,
            tooltips=severity_tooltips(),
            accessible_names={
                n: self.tr("Severity {value}").format(value=n)
                for n in range(SEVERITY_MIN, SEVERITY_MAX + 1)
            },
        )
        self.severity.setObjectName("captureSeverity")
        self.severity.setAccessibleName(self.tr("Severity"))

        self.feeling_edit = QLineEdit(objectName="captureFeelingEdit")
        self.feeling_edit.setAccessibleName(self.tr("Feeling"))
        self.feeling_edit.setPlaceholderText(self.tr("e.g. angry, hurt, tired"))
        self.intensity = LevelSlider(0, 10, 5, words=intensity_words, optional=True)
        self.intensity.setObjectName("captureIntensity")
        self.intensity.setAccessibleName(self.tr("How strong the feeling is, 0 to 10"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        rows = (
            (self.tr("&Client"), self.client_combo, self.tr("&Person"), self.person_combo),
            (self.tr("C&hannel"), self.channel_combo, self.tr("Se&verity"), self.severity),
            (self.tr("&Feeling"), self.feeling_edit, self.tr("&Intensity"), self.intensity),
        )
        for row, (left_text, left, right_text, right) in enumerate(rows):
            for column, (text, widget) in enumerate(((left_text, left), (right_text, right))):
                label = QLabel(text)
                label.setBuddy(widget)
                grid.addWidget(label, row, column * 2)
                grid.addWidget(widget, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.message = QLabel(objectName="captureMessage")
        self.message.setProperty("role", "muted")
        self.message.setWordWrap(True)

        keys = native(SAVE_KEYS[0])
        self.save_button = QPushButton(self.tr("&Save"), objectName="captureSaveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save the incident ({keys})").format(keys=keys))
        self.save_button.clicked.connect(self.save)
        self.calm_button = QPushButton(
            self.tr("Save and &calm down"), objectName="captureCalmButton"
        )
        self.calm_button.setAutoDefault(False)
        self.calm_button.setToolTip(
            self.tr("Save, then open a case for it and start with calming down ({keys})").format(
                keys=native(CALM_KEYS)
            )
        )
        self.calm_button.clicked.connect(self.save_and_calm_down)
        QShortcut(QKeySequence(CALM_KEYS), self, self.save_and_calm_down)
        self.close_button = QPushButton(self.tr("Close"), objectName="captureCloseButton")
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(
            self.tr("Close; what you wrote stays here for next time (Esc)")
        )
        self.close_button.clicked.connect(self.reject)
        for key in SAVE_KEYS:
            QShortcut(QKeySequence(key), self, self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.calm_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(grid)
        layout.addLayout(buttons)

        order = [
            self.text_edit,
            self.client_combo,
            self.person_combo,
            self.channel_combo,
            self.severity,
            self.feeling_edit,
            self.intensity,
            self.close_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        settle_minimum_size(self)

    def _editable_combo(self, name: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    # --- filling -----------------------------------------------------------------------
    @staticmethod
    def _set_items(combo: QComboBox, names: list[str]) -> None:
        """Replace the choices but keep what is typed."""
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        combo.setCurrentIndex(-1)
        combo.setEditText(text)
        combo.lineEdit().setCursorPosition(0)  # show a long name from its start
        combo.blockSignals(False)

    def _load_clients(self) -> None:
        if not self.session.is_unlocked:
            return
        vault = self.session.vault
        clients = client_service.list_clients(vault)
        self._client_ids = {c.name: c.id for c in clients}
        self._set_items(self.client_combo, [c.name for c in clients])
        latest = journal.list_incidents(vault, limit=1).incidents
        self._default_client = latest[0].client if latest else ""
        if self._default_client:
            self.client_combo.lineEdit().setPlaceholderText(
                self.tr("Empty means {client}").format(client=self._default_client)
            )
        else:
            self.client_combo.lineEdit().setPlaceholderText(self.tr("Who was it?"))
        self._load_people()

    def _client_id(self, name: str) -> int | None:
        for known, client_id in self._client_ids.items():
            if same_name(known, name):
                return client_id
        return None

    def _load_people(self) -> None:
        client_id = self._client_id(self.client_combo.currentText())
        names: list[str] = []
        if client_id is not None and self.session.is_unlocked:
            names = [p.name for p in client_service.list_people(self.session.vault, client_id)]
        self._set_items(self.person_combo, names)

    def _client_text_changed(self, _text: str) -> None:
        self._load_people()

    # --- draft ---------------------------------------------------------------------------
    def draft(self) -> CaptureDraft:
        return CaptureDraft(
            text=self.text_edit.toPlainText(),
            client=self.client_combo.currentText(),
            person=self.person_combo.currentText(),
            channel=self._channel(),
            severity=self.severity.value(),
            feeling=self.feeling_edit.text(),
            intensity=self.intensity.value(),
        )

    def _channel(self) -> Channel | None:
        value = self.channel_combo.currentData()
        return Channel(value) if value else None

    def _restore(self, draft: CaptureDraft) -> None:
        self.text_edit.setPlainText(draft.text)
        self.client_combo.setEditText(draft.client)
        self.person_combo.setEditText(draft.person)
        value = draft.channel.value if draft.channel else None
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(value)))
        self.severity.setValue(draft.severity)
        self.feeling_edit.setText(draft.feeling)
        if draft.intensity is None:
            self.intensity.reset()
        else:
            self.intensity.setValue(draft.intensity)
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)

    def _reset(self) -> None:
        """A fresh form: empty text, the default client, severity 3."""
        self.text_edit.clear()
        self.client_combo.setEditText("")
        self.person_combo.setEditText("")
        self._load_clients()
        self.client_combo.setEditText(self._default_client)
        self.client_combo.lineEdit().setCursorPosition(0)
        self.channel_combo.setCurrentIndex(0)
        self.severity.setValue(SEVERITY_DEFAULT)
        self.feeling_edit.clear()
        self.intensity.reset()
        self.message.setText(self.tr("Only the text is needed; everything else can wait."))

    def _has_text(self) -> bool:
        return bool(self.text_edit.toPlainText().strip())

    # --- actions ---------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)

    def save_and_calm_down(self) -> None:
        """Save, then hand the new incident to the coach (``calm_down_requested``)."""
        incident_id = self.save()
        if incident_id is not None:
            self.calm_down_requested.emit(incident_id)

    def save(self) -> int | None:
        """Log the incident on the GUI thread (one insert, fast), then clear and close."""
        if not self.session.is_unlocked:
            return None
        text = self.text_edit.toPlainText().strip()
        if not text:
            self._say(self.tr("Write a few words about what happened first."))
            self.text_edit.setFocus()
            return None
        client = self.client_combo.currentText().strip() or self._default_client
        if not client:
            self._say(self.tr("Who was it? Please name the client — a short name is enough."))
            self.client_combo.setFocus()
            return None
        person = self.person_combo.currentText().strip() or None
        feeling = self.feeling_edit.text().strip() or None
        draft = IncidentDraft(
            client=client,
            text=text,
            person=person,
            channel=self._channel(),
            severity=self.severity.value(),
            feeling_before=feeling,
            intensity_before=self.intensity.value(),
        )
        new_client = self._client_id(client) is None
        try:
            incident_id = journal.log_incident(self.session.vault, draft)
        except (InvalidIncident, InvalidInput, VaultError) as exc:
            show_error(self, self.tr("The incident was not saved"), str(exc))
            return None
        _drafts.pop(self._vault_id, None)
        self.session.notify("incidents")
        if new_client or person is not None:
            self.session.notify("clients")
        self._confirm()
        self._reset()
        self.accept()
        return incident_id

    def _confirm(self) -> None:
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(
                self.tr("Incident saved. It is written down — you can let it rest."), 6000
            )

    def reject(self) -> None:
        """Escape/Close: nothing to ask. Empty → forget; text → keep the draft in memory."""
        if self._has_text():
            _drafts[self._vault_id] = self.draft()
        else:
            _drafts.pop(self._vault_id, None)
            self._reset()
        super().reject()

    # --- session -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._has_text():
            self._reset()
        else:
            self._load_clients()
        super().showEvent(event)
        self.text_edit.setFocus()

    def _on_changed(self, kind: str) -> None:
        if kind in ("clients", "incidents") and self.isVisible() and self.session.is_unlocked:
            self._load_clients()

    def _on_locked(self) -> None:
        """Keep an unsaved draft in memory, then forget every name we showed."""
        if self._has_text():
            _drafts[self._vault_id] = self.draft()
        self.hide()
        self.text_edit.clear()
        for combo in (self.client_combo, self.person_combo):
            combo.clear()
            combo.setEditText("")
        self.feeling_edit.clear()
        self._client_ids = {}
        self._default_client = ""
