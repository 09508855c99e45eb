"""Choosing where an export goes, and saying calmly where it went.

Every export (letters, plans, calendars, the vault's JSON, backups) starts in the user's
Documents folder, gets a file name without characters that trouble file systems, keeps
the suffix its format needs, and ends with a note that does not block.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

# Parentless notes are kept here until closed; nothing else would hold them.
_open_notes: set[QWidget] = set()


def documents_folder() -> Path:
    """The user's Documents folder, or home when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def safe_file_stem(text: str, fallback: str = "grenzen") -> str:
    """A file name part of letters, digits, "-" and "_" only ("Müller & Co" → "Müller-Co")."""
    kept = "".join(c if c.isalnum() or c in "-_" else "-" for c in text.strip())
    return "-".join(part for part in kept.split("-") if part) or fallback


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (case-insensitive), added when the user left it out."""
    return (
        path if path.name.lower().endswith(suffix.lower()) else path.with_name(path.name + suffix)
    )


def ask_save_path(
    parent: QWidget | None, title: str, suggested_name: str, file_filter: str, suffix: str
) -> Path | None:
    """Ask where to save (starting in Documents); None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / suggested_name), file_filter
    )
    return with_suffix(Path(chosen), suffix) if chosen else None


def show_saved_note(parent: QWidget | None, title: str, text: str, object_name: str) -> None:
    """A calm note that does not block, closed and deleted by the user."""
    from grenzen.ui.transfer_dialogs import NoticeDialog

    dialog = NoticeDialog(parent, title, text)
    dialog.setObjectName(object_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _open_notes.add(dialog)
        dialog.destroyed.connect(lambda *_: _open_notes.discard(dialog))
    dialog.open()
