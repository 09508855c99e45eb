"""The weekly chart: incidents per week as bars, the average energy as a line.

Painted with QPainter on purpose, not with QtCharts: QtCharts ships only in
PySide6-Addons (about +400 MB installed) and we need one small chart. Painting it
ourselves also keeps the palette, the fonts and the locale's dates consistent with the
rest of the app.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from grenzen.domain.wellbeing import LEVEL_MAX, WeekSummary

MARGIN = 8.0
GAP = 6.0


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def nice_maximum(count: int) -> int:
    """The top of the incident axis: at least 2, rounded up to an even number."""
    return max(2, count + (count % 2))


class EnergyChart(QWidget):
    """Bars of incidents and a line of average energy per week; gaps stay gaps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("energyChart")
        self.setAccessibleName(self.tr("Energy and incidents per week"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._weeks: list[WeekSummary] = []

    # --- data ----------------------------------------------------------------------------
    def set_weeks(self, weeks: list[WeekSummary]) -> None:
        self._weeks = list(weeks)
        self.setAccessibleDescription(self._describe())
        self.update()

    def weeks(self) -> list[WeekSummary]:
        """What the chart draws, oldest week first."""
        return list(self._weeks)

    def incident_bars(self) -> list[tuple[dt.date, int]]:
        return [(w.week_start, w.incidents) for w in self._weeks]

    def energy_points(self) -> list[tuple[dt.date, float | None]]:
        """Average energy per week; None is a week without a check-in (drawn as a gap)."""
        return [(w.week_start, w.energy_average) for w in self._weeks]

    def has_data(self) -> bool:
        return any(w.incidents or w.energy_average is not None for w in self._weeks)

    def _describe(self) -> str:
        if not self.has_data():
            return self.tr("No check-ins or incidents in these weeks.")
        latest = self._weeks[-1]
        if latest.energy_average is None:
            return self.tr("This week: %n incident(s), no check-in yet.", "", latest.incidents)
        return self.tr(
            "This week: %n incident(s), average energy {energy} of 10.", "", latest.incidents
        ).format(energy=QLocale().toString(latest.energy_average, "f", 1))

    # --- geometry --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 36, line * 14)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 18, line * 9)

    def _plot_area(self) -> QRectF:
        fm = self.fontMetrics()
        left = MARGIN + fm.horizontalAdvance("00") + GAP
        right = MARGIN + fm.horizontalAdvance("10") + GAP
        top = MARGIN + fm.height() + 2 * GAP  # legend
        bottom = MARGIN + fm.height() + GAP  # dates
        return QRectF(self.rect()).adjusted(left, top, -right, -bottom)

    def _slot(self, plot: QRectF, index: int) -> QRectF:
        width = plot.width() / max(1, len(self._weeks))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        if not self._weeks or not self.has_data():
            painter.setPen(muted)
            painter.drawText(
                QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr(
                    "Nothing to show yet. Check in on your energy now and then; the "
                    "weeks will appear here beside your incidents."
                ),
            )
            painter.end()
            return
        plot = self._plot_area()
        top_count = nice_maximum(max(w.incidents for w in self._weeks))
        self._paint_grid(painter, plot, top_count, pal)
        self._paint_bars(painter, plot, top_count, pal.color(QPalette.ColorRole.Highlight))
        self._paint_line(painter, plot, pal.color(QPalette.ColorRole.Link))
        self._paint_dates(painter, plot, muted)
        self._paint_legend(painter, pal)
        painter.end()

    def _paint_grid(self, painter: QPainter, plot: QRectF, top_count: int, pal: QPalette) -> None:
        fm = self.fontMetrics()
        grid = QPen(pal.color(QPalette.ColorRole.Mid))
        grid.setWidthF(1.0)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            count = str(round(top_count * fraction))
            energy = str(round(LEVEL_MAX * fraction))
            baseline = y + fm.ascent() / 2 - 1
            painter.drawText(
                QPointF(plot.left() - GAP - fm.horizontalAdvance(count), baseline), count
            )
            painter.drawText(QPointF(plot.right() + GAP, baseline), energy)

    def _paint_bars(self, painter: QPainter, plot: QRectF, top_count: int, colour: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for index, week in enumerate(self._weeks):
            if not week.incidents:
                continue
            slot = self._slot(plot, index)
            width = slot.width() * 0.55
            height = plot.height() * week.incidents / top_count
            bar = QRectF(slot.center().x() - width / 2, plot.bottom() - height, width, height)
            painter.drawRoundedRect(bar, 3, 3)

    def _energy_point(self, plot: QRectF, index: int, energy: float) -> QPointF:
        slot = self._slot(plot, index)
        return QPointF(slot.center().x(), plot.bottom() - plot.height() * energy / LEVEL_MAX)

    def _paint_line(self, painter: QPainter, plot: QRectF, colour: QColor) -> None:
        pen = QPen(colour)
        pen.setWidthF(2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        drawing = False
        for index, week in enumerate(self._weeks):
            if week.energy_average is None:
                drawing = False  # a week without check-ins is a gap, not a bridge
                continue
            point = self._energy_point(plot, index, week.energy_average)
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        painter.drawPath(path)
        painter.setBrush(colour)
        radius = max(2.5, self.fontMetrics().height() / 6)
        for index, week in enumerate(self._weeks):
            if week.energy_average is not None:
                point = self._energy_point(plot, index, week.energy_average)
                painter.drawEllipse(point, radius, radius)

    def _paint_dates(self, painter: QPainter, plot: QRectF, colour: QColor) -> None:
        fm = self.fontMetrics()
        labels = [short_date(w.week_start) for w in self._weeks]
        widest = max(fm.horizontalAdvance(label) for label in labels) + GAP
        slot_width = plot.width() / max(1, len(labels))
        step = max(1, math.ceil(widest / max(1.0, slot_width)))
        painter.setPen(colour)
        y = plot.bottom() + GAP + fm.ascent()
        # label from the newest week backwards, so "this week" always has its date
        for index in range(len(labels) - 1, -1, -step):
            centre = self._slot(plot, index).center().x()
            text = labels[index]
            x = centre - fm.horizontalAdvance(text) / 2
            x = max(0.0, min(x, self.width() - fm.horizontalAdvance(text)))
            painter.drawText(QPointF(x, y), text)

    def _paint_legend(self, painter: QPainter, pal: QPalette) -> None:
        fm = self.fontMetrics()
        y = MARGIN + fm.ascent()
        box = fm.height() * 0.7
        x = MARGIN
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(QRectF(x, y - box, box, box), 2, 2)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        incidents = self.tr("Incidents per week")
        x += box + GAP
        painter.drawText(QPointF(x, y), incidents)
        x += fm.horizontalAdvance(incidents) + 3 * GAP
        pen = QPen(pal.color(QPalette.ColorRole.Link))
        pen.setWidthF(2.5)
        painter.setPen(pen)
        middle = y - fm.ascent() / 2 + 1
        painter.drawLine(QPointF(x, middle), QPointF(x + 2 * box, middle))
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(QPointF(x + 2 * box + GAP, y), self.tr("Average energy (0–10)"))

    # --- tooltips --------------------------------------------------------------------------
    def week_at(self, x: float) -> WeekSummary | None:
        plot = self._plot_area()
        if not self._weeks or not plot.left() <= x <= plot.right():
            return None
        index = int((x - plot.left()) / (plot.width() / len(self._weeks)))
        return self._weeks[min(index, len(self._weeks) - 1)]

    def week_text(self, week: WeekSummary) -> str:
        day = short_date(week.week_start)
        if week.energy_average is None:
            text = self.tr("Week of {date}: %n incident(s), no check-in.", "", week.incidents)
            return text.format(date=day)
        text = self.tr(
            "Week of {date}: %n incident(s), average energy {energy} of 10.", "", week.incidents
        )
        return text.format(date=day, energy=QLocale().toString(week.energy_average, "f", 1))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            week = self.week_at(event.pos().x())
            if week is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.week_text(week), self)
            return True
        return super().event(event)
