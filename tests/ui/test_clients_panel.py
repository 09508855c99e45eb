"""The clients panel beside the journal: counts, rename, merge, archive, timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from grenzen.domain.incidents import IncidentDraft
from grenzen.services import clients as clients_service
from grenzen.services import journal, wellbeing
from grenzen.ui.journal.clients_panel import ClientsPanel
from grenzen.ui.journal.model import ID_ROLE
from grenzen.ui.journal.page import JournalPage
from grenzen.ui.session import VaultSession

TODAY = dt.date.today()


def log(session: VaultSession, client: str, text: str, days_ago: int = 0, **fields: object) -> int:
    draft = IncidentDraft(
        client=client, text=text, occurred_on=TODAY - dt.timedelta(days=days_ago), **fields
    )  # type: ignore[arg-type]
    return journal.log_incident(session.vault, draft)


def rows(tree: QTreeWidget) -> dict[str, str]:
    """Client name → incident count as shown."""
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return {item.text(0): item.text(1) for item in items}


def item_named(tree: QTreeWidget, name: str) -> QTreeWidgetItem:
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(0) == name:
            return tree.topLevelItem(i)
    raise AssertionError(f"{name} not listed")


@pytest.fixture
def filled(session: VaultSession) -> VaultSession:
    log(session, "Alpha AG", "Eins", 3, person="Frau Groß")
    log(session, "Alpha AG", "Zwei", 2, person="Herr Klein")
    log(session, "Beta GmbH", "Drei", 1, person="Frau Groß")
    log(session, "Gamma e.V.", "Vier", 0)
    return session


@pytest.fixture
def panel(filled: VaultSession, qtbot) -> ClientsPanel:
    widget = ClientsPanel(filled)
    qtbot.addWidget(widget)
    return widget


def tree_of(panel: ClientsPanel) -> QTreeWidget:
    return panel.findChild(QTreeWidget, "clientList")


def test_clients_with_counts_and_their_people(panel: ClientsPanel) -> None:
    tree = tree_of(panel)
    assert rows(tree) == {"Alpha AG": "2", "Beta GmbH": "1", "Gamma e.V.": "1"}
    tree.setCurrentItem(item_named(tree, "Alpha AG"))
    people = panel.findChild(QListWidget, "peopleList")
    shown = [people.item(i).text() for i in range(people.count())]
    assert shown == ["Frau Groß · 1", "Herr Klein · 1"]


def test_rename_inline(panel: ClientsPanel, filled: VaultSession, qtbot) -> None:
    tree = tree_of(panel)
    tree.setCurrentItem(item_named(tree, "Alpha AG"))
    changed: list[str] = []
    filled.changed.connect(changed.append)
    panel.findChild(QPushButton, "renameClientButton").click()
    editor = tree.findChild(QLineEdit)
    assert editor is not None
    editor.setText("Alpha Ärzte AG")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Alpha Ärzte AG" in [c.name for c in clients_service.list_clients(filled.vault)]
    )
    assert "clients" in changed
    qtbot.waitUntil(lambda: "Alpha Ärzte AG" in rows(tree))


def test_rename_to_a_taken_name_explains_and_keeps_the_old_name(
    panel: ClientsPanel, filled: VaultSession
) -> None:
    tree = tree_of(panel)
    item = item_named(tree, "Alpha AG")
    item.setText(0, "beta gmbh")
    assert item.text(0) == "Alpha AG"
    status = panel.findChild(QLabel, "clientsStatus").text()
    assert status == "There is already a client named “beta gmbh”. To make the two one, use Merge."
    assert sorted(c.name for c in clients_service.list_clients(filled.vault)) == [
        "Alpha AG",
        "Beta GmbH",
        "Gamma e.V.",
    ]
    item.setText(0, "  ")
    assert item.text(0) == "Alpha AG"


def test_merge_moves_the_counts(panel: ClientsPanel, filled: VaultSession, qtbot) -> None:
    tree = tree_of(panel)
    tree.setCurrentItem(item_named(tree, "Beta GmbH"))
    panel.findChild(QPushButton, "mergeClientButton").click()
    dialog = panel.findChild(QDialog, "mergeClientDialog")
    assert dialog is not None
    combo = dialog.findChild(QComboBox, "mergeTargetCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Alpha AG", "Gamma e.V."]
    combo.setCurrentIndex(combo.findText("Alpha AG"))
    dialog.findChild(QPushButton, "mergeConfirmButton").click()
    qtbot.waitUntil(lambda: rows(tree) == {"Alpha AG": "3", "Gamma e.V.": "1"})
    assert tree.currentItem().text(0) == "Alpha AG"
    status = panel.findChild(QLabel, "clientsStatus").text()
    assert status.startswith("Beta GmbH is now part of Alpha AG: 1 incident")
    people = panel.findChild(QListWidget, "peopleList")
    assert people.count() == 2  # "Frau Groß" of both became one person


def test_archive_hides_and_show_archived_brings_back(
    panel: ClientsPanel, filled: VaultSession, qtbot
) -> None:
    tree = tree_of(panel)
    tree.setCurrentItem(item_named(tree, "Gamma e.V."))
    archive = panel.findChild(QPushButton, "archiveClientButton")
    archive.click()
    qtbot.waitUntil(lambda: "Gamma e.V." not in rows(tree))
    panel.findChild(QCheckBox, "showArchivedCheck").setChecked(True)
    assert "Gamma e.V." in rows(tree)
    tree.setCurrentItem(item_named(tree, "Gamma e.V."))
    assert archive.text() == "Unarchive"
    archive.click()
    qtbot.waitUntil(
        lambda: not any(c.archived for c in clients_service.list_clients(filled.vault, True))
    )
    panel.findChild(QCheckBox, "showArchivedCheck").setChecked(False)
    assert "Gamma e.V." in rows(tree)


def test_choosing_a_client_filters_the_journal(filled: VaultSession, qtbot) -> None:
    page = JournalPage(filled, QUndoStack())
    qtbot.addWidget(page)
    tree = page.findChild(QTreeWidget, "clientList")
    tree.setCurrentItem(item_named(tree, "Alpha AG"))
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert {model.index(r, 1).data() for r in range(2)} == {"Alpha AG"}
    assert page.findChild(QComboBox, "clientFilter").currentText() == "Alpha AG"
    clients_filter = page.findChild(QComboBox, "clientFilter")
    clients_filter.setCurrentIndex(clients_filter.findText("Beta GmbH"))
    qtbot.waitUntil(lambda: tree.currentItem().text(0) == "Beta GmbH")
    assert model.rowCount() == 1
    assert model.index(0, 0).data(ID_ROLE) is not None


def test_renaming_updates_the_journal_list(filled: VaultSession, qtbot) -> None:
    page = JournalPage(filled, QUndoStack())
    qtbot.addWidget(page)
    tree = page.findChild(QTreeWidget, "clientList")
    item_named(tree, "Gamma e.V.").setText(0, "Gamma Verein")
    model = page.model
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "Gamma Verein")
    clients_filter = page.findChild(QComboBox, "clientFilter")
    qtbot.waitUntil(lambda: clients_filter.findText("Gamma Verein") >= 0)


def test_timeline_lists_good_moments_as_good(
    panel: ClientsPanel, filled: VaultSession, qtbot
) -> None:
    wellbeing.add_compliment(
        filled.vault, "Danke für die schnelle Hilfe!", TODAY, "Frau Groß", "Alpha AG"
    )
    wellbeing.add_checkin(filled.vault, 8, "guter Tag", "Alpha AG", TODAY)
    filled.notify("clients")
    tree = tree_of(panel)
    tree.setCurrentItem(item_named(tree, "Alpha AG"))
    qtbot.mouseClick(panel.findChild(QPushButton, "timelineButton"), Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QDialog, "clientTimeline")
    assert dialog is not None
    qtbot.addWidget(dialog)
    entries = dialog.findChildren(QLabel, "timelineEntry")
    assert len(entries) == 4
    good = [label for label in entries if label.property("role") == "good"]
    assert len(good) == 2
    assert any("Danke für die schnelle Hilfe!" in label.text() for label in good)
    assert all(label.text().startswith("✓") for label in good)
    assert "Eins" in entries[-1].text()  # newest first: the oldest incident last
    months = dialog.findChildren(QLabel, "timelineMonth")
    assert 1 <= len(months) <= 2
    filled.lock()
    qtbot.waitUntil(lambda: panel.findChild(QDialog, "clientTimeline") is None)
    assert tree.topLevelItemCount() == 0
