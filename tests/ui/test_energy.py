"""Energy check-in and the weekly page through real widgets on a real encrypted vault."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QListWidget, QPushButton

from grenzen.domain.incidents import IncidentDraft
from grenzen.domain.wellbeing import WeekSummary, monday_of
from grenzen.services import journal, wellbeing
from grenzen.ui.energy import EnergyCheckinDialog, EnergyPage, low_energy_average
from grenzen.ui.energy_chart import EnergyChart
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import LevelSlider


def make_page(qtbot, session: VaultSession) -> EnergyPage:
    page = EnergyPage(session)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.setMinimumSize(page.minimumSizeHint())
    page.show()
    qtbot.waitExposed(page)
    return page


def render(widget) -> QImage:
    """Paint for real (offscreen), so the painting code runs in the tests."""
    return widget.grab().toImage()


def test_checkin_through_the_page_shows_in_chart_and_list(qtbot, session) -> None:
    page = make_page(qtbot, session)
    chart = page.findChild(EnergyChart, "energyChart")
    assert not chart.has_data()
    assert page.findChild(QLabel, "energyEmpty").isVisible()
    render(chart)

    qtbot.mouseClick(page.findChild(QPushButton, "checkinButton"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(EnergyCheckinDialog, "energyCheckinDialog")
    assert dialog.isVisible()
    level = dialog.findChild(LevelSlider, "energyLevel")
    assert level.value() == 5
    level.setValue(2)
    assert "low" in dialog.findChild(QLabel, "energyLevelValue").text()
    dialog.findChild(QLineEdit, "energyNote").setText("Müde nach dem Call")
    dialog.findChild(QComboBox, "energyClientCombo").setEditText("Müller GmbH")
    with qtbot.waitSignal(session.changed) as changed:
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "energySaveButton"), Qt.MouseButton.LeftButton
        )
    assert changed.args == ["energy"]

    [checkin] = wellbeing.list_checkins(session.vault)
    assert (checkin.level, checkin.note, checkin.client) == (2, "Müde nach dem Call", "Müller GmbH")
    assert checkin.checked_on == dt.date.today()
    this_week = chart.weeks()[-1]
    assert this_week.week_start == monday_of(dt.date.today())
    assert this_week.energy_average == 2
    assert chart.energy_points()[-1] == (this_week.week_start, 2)
    assert len(chart.weeks()) == 12
    items = page.findChild(QListWidget, "checkinList")
    assert items.count() == 1
    assert "Müde nach dem Call" in items.item(0).text()
    assert not page.findChild(QLabel, "energyEmpty").isVisible()
    # one low week is not a trend yet
    assert not page.findChild(QLabel, "energyWarning").isVisible()
    render(chart)


def test_checkin_for_an_earlier_day_with_ctrl_return(qtbot, session) -> None:
    dialog = EnergyCheckinDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    earlier = dt.date.today() - dt.timedelta(days=9)
    dialog.findChild(QDateEdit, "energyDate").setDate(QDate(earlier))
    dialog.findChild(LevelSlider, "energyLevel").setValue(8)
    qtbot.keyClick(
        dialog.findChild(QLineEdit, "energyNote"),
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert not dialog.isVisible()
    [checkin] = wellbeing.list_checkins(session.vault)
    assert (checkin.checked_on, checkin.level) == (earlier, 8)


def test_warning_when_three_weeks_are_low_and_incidents_as_bars(qtbot, session) -> None:
    vault = session.vault
    today = dt.date.today()
    for weeks_ago, level in ((0, 3), (1, 2), (2, 4), (5, 9)):
        wellbeing.add_checkin(vault, level, checked_on=today - dt.timedelta(weeks=weeks_ago))
    for _ in range(3):
        journal.log_incident(vault, IncidentDraft(client="Kunde", text="schon wieder"))
    page = make_page(qtbot, session)
    warning = page.findChild(QLabel, "energyWarning")
    assert warning.isVisible()
    assert "3.0" in warning.text()
    chart = page.findChild(EnergyChart, "energyChart")
    assert chart.incident_bars()[-1] == (monday_of(today), 3)
    assert [p for _, p in chart.energy_points()][-6:] == [9, None, None, 4, 2, 3]
    assert "3 incident" in chart.week_text(chart.weeks()[-1])
    render(chart)

    # a good week lifts the average above 4: the warning goes quietly
    wellbeing.add_checkin(vault, 10, checked_on=today)
    session.notify("energy")
    assert not warning.isVisible()


def test_lock_clears_the_page(qtbot, session) -> None:
    wellbeing.add_checkin(session.vault, 6, note="geht so")
    page = make_page(qtbot, session)
    assert page.findChild(QListWidget, "checkinList").count() == 1
    session.lock()
    assert page.findChild(QListWidget, "checkinList").count() == 0
    assert page.findChild(EnergyChart, "energyChart").weeks() == []


def week(start: dt.date, energy: float | None) -> WeekSummary:
    return WeekSummary(start, energy, 1 if energy is not None else 0, 0, None)


def test_low_energy_needs_three_weeks_with_data() -> None:
    monday = dt.date(2026, 1, 5)
    weeks = [week(monday + dt.timedelta(weeks=i), e) for i, e in enumerate([2, None, 3, None])]
    assert low_energy_average(weeks) is None
    weeks.append(week(monday + dt.timedelta(weeks=5), 3.5))
    assert low_energy_average(weeks) is not None
    assert abs(low_energy_average(weeks) - (2 + 3 + 3.5) / 3) < 1e-9
    weeks.append(week(monday + dt.timedelta(weeks=6), 9))
    assert low_energy_average(weeks) is None
