"""Save the one-page exit plan of a scenario as a PDF, and say where it went.

The page leaves the vault unencrypted; the note after writing says so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.i18n import translate
from grenzen.ui.save_files import ask_save_path, safe_file_stem, show_saved_note
from grenzen.ui.session import VaultSession

SUFFIX = ".pdf"


def ask_plan_path(parent: QWidget | None, client: str) -> Path | None:
    return ask_save_path(
        parent,
        translate("PlanExport", "Save the one-page plan"),
        translate("PlanExport", "exit-plan-{client}.pdf").format(client=safe_file_stem(client)),
        translate("PlanExport", "PDF (*.pdf)"),
        SUFFIX,
    )


def _note_written(parent: QWidget | None, path: Path) -> None:
    """Where the page is, and that it is not encrypted."""
    show_saved_note(
        parent,
        translate("PlanExport", "Exit plan saved"),
        translate(
            "PlanExport",
            "Saved to {path}. Print it or keep it at hand until the plan is done.\n\n"
            "The file is not encrypted — keep it somewhere safe.",
        ).format(path=path),
        "planExportNote",
    )


def export_exit_plan(
    parent: QWidget | None,
    session: VaultSession,
    client: str,
    scenario_id: str | None,
    path: Path | str | None = None,
    today: dt.date | None = None,
) -> Path | None:
    """Write the one-page plan as PDF (asking where, unless ``path`` is given)."""
    from grenzen.exports.dossier_files import write_pdf
    from grenzen.services.exit_plan_sheet import exit_plan_markdown
    from grenzen.storage.errors import InvalidInput, VaultError

    if not session.is_unlocked:
        return None
    target = Path(path) if path is not None else ask_plan_path(parent, client)
    if target is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        text = exit_plan_markdown(
            session.vault, client, scenario_id, ui_language(), today or dt.date.today()
        )
        written = write_pdf(text, target)
    except (InvalidInput, VaultError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, translate("PlanExport", "The plan was not saved"), str(exc))
        return None
    QGuiApplication.restoreOverrideCursor()
    _note_written(parent, written)
    return written
