"""The coach's case view: open a case, climb the ladder, cooling-off, lock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from grenzen.domain.cases import Stage
from grenzen.domain.coach.ladder import StageStatus
from grenzen.domain.incidents import IncidentDraft, Level
from grenzen.services import cases, journal
from grenzen.ui.coach.case_view import CaseView
from grenzen.ui.coach.cases_page import CasesPage, OpenCaseDialog
from grenzen.ui.coach.stage_base import StagePage
from grenzen.ui.coach.stepper import LadderStepper
from grenzen.ui.session import VaultSession


def _log(session: VaultSession, text: str, case_id: int | None = None) -> int:
    draft = IncidentDraft(
        client="Acme", text=text, level=Level.RELATIONSHIP, severity=3, case_id=case_id
    )
    incident_id = journal.log_incident(session.vault, draft)
    session.notify("incidents")
    return incident_id


def _open_via_dialog(qtbot: QtBot, page: CasesPage, incident_id: int) -> int:
    qtbot.mouseClick(page.findChild(QPushButton, "openCaseButton"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(OpenCaseDialog, "openCaseDialog")
    assert dialog is not None
    dialog.client_combo.setEditText("Acme")
    dialog.findChild(QLineEdit, "caseTitleEdit").setText("Review calls")
    choices = dialog.findChild(QListWidget, "caseIncidentChoices")
    assert choices.count() == 1
    choices.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.findChild(QPushButton, "openCaseOkButton"), Qt.MouseButton.LeftButton)
    case_id = page.selected_case_id()
    assert case_id is not None
    return case_id


def test_open_case_from_dialog_and_move_up(qtbot: QtBot, session: VaultSession) -> None:
    incident_id = _log(session, "Shouted at me in the review call")
    page = CasesPage(session)
    qtbot.addWidget(page)
    assert "No cases yet" in page.findChild(QLabel, "casesEmptyState").text()

    case_id = _open_via_dialog(qtbot, page, incident_id)

    case_list = page.findChild(QListWidget, "caseList")
    assert case_list.count() == 1
    assert case_list.currentItem().data(Qt.ItemDataRole.UserRole) == case_id
    view = page.findChild(CaseView, "caseView")
    assert view.findChild(QLabel, "caseTitle").text() == "Review calls"
    stepper = view.findChild(LadderStepper, "ladderStepper")
    assert stepper.status(Stage.CALM_DOWN) is StageStatus.CURRENT
    incidents = view.findChild(QListWidget, "caseIncidents")
    assert incidents.count() == 1
    assert "Shouted" in incidents.item(0).text()
    assert cases.coach_view(session.vault, case_id).incident_ids == [incident_id]

    current = view.current_page()
    assert current is not None
    assert current.stage is Stage.CALM_DOWN
    qtbot.mouseClick(current.findChild(QPushButton, "moveUpButton"), Qt.MouseButton.LeftButton)

    assert Stage.CALM_DOWN in cases.coach_view(session.vault, case_id).state.done
    assert stepper.status(Stage.CALM_DOWN) is StageStatus.DONE
    assert view.current_page().stage is Stage.CLARIFY
    assert stepper.step_button(Stage.CALM_DOWN).isEnabled()
    assert not stepper.step_button(Stage.ESCALATE).isEnabled()

    # A done step can be opened again from the stepper.
    qtbot.mouseClick(stepper.step_button(Stage.CALM_DOWN), Qt.MouseButton.LeftButton)
    assert view.current_page().stage is Stage.CALM_DOWN


def test_new_incident_after_clarify_means_not_yet(qtbot: QtBot, session: VaultSession) -> None:
    now = dt.datetime.now(dt.UTC)
    case_id = cases.open_case(session.vault, "Acme", "Tone", now=now - dt.timedelta(days=5))
    cases.mark_stage_done(session.vault, case_id, Stage.CALM_DOWN, now=now - dt.timedelta(days=4))
    cases.mark_stage_done(session.vault, case_id, Stage.CLARIFY, now=now - dt.timedelta(days=3))
    view = CaseView(session, case_id, cooling_off_hours=24)
    qtbot.addWidget(view)
    stepper = view.stepper
    assert stepper.status(Stage.SET_BOUNDARIES) is StageStatus.CURRENT
    assert view.current_page().stage is Stage.SET_BOUNDARIES

    incident_id = _log(session, "Called my work sloppy in front of the team", case_id)

    coach = cases.coach_view(session.vault, case_id)
    assert coach.not_before is not None
    assert stepper.status(Stage.SET_BOUNDARIES) is StageStatus.NOT_YET
    assert stepper.status_text(Stage.SET_BOUNDARIES).startswith("not yet\nfrom ")
    assert "tomorrow" in stepper.status_text(Stage.SET_BOUNDARIES) or "today" in (
        stepper.status_text(Stage.SET_BOUNDARIES)
    )
    banner = view.findChild(QLabel, "recommendationNotBefore")
    assert banner.text().startswith("Not before ")
    assert not banner.isHidden()
    assert view.findChild(QLabel, "recommendationAction").text() == "Set boundaries"
    assert view.findChild(QLabel, "recommendationReason").text()
    assert not view.findChild(QPushButton, "goThereButton").isHidden()
    assert view.current_page().not_before == coach.not_before
    assert (
        view.findChild(QListWidget, "caseIncidents").item(0).data(Qt.ItemDataRole.UserRole)
        == incident_id
    )

    # Preparing is fine during the cooling-off: the step can be marked done.
    later = coach.not_before + dt.timedelta(hours=1)
    view2 = CaseView(session, case_id, clock=lambda: later)
    qtbot.addWidget(view2)
    assert view2.stepper.status(Stage.SET_BOUNDARIES) is StageStatus.CURRENT
    assert view2.findChild(QLabel, "recommendationNotBefore").isHidden()


def test_lock_clears_the_view(qtbot: QtBot, session: VaultSession) -> None:
    _log(session, "Ignored my invoice reminders")
    page = CasesPage(session)
    qtbot.addWidget(page)
    incident = journal.list_incidents(session.vault).incidents[0]
    case_id = page.open_case_for_incident(incident.id)
    assert case_id is not None
    assert page.selected_case_id() == case_id
    view = page.case_view
    assert view is not None
    assert view.title_label.text()

    with qtbot.waitSignal(session.locked):
        session.lock()

    assert page.findChild(QListWidget, "caseList").count() == 0
    assert page.case_view is None
    assert view.title_label.text() == ""
    assert view.findChild(QListWidget, "caseIncidents").count() == 0
    assert view.pages == {}


class _NotesPage(StagePage):
    stage = Stage.CLARIFY


def test_stage_page_autosaves_and_toggles_guidance(qtbot: QtBot, session: VaultSession) -> None:
    case_id = cases.open_case(session.vault, "Acme")
    page = _NotesPage(session, case_id)
    qtbot.addWidget(page)
    edit = QLineEdit(page)
    page.content_layout.addWidget(edit)
    page.bind_text(edit, "request")
    qtbot.keyClicks(edit, "Please write to me calmly")
    qtbot.waitUntil(lambda: not page.has_pending_save)
    saved = cases.stage_answers(session.vault, case_id, Stage.CLARIFY)
    assert saved["request"] == "Please write to me calmly"

    again = _NotesPage(session, case_id)
    qtbot.addWidget(again)
    edit2 = QLineEdit(again)
    again.bind_text(edit2, "request")
    assert edit2.text() == "Please write to me calmly"

    text = page.guidance_text
    assert text.isHidden()
    assert text.toPlainText()
    qtbot.mouseClick(page.guidance_toggle, Qt.MouseButton.LeftButton)
    assert not text.isHidden()

    with qtbot.waitSignal(page.outcome_chosen) as blocker:
        qtbot.mouseClick(page.findChild(QPushButton, "notYetButton"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["not_yet"]
    page.set_cooling_off(dt.datetime.now(dt.UTC) + dt.timedelta(hours=2))
    assert not page.cooling_label.isHidden()
    assert page.cooling_off_active
