"""The clients panel beside the journal: counts, rename, merge, archive, timeline, people."""

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
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from grenzen.domain.clients import Person
from grenzen.domain.incidents import IncidentDraft, IncidentFilter
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
    assert len(months) in (1, 2)  # the four entries span one or two calendar months
    filled.lock()
    qtbot.waitUntil(lambda: panel.findChild(QDialog, "clientTimeline") is None)
    assert tree.topLevelItemCount() == 0


# --- people ----------------------------------------------------------------------------------


def people_of(panel: ClientsPanel) -> QListWidget:
    return panel.findChild(QListWidget, "peopleList")


def shown_people(panel: ClientsPanel) -> list[str]:
    people = people_of(panel)
    return [people.item(i).text() for i in range(people.count())]


def person_item(panel: ClientsPanel, name: str) -> QListWidgetItem:
    people = people_of(panel)
    for i in range(people.count()):
        item = people.item(i)
        if item.text().startswith(f"{name} ·") or item.text().startswith(f"{name},"):
            return item
    raise AssertionError(f"{name} not listed among {shown_people(panel)}")


def choose(panel: ClientsPanel, client: str, person: str | None = None) -> None:
    tree = tree_of(panel)
    tree.setCurrentItem(item_named(tree, client))
    if person is not None:
        people_of(panel).setCurrentItem(person_item(panel, person))


def people_in_vault(session: VaultSession, client: str, archived: bool = True) -> list[Person]:
    client_id = next(c.id for c in clients_service.list_clients(session.vault) if c.name == client)
    return clients_service.list_people(session.vault, client_id, include_archived=archived)


def status_of(panel: ClientsPanel) -> str:
    return panel.findChild(QLabel, "clientsStatus").text()


def test_person_buttons_follow_the_chosen_person(panel: ClientsPanel) -> None:
    names = ("renamePersonButton", "personRoleButton", "mergePersonButton", "archivePersonButton")
    buttons = [panel.findChild(QPushButton, name) for name in names]
    assert all(button is not None and not button.isEnabled() for button in buttons)
    choose(panel, "Beta GmbH", "Frau Groß")
    enabled = {button.objectName(): button.isEnabled() for button in buttons}
    assert enabled == {
        "renamePersonButton": True,
        "personRoleButton": True,
        "mergePersonButton": False,  # nobody else at Beta GmbH to merge with
        "archivePersonButton": True,
    }
    choose(panel, "Alpha AG", "Herr Klein")
    assert all(button.isEnabled() for button in buttons)


def test_rename_a_person_inline(panel: ClientsPanel, filled: VaultSession, qtbot) -> None:
    choose(panel, "Alpha AG", "Herr Klein")
    changed: list[str] = []
    filled.changed.connect(changed.append)
    panel.findChild(QPushButton, "renamePersonButton").click()
    editor = people_of(panel).findChild(QLineEdit)
    assert editor is not None
    assert editor.text() == "Herr Klein"  # the name only, not role and count
    editor.setText("Herr Dr. Klein")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits a moment later
    qtbot.waitUntil(
        lambda: (
            [p.name for p in people_in_vault(filled, "Alpha AG")] == ["Frau Groß", "Herr Dr. Klein"]
        )
    )
    assert "clients" in changed
    qtbot.waitUntil(lambda: shown_people(panel) == ["Frau Groß · 1", "Herr Dr. Klein · 1"])
    assert people_of(panel).currentItem().text() == "Herr Dr. Klein · 1"


