"""The letter editor and the one-page plan export, through real widgets on a real vault."""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from grenzen.services import contracts, letters
from grenzen.ui.exit import letter_dialog as module
from grenzen.ui.exit.letter_dialog import LetterDialog, open_letter_dialog
from grenzen.ui.exit.plan_export import export_exit_plan
from grenzen.ui.session import VaultSession

CLIENT = "Müller GmbH"
TODAY = dt.date(2026, 11, 2)
CONTRACT = {
    "type": "service",
    "state": "HH",
    "start": "2025-02-01",
    "fee_unit": "month",
    "fee_amount": 4200,
    "notice": {"amount": 3, "unit": "months", "to": "month_end"},
    "deliverables": [{"what": "Relaunch-Konzept", "due_on": "2026-12-15"}],
}


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


@pytest.fixture
def vault_session(session: VaultSession) -> VaultSession:
    contracts.set_contract(session.vault, CLIENT, CONTRACT)
    return session


@pytest.fixture(autouse=True)
def close_dialogs(qapp) -> Iterator[None]:
    yield
    for dialog in list(module._open_dialogs.values()):
        dialog.close()
    QApplication.processEvents()


def open_dialog(qtbot, session: VaultSession, kind: str = "ordinary_notice") -> LetterDialog:
    dialog = open_letter_dialog(None, session, CLIENT, kind, today=TODAY)
    qtbot.waitExposed(dialog)
    return dialog


def set_language(dialog: LetterDialog, lang: str) -> None:
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData(lang))


def type_at_end(dialog: LetterDialog, text: str) -> None:
    dialog.text_edit.setFocus()
    dialog.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(dialog.text_edit, text)


def test_typing_stores_a_draft_that_comes_back_on_reopening(
    qtbot, vault_session: VaultSession
) -> None:
    dialog = open_dialog(qtbot, vault_session)
    set_language(dialog, "de")
    assert "zum 28.02.2027, hilfsweise zum nächstmöglichen Termin" in dialog.text()
    assert not dialog.is_draft
    type_at_end(dialog, "PS: Danke.")
    qtbot.waitUntil(
        lambda: letters.has_draft(vault_session.vault, CLIENT, "ordinary_notice", "de"),
        timeout=3000,
    )
    assert dialog.is_draft
    assert dialog.status_label.text() == "Your draft is saved."
    stored = letters.letter_text(vault_session.vault, CLIENT, "ordinary_notice", "de", TODAY)
    assert stored.text.endswith("PS: Danke.")
    dialog.close()
    QApplication.processEvents()

    again = open_dialog(qtbot, vault_session)
    set_language(again, "de")
    assert again is not dialog
    assert again.text().endswith("PS: Danke.")
    assert again.is_draft


def test_closing_at_once_loses_nothing(qtbot, vault_session: VaultSession) -> None:
    dialog = open_dialog(qtbot, vault_session)
    set_language(dialog, "en")
    type_at_end(dialog, "Regards again")
    dialog.close()  # before the half-second timer fired
    stored = letters.letter_text(vault_session.vault, CLIENT, "ordinary_notice", "en", TODAY)
    assert stored.is_saved_draft
    assert stored.text.endswith("Regards again")


def test_locking_saves_the_pending_draft_and_closes(qtbot, vault_session: VaultSession) -> None:
    dialog = open_dialog(qtbot, vault_session)
    set_language(dialog, "de")
    type_at_end(dialog, "Nachtrag")
    vault = vault_session.vault
    folder = vault.folder
    vault_session.lock()
    QApplication.processEvents()
    assert not module._open_dialogs
    from grenzen.storage.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.unlock(folder, PASSPHRASE) as reopened:
        view = letters.letter_text(reopened, CLIENT, "ordinary_notice", "de", TODAY)
    assert view.text.endswith("Nachtrag")


def test_language_switch_shows_the_template_in_that_language(
    qtbot, vault_session: VaultSession
) -> None:
    dialog = open_dialog(qtbot, vault_session)
    set_language(dialog, "en")
    assert "28 February 2027" in dialog.text()
    assert "Dear Sir or Madam," in dialog.text()
    set_language(dialog, "de")
    assert "Sehr geehrte Damen und Herren," in dialog.text()
    assert not dialog.is_draft

    dialog.text_edit.setPlainText("Mein eigener Text")  # a draft in German
    set_language(dialog, "en")  # saves the German draft first
    assert "Dear Sir or Madam," in dialog.text()
    assert not dialog.is_draft
    set_language(dialog, "de")
    assert dialog.text() == "Mein eigener Text"
    assert dialog.is_draft


def test_kind_switch_and_reopening_with_another_kind(qtbot, vault_session: VaultSession) -> None:
    dialog = open_dialog(qtbot, vault_session)
    set_language(dialog, "de")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("cooperation_deadline"))
    assert "bis zum 16.11.2026" in dialog.text()
    same = open_letter_dialog(None, vault_session, CLIENT, "mutual_termination", today=TODAY)
    assert same is dialog
    assert dialog.kind == "mutual_termination"
    assert "einvernehmlich" in dialog.text()


