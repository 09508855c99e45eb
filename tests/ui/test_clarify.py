"""Clarify: the prep form, the live preview with wording hints, and the PDF."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QPushButton, QTextBrowser
from pytestqt.qtbot import QtBot

from grenzen.domain.cases import Stage
from grenzen.domain.incidents import IncidentDraft
from grenzen.services import cases, journal
from grenzen.ui.coach.clarify import HINT_KIND_ROLE, ClarifyPage
from grenzen.ui.coach.stage_base import PAGE_CLASSES
from grenzen.ui.session import VaultSession

CLIENT = "Müller GmbH"


def _case(session: VaultSession) -> int:
    vault = session.vault
    old = journal.log_incident(
        vault,
        IncidentDraft(
            client=CLIENT,
            text="Call",
            quote="Old words",
            occurred_on=dt.date(2026, 3, 1),
            learned_on=dt.date(2026, 3, 1),
        ),
        today=dt.date(2026, 3, 10),
    )
    newest_quoted = journal.log_incident(
        vault,
        IncidentDraft(
            client=CLIENT,
            text="Mail",
            quote="That is not what we pay you for.",
            occurred_on=dt.date(2026, 3, 5),
            learned_on=dt.date(2026, 3, 5),
        ),
        today=dt.date(2026, 3, 10),
    )
    unquoted = journal.log_incident(
        vault,
        IncidentDraft(
            client=CLIENT,
            text="Chat, no quote",
            occurred_on=dt.date(2026, 3, 8),
            learned_on=dt.date(2026, 3, 8),
        ),
        today=dt.date(2026, 3, 10),
    )
    return cases.open_case(vault, CLIENT, "Tone in the weekly", [old, newest_quoted, unquoted])


def _page(qtbot: QtBot, session: VaultSession) -> tuple[ClarifyPage, int]:
    case_id = _case(session)
    page = ClarifyPage(session, case_id)
    qtbot.addWidget(page)
    return page, case_id


def _underlined(document: QTextDocument) -> list[tuple[str, str]]:
    """(text, tooltip) of every wavy-underlined fragment."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.append((fragment.text(), fmt.toolTip()))
            it += 1
        block = block.next()
    return found


def test_registered_for_its_stage() -> None:
    assert PAGE_CLASSES[Stage.CLARIFY] is ClarifyPage


def test_observation_prefilled_with_the_newest_quote(qtbot: QtBot, session: VaultSession) -> None:
    page, case_id = _page(qtbot, session)
    assert page.objectName() == "clarifyPage"
    observation = page.findChild(QPlainTextEdit, "observationEdit")
    assert observation.toPlainText() == "“That is not what we pay you for.”"
    # The quote is the client's words: no hint for it, and it shows in the preview.
    assert page.findChild(QListWidget, "wordingHints").count() == 0
    preview = page.findChild(QTextBrowser, "prepPreview")
    assert "That is not what we pay you for." in preview.toPlainText()
    assert CLIENT in preview.toPlainText()
    assert "Listen first: where is their pain point?" in preview.toPlainText()

    observation.setPlainText("On Monday you wrote “…”.")
    qtbot.waitUntil(lambda: not page.has_pending_save, timeout=3_000)
    again = ClarifyPage(session, case_id)
    qtbot.addWidget(again)
    assert again.findChild(QPlainTextEdit, "observationEdit").toPlainText() == (
        "On Monday you wrote “…”."
    )


def test_wording_hints_listed_and_underlined(qtbot: QtBot, session: VaultSession) -> None:
    page, case_id = _page(qtbot, session)
    hints = page.findChild(QListWidget, "wordingHints")
    qtbot.keyClicks(page.findChild(QPlainTextEdit, "feelingEdit"), "Du bist immer so unf")
    page.findChild(QPlainTextEdit, "feelingEdit").insertPlainText("ähig")

    kinds = {hints.item(i).data(HINT_KIND_ROLE) for i in range(hints.count())}
    assert kinds & {"label", "absolute"}
    assert hints.isVisibleTo(page)
    assert "What it did to me" in hints.item(0).text()

    marked = _underlined(page.findChild(QTextBrowser, "prepPreview").document())
    assert marked
    assert "Du bist immer so unfähig" in "".join(text for text, _ in marked)
    assert all(tip for _, tip in marked)

    before = hints.count()
    qtbot.keyClicks(page.findChild(QPlainTextEdit, "requestEdit"), "You never answer.")
    assert hints.count() == before + 1
    assert "absolute" in {hints.item(i).data(HINT_KIND_ROLE) for i in range(hints.count())}

    qtbot.waitUntil(lambda: not page.has_pending_save, timeout=3_000)
    saved = cases.stage_answers(session.vault, case_id, Stage.CLARIFY)
    assert saved["feeling"] == "Du bist immer so unfähig"
    assert saved["request"] == "You never answer."


def test_tooltip_at_the_underlined_phrase(qtbot: QtBot, session: VaultSession) -> None:
    page, _ = _page(qtbot, session)
    page.findChild(QPlainTextEdit, "requestEdit").setPlainText("You are always late.")
    document = page.findChild(QTextBrowser, "prepPreview").document()
    found = document.find("always")
    assert not found.isNull()
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart() + 1)
    assert "verdict" in cursor.charFormat().toolTip()
    assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


def test_save_as_pdf_writes_the_sheet(qtbot: QtBot, session: VaultSession, tmp_path: Path) -> None:
    page, _ = _page(qtbot, session)
    request = "Please send changes by Thursday noon"
    qtbot.keyClicks(page.findChild(QPlainTextEdit, "requestEdit"), request)
    qtbot.keyClicks(page.findChild(QPlainTextEdit, "descSpecify"), "One channel for changes")
    assert page.findChild(QPushButton, "savePrepPdfButton").isEnabled()
    assert page.findChild(QPushButton, "printPrepButton").isEnabled()

    target = tmp_path / "prep.pdf"
    assert page.save_pdf(target) == target
    assert target.stat().st_size > 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    text = text.replace("ﬁ", "fi").replace("ﬂ", "fl")
    assert request in text
    assert CLIENT in text
    assert "One channel for changes" in text
    assert len(PdfReader(str(target)).pages) == 1


def test_locking_clears_the_page(qtbot: QtBot, session: VaultSession) -> None:
    page, _ = _page(qtbot, session)
    page.findChild(QPlainTextEdit, "needEdit").setPlainText("Clear agreements")
    session.lock()
    assert page.findChild(QPlainTextEdit, "needEdit").toPlainText() == ""
    assert page.findChild(QTextBrowser, "prepPreview").toPlainText() == ""
