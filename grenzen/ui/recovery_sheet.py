"""The recovery code on one printable page: title, the code, the date, what to do with it.

Printed or saved as PDF on the user's explicit request; the PDF is written straight from
memory to the chosen file (readable by the user alone), never through a temp file.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import (
    QFont,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from grenzen.exports import pdf
from grenzen.exports.files import write_private
from grenzen.ui.i18n import translate


def sheet_html(code: str, today: dt.date) -> str:
    """The sheet as simple HTML that QTextDocument lays out the same on paper and in PDF."""
    day = QLocale().toString(today, QLocale.FormatType.LongFormat)
    title = translate("RecoverySheet", "Grenzen — your recovery code")
    created = translate("RecoverySheet", "Created on {date}").format(date=day)
    lines = [
        translate(
            "RecoverySheet",
            "This code opens your Grenzen vault if you ever forget your passphrase. "
            "With it you can choose a new passphrase; nothing is lost.",
        ),
        translate(
            "RecoverySheet",
            "Keep this sheet on paper, somewhere safe and away from your computer, "
            "for example with your important documents.",
        ),
        translate(
            "RecoverySheet",
            "Anyone who has this code and your computer can read your journal. "
            "Do not store it on the computer or send it by e-mail.",
        ),
        translate(
            "RecoverySheet",
            "Grenzen shows this code only once. It stays valid when you change your passphrase.",
        ),
    ]
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return (
        f"<h2>{html.escape(title)}</h2>"
        f"<p>{html.escape(created)}</p>"
        f"<p style=\"font-family: 'DejaVu Sans Mono', monospace; font-size: 16pt; "
        f'font-weight: bold; margin-top: 18px; margin-bottom: 18px;">'
        f"{'<br>'.join(html.escape(line) for line in _code_lines(code))}</p>"
        f"<ul>{items}</ul>"
    )


def _code_lines(code: str, groups_per_line: int = 4) -> list[str]:
    """Two lines of four groups: easier to copy by hand than one long line."""
    groups = code.split("-")
    return [
        "-".join(groups[i : i + groups_per_line]) for i in range(0, len(groups), groups_per_line)
    ]


def build_sheet(code: str, today: dt.date | None = None) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 11))
    document.setHtml(sheet_html(code, today or dt.date.today()))
    return document


def pdf_bytes(code: str, today: dt.date | None = None) -> bytes:
    """The one-page sheet as PDF, rendered in memory."""
    return pdf.pdf_bytes(
        build_sheet(code, today), translate("RecoverySheet", "Grenzen recovery code")
    )


def save_pdf(code: str, path: Path, today: dt.date | None = None) -> Path:
    """Write the sheet to ``path`` with mode 0600 (the code opens the whole vault)."""
    return write_private(path, pdf_bytes(code, today))


def print_sheet(code: str, parent: QWidget | None) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("recoveryPrintDialog")
    dialog.setWindowTitle(translate("RecoverySheet", "Print the recovery code"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    pdf.print_document(build_sheet(code), printer)
    return True