def test_sender_and_recipient_are_saved_and_fill_the_template(
    qtbot, vault_session: VaultSession
) -> None:
    dialog = open_dialog(qtbot, vault_session)
    set_language(dialog, "de")
    assert "[Ihr Name]" in dialog.text()
    QTest.keyClicks(dialog.sender_name_edit, "Anna Berger")
    dialog.sender_address_edit.setPlainText("Musterweg 3\n20095 Hamburg")
    QTest.keyClicks(dialog.sender_email_edit, "anna@berger.de")
    assert dialog.sender_place_edit.placeholderText() == "Hamburg (from your address)"
    dialog.recipient_edit.setPlainText("Hafenstraße 12\n20457 Hamburg")
    qtbot.waitUntil(lambda: letters.sender(vault_session.vault).name == "Anna Berger", timeout=3000)
    qtbot.waitUntil(
        lambda: letters.client_address(vault_session.vault, CLIENT).startswith("Hafenstraße"),
        timeout=3000,
    )
    stored = letters.sender(vault_session.vault)
    assert stored.address == "Musterweg 3\n20095 Hamburg"
    assert stored.email == "anna@berger.de"
    qtbot.waitUntil(lambda: "Anna Berger\nMusterweg 3" in dialog.text(), timeout=3000)
    assert "Hafenstraße 12\n20457 Hamburg" in dialog.text()
    assert "Hamburg, 02.11.2026" in dialog.text()
    assert not dialog.is_draft  # a template refresh is not a draft


def test_reset_asks_only_when_a_draft_exists(
    qtbot, vault_session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):
        def question(*args, **kwargs):
            asked.append(args[1])
            return reply

        return question

    dialog = open_dialog(qtbot, vault_session)
    set_language(dialog, "de")
    template = dialog.text()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert dialog.reset_to_template()
    assert asked == []  # nothing to lose: no question

    type_at_end(dialog, "Mein Zusatz")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not dialog.reset_to_template()  # saves the pending text, then asks
    assert len(asked) == 1
    assert dialog.text().endswith("Mein Zusatz")
    assert letters.has_draft(vault_session.vault, CLIENT, "ordinary_notice", "de")

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert dialog.reset_to_template()
    assert dialog.text() == template
    assert not dialog.is_draft
    assert not letters.has_draft(vault_session.vault, CLIENT, "ordinary_notice", "de")


def test_export_pdf_and_markdown(qtbot, vault_session: VaultSession, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, vault_session)
    set_language(dialog, "de")
    type_at_end(dialog, "PS")
    pdf = dialog.export_pdf(tmp_path / "brief.pdf")
    assert pdf == tmp_path / "brief.pdf"
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    text = pdf_text(pdf)
    assert "zum 28.02.2027, hilfsweise zum nächstmöglichen Termin" in text
    assert text.endswith("PS")
    assert str(pdf) in dialog.status_label.text()
    assert letters.has_draft(vault_session.vault, CLIENT, "ordinary_notice", "de")

    md = dialog.export_markdown(tmp_path / "brief.md")
    assert md is not None
    assert "Ordentliche Kündigung des Dienstvertrags" in md.read_text(encoding="utf-8")


def test_disclaimer_and_unencrypted_note_are_visible(qtbot, vault_session: VaultSession) -> None:
    dialog = open_dialog(qtbot, vault_session)
    disclaimer = dialog.findChild(QLabel, "letterDisclaimer")
    assert disclaimer.isVisible()
    assert "legal advice" in disclaimer.text() or "Rechtsberatung" in disclaimer.text()
    note = dialog.findChild(QLabel, "letterUnencryptedNote")
    assert note.isVisible()
    assert "not encrypted" in note.text()
    assert "legal advice" not in dialog.text()  # the disclaimer is beside the letter
    assert "Rechtsberatung" not in dialog.text()


def test_plan_export_writes_one_page_and_says_where(
    qtbot, vault_session: VaultSession, tmp_path: Path
) -> None:
    target = tmp_path / "plan.pdf"
    written = export_exit_plan(None, vault_session, CLIENT, "ordinary_notice", target, TODAY)
    assert written == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = pdf_text(target)
    assert "Müller GmbH" in text
    assert "Relaunch-Konzept" in text
    notes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "planExportNote"]
    assert len(notes) == 1
    assert str(target) in notes[0].text()
    assert "not encrypted" in notes[0].text()
    notes[0].close()


def test_plan_export_explains_an_unknown_scenario(
    qtbot, vault_session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "grenzen.ui.exit.plan_export.show_error", lambda parent, title, text: shown.append(text)
    )
    assert export_exit_plan(None, vault_session, CLIENT, "flucht", tmp_path / "p.pdf") is None
    assert shown
    assert shown[0].startswith("scenario:")
    assert not (tmp_path / "p.pdf").exists()


def test_placeholders_are_marked_in_the_editor(qtbot, vault_session: VaultSession) -> None:
    dialog = open_dialog(qtbot, vault_session)
    set_language(dialog, "de")
    first = dialog.text_edit.document().firstBlock()
    assert first.text() == "[Ihr Name]"
    marks = first.layout().formats()
    assert [(m.start, m.length) for m in marks] == [(0, len("[Ihr Name]"))]
    assert marks[0].format.background().color().name() == module.PLACEHOLDER_COLOUR
