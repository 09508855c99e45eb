"""The compliment collection: thanks and praise, kept for the hard moments.

One compliment large on a calm card (another one on request), the whole collection
below, newest first. Deleting asks once, inline (no modal box in the way).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.clients import short_title
from grenzen.domain.wellbeing import Compliment
from grenzen.services import wellbeing
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import (
    native,
    optional_client_combo,
    save_cancel_row,
    settle_minimum_size,
    short_date,
)

ADD_KEYS = "Ctrl+Shift+N"
ANOTHER_TRIES = 5


class ComplimentDialog(QDialog):
    """A small form to keep one compliment; saves through the service and says ``saved``."""

    saved = Signal(int)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("complimentDialog")
        self.setWindowTitle(self.tr("Add a compliment"))
        self.text_edit = QPlainTextEdit(objectName="complimentTextEdit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            self.tr("What did they say or write? Their own words are best.")
        )
        self.from_edit = QLineEdit(objectName="complimentFromEdit")
        self.from_edit.setPlaceholderText(self.tr("Optional"))
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="complimentDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.client_combo = optional_client_combo(
            session, "complimentClientCombo", self.tr("Optional")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Compliment"), self.text_edit)
        form.addRow(self.tr("&From whom"), self.from_edit)
        form.addRow(self.tr("&Received on"), self.date_edit)
        form.addRow(self.tr("C&lient"), self.client_combo)

        self.save_button, buttons = save_cancel_row(
            self,
            save_text=self.tr("&Save"),
            save_tooltip=self.tr("Keep this compliment ({keys})"),
            save_name="complimentSaveButton",
            cancel_text=self.tr("Cancel"),
            cancel_name="complimentCancelButton",
            on_save=self.save,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        settle_minimum_size(self)
        self.text_edit.setFocus()

    def save(self) -> None:
        if not self.session.is_unlocked:
            return
        text = self.text_edit.toPlainText().strip()
        if not text:
            show_error(self, self.tr("Nothing to keep yet"), self.tr("Write the compliment first."))
            return
        try:
            new_id = wellbeing.add_compliment(
                self.session.vault,
                text,
                received_on=self.date_edit.date().toPython(),
                from_whom=self.from_edit.text(),
                client=self.client_combo.currentText(),
            )
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("The compliment was not saved"), str(exc))
            return
        self.saved.emit(new_id)
        self.accept()


class ComplimentsPage(QWidget):
    """Re-read what went well: one card large, the collection below."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("complimentsPage")
        self._compliments: list[Compliment] = []
        self._shown: Compliment | None = None
        self._build()
        session.changed.connect(self._on_changed)
        session.unlocked.connect(self.refresh)
        session.locked.connect(self.clear)
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Compliments"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr("Thanks and praise you received, kept for the hard moments."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)

        self.card = QFrame(objectName="complimentCard")
        self.card.setProperty("role", "card")
        self.card_text = QLabel(objectName="complimentCardText")
        self.card_text.setProperty("role", "quote")
        self.card_text.setWordWrap(True)
        self.card_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.card_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.card_text.setFont(font)
        self.card_meta = QLabel(objectName="complimentCardMeta")
        self.card_meta.setProperty("role", "muted")
        self.another_button = QPushButton(
            self.tr("Show me another"), objectName="randomComplimentButton"
        )
        self.another_button.setToolTip(self.tr("Pick another compliment at random"))
        self.another_button.clicked.connect(self.show_another)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(24, 20, 24, 16)
        card_layout.addWidget(self.card_text)
        card_layout.addWidget(self.card_meta)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.another_button)
        card_layout.addLayout(row)

        self.add_button = QPushButton(self.tr("Add compliment…"), objectName="addComplimentButton")
        self.add_button.setProperty("primary", True)
        self.add_button.setShortcut(QKeySequence(ADD_KEYS))
        self.add_button.setToolTip(
            self.tr("Keep a compliment or thanks you received ({keys})").format(
                keys=native(ADD_KEYS)
            )
        )
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Delete…"), objectName="deleteComplimentButton")
        self.delete_button.setToolTip(self.tr("Delete the selected compliment (Del)"))
        self.delete_button.clicked.connect(self.ask_delete)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        self.list = QListWidget(objectName="complimentList")
        self.list.setSpacing(4)  # entries are two lines each; space keeps them apart
        self.list.setAccessibleName(self.tr("All compliments, newest first"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(self._show_item)
        self.list.installEventFilter(self)

        self.confirm_bar = QFrame(objectName="deleteConfirmBar")
        self.confirm_bar.setProperty("role", "card")
        self.confirm_text = QLabel(
            self.tr("Delete this compliment? It cannot be brought back."),
            objectName="deleteConfirmText",
        )
        self.confirm_text.setWordWrap(True)
        confirm = QPushButton(self.tr("Delete"), objectName="confirmDeleteButton")
        confirm.clicked.connect(self.delete_selected)
        keep = QPushButton(self.tr("Keep it"), objectName="cancelDeleteButton")
        keep.clicked.connect(self._hide_confirm)
        bar = QHBoxLayout(self.confirm_bar)
        bar.addWidget(self.confirm_text, 1)
        bar.addWidget(keep)
        bar.addWidget(confirm)
        self.confirm_bar.hide()

        self.empty = QLabel(objectName="complimentsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.setText(
            self.tr(
                "Add the first one with “Add compliment…” ({keys}). A line from an e-mail, "
                "a kind word after a meeting, a thank-you note: all of it counts."
            ).format(keys=native(ADD_KEYS))
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.card)
        layout.addLayout(actions)
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Del on the list asks to delete the selected compliment."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.ask_delete()
            return True
        return super().eventFilter(watched, event)

    # --- data ----------------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind in ("compliments", "clients"):
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        self._compliments = wellbeing.list_compliments(self.session.vault)
        selected = self.selected_id()
        self.list.clear()
        for compliment in self._compliments:
            item = QListWidgetItem(self._item_text(compliment))
            item.setData(Qt.ItemDataRole.UserRole, compliment.id)
            item.setToolTip(compliment.text)
            self.list.addItem(item)
            if compliment.id == selected:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        ids = {c.id for c in self._compliments}
        if self._shown is None or self._shown.id not in ids:
            self._show(wellbeing.random_compliment(self.session.vault))
        has_any = bool(self._compliments)
        self.list.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self.delete_button.setVisible(has_any)
        self.another_button.setEnabled(len(self._compliments) > 1)
        self._selection_changed()

    def clear(self) -> None:
        """The vault locked: forget every word we showed."""
        self._compliments = []
        self._shown = None
        self.list.clear()
        self.card_text.clear()
        self.card_meta.clear()
        self.confirm_bar.hide()

    def _item_text(self, compliment: Compliment) -> str:
        meta = [short_date(compliment.received_on)]
        if compliment.from_whom:
            meta.insert(0, self.tr("from {name}").format(name=compliment.from_whom))
        if compliment.client:
            meta.append(compliment.client)
        return f"{short_title(compliment.text, 160)}\n{' · '.join(meta)}"

    def _show(self, compliment: Compliment | None) -> None:
        self._shown = compliment
        if compliment is None:
            self.card_text.setText(
                self.tr(
                    "Collect the thanks and praise you get. On a hard day, reading them "
                    "again reminds you of what you do well."
                )
            )
            self.card_meta.clear()
            return
        self.card_text.setText(compliment.text)
        day = short_date(compliment.received_on)
        if compliment.from_whom:
            meta = self.tr("— {name}, {date}").format(name=compliment.from_whom, date=day)
        else:
            meta = self.tr("— {date}").format(date=day)
        self.card_meta.setText(meta)

    def shown(self) -> Compliment | None:
        """The compliment on the card (for tests and the calm-down page)."""
        return self._shown

    def show_another(self) -> None:
        if not self.session.is_unlocked:
            return
        current = self._shown.id if self._shown else None
        pick = wellbeing.random_compliment(self.session.vault)
        for _ in range(ANOTHER_TRIES):
            if pick is None or pick.id != current or len(self._compliments) < 2:
                break
            pick = wellbeing.random_compliment(self.session.vault)
        self._show(pick)

    def _show_item(self, item: QListWidgetItem) -> None:
        wanted = item.data(Qt.ItemDataRole.UserRole)
        self._show(next((c for c in self._compliments if c.id == wanted), None))

    # --- actions -------------------------------------------------------------------------
    def add(self) -> None:
        if not self.session.is_unlocked:
            return
        dialog = ComplimentDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._added)
        dialog.open()

    def _added(self, compliment_id: int) -> None:
        self.session.notify("compliments")
        self._show(next((c for c in self._compliments if c.id == compliment_id), self._shown))

    def selected_id(self) -> int | None:
        items = self.list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)
        if self.selected_id() is None:
            self._hide_confirm()

    def ask_delete(self) -> None:
        if self.selected_id() is None:
            return
        self.confirm_bar.show()
        self.confirm_bar.findChild(QPushButton, "cancelDeleteButton").setFocus()

    def _hide_confirm(self) -> None:
        self.confirm_bar.hide()

    def delete_selected(self) -> None:
        compliment_id = self.selected_id()
        self._hide_confirm()
        if compliment_id is None or not self.session.is_unlocked:
            return
        try:
            wellbeing.delete_compliment(self.session.vault, compliment_id)
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("The compliment was not deleted"), str(exc))
            return
        self.session.notify("compliments")
