"""Write a dossier as Markdown, HTML or PDF; every file readable by the user alone (0600).

The files are NOT encrypted: the caller warns. Nothing goes through a temp file.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from grenzen.exports.files import write_private

_CSS = (
    "body{font-family:sans-serif;max-width:48em;margin:2em auto;padding:0 1em;"
    "line-height:1.45;color:#222}h1,h2,h3{line-height:1.2}"
    "blockquote{border-left:3px solid #bbb;margin-left:0;padding-left:1em;color:#444}"
    "hr{border:0;border-top:1px solid #ccc}"
)
_app = None  # the QGuiApplication made for PDF output, kept alive


def write_markdown(text: str, path: Path | str) -> Path:
    return write_private(path, text.encode("utf-8"))


def to_html(text: str, title: str = "Grenzen") -> str:
    """The Markdown as a standalone, sanitised HTML page."""
    import markdown
    import nh3

    body = nh3.clean(markdown.markdown(text, extensions=["sane_lists"]))
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def write_html(text: str, path: Path | str) -> Path:
    first = text.splitlines()[0].lstrip("# ").strip() if text.strip() else "Grenzen"
    return write_private(path, to_html(text, first).encode("utf-8"))


def _ensure_gui() -> None:
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


def write_pdf(text: str, path: Path | str) -> Path:
    """A4 PDF of the Markdown, rendered in memory and written 0600."""
    from PySide6.QtGui import QTextDocument

    from grenzen.exports.pdf import write_document_pdf

    _ensure_gui()
    document = QTextDocument()
    document.setMarkdown(text)
    return write_document_pdf(document, path)
