"""The filters left of the journal list: client, person, level, time range and case.

Each combo's first entry means "all"; together they make one ``IncidentFilter``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.incidents import IncidentFilter, Level
from grenzen.services import clients as clients_service
from grenzen.services.cases import list_cases
from grenzen.services.errors import NotFound
from grenzen.storage.vault import Vault
from grenzen.ui.journal.model import level_word
from grenzen.ui.session import VaultSession

RANGE_PRESETS: tuple[str, ...] = ("all", "7", "30", "90", "year")


def range_start(preset: str, today: dt.date) -> dt.date | None:
    """The first day a time-range preset covers (``None``: no limit)."""
    if preset == "year":
        return dt.date(today.year, 1, 1)
    if preset.isdigit():
        return today - dt.timedelta(days=int(preset) - 1)
    return None


class JournalFilters(QWidget):
    """Emits ``changed`` whenever the user picks another filter value."""

    changed = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalFilters")
        self._session = session
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Show"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)

        self.client_filter = self._combo(
            form, "clientFilter", self.tr("Client"), self.tr("Show incidents of this client")
        )
        self.person_filter = self._combo(
            form, "personFilter", self.tr("Person"), self.tr("Show incidents with this person")
        )
        self.level_filter = self._combo(
            form, "levelFilter", self.tr("Level"), self.tr("Show incidents on this level")
        )
        self.range_filter = self._combo(
            form, "rangeFilter", self.tr("Time"), self.tr("Show incidents from this time")
        )
        self.case_filter = self._combo(
            form, "caseFilter", self.tr("Case"), self.tr("Show incidents of this case")
        )
        self._case_label = form.labelForField(self.case_filter)

        self.level_filter.addItem(self.tr("All levels"), None)
        for level in (Level.RELATIONSHIP, Level.FACTUAL, Level.BOTH):
            self.level_filter.addItem(level_word(level), level)
        range_words = (
            self.tr("All time"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last 90 days"),
            self.tr("This year"),
        )
        for preset, word in zip(RANGE_PRESETS, range_words, strict=True):
            self.range_filter.addItem(word, preset)

        self.reset_button = QPushButton(self.tr("Show everything"), objectName="resetFilters")
        self.reset_button.setToolTip(self.tr("Clear every filter"))
        self.reset_button.clicked.connect(self.reset)
        layout.addWidget(self.reset_button)

        self.client_filter.currentIndexChanged.connect(self._client_changed)
        for combo in (self.person_filter, self.level_filter, self.range_filter, self.case_filter):
            combo.currentIndexChanged.connect(self._emit)
        self.clear()

    def _combo(self, form: QFormLayout, name: str, label: str, accessible: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        caption = QLabel(label)
        caption.setBuddy(combo)
        form.addRow(caption, combo)
        return combo

    # --- the filter ------------------------------------------------------------------------
    def current_filter(self, today: dt.date | None = None) -> IncidentFilter:
        preset = self.range_filter.currentData() or "all"
        level = self.level_filter.currentData()
        return IncidentFilter(
            client_id=self.client_filter.currentData(),
            person_id=self.person_filter.currentData(),
            level=Level(level) if level else None,
            case_id=self.case_filter.currentData(),
            occurred_from=range_start(preset, today or dt.date.today()),
        )

    def client_id(self) -> int | None:
        return self.client_filter.currentData()

    def set_client(self, client_id: int | None) -> None:
        """Show one client's incidents (from the clients panel); ``None``: all clients."""
        index = self.client_filter.findData(client_id) if client_id is not None else 0
        if index < 0:
            self.refresh(include_client=client_id)
            index = self.client_filter.findData(client_id)
        if index >= 0 and index != self.client_filter.currentIndex():
            self.client_filter.setCurrentIndex(index)

    def set_person(self, person_id: int | None) -> None:
        """Show one person's incidents (from the clients panel); ``None``: all people."""
        index = self.person_filter.findData(person_id) if person_id is not None else 0
        if index < 0:
            self._fill_people()  # a person just added or brought back from the archive
            index = self.person_filter.findData(person_id)
        if index >= 0 and index != self.person_filter.currentIndex():
            self.person_filter.setCurrentIndex(index)

    def reset(self) -> None:
        self._quiet = True
        try:
            for combo in (self.client_filter, self.level_filter, self.range_filter):
                combo.setCurrentIndex(0)
            self._fill_people()
            self.case_filter.setCurrentIndex(0)
        finally:
            self._quiet = False
        self.changed.emit()

    # --- the lists ----------------------------------------------------------------------
    def refresh(self, include_client: int | None = None) -> None:
        """Read clients, people and cases again, keeping what is chosen where it still exists."""
        if not self._session.is_unlocked:
            self.clear()
            return
        vault = self._session.vault
        chosen = include_client or self.client_filter.currentData()
        self._quiet = True
        try:
            self.client_filter.clear()
            self.client_filter.addItem(self.tr("All clients"), None)
            for client in clients_service.list_clients(vault, include_archived=True):
                if client.archived and client.id != chosen:
                    continue
                self.client_filter.addItem(client.name, client.id)
            self.client_filter.setCurrentIndex(max(0, self.client_filter.findData(chosen)))
            self._fill_people()
            self._fill_cases(vault)
        finally:
            self._quiet = False
        if self.client_filter.currentData() != chosen:
            self.changed.emit()

    def _fill_people(self) -> None:
        chosen = self.person_filter.currentData()
        self.person_filter.clear()
        self.person_filter.addItem(self.tr("All people"), None)
        if self._session.is_unlocked:
            client_id = self.client_filter.currentData()
            try:
                people = clients_service.list_people(self._session.vault, client_id)
            except NotFound:
                people = []
            names: dict[int, str] = {}
            if client_id is None:
                names = {
                    self.client_filter.itemData(i): self.client_filter.itemText(i)
                    for i in range(1, self.client_filter.count())
                }
            for person in people:
                if client_id is None and person.client_id not in names:
                    continue  # an archived client's people
                label = (
                    person.name
                    if client_id is not None
                    else self.tr("{person} ({client})").format(
                        person=person.name, client=names[person.client_id]
                    )
                )
                self.person_filter.addItem(label, person.id)
        self.person_filter.setCurrentIndex(max(0, self.person_filter.findData(chosen)))

    def _fill_cases(self, vault: Vault) -> None:
        chosen = self.case_filter.currentData()
        self.case_filter.clear()
        self.case_filter.addItem(self.tr("All cases"), None)
        for case in list_cases(vault):
            self.case_filter.addItem(f"{case.title} · {case.client}", case.id)
        self.case_filter.setCurrentIndex(max(0, self.case_filter.findData(chosen)))
        has_cases = self.case_filter.count() > 1
        self.case_filter.setVisible(has_cases)
        if self._case_label is not None:
            self._case_label.setVisible(has_cases)

    def clear(self) -> None:
        """No vault: only the "all" entries, nothing the user wrote."""
        self._quiet = True
        try:
            for combo, text in (
                (self.client_filter, self.tr("All clients")),
                (self.person_filter, self.tr("All people")),
                (self.case_filter, self.tr("All cases")),
            ):
                combo.clear()
                combo.addItem(text, None)
            self.level_filter.setCurrentIndex(0)
            self.range_filter.setCurrentIndex(0)
            self.case_filter.setVisible(False)
            if self._case_label is not None:
                self._case_label.setVisible(False)
        finally:
            self._quiet = False

    # --- signals -----------------------------------------------------------------------------
    def _client_changed(self, _index: int) -> None:
        if self._quiet:
            return
        self._quiet = True
        try:
            self._fill_people()
        finally:
            self._quiet = False
        self.changed.emit()

    def _emit(self, *_args: Any) -> None:
        if not self._quiet:
            self.changed.emit()
