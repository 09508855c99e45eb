"""Calm down: the breathing pause, "I'm calmer", the compliment card, the self-check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from grenzen.domain.cases import Stage
from grenzen.services import cases, wellbeing
from grenzen.ui.coach.breathing import BreathingCircle, breath_at, format_remaining
from grenzen.ui.coach.calm_down import CalmDownPage
from grenzen.ui.coach.stage_base import PAGE_CLASSES
from grenzen.ui.session import VaultSession


def _page(qtbot: QtBot, session: VaultSession) -> tuple[CalmDownPage, int]:
    case_id = cases.open_case(session.vault, "Acme", "Tone in the weekly")
    page = CalmDownPage(session, case_id)
    qtbot.addWidget(page)
    return page, case_id


def _click(qtbot: QtBot, page: CalmDownPage, name: str) -> None:
    qtbot.mouseClick(page.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_registered_for_its_stage() -> None:
    assert PAGE_CLASSES[Stage.CALM_DOWN] is CalmDownPage


def test_breath_grows_for_four_seconds_and_shrinks_for_six() -> None:
    assert breath_at(0) == (True, 0.0)
    assert breath_at(2_000)[0]
    assert 0.4 < breath_at(2_000)[1] < 0.6
    assert breath_at(4_000) == (False, 1.0)
    assert not breath_at(9_000)[0]
    assert breath_at(9_000)[1] < 0.1
    assert format_remaining(300_000) == "5:00"
    assert format_remaining(299_001) == "5:00"
    assert format_remaining(0) == "0:00"


def test_short_pause_finishes_and_calmer_saves_the_feeling(
    qtbot: QtBot, session: VaultSession
) -> None:
    page, case_id = _page(qtbot, session)
    assert page.objectName() == "calmDownPage"
    assert page.findChild(QSpinBox, "pauseMinutes").value() == 5
    assert page.findChild(QLabel, "remainingLabel").text() == "5:00"
    start = page.findChild(QPushButton, "startPauseButton")
    assert start.text() == "Start"
    assert "Ctrl" in start.toolTip()

    page.set_duration_ms(300)
    with qtbot.waitSignal(page.finished, timeout=3_000):
        _click(qtbot, page, "startPauseButton")
        assert start.text() == "Pause"
        assert page.findChild(BreathingCircle, "breathingCircle").is_running
    assert start.text() == "Start"
    assert page.findChild(QLabel, "remainingLabel").text() == "0:00"
    assert not page.findChild(BreathingCircle, "breathingCircle").is_running

    page.findChild(QSlider, "feelingAfter").setValue(7)
    _click(qtbot, page, "calmerButton")
    assert not page.has_pending_save
    saved = cases.stage_answers(session.vault, case_id, Stage.CALM_DOWN)
    assert saved["feeling_after"] == 7
    assert saved["calmer"] is True


def test_pause_keeps_the_time_left(qtbot: QtBot, session: VaultSession) -> None:
    page, _ = _page(qtbot, session)
    page.set_duration_ms(60_000)
    _click(qtbot, page, "startPauseButton")
    assert page.guide.is_running
    _click(qtbot, page, "startPauseButton")
    assert not page.guide.is_running
    assert 50_000 < page.guide.remaining_ms <= 60_000
    assert not page.findChild(BreathingCircle, "breathingCircle").is_running


def test_animation_off_stops_the_circle(qtbot: QtBot, session: VaultSession) -> None:
    page, _ = _page(qtbot, session)
    circle = page.findChild(BreathingCircle, "breathingCircle")
    page.set_duration_ms(60_000)
    _click(qtbot, page, "startPauseButton")
    assert circle.is_running
    page.findChild(QCheckBox, "animationCheck").setChecked(False)
    assert not circle.is_running
    assert circle.isHidden()
    assert page.guide.is_running  # the countdown carries on
    page.findChild(QCheckBox, "animationCheck").setChecked(True)
    assert circle.is_running
    page.guide.pause()


def test_hiding_the_page_stops_every_timer(qtbot: QtBot, session: VaultSession) -> None:
    page, _ = _page(qtbot, session)
    page.show()
    qtbot.waitExposed(page)
    page.set_duration_ms(60_000)
    _click(qtbot, page, "startPauseButton")
    page.hide()
    assert not page.guide.is_running
    assert not page.findChild(BreathingCircle, "breathingCircle").is_running


def test_compliment_card(qtbot: QtBot, session: VaultSession) -> None:
    page, _ = _page(qtbot, session)
    text = page.findChild(QLabel, "complimentText")
    assert "No compliments collected yet" in text.text()
    assert not page.findChild(QPushButton, "anotherComplimentButton").isEnabled()

    wellbeing.add_compliment(session.vault, "Your workshop changed how we plan.", from_whom="Jo")
    wellbeing.add_compliment(session.vault, "Thank you for staying calm.")
    _click(qtbot, page, "anotherComplimentButton")  # disabled: nothing happens
    page.show_compliment()
    assert text.text() in {"Your workshop changed how we plan.", "Thank you for staying calm."}
    assert page.findChild(QPushButton, "anotherComplimentButton").isEnabled()


def test_self_check_answers_are_saved_and_loaded(qtbot: QtBot, session: VaultSession) -> None:
    page, case_id = _page(qtbot, session)
    page.findChild(QRadioButton, "selfCheckThinSkinnedUnsure").setChecked(True)
    page.findChild(QRadioButton, "selfCheckTheirStressYes").setChecked(True)
    qtbot.keyClicks(page.findChild(QPlainTextEdit, "selfCheckNote"), "Tired")
    page.findChild(QCheckBox, "factualActionCheck").setChecked(True)
    page.findChild(QSpinBox, "pauseMinutes").setValue(3)
    qtbot.waitUntil(lambda: not page.has_pending_save, timeout=3_000)

    saved = cases.stage_answers(session.vault, case_id, Stage.CALM_DOWN)
    assert saved["self_check_thin_skinned"] == "unsure"
    assert saved["self_check_their_stress"] == "yes"
    assert saved["self_check_note"] == "Tired"
    assert saved["factual_action_needed"] is True
    assert saved["pause_minutes"] == 3

    again = CalmDownPage(session, case_id)
    qtbot.addWidget(again)
    assert again.findChild(QRadioButton, "selfCheckThinSkinnedUnsure").isChecked()
    assert again.findChild(QRadioButton, "selfCheckTheirStressYes").isChecked()
    assert again.findChild(QCheckBox, "factualActionCheck").isChecked()
    assert again.findChild(QLabel, "remainingLabel").text() == "3:00"
