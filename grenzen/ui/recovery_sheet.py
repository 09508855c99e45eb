"""The recovery code on one printable page: title, the code, the date, what to do with it.

Printed or saved as PDF on the user's explicit request; the PDF is written straight from
memory to the chosen file (readable by the user alone), never through a temp file.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from grenzen.ui.i18n import translate

_CONTEXT = "RecoverySheet"
PDF_RESOLUTION = 300


def sheet_html(code: str, today: dt.date) -> str:
    """The sheet as simple HTML that QTextDocument lays out the same on paper and in PDF."""
    day = QLocale().toString(today, QLocale.FormatType.LongFormat)
    title = translate(_CONTEXT, "Grenzen — your recovery code")
    created = translate(_CONTEXT, "Created on {date}").format(date=day)
    lines = [
        translate(
            _CONTEXT,
            "This code opens your Grenzen vault if you ever forget your passphrase. "
            "With it you can choose a new passphrase; nothing is lost.",
        ),
        translate(
            _CONTEXT,
            "Keep this sheet on paper, somewhere safe and away from your computer, "
            "for example with your important documents.",
        ),
        translate(
            _CONTEXT,
            "Anyone who has this code and your computer can read your journal. "
            "Do not store it on the computer or send it by e-mail.",
        ),
        translate(
            _CONTEXT,
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
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(translate(_CONTEXT, "Grenzen recovery code"))
    writer.setCreator("Grenzen")
    _print(build_sheet(code, today), writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def save_pdf(code: str, path: Path, today: dt.date | None = None) -> Path:
    """Write the sheet to ``path`` with mode 0600 (the code opens the whole vault)."""
    content = pdf_bytes(code, today)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
    return path


def print_sheet(code: str, parent: QWidget | None) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("recoveryPrintDialog")
    dialog.setWindowTitle(translate(_CONTEXT, "Print the recovery code"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _print(build_sheet(code), printer)
    return True


def _print(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the text out for the device's resolution, so point sizes are true on paper."""
    document.documentLayout().setPaintDevice(device)
    rect = device.pageLayout().paintRectPixels(device.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(device)
