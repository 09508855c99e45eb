"""Quick capture through the real dialog on a real encrypted vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMainWindow, QPlainTextEdit, QWidget

from grenzen.domain.incidents import Channel, IncidentDraft
from grenzen.services import journal
from grenzen.ui import quick_capture
from grenzen.ui.quick_capture import QuickCaptureDialog
from grenzen.ui.session import VaultSession
from grenzen.ui.tray import install_tray
from grenzen.ui.widgets import LevelSlider, SegmentedControl

GERMAN = "Er sagte, die Größe sei Müll — typisch Frau Weiß."


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user: ASCII through keyClicks, umlauts and dashes as single key events."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


@pytest.fixture(autouse=True)
def no_drafts_between_tests() -> None:
    quick_capture._drafts.clear()


@pytest.fixture
def window(qtbot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def open_capture(qtbot, session: VaultSession, parent: QWidget | None) -> QuickCaptureDialog:
    dialog = QuickCaptureDialog(session, parent)
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


def parts(dialog: QuickCaptureDialog) -> tuple[QPlainTextEdit, QComboBox, SegmentedControl]:
    return (
        dialog.findChild(QPlainTextEdit, "captureTextEdit"),
        dialog.findChild(QComboBox, "captureClientCombo"),
        dialog.findChild(SegmentedControl, "captureSeverity"),
    )


def test_german_text_saved_with_ctrl_return_and_found(qtbot, session, window) -> None:
    dialog = open_capture(qtbot, session, window)
    text, client, severity = parts(dialog)
    assert text.hasFocus()
    assert severity.value() == 3
    type_text(text, GERMAN)
    assert text.toPlainText() == GERMAN
    client.setFocus()
    type_text(client.lineEdit(), "Müller GmbH")
    qtbot.mouseClick(severity.button(4), Qt.MouseButton.LeftButton)
    dialog.findChild(QComboBox, "captureChannelCombo").setCurrentIndex(2)
    dialog.findChild(QLineEdit, "captureFeelingEdit").setText("wütend")
    dialog.findChild(LevelSlider, "captureIntensity").setValue(7)
    with qtbot.waitSignal(session.changed):
        qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible()
    assert text.toPlainText() == ""
    assert window.statusBar().currentMessage()
    page = journal.list_incidents(session.vault)
    assert page.total == 1
    saved = page.incidents[0]
    assert saved.text == GERMAN
    assert saved.client == "Müller GmbH"
    assert saved.severity == 4
    assert saved.channel is Channel.CALL
    assert saved.feeling_before == "wütend"
    assert saved.intensity_before == 7
    assert [hit.id for hit in journal.search_incidents(session.vault, "grosse").incidents] == [
        saved.id
    ]


def test_ctrl_enter_saves_too_and_untouched_intensity_stays_empty(qtbot, session) -> None:
    dialog = open_capture(qtbot, session, None)
    text, client, _ = parts(dialog)
    text.setPlainText("Antwort nur mit einem Daumen.")
    client.setEditText("Kunde A")
    qtbot.keyClick(text, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    saved = journal.list_incidents(session.vault).incidents[0]
    assert saved.intensity_before is None
    assert saved.channel is None
    assert saved.severity == 3


def test_default_client_is_the_latest_incidents_and_people_follow(qtbot, session) -> None:
    vault = session.vault
    journal.log_incident(vault, IncidentDraft(client="Alpha AG", text="eins", person="Frau Groß"))
    journal.log_incident(vault, IncidentDraft(client="Beta KG", text="zwei", person="Herr Klein"))
    dialog = open_capture(qtbot, session, None)
    _, client, _ = parts(dialog)
    people = dialog.findChild(QComboBox, "capturePersonCombo")
    assert client.currentText() == "Beta KG"
    assert [client.itemText(i) for i in range(client.count())] == ["Alpha AG", "Beta KG"]
    assert [people.itemText(i) for i in range(people.count())] == ["Herr Klein"]
    client.setEditText("alpha ag")
    assert [people.itemText(i) for i in range(people.count())] == ["Frau Groß"]

    # An emptied client field means the default client.
    dialog.findChild(QPlainTextEdit, "captureTextEdit").setPlainText("drei")
    client.setEditText("")
    dialog.save()
    assert journal.list_incidents(vault).incidents[0].client == "Beta KG"


def test_without_any_client_a_name_is_asked_for(qtbot, session) -> None:
    dialog = open_capture(qtbot, session, None)
    text, client, _ = parts(dialog)
    assert client.currentText() == ""
    text.setPlainText("Kein Kunde eingetragen")
    dialog.save()
    assert dialog.isVisible()
    assert "Who was it?" in dialog.findChild(QLabel, "captureMessage").text()
    assert journal.list_incidents(session.vault).total == 0


def test_escape_with_text_keeps_the_draft_in_memory(qtbot, session, ui_vault_dir) -> None:
    dialog = open_capture(qtbot, session, None)
    text, client, severity = parts(dialog)
    type_text(text, "Schon wieder ein Entwurf über Grüße")
    client.setEditText("Gamma GmbH")
    severity.setValue(5)
    qtbot.keyClick(text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    # the same window shown again
    dialog.show()
    assert text.toPlainText() == "Schon wieder ein Entwurf über Grüße"
    assert client.currentText() == "Gamma GmbH"
    # a new window (e.g. rebuilt after a language change) gets it back from memory
    again = open_capture(qtbot, session, None)
    text2, client2, severity2 = parts(again)
    assert text2.toPlainText() == "Schon wieder ein Entwurf über Grüße"
    assert client2.currentText() == "Gamma GmbH"
    assert severity2.value() == 5
    # nothing of it on disk
    for path in ui_vault_dir.rglob("*"):
        if path.is_file():
            assert b"Entwurf" not in path.read_bytes()
    assert journal.list_incidents(session.vault).total == 0


def test_escape_when_empty_closes_and_forgets(qtbot, session) -> None:
    dialog = open_capture(qtbot, session, None)
    text, client, severity = parts(dialog)
    severity.setValue(1)
    client.setEditText("Delta")
    qtbot.keyClick(text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert quick_capture._drafts == {}
    dialog.show()
    assert severity.value() == 3
    assert client.currentText() == ""


def test_locking_hides_and_clears_but_keeps_the_draft(qtbot, session) -> None:
    dialog = open_capture(qtbot, session, None)
    text, client, _ = parts(dialog)
    text.setPlainText("halb geschrieben")
    client.setEditText("Epsilon")
    session.lock()
    assert not dialog.isVisible()
    assert text.toPlainText() == ""
    assert client.count() == 0
    assert [d.text for d in quick_capture._drafts.values()] == ["halb geschrieben"]


def test_severity_moves_with_arrow_keys(qtbot, session) -> None:
    dialog = open_capture(qtbot, session, None)
    _, _, severity = parts(dialog)
    severity.setFocus()
    assert severity.button(3).hasFocus()
    qtbot.keyClick(severity.button(3), Qt.Key.Key_Right)
    assert severity.value() == 4


def test_no_tray_offscreen(qtbot, window) -> None:
    assert install_tray(window) is None
