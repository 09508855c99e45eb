"""The exit planner page: all deadlines, then per client the contract and the ways out.

Left, a list: "All deadlines" first (the dashboard), then every client that is not
archived, with or without a contract. Right, for a client: the contract summary with
"Edit contract…" (or an empty state that says why a contract is worth entering), then
the scenario cards. The disclaimer sits below both, outside the scrolling area, so it is
always in view while dates are on the screen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.exits.texts import STATE_NAMES, Msg, format_money
from grenzen.services import clients as clients_service
from grenzen.services import contracts
from grenzen.services.errors import NotFound
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.exit.contract_editor import (
    ContractEditor,
    country_names,
    fee_unit_names,
    form_names,
    interval_names,
    notice_text,
    type_name,
)
from grenzen.ui.exit.scenario_cards import ScenarioCards, ui_date
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import RefreshWhenShown

REFRESH_ON = frozenset({"contracts", "incidents", "clients", "value", "cases"})
DASHBOARD_ROLE = Qt.ItemDataRole.UserRole
LIST_WIDTH_CHARS = 30


class ContractSummary(QFrame):
    """The stored terms at a glance, or a short empty state that teaches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractSummary")
        self.setProperty("role", "card")
        self.values: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        header = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("contractSummaryTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editContractButton")
        self.edit_button.setAutoDefault(False)
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.empty = QLabel(self)
        self.empty.setObjectName("contractEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        layout.addWidget(self.empty)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(4)
        layout.addLayout(self.grid)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        self.values = {}

    def show_missing(self, client: str) -> None:
        self._clear_grid()
        self.title.setText(self.tr("No contract stored for {client} yet").format(client=client))
        self.empty.setText(
            self.tr(
                "Enter the terms once from your contract – type, start, term, notice and "
                "fee – and Grenzen shows every way out with its dates: when the notice "
                "must arrive, when the contract ends, what you still owe and what money "
                "is still to come."
            )
        )
        self.empty.show()
        self.edit_button.setText(self.tr("&Add the contract…"))
        self.edit_button.setObjectName("addContractButton")
        self.edit_button.setProperty("primary", True)
        self.edit_button.setToolTip(self.tr("Enter this client's contract terms"))
        self._repolish()

    def show_contract(self, data: dict[str, Any]) -> None:
        self._clear_grid()
        self.title.setText(self.tr("Contract"))
        self.empty.hide()
        self.edit_button.setText(self.tr("Edit &contract…"))
        self.edit_button.setObjectName("editContractButton")
        self.edit_button.setProperty("primary", False)
        self.edit_button.setToolTip(self.tr("Change the stored contract terms"))
        self._repolish()
        for key, caption, value in self._rows(data):
            row = len(self.values)
            column = (row % 2) * 2
            caption_label = QLabel(caption, self)
            caption_label.setProperty("role", "muted")
            value_label = QLabel(value, self)
            value_label.setObjectName(f"summary_{key}")
            value_label.setWordWrap(True)
            self.grid.addWidget(caption_label, row // 2, column)
            self.grid.addWidget(value_label, row // 2, column + 1)
            self.values[key] = value
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

    def _repolish(self) -> None:
        self.edit_button.style().unpolish(self.edit_button)
        self.edit_button.style().polish(self.edit_button)

    def _notice(self, data: dict[str, Any]) -> str:
        if data.get("type") == "work" and not data.get("notice"):
            return self.tr("no ordinary notice for you (contract for work)")
        return notice_text(data.get("notice"))

    def _rows(self, data: dict[str, Any]) -> list[tuple[str, str, str]]:
        lang = ui_language()
        dash = "–"
        start = dt.date.fromisoformat(str(data["start"]))
        term = (data.get("term") or {}).get("months")
        renewal = (data.get("renewal") or {}).get("months")
        if term and renewal:
            term_text = self.tr("{term} months, then renews by {renewal} months").format(
                term=term, renewal=renewal
            )
        elif term:
            term_text = self.tr("{term} months, no renewal").format(term=term)
        else:
            term_text = self.tr("no fixed term")
        unit = fee_unit_names().get(str(data.get("fee_unit")), dash)
        amount = data.get("fee_amount")
        fee = unit if amount is None else f"{format_money(float(amount), lang)} {unit}"
        country = str(data.get("country", "DE"))
        place = (
            STATE_NAMES.get(str(data.get("state")), self.tr("state not given"))
            if country == "DE"
            else country_names().get(country, country)
        )
        rows = [
            ("type", self.tr("Type"), type_name(data.get("type"))),
            ("start", self.tr("Start"), ui_date(start)),
            ("term", self.tr("Term"), term_text),
            ("notice", self.tr("Notice"), self._notice(data)),
            ("fee", self.tr("Fee"), fee),
            (
                "payment_interval",
                self.tr("Paid"),
                interval_names().get(str(data.get("payment_interval")), dash),
            ),
            (
                "form",
                self.tr("Form of notice"),
                form_names().get(str(data.get("form")), self.tr("not stated (written form)")),
            ),
            ("state", self.tr("Recipient's state"), place),
        ]
        if data.get("higher_services_trust"):
            rows.append(("trust", self.tr("§ 627 BGB"), self.tr("services based on special trust")))
        if data.get("type") == "work" and data.get("fee_total") is not None:
            progress = data.get("progress")
            done = dash if progress is None else f"{round(float(progress) * 100)} %"
            rows.append(
                (
                    "work",
                    self.tr("Agreed fee"),
                    self.tr("{total}, {done} done").format(
                        total=format_money(float(data["fee_total"]), lang), done=done
                    ),
                )
            )
        return rows


class ExitPage(QWidget):
    """The exit planner. ``editor`` is the open contract editor, ``cards`` the scenarios."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("exitPage")
        self.editor: ContractEditor | None = None
        self.dashboard: QWidget | None = None
        self.client: str | None = None
        self.contract: dict[str, Any] | None = None
        self.today_override: dt.date | None = None
        self._build()
        self._refresher = RefreshWhenShown(self, self.refresh)
        session.changed.connect(self._on_changed)
        session.unlocked.connect(self.refresh)
        session.locked.connect(self.clear)
        self.refresh()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setObjectName("exitClientList")
        self.list.setAccessibleName(self.tr("All deadlines and the clients"))
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * LIST_WIDTH_CHARS)
        self.list.setSpacing(3)
        # Long names end in "…" (the full name is the tooltip) instead of scrolling sideways.
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._selection_changed)

        self.stack = QStackedWidget(self)
        self.dashboard_host = QWidget(self.stack)
        self.dashboard_host.setObjectName("dashboardHost")
        QVBoxLayout(self.dashboard_host).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.dashboard_host)
        self.stack.addWidget(self._client_pane())

        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.list.minimumWidth(), 900])

        self.disclaimer = QLabel(self)
        self.disclaimer.setObjectName("exitDisclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setProperty("role", "quote")
        self.disclaimer.setText(Msg("disclaimer").render(ui_language()))

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.disclaimer)

    def _client_pane(self) -> QWidget:
        pane = QWidget(self.stack)
        pane.setObjectName("clientExitPane")
        self.client_title = QLabel(pane)
        self.client_title.setObjectName("exitClientTitle")
        self.client_title.setProperty("role", "title")
        self.as_of = QLabel(pane)
        self.as_of.setObjectName("exitAsOf")
        self.as_of.setProperty("role", "muted")
        header = QHBoxLayout()
        header.addWidget(self.client_title)
        header.addStretch(1)
        header.addWidget(self.as_of)

        content = QWidget()
        content.setObjectName("exitContent")
        self.summary = ContractSummary(content)
        self.summary.edit_button.clicked.connect(self.edit_contract)
        self.cards = ScenarioCards(self.session, content)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        column.addWidget(self.summary)
        column.addWidget(self.cards)
        column.addStretch(1)
        self.scroll = QScrollArea(pane)
        self.scroll.setObjectName("exitScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)

        layout = QVBoxLayout(pane)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        return pane

    def _ensure_dashboard(self) -> None:
        """Host C's deadlines dashboard; a plain note in its place while it is missing."""
        if self.dashboard is not None:
            return
        try:
            from grenzen.ui.exit.deadlines import DeadlinesDashboard
        except ImportError:
            note = QLabel(
                self.tr("The deadlines of all clients will appear here."), self.dashboard_host
            )
            note.setObjectName("dashboardPlaceholder")
            note.setProperty("role", "muted")
            note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.dashboard = note
        else:
            dashboard = DeadlinesDashboard(self.session, self.dashboard_host)
            dashboard.client_requested.connect(self.show_client)
            if self.today_override is not None and hasattr(dashboard, "set_today"):
                dashboard.set_today(self.today_override)
            self.dashboard = dashboard
        self.dashboard_host.layout().addWidget(self.dashboard)

    # --- state -------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        """Plan as of another day (tests and screenshots); None: the real today."""
        self.today_override = day
        if self.dashboard is not None and hasattr(self.dashboard, "set_today"):
            self.dashboard.set_today(day)
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind in REFRESH_ON:
            self._refresher.request()

    def clear(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self.cards.clear()
        self.client = None
        self.contract = None
        if self.editor is not None:
            self.editor.close()

    def refresh(self) -> None:
        """Rebuild the list (keeping the selection) and redraw what is selected."""
        if not self.session.is_unlocked:
            self.clear()
            return
        selected = self.client
        self.list.blockSignals(True)
        self.list.clear()
        everything = QListWidgetItem(self.tr("All deadlines"))
        everything.setData(DASHBOARD_ROLE, None)
        font = everything.font()
        font.setBold(True)
        everything.setFont(font)
        self.list.addItem(everything)
        for client in clients_service.list_clients(self.session.vault):
            item = QListWidgetItem(client.name)
            item.setToolTip(client.name)
            item.setData(DASHBOARD_ROLE, client.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = self._row_of(selected) if selected is not None else 0
        if selected is not None and row is None:
            selected, row = None, 0
        self.list.setCurrentRow(row or 0)
        if selected is None:
            self._show_dashboard_page()
        else:
            self._show_client_page(selected)

    def _row_of(self, client: str) -> int | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(DASHBOARD_ROLE) == client:
                return row
        return None

    def _selection_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        name = current.data(DASHBOARD_ROLE)
        if name is None:
            self._show_dashboard_page()
        else:
            self._show_client_page(str(name))

    # --- public ------------------------------------------------------------------------

    def show_dashboard(self) -> None:
        self.list.setCurrentRow(0)
        self._show_dashboard_page()

    def show_client(self, name: str) -> None:
        """Select a client (e.g. from the dashboard or the coach's "Move on")."""
        row = self._row_of(name)
        if row is None:
            self.refresh()
            row = self._row_of(name)
        if row is None:
            return
        self.list.setCurrentRow(row)
        self._show_client_page(name)

    def edit_contract(self) -> ContractEditor | None:
        """Open the contract editor for the selected client (non-blocking)."""
        if self.client is None or not self.session.is_unlocked:
            return None
        if self.editor is not None:
            self.editor.close()
            self.editor.deleteLater()
        self.editor = ContractEditor(self.session, self.client, self.contract, self)
        self.editor.open()
        return self.editor

    # --- pages -------------------------------------------------------------------------

    def _show_dashboard_page(self) -> None:
        self.client = None
        self.contract = None
        self._ensure_dashboard()
        self.stack.setCurrentIndex(0)
        # The dashboard brings its own disclaimer under its list; one is enough.
        self.disclaimer.setVisible(
            self.dashboard is None or not hasattr(self.dashboard, "disclaimer_label")
        )

    def _show_client_page(self, name: str) -> None:
        if name != self.client:
            self.scroll.verticalScrollBar().setValue(0)  # a new client starts at the top
        self.client = name
        self.stack.setCurrentIndex(1)
        self.disclaimer.show()
        self.client_title.setText(name)
        today = self.today()
        self.as_of.setText(self.tr("as of {date}").format(date=ui_date(today)))
        vault = self.session.vault
        try:
            self.contract = contracts.contract_of(vault, name)
        except NotFound:
            self.contract = None
            self.summary.show_missing(name)
            self.cards.clear()
            return
        self.summary.show_contract(self.contract)
        from grenzen.services.exit_planner import client_exit_view

        try:
            view = client_exit_view(vault, name, today)
        except (InvalidInput, VaultError) as exc:
            self.cards.show_message(
                self.tr(
                    "Grenzen cannot work out dates from these terms yet ({error}). Edit the "
                    "contract to complete them."
                ).format(error=exc)
            )
            return
        self.cards.set_view(view)
