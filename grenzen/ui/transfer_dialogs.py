"""Import, export and backup from the File menu: choose a file, do it, say what happened.

Each function splits the file choice from the action: given a ``path`` it shows no file
dialog, so tests (and the first-run window) drive the real action without a modal dialog.
Summaries open window-modal (``open()``), never blocking the caller.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from grenzen.ui.errors import show_error
from grenzen.ui.i18n import translate
from grenzen.ui.save_files import ask_save_path, documents_folder

if TYPE_CHECKING:
    from grenzen.services.transfer import ExportSummary, ImportReport
    from grenzen.ui.session import VaultSession

EXPORT_SUFFIX = ".json"
BACKUP_SUFFIX = ".grenzen-backup"  # grenzen.storage.vault.BACKUP_SUFFIX, without the import

# Which views to refresh after an import, by the kinds the report counts.
_CHANGED_VIEWS = {
    "clients": "clients",
    "people": "clients",
    "incidents": "incidents",
    "cases": "cases",
    "contracts": "contracts",
    "deliverables": "contracts",
    "energy": "energy",
    "compliments": "compliments",
    "value_entries": "value",
}


# --- texts ------------------------------------------------------------------------------


def count_lines(counts: dict[str, int]) -> list[str]:
    """One translated line per kind with a count above zero ("3 incidents")."""
    texts = ImportCounts()
    lines = [texts.text(kind, n) for kind, n in counts.items() if n]
    return [line for line in lines if line]


class ImportCounts(QObject):
    """Plural forms need ``self.tr(…, "", n)``: lupdate marks only those as plural (with a
    variable count, ``translate(…, n)`` comes out singular-only)."""

    def text(self, kind: str, n: int) -> str | None:
        match kind:
            case "clients":
                return self.tr("%n client(s)", "", n)
            case "people":
                return self.tr("%n person(s)", "", n)
            case "contracts":
                return self.tr("%n contract(s)", "", n)
            case "deliverables":
                return self.tr("%n deliverable(s)", "", n)
            case "cases":
                return self.tr("%n case(s)", "", n)
            case "incidents":
                return self.tr("%n incident(s)", "", n)
            case "energy":
                return self.tr("%n energy check-in(s)", "", n)
            case "compliments":
                return self.tr("%n compliment(s)", "", n)
            case "value_entries":
                return self.tr("%n invoice(s)", "", n)
            case "letter_drafts":
                return self.tr("%n letter draft(s)", "", n)
            case "dream_criteria":
                return self.tr("%n dream-client criterion/criteria", "", n)
            case "dream_matches":
                return self.tr("%n dream-client tick(s)", "", n)
            case "zero_based_answers":
                return self.tr("%n zero-based answer(s)", "", n)
            case "settings":
                return self.tr("%n setting(s)", "", n)
        return None

    def skipped(self, n: int) -> str:
        return self.tr("%n entry(s) already existed and were skipped; see the details.", "", n)


def import_summary(report: ImportReport) -> tuple[str, str]:
    """Headline with what was added, and the skipped duplicates for a details area."""
    lines = count_lines(report.imported)
    if report.format == "jrnl":
        heading = translate("TransferDialogs", "The jrnl journal was imported.")
    else:
        heading = translate("TransferDialogs", "The export was imported.")
    if lines:
        added = (
            translate("TransferDialogs", "Added to your vault:")
            + "\n"
            + "\n".join(f"• {x}" for x in lines)
        )
    else:
        added = translate(
            "TransferDialogs", "Nothing new was added: everything in the file was already there."
        )
    parts = [heading, added]
    skipped = len(report.skipped)
    if skipped:
        parts.append(ImportCounts().skipped(skipped))
    return "\n\n".join(parts), "\n".join(report.skipped)


def export_summary(summary: ExportSummary, path: Path) -> str:
    lines = count_lines(summary.counts)
    heading = translate("TransferDialogs", "Your vault was exported to {path}.").format(path=path)
    if not lines:
        return (
            heading
            + "\n\n"
            + translate("TransferDialogs", "The vault was empty, so the file holds no entries.")
        )
    listing = "\n".join(f"• {x}" for x in lines)
    reminder = translate(
        "TransferDialogs",
        "The file is not encrypted. Keep it somewhere safe and delete it when you no longer "
        "need it.",
    )
    return f"{heading}\n\n{listing}\n\n{reminder}"


# --- helpers ----------------------------------------------------------------------------


class NoticeDialog(QDialog):
    """A calm note with optional details; a QMessageBox resizes itself after it is shown,
    which platforms without size hints (offscreen, the tests) report as a Qt warning."""

    def __init__(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self._text = QLabel(text, objectName="noticeText")
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._text)
        self._details = QPlainTextEdit(details, objectName="detailsEdit")
        self._details.setReadOnly(True)
        self._details.setAccessibleName(self.tr("Details"))
        self._details.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self._details.setVisible(bool(details))
        layout.addWidget(self._details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumSize(
            max(self.minimumSizeHint().width(), 420), self.minimumSizeHint().height()
        )

    def text(self) -> str:
        return self._text.text()

    def detailedText(self) -> str:
        return self._details.toPlainText()


def _show_info(
    parent: QWidget | None, name: str, title: str, text: str, details: str = ""
) -> NoticeDialog:
    """A note that does not block: window-modal, deleted when closed."""
    dialog = NoticeDialog(parent, title, text, details)
    dialog.setObjectName(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class _Busy:
    """A wait cursor for work of a second or two, always restored."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def _expected_errors() -> tuple[type[BaseException], ...]:
    from grenzen.domain.incidents import InvalidIncident
    from grenzen.storage.errors import InvalidInput, VaultError

    return (VaultError, InvalidInput, InvalidIncident, OSError)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError) and exc.strerror:
        return translate("TransferDialogs", "The file could not be used: {reason}.").format(
            reason=exc.strerror
        )
    if isinstance(exc, FileNotFoundError):
        return translate(
            "TransferDialogs", "The file was not found. Perhaps it was moved or renamed."
        )
    return str(exc)


