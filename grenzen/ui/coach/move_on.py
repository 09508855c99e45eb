"""Move on: look at the ways out of this client's contract, then finish well.

"Open the exit plan" switches to the exit planner for this client when the page sits in the
main window; on its own (a detached page) it shows the scenarios as text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.cases import Stage
from grenzen.domain.exits.report import plan_to_text
from grenzen.services import cases, contracts
from grenzen.services.errors import NotFound
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import StagePage, register_page, ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import native

EXIT_PLAN_KEYS = "Ctrl+Shift+E"

# The finishing checklist, in the order the work usually ends (answer key → label below).
FINISH_STEPS = ("deliver", "invoice", "hand_over", "goodbye", "archive")


class ExitPlanDialog(QDialog):
    """A read-only text of the exit scenarios (or how to add a contract); non-modal."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exitPlanDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("exitPlanText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(title)
        self.text.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 420)


@register_page
class MoveOnPage(StagePage):
    """A short explanation, the exit plan for the client, and the finishing checklist."""

    stage = Stage.MOVE_ON

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("moveOnPage")
        self.client = self._client_name()
        self.dialog: ExitPlanDialog | None = None

        intro = QLabel(
            self.tr(
                "Moving on is not a failure. Decide calmly, plan the exit with its dates, "
                "then finish the assignment well and say goodbye politely and firmly."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.exit_button = QPushButton(
            # "&&": a button reads "&" as a shortcut marker; "Brenneke & Sohr" must stay whole.
            self.tr("Open the exit plan for {client}").format(
                client=self.client.replace("&", "&&")
            ),
            self,
        )
        self.exit_button.setObjectName("exitPlanButton")
        self.exit_button.setProperty("primary", True)
        # Not Ctrl+E: that is the energy check-in everywhere, and two owners of one
        # shortcut cancel each other out in Qt.
        self.exit_button.setShortcut(EXIT_PLAN_KEYS)
        self.exit_button.setToolTip(
            self.tr("The ways out of this contract, with their dates ({keys}).").format(
                keys=native(EXIT_PLAN_KEYS)
            )
        )
        self.exit_button.clicked.connect(self.open_exit_plan)

        self.checklist = QGroupBox(self.tr("Finishing well"), self)
        self.checklist.setObjectName("finishChecklist")
        labels = {
            "deliver": self.tr("Deliver what you still owe"),
            "invoice": self.tr("Send the final invoice"),
            "hand_over": self.tr("Hand over access and documents"),
            "goodbye": self.tr("Say a polite goodbye"),
            "archive": self.tr("Archive the client"),
        }
        box_layout = QVBoxLayout(self.checklist)
        self.finish_boxes: dict[str, QCheckBox] = {}
        for key in FINISH_STEPS:
            box = QCheckBox(labels[key], self.checklist)
            box.setObjectName(f"finish_{key}")
            box_layout.addWidget(box)
            self.bind_value(box, f"finish_{key}")
            self.finish_boxes[key] = box

        self.content_layout.addWidget(intro)
        self.content_layout.addWidget(self.exit_button)
        self.content_layout.addWidget(self.checklist)
        self.content_layout.addStretch(1)

    def _client_name(self) -> str:
        if not self.session.is_unlocked:
            return ""
        try:
            return cases.case_summary(self.session.vault, self.case_id).client
        except (NotFound, VaultError):
            return ""

    def exit_plan_text(self, today: dt.date | None = None) -> str:
        """The scenarios as text, or a calm note on how to store the contract first."""
        lang = ui_language()
        try:
            plan = contracts.exits_for_client(
                self.session.vault, self.client, today or dt.date.today()
            )
        except NotFound:
            return self.tr(
                "There is no contract stored for {client} yet, so there are no dates to "
                "show. Add it in the exit planner (“Exit” in the navigation)."
            ).format(client=self.client)
        return plan_to_text(plan, lang)

    def open_exit_plan(self) -> None:
        if not self.session.is_unlocked:
            return
        planner = getattr(self.window(), "open_exit_planner", None)
        if planner is not None:
            planner(self.client)
            return
        try:
            text = self.exit_plan_text()
        except (VaultError, InvalidInput) as exc:
            show_error(self, self.tr("Could not plan the exit"), str(exc))
            return
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ExitPlanDialog(
            self.tr("Exit plan for {client}").format(client=self.client), text, self
        )
        self.dialog.open()

    def checked_steps(self) -> list[str]:
        return [key for key, box in self.finish_boxes.items() if box.isChecked()]
