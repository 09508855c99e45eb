"""The dream-client profile: who the user wants to work with, in their own words.

A description, a reflection ("where do I behave like the clients I no longer want?") and
the criteria list. Texts save as you type (a short pause, or when the vault locks).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.value import Criterion, Measure, format_number, format_rate
from grenzen.services import value as value_service
from grenzen.services.value import DreamProfile
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.i18n import translate
from grenzen.ui.session import VaultSession
from grenzen.ui.value.dialogs import CriterionDialog

SAVE_DELAY_MS = 600


def measure_summary(criterion: Criterion) -> str:
    """ "measured: hourly rate ≥ 75 €/h" — or that the user ticks it."""
    threshold = criterion.threshold or 0.0
    lang = ui_language()
    match criterion.measure:
        case None:
            return translate("ValuePage", "you tick it per client")
        case Measure.MIN_RATE:
            text = translate("ValuePage", "measured: hourly rate ≥ {rate}")
            return text.format(rate=format_rate(threshold, lang))
        case Measure.MAX_DAYS_LATE:
            text = translate("ValuePage", "measured: paid ≤ {days} days late on average")
            return text.format(days=format_number(threshold, lang))
        case Measure.MAX_INCIDENTS:
            text = translate("ValuePage", "measured: ≤ {count} incidents in the period")
            return text.format(count=format_number(threshold, lang))
        case Measure.MIN_ENERGY:
            text = translate("ValuePage", "measured: energy ≥ {level} of 10")
            return text.format(level=format_number(threshold, lang))


class ProfileText(QPlainTextEdit):
    """A text that saves itself after a short pause in typing."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTabChangesFocus(True)
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.textChanged.connect(self._typed)
        self._loading = False

    def _typed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.timer.start()

    def load(self, text: str) -> None:
        """Show the stored text — unless the user is in the middle of changing it."""
        if self.dirty or self.toPlainText() == text:
            return
        self._loading = True
        self.setPlainText(text)
        self._loading = False

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.dirty:
            self.timer.stop()
            self.timer.timeout.emit()


