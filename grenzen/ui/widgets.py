"""Small input widgets shared by the capture and wellbeing screens.

A segmented 1–5 control (severity) and a 0–10 slider with its value in words (energy,
intensity). Both are keyboard-first: the segmented buttons behave like radio buttons
(Tab reaches the checked one, the arrow keys move the choice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QWidget,
)

from grenzen.services import clients as clients_service
from grenzen.ui.session import VaultSession

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def short_date(day: dt.date) -> str:
    """A date in the UI language's short form (29.11.26 / 11/29/26)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def native(keys: str) -> str:
    """A shortcut as this platform writes it, for tooltips."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def save_cancel_row(
    dialog: QDialog,
    *,
    save_text: str,
    save_tooltip: str,
    save_name: str,
    cancel_text: str,
    cancel_name: str,
    on_save: Callable[[], object],
) -> tuple[QPushButton, QHBoxLayout]:
    """The small dialogs' button row: Cancel, and Save (primary, also Ctrl+Enter).

    ``save_tooltip`` may contain ``{keys}``, filled with the platform's shortcut text.
    """
    save = QPushButton(save_text, objectName=save_name)
    save.setProperty("primary", True)
    save.setAutoDefault(False)
    save.setToolTip(save_tooltip.format(keys=native(SAVE_KEYS[0])))
    save.clicked.connect(on_save)
    cancel = QPushButton(cancel_text, objectName=cancel_name)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    for keys in SAVE_KEYS:
        QShortcut(QKeySequence(keys), dialog, on_save)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(save)
    return save, row


def optional_client_combo(session: VaultSession, object_name: str, placeholder: str) -> QComboBox:
    """An editable client field that starts empty: pick a known client or type a new one."""
    combo = QComboBox(objectName=object_name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.lineEdit().setPlaceholderText(placeholder)
    if session.is_unlocked:
        combo.addItems([c.name for c in clients_service.list_clients(session.vault)])
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    return combo


def settle_minimum_size(window: QWidget) -> None:
    """Fix a window's minimum size from its layout before it is first shown.

    Otherwise the layout sets it after the window exists, which platforms without size
    hints (offscreen, used by the tests) report as a Qt warning. For the user it is the same.
    """
    window.setMinimumSize(window.minimumSizeHint())


class SegmentedControl(QWidget):
    """One choice out of ``low``..``high`` as a row of joined, checkable buttons."""

    value_changed = Signal(int)

    def __init__(
        self,
        low: int,
        high: int,
        value: int,
        tooltips: dict[int, str] | None = None,
        accessible_names: dict[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._low, self._high = low, high
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for number in range(low, high + 1):
            button = QPushButton(str(number), self)
            button.setObjectName(f"segment{number}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            if tooltips and number in tooltips:
                button.setToolTip(tooltips[number])
            if accessible_names and number in accessible_names:
                button.setAccessibleName(accessible_names[number])
            self._group.addButton(button, number)
            layout.addWidget(button)
        layout.addStretch(1)
        # The app's stylesheet styles buttons but has no "checked" look: add one from the
        # palette, so it follows light and dark.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); "
            "border: 2px solid palette(link); font-weight: 600; }"
        )
        self._group.idToggled.connect(self._toggled)
        self.setValue(value)

    def _toggled(self, number: int, checked: bool) -> None:
        if checked:
            button = self._group.button(number)
            self.setFocusProxy(button)  # a label's buddy or Tab lands on the chosen segment
            self.value_changed.emit(number)

    def value(self) -> int:
        return self._group.checkedId()

    def setValue(self, value: int) -> None:
        value = max(self._low, min(self._high, int(value)))
        button = self._group.button(value)
        button.setChecked(True)
        self.setFocusProxy(button)

    def button(self, value: int) -> QPushButton:
        found = self._group.button(value)
        assert isinstance(found, QPushButton)
        return found


class LevelSlider(QWidget):
    """A 0–10 slider with the number and a word beside it ("7 · good").

    ``optional=True`` starts "not given" (shown as a dash, ``value()`` is None) until the
    user moves it, so an untouched slider does not record a made-up number.
    """

    value_changed = Signal(int)

    def __init__(
        self,
        low: int = 0,
        high: int = 10,
        value: int = 5,
        words: Callable[[int], str] | None = None,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._words = words
        self._optional = optional
        self._is_set = not optional
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(low, high)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setValue(value)
        self.label = QLabel(self)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("10 · ") * 3)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.setFocusProxy(self.slider)
        self.slider.valueChanged.connect(self._moved)
        self._update_label()

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.slider.setObjectName(f"{name}Slider")
        self.label.setObjectName(f"{name}Value")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.slider.setAccessibleName(name)

    def _moved(self, value: int) -> None:
        self._is_set = True
        self._update_label()
        self.value_changed.emit(value)

    def _update_label(self) -> None:
        if not self._is_set:
            self.label.setText("–")
            self.slider.setAccessibleDescription("")
            return
        value = self.slider.value()
        word = self._words(value) if self._words else ""
        text = f"{value} · {word}" if word else str(value)
        self.label.setText(text)
        self.slider.setAccessibleDescription(text)

    def value(self) -> int | None:
        return self.slider.value() if self._is_set else None

    def setValue(self, value: int) -> None:
        self._is_set = True
        if self.slider.value() == value:
            self._update_label()
            self.value_changed.emit(value)
        else:
            self.slider.setValue(value)

    def reset(self, value: int = 5) -> None:
        """Back to the start: "not given" for an optional slider."""
        self.slider.blockSignals(True)
        self.slider.setValue(value)
        self.slider.blockSignals(False)
        self._is_set = not self._optional
        self._update_label()


class RefreshWhenShown(QObject):
    """Refreshes a view after a change only while it is on screen; a hidden view catches up
    when it is shown. Saving a journal entry then does not re-plan every contract for pages
    nobody is looking at.

    ``on_every_show`` refreshes at each showing even without a change (days left move on at
    midnight).
    """

    def __init__(
        self, view: QWidget, refresh: Callable[[], None], *, on_every_show: bool = False
    ) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self._on_every_show = on_every_show
        self.stale = False
        view.installEventFilter(self)

    def request(self) -> None:
        if self._view.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = watched is self._view and event.type() == QEvent.Type.Show
        if shown and (self.stale or self._on_every_show):
            self.stale = False
            self._refresh()
        return False
