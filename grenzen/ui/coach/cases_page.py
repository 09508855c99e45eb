"""The cases: a list on the left (open ones first), the selected case on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.cases import CaseSummary
from grenzen.domain.incidents import InvalidIncident
from grenzen.services import cases, clients, journal
from grenzen.services.errors import NotFound
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.case_view import CaseView
from grenzen.ui.coach.stage_base import stage_name
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession

RECENT_INCIDENTS = 30
_ERRORS = (NotFound, VaultError, InvalidInput, InvalidIncident)


class OpenCaseDialog(QDialog):
    """Client, title and the incidents that belong to the new case."""

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        client: str = "",
        preselected: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openCaseDialog")
        self.setWindowTitle(self.tr("Open a case"))
        self.session = session
        self._preselected = set(preselected)

        intro = QLabel(
            self.tr(
                "A case follows one conflict with one client. Pick the client and the "
                "incidents that belong to it; you can add more later."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.client_combo = QComboBox(self)
        self.client_combo.setObjectName("caseClientCombo")
        self.client_combo.setEditable(True)
        self.client_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if session.is_unlocked:
            try:
                names = [c.name for c in clients.list_clients(session.vault)]
            except _ERRORS:
                names = []
            self.client_combo.addItems(names)
        self.client_combo.setEditText(client)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("caseTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("Optional, e.g. “Tone in the review calls”"))
        self.incident_list = QListWidget(self)
        self.incident_list.setObjectName("caseIncidentChoices")

        form = QFormLayout()
        client_label = QLabel(self.tr("&Client:"), self)
        client_label.setBuddy(self.client_combo)
        title_label = QLabel(self.tr("&Title:"), self)
        title_label.setBuddy(self.title_edit)
        incidents_label = QLabel(self.tr("&Incidents to include:"), self)
        incidents_label.setBuddy(self.incident_list)
        form.addRow(client_label, self.client_combo)
        form.addRow(title_label, self.title_edit)
        form.addRow(incidents_label, self.incident_list)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("openCaseOkButton")
        ok.setText(self.tr("Open case"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.client_combo.currentTextChanged.connect(self._load_incidents)
        self._load_incidents(self.client_combo.currentText())

    def _load_incidents(self, client: str) -> None:
        self.incident_list.clear()
        name = client.strip()
        if not name or not self.session.is_unlocked:
            return
        try:
            flt = journal.client_filter(self.session.vault, name)
            page = journal.list_incidents(self.session.vault, flt, limit=RECENT_INCIDENTS)
        except _ERRORS:
            return
        for incident in page.incidents:
            if incident.case_id is not None and incident.id not in self._preselected:
                continue
            text = " ".join(incident.text.split())
            item = QListWidgetItem(f"{incident.occurred_on.isoformat()} · {text[:70]}")
            item.setData(Qt.ItemDataRole.UserRole, incident.id)
            item.setToolTip(incident.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = incident.id in self._preselected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.incident_list.addItem(item)

    def client(self) -> str:
        return self.client_combo.currentText().strip()

    def title(self) -> str:
        return self.title_edit.text().strip()

    def incident_ids(self) -> list[int]:
        ids = []
        for row in range(self.incident_list.count()):
            item = self.incident_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_checked(self, incident_id: int, checked: bool = True) -> None:
        for row in range(self.incident_list.count()):
            item = self.incident_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == incident_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _accept(self) -> None:
        if not self.client():
            show_error(self, self.tr("Who is the client?"), self.tr("Please name the client."))
            return
        self.accept()


class CasesPage(QWidget):
    """All cases and the one selected; "Open a case…" is the main action."""

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        cooling_off_hours: int = 24,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self.session = session
        self.cooling_off_hours = cooling_off_hours
        self._clock = clock
        self.case_view: CaseView | None = None
        self.dialog: OpenCaseDialog | None = None

        self.open_button = QPushButton(self.tr("Open a case…"), self)
        self.open_button.setObjectName("openCaseButton")
        self.open_button.setProperty("primary", True)
        shortcut = QKeySequence("Ctrl+Shift+K")
        self.open_button.setShortcut(shortcut)
        self.open_button.setToolTip(
            self.tr("Open a case for a client ({shortcut})").format(
                shortcut=shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.open_button.clicked.connect(lambda: self.show_open_dialog())
        self.case_list = QListWidget(self)
        self.case_list.setObjectName("caseList")
        self.case_list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        self.case_list.setWordWrap(True)
        self.case_list.setSpacing(3)
        self.case_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.case_list.setAccessibleName(self.tr("Cases"))
        self.case_list.currentItemChanged.connect(self._selection_changed)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addStretch(1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.case_list, 1)

        self.right = QStackedWidget(self)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("casesEmptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right.addWidget(self.empty_label)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([self.fontMetrics().averageCharWidth() * 30, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        session.changed.connect(self._changed)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.refresh)
        self.refresh()

    # --- list -----------------------------------------------------------------------

    def _changed(self, kind: str) -> None:
        if kind in ("cases", "incidents"):
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        try:
            found = cases.list_cases(self.session.vault)
        except _ERRORS as exc:
            show_error(self, self.tr("Could not load the cases"), str(exc))
            return
        selected = self.selected_case_id()
        ordered = sorted(found, key=lambda c: (not c.is_open, -c.opened_at.timestamp()))
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for case in ordered:
            self.case_list.addItem(self._item(case))
        self.case_list.blockSignals(False)
        if selected is not None and self._row_of(selected) is not None:
            self.case_list.setCurrentRow(self._row_of(selected) or 0)
        elif selected is not None:
            self._show_case(None)
        self._update_empty()

    def _item(self, case: CaseSummary) -> QListWidgetItem:
        if case.is_open:
            status = self.tr("{client} · {stage}").format(
                client=case.client, stage=stage_name(case.stage)
            )
        else:
            status = self.tr("{client} · closed").format(client=case.client)
        item = QListWidgetItem(f"{case.title}\n{status}")
        item.setData(Qt.ItemDataRole.UserRole, case.id)
        item.setToolTip(case.title)
        if not case.is_open:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        return item

    def _row_of(self, case_id: int) -> int | None:
        for row in range(self.case_list.count()):
            if self.case_list.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
                return row
        return None

    def _update_empty(self) -> None:
        if self.case_list.count() == 0:
            self.empty_label.setText(
                self.tr(
                    "No cases yet — good.\n\nWhen a client keeps crossing a line, open a case. "
                    "The coach then walks you through it one calm step at a time: calm down, "
                    "clarify, set boundaries, escalate, move on."
                )
            )
        else:
            self.empty_label.setText(self.tr("Choose a case on the left to see where it stands."))

    def selected_case_id(self) -> int | None:
        item = self.case_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select_case(self, case_id: int) -> None:
        """Show ``case_id`` (refreshing the list first if it is new)."""
        row = self._row_of(case_id)
        if row is None:
            self.refresh()
            row = self._row_of(case_id)
        if row is not None:
            self.case_list.setCurrentRow(row)

    def _selection_changed(self, current: QListWidgetItem | None, _: object = None) -> None:
        case_id = None if current is None else int(current.data(Qt.ItemDataRole.UserRole))
        self._show_case(case_id)

    def _show_case(self, case_id: int | None) -> None:
        if self.case_view is not None and self.case_view.case_id == case_id:
            return
        if self.case_view is not None:
            for page in self.case_view.pages.values():
                if page.has_pending_save:
                    page.save_now()
            self.right.removeWidget(self.case_view)
            self.case_view.deleteLater()
            self.case_view = None
        if case_id is None or not self.session.is_unlocked:
            self.right.setCurrentWidget(self.empty_label)
            return
        self.case_view = CaseView(
            self.session,
            case_id,
            self,
            cooling_off_hours=self.cooling_off_hours,
            clock=self._clock,
        )
        self.right.addWidget(self.case_view)
        self.right.setCurrentWidget(self.case_view)

    def set_cooling_off_hours(self, hours: int) -> None:
        """New cooling-off from the settings; applies to the case shown next."""
        self.cooling_off_hours = hours
        if self.case_view is not None:
            self.case_view.cooling_off = dt.timedelta(hours=hours)
            self.case_view.refresh()

    def clear(self) -> None:
        """Forget every case shown (the vault was locked)."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.case_list.blockSignals(True)
        self.case_list.clear()
        self.case_list.blockSignals(False)
        self._show_case(None)
        self.empty_label.clear()

    # --- opening a case -------------------------------------------------------------

    def show_open_dialog(
        self, client: str = "", preselected: Sequence[int] = ()
    ) -> OpenCaseDialog | None:
        """The "Open a case" dialog, window-modal but not blocking."""
        if not self.session.is_unlocked:
            return None
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = OpenCaseDialog(self.session, self, client, preselected)
        self.dialog.accepted.connect(self._dialog_accepted)
        self.dialog.open()
        return self.dialog

    def _dialog_accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        self.open_case(dialog.client(), dialog.title() or None, dialog.incident_ids())

    def open_case(
        self, client: str, title: str | None = None, incident_ids: Sequence[int] = ()
    ) -> int | None:
        """Open a case, list it and show it; None (after telling the user) if that failed."""
        if not self.session.is_unlocked:
            return None
        try:
            case_id = cases.open_case(self.session.vault, client, title, list(incident_ids))
        except _ERRORS as exc:
            show_error(self, self.tr("Could not open the case"), str(exc))
            return None
        self.session.notify("cases")
        self.session.notify("incidents")
        self.select_case(case_id)
        return case_id

    def open_case_for_incident(self, incident_id: int) -> int | None:
        """A new case for the incident's client with the incident in it (from the journal)."""
        if not self.session.is_unlocked:
            return None
        try:
            incident = journal.show_incident(self.session.vault, incident_id)
        except _ERRORS as exc:
            show_error(self, self.tr("Could not open the case"), str(exc))
            return None
        return self.open_case(incident.client, None, [incident_id])
