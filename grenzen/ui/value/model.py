"""The comparison table: one row per client, raw numbers for sorting, a bar per cell.

The model shows formatted text but sorts by the raw figures (``SORT_ROLE``), so
"1.200,00 €" comes after "950,00 €". A missing figure ("–") always sorts last, whichever
way the column is sorted: an unknown rate is not a low rate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from grenzen.domain.exits.texts import format_money
from grenzen.domain.value import ClientValue
from grenzen.services.value import ClientRow
from grenzen.ui.coach.stage_base import ui_language

SORT_ROLE = Qt.ItemDataRole.UserRole
BAR_ROLE = Qt.ItemDataRole.UserRole + 1  # 0..1: the cell's share of the column's largest
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 2
ENERGY_MAX = 10.0

_AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CLIENT = 0
    REVENUE = 1
    HOURS = 2
    RATE = 3
    DAYS_LATE = 4
    INCIDENTS = 5
    ENERGY = 6
    PROFILE = 7


NUMERIC = (
    Column.REVENUE,
    Column.HOURS,
    Column.RATE,
    Column.DAYS_LATE,
    Column.INCIDENTS,
    Column.ENERGY,
)

_RAW: dict[Column, Callable[[ClientValue], float | None]] = {
    Column.REVENUE: lambda v: v.revenue_cents / 100,
    Column.HOURS: lambda v: v.hours,
    Column.RATE: lambda v: v.effective_rate,
    Column.DAYS_LATE: lambda v: v.days_late_avg,
    Column.INCIDENTS: lambda v: float(v.incidents),
    Column.ENERGY: lambda v: v.energy_avg,
}

TICK, CROSS, OPEN = "✓", "✗", "·"


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


class ValueTableModel(QAbstractTableModel):
    """The value table's rows, as the service computed them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientRow] = []
        self._maxima: dict[Column, float] = {}

    def set_rows(self, rows: Sequence[ClientRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._maxima = {}
        for column in NUMERIC:
            values = [_RAW[column](r.value) for r in self._rows]
            known = [v for v in values if v is not None]
            self._maxima[column] = max(known, default=0.0)
        self._maxima[Column.ENERGY] = ENERGY_MAX
        self.endResetModel()

    def row_at(self, row: int) -> ClientRow:
        return self._rows[row]

    def rows(self) -> list[ClientRow]:
        return list(self._rows)

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _header(self, column: Column) -> str:
        return {
            Column.CLIENT: self.tr("Client"),
            Column.REVENUE: self.tr("Revenue"),
            Column.HOURS: self.tr("Hours"),
            Column.RATE: self.tr("Rate"),
            Column.DAYS_LATE: self.tr("Days late"),
            Column.INCIDENTS: self.tr("Incidents"),
            Column.ENERGY: self.tr("Energy"),
            Column.PROFILE: self.tr("Profile"),
        }[column]

    def _header_tip(self, column: Column) -> str:
        return {
            Column.CLIENT: self.tr("The client"),
            Column.REVENUE: self.tr("Everything invoiced in the period, paid or not"),
            Column.HOURS: self.tr("Hours recorded with the invoices"),
            Column.RATE: self.tr("Effective hourly rate: revenue of invoices with hours ÷ hours"),
            Column.DAYS_LATE: self.tr(
                "Average days invoices were paid after their due date (on time counts as 0; "
                "open overdue invoices count up to today)"
            ),
            Column.INCIDENTS: self.tr("Incidents in the period"),
            Column.ENERGY: self.tr("Average energy (0–10) on check-ins naming this client"),
            Column.PROFILE: self.tr("Dream-client profile: ✓ matches, ✗ does not, · open"),
        }[column]

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == BAR_ROLE:
            return self._bar(row, column)
        if role == CLIENT_ROLE:
            return row.client
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column) or self.tr("not known")
        return None

    def _display(self, row: ClientRow, column: Column) -> str:
        v = row.value
        if column is Column.CLIENT:
            return (
                row.client
                if not row.archived
                else self.tr("{name} (archived)").format(name=row.client)
            )
        if column is Column.PROFILE:
            return "\u2009".join(
                TICK if m.matches is True else CROSS if m.matches is False else OPEN
                for m in row.matches
            )
        raw = _RAW[column](v)
        if raw is None:
            return "–"
        if column is Column.REVENUE:
            return format_money(raw, ui_language())
        if column is Column.RATE:
            return self.tr("{amount}/h").format(amount=format_money(raw, ui_language()))
        if column is Column.INCIDENTS:
            return str(v.incidents)
        return number(raw)

    def _sort_value(self, row: ClientRow, column: Column) -> Any:
        if column is Column.CLIENT:
            return row.client.casefold()
        if column is Column.PROFILE:
            return float(row.counts.yes)
        return _RAW[column](row.value)

    def _bar(self, row: ClientRow, column: Column) -> float | None:
        if column not in NUMERIC:
            return None
        raw = _RAW[column](row.value)
        largest = self._maxima.get(column, 0.0)
        if raw is None or largest <= 0:
            return None
        return max(0.0, min(1.0, raw / largest))

    def _tooltip(self, row: ClientRow, column: Column) -> str | None:
        v = row.value
        if column is Column.CLIENT:
            return self._display(row, column)
        if column is Column.ENERGY:
            if v.energy_avg is None:
                return self.tr("No energy check-in names this client in the period.")
            text = self.tr("{count} check-ins naming this client, average {level} of 10.").format(
                count=v.checkins, level=number(v.energy_avg)
            )
            if v.energy_cost is not None and v.energy_cost > 0:
                text += " " + self.tr("That is {cost} below your average.").format(
                    cost=number(v.energy_cost)
                )
            elif v.energy_cost is not None and v.energy_cost < 0:
                text += " " + self.tr("That is {cost} above your average.").format(
                    cost=number(-v.energy_cost)
                )
            return text
        if column is Column.RATE and v.effective_rate is None:
            return self.tr("No hours recorded with the invoices, so no hourly rate.")
        if column is Column.DAYS_LATE and v.days_late_avg is None:
            return self.tr("No invoice with a due date has fallen due yet.")
        if column is Column.INCIDENTS:
            return self.tr("{count} incidents, {relationship} on the relationship level").format(
                count=v.incidents, relationship=v.relationship_incidents
            )
        if column is Column.REVENUE:
            return self.tr("{count} invoices, {open} still open").format(
                count=v.invoices, open=format_money(v.open_amount, ui_language())
            )
        if column is Column.PROFILE:
            counts = row.counts
            return self.tr("{yes} match, {no} do not, {open} not judged yet").format(
                yes=counts.yes, no=counts.no, open=counts.open
            )
        return None


class ValueSortProxy(QSortFilterProxyModel):
    """Sorts by the raw figures; a missing one sorts last in both directions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: _AnyIndex, right: _AnyIndex) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None or b is None:
            if a is None and b is None:
                return self._by_name(left, right)
            # Missing last: when sorting descending, Qt reverses, so flip the answer.
            missing_is_greater = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (a is not None) if missing_is_greater else (a is None)
        if a == b:
            return self._by_name(left, right)
        return bool(a < b)

    def _by_name(self, left: _AnyIndex, right: _AnyIndex) -> bool:
        model = self.sourceModel()
        a = str(model.index(left.row(), Column.CLIENT).data(SORT_ROLE))
        b = str(model.index(right.row(), Column.CLIENT).data(SORT_ROLE))
        return a < b


class BarDelegate(QStyledItemDelegate):
    """The text as usual, and beneath it a thin bar in the palette's accent (its link
    colour): long bar, large figure. Thin and under the text, so it reads in light and dark."""

    BAR_HEIGHT = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        super().paint(painter, option, index)
        fraction = index.data(BAR_ROLE)
        if not isinstance(fraction, float) or fraction <= 0:
            return
        rect: QRect = option.rect.adjusted(6, 0, -6, -3)  # type: ignore[attr-defined]
        width = max(2, round(rect.width() * fraction))
        top = rect.bottom() - self.BAR_HEIGHT + 1
        track = QRect(rect.left(), top, rect.width(), self.BAR_HEIGHT)
        bar = QRect(rect.right() - width + 1, top, width, self.BAR_HEIGHT)
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        accent = QColor(palette.color(QPalette.ColorRole.Link))
        faint = QColor(accent)
        faint.setAlphaF(0.15)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(faint)
        painter.drawRoundedRect(track, 2, 2)
        painter.setBrush(accent)
        painter.drawRoundedRect(bar, 2, 2)
        painter.restore()
