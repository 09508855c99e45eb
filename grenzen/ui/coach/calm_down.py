"""Stage 1, calm down: a breathing pause, a compliment, and an honest self-check.

method.md §2: leave the situation, breathe (five minutes help), look at the feelings
(thin-skinned today, or really an incident?) and the factual level (must something happen
now?). The compliment card reminds the user what they are worth.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.cases import Stage
from grenzen.services import wellbeing
from grenzen.storage.errors import VaultError
from grenzen.ui.coach.breathing import DEFAULT_MINUTES, BreathingGuide
from grenzen.ui.coach.stage_base import StagePage, register_page
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import native

START_KEYS = "Ctrl+Shift+Space"
CHOICES = ("yes", "no", "unsure")


class ChoiceRow(QWidget):
    """Yes / no / not sure as radio buttons; the answer is stored as the English key."""

    chosen = Signal(str)

    def __init__(self, name: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(question)
        labels = {"yes": self.tr("Yes"), "no": self.tr("No"), "unsure": self.tr("Not sure")}
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key in CHOICES:
            button = QRadioButton(labels[key], self)
            button.setObjectName(f"{name}{key.capitalize()}")
            self._group.addButton(button)
            self.buttons[key] = button
            button.toggled.connect(lambda on, k=key: on and self.chosen.emit(k))
            layout.addWidget(button)
        layout.addStretch(1)
        self.setFocusProxy(self.buttons["yes"])

    def value(self) -> str | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: object) -> None:
        if isinstance(value, str) and value in self.buttons:
            self.buttons[value].setChecked(True)


@register_page
class CalmDownPage(StagePage):
    """Breathe first, then look honestly: the questions save as you answer them."""

    stage = Stage.CALM_DOWN
    finished = Signal()  # the pause is over

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("calmDownPage")

        # --- the pause ------------------------------------------------------------
        self.guide = BreathingGuide(parent=self)
        self.guide.finished.connect(self._pause_over)
        self.guide.running_changed.connect(self._running_changed)

        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setObjectName("pauseMinutes")
        self.minutes_spin.setRange(1, 20)
        self.minutes_spin.setValue(DEFAULT_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        minutes_label = QLabel(self.tr("&Pause length:"), self)
        minutes_label.setBuddy(self.minutes_spin)

        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startPauseButton")
        self.start_button.setProperty("primary", True)
        self.start_button.setShortcut(QKeySequence(START_KEYS))
        self.start_button.clicked.connect(self.guide.toggle)

        self.calmer_button = QPushButton(self.tr("I'm calmer"), self)
        self.calmer_button.setObjectName("calmerButton")
        self.calmer_button.setToolTip(self.tr("End the pause and note how you feel now."))
        self.calmer_button.clicked.connect(self._calmer)

        self.animation_check = QCheckBox(self.tr("Show the breathing circle"), self)
        self.animation_check.setObjectName("animationCheck")
        self.animation_check.setChecked(True)
        self.animation_check.toggled.connect(self.guide.set_animated)

        self.pause_note = QLabel(self)
        self.pause_note.setObjectName("pauseNote")
        self.pause_note.setProperty("role", "muted")
        self.pause_note.setWordWrap(True)

        pause_box = QVBoxLayout()
        pause_box.addWidget(self.guide, 1)
        settings_row = QHBoxLayout()
        settings_row.addWidget(minutes_label)
        settings_row.addWidget(self.minutes_spin)
        settings_row.addStretch(1)
        settings_row.addWidget(self.animation_check)
        pause_box.addLayout(settings_row)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.start_button)
        buttons_row.addWidget(self.calmer_button)
        pause_box.addLayout(buttons_row)
        pause_box.addWidget(self.pause_note)

        # --- the compliment card --------------------------------------------------
        self.card = QFrame(self)
        self.card.setObjectName("complimentCard")
        self.card.setProperty("role", "card")
        self.compliment_text = QLabel(self.card)
        self.compliment_text.setObjectName("complimentText")
        self.compliment_text.setProperty("role", "quote")
        self.compliment_text.setWordWrap(True)
        self.compliment_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compliment_meta = QLabel(self.card)
        self.compliment_meta.setObjectName("complimentMeta")
        self.compliment_meta.setProperty("role", "muted")
        self.another_button = QPushButton(self.tr("Another one"), self.card)
        self.another_button.setObjectName("anotherComplimentButton")
        self.another_button.setToolTip(self.tr("Pick another compliment at random"))
        self.another_button.clicked.connect(self.show_compliment)
        card_layout = QVBoxLayout(self.card)
        card_title = QLabel(self.tr("Said about you"), self.card)
        card_title.setProperty("role", "muted")
        card_layout.addWidget(card_title)
        card_layout.addWidget(self.compliment_text, 1)
        card_layout.addWidget(self.compliment_meta)
        another_row = QHBoxLayout()
        another_row.addStretch(1)
        another_row.addWidget(self.another_button)
        card_layout.addLayout(another_row)

        top = QHBoxLayout()
        top.addLayout(pause_box, 3)
        top.addWidget(self.card, 2)
        self.content_layout.addLayout(top, 1)

        # --- the self-check -------------------------------------------------------
        check_box = QGroupBox(self.tr("An honest self-check"), self)
        form = QFormLayout(check_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.thin_skinned = ChoiceRow(
            "selfCheckThinSkinned", self.tr("Am I thin-skinned today?"), check_box
        )
        self.their_stress = ChoiceRow(
            "selfCheckTheirStress", self.tr("Could there be stress on their side?"), check_box
        )
        form.addRow(
            self._buddy_label(self.tr("Am I &thin-skinned today?"), self.thin_skinned),
            self.thin_skinned,
        )
        form.addRow(
            self._buddy_label(self.tr("Could there be &stress on their side?"), self.their_stress),
            self.their_stress,
        )
        self.note_edit = QPlainTextEdit(check_box)
        self.note_edit.setObjectName("selfCheckNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Anything else you notice, in a few words"))
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 5)
        form.addRow(self._buddy_label(self.tr("&Note:"), self.note_edit), self.note_edit)

        self.feeling_slider = QSlider(Qt.Orientation.Horizontal, check_box)
        self.feeling_slider.setObjectName("feelingAfter")
        self.feeling_slider.setRange(0, 10)
        self.feeling_slider.setValue(5)
        self.feeling_slider.setPageStep(2)
        self.feeling_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.feeling_slider.setAccessibleName(self.tr("How I feel now, 0 to 10"))
        self.feeling_value = QLabel(check_box)
        self.feeling_value.setObjectName("feelingAfterValue")
        feeling_row = QHBoxLayout()
        feeling_row.addWidget(self.feeling_slider, 1)
        feeling_row.addWidget(self.feeling_value)
        form.addRow(
            self._buddy_label(self.tr("How do I feel no&w (0–10)?"), self.feeling_slider),
            feeling_row,
        )
        self.factual_check = QCheckBox(
            self.tr("Does something on the factual level need action now?"), check_box
        )
        self.factual_check.setObjectName("factualActionCheck")
        form.addRow(self.factual_check)
        self.content_layout.addWidget(check_box)

        # --- bind answers (after building, so loading fills the widgets) ----------
        self.bind_value(self.minutes_spin, "pause_minutes")
        self.bind_text(self.note_edit, "self_check_note")
        self.bind_value(self.feeling_slider, "feeling_after")
        self.bind_value(self.factual_check, "factual_action_needed")
        for row, key in (
            (self.thin_skinned, "self_check_thin_skinned"),
            (self.their_stress, "self_check_their_stress"),
        ):
            row.set_value(self.answer(key))
            row.chosen.connect(lambda value, k=key: self.set_answer(k, value))
        self.feeling_slider.valueChanged.connect(self._show_feeling)
        self._show_feeling()
        self.guide.set_duration_ms(self.minutes_spin.value() * 60_000)
        self.minutes_spin.valueChanged.connect(lambda m: self.guide.set_duration_ms(m * 60_000))
        self._running_changed(False)
        if self.answer("calmer"):
            self.pause_note.setText(self.tr("You noted that you're calmer. Well done."))

        session.locked.connect(self._forget)
        self.show_compliment()

    def _buddy_label(self, text: str, buddy: QWidget) -> QLabel:
        # No word wrap: wrapped labels in a form lose height and get clipped; long rows
        # put their label above the field instead (the form's wrap policy).
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # --- pause ----------------------------------------------------------------------

    def set_duration_ms(self, ms: int) -> None:
        """The pause length in milliseconds (tests use a short one)."""
        self.guide.set_duration_ms(ms)

    def _running_changed(self, running: bool) -> None:
        if running:
            self.start_button.setText(self.tr("Pause"))
            tip = self.tr("Pause the countdown ({keys})")
        else:
            self.start_button.setText(self.tr("Start"))
            tip = self.tr("Start the breathing pause ({keys})")
        self.start_button.setToolTip(tip.format(keys=native(START_KEYS)))

    def _pause_over(self) -> None:
        self.pause_note.setText(
            self.tr("The pause is over. Take a moment to notice how you feel now.")
        )
        self.finished.emit()

    def _calmer(self) -> None:
        """End the pause and save at once, with how the user feels now."""
        self.guide.pause()
        self.set_answer("feeling_after", self.feeling_slider.value())
        self.set_answer("calmer", True)
        self.save_now()
        self.pause_note.setText(self.tr("Good. Take your time with the questions below."))
        self.thin_skinned.setFocus()

    def _show_feeling(self) -> None:
        if self.answer("feeling_after") is None:
            self.feeling_value.setText("–")
        else:
            self.feeling_value.setText(str(self.feeling_slider.value()))

    # --- compliment -----------------------------------------------------------------

    def show_compliment(self) -> None:
        """A random compliment, or a gentle line while the collection is empty."""
        compliment = None
        if self.session.is_unlocked:
            try:
                compliment = wellbeing.random_compliment(self.session.vault)
            except VaultError:
                compliment = None
        if compliment is None:
            self.compliment_text.setText(
                self.tr(
                    "No compliments collected yet. When a client thanks you, keep it "
                    "under Compliments — it helps on days like this."
                )
            )
            self.compliment_meta.clear()
            self.another_button.setEnabled(False)
            return
        self.compliment_text.setText(compliment.text)
        who = compliment.from_whom or compliment.client
        self.compliment_meta.setText(f"— {who}" if who else "")
        self.another_button.setEnabled(True)

    def _forget(self) -> None:
        """The vault locked: stop the pause and drop what we showed."""
        self.guide.pause()
        self.compliment_text.clear()
        self.compliment_meta.clear()
        self.note_edit.blockSignals(True)
        self.note_edit.clear()
        self.note_edit.blockSignals(False)

    def hideEvent(self, event: QHideEvent) -> None:
        self.guide.pause()
        super().hideEvent(event)
