"""Energy: a quick check-in (0–10 and a note) and the weeks beside the incidents.

The gentle warning follows the method: constant incidents drain the battery faster than
it recharges. It appears when the average of the last three weeks *with check-ins* is
below 4 — fewer than three such weeks say too little to speak of a trend, so no warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.wellbeing import EnergyCheckin, WeekSummary
from grenzen.services import wellbeing
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.energy_chart import EnergyChart
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import (
    LevelSlider,
    native,
    optional_client_combo,
    save_cancel_row,
    settle_minimum_size,
    short_date,
)

CHART_WEEKS = 12
WARNING_WEEKS = 3
WARNING_BELOW = 4.0
RECENT_CHECKINS = 20
CHECKIN_KEYS = "Ctrl+E"  # the main window's "Energy check-in…" action
DEFAULT_LEVEL = 5


def energy_words(level: int) -> str:
    if level <= 1:
        return QCoreApplication.translate("Energy", "empty")
    if level <= 3:
        return QCoreApplication.translate("Energy", "low")
    if level <= 6:
        return QCoreApplication.translate("Energy", "ok")
    if level <= 8:
        return QCoreApplication.translate("Energy", "good")
    return QCoreApplication.translate("Energy", "full")


def low_energy_average(weeks: Sequence[WeekSummary]) -> float | None:
    """The average of the last three weeks with check-ins when it is low, else None."""
    with_data = [w.energy_average for w in weeks if w.energy_average is not None]
    recent = with_data[-WARNING_WEEKS:]
    if len(recent) < WARNING_WEEKS:
        return None
    average = sum(recent) / len(recent)
    return average if average < WARNING_BELOW else None


class EnergyCheckinDialog(QDialog):
    """How full is the battery? 0 to 10, a word or two, optionally for one client."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("energyCheckinDialog")
        self.setWindowTitle(self.tr("Energy check-in"))
        question = QLabel(self.tr("How full is your battery right now?"))
        question.setProperty("role", "title")
        question.setWordWrap(True)

        self.level = LevelSlider(0, 10, DEFAULT_LEVEL, words=energy_words)
        self.level.setObjectName("energyLevel")
        self.level.setAccessibleName(self.tr("Energy from 0 (empty) to 10 (full)"))
        scale = QHBoxLayout()
        for text, align in (
            (self.tr("0 · empty"), Qt.AlignmentFlag.AlignLeft),
            (self.tr("10 · full"), Qt.AlignmentFlag.AlignRight),
        ):
            label = QLabel(text)
            label.setProperty("role", "muted")
            label.setAlignment(align)
            scale.addWidget(label)
        level_box = QVBoxLayout()
        level_box.addWidget(self.level)
        level_box.addLayout(scale)

        self.note = QLineEdit(objectName="energyNote")
        self.note.setPlaceholderText(self.tr("What drains or recharges you? (optional)"))
        self.client_combo = optional_client_combo(session, "energyClientCombo", self.tr("Optional"))
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="energyDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())

        form = QFormLayout()
        level_label = QLabel(self.tr("&Energy"))
        level_label.setBuddy(self.level)
        form.addRow(level_label, level_box)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Client"), self.client_combo)
        form.addRow(self.tr("&Day"), self.date_edit)

        self.save_button, buttons = save_cancel_row(
            self,
            save_text=self.tr("&Save"),
            save_tooltip=self.tr("Save the check-in ({keys})"),
            save_name="energySaveButton",
            cancel_text=self.tr("Cancel"),
            cancel_name="energyCancelButton",
            on_save=self.save,
        )

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())
        settle_minimum_size(self)
        self.level.setFocus()
        session.locked.connect(self.reject)

    def save(self) -> None:
        if not self.session.is_unlocked:
            return
        level = self.level.value()
        assert level is not None
        try:
            wellbeing.add_checkin(
                self.session.vault,
                level,
                note=self.note.text(),
                client=self.client_combo.currentText(),
                checked_on=self.date_edit.date().toPython(),
            )
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("The check-in was not saved"), str(exc))
            return
        self.session.notify("energy")
        self.accept()


