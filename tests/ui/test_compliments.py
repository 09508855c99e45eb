"""The compliments page through its real widgets on a real encrypted vault."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from grenzen.services import wellbeing
from grenzen.ui.compliments import ComplimentDialog, ComplimentsPage
from grenzen.ui.session import VaultSession


def make_page(qtbot, session: VaultSession) -> ComplimentsPage:
    page = ComplimentsPage(session)
    qtbot.addWidget(page)
    page.setMinimumSize(page.minimumSizeHint())
    page.show()
    qtbot.waitExposed(page)
    return page


def add_through_dialog(
    qtbot,
    page: ComplimentsPage,
    text: str,
    who: str = "",
    client: str = "",
    day: QDate | None = None,
) -> None:
    qtbot.mouseClick(page.findChild(QPushButton, "addComplimentButton"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(ComplimentDialog, "complimentDialog")
    assert dialog is not None
    assert dialog.isVisible()
    dialog.findChild(QPlainTextEdit, "complimentTextEdit").setPlainText(text)
    dialog.findChild(QLineEdit, "complimentFromEdit").setText(who)
    dialog.findChild(QComboBox, "complimentClientCombo").setEditText(client)
    if day is not None:
        dialog.findChild(QDateEdit, "complimentDateEdit").setDate(day)
    with qtbot.waitSignal(dialog.destroyed):
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "complimentSaveButton"), Qt.MouseButton.LeftButton
        )


def list_texts(page: ComplimentsPage) -> list[str]:
    items = page.findChild(QListWidget, "complimentList")
    return [items.item(i).text().split("\n")[0] for i in range(items.count())]


def test_empty_state_teaches(qtbot, session) -> None:
    page = make_page(qtbot, session)
    assert page.findChild(QLabel, "complimentsEmpty").isVisible()
    assert not page.findChild(QListWidget, "complimentList").isVisible()
    assert "Collect the thanks" in page.findChild(QLabel, "complimentCardText").text()
    assert not page.findChild(QPushButton, "randomComplimentButton").isEnabled()
    assert page.shown() is None


def test_add_show_random_and_delete(qtbot, session) -> None:
    page = make_page(qtbot, session)
    add_through_dialog(
        qtbot,
        page,
        "Danke für die großartige Arbeit am Relaunch!",
        who="Frau Weiß",
        client="Müller GmbH",
        day=QDate(2026, 3, 2),
    )
    add_through_dialog(qtbot, page, "Ohne dich hätten wir das nie geschafft.")

    # newest first, both on the page, the card shows the one just added
    assert list_texts(page) == [
        "Ohne dich hätten wir das nie geschafft.",
        "Danke für die großartige Arbeit am Relaunch!",
    ]
    assert not page.findChild(QLabel, "complimentsEmpty").isVisible()
    card = page.findChild(QLabel, "complimentCardText")
    assert card.text() == "Ohne dich hätten wir das nie geschafft."
    stored = wellbeing.list_compliments(session.vault)
    older = stored[1]
    assert (older.from_whom, older.client, older.received_on) == (
        "Frau Weiß",
        "Müller GmbH",
        dt.date(2026, 3, 2),
    )
    assert "Frau Weiß" in page.findChild(QListWidget, "complimentList").item(1).text()

    # "another" shows one of them (and never leaves the card empty)
    another = page.findChild(QPushButton, "randomComplimentButton")
    assert another.isEnabled()
    texts = {c.text for c in stored}
    for _ in range(5):
        qtbot.mouseClick(another, Qt.MouseButton.LeftButton)
        assert card.text() in texts
        assert page.shown() is not None

    # delete asks first; "keep it" keeps it
    items = page.findChild(QListWidget, "complimentList")
    items.setCurrentRow(1)
    delete = page.findChild(QPushButton, "deleteComplimentButton")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    bar = page.findChild(QWidget, "deleteConfirmBar")
    assert bar.isVisible()
    qtbot.mouseClick(page.findChild(QPushButton, "cancelDeleteButton"), Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert len(wellbeing.list_compliments(session.vault)) == 2

    qtbot.keyClick(items, Qt.Key.Key_Delete)
    assert bar.isVisible()
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(
            page.findChild(QPushButton, "confirmDeleteButton"), Qt.MouseButton.LeftButton
        )
    assert [c.text for c in wellbeing.list_compliments(session.vault)] == [
        "Ohne dich hätten wir das nie geschafft."
    ]
    assert list_texts(page) == ["Ohne dich hätten wir das nie geschafft."]
    assert not page.findChild(QPushButton, "randomComplimentButton").isEnabled()


def test_empty_compliment_is_not_saved(qtbot, session, monkeypatch) -> None:
    page = make_page(qtbot, session)
    messages: list[str] = []
    monkeypatch.setattr(
        "grenzen.ui.compliments.show_error", lambda _parent, title, _text: messages.append(title)
    )
    qtbot.mouseClick(page.findChild(QPushButton, "addComplimentButton"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(ComplimentDialog, "complimentDialog")
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "complimentSaveButton"), Qt.MouseButton.LeftButton
    )
    assert messages
    assert dialog.isVisible()
    assert wellbeing.list_compliments(session.vault) == []
    dialog.reject()


def test_lock_clears_the_page(qtbot, session) -> None:
    wellbeing.add_compliment(session.vault, "Top!", from_whom="Chef")
    page = make_page(qtbot, session)
    assert list_texts(page) == ["Top!"]
    session.lock()
    assert list_texts(page) == []
    assert page.findChild(QLabel, "complimentCardText").text() == ""
