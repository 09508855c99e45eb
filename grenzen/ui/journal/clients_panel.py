"""The clients beside the journal: counts, people, rename, merge, archive, timeline.

Choosing a client (or one of its people) filters the journal list. Every change goes
through ``grenzen.services.clients`` and is announced with ``session.notify``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.clients import NAME_MAX_CHARS, Client, MergeResult, Person, same_name
from grenzen.services import clients as clients_service
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.errors import show_error
from grenzen.ui.journal.timeline import ClientTimeline
from grenzen.ui.session import VaultSession

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 2


class _MergeDialog(QDialog):
    """Pick what ``source`` becomes part of. The texts come translated from the subclass:
    PySide resolves ``self.tr`` by the runtime class, which lupdate cannot see in a base."""

    def __init__(
        self,
        *,
        object_name: str,
        title: str,
        explanation: str,
        caption: str,
        confirm: str,
        choices: list[tuple[str, int]],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        label = QLabel(caption)
        self.target_combo = QComboBox(objectName="mergeTargetCombo")
        for name, target_id in choices:
            self.target_combo.addItem(name, target_id)
        label.setBuddy(self.target_combo)
        layout.addWidget(label)
        layout.addWidget(self.target_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(confirm)
        ok.setObjectName("mergeConfirmButton")
        ok.setEnabled(bool(choices))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Explicit, so the layout never resizes the shown window (offscreen Qt warns then).
        self.setMinimumSize(self.minimumSizeHint())

    def target_id(self) -> int | None:
        return self.target_combo.currentData()


class MergeClientDialog(_MergeDialog):
    """Pick the client that ``source`` becomes part of."""

    def __init__(
        self, source: Client, targets: list[Client], parent: QWidget | None = None
    ) -> None:
        self.source = source
        super().__init__(
            object_name="mergeClientDialog",
            title=self.tr("Merge clients"),
            explanation=self.tr(
                "Everything recorded for {client} moves to the client you choose, and "
                "{client} disappears from the list. People with the same name become one. "
                "This cannot be undone."
            ).format(client=source.name),
            caption=self.tr("&Merge into"),
            confirm=self.tr("Merge"),
            choices=[(client.name, client.id) for client in targets],
            parent=parent,
        )


class MergePersonDialog(_MergeDialog):
    """Pick the person of the same client that ``source`` becomes one with."""

    def __init__(
        self, source: Person, targets: list[Person], parent: QWidget | None = None
    ) -> None:
        self.source = source
        super().__init__(
            object_name="mergePersonDialog",
            title=self.tr("Merge people"),
            explanation=self.tr(
                "Every incident with {person} moves to the person you choose, and {person} "
                "disappears from the list. A role the other person lacks is kept. "
                "This cannot be undone."
            ).format(person=source.name),
            caption=self.tr("&Merge into"),
            confirm=self.tr("Merge"),
            choices=[
                (
                    self.tr("{person} (archived)").format(person=person.name)
                    if person.archived
                    else person.name,
                    person.id,
                )
                for person in targets
            ],
            parent=parent,
        )


class PersonRoleDialog(QDialog):
    """Set or clear what a person does on the client's side ("Projektleiterin")."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personRoleDialog")
        self.setWindowTitle(self.tr("Role of {person}").format(person=person.name))
        self.person = person
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("&Role"))
        self.role_edit = QLineEdit(person.role or "", objectName="personRoleEdit")
        self.role_edit.setPlaceholderText(self.tr("For example: project lead"))
        self.role_edit.setMaxLength(NAME_MAX_CHARS)
        caption.setBuddy(self.role_edit)
        hint = QLabel(self.tr("Leave it empty to clear the role."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        layout.addWidget(caption)
        layout.addWidget(self.role_edit)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        ok.setObjectName("personRoleSaveButton")
        ok.setToolTip(self.tr("Save the role (Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumSize(self.minimumSizeHint())

    def role(self) -> str:
        return self.role_edit.text()


class PersonNameDelegate(QStyledItemDelegate):
    """Inline rename of a person: the row shows name, role and count, the editor the name.

    The model is never written here; ``renamed(person_id, text)`` lets the panel ask the
    service and show the outcome.
    """

    renamed = Signal(int, str)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(index.data(NAME_ROLE) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            self.renamed.emit(index.data(ID_ROLE), editor.text())


class ClientsPanel(QWidget):
    """Lists clients and their people with incident counts.

    ``client_chosen(id or None)`` and ``person_chosen(id or None)`` let the journal filter.
    """

    client_chosen = Signal(object)
    person_chosen = Signal(object)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientsPanel")
        self._session = session
        self._clients: dict[int, Client] = {}
        self._people: dict[int, Person] = {}
        self._people_total = 0  # the chosen client's people, archived ones included
        self._quiet = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self._build()
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Clients"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        self.client_list = QTreeWidget(objectName="clientList")
        self.client_list.setColumnCount(2)
        self.client_list.setHeaderLabels([self.tr("Client"), self.tr("Incidents")])
        self.client_list.setRootIsDecorated(False)
        self.client_list.setUniformRowHeights(True)
        self.client_list.setAccessibleName(self.tr("Clients"))
        self.client_list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.client_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.client_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.client_list.customContextMenuRequested.connect(self._context_menu)
        self.client_list.currentItemChanged.connect(self._current_changed)
        self.client_list.itemChanged.connect(self._item_edited)
        layout.addWidget(self.client_list, 2)

        self.show_archived = QCheckBox(self.tr("Show archived"), objectName="showArchivedCheck")
        self.show_archived.toggled.connect(self.refresh)
        layout.addWidget(self.show_archived)

        buttons = QGridLayout()
        self.rename_button = QPushButton(self.tr("Rename"), objectName="renameClientButton")
        self.rename_button.setToolTip(self.tr("Rename the client (F2)"))
        self.rename_button.clicked.connect(self.start_rename)
        self.merge_button = QPushButton(self.tr("Merge…"), objectName="mergeClientButton")
        self.merge_button.setToolTip(self.tr("Make this client part of another one"))
        self.merge_button.clicked.connect(self.start_merge)
        self.archive_button = QPushButton(self.tr("Archive"), objectName="archiveClientButton")
        self.archive_button.setToolTip(
            self.tr("Hide a former client from lists; its history stays")
        )
        self.archive_button.clicked.connect(self.toggle_archived)
        self.timeline_button = QPushButton(self.tr("Timeline"), objectName="timelineButton")
        self.timeline_button.setToolTip(
            self.tr("Everything with this client, the good moments included")
        )
        self.timeline_button.clicked.connect(self.open_timeline)
        buttons.addWidget(self.rename_button, 0, 0)
        buttons.addWidget(self.merge_button, 0, 1)
        buttons.addWidget(self.archive_button, 1, 0)
        buttons.addWidget(self.timeline_button, 1, 1)
        layout.addLayout(buttons)

        self.status = QLabel(objectName="clientsStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        people_heading = QLabel(self.tr("People"))
        people_heading.setFont(font)
        layout.addWidget(people_heading)
        self.people_list = QListWidget(objectName="peopleList")
        self.people_list.setAccessibleName(self.tr("People of the chosen client"))
        self.people_list.setWordWrap(True)  # the hint for an unchosen client is a sentence
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self._name_delegate = PersonNameDelegate(self.people_list)
        self._name_delegate.renamed.connect(self._person_renamed)
        self.people_list.setItemDelegate(self._name_delegate)
        self.people_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.people_list.customContextMenuRequested.connect(self._people_context_menu)
        self.people_list.currentItemChanged.connect(self._current_person_changed)
        layout.addWidget(self.people_list, 1)

        people_buttons = QGridLayout()
        self.rename_person_button = QPushButton(self.tr("Rename"), objectName="renamePersonButton")
        self.rename_person_button.setAccessibleName(self.tr("Rename the person"))
        self.rename_person_button.setToolTip(self.tr("Rename the person (F2)"))
        self.rename_person_button.clicked.connect(self.start_person_rename)
        self.person_role_button = QPushButton(self.tr("Role…"), objectName="personRoleButton")
        self.person_role_button.setAccessibleName(self.tr("Set the person's role"))
        self.person_role_button.setToolTip(
            self.tr("Set or clear what this person does, such as project lead")
        )
        self.person_role_button.clicked.connect(self.start_person_role)
        self.merge_person_button = QPushButton(self.tr("Merge…"), objectName="mergePersonButton")
        self.merge_person_button.setAccessibleName(self.tr("Merge the person"))
        self.merge_person_button.setToolTip(
            self.tr("Make this person and another one of the same client one")
        )
        self.merge_person_button.clicked.connect(self.start_person_merge)
        self.archive_person_button = QPushButton(
            self.tr("Archive"), objectName="archivePersonButton"
        )
        self.archive_person_button.clicked.connect(self.toggle_person_archived)
        people_buttons.addWidget(self.rename_person_button, 0, 0)
        people_buttons.addWidget(self.person_role_button, 0, 1)
        people_buttons.addWidget(self.merge_person_button, 1, 0)
        people_buttons.addWidget(self.archive_person_button, 1, 1)
        layout.addLayout(people_buttons)
        self._update_buttons()

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the clients again, keeping the chosen one chosen."""
        self._pending.stop()
        if not self._session.is_unlocked:
            self.clear()
            return
        chosen = self.current_client_id()
        clients = clients_service.list_clients(
            self._session.vault, include_archived=self.show_archived.isChecked()
        )
        self._clients = {c.id: c for c in clients}
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self._quiet = True
        try:
            self.client_list.clear()
            for client in clients:
                item = QTreeWidgetItem([client.name, str(client.incident_count)])
                item.setData(0, ID_ROLE, client.id)
                item.setData(0, NAME_ROLE, client.name)
                item.setData(0, ARCHIVED_ROLE, client.archived)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                if client.archived:
                    item.setToolTip(0, self.tr("{client} (archived)").format(client=client.name))
                    for column in (0, 1):
                        item.setForeground(column, muted)
                self.client_list.addTopLevelItem(item)
                if client.id == chosen:
                    self.client_list.setCurrentItem(item)
        finally:
            self._quiet = False
        self._fill_people()
        self._update_buttons()
        if chosen is not None and chosen not in self._clients:
            self.client_chosen.emit(None)

    def clear(self) -> None:
        """The vault was locked: no names stay on screen."""
        self._pending.stop()
        self._quiet = True
        try:
            self.client_list.clear()
            self.people_list.clear()
            self.status.clear()
            self._clients = {}
            self._people = {}
            self._people_total = 0
        finally:
            self._quiet = False
        self._update_buttons()

    def _on_changed(self, kind: str) -> None:
        if kind in ("clients", "incidents") and self._session.is_unlocked:
            self._pending.start()

    def current_client_id(self) -> int | None:
        item = self.client_list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current_client(self) -> Client | None:
        client_id = self.current_client_id()
        return self._clients.get(client_id) if client_id is not None else None

    def select_client(self, client_id: int | None) -> None:
        """Follow the client filter without filtering again."""
        self._quiet = True
        try:
            if client_id is None:
                self.client_list.setCurrentItem(None)
                self.client_list.clearSelection()
            else:
                for i in range(self.client_list.topLevelItemCount()):
                    item = self.client_list.topLevelItem(i)
                    if item.data(0, ID_ROLE) == client_id:
                        self.client_list.setCurrentItem(item)
                        break
        finally:
            self._quiet = False
        self._fill_people()
        self._update_buttons()

    def _fill_people(self) -> None:
        """List the chosen client's people, keeping the chosen person chosen."""
        chosen = self.current_person_id()
        was_quiet = self._quiet
        self._quiet = True
        try:
            self._list_people(chosen)
        finally:
            self._quiet = was_quiet

    def _list_people(self, chosen: int | None) -> None:
        self.people_list.clear()
        self._people = {}
        self._people_total = 0
        client_id = self.current_client_id()
        if not self._session.is_unlocked:
            return
        if client_id is None:
            self._add_hint(self.tr("Choose a client to see the people on its side."))
            return
        try:
            everyone = clients_service.list_people(
                self._session.vault, client_id, include_archived=True
            )
        except InvalidInput:
            return
        self._people_total = len(everyone)
        people = [p for p in everyone if self.show_archived.isChecked() or not p.archived]
        if not everyone:
            self._add_hint(self.tr("No people recorded for this client yet."))
            return
        if not people:
            self._add_hint(self.tr("Everyone here is archived; “Show archived” lists them."))
            return
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for person in people:
            self._people[person.id] = person
            item = QListWidgetItem(self._person_text(person))
            item.setData(ID_ROLE, person.id)
            item.setData(NAME_ROLE, person.name)
            item.setData(ARCHIVED_ROLE, person.archived)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if person.archived:
                item.setForeground(muted)
                item.setToolTip(
                    self.tr("Archived · %n incident(s) with this person", "", person.incident_count)
                )
            else:
                item.setToolTip(
                    self.tr("%n incident(s) with this person", "", person.incident_count)
                )
            self.people_list.addItem(item)
            if person.id == chosen:
                self.people_list.setCurrentItem(item)

    def _add_hint(self, text: str) -> None:
        hint = QListWidgetItem(text)
        hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.people_list.addItem(hint)

    def _person_text(self, person: Person) -> str:
        if person.role:
            return self.tr("{person}, {role} · {count}").format(
                person=person.name, role=person.role, count=person.incident_count
            )
        return self.tr("{person} · {count}").format(person=person.name, count=person.incident_count)

    def current_person_id(self) -> int | None:
        item = self.people_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def current_person(self) -> Person | None:
        person_id = self.current_person_id()
        return self._people.get(person_id) if person_id is not None else None

    def select_person(self, person_id: int | None) -> None:
        """Choose a person in the list without filtering again."""
        self._quiet = True
        try:
            self.people_list.setCurrentItem(None)
            for i in range(self.people_list.count()):
                item = self.people_list.item(i)
                if person_id is not None and item.data(ID_ROLE) == person_id:
                    self.people_list.setCurrentItem(item)
                    break
        finally:
            self._quiet = False
        self._update_buttons()

    def _current_person_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._quiet:
            return
        self._update_buttons()
        self.person_chosen.emit(current.data(ID_ROLE) if current is not None else None)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._quiet:
            return
        self._fill_people()
        self._update_buttons()
        self.client_chosen.emit(current.data(0, ID_ROLE) if current is not None else None)

    def _update_buttons(self) -> None:
        client = self.current_client()
        for button in (self.rename_button, self.archive_button, self.timeline_button):
            button.setEnabled(client is not None)
        self.merge_button.setEnabled(client is not None and len(self._clients) > 1)
        if client is not None and client.archived:
            self.archive_button.setText(self.tr("Unarchive"))
            self.archive_button.setToolTip(self.tr("Show this client in lists again"))
        else:
            self.archive_button.setText(self.tr("Archive"))
            self.archive_button.setToolTip(
                self.tr("Hide a former client from lists; its history stays")
            )
        person = self.current_person()
        for button in (self.rename_person_button, self.person_role_button):
            button.setEnabled(person is not None)
        self.archive_person_button.setEnabled(person is not None)
        self.merge_person_button.setEnabled(person is not None and self._people_total > 1)
        if person is not None and person.archived:
            self.archive_person_button.setText(self.tr("Unarchive"))
            self.archive_person_button.setAccessibleName(self.tr("Unarchive the person"))
            self.archive_person_button.setToolTip(self.tr("Show this person in lists again"))
        else:
            self.archive_person_button.setText(self.tr("Archive"))
            self.archive_person_button.setAccessibleName(self.tr("Archive the person"))
            self.archive_person_button.setToolTip(
                self.tr("Hide someone who left the client; their incidents stay")
            )

    # --- actions -----------------------------------------------------------------------------
    def _context_menu(self, position: QPoint) -> None:
        item = self.client_list.itemAt(position)
        if item is None:
            return
        self.client_list.setCurrentItem(item)
        self._popup_menu(
            self.client_list,
            position,
            (self.rename_button, self.merge_button, self.archive_button, self.timeline_button),
        )

    def _people_context_menu(self, position: QPoint) -> None:
        item = self.people_list.itemAt(position)
        if item is None or item.data(ID_ROLE) is None:
            return
        self.people_list.setCurrentItem(item)
        self._popup_menu(
            self.people_list,
            position,
            (
                self.rename_person_button,
                self.person_role_button,
                self.merge_person_button,
                self.archive_person_button,
            ),
        )

    def _popup_menu(
        self, view: QAbstractItemView, position: QPoint, buttons: tuple[QPushButton, ...]
    ) -> QMenu:
        """The buttons of a list as its context menu, so both offer the same actions."""
        menu = QMenu(self)
        menu.setObjectName("clientsPanelMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for button in buttons:
            action = QAction(button.text(), menu)
            action.setObjectName(button.objectName() + "Action")
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            menu.addAction(action)
        menu.popup(view.viewport().mapToGlobal(position))
        return menu

    def start_rename(self) -> None:
        item = self.client_list.currentItem()
        if item is not None:
            self.client_list.editItem(item, 0)

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._quiet or column != 0:
            return
        old_name = item.data(0, NAME_ROLE)
        new_name = item.text(0).strip()
        if new_name == old_name:
            return
        try:
            renamed = clients_service.rename_client(
                self._session.vault, item.data(0, ID_ROLE), new_name
            )
        except (InvalidInput, VaultError) as exc:
            self._quiet = True
            item.setText(0, old_name)
            self._quiet = False
            self.status.setText(self._rename_problem(new_name, exc))
            return
        self._quiet = True
        item.setText(0, renamed.name)
        item.setData(0, NAME_ROLE, renamed.name)
        self._quiet = False
        self.status.clear()
        self._session.notify("clients")

    def _rename_problem(self, new_name: str, exc: Exception) -> str:
        """Why a rename did not happen, in words (the service's message is for developers)."""
        if not new_name:
            return self.tr("A client needs a name; the old one stays.")
        if any(c.name.casefold() == new_name.casefold() for c in self._clients.values()):
            return self.tr(
                "There is already a client named “{name}”. To make the two one, use Merge."
            ).format(name=new_name)
        return self.tr("The name stays as it was: {reason}").format(reason=str(exc))

    def start_merge(self) -> None:
        source = self.current_client()
        if source is None or not self._session.is_unlocked:
            return
        targets = [
            c for c in clients_service.list_clients(self._session.vault) if c.id != source.id
        ]
        dialog = MergeClientDialog(source, targets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._merge(dialog.source, dialog.target_id()))
        dialog.open()

    def _merge(self, source: Client, target_id: int | None) -> None:
        if target_id is None or not self._session.is_unlocked:
            return
        try:
            result = clients_service.merge_clients(self._session.vault, source.id, target_id)
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("Not merged"), str(exc))
            return
        target = self._clients.get(target_id)
        self.status.setText(self._merged_text(source, target, result))
        self._session.notify("clients")
        self._session.notify("incidents")
        self.select_client(target_id)
        self.client_chosen.emit(target_id)

    def _merged_text(self, source: Client, target: Client | None, result: MergeResult) -> str:
        name = target.name if target is not None else ""
        return self.tr(
            "{source} is now part of {target}: %n incident(s) moved.", "", result.incidents
        ).format(source=source.name, target=name)

    def toggle_archived(self) -> None:
        client = self.current_client()
        if client is None or not self._session.is_unlocked:
            return
        try:
            clients_service.archive_client(self._session.vault, client.id, not client.archived)
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("Not changed"), str(exc))
            return
        if client.archived:
            self.status.setText(
                self.tr("{client} is back in the lists.").format(client=client.name)
            )
        else:
            self.status.setText(
                self.tr("{client} is archived; “Show archived” brings it back.").format(
                    client=client.name
                )
            )
        self._session.notify("clients")

    def open_timeline(self) -> ClientTimeline | None:
        client = self.current_client()
        if client is None or not self._session.is_unlocked:
            return None
        dialog = ClientTimeline(self._session, client.id, client.name, self)
        dialog.show()
        return dialog

    # --- people ------------------------------------------------------------------------------
    def start_person_rename(self) -> None:
        item = self.people_list.currentItem()
        if item is not None and item.data(ID_ROLE) is not None:
            self.people_list.editItem(item)

    def _person_renamed(self, person_id: int, text: str) -> None:
        person = self._people.get(person_id)
        if person is None or not self._session.is_unlocked:
            return
        new_name = text.strip()
        if new_name == person.name:
            return
        try:
            renamed = clients_service.rename_person(self._session.vault, person_id, new_name)
        except (InvalidInput, VaultError) as exc:
            self.status.setText(self._person_rename_problem(person, new_name, exc))
            return
        self._show_person(renamed)
        self.status.clear()
        self._session.notify("clients")

    def _show_person(self, person: Person) -> None:
        """Show a changed person at once; the list is read again after the notification."""
        self._people[person.id] = person
        self._quiet = True
        try:
            for i in range(self.people_list.count()):
                item = self.people_list.item(i)
                if item.data(ID_ROLE) == person.id:
                    item.setText(self._person_text(person))
                    item.setData(NAME_ROLE, person.name)
        finally:
            self._quiet = False

    def _person_rename_problem(self, person: Person, new_name: str, exc: Exception) -> str:
        """Why a person keeps the old name, in words (the service's message is for developers)."""
        if not new_name:
            return self.tr("A person needs a name; the old one stays.")
        try:
            others = clients_service.list_people(
                self._session.vault, person.client_id, include_archived=True
            )
        except (InvalidInput, VaultError):
            others = []
        if any(p.id != person.id and same_name(p.name, new_name) for p in others):
            client = self._clients.get(person.client_id)
            return self.tr(
                "{client} already has a person named “{name}”. To make the two one, use Merge."
            ).format(client=client.name if client is not None else "", name=new_name)
        return self.tr("The name stays as it was: {reason}").format(reason=str(exc))

    def start_person_role(self) -> PersonRoleDialog | None:
        person = self.current_person()
        if person is None or not self._session.is_unlocked:
            return None
        dialog = PersonRoleDialog(person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._set_role(dialog.person, dialog.role()))
        dialog.open()
        return dialog

    def _set_role(self, person: Person, role: str) -> None:
        if not self._session.is_unlocked:
            return
        try:
            changed = clients_service.set_person_role(self._session.vault, person.id, role)
        except (InvalidInput, VaultError) as exc:
            self.status.setText(self.tr("The role stays as it was: {reason}").format(reason=exc))
            return
        self._show_person(changed)
        if changed.role:
            self.status.setText(
                self.tr("{person} is now noted as {role}.").format(
                    person=changed.name, role=changed.role
                )
            )
        else:
            self.status.setText(
                self.tr("{person} has no role noted now.").format(person=changed.name)
            )
        self._session.notify("clients")

    def start_person_merge(self) -> MergePersonDialog | None:
        source = self.current_person()
        if source is None or not self._session.is_unlocked:
            return None
        try:
            everyone = clients_service.list_people(
                self._session.vault, source.client_id, include_archived=True
            )
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("Not merged"), str(exc))
            return None
        targets = [p for p in everyone if p.id != source.id]
        dialog = MergePersonDialog(source, targets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._merge_people(dialog.source, dialog.target_id()))
        dialog.open()
        return dialog

    def _merge_people(self, source: Person, target_id: int | None) -> None:
        if target_id is None or not self._session.is_unlocked:
            return
        try:
            result = clients_service.merge_people(self._session.vault, source.id, target_id)
            target = clients_service.get_person(self._session.vault, target_id)
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("Not merged"), str(exc))
            return
        self.status.setText(
            self.tr(
                "{source} and {target} are one person now: %n incident(s) moved.",
                "",
                result.incidents,
            ).format(source=source.name, target=target.name)
        )
        self._session.notify("clients")
        self._session.notify("incidents")
        self._fill_people()
        self.select_person(target_id)
        self.person_chosen.emit(target_id)

    def toggle_person_archived(self) -> None:
        person = self.current_person()
        if person is None or not self._session.is_unlocked:
            return
        try:
            clients_service.archive_person(self._session.vault, person.id, not person.archived)
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("Not changed"), str(exc))
            return
        if person.archived:
            self.status.setText(self.tr("{person} is back in the list.").format(person=person.name))
        else:
            self.status.setText(
                self.tr("{person} is archived; “Show archived” brings them back.").format(
                    person=person.name
                )
            )
        self._session.notify("clients")