# --- export -----------------------------------------------------------------------------


def confirm_unencrypted_export(parent: QWidget | None) -> bool:
    """Say plainly that the export is readable by anyone who gets the file."""
    dialog = QDialog(parent, objectName="confirmExportBox")
    dialog.setWindowTitle(translate("TransferDialogs", "Export your vault"))
    layout = QVBoxLayout(dialog)
    layout.setSpacing(12)
    heading = QLabel(
        translate("TransferDialogs", "The export file is NOT encrypted."), objectName="noticeText"
    )
    heading.setProperty("role", "title")
    layout.addWidget(heading)
    explanation = QLabel(
        translate(
            "TransferDialogs",
            "Everything you wrote will be readable by anyone who gets the file. Use it to "
            "move to another computer or to keep a readable copy, and store it somewhere "
            "safe. For a regular safety copy, use “Back up now” instead: backups stay "
            "encrypted.",
        )
    )
    explanation.setWordWrap(True)
    layout.addWidget(explanation)
    buttons = QDialogButtonBox()
    export = buttons.addButton(
        translate("TransferDialogs", "Export unencrypted"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    export.setObjectName("exportUnencryptedButton")
    export.setAutoDefault(False)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    cancel.setDefault(True)  # Enter does not export by accident
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.setMinimumSize(
        max(dialog.minimumSizeHint().width(), 440), dialog.minimumSizeHint().height()
    )
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_export_path(parent: QWidget | None) -> Path | None:
    return ask_save_path(
        parent,
        translate("TransferDialogs", "Export to a file"),
        f"grenzen-export-{dt.date.today().isoformat()}{EXPORT_SUFFIX}",
        translate("TransferDialogs", "JSON files (*.json)"),
        EXPORT_SUFFIX,
    )


def export_vault(
    parent: QWidget | None,
    session: VaultSession,
    path: Path | None = None,
    confirm: bool = True,
) -> ExportSummary | None:
    """Confirm, choose a file, export everything; None when cancelled or failed."""
    if confirm and not confirm_unencrypted_export(parent):
        return None
    if path is None:
        path = ask_export_path(parent)
        if path is None:
            return None
    if not session.is_unlocked:
        return None
    from grenzen.services.transfer import export_all

    try:
        with _Busy():
            summary = export_all(session.vault, path)
    except _expected_errors() as exc:
        show_error(parent, translate("TransferDialogs", "Export did not work"), _error_text(exc))
        return None
    _show_info(
        parent,
        "exportSummaryBox",
        translate("TransferDialogs", "Export done"),
        export_summary(summary, path),
    )
    return summary


# --- import -----------------------------------------------------------------------------


def ask_import_path(parent: QWidget | None) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("TransferDialogs", "Import from a Grenzen export or a jrnl journal"),
        str(documents_folder()),
        translate("TransferDialogs", "JSON exports (*.json);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def import_into_vault(
    parent: QWidget | None, session: VaultSession, path: Path | None = None
) -> ImportReport | None:
    """Choose a file, import it (all or nothing), show what was added and what skipped."""
    if path is None:
        path = ask_import_path(parent)
        if path is None:
            return None
    if not session.is_unlocked:
        return None
    from grenzen.services.transfer import import_file

    try:
        with _Busy():
            report = import_file(session.vault, path)
    except _expected_errors() as exc:
        show_error(
            parent,
            translate("TransferDialogs", "Import did not work"),
            translate("TransferDialogs", "Nothing was changed in your vault.")
            + "\n\n"
            + _error_text(exc),
        )
        return None
    changed = {_CHANGED_VIEWS[k] for k, n in report.imported.items() if n and k in _CHANGED_VIEWS}
    for kind in sorted(changed - {"incidents"}):
        session.notify(kind)
    session.notify("incidents")  # always: the journal also shows clients and counts
    text, details = import_summary(report)
    _show_info(
        parent, "importSummaryBox", translate("TransferDialogs", "Import done"), text, details
    )
    return report


# --- backup -----------------------------------------------------------------------------


def ask_backup_path(parent: QWidget | None) -> Path | None:
    return ask_save_path(
        parent,
        translate("TransferDialogs", "Save a backup"),
        f"grenzen-backup-{dt.date.today().isoformat()}{BACKUP_SUFFIX}",
        translate("TransferDialogs", "Grenzen backups (*.grenzen-backup)"),
        BACKUP_SUFFIX,
    )


def backup_vault(
    parent: QWidget | None, session: VaultSession, path: Path | None = None
) -> Path | None:
    """Write an encrypted copy of the vault as one file; None when cancelled or failed."""
    if path is None:
        path = ask_backup_path(parent)
        if path is None:
            return None
    if not session.is_unlocked:
        return None
    from grenzen.services import vault_access

    try:
        with _Busy():
            written = vault_access.backup(session.vault, path)
    except _expected_errors() as exc:
        show_error(
            parent, translate("TransferDialogs", "The backup did not work"), _error_text(exc)
        )
        return None
    _show_info(
        parent,
        "backupDoneBox",
        translate("TransferDialogs", "Backup saved"),
        translate(
            "TransferDialogs",
            "Your backup is saved in {path}.\n\nIt is encrypted and opens with the passphrase "
            "you use today. Keep a copy away from this computer, for example on a USB stick.",
        ).format(path=written),
    )
    return written