def test_person_name_clash_and_empty_name_are_explained(
    panel: ClientsPanel, filled: VaultSession, qtbot
) -> None:
    choose(panel, "Alpha AG", "Herr Klein")
    rename = panel.findChild(QPushButton, "renamePersonButton")
    rename.click()
    editor = people_of(panel).findChild(QLineEdit)
    editor.setText("frau groß")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            status_of(panel)
            == "Alpha AG already has a person named “frau groß”. To make the two one, use Merge."
        )
    )
    qtbot.waitUntil(lambda: people_of(panel).findChild(QLineEdit) is None)
    rename.click()
    editor = people_of(panel).findChild(QLineEdit)
    editor.setText("   ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status_of(panel) == "A person needs a name; the old one stays.")
    assert [p.name for p in people_in_vault(filled, "Alpha AG")] == ["Frau Groß", "Herr Klein"]
    assert shown_people(panel) == ["Frau Groß · 1", "Herr Klein · 1"]


def test_set_and_clear_a_role(panel: ClientsPanel, filled: VaultSession, qtbot) -> None:
    choose(panel, "Alpha AG", "Frau Groß")
    role_button = panel.findChild(QPushButton, "personRoleButton")
    role_button.click()
    dialog = panel.findChild(QDialog, "personRoleDialog")
    assert dialog is not None
    dialog.findChild(QLineEdit, "personRoleEdit").setText("Projektleiterin")
    dialog.findChild(QPushButton, "personRoleSaveButton").click()
    groß = people_in_vault(filled, "Alpha AG")[0]
    assert groß.role == "Projektleiterin"
    qtbot.waitUntil(lambda: "Frau Groß, Projektleiterin · 1" in shown_people(panel))
    assert status_of(panel) == "Frau Groß is now noted as Projektleiterin."
    qtbot.waitUntil(lambda: panel.findChild(QDialog, "personRoleDialog") is None)

    role_button.click()
    dialog = panel.findChild(QDialog, "personRoleDialog")
    edit = dialog.findChild(QLineEdit, "personRoleEdit")
    assert edit.text() == "Projektleiterin"
    edit.clear()
    dialog.findChild(QPushButton, "personRoleSaveButton").click()
    assert clients_service.get_person(filled.vault, groß.id).role is None
    qtbot.waitUntil(lambda: shown_people(panel) == ["Frau Groß · 1", "Herr Klein · 1"])


def test_merge_two_people_moves_their_incidents(
    panel: ClientsPanel, filled: VaultSession, qtbot
) -> None:
    log(filled, "Alpha AG", "Fünf", 0, person="Fr. Groß")
    log(filled, "Alpha AG", "Sechs", 0, person="Fr. Groß")
    filled.notify("incidents")
    choose(panel, "Alpha AG")
    qtbot.waitUntil(lambda: "Fr. Groß · 2" in shown_people(panel))
    choose(panel, "Alpha AG", "Fr. Groß")
    changed: list[str] = []
    filled.changed.connect(changed.append)
    panel.findChild(QPushButton, "mergePersonButton").click()
    dialog = panel.findChild(QDialog, "mergePersonDialog")
    assert dialog is not None
    combo = dialog.findChild(QComboBox, "mergeTargetCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Frau Groß", "Herr Klein"]
    combo.setCurrentIndex(combo.findText("Frau Groß"))
    with qtbot.waitSignal(panel.person_chosen) as chosen:
        dialog.findChild(QPushButton, "mergeConfirmButton").click()
    people = people_in_vault(filled, "Alpha AG")
    assert [(p.name, p.incident_count) for p in people] == [("Frau Groß", 3), ("Herr Klein", 1)]
    groß = people[0]
    assert chosen.args == [groß.id]
    moved = journal.incident_ids(filled.vault, IncidentFilter(person_id=groß.id))
    assert {i.text for i in journal.incidents_by_ids(filled.vault, moved)} == {
        "Eins",
        "Fünf",
        "Sechs",
    }
    assert {"clients", "incidents"} <= set(changed)
    # Without an installed translator Qt shows the plural source, "incident(s)".
    assert status_of(panel).startswith("Fr. Groß and Frau Groß are one person now: 2 incident")
    qtbot.waitUntil(lambda: shown_people(panel) == ["Frau Groß · 3", "Herr Klein · 1"])
    assert people_of(panel).currentItem().text() == "Frau Groß · 3"
    qtbot.waitUntil(lambda: rows(tree_of(panel))["Alpha AG"] == "4")
    assert people_of(panel).currentItem().text() == "Frau Groß · 3"  # kept after the re-read


def test_archive_a_person_hides_and_show_archived_shows(
    panel: ClientsPanel, filled: VaultSession, qtbot
) -> None:
    choose(panel, "Alpha AG", "Herr Klein")
    archive = panel.findChild(QPushButton, "archivePersonButton")
    assert archive.text() == "Archive"
    archive.click()
    assert [p.archived for p in people_in_vault(filled, "Alpha AG")] == [False, True]
    qtbot.waitUntil(lambda: shown_people(panel) == ["Frau Groß · 1"])
    assert status_of(panel) == "Herr Klein is archived; “Show archived” brings them back."
    panel.findChild(QCheckBox, "showArchivedCheck").setChecked(True)
    assert shown_people(panel) == ["Frau Groß · 1", "Herr Klein · 1"]
    choose(panel, "Alpha AG", "Herr Klein")
    assert archive.text() == "Unarchive"
    archive.click()
    assert not any(p.archived for p in people_in_vault(filled, "Alpha AG"))
    panel.findChild(QCheckBox, "showArchivedCheck").setChecked(False)
    assert shown_people(panel) == ["Frau Groß · 1", "Herr Klein · 1"]


def test_when_everyone_is_archived_the_list_says_how_to_see_them(
    panel: ClientsPanel, filled: VaultSession, qtbot
) -> None:
    choose(panel, "Beta GmbH", "Frau Groß")
    panel.findChild(QPushButton, "archivePersonButton").click()
    qtbot.waitUntil(
        lambda: shown_people(panel) == ["Everyone here is archived; “Show archived” lists them."]
    )
    assert not panel.findChild(QPushButton, "renamePersonButton").isEnabled()


def test_person_context_menu_offers_the_same_actions(
    panel: ClientsPanel, filled: VaultSession, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Offscreen Qt warns when a popup grabs the keyboard; the menu's content is what counts.
    monkeypatch.setattr(QMenu, "popup", lambda *_args: None)
    choose(panel, "Alpha AG")
    people = people_of(panel)
    item = person_item(panel, "Herr Klein")
    people.customContextMenuRequested.emit(people.visualItemRect(item).center())
    assert people.currentItem() is item
    menu = panel.findChild(QMenu, "clientsPanelMenu")
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Rename", "Role…", "Merge…", "Archive"]
    archive = next(a for a in menu.actions() if a.objectName() == "archivePersonButtonAction")
    archive.trigger()
    menu.close()
    assert [p.archived for p in people_in_vault(filled, "Alpha AG")] == [False, True]
    qtbot.waitUntil(lambda: shown_people(panel) == ["Frau Groß · 1"])


def test_locking_clears_the_people(panel: ClientsPanel, filled: VaultSession, qtbot) -> None:
    choose(panel, "Alpha AG", "Frau Groß")
    filled.lock()
    assert people_of(panel).count() == 0
    assert not panel.findChild(QPushButton, "renamePersonButton").isEnabled()


def test_choosing_a_person_is_announced(panel: ClientsPanel, filled: VaultSession, qtbot) -> None:
    choose(panel, "Alpha AG")
    klein = people_in_vault(filled, "Alpha AG")[1]
    with qtbot.waitSignal(panel.person_chosen) as chosen:
        people_of(panel).setCurrentItem(person_item(panel, "Herr Klein"))
    assert chosen.args == [klein.id]
    announced: list[object] = []
    panel.person_chosen.connect(announced.append)
    panel.refresh()  # re-reading keeps the person chosen without announcing it again
    assert people_of(panel).currentItem().text() == "Herr Klein · 1"
    assert announced == []
