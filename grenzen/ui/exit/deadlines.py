"""All clients' upcoming deadlines in one list, the most urgent first.

A banner names the next deadline when one is at most four weeks away — the one place the
app uses red; otherwise it stays calm. Enter or a double-click opens that client in the
exit planner; every date shows the rule behind it on hover.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.exits.deadlines import Deadline, disclaimer
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.session import VaultSession
from grenzen.ui.theme import DARK, LIGHT
from grenzen.ui.widgets import RefreshWhenShown, short_date

CLIENT_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 5
DATE, DAYS, CLIENT, WHAT, SEND_BY = range(COLUMNS)
CLIENT_COLUMN_CHARS = 22


def urgent_colour() -> QColor:
    """The theme's urgent red, for the palette in use (light or dark)."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return QColor(DARK.urgent if window.lightness() < 128 else LIGHT.urgent)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class DeadlinesDashboard(QWidget):
    """The exit planner's "All deadlines" page; emits ``client_requested`` to open a client."""

    client_requested = Signal(str)

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deadlinesDashboard")
        self.session = session
        self._today = today
        self.deadlines: list[Deadline] = []

        title = QLabel(self.tr("All deadlines"), objectName="deadlinesTitle")
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr(
                "Notice deadlines, renewals, extraordinary windows and deliverables of all "
                "your clients, the most urgent first."
            ),
            objectName="deadlinesIntro",
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)

        self.banner = QFrame(objectName="deadlinesBanner")
        self.banner.setProperty("role", "card")
        self.banner_label = QLabel(objectName="deadlinesBannerLabel")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(14, 10, 14, 10)
        banner_layout.addWidget(self.banner_label)

        self.problems_label = QLabel(objectName="deadlinesProblemsLabel")
        self.problems_label.setProperty("role", "muted")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.hide()

        self.table = QTableWidget(0, COLUMNS, objectName="deadlinesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Days left"),
                self.tr("Client"),
                self.tr("What"),
                self.tr("Send by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Upcoming deadlines"))
        self.table.setToolTip(
            self.tr("Enter or double-click opens the client in the exit planner.")
        )
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setStretchLastSection(False)
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)  # urgent rows are bold: size the columns for them
        char = metrics.averageCharWidth()
        by_hand = self.tr("{date} (by hand)").format(date=short_date(dt.date(2000, 12, 31)))
        widths = {
            DATE: metrics.horizontalAdvance(short_date(dt.date(2000, 12, 31))) + 3 * char,
            DAYS: max(
                metrics.horizontalAdvance(self.tr("Days left")),
                metrics.horizontalAdvance(self.tr("tomorrow")),
            )
            + 4 * char,
            CLIENT: CLIENT_COLUMN_CHARS * char,
            SEND_BY: max(
                metrics.horizontalAdvance(by_hand), metrics.horizontalAdvance(self.tr("Send by"))
            )
            + 3 * char,
        }
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        days_header = self.table.horizontalHeaderItem(DAYS)
        days_header.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column, width in widths.items():
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        columns.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._activated)

        self.empty_label = QLabel(objectName="deadlinesEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        empty_card = QFrame(objectName="deadlinesEmptyCard")
        empty_card.setProperty("role", "card")
        card_layout = QVBoxLayout(empty_card)
        card_layout.setContentsMargins(20, 16, 20, 16)
        card_layout.addWidget(self.empty_label)
        self.empty_page = QWidget(objectName="deadlinesEmptyPage")
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(empty_card)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget(objectName="deadlinesStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_page)

        self.calendar_button = QPushButton(
            self.tr("Add all to &calendar…"), objectName="deadlinesCalendarButton"
        )
        self.calendar_button.setToolTip(
            self.tr(
                "Save every deadline as a calendar file (.ics) with reminders four weeks, "
                "one week and one day before."
            )
        )
        self.calendar_button.clicked.connect(lambda: self.export_calendar())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.calendar_button)

        self.disclaimer_label = QLabel(objectName="deadlinesDisclaimer")
        self.disclaimer_label.setProperty("role", "muted")
        self.disclaimer_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.disclaimer_label)

        # Hidden (another page, or a client open in the planner): catch up when shown; and
        # every showing is a fresh look, as days left change at midnight.
        self._refresher = RefreshWhenShown(self, self._refresh_if_unlocked, on_every_show=True)
        session.changed.connect(lambda _kind: self._refresher.request())
        session.unlocked.connect(self.refresh)
        session.locked.connect(self.clear)
        self.refresh()

    # --- data ----------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_today(self, today: dt.date | None) -> None:
        """Show the list as seen on ``today`` (None: the real today)."""
        self._today = today
        self.refresh()

    def refresh(self) -> None:
        lang = ui_language()
        self.disclaimer_label.setText(disclaimer(lang))
        if not self.session.is_unlocked:
            self.clear()
            return
        from grenzen.services.deadlines import deadline_overview

        try:
            overview = deadline_overview(self.session.vault, self.today())
        except (InvalidInput, VaultError) as exc:
            self._show_empty(
                self.tr("The deadlines could not be worked out: {error}").format(error=str(exc))
            )
            return
        deadlines, has_contracts = overview.deadlines, overview.has_contracts
        self.deadlines = deadlines
        self._show_problems(overview.problems)
        self._fill_table(deadlines, lang)
        self._fill_banner(deadlines)
        self.calendar_button.setEnabled(bool(deadlines))
        if deadlines:
            self.stack.setCurrentWidget(self.table)
        elif has_contracts:
            self._show_empty(
                self.tr(
                    "No upcoming deadlines — good. Dates appear here as soon as a contract "
                    "or a deliverable has one."
                )
            )
        else:
            self._show_empty(
                self.tr(
                    "No contract stored yet — add one for a client to see its dates here. "
                    "Pick the client in the list and choose “Edit…” on the contract card; "
                    "notice deadlines, renewals and deliverables then appear in this list."
                )
            )

    def clear(self) -> None:
        """Forget everything shown (the vault was locked)."""
        self.deadlines = []
        self.table.setRowCount(0)
        self.banner.hide()
        self.problems_label.hide()
        self.calendar_button.setEnabled(False)
        self._show_empty("")

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        lines = [
            self.tr(
                "Not in this list: {client} — its dates could not be worked out ({error}). "
                "Please check its contract."
            ).format(client=client, error=error)
            for client, error in problems
        ]
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_page)
        if not self.deadlines:
            self.banner.hide()

    # --- table ---------------------------------------------------------------------

    def _days_text(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("{n} days").format(n=days)

    def _send_by_text(self, deadline: Deadline) -> tuple[str, str]:
        """The day to act, with a tooltip: post by registered letter, or hand it over."""
        send_by = deadline.send_by
        if send_by is None:
            return "", ""
        if send_by.registered_letter >= self.today():
            return short_date(send_by.registered_letter), self.tr(
                "Post a registered letter by then; a courier or handing it over can wait "
                "until {date}."
            ).format(date=short_date(send_by.courier))
        return (
            self.tr("{date} (by hand)").format(date=short_date(send_by.courier)),
            self.tr("Too late for a registered letter: use a courier or hand it over."),
        )

    def _fill_table(self, deadlines: list[Deadline], lang: str) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(deadlines))
        red = QBrush(urgent_colour())
        bold = QFont(self.table.font())
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, deadline in enumerate(deadlines):
            send_by, send_by_tip = self._send_by_text(deadline)
            texts = [
                short_date(deadline.date),
                self._days_text(deadline.days_left),
                deadline.client,
                deadline.summary_text(lang),
                send_by,
            ]
            basis = f"<qt>{html.escape(deadline.basis_text(lang))}</qt>"
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(CLIENT_ROLE, deadline.client)
                item.setToolTip(send_by_tip if column == SEND_BY and send_by_tip else basis)
                if column == DAYS:
                    item.setTextAlignment(right)
                if deadline.urgent:  # within four weeks: bold; within a week also red
                    item.setFont(bold)
                if deadline.close:
                    item.setForeground(red)
                self.table.setItem(row, column, item)
            if deadline.urgent:
                self.table.item(row, DAYS).setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{days}, urgent").format(days=self._days_text(deadline.days_left)),
                )
        if deadlines:  # keyboard focus on the first row, without hiding its colour
            self.table.setCurrentCell(0, 0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _fill_banner(self, deadlines: list[Deadline]) -> None:
        if not deadlines:
            self.banner.hide()
            return
        lang = ui_language()
        first = deadlines[0]
        what = first.summary_text(lang)
        if first.urgent:
            urgent = sum(1 for d in deadlines if d.urgent)
            text = self.tr("Next: {what} — {client}, {when} ({date}).").format(
                what=what,
                client=first.client,
                when=self._when(first.days_left),
                date=short_date(first.date),
            )
            if urgent > 1:
                text += "\n" + self.tr("{n} deadlines within the next four weeks.").format(n=urgent)
            role = "urgent" if first.close else "notice"
        else:
            text = self.tr(
                "Nothing due in the next four weeks. Next: {what} — {client}, on {date}."
            ).format(what=what, client=first.client, date=short_date(first.date))
            role = "muted"
        self.banner_label.setText(text)
        self.banner_label.setProperty("role", role)
        _repolish(self.banner_label)
        self.banner.show()

    def _when(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in {n} days").format(n=days)

    def banner_is_urgent(self) -> bool:
        """A deadline lies within four weeks (red only when it is within a week)."""
        return self.banner.isVisibleTo(self) and self.banner_label.property("role") != "muted"

    # --- actions -------------------------------------------------------------------

    def _activated(self, item: QTableWidgetItem) -> None:
        client = item.data(CLIENT_ROLE)
        if client:
            self.client_requested.emit(str(client))

    def export_calendar(self, path: Path | None = None) -> Path | None:
        """Every deadline as .ics (asks where unless ``path`` is given)."""
        from grenzen.ui.exit.calendar_export import export_all_deadlines_calendar

        return export_all_deadlines_calendar(self, self.session, path, today=self._today)

    def _refresh_if_unlocked(self) -> None:
        if self.session.is_unlocked:
            self.refresh()
