"""The deadlines dashboard and the calendar export through real widgets and a real vault."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QTableWidget

from grenzen.services import clients as clients_service
from grenzen.services.contracts import set_contract
from grenzen.ui.exit.calendar_export import export_scenario_calendar
from grenzen.ui.exit.deadlines import (
    CLIENT,
    DATE,
    DAYS,
    SEND_BY,
    WHAT,
    DeadlinesDashboard,
    urgent_colour,
)
from grenzen.ui.session import VaultSession

D = dt.date
TODAY = D(2028, 10, 2)
MUELLER = {
    "type": "service",
    "state": "HH",
    "start": "2025-02-01",
    "fee_unit": "month",
    "notice": {"amount": 3, "unit": "months", "to": "month_end"},
    "known_on": "2028-09-25",
    "deliverables": [{"what": "Relaunch-Konzept", "due_on": "2028-11-15"}],
}
NORD = {
    "type": "service",
    "state": "BE",
    "start": "2028-01-01",
    "fee_unit": "day",
    "term": {"months": 12},
}


def make(qtbot, session: VaultSession, today: dt.date = TODAY) -> DeadlinesDashboard:
    dashboard = DeadlinesDashboard(session, today=today)
    qtbot.addWidget(dashboard)
    dashboard.resize(1000, 640)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    return dashboard


def rows(dashboard: DeadlinesDashboard) -> list[list[str]]:
    table = dashboard.findChild(QTableWidget, "deadlinesTable")
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


@pytest.fixture
def filled(session: VaultSession) -> VaultSession:
    set_contract(session.vault, "Müller GmbH", MUELLER)
    set_contract(session.vault, "Agentur Nord", NORD)
    clients_service.add_client(session.vault, "Ohne Vertrag KG")
    return session


def test_empty_state_teaches(qtbot, session: VaultSession) -> None:
    dashboard = make(qtbot, session)
    empty = dashboard.findChild(QLabel, "deadlinesEmptyLabel")
    assert empty.isVisible()
    assert empty.text().startswith("No contract stored yet")
    assert not dashboard.findChild(QTableWidget, "deadlinesTable").isVisible()
    assert not dashboard.banner.isVisible()
    assert not dashboard.findChild(QPushButton, "deadlinesCalendarButton").isEnabled()
    disclaimer = dashboard.findChild(QLabel, "deadlinesDisclaimer")
    assert disclaimer.isVisible()
    assert "not legal advice" in disclaimer.text()


def test_rows_sorted_by_urgency_with_urgent_ones_marked(qtbot, filled: VaultSession) -> None:
    dashboard = make(qtbot, filled)
    shown = rows(dashboard)
    assert [(r[CLIENT], r[DAYS]) for r in shown] == [
        ("Müller GmbH", "7 days"),
        ("Müller GmbH", "28 days"),
        ("Müller GmbH", "44 days"),
        ("Agentur Nord", "90 days"),
    ]
    assert shown[0][WHAT].startswith("Safe deadline for extraordinary termination")
    assert shown[1][WHAT] == "Practical deadline for notice to end on 2029-01-31"
    assert shown[2][WHAT] == "Due: Relaunch-Konzept"
    table = dashboard.findChild(QTableWidget, "deadlinesTable")
    red = urgent_colour()
    # Red only within a week; bold within four weeks; plain after that.
    reds = [table.item(row, DATE).foreground().color() == red for row in range(4)]
    assert reds == [True, False, False, False]
    bolds = [table.item(row, WHAT).font().bold() for row in range(4)]
    assert bolds == [True, True, False, False]
    assert "§ 626" in table.item(0, WHAT).toolTip()  # the basis on hover
    assert table.item(1, SEND_BY).text()
    assert "registered letter" in table.item(1, SEND_BY).toolTip()
    assert not table.selectedItems()  # the first row keeps its colour


def test_banner_only_with_a_deadline_within_four_weeks(qtbot, filled: VaultSession) -> None:
    dashboard = make(qtbot, filled)
    label = dashboard.findChild(QLabel, "deadlinesBannerLabel")
    assert dashboard.banner.isVisible()
    assert dashboard.banner_is_urgent()
    assert label.property("role") == "urgent"
    assert label.text().startswith("Next: Safe deadline for extraordinary termination")
    assert "Müller GmbH, in 7 days" in label.text()
    assert "2 deadlines within the next four weeks" in label.text()
    # 16.10.: the window is closed and notice is due in 14 days — still within four weeks,
    # but not red.
    dashboard.set_today(D(2028, 10, 16))
    assert dashboard.banner_is_urgent()
    assert label.property("role") == "notice"
    # 02.11.: the next one (the deliverable on 15.11.) is 13 days away.
    dashboard.set_today(D(2028, 11, 2))
    assert dashboard.banner_is_urgent()


def test_banner_is_calm_when_nothing_is_close(qtbot, session: VaultSession) -> None:
    set_contract(session.vault, "Agentur Nord", NORD)  # term ends 31.12.2028
    dashboard = make(qtbot, session, D(2028, 11, 16))
    label = dashboard.findChild(QLabel, "deadlinesBannerLabel")
    assert dashboard.banner.isVisible()
    assert not dashboard.banner_is_urgent()
    assert label.property("role") == "muted"
    assert label.text().startswith("Nothing due in the next four weeks.")
    assert "Agentur Nord" in label.text()
    table = dashboard.findChild(QTableWidget, "deadlinesTable")
    assert table.item(0, DATE).foreground().color() != urgent_colour()


def test_boundary_28_and_29_days(qtbot, session: VaultSession) -> None:
    set_contract(session.vault, "Nord", NORD)  # term ends 31.12.2028
    dashboard = make(qtbot, session, D(2028, 12, 3))  # 28 days
    assert dashboard.banner_is_urgent()
    dashboard.set_today(D(2028, 12, 2))  # 29 days
    assert not dashboard.banner_is_urgent()


def test_activating_a_row_asks_for_its_client(qtbot, filled: VaultSession) -> None:
    dashboard = make(qtbot, filled)
    table = dashboard.findChild(QTableWidget, "deadlinesTable")
    table.setFocus()
    table.setCurrentCell(3, WHAT)
    with qtbot.waitSignal(dashboard.client_requested) as asked:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert asked.args == ["Agentur Nord"]
    centre = table.visualItemRect(table.item(0, CLIENT)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(dashboard.client_requested) as asked:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert asked.args == ["Müller GmbH"]


def test_refreshes_when_contracts_change_and_forgets_on_lock(qtbot, session) -> None:
    dashboard = make(qtbot, session)
    assert rows(dashboard) == []
    set_contract(session.vault, "Agentur Nord", NORD)
    session.notify("contracts")
    assert [r[CLIENT] for r in rows(dashboard)] == ["Agentur Nord"]
    session.lock()
    assert rows(dashboard) == []
    assert not dashboard.banner.isVisible()


def calendar_events(path: Path) -> list[Any]:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def open_notes() -> list[Any]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.objectName() == "calendarExportNote" and w.isVisible()
    ]


def close_note(qtbot) -> str:
    """The non-blocking note after an export; closed again so no window is left over."""
    notes = open_notes()
    assert len(notes) == 1
    text = notes[0].text()
    notes[0].accept()
    qtbot.waitUntil(lambda: not open_notes())
    return text


def test_add_all_to_calendar_writes_a_private_ics(
    qtbot, filled: VaultSession, tmp_path: Path
) -> None:
    dashboard = make(qtbot, filled)
    target = tmp_path / "fristen.ics"
    assert dashboard.export_calendar(target) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = calendar_events(target)
    assert [e["DTSTART"].dt for e in events] == [
        D(2028, 10, 9),
        D(2028, 10, 30),
        D(2028, 11, 15),
        D(2028, 12, 31),
    ]
    assert all(len(list(e.walk("VALARM"))) == 3 for e in events)
    assert "not encrypted" in close_note(qtbot)


def test_scenario_calendar_via_path(qtbot, filled: VaultSession, tmp_path: Path) -> None:
    target = tmp_path / "kuendigung.ics"
    written = export_scenario_calendar(
        None, filled, "Müller GmbH", "ordinary_notice", target, today=TODAY
    )
    assert written == target
    assert [e["DTSTART"].dt for e in calendar_events(target)] == [D(2028, 10, 30), D(2028, 11, 15)]
    assert "not encrypted" in close_note(qtbot)
