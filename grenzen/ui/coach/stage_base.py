"""The frame every stage page shares: guidance, autosaved answers and the outcome row.

Pages subclass ``StagePage``, put their own widgets into ``content_layout`` and bind them
with ``bind_text`` / ``bind_value``; what the user writes is saved into the vault shortly
after each change, so nothing is lost when the window closes or the vault locks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.cases import Stage
from grenzen.domain.coach.texts import NAMES
from grenzen.resources import resource
from grenzen.services import cases
from grenzen.services.errors import NotFound
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.errors import show_error
from grenzen.ui.i18n import translate
from grenzen.ui.session import VaultSession

SAVE_DELAY_MS = 400
_P = TypeVar("_P", bound="type[StagePage]")

_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)

# Every registered stage page, filled by ``@register_page`` when a page module is imported.
PAGE_CLASSES: dict[Stage, type[StagePage]] = {}


def register_page(cls: _P) -> _P:
    """Class decorator: make ``cls`` the page the case view shows for ``cls.stage``."""
    PAGE_CLASSES[cls.stage] = cls
    return cls


def ui_language() -> str:
    """ "de" or "en": the language the coach's texts are shown in."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def stage_name(stage: Stage | str, lang: str | None = None) -> str:
    """The glossary name of a stage or coach action in the UI language."""
    return NAMES[lang or ui_language()][str(stage)]


