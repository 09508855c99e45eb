"""Export a case's dossier: a dated record as Markdown, HTML or PDF, names optionally redacted.

The file is outside the vault and not encrypted; the dialog says so before it writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.exports import dossier_files
from grenzen.services import dossier
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import settle_minimum_size

WRITERS = {
    ".md": dossier_files.write_markdown,
    ".html": dossier_files.write_html,
    ".pdf": dossier_files.write_pdf,
}


class DossierDialog(QDialog):
    """Choose redaction, then where to save; the format follows the file name."""

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDialog")
        self.setWindowTitle(self.tr("Export the dossier"))
        self._session = session
        self._case_id = case_id
        text = QLabel(
            self.tr(
                "A dated record of this case: its incidents, the steps you took and what you "
                "said or sent. A checksum at the end shows later whether a copy was changed. "
                "The file is not encrypted — keep it somewhere safe."
            )
        )
        text.setWordWrap(True)
        self.redact_check = QCheckBox(self.tr("&Replace the names of people (Person A, B, …)"))
        self.redact_check.setObjectName("dossierRedactCheck")
        save = QPushButton(self.tr("&Save as…"), objectName="dossierSaveButton")
        save.setProperty("primary", True)
        save.clicked.connect(self._choose_file)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.redact_check)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        settle_minimum_size(self)
        session.locked.connect(self.reject)

    def _choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the dossier"),
            str(Path(folder) / "dossier.pdf"),
            self.tr("PDF (*.pdf);;Web page (*.html);;Markdown (*.md)"),
        )
        if path and self.export(Path(path)) is not None:
            self.accept()

    def export(self, path: Path) -> Path | None:
        """Write the dossier to ``path`` (format by suffix); None after explaining a problem."""
        writer = WRITERS.get(path.suffix.lower())
        if writer is None:
            show_error(
                self,
                self.tr("Unknown format"),
                self.tr("Please end the file name with .pdf, .html or .md."),
            )
            return None
        try:
            text = dossier.case_dossier(
                self._session.vault,
                self._case_id,
                ui_language(),
                redact=self.redact_check.isChecked(),
            )
            return writer(text, path)
        except (InvalidInput, VaultError, OSError) as exc:
            show_error(self, self.tr("The dossier was not saved"), str(exc))
            return None
