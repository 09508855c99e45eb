"""Set boundaries, escalate, move on: the builders, the cooling-off gate and the dated records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
)

from grenzen.domain.cases import Stage
from grenzen.domain.coach.statements import SUGGESTED_RISK
from grenzen.services import cases, contracts
from grenzen.ui.coach.boundaries import BoundariesPage
from grenzen.ui.coach.escalate import EscalatePage
from grenzen.ui.coach.move_on import MoveOnPage
from grenzen.ui.coach.stage_base import PAGE_CLASSES
from grenzen.ui.session import VaultSession

CLIENT = "Müller GmbH"
CONTRACT = {
    "type": "service",
    "state": "HH",
    "start": "2025-02-01",
    "fee_unit": "month",
    "notice": {"amount": 3, "unit": "months", "to": "month_end"},
}


@pytest.fixture
def case_id(session: VaultSession) -> int:
    return cases.open_case(session.vault, CLIENT)


def saved(session: VaultSession, case: int, stage: Stage) -> dict:
    return cases.stage_answers(session.vault, case, stage)


def test_pages_are_registered() -> None:
    assert PAGE_CLASSES[Stage.SET_BOUNDARIES] is BoundariesPage
    assert PAGE_CLASSES[Stage.ESCALATE] is EscalatePage
    assert PAGE_CLASSES[Stage.MOVE_ON] is MoveOnPage


# --- set boundaries ---------------------------------------------------------------


@pytest.fixture
def boundaries(qtbot, session: VaultSession, case_id: int) -> BoundariesPage:
    page = BoundariesPage(session, case_id)
    qtbot.addWidget(page)
    page.findChild(QComboBox, "statementLanguageCombo").setCurrentIndex(1)  # English
    return page


def test_three_parts_make_a_formal_warning(qtbot, boundaries: BoundariesPage) -> None:
    page = boundaries
    assert page.objectName() == "boundariesPage"
    mark = page.findChild(QLabel, "warningMark")
    assert "Not yet a formal warning" in mark.text()

    qtbot.keyClicks(page.findChild(QPlainTextEdit, "breachEdit"), "You called my work garbage")
    qtbot.keyClicks(page.findChild(QPlainTextEdit, "changeEdit"), "Please stay factual with me")
    assert "that a repetition puts the contract at risk" in mark.text()
    assert "the concrete breach" not in mark.text()

    qtbot.mouseClick(
        page.findChild(QPushButton, "useSuggestedRiskButton"), Qt.MouseButton.LeftButton
    )
    assert page.findChild(QPlainTextEdit, "riskEdit").toPlainText() == SUGGESTED_RISK["en"]
    assert mark.text().startswith("✓")
    assert "counts as a formal warning" in mark.text().lower()

    preview = page.findChild(QTextBrowser, "statementPreview").toPlainText()
    assert "You called my work garbage." in preview
    assert "I ask you: Please stay factual with me." in preview
    assert SUGGESTED_RISK["en"] in preview


def test_answers_are_saved_and_come_back(qtbot, session: VaultSession, case_id: int) -> None:
    page = BoundariesPage(session, case_id)
    qtbot.addWidget(page)
    page.findChild(QPlainTextEdit, "breachEdit").setPlainText("Sie haben mich angeschrien.")
    qtbot.waitUntil(lambda: not page.has_pending_save)
    assert saved(session, case_id, Stage.SET_BOUNDARIES)["breach"] == "Sie haben mich angeschrien."

    again = BoundariesPage(session, case_id)
    qtbot.addWidget(again)
    assert again.findChild(QPlainTextEdit, "breachEdit").toPlainText() == (
        "Sie haben mich angeschrien."
    )


def test_culture_check_asks_whose_job_it_is(boundaries: BoundariesPage) -> None:
    page = boundaries
    culture = page.findChild(QComboBox, "cultureCheckCombo")
    job = page.findChild(QComboBox, "cultureJobCheck")
    outcome = page.findChild(QLabel, "cultureOutcomeLabel")
    assert not job.isVisibleTo(page)

    culture.setCurrentIndex(culture.findData("several"))
    assert job.isVisibleTo(page)
    assert "showcase" in outcome.text()
    assert "move on" in outcome.text()

    job.setCurrentIndex(job.findData("yes"))
    assert "showcase" in outcome.text()
    assert "move on" not in outcome.text()
    job.setCurrentIndex(job.findData("no"))
    assert "move on" in outcome.text()
    assert page.answer("culture") == "several"
    assert page.answer("culture_job") == "no"


def test_statement_waits_for_the_cooling_off(
    qtbot, boundaries: BoundariesPage, session: VaultSession, case_id: int
) -> None:
    page = boundaries
    button = page.findChild(QPushButton, "statementSentButton")
    date = page.findChild(QDateEdit, "statementDate")
    assert button.isEnabled()

    page.set_cooling_off(dt.datetime.now(dt.UTC) + dt.timedelta(hours=3))
    assert not button.isEnabled()
    assert button.text().startswith("Not yet · opens ")

    page.set_cooling_off(dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    assert button.isEnabled()
    page.set_cooling_off(None)
    assert button.isEnabled()
    assert button.text() == "I have said it"

    page.findChild(QPlainTextEdit, "breachEdit").setPlainText("You called my work garbage")
    page.findChild(QPlainTextEdit, "changeEdit").setPlainText("Stay factual with me")
    page.findChild(QPlainTextEdit, "riskEdit").setPlainText(SUGGESTED_RISK["en"])
    yesterday = dt.date.today() - dt.timedelta(days=1)
    date.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    answers = saved(session, case_id, Stage.SET_BOUNDARIES)
    assert answers["statement_sent_on"] == yesterday.isoformat()
    (record,) = answers["sent_statements"]
    assert record["formal_warning"] is True
    assert "You called my work garbage." in record["text"]
    assert "formal warning" in page.findChild(QLabel, "statementRecordLabel").text()


# --- escalate ---------------------------------------------------------------------


@pytest.fixture
def escalate(qtbot, session: VaultSession, case_id: int) -> EscalatePage:
    page = EscalatePage(session, case_id)
    qtbot.addWidget(page)
    page.findChild(QComboBox, "complaintLanguageCombo").setCurrentIndex(1)  # English
    return page


def test_complaint_preview_has_the_review_date(escalate: EscalatePage, tmp_path: Path) -> None:
    page = escalate
    assert page.objectName() == "escalatePage"
    review = page.findChild(QDateEdit, "reviewDateEdit")
    default = dt.date.today() + dt.timedelta(weeks=4)
    assert review.date().toPython() == default
    preview = page.findChild(QTextBrowser, "complaintPreview")
    assert default.isoformat() in preview.toPlainText()

    page.findChild(QLineEdit, "seniorContactEdit").setText("Frau Özdemir")
    page.findChild(QPlainTextEdit, "happenedEdit").setPlainText("Three insults in two weeks")
    page.findChild(QPlainTextEdit, "triedEdit").setPlainText("A talk and a boundary statement")
    page.findChild(QPlainTextEdit, "mustChangeEdit").setPlainText("A respectful tone")
    later = default + dt.timedelta(days=7)
    review.setDate(QDate(later.year, later.month, later.day))
    text = preview.toPlainText()
    assert text.startswith("Dear Frau Özdemir,")
    assert later.isoformat() in text
    assert "Three insults in two weeks." in text
    assert page.answer("review_date") == later.isoformat()

    target = tmp_path / "complaint.md"
    assert page.save_markdown(target) == target
    written = target.read_text(encoding="utf-8")
    assert "Dear Frau Özdemir," in written
    assert later.isoformat() in written
    assert "What happened:  \nThree insults in two weeks." in written


def test_complaint_waits_for_the_cooling_off(
    qtbot, escalate: EscalatePage, session: VaultSession, case_id: int
) -> None:
    page = escalate
    button = page.findChild(QPushButton, "complaintSentButton")
    page.set_cooling_off(dt.datetime.now(dt.UTC) + dt.timedelta(hours=20))
    assert not button.isEnabled()
    assert "Not yet" in button.text()
    page.set_cooling_off(None)
    assert button.isEnabled()

    page.findChild(QLineEdit, "seniorContactEdit").setText("Dr. Weber")
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    answers = saved(session, case_id, Stage.ESCALATE)
    assert answers["complaint_sent_on"] == dt.date.today().isoformat()
    assert answers["complaint_sent"]["to"] == "Dr. Weber"
    assert answers["review_date"] == (dt.date.today() + dt.timedelta(weeks=4)).isoformat()


# --- move on ----------------------------------------------------------------------


def _exit_text(qtbot, page: MoveOnPage) -> str:
    qtbot.mouseClick(page.findChild(QPushButton, "exitPlanButton"), Qt.MouseButton.LeftButton)
    assert page.dialog is not None
    qtbot.waitUntil(page.dialog.isVisible)
    text = page.dialog.findChild(QPlainTextEdit, "exitPlanText").toPlainText()
    page.dialog.close()
    return text


def test_move_on_without_a_contract_says_how_to_add_one(
    qtbot, session: VaultSession, case_id: int
) -> None:
    page = MoveOnPage(session, case_id)
    qtbot.addWidget(page)
    assert page.objectName() == "moveOnPage"
    button = page.findChild(QPushButton, "exitPlanButton")
    assert button.text() == f"Open the exit plan for {CLIENT}"
    text = _exit_text(qtbot, page)
    assert "exit planner" in text
    assert CLIENT in text


def test_move_on_shows_the_stored_scenarios(qtbot, session: VaultSession, case_id: int) -> None:
    contracts.set_contract(session.vault, CLIENT, CONTRACT)
    page = MoveOnPage(session, case_id)
    qtbot.addWidget(page)
    text = _exit_text(qtbot, page)
    assert "exit planner" not in text
    assert ("Exit scenarios" in text) or ("Ausstiegsszenarien" in text)
    assert ("legal advice" in text) or ("Rechtsberatung" in text)


def test_finishing_checklist_is_saved(qtbot, session: VaultSession, case_id: int) -> None:
    page = MoveOnPage(session, case_id)
    qtbot.addWidget(page)
    checklist = page.findChild(QCheckBox, "finish_invoice")
    assert checklist.parent().objectName() == "finishChecklist"
    checklist.setChecked(True)
    page.findChild(QCheckBox, "finish_archive").setChecked(True)
    qtbot.waitUntil(lambda: not page.has_pending_save)
    answers = saved(session, case_id, Stage.MOVE_ON)
    assert answers["finish_invoice"] is True
    assert answers["finish_archive"] is True
    assert page.checked_steps() == ["invoice", "archive"]


def test_a_passed_review_date_is_kept(qtbot, session: VaultSession, case_id: int) -> None:
    past = dt.date.today() - dt.timedelta(days=10)
    cases.save_stage_answers(
        session.vault, case_id, Stage.ESCALATE, {"review_date": past.isoformat()}
    )
    page = EscalatePage(session, case_id)
    qtbot.addWidget(page)
    assert page.findChild(QDateEdit, "reviewDateEdit").date().toPython() == past
    assert page.answer("review_date") == past.isoformat()


def test_move_on_button_keeps_an_ampersand_in_the_client_name(qtbot, session) -> None:
    from PySide6.QtWidgets import QPushButton

    from grenzen.services import cases
    from grenzen.ui.coach.move_on import MoveOnPage

    case_id = cases.open_case(session.vault, "Brenneke & Sohr", "Ton")
    page = MoveOnPage(session, case_id)
    qtbot.addWidget(page)
    button = page.findChild(QPushButton, "exitPlanButton")
    assert "Brenneke && Sohr" in button.text()  # shown as one "&", not as a shortcut
