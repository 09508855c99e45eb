"""Save deadlines as a calendar file (.ics): one exit scenario's, or every client's.

The file leaves the vault unencrypted and calendar apps often sync it to a server, so a
short note says so after writing. Exporting again later updates the same events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.i18n import translate
from grenzen.ui.save_files import ask_save_path, safe_file_stem, show_saved_note
from grenzen.ui.session import VaultSession

SUFFIX = ".ics"


def ask_calendar_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    return ask_save_path(
        parent,
        translate("CalendarExport", "Save as a calendar file"),
        suggested_name,
        translate("CalendarExport", "Calendar files (*.ics)"),
        SUFFIX,
    )


def _note_written(parent: QWidget | None, path: Path) -> None:
    """Where the file is, and that it is not encrypted and may sync."""
    show_saved_note(
        parent,
        translate("CalendarExport", "Calendar file saved"),
        translate(
            "CalendarExport",
            "Saved to {path}. Open it with your calendar app to add the dates with "
            "reminders four weeks, one week and one day before. Exporting again later "
            "updates the same entries.\n\nThe file is not encrypted, and calendar apps "
            "may sync it to a calendar service — delete it once it is imported.",
        ).format(path=path),
        "calendarExportNote",
    )


def _write(parent: QWidget | None, path: Path, build: Callable[[], bytes]) -> Path | None:
    from grenzen.exports.ics import write_calendar
    from grenzen.storage.errors import InvalidInput, VaultError

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = write_calendar(path, build())
    except (InvalidInput, VaultError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, translate("CalendarExport", "The calendar file was not saved"), str(exc))
        return None
    QGuiApplication.restoreOverrideCursor()
    _note_written(parent, written)
    return written


def export_scenario_calendar(
    parent: QWidget | None,
    session: VaultSession,
    client: str,
    scenario_id: str,
    path: Path | None = None,
    *,
    today: dt.date | None = None,
) -> Path | None:
    """One exit scenario's dates (and deliverables) as .ics; None when cancelled or failed."""
    if not session.is_unlocked:
        return None
    if path is None:
        path = ask_calendar_path(parent, f"{safe_file_stem(client)}-{scenario_id}{SUFFIX}")
        if path is None:
            return None
    from grenzen.services.deadlines import calendar_for_client

    vault, lang, day = session.vault, ui_language(), today or dt.date.today()
    return _write(parent, path, lambda: calendar_for_client(vault, client, day, lang, scenario_id))


def export_all_deadlines_calendar(
    parent: QWidget | None,
    session: VaultSession,
    path: Path | None = None,
    *,
    today: dt.date | None = None,
) -> Path | None:
    """Every client's upcoming deadlines as .ics; None when cancelled or failed."""
    if not session.is_unlocked:
        return None
    if path is None:
        name = translate("CalendarExport", "grenzen-deadlines") + SUFFIX
        path = ask_calendar_path(parent, name)
        if path is None:
            return None
    from grenzen.services.deadlines import calendar_for_deadlines

    vault, lang, day = session.vault, ui_language(), today or dt.date.today()
    return _write(parent, path, lambda: calendar_for_deadlines(vault, day, lang))
