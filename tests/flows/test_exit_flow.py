"""The exit planner end to end, through the real widgets and the real command line:

contract typed into the editor → the scenario cards show the dates ``grenzen exits`` prints
→ the calendar file parses back with its events, alarms and stable UIDs → the letter PDF
names the right dates.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QPushButton

from grenzen.domain.incidents import IncidentDraft, Level
from grenzen.services import clients, journal
from grenzen.ui.exit.letter_dialog import LetterDialog
from grenzen.ui.exit.page import ExitPage
from grenzen.ui.exit.scenario_cards import ui_date
from grenzen.ui.session import VaultSession

PASSPHRASE = "ruhig bleiben 2026"  # the passphrase of the ``session`` fixture's vault
TODAY = dt.date(2026, 11, 29)
CLIENT = "Müller GmbH"
REPO_ROOT = Path(__file__).resolve().parents[2]


def cli_exits(folder: Path, client: str, today: dt.date) -> dict:
    """What a user (or an outside test) gets from ``grenzen exits --client … --json``."""
    env = {
        **os.environ,
        "GRENZEN_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(REPO_ROOT),
    }
    result = subprocess.run(
        [
            *(sys.executable, "-m", "grenzen", "--vault", str(folder)),
            *("exits", "--client", client, "--today", today.isoformat(), "--json"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def iso(day: str) -> dt.date:
    return dt.date.fromisoformat(day)


def select(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def chosen_paths(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Answers for the save dialogs, in order, as a user would pick them."""
    answers: list[Path] = []

    def answer(*_args, **_kwargs) -> tuple[str, str]:
        return str(answers.pop(0)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return answers


def test_contract_to_scenarios_calendar_and_letter(
    qtbot, session: VaultSession, ui_vault_dir: Path, tmp_path: Path, chosen_paths: list[Path]
) -> None:
    vault = session.vault
    clients.add_client(vault, CLIENT)
    journal.log_incident(
        vault,
        IncidentDraft(
            client=CLIENT,
            person="Herr Stein",
            text="Hat mich vor dem Team angeschrien und beleidigt.",
            level=Level.RELATIONSHIP,
            severity=5,
            occurred_on=dt.date(2026, 11, 25),
            learned_on=dt.date(2026, 11, 25),
        ),
    )
    page = ExitPage(session)
    qtbot.addWidget(page)
    page.set_today(TODAY)
    page.resize(1180, 760)
    page.show()
    qtbot.waitExposed(page)
    page.show_client(CLIENT)

    # 1. The contract, typed into the editor.
    qtbot.mouseClick(page.findChild(QPushButton, "addContractButton"), Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.type_service.setChecked(True)
    editor.start_edit.setDate(QDate(2025, 2, 1))
    editor.notice_check.setChecked(True)
    editor.notice_amount.setValue(3)
    select(editor.notice_unit, "months")
    select(editor.notice_to, "month_end")
    select(editor.fee_unit, "month")
    editor.fee_amount.setValue(4200)
    select(editor.payment_interval, "monthly")
    select(editor.form_combo, "written")
    select(editor.state_combo, "HH")
    editor.add_deliverable("Relaunch-Konzept", dt.date(2027, 1, 15))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()

    # 2. The cards show exactly what the command line says.
    cli = cli_exits(ui_vault_dir, CLIENT, TODAY)
    ordinary = page.cards.card("ordinary_notice")
    assert ordinary.dates["ends_on"] == iso(cli["ordinary"]["ends_on"]) == dt.date(2027, 2, 28)
    assert ordinary.dates["legal_deadline"] == iso(cli["ordinary"]["legal_deadline"])
    assert ordinary.dates["practical_deadline"] == iso(cli["ordinary"]["practical_deadline"])
    # Posting is too late for tomorrow's deadline: only hand delivery is offered.
    assert cli["ordinary"]["send_by"]["registered_letter"] < TODAY.isoformat()
    assert "send_by_registered_letter" not in ordinary.dates
    assert ordinary.dates["send_by_courier"] == iso(cli["ordinary"]["send_by"]["courier"])
    extraordinary = page.cards.card("extraordinary")
    assert cli["extraordinary"]["known_on"] == "2026-11-25"
    assert extraordinary.dates["safe_deadline"] == iso(cli["extraordinary"]["safe_deadline"])
    assert ui_date(iso(cli["extraordinary"]["safe_deadline"])) in " ".join(
        label.text() for label in extraordinary.findChildren(type(page.disclaimer))
    )

    # 3. The calendar: events with three alarms each; a second export keeps the UIDs.
    first_ics, second_ics = tmp_path / "mueller.ics", tmp_path / "mueller-again.ics"
    chosen_paths += [first_ics, second_ics]
    qtbot.waitUntil(ordinary.isVisible)
    ordinary.action_buttons["calendar"].click()
    ordinary.action_buttons["calendar"].click()
    assert oct(first_ics.stat().st_mode & 0o777) == "0o600"
    events = Calendar.from_ical(first_ics.read_bytes()).walk("VEVENT")
    days = {event.decoded("DTSTART") for event in events}
    assert iso(cli["ordinary"]["practical_deadline"]) in days
    assert dt.date(2027, 1, 15) in days  # the deliverable
    for event in events:
        triggers = sorted(alarm.decoded("TRIGGER") for alarm in event.walk("VALARM"))
        assert triggers == [-dt.timedelta(days=28), -dt.timedelta(days=7), -dt.timedelta(days=1)]
        assert CLIENT not in str(event["UID"])
    again = Calendar.from_ical(second_ics.read_bytes()).walk("VEVENT")
    assert sorted(str(e["UID"]) for e in again) == sorted(str(e["UID"]) for e in events)

    # 4. The letter, in German, as a PDF with the end date in its text.
    ordinary.action_buttons["letter"].click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterDialog))
    qtbot.waitExposed(dialog)
    select(dialog.findChild(QComboBox, "letterLanguageCombo"), "de")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "letterSenderName"), "Anna Berger")
    letter_pdf = tmp_path / "kuendigung.pdf"
    chosen_paths.append(letter_pdf)
    dialog.findChild(QPushButton, "letterPdfButton").click()
    qtbot.waitUntil(letter_pdf.exists)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(letter_pdf).pages)
    assert "zum 28.02.2027" in text
    assert "Anna Berger" in text  # typed a moment before saving, and already in the letter
    assert "Dienstvertrag vom 01.02.2025" in text
    dialog.close()
