"""The journal: search on top, filters and clients on the left, the list, the editor.

Search runs as you type (after a short pause); the list loads lazily; the selection stays
on the edited incident when the list reloads after a save.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.incidents import IncidentFilter, Level
from grenzen.ui.journal.clients_panel import ClientsPanel
from grenzen.ui.journal.detail import IncidentDetail
from grenzen.ui.journal.filters import JournalFilters
from grenzen.ui.journal.model import (
    ID_ROLE,
    Column,
    IncidentTableModel,
    SnippetDelegate,
    level_word,
)
from grenzen.ui.session import VaultSession

SEARCH_DELAY_MS = 200


class JournalPage(QWidget):
    """Everything recorded, findable and editable in one place."""

    def __init__(
        self, session: VaultSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalPage")
        self._session = session
        self._undo_stack = undo_stack
        self._keep_id: int | None = None
        self._select_after_reload: int | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self._filters_timer = QTimer(self)  # names changed elsewhere: re-read the filter lists
        self._filters_timer.setSingleShot(True)
        self._filters_timer.setInterval(0)
        self._filters_timer.timeout.connect(self._refresh_filters)

        self.model = IncidentTableModel(session, self)
        self._build()
        self._connect()
        if session.is_unlocked:
            self.filters.refresh()
            self.model.set_query(self.filters.current_filter(), "")

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(objectName="searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search the journal"))
        self.search_edit.setClearButtonEnabled(True)

        self.filters = JournalFilters(self._session)
        self.clients_panel = ClientsPanel(self._session)
        # Two tabs instead of one long column: each gets the whole height it needs.
        left = QTabWidget(objectName="journalSidebar")
        left.setDocumentMode(True)
        filters_tab = QWidget()
        filters_layout = QVBoxLayout(filters_tab)
        filters_layout.addWidget(self.filters)
        filters_layout.addStretch(1)
        left.addTab(filters_tab, self.tr("Filter"))
        left.addTab(self.clients_panel, self.tr("Clients"))

        self.table = QTableView(objectName="incidentList")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(Column.TEXT, SnippetDelegate(self.table))
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        level_width = max(metrics.horizontalAdvance(level_word(level)) for level in Level)
        severity_title = str(self.model.headerData(Column.SEVERITY, Qt.Orientation.Horizontal))
        widths = {
            Column.DATE: metrics.horizontalAdvance("00.00.0000") + 3 * char,
            Column.CLIENT: 18 * char,
            Column.PERSON: 14 * char,
            Column.LEVEL: level_width + 3 * char,
            Column.SEVERITY: metrics.horizontalAdvance(severity_title) + 3 * char,
        }
        for column, width in widths.items():
            columns.resizeSection(column, width)

        self.status_label = QLabel(objectName="listStatus")
        self.status_label.setProperty("role", "muted")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.status_label)

        self.detail = IncidentDetail(self._session, self._undo_stack)
        right = QSplitter(Qt.Orientation.Vertical, objectName="journalRightSplitter")
        right.addWidget(list_box)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setChildrenCollapsible(False)
        line = metrics.lineSpacing()
        right.setSizes([16 * line, 24 * line])

        body = QSplitter(Qt.Orientation.Horizontal, objectName="journalSplitter")
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 0)
        body.setStretchFactor(1, 1)
        body.setSizes([char * 42, char * 114])
        body.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.search_edit, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.detail.delete_current)

        self.setTabOrder(self.search_edit, self.table)
        self.setTabOrder(self.table, self.detail.text_edit)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_query)
        self.filters.changed.connect(self._filters_changed)
        self.clients_panel.client_chosen.connect(self.filters.set_client)
        self.clients_panel.person_chosen.connect(self.filters.set_person)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.reloaded.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.restored.connect(self._select_later)
        self._session.locked.connect(self._locked)
        self._session.unlocked.connect(self._unlocked)
        self._session.changed.connect(self._on_changed)

    # --- public --------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F anywhere: put the cursor in the search field, ready to type over."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def select_incident(self, incident_id: int) -> bool:
        """Select an incident in the list (loading pages up to it); False if not listed."""
        row = self.model.row_of(incident_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def current_incident_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    # --- querying ------------------------------------------------------------------------
    def _apply_query(self) -> None:
        self._search_timer.stop()
        if not self._session.is_unlocked:
            return
        self.model.set_query(self.filters.current_filter(), self.search_edit.text())

    def _filters_changed(self) -> None:
        self.clients_panel.select_client(self.filters.client_id())
        self._apply_query()

    def _refresh_filters(self) -> None:
        if self._session.is_unlocked:
            self.filters.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind in ("clients", "cases"):
            self._filters_timer.start()

    # --- keeping the selection -----------------------------------------------------------
    def _remember_current(self) -> None:
        self._keep_id = self.current_incident_id()

    def _restore_current(self) -> None:
        wanted = self._select_after_reload or self._keep_id
        self._select_after_reload = None
        self._keep_id = None
        if wanted is not None and self.select_incident(wanted):
            return
        if self.detail.incident_id is not None:
            self.detail.show_incident(None)

    def _select_later(self, incident_id: int) -> None:
        """An undone delete: select the incident once the list has it again."""
        self._select_after_reload = incident_id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        incident_id = current.data(ID_ROLE) if current.isValid() else None
        if incident_id != self.detail.incident_id:
            self.detail.show_incident(incident_id)

    # --- status --------------------------------------------------------------------------
    def _update_status(self) -> None:
        self.status_label.setText(self.status_text())

    def status_text(self) -> str:
        model = self.model
        if not self._session.is_unlocked:
            return ""
        if model.is_search:
            if model.total == 0:
                return self.tr("Nothing found for “{query}”.").format(query=model.query)
            if model.total > model.id_count:
                return self.tr("%n found; the best {shown} are listed.", "", model.total).format(
                    shown=model.id_count
                )
            return self.tr("%n found", "", model.total)
        if model.id_count == 0:
            if model.filter == IncidentFilter():
                return self.tr(
                    "No incidents yet — good. When a client crosses a line, press Ctrl+N "
                    "and write down what happened; a few words are enough."
                )
            return self.tr("No incidents match these filters.")
        return self.tr("%n incident(s)", "", model.id_count)

    # --- lock and unlock -----------------------------------------------------------------
    def _locked(self) -> None:
        self._search_timer.stop()
        self._filters_timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.filters.clear()
        self.status_label.clear()

    def _unlocked(self) -> None:
        self.filters.refresh()  # the model reloads by itself, with no filter and no search

    def hideEvent(self, event: QHideEvent) -> None:
        self.detail.flush()
        super().hideEvent(event)
