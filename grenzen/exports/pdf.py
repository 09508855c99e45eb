"""A4 PDFs from a QTextDocument, rendered in memory and written readable by the user only.

Shared by the recovery sheet, the conversation prep and the dossier (QtGui only: exports
never use widgets).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from grenzen.exports.files import write_private

PDF_RESOLUTION = 300
MARGIN_MM = 20


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the text out for the device's resolution, so point sizes are true on paper."""
    document.documentLayout().setPaintDevice(device)
    rect = device.pageLayout().paintRectPixels(device.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(device)


def pdf_bytes(document: QTextDocument, title: str = "") -> bytes:
    """The document as an A4 PDF with 20 mm margins, never touching the disk."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title or document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Grenzen")
    print_document(document, writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def write_document_pdf(document: QTextDocument, path: Path | str, title: str = "") -> Path:
    return write_private(path, pdf_bytes(document, title))
