"""The ladder as a horizontal stepper: which stages are done, current, ahead or not yet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from grenzen.domain.cases import Stage
from grenzen.domain.coach.ladder import StageStatus
from grenzen.ui.coach.stage_base import opens_at_text, stage_name


class LadderStepper(QWidget):
    """Five steps side by side; a done or current step can be clicked to open its page."""

    stage_clicked = Signal(object)  # Stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ladderStepper")
        self.setAccessibleName(self.tr("Steps of the case"))
        self._statuses: dict[Stage, StageStatus] = {}
        self._texts: dict[Stage, str] = {}
        self._buttons: dict[Stage, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, stage in enumerate(Stage):
            if index:
                arrow = QLabel("→", self)
                arrow.setProperty("role", "muted")
                layout.addWidget(arrow)
            button = QPushButton(stage_name(stage), self)
            button.setObjectName(f"step_{stage.value}")
            button.setFlat(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, s=stage: self._clicked(s))
            self._buttons[stage] = button
            layout.addWidget(button, 1)
        self.clear()

    def _clicked(self, stage: Stage) -> None:
        if self._statuses.get(stage) in (StageStatus.DONE, StageStatus.CURRENT):
            self.stage_clicked.emit(stage)

    def step_button(self, stage: Stage) -> QPushButton:
        return self._buttons[stage]

    def status(self, stage: Stage) -> StageStatus | None:
        return self._statuses.get(stage)

    def status_text(self, stage: Stage) -> str:
        """The words under the stage name, e.g. "not yet / from 14:30 tomorrow"."""
        return self._texts.get(stage, "")

    def clear(self) -> None:
        """Forget the case (after locking): names only, nothing clickable."""
        self._statuses = {}
        self._texts = {}
        for stage, button in self._buttons.items():
            button.setText(stage_name(stage))
            button.setToolTip("")
            button.setProperty("primary", False)
            button.setEnabled(False)
            self._restyle(button)

    def set_statuses(
        self,
        statuses: list[tuple[Stage, StageStatus]],
        not_before: dt.datetime | None = None,
        now: dt.datetime | None = None,
    ) -> None:
        self._statuses = dict(statuses)
        for stage, status in statuses:
            text = self._describe(status, not_before, now)
            self._texts[stage] = text
            button = self._buttons[stage]
            name = stage_name(stage)
            mark = "✓ " if status is StageStatus.DONE else ""
            button.setText(f"{mark}{name}\n{text}")
            button.setAccessibleName(self.tr("{stage}: {status}").format(stage=name, status=text))
            button.setEnabled(status in (StageStatus.DONE, StageStatus.CURRENT))
            button.setProperty("primary", status is StageStatus.CURRENT)
            button.setToolTip(self.tr("Open this step") if button.isEnabled() else text)
            self._restyle(button)

    def _describe(
        self, status: StageStatus, not_before: dt.datetime | None, now: dt.datetime | None
    ) -> str:
        if status is StageStatus.DONE:
            return self.tr("done")
        if status is StageStatus.CURRENT:
            return self.tr("current step")
        if status is StageStatus.NOT_YET:
            if not_before is None:
                return self.tr("not yet")
            return self.tr("not yet\nfrom {when}").format(when=opens_at_text(not_before, now))
        return self.tr("ahead")

    @staticmethod
    def _restyle(button: QPushButton) -> None:
        button.style().unpolish(button)
        button.style().polish(button)