class DreamProfilePanel(QWidget):
    """The profile's texts and criteria; every change is saved and announced as "value"."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dreamProfilePanel")
        self._criteria: list[Criterion] = []
        self._build()
        session.about_to_lock.connect(self.save_texts)

    def _build(self) -> None:
        title = QLabel(self.tr("Dream-client profile"))
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr(
                "Decide in writing whom you want to work with: clients who value you and "
                "whom you value. Saved as you type."
            )
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)

        self.description = ProfileText("dreamDescriptionEdit")
        self.description.setPlaceholderText(
            self.tr("Who are they? How do they work with you, how do they talk, how do they pay?")
        )
        self.description.setAccessibleName(self.tr("Description of your dream clients"))
        self.description.timer.timeout.connect(self.save_texts)
        line = self.fontMetrics().lineSpacing()
        self.description.setMinimumHeight(line * 5)
        self.description.setMaximumHeight(line * 8)
        description_label = QLabel(self.tr("&Who are your dream clients?"))
        description_label.setBuddy(self.description)

        self.reflection = ProfileText("dreamReflectionEdit")
        self.reflection.setPlaceholderText(
            self.tr("Honestly and kindly: late answers, unclear briefs, unpaid bills of your own?")
        )
        self.reflection.setAccessibleName(
            self.tr("Where do I behave like the clients I no longer want?")
        )
        self.reflection.timer.timeout.connect(self.save_texts)
        self.reflection.setMinimumHeight(round(line * 4.5))
        self.reflection.setMaximumHeight(line * 6)
        reflection_label = QLabel(self.tr("Where do &I behave like the clients I no longer want?"))
        reflection_label.setWordWrap(True)
        reflection_label.setBuddy(self.reflection)

        criteria_label = QLabel(self.tr("C&riteria"))
        self.criteria_list = QListWidget(objectName="criteriaList")
        self.criteria_list.setAccessibleName(self.tr("Criteria of the dream-client profile"))
        self.criteria_list.setWordWrap(True)
        self.criteria_list.setSpacing(2)
        self.criteria_list.itemSelectionChanged.connect(self._selection_changed)
        self.criteria_list.itemActivated.connect(lambda _item: self.edit_selected())
        criteria_label.setBuddy(self.criteria_list)
        self.criteria_empty = QLabel(
            self.tr(
                "No criteria yet. Add a few lines — “Pays on time”, “Respects my no” — and "
                "tick for each client how they match."
            ),
            objectName="criteriaEmpty",
        )
        self.criteria_empty.setProperty("role", "muted")
        self.criteria_empty.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Add…"), objectName="addCriterionButton")
        self.add_button.setToolTip(self.tr("Add a criterion to your dream-client profile"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Chan&ge…"), objectName="editCriterionButton")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove…"), objectName="removeCriterionButton")
        self.remove_button.clicked.connect(self.ask_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        self.confirm_bar = QFrame(objectName="removeCriterionBar")
        self.confirm_bar.setProperty("role", "card")
        confirm_text = QLabel(
            self.tr("Remove this criterion? The ticks you gave for it go with it.")
        )
        confirm_text.setWordWrap(True)
        keep = QPushButton(self.tr("Keep it"), objectName="keepCriterionButton")
        keep.clicked.connect(self.confirm_bar.hide)
        remove = QPushButton(self.tr("Remove"), objectName="confirmRemoveCriterionButton")
        remove.clicked.connect(self.remove_selected)
        bar = QHBoxLayout(self.confirm_bar)
        bar.addWidget(confirm_text, 1)
        bar.addWidget(keep)
        bar.addWidget(remove)
        self.confirm_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(description_label)
        layout.addWidget(self.description)
        layout.addWidget(reflection_label)
        layout.addWidget(self.reflection)
        layout.addWidget(criteria_label)
        layout.addWidget(self.criteria_list, 1)
        layout.addWidget(self.criteria_empty)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm_bar)
        self._selection_changed()

    # --- data ----------------------------------------------------------------------------
    def set_profile(self, profile: DreamProfile) -> None:
        self.description.load(profile.description)
        self.reflection.load(profile.reflection)
        selected = self.selected_id()
        self._criteria = list(profile.criteria)
        self.criteria_list.clear()
        for criterion in self._criteria:
            text = criterion.text
            if criterion.measured:
                text += f"\n{measure_summary(criterion)}"
            item = QListWidgetItem(text)
            item.setToolTip(measure_summary(criterion))
            item.setData(Qt.ItemDataRole.UserRole, criterion.id)
            self.criteria_list.addItem(item)
            if criterion.id == selected:
                self.criteria_list.setCurrentItem(item)
        has_any = bool(self._criteria)
        self.criteria_list.setVisible(has_any)
        self.criteria_empty.setVisible(not has_any)
        self._selection_changed()

    def clear(self) -> None:
        for edit in (self.description, self.reflection):
            edit.timer.stop()
            edit.dirty = False
            edit.load("")
        self._criteria = []
        self.criteria_list.clear()
        self.confirm_bar.hide()

    def selected_id(self) -> int | None:
        item = self.criteria_list.currentItem()
        if item is None or not item.isSelected():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def selected(self) -> Criterion | None:
        wanted = self.selected_id()
        return next((c for c in self._criteria if c.id == wanted), None)

    def _selection_changed(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if not has:
            self.confirm_bar.hide()

    # --- actions -------------------------------------------------------------------------
    def save_texts(self) -> None:
        """Write the texts that changed; called after a pause, on focus out and on lock."""
        if not self.session.is_unlocked:
            return
        changes = {}
        if self.description.dirty:
            changes["description"] = self.description.toPlainText()
        if self.reflection.dirty:
            changes["reflection"] = self.reflection.toPlainText()
        if not changes:
            return
        try:
            value_service.set_profile_texts(self.session.vault, **changes)
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("The profile was not saved"), str(exc))
            return
        self.description.dirty = self.description.dirty and "description" not in changes
        self.reflection.dirty = self.reflection.dirty and "reflection" not in changes
        self.session.notify("value")

    def add(self) -> CriterionDialog | None:
        if not self.session.is_unlocked:
            return None
        dialog = CriterionDialog(self.session, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_selected(self) -> CriterionDialog | None:
        criterion = self.selected()
        if criterion is None or not self.session.is_unlocked:
            return None
        dialog = CriterionDialog(self.session, criterion, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_remove(self) -> None:
        if self.selected_id() is not None:
            self.confirm_bar.show()

    def remove_selected(self) -> None:
        criterion_id = self.selected_id()
        self.confirm_bar.hide()
        if criterion_id is None or not self.session.is_unlocked:
            return
        try:
            value_service.remove_criterion(self.session.vault, criterion_id)
        except (InvalidInput, VaultError) as exc:
            show_error(self, self.tr("The criterion was not removed"), str(exc))
            return
        self.session.notify("value")
