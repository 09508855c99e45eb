"""Save the one-page exit plan of a scenario as a PDF, and say where it went.

The page leaves the vault unencrypted; the note after writing says so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.i18n import translate
from grenzen.ui.session import VaultSession

_notes: set[QWidget] = set()
SUFFIX = ".pdf"


def _documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _file_stem(client: str) -> str:
    kept = "".join(c if c.isalnum() or c in "-_" else "-" for c in client.strip())
    return "-".join(part for part in kept.split("-") if part) or "grenzen"


def ask_plan_path(parent: QWidget | None, client: str) -> Path | None:
    name = translate("PlanExport", "exit-plan-{client}.pdf").format(client=_file_stem(client))
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("PlanExport", "Save the one-page plan"),
        str(_documents_folder() / name),
        translate("PlanExport", "PDF (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.name.lower().endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def _note_written(parent: QWidget | None, path: Path) -> None:
    """A calm note that does not block: where the page is, and that it is not encrypted."""
    from grenzen.ui.transfer_dialogs import NoticeDialog

    dialog = NoticeDialog(
        parent,
        translate("PlanExport", "Exit plan saved"),
        translate(
            "PlanExport",
            "Saved to {path}. Print it or keep it at hand until the plan is done.\n\n"
            "The file is not encrypted — keep it somewhere safe.",
        ).format(path=path),
    )
    dialog.setObjectName("planExportNote")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:  # nothing else holds a parentless note: keep it until it closes
        _notes.add(dialog)
        dialog.destroyed.connect(lambda *_: _notes.discard(dialog))
    dialog.open()


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