def guidance_markdown(name: str, lang: str | None = None) -> str:
    """The guidance text ``resources/content/<lang>/<name>.md`` (English as fallback)."""
    for language in (lang or ui_language(), "en"):
        path = resource("content", language, f"{name}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def opens_at_text(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """A local time in words: "14:30 today", "14:30 tomorrow" or "14:30 on 3 Dec 2026"."""
    local = moment.astimezone()
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    locale = QLocale()
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return translate("Coach", "{time} today").format(time=time)
    if local.date() == today + dt.timedelta(days=1):
        return translate("Coach", "{time} tomorrow").format(time=time)
    day = QDate(local.year, local.month, local.day)
    date = locale.toString(day, QLocale.FormatType.ShortFormat)
    return translate("Coach", "{time} on {date}").format(time=time, date=date)


class StagePage(QWidget):
    """One stage of a case: guidance on top, the page's own questions, the outcome row."""

    stage: ClassVar[Stage]
    outcome_chosen = Signal(str)  # "settled" | "move_up" | "not_yet"

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"stagePage_{self.stage.value}")
        self.session = session
        self.case_id = case_id
        self.not_before: dt.datetime | None = None
        self.answers: dict[str, Any] = {}
        self._loading = False
        if session.is_unlocked:
            try:
                self.answers = dict(cases.stage_answers(session.vault, case_id, self.stage))
            except (NotFound, VaultError, InvalidInput):
                self.answers = {}

        self._save_timer = QTimer(self)
        self._save_timer.setObjectName("answersSaveTimer")
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        session.about_to_lock.connect(self.save_now)
        session.locked.connect(self._save_timer.stop)

        outer = QVBoxLayout(self)
        heading = QLabel(stage_name(self.stage), self)
        heading.setObjectName("stageHeading")
        heading.setProperty("role", "title")
        outer.addWidget(heading)

        self.guidance_toggle = QToolButton(self)
        self.guidance_toggle.setObjectName("guidanceToggle")
        self.guidance_toggle.setText(self.tr("Why this step"))
        self.guidance_toggle.setCheckable(True)
        self.guidance_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.guidance_toggle.toggled.connect(self._show_guidance)
        outer.addWidget(self.guidance_toggle)

        self.guidance_text = QTextBrowser(self)
        self.guidance_text.setObjectName("guidanceText")
        self.guidance_text.setAccessibleName(self.tr("Guidance for this step"))
        self.guidance_text.setOpenLinks(False)
        self.guidance_text.document().setMarkdown(guidance_markdown(self.stage.value), _MARKDOWN)
        self.guidance_text.setVisible(False)
        outer.addWidget(self.guidance_text)

        # The questions scroll; the heading and the outcome buttons stay in view.
        content = QWidget()
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("stageContent")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        self.cooling_label = QLabel(self)
        self.cooling_label.setObjectName("coolingOffLabel")
        self.cooling_label.setProperty("role", "muted")
        self.cooling_label.setWordWrap(True)
        self.cooling_label.setVisible(False)
        outer.addWidget(self.cooling_label)

        row = QHBoxLayout()
        self.settled_button = QPushButton(self.tr("Settled — close the case"), self)
        self.settled_button.setObjectName("settledButton")
        self.settled_button.setToolTip(self.tr("It is resolved; the case is closed."))
        last = self.stage is Stage.MOVE_ON
        self.move_up_button = QPushButton(
            self.tr("I have moved on") if last else self.tr("Not settled — next step"), self
        )
        self.move_up_button.setObjectName("moveUpButton")
        self.move_up_button.setToolTip(
            self.tr("Mark this step done and close the case as moved on.")
            if last
            else self.tr("Mark this step done and go one step up the ladder.")
        )
        self.not_yet_button = QPushButton(self.tr("Not yet — come back later"), self)
        self.not_yet_button.setObjectName("notYetButton")
        self.not_yet_button.setToolTip(self.tr("Keep this step open; your answers are saved."))
        self.settled_button.clicked.connect(lambda: self._choose("settled"))
        self.move_up_button.clicked.connect(lambda: self._choose("move_up"))
        self.not_yet_button.clicked.connect(lambda: self._choose("not_yet"))
        row.addWidget(self.not_yet_button)
        row.addStretch(1)
        row.addWidget(self.settled_button)
        row.addWidget(self.move_up_button)
        outer.addLayout(row)

    # --- guidance -------------------------------------------------------------------

    def _show_guidance(self, shown: bool) -> None:
        self.guidance_text.setVisible(shown)
        self.guidance_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    # --- answers --------------------------------------------------------------------

    def answer(self, key: str, default: Any = None) -> Any:
        return self.answers.get(key, default)

    def set_answer(self, key: str, value: Any) -> None:
        """Record a (JSON) value and save it shortly; for widgets the binders do not cover."""
        if self._loading or self.answers.get(key) == value:
            return
        self.answers[key] = value
        self._save_timer.start()

    def bind_text(self, widget: QLineEdit | QPlainTextEdit | QTextEdit, key: str) -> None:
        """Fill ``widget`` from answer ``key`` and save what the user types into it."""
        text = str(self.answers.get(key) or "")
        self._loading = True
        try:
            if isinstance(widget, QLineEdit):
                widget.setText(text)
                widget.textChanged.connect(lambda value: self.set_answer(key, value))
            else:
                widget.setPlainText(text)
                widget.textChanged.connect(lambda: self.set_answer(key, widget.toPlainText()))
        finally:
            self._loading = False

    def bind_value(
        self,
        widget: QAbstractButton | QSpinBox | QDoubleSpinBox | QSlider | QComboBox | QDateEdit,
        key: str,
    ) -> None:
        """Like ``bind_text`` for checkboxes (bool), spin boxes/sliders (number), combos
        (current text) and date edits (ISO date)."""
        stored = self.answers.get(key)
        self._loading = True
        try:
            if isinstance(widget, QCheckBox | QAbstractButton):
                if stored is not None:
                    widget.setChecked(bool(stored))
                widget.toggled.connect(lambda value: self.set_answer(key, bool(value)))
            elif isinstance(widget, QSpinBox | QDoubleSpinBox | QSlider):
                if stored is not None:
                    widget.setValue(stored)
                widget.valueChanged.connect(lambda value: self.set_answer(key, value))
            elif isinstance(widget, QComboBox):
                if stored is not None:
                    index = widget.findText(str(stored))
                    if index >= 0:
                        widget.setCurrentIndex(index)
                    elif widget.isEditable():
                        widget.setEditText(str(stored))
                widget.currentTextChanged.connect(lambda value: self.set_answer(key, value))
            elif isinstance(widget, QDateEdit):
                if stored:
                    widget.setDate(QDate.fromString(str(stored), Qt.DateFormat.ISODate))
                widget.dateChanged.connect(
                    lambda value: self.set_answer(key, value.toString(Qt.DateFormat.ISODate))
                )
            else:
                raise TypeError(f"bind_value: unsupported widget {type(widget).__name__}")
        finally:
            self._loading = False

    @property
    def has_pending_save(self) -> bool:
        return self._save_timer.isActive()

    def save_now(self) -> None:
        """Write the answers now (also called just before the vault locks)."""
        self._save_timer.stop()
        if not self.session.is_unlocked:
            return
        try:
            cases.save_stage_answers(self.session.vault, self.case_id, self.stage, self.answers)
        except (NotFound, VaultError, InvalidInput) as exc:
            show_error(self, self.tr("Could not save your answers"), str(exc))

    # --- outcome and cooling-off ----------------------------------------------------

    def _choose(self, outcome: str) -> None:
        if self._save_timer.isActive():
            self.save_now()
        self.outcome_chosen.emit(outcome)

    @property
    def cooling_off_active(self) -> bool:
        return self.not_before is not None and dt.datetime.now(dt.UTC) < self.not_before

    def set_cooling_off(self, not_before: dt.datetime | None) -> None:
        """Until ``not_before`` nothing may be sent; pages override ``on_cooling_off``."""
        self.not_before = not_before
        if not_before is None:
            self.cooling_label.setVisible(False)
            self.cooling_label.clear()
        else:
            self.cooling_label.setText(
                self.tr("Cooling off: sending opens at {when}. Preparing is fine.").format(
                    when=opens_at_text(not_before)
                )
            )
            self.cooling_label.setVisible(True)
        self.on_cooling_off(not_before)

    def on_cooling_off(self, not_before: dt.datetime | None) -> None:
        """Hook for pages with "I sent it" controls: disable them while ``not_before`` is set."""

    def closeEvent(self, event: Any) -> None:
        if self._save_timer.isActive():
            self.save_now()
        super().closeEvent(event)
