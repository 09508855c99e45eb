"""The case view's dossier export: a PDF and a redacted Markdown record with a checksum."""

from __future__ import annotations

import stat
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QCheckBox

from grenzen.domain.dossier import verify_markdown
from grenzen.domain.incidents import IncidentDraft
from grenzen.services import cases, journal
from grenzen.ui.coach.case_view import CaseView
from grenzen.ui.session import VaultSession


def test_dossier_written_as_pdf_and_redacted_markdown(
    qtbot, session: VaultSession, tmp_path: Path
) -> None:
    incident = journal.log_incident(
        session.vault,
        IncidentDraft(client="Müller GmbH", person="Frau Weiß", text="Frau Weiß schrie mich an."),
    )
    case_id = cases.open_case(session.vault, "Müller GmbH", "Ton", [incident])
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    dialog = view.open_dossier()

    pdf = dialog.export(tmp_path / "dossier.pdf")
    assert pdf is not None
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "Müller GmbH" in text

    dialog.findChild(QCheckBox, "dossierRedactCheck").setChecked(True)
    markdown = dialog.export(tmp_path / "dossier.md")
    assert markdown is not None
    content = markdown.read_text(encoding="utf-8")
    assert "Weiß" not in content
    assert "Person A" in content
    assert verify_markdown(content)
    dialog.close()
