"""One case: the ladder stepper, the current stage's page, its incidents and the coach's advice."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.cases import Stage
from grenzen.domain.coach.ladder import StageStatus
from grenzen.domain.incidents import Incident, InvalidIncident
from grenzen.services import cases, journal
from grenzen.services.cases import CaseView as CoachView
from grenzen.services.errors import NotFound
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import (
    PAGE_CLASSES,
    StagePage,
    opens_at_text,
    stage_name,
    ui_language,
)
from grenzen.ui.coach.stepper import LadderStepper
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession

PAGE_MODULES = ("calm_down", "clarify", "boundaries", "escalate", "move_on")
STAGE_VALUES = {stage.value for stage in Stage}
_PLAIN_PAGES: dict[Stage, type[StagePage]] = {}


def load_pages() -> None:
    """Import the stage page modules that exist, so they register their classes."""
    for name in PAGE_MODULES:
        try:
            importlib.import_module(f"grenzen.ui.coach.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"grenzen.ui.coach.{name}":
                raise


def page_class(stage: Stage) -> type[StagePage]:
    """The registered page of ``stage``, or a plain page with guidance and outcome buttons."""
    load_pages()
    found = PAGE_CLASSES.get(stage)
    if found is not None:
        return found
    if stage not in _PLAIN_PAGES:
        name = f"Plain{stage.name.title().replace('_', '')}Page"
        _PLAIN_PAGES[stage] = type(name, (StagePage,), {"stage": stage})
    return _PLAIN_PAGES[stage]


def _short(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _date_text(day: dt.date, kind: QLocale.FormatType) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), kind)


class CaseView(QWidget):
    """Everything about one case; refreshes when cases or incidents change, empties on lock."""

    def __init__(
        self,
        session: VaultSession,
        case_id: int,
        parent: QWidget | None = None,
        cooling_off_hours: int = 24,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.session = session
        self.case_id = case_id
        self.cooling_off = dt.timedelta(hours=cooling_off_hours)
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.view: CoachView | None = None
        self.pages: dict[Stage, StagePage] = {}
        self._go_stage: Stage | None = None

        root = QHBoxLayout(self)
        main = QVBoxLayout()
        root.addLayout(main, 3)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("caseTitle")
        self.title_label.setProperty("role", "title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.client_label = QLabel(self)
        self.client_label.setObjectName("caseClient")
        self.client_label.setProperty("role", "muted")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("caseState")
        self.state_label.setWordWrap(True)
        self.state_label.setVisible(False)
        self.stepper = LadderStepper(self)
        self.stepper.stage_clicked.connect(self.show_stage)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("stagePages")
        self.dossier_button = QPushButton(self.tr("&Dossier…"), self)
        self.dossier_button.setObjectName("dossierButton")
        self.dossier_button.setToolTip(
            self.tr("Export a dated record of this case (PDF, web page or Markdown)")
        )
        self.dossier_button.clicked.connect(self.open_dossier)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.dossier_button, 0, Qt.AlignmentFlag.AlignTop)
        main.addLayout(header)
        for widget in (self.client_label, self.stepper, self.state_label):
            main.addWidget(widget)
        main.addWidget(self.stack, 1)

        side_widget = QWidget(self)
        side_widget.setObjectName("caseSide")
        side_widget.setFixedWidth(self.fontMetrics().averageCharWidth() * 34)
        side = QVBoxLayout(side_widget)
        side.setContentsMargins(0, 0, 0, 0)
        root.addWidget(side_widget)
        self.banner = QFrame(self)
        self.banner.setObjectName("recommendationBanner")
        self.banner.setProperty("role", "card")
        banner_layout = QVBoxLayout(self.banner)
        self.action_label = QLabel(self.banner)
        self.action_label.setObjectName("recommendationAction")
        self.action_label.setStyleSheet("font-weight: 600;")
        self.reason_label = QLabel(self.banner)
        self.reason_label.setObjectName("recommendationReason")
        self.reason_label.setWordWrap(True)
        self.not_before_label = QLabel(self.banner)
        self.not_before_label.setObjectName("recommendationNotBefore")
        self.not_before_label.setProperty("role", "muted")
        self.not_before_label.setWordWrap(True)
        self.go_button = QPushButton(self.tr("Go there"), self.banner)
        self.go_button.setObjectName("goThereButton")
        self.go_button.setToolTip(self.tr("Open the step the coach suggests"))
        self.go_button.clicked.connect(self._go_there)
        for widget in (self.action_label, self.reason_label, self.not_before_label):
            banner_layout.addWidget(widget)
        banner_layout.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.banner)
        incidents_heading = QLabel(self.tr("&Incidents of this case"), self)
        self.incidents = QListWidget(self)
        self.incidents.setObjectName("caseIncidents")
        self.incidents.setWordWrap(True)
        self.incidents.setSpacing(2)
        self.incidents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        incidents_heading.setBuddy(self.incidents)
        side.addWidget(incidents_heading)
        side.addWidget(self.incidents, 1)

        session.changed.connect(self._changed)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.refresh)
        self.refresh()

    # --- data -----------------------------------------------------------------------

    def now(self) -> dt.datetime:
        return self._clock()

    def _changed(self, kind: str) -> None:
        if kind in ("cases", "incidents"):
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            self.clear()
            return
        now = self.now()
        try:
            view = cases.coach_view(
                self.session.vault, self.case_id, now=now, cooling_off=self.cooling_off
            )
            incidents = journal.incidents_by_ids(self.session.vault, view.incident_ids)
        except (NotFound, VaultError, InvalidInput) as exc:
            self.clear()
            self.state_label.setText(str(exc))
            self.state_label.setVisible(True)
            return
        previous = self.view
        self.view = view
        self.title_label.setText(view.title)
        self.client_label.setText(self.tr("Client: {client}").format(client=view.client))
        self.stepper.set_statuses(view.statuses, view.not_before, now)
        self._show_state(view)
        self._show_banner(view, now)
        self._show_incidents(incidents)
        for page in self.pages.values():
            page.set_cooling_off(view.not_before)
            page.setEnabled(view.state.is_open)
        current = view.state.current
        moved = previous is None or previous.state.current != current
        if current is not None and (moved or self.stack.count() == 0):
            self.show_stage(current)
        elif current is None and self.stack.count() == 0:
            self.show_stage(Stage.MOVE_ON)

    def _show_state(self, view: CoachView) -> None:
        state = view.state
        if state.is_open:
            self.state_label.setVisible(False)
            self.state_label.clear()
            return
        assert state.closed_at is not None
        day = state.closed_at.astimezone().date()
        date = _date_text(day, QLocale.FormatType.LongFormat)
        if state.outcome == "settled":
            text = self.tr("This case is closed: settled on {date}. Well done.")
        else:
            text = self.tr("This case is closed: you moved on on {date}.")
        self.state_label.setText(text.format(date=date))
        self.state_label.setVisible(True)

    def _show_banner(self, view: CoachView, now: dt.datetime) -> None:
        lang = ui_language()
        if not view.recommendations or not view.state.is_open:
            self.banner.setVisible(False)
            self._go_stage = None
            return
        first = view.recommendations[0]
        self.banner.setVisible(True)
        self.action_label.setText(stage_name(first.action.value, lang))
        self.reason_label.setText(first.reason.render(lang))
        if first.not_before is not None:
            self.not_before_label.setText(
                self.tr("Not before {when}.").format(when=opens_at_text(first.not_before, now))
            )
            self.not_before_label.setVisible(True)
        else:
            self.not_before_label.clear()
            self.not_before_label.setVisible(False)
        self._go_stage = Stage(first.action.value) if first.action.value in STAGE_VALUES else None
        self.go_button.setVisible(self._go_stage is not None)

    def _show_incidents(self, incidents: list[Incident]) -> None:
        self.incidents.clear()
        if not incidents:
            item = QListWidgetItem(self.tr("No incidents in this case yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.incidents.addItem(item)
            return
        newest = sorted(incidents, key=lambda i: (i.occurred_on, i.created_at), reverse=True)
        for incident in newest:
            day = incident.occurred_on
            date = _date_text(day, QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{date} · {_short(incident.text)}")
            item.setData(Qt.ItemDataRole.UserRole, incident.id)
            item.setToolTip(incident.text)
            self.incidents.addItem(item)

    def clear(self) -> None:
        """Forget everything shown (the vault was locked)."""
        self.view = None
        self._go_stage = None
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.title_label.clear()
        self.client_label.clear()
        self.state_label.clear()
        self.state_label.setVisible(False)
        self.stepper.clear()
        self.action_label.clear()
        self.reason_label.clear()
        self.not_before_label.clear()
        self.banner.setVisible(False)
        self.incidents.clear()

    # --- pages ----------------------------------------------------------------------

    def page(self, stage: Stage) -> StagePage:
        """The page of ``stage``, created on first use."""
        found = self.pages.get(stage)
        if found is None:
            found = page_class(stage)(self.session, self.case_id)
            found.outcome_chosen.connect(lambda outcome, s=stage: self._outcome(s, outcome))
            if self.view is not None:
                found.set_cooling_off(self.view.not_before)
                found.setEnabled(self.view.state.is_open)
            self.pages[stage] = found
            self.stack.addWidget(found)
        return found

    def current_page(self) -> StagePage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, StagePage) else None

    def show_stage(self, stage: Stage) -> None:
        if not self.session.is_unlocked:
            return
        self.stack.setCurrentWidget(self.page(stage))

    def _go_there(self) -> None:
        if self._go_stage is not None:
            self.show_stage(self._go_stage)

    def open_dossier(self) -> QDialog:
        from grenzen.ui.coach.dossier_dialog import DossierDialog

        dialog = DossierDialog(self.session, self.case_id, self)
        dialog.open()
        return dialog

    def _review_date(self, stage: Stage) -> dt.date | None:
        """The escalation's review date (set on its page) goes with marking it done."""
        if stage is not Stage.ESCALATE:
            return None
        value = self.page(stage).answer("review_date")
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def _outcome(self, stage: Stage, outcome: str) -> None:
        if outcome == "not_yet" or self.view is None or not self.session.is_unlocked:
            return
        vault = self.session.vault
        now = self.now()
        try:
            if outcome == "settled":
                cases.close_case(vault, self.case_id, "settled", now=now)
            elif outcome == "move_up":
                if self.view.state.current != stage:
                    show_error(
                        self,
                        self.tr("This step is already done"),
                        self.tr("Only the current step can be marked done."),
                    )
                    return
                cases.mark_stage_done(
                    vault, self.case_id, stage, review_date=self._review_date(stage), now=now
                )
                if stage is Stage.MOVE_ON:
                    cases.close_case(vault, self.case_id, "moved_on", now=now)
        except (NotFound, VaultError, InvalidInput, InvalidIncident) as exc:
            show_error(self, self.tr("Could not update the case"), str(exc))
            return
        self.session.notify("cases")

    def stage_status(self, stage: Stage) -> StageStatus | None:
        return self.stepper.status(stage)
