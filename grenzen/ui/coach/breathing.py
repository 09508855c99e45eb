"""A slow breathing guide with a pause countdown (method.md §2, "Calm down").

The circle grows for 4 s (breathe in) and shrinks for 6 s (breathe out): a longer out-breath
calms. The animation can be turned off (then only the countdown runs). Every timer stops
when the guide pauses, finishes, or is hidden, so nothing ticks in the background.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

INHALE_MS = 4_000
EXHALE_MS = 6_000
CYCLE_MS = INHALE_MS + EXHALE_MS
FRAME_MS = 40  # 25 frames a second is smooth enough for a slow circle
TICK_MS = 200  # how often the remaining time is refreshed
DEFAULT_MINUTES = 5


def breath_at(elapsed_ms: int) -> tuple[bool, float]:
    """(inhaling, size 0–1) at a moment of the cycle, eased so the turns feel soft."""
    t = elapsed_ms % CYCLE_MS
    if t < INHALE_MS:
        progress = t / INHALE_MS
        return True, (1 - math.cos(math.pi * progress)) / 2
    progress = (t - INHALE_MS) / EXHALE_MS
    return False, (1 + math.cos(math.pi * progress)) / 2


def format_remaining(ms: int) -> str:
    """Minutes and seconds, rounded up: "4:59" until the last second has passed."""
    seconds = max(0, math.ceil(ms / 1000))
    return f"{seconds // 60}:{seconds % 60:02d}"


class BreathingCircle(QWidget):
    """The circle alone, driven by a frame timer while running."""

    inhaling_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathingCircle")
        self.setAccessibleName(self.tr("Breathing circle"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._frames = QTimer(self)
        self._frames.setObjectName("breathingFrameTimer")
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self._advance)
        self._clock = QElapsedTimer()
        self._offset_ms = 0  # time breathed before the last pause
        self._inhaling = True
        self._size = 0.0

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    @property
    def is_running(self) -> bool:
        return self._frames.isActive()

    @property
    def inhaling(self) -> bool:
        return self._inhaling

    def start(self) -> None:
        if not self._frames.isActive():
            self._clock.start()
            self._frames.start()
            self._advance()

    def stop(self) -> None:
        """Freeze where it is; ``start`` carries on from there."""
        if self._frames.isActive():
            self._offset_ms += self._clock.elapsed()
            self._frames.stop()

    def reset(self) -> None:
        self._frames.stop()
        self._offset_ms = 0
        self._set(True, 0.0)

    def _advance(self) -> None:
        self._set(*breath_at(self._offset_ms + self._clock.elapsed()))

    def _set(self, inhaling: bool, size: float) -> None:
        self._size = size
        if inhaling != self._inhaling:
            self._inhaling = inhaling
            self.inhaling_changed.emit(inhaling)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        radius = side / 2 * (0.35 + 0.6 * self._size)
        centre = QPointF(self.width() / 2, self.height() / 2)
        accent = self.palette().highlight().color()
        fill = QColor(accent)
        fill.setAlphaF(0.45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.end()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)


class BreathingGuide(QWidget):
    """Circle, the word for the breath, and the pause countdown; ``finished`` at zero."""

    finished = Signal()
    running_changed = Signal(bool)

    def __init__(
        self, duration_ms: int = DEFAULT_MINUTES * 60_000, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathingGuide")
        self._duration_ms = duration_ms
        self._remaining_ms = duration_ms
        self._animated = True

        self._countdown = QTimer(self)
        self._countdown.setObjectName("pauseCountdownTimer")
        self._countdown.setSingleShot(True)
        self._countdown.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may overshoot
        self._countdown.timeout.connect(self._finish)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._show_remaining)

        self.circle = BreathingCircle(self)
        self.circle.inhaling_changed.connect(self._show_phase)
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("breathingPhase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining_label = QLabel(self)
        self.remaining_label.setObjectName("remainingLabel")
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining_label.setProperty("role", "title")
        self.remaining_label.setAccessibleName(self.tr("Time left in the pause"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.circle, 1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.remaining_label)
        self._show_phase(True)
        self._show_remaining()

    # --- settings -------------------------------------------------------------------

    @property
    def duration_ms(self) -> int:
        return self._duration_ms

    def set_duration_ms(self, ms: int) -> None:
        """A new pause length; resets the countdown (stops it if it was running)."""
        self._duration_ms = max(1, int(ms))
        self.reset()

    def set_animated(self, animated: bool) -> None:
        """Without animation only the countdown shows (calmer for some, lighter on the CPU)."""
        self._animated = animated
        self.circle.setVisible(animated)
        self.phase_label.setVisible(animated)
        if animated and self.is_running:
            self.circle.start()
        else:
            self.circle.stop()

    # --- running --------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._countdown.isActive()

    @property
    def remaining_ms(self) -> int:
        if self.is_running:
            return min(self._duration_ms, max(0, self._countdown.remainingTime()))
        return self._remaining_ms

    def start(self) -> None:
        if self.is_running:
            return
        if self._remaining_ms <= 0:
            self._remaining_ms = self._duration_ms
        self._countdown.start(self._remaining_ms)
        self._ticker.start()
        if self._animated:
            self.circle.start()
        self._show_remaining()
        self.running_changed.emit(True)

    def pause(self) -> None:
        """Stop every timer and keep the time left."""
        was_running = self.is_running
        if was_running:
            self._remaining_ms = self.remaining_ms
        self._countdown.stop()
        self._ticker.stop()
        self.circle.stop()
        self._show_remaining()
        if was_running:
            self.running_changed.emit(False)

    def toggle(self) -> None:
        if self.is_running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        self.pause()
        self._remaining_ms = self._duration_ms
        self.circle.reset()
        self._show_remaining()

    def _finish(self) -> None:
        self._ticker.stop()
        self.circle.stop()
        self._remaining_ms = 0
        self._show_remaining()
        self.running_changed.emit(False)
        self.finished.emit()

    # --- display --------------------------------------------------------------------

    def _show_phase(self, inhaling: bool) -> None:
        self.phase_label.setText(self.tr("breathe in") if inhaling else self.tr("breathe out"))

    def _show_remaining(self) -> None:
        self.remaining_label.setText(format_remaining(self.remaining_ms))

    def hideEvent(self, event: QHideEvent) -> None:
        self.pause()
        super().hideEvent(event)
