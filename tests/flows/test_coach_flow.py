"""The coach end to end: incident → case → calm down → clarify prep (PDF) → boundary
statement, and escalation suggested only after the cooling-off time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QTextEdit

from grenzen.domain.cases import Stage
from grenzen.domain.incidents import IncidentDraft, Level
from grenzen.services import cases, journal
from grenzen.ui.coach.cases_page import CasesPage
from grenzen.ui.session import VaultSession

QUOTE = "Das ist doch Müll, strengen Sie sich mal an."


def _text(widget: QPlainTextEdit | QTextEdit, text: str) -> None:
    widget.setPlainText(text)


def test_incident_to_case_to_boundary_with_cooling_off(
    qtbot, session: VaultSession, tmp_path: Path
) -> None:
    vault = session.vault
    first = journal.log_incident(
        vault,
        IncidentDraft(client="Müller GmbH", person="Frau Weiß", text="Im Call", quote=QUOTE),
    )
    clock = {"now": dt.datetime.now(dt.UTC)}
    page = CasesPage(session, clock=lambda: clock["now"])
    qtbot.addWidget(page)
    page.setMinimumSize(1200, 800)
    page.show()

    case_id = page.open_case_for_incident(first)
    assert case_id is not None
    view = page.case_view
    qtbot.waitUntil(lambda: view.current_page() is not None)

    # Calm down: a short pause, then "I'm calmer", then up the ladder.
    calm = view.page(Stage.CALM_DOWN)
    calm.set_duration_ms(200)
    with qtbot.waitSignal(calm.finished, timeout=5_000):
        qtbot.mouseClick(
            calm.findChild(QAbstractButton, "startPauseButton"), Qt.MouseButton.LeftButton
        )
    qtbot.mouseClick(calm.findChild(QAbstractButton, "calmerButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(calm.findChild(QAbstractButton, "moveUpButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cases.coach_view(vault, case_id).state.current is Stage.CLARIFY)

    # Clarify: the prep, with the literal quote pulled in, printed to PDF.
    clarify = view.page(Stage.CLARIFY)
    observation = clarify.findChild(QPlainTextEdit, "observationEdit") or clarify.findChild(
        QTextEdit, "observationEdit"
    )
    assert QUOTE in observation.toPlainText()
    request = clarify.findChild(QPlainTextEdit, "requestEdit") or clarify.findChild(
        QTextEdit, "requestEdit"
    )
    _text(request, "Bitte sprich Kritik an meiner Arbeit sachlich und unter vier Augen an.")
    pdf = clarify.save_pdf(tmp_path / "gespraech.pdf")
    assert pdf is not None
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "sachlich" in text
    assert "Müller GmbH" in text
    qtbot.mouseClick(clarify.findChild(QAbstractButton, "moveUpButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cases.coach_view(vault, case_id).state.current is Stage.SET_BOUNDARIES)

    # It happens again: boundaries are suggested, but not from the peak.
    journal.log_incident(
        vault,
        IncidentDraft(
            client="Müller GmbH",
            person="Frau Weiß",
            text="Schon wieder vor allen.",
            level=Level.RELATIONSHIP,
            case_id=case_id,
        ),
    )
    clock["now"] = dt.datetime.now(dt.UTC)
    session.notify("incidents")
    boundaries = view.page(Stage.SET_BOUNDARIES)
    sent = boundaries.findChild(QAbstractButton, "statementSentButton")
    qtbot.waitUntil(lambda: not sent.isEnabled())
    coach = cases.coach_view(vault, case_id, now=clock["now"])
    [advice] = [r for r in coach.recommendations if r.action.value == "set_boundaries"]
    assert advice.not_before is not None

    for name, words in (
        ("breachEdit", "Im Call vor dem Team wurde meine Arbeit als Müll bezeichnet."),
        ("changeEdit", "Bitte sprich Kritik sachlich und unter vier Augen an."),
        ("riskEdit", "Wenn das wieder passiert, steht unsere Zusammenarbeit auf dem Spiel."),
    ):
        field = boundaries.findChild(QPlainTextEdit, name) or boundaries.findChild(QTextEdit, name)
        _text(field, words)
    mark = boundaries.findChild(QLabel, "warningMark")
    qtbot.waitUntil(lambda: "✓" in mark.text())

    # After the cooling-off the statement can be given, and escalation comes next.
    clock["now"] = clock["now"] + dt.timedelta(hours=25)
    view.refresh()
    qtbot.waitUntil(sent.isEnabled)
    qtbot.mouseClick(sent, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(
            cases.stage_answers(vault, case_id, Stage.SET_BOUNDARIES).get("statement_sent_on")
        )
    )
    qtbot.mouseClick(
        boundaries.findChild(QAbstractButton, "moveUpButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: cases.coach_view(vault, case_id).state.current is Stage.ESCALATE)
    journal.log_incident(
        vault,
        IncidentDraft(
            client="Müller GmbH", text="Und noch einmal.", level=Level.BOTH, case_id=case_id
        ),
    )
    right_after = cases.coach_view(vault, case_id, now=dt.datetime.now(dt.UTC))
    [escalate] = [r for r in right_after.recommendations if r.action.value == "escalate"]
    assert escalate.not_before is not None, "not from the peak of the anger"
    later = cases.coach_view(
        vault, case_id, now=dt.datetime.now(dt.UTC) + dt.timedelta(hours=24, minutes=1)
    )
    [escalate] = [r for r in later.recommendations if r.action.value == "escalate"]
    assert escalate.not_before is None
