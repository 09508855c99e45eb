"""Client value: what each client really brings and costs, side by side.

Left: the comparison table (sortable by the raw figures, a bar in each cell) and below it
the selected client — its match with the dream-client profile, the zero-based question
with the user's earlier answers, its invoices. Right: the dream-client profile itself.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from grenzen.services import value as value_service
from grenzen.services.value import ClientRow, ValueTable
from grenzen.ui.session import VaultSession
from grenzen.ui.value.client import ClientPanel
from grenzen.ui.value.model import (
    CLIENT_ROLE,
    BarDelegate,
    Column,
    ValueSortProxy,
    ValueTableModel,
)
from grenzen.ui.value.profile import DreamProfilePanel
from grenzen.ui.widgets import RefreshWhenShown

_REFRESH_KINDS = frozenset({"value", "incidents", "energy", "clients", "contracts"})


class PeriodChoice(IntEnum):
    LAST_12_MONTHS = 0
    THIS_YEAR = 1
    ALL_TIME = 2


class ValuePage(QWidget):
    """The comparison table, the selected client, and the dream-client profile."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("valuePage")
        self.today: dt.date | None = None  # None: the real today (tests and screenshots fix it)
        self.value_table: ValueTable | None = None
        self._build()
        self._refresher = RefreshWhenShown(self, self.refresh)
        session.changed.connect(self._on_changed)
        session.unlocked.connect(self.refresh)
        session.locked.connect(self.clear)
        self.refresh()

    def _build(self) -> None:
        title = QLabel(self.tr("Client value"))
        title.setProperty("role", "title")
        self.period_combo = QComboBox(objectName="valuePeriodCombo")
        self.period_combo.addItems(
            [self.tr("Last 12 months"), self.tr("This year"), self.tr("All time")]
        )
        self.period_combo.setAccessibleName(self.tr("Period of the figures"))
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.period_combo)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(period_label)
        header.addWidget(self.period_combo)

        intro = QLabel(
            self.tr(
                "Revenue is not everything: what each client brings, what they cost you in "
                "time, waiting and energy. Click a column heading to sort."
            )
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)

        self.model = ValueTableModel(self)
        self.proxy = ValueSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="valueTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(BarDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.REVENUE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Clients compared, one row each"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            round(self.table.fontMetrics().lineSpacing() * 2.1)
        )
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(Column.CLIENT, QHeaderView.ResizeMode.Stretch)
        columns.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0") * 8)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.empty = QLabel(
            self.tr(
                "No clients yet. Add a client with its first invoice — or log an incident "
                "for them — and see here what each client really brings and costs."
            ),
            objectName="valueEmpty",
        )
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.client_panel = ClientPanel(self.session)
        self.profile = DreamProfilePanel(self.session)

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.empty)
        self.left = QSplitter(Qt.Orientation.Vertical, objectName="valueLeftSplitter")
        self.left.setChildrenCollapsible(False)
        self.left.addWidget(table_box)
        self.left.addWidget(self.client_panel)
        self.left.setStretchFactor(0, 1)
        self.left.setStretchFactor(1, 1)
        line = self.fontMetrics().lineSpacing()
        self.left.setSizes([line * 19, line * 24])  # all rows of a typical year in view
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="valueSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.profile)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([char * 120, char * 38])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)

    # --- data ----------------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind in _REFRESH_KINDS:
            self._refresher.request()

    def set_today(self, today: dt.date | None) -> None:
        """Fix "today" (tests, screenshots); None goes back to the real date."""
        self.today = today
        self.refresh()

    def current_today(self) -> dt.date:
        return self.today or dt.date.today()

    def period(self) -> tuple[dt.date | None, bool]:
        """``since`` and ``all_time`` for the chosen period."""
        choice = PeriodChoice(max(0, self.period_combo.currentIndex()))
        if choice is PeriodChoice.THIS_YEAR:
            return dt.date(self.current_today().year, 1, 1), False
        if choice is PeriodChoice.ALL_TIME:
            return None, True
        return None, False

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        today = self.current_today()
        since, all_time = self.period()
        vault = self.session.vault
        selected = self.selected_client()
        self.value_table = value_service.value_table(vault, today, since, all_time=all_time)
        self.model.set_rows(self.value_table.rows)
        self.profile.set_profile(value_service.dream_profile(vault))
        has_rows = bool(self.value_table.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.client_panel.setVisible(has_rows)
        if has_rows:
            self.select_client(selected or self.table.model().index(0, 0).data(CLIENT_ROLE))
        self._show_selected()

    def clear(self) -> None:
        """The vault locked: forget every figure and word shown."""
        self.value_table = None
        self.model.set_rows([])
        self.profile.clear()
        self.client_panel.clear()

    # --- selection -----------------------------------------------------------------------
    def selected_client(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(Column.CLIENT).data(CLIENT_ROLE)

    def selected_row(self) -> ClientRow | None:
        client = self.selected_client()
        if client is None or self.value_table is None:
            return None
        return self.value_table.row(client)

    def select_client(self, client: str) -> bool:
        """Select a client's row (True if it is in the table)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, Column.CLIENT)
            if index.data(CLIENT_ROLE) == client:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def _show_selected(self) -> None:
        self.client_panel.show_row(self.selected_row(), self.current_today())
