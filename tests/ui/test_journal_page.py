"""The journal page driven through its widgets on a real encrypted vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)

from grenzen.domain.incidents import Channel, Incident, IncidentDraft, Level
from grenzen.services import journal
from grenzen.services.demo import fill_demo
from grenzen.ui.journal.model import ID_ROLE, PAGE_SIZE
from grenzen.ui.journal.page import JournalPage
from grenzen.ui.session import VaultSession

TODAY = dt.date.today()


def log(session: VaultSession, text: str, days_ago: int = 0, **fields: object) -> int:
    draft = IncidentDraft(
        client=str(fields.pop("client", "Müller GmbH")),
        text=text,
        occurred_on=TODAY - dt.timedelta(days=days_ago),
        **fields,  # type: ignore[arg-type]
    )
    return journal.log_incident(session.vault, draft)


class Journal:
    """The page under test, its undo stack, and the widgets a person would use."""

    def __init__(self, session: VaultSession, qtbot) -> None:
        self.session = session
        self.qtbot = qtbot
        self.undo_stack = QUndoStack()
        self.page = JournalPage(session, self.undo_stack)
        qtbot.addWidget(self.page)
        # An explicit minimum size: offscreen, Qt warns when a layout sets one on a window.
        self.page.setMinimumSize(1000, 700)
        self.page.resize(1200, 800)
        self.page.show()
        qtbot.waitExposed(self.page)
        find = self.page.findChild
        self.search = find(QLineEdit, "searchEdit")
        self.table = find(QTableView, "incidentList")
        self.status = find(QLabel, "listStatus")
        self.text = find(QPlainTextEdit, "textEdit")
        self.error = find(QLabel, "detailError")

    def ids(self) -> list[int]:
        model = self.table.model()
        return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]

    def select(self, incident_id: int) -> None:
        assert self.page.select_incident(incident_id)
        assert self.page.detail.incident_id == incident_id

    def search_for(self, text: str) -> None:
        self.search.setText(text)
        self.qtbot.waitUntil(lambda: self.page.model.query == text.strip())


@pytest.fixture
def journal_ui(session: VaultSession, qtbot) -> Iterator[Journal]:
    ui = Journal(session, qtbot)
    yield ui
    ui.page.close()


def stored(session: VaultSession, incident_id: int) -> Incident:
    return journal.show_incident(session.vault, incident_id)


def test_list_shows_incidents_newest_first(session: VaultSession, qtbot) -> None:
    old = log(session, "Vor einer Woche", days_ago=7)
    new = log(session, "Heute", days_ago=0)
    middle = log(session, "Vorgestern", days_ago=2)
    ui = Journal(session, qtbot)
    assert ui.ids() == [new, middle, old]
    assert ui.status.text().startswith("3 incident")  # "%n incident(s)" until translated
    assert ui.page.findChild(QLabel, "detailPlaceholder").isVisible()


def test_an_empty_vault_teaches_what_to_do_first(journal_ui: Journal) -> None:
    assert journal_ui.ids() == []
    assert "No incidents yet — good." in journal_ui.status.text()
    assert "Ctrl+N" in journal_ui.status.text()
    assert journal_ui.search.placeholderText() == "Search… (Ctrl+F)"


def test_search_as_you_type_finds_german_words(session: VaultSession, qtbot) -> None:
    size = log(session, "Die Größe der Präsentation war angeblich falsch", days_ago=1)
    log(session, "Termin dreimal verschoben", days_ago=2)
    other = log(session, "Noch ein Termin ohne Agenda", days_ago=3)
    ui = Journal(session, qtbot)

    ui.search.setText("grosse")
    assert ui.page.model.query == ""  # debounced: nothing happens while typing
    qtbot.waitUntil(lambda: ui.ids() == [size])
    assert ui.status.text() == "1 found"

    ui.search.clear()
    qtbot.keyClicks(ui.search, "Agenda")
    qtbot.waitUntil(lambda: ui.ids() == [other])

    ui.search.setText("Größe")
    qtbot.waitUntil(lambda: ui.ids() == [size])

    ui.search_for("Elefant")
    assert ui.ids() == []
    assert ui.status.text() == "Nothing found for “Elefant”."

    ui.search_for("")
    assert len(ui.ids()) == 3


def test_focus_search_puts_the_cursor_in_the_search_field(journal_ui: Journal, qtbot) -> None:
    journal_ui.search.setText("alt")
    journal_ui.page.activateWindow()
    journal_ui.page.focus_search()
    qtbot.waitUntil(journal_ui.search.hasFocus)
    assert journal_ui.search.selectedText() == "alt"


def test_selecting_shows_every_field_in_the_editor(session: VaultSession, qtbot) -> None:
    incident_id = log(
        session,
        "Im Meeting vor allen abgekanzelt.",
        days_ago=3,
        client="Kieselgrün GmbH",
        person="Herr Weyrauch",
        learned_on=TODAY - dt.timedelta(days=1),
        channel=Channel.VIDEO,
        quote="Das ist Müll.",
        level=Level.BOTH,
        severity=4,
        feeling_before="wütend",
        intensity_before=8,
        feeling_after="ruhiger",
        intensity_after=3,
        factual_action_needed=True,
        notes="Protokoll geschrieben",
        tags=("meeting", "ton"),
    )
    ui = Journal(session, qtbot)
    ui.select(incident_id)
    find = ui.page.findChild
    assert ui.text.toPlainText() == "Im Meeting vor allen abgekanzelt."
    assert find(QPlainTextEdit, "quoteEdit").toPlainText() == "Das ist Müll."
    assert find(QComboBox, "clientEdit").currentText() == "Kieselgrün GmbH"
    assert find(QComboBox, "personEdit").currentText() == "Herr Weyrauch"
    day = TODAY - dt.timedelta(days=3)
    learned = TODAY - dt.timedelta(days=1)
    assert find(QDateEdit, "occurredEdit").date() == QDate(day.year, day.month, day.day)
    assert find(QDateEdit, "learnedEdit").date() == QDate(learned.year, learned.month, learned.day)
    assert find(QComboBox, "channelCombo").currentData() == Channel.VIDEO
    assert find(QComboBox, "levelCombo").currentData() == Level.BOTH
    assert find(QSpinBox, "severitySpin").value() == 4
    assert find(QLineEdit, "feelingBeforeEdit").text() == "wütend"
    assert find(QSpinBox, "intensityBeforeSpin").value() == 8
    assert find(QLineEdit, "feelingAfterEdit").text() == "ruhiger"
    assert find(QSpinBox, "intensityAfterSpin").value() == 3
    assert find(QCheckBox, "factualCheck").isChecked()
    assert find(QPlainTextEdit, "notesEdit").toPlainText() == "Protokoll geschrieben"
    assert find(QLineEdit, "tagsEdit").text() == "meeting, ton"
    quote_view = find(QLabel, "quoteView")
    assert quote_view.property("role") == "quote"
    assert "Das ist Müll." in quote_view.text()


def test_edits_save_without_a_button_and_undo_restores_them(session: VaultSession, qtbot) -> None:
    incident_id = log(session, "Alter Text")
    ui = Journal(session, qtbot)
    ui.select(incident_id)

    ui.text.setPlainText("Neuer Text über Ärger")
    qtbot.waitUntil(lambda: stored(session, incident_id).text == "Neuer Text über Ärger")
    assert ui.undo_stack.count() == 1
    assert ui.page.current_incident_id() == incident_id  # the selection stays after reload

    ui.undo_stack.undo()
    assert stored(session, incident_id).text == "Alter Text"
    qtbot.waitUntil(lambda: ui.text.toPlainText() == "Alter Text")

    ui.undo_stack.redo()
    assert stored(session, incident_id).text == "Neuer Text über Ärger"
    qtbot.waitUntil(lambda: ui.text.toPlainText() == "Neuer Text über Ärger")
    assert ui.page.current_incident_id() == incident_id


def test_typing_on_in_one_field_is_one_undo_step(session: VaultSession, qtbot) -> None:
    incident_id = log(session, "Start")
    ui = Journal(session, qtbot)
    ui.select(incident_id)
    ui.text.setFocus()
    ui.text.moveCursor(ui.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(ui.text, " eins")
    qtbot.waitUntil(lambda: stored(session, incident_id).text == "Start eins")
    qtbot.keyClicks(ui.text, " zwei")
    qtbot.waitUntil(lambda: stored(session, incident_id).text == "Start eins zwei")
    assert ui.undo_stack.count() == 1

    severity = ui.page.findChild(QSpinBox, "severitySpin")
    severity.setValue(5)
    qtbot.waitUntil(lambda: stored(session, incident_id).severity == 5)
    assert ui.undo_stack.count() == 2
    ui.undo_stack.undo()
    ui.undo_stack.undo()
    assert stored(session, incident_id).text == "Start"
    assert stored(session, incident_id).severity == 3
    qtbot.waitUntil(lambda: ui.text.toPlainText() == "Start" and severity.value() == 3)


def test_a_change_that_breaks_a_rule_is_explained_and_not_saved(
    session: VaultSession, qtbot
) -> None:
    incident_id = log(session, "Etwas", days_ago=5)
    ui = Journal(session, qtbot)
    ui.select(incident_id)
    learned = ui.page.findChild(QDateEdit, "learnedEdit")
    earlier = TODAY - dt.timedelta(days=9)
    learned.setDate(QDate(earlier.year, earlier.month, earlier.day))
    qtbot.waitUntil(ui.error.isVisible)
    assert "can’t be before the day it happened" in ui.error.text()
    assert stored(session, incident_id).learned_on == TODAY - dt.timedelta(days=5)
    assert ui.undo_stack.count() == 0

    later = TODAY - dt.timedelta(days=2)
    learned.setDate(QDate(later.year, later.month, later.day))
    qtbot.waitUntil(lambda: stored(session, incident_id).learned_on == later)
    assert not ui.error.isVisible()

    ui.text.setPlainText("   ")
    qtbot.waitUntil(ui.error.isVisible)
    assert stored(session, incident_id).text == "Etwas"


def test_delete_and_undo_bring_the_incident_back_with_its_id(session: VaultSession, qtbot) -> None:
    keep = log(session, "Bleibt", days_ago=1)
    gone = log(session, "Kommt weg: Lieferschein", days_ago=0)
    ui = Journal(session, qtbot)
    ui.select(gone)
    qtbot.mouseClick(ui.page.findChild(QPushButton, "deleteButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.ids() == [keep])
    assert ui.page.detail.incident_id is None

    ui.search_for("Lieferschein")
    assert ui.ids() == []

    ui.undo_stack.undo()
    qtbot.waitUntil(lambda: ui.ids() == [gone])
    assert stored(session, gone).text == "Kommt weg: Lieferschein"
    assert ui.page.current_incident_id() == gone

    ui.search_for("")
    ui.undo_stack.redo()
    qtbot.waitUntil(lambda: ui.ids() == [keep])


def test_the_delete_key_in_the_list_deletes(session: VaultSession, qtbot) -> None:
    incident_id = log(session, "Weg damit")
    ui = Journal(session, qtbot)
    ui.select(incident_id)
    ui.page.activateWindow()
    ui.table.setFocus()
    qtbot.waitUntil(ui.table.hasFocus)
    qtbot.keyClick(ui.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: ui.ids() == [])
    assert ui.undo_stack.count() == 1


def test_filter_by_client_and_by_level(session: VaultSession, qtbot) -> None:
    a1 = log(session, "A eins", client="Alpha AG", level=Level.FACTUAL, days_ago=3)
    a2 = log(session, "A zwei", client="Alpha AG", level=Level.RELATIONSHIP, days_ago=2)
    b1 = log(session, "B eins", client="Beta GmbH", level=Level.FACTUAL, days_ago=1)
    ui = Journal(session, qtbot)
    clients = ui.page.findChild(QComboBox, "clientFilter")
    levels = ui.page.findChild(QComboBox, "levelFilter")
    clients.setCurrentIndex(clients.findText("Alpha AG"))
    qtbot.waitUntil(lambda: ui.ids() == [a2, a1])
    levels.setCurrentIndex(levels.findData(Level.FACTUAL))
    qtbot.waitUntil(lambda: ui.ids() == [a1])
    clients.setCurrentIndex(0)
    qtbot.waitUntil(lambda: ui.ids() == [b1, a1])
    ui.page.findChild(QPushButton, "resetFilters").click()
    qtbot.waitUntil(lambda: len(ui.ids()) == 3)


def test_time_range_filter(session: VaultSession, qtbot) -> None:
    recent = log(session, "Neu", days_ago=3)
    log(session, "Alt", days_ago=60)
    ui = Journal(session, qtbot)
    ranges = ui.page.findChild(QComboBox, "rangeFilter")
    assert ranges.count() == 5
    ranges.setCurrentIndex(ranges.findData("30"))
    qtbot.waitUntil(lambda: ui.ids() == [recent])
    assert not ui.page.findChild(QComboBox, "caseFilter").isVisible()  # no cases yet


def test_the_list_loads_lazily_as_it_scrolls(session: VaultSession, qtbot) -> None:
    fill_demo(session.vault, 350, seed=2)
    ui = Journal(session, qtbot)
    model = ui.page.model
    assert model.id_count == 350
    assert model.rowCount() == PAGE_SIZE
    ui.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 350
    assert ui.status.text().startswith("350 incident")


def test_locking_empties_the_list_and_the_editor(session: VaultSession, qtbot) -> None:
    incident_id = log(session, "Geheim: Ärger mit Kunde")
    ui = Journal(session, qtbot)
    ui.select(incident_id)
    ui.search.setText("Geheim")
    qtbot.waitUntil(lambda: ui.page.model.query == "Geheim")
    session.lock()
    assert ui.page.model.rowCount() == 0
    assert ui.page.detail.incident_id is None
    assert ui.text.toPlainText() == ""
    assert ui.page.findChild(QComboBox, "clientEdit").currentText() == ""
    assert ui.search.text() == ""
    assert ui.status.text() == ""