class EnergyPage(QWidget):
    """The last twelve weeks at a glance, the recent check-ins, and a way to check in."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("energyPage")
        self._build()
        session.changed.connect(self._on_changed)
        session.unlocked.connect(self.refresh)
        session.locked.connect(self.clear)
        self.refresh()

    def _build(self) -> None:
        title = QLabel(self.tr("Energy"))
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr("How full your battery was, week by week, beside the incidents of that week.")
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)

        self.checkin_button = QPushButton(self.tr("Check in now"), objectName="checkinButton")
        self.checkin_button.setProperty("primary", True)
        self.checkin_button.setToolTip(
            self.tr("Note how full your battery is ({keys})").format(keys=native(CHECKIN_KEYS))
        )
        self.checkin_button.clicked.connect(self.check_in)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.checkin_button)

        self.warning = QLabel(objectName="energyWarning")
        self.warning.setProperty("role", "quote")
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.chart = EnergyChart(self)

        self.recent_label = QLabel(self.tr("Recent check-ins"))
        self.recent_label.setProperty("role", "muted")
        self.list = QListWidget(objectName="checkinList")
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Recent check-ins, newest first"))
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(objectName="energyEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.setText(
            self.tr(
                "No check-ins yet. Now and then, note how full your battery is (0 to 10, a "
                "word or two): over the weeks you will see what drains you and what "
                "recharges you. Start with “Check in now” ({keys})."
            ).format(keys=native(CHECKIN_KEYS))
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.list, 2)
        layout.addStretch(0)  # takes the room when there is nothing to chart yet

    # --- data ----------------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind in ("energy", "incidents", "clients"):
            self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        today = today or dt.date.today()
        vault = self.session.vault
        weeks = wellbeing.weekly_overview(vault, CHART_WEEKS, today)
        self.chart.set_weeks(weeks)
        self._update_warning(weeks)
        first_day = weeks[0].week_start if weeks else today
        checkins = wellbeing.list_checkins(vault, since=first_day)[:RECENT_CHECKINS]
        self.list.clear()
        for checkin in checkins:
            item = QListWidgetItem(self._item_text(checkin))
            item.setData(Qt.ItemDataRole.UserRole, checkin.id)
            self.list.addItem(item)
        self.chart.setVisible(self.chart.has_data())
        self.recent_label.setVisible(bool(checkins))
        self.list.setVisible(bool(checkins))
        self.empty.setVisible(not checkins)

    def _update_warning(self, weeks: Sequence[WeekSummary]) -> None:
        average = low_energy_average(weeks)
        if average is None:
            self.warning.hide()
            self.warning.clear()
            return
        self.warning.setText(
            self.tr(
                "Your energy has been low for a while: about {average} of 10 over your last "
                "three weeks with check-ins. Be kind to yourself this week — what would "
                "recharge you? If one client keeps draining you, it may be time to look at "
                "that calmly."
            ).format(average=QLocale().toString(average, "f", 1))
        )
        self.warning.show()

    def _item_text(self, checkin: EnergyCheckin) -> str:
        parts = [
            short_date(checkin.checked_on),
            self.tr("{level} of 10 · {word}").format(
                level=checkin.level, word=energy_words(checkin.level)
            ),
        ]
        if checkin.client:
            parts.append(checkin.client)
        if checkin.note:
            parts.append(checkin.note)
        return " · ".join(parts)

    def clear(self) -> None:
        """The vault locked: forget every note and name we showed."""
        self.chart.set_weeks([])
        self.list.clear()
        self.warning.clear()
        self.warning.hide()

    # --- actions -------------------------------------------------------------------------
    def check_in(self) -> None:
        if not self.session.is_unlocked:
            return
        dialog = EnergyCheckinDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
