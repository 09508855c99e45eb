"""The one-page conversation prep (method.md §2, "Clarify"): NVC and DESC on one sheet.

The same document serves the live preview (with wording hints underlined and explained on
hover) and the printout or PDF (clean). The PDF goes straight from memory to the chosen
file, readable by the user alone — it holds what they wrote, so never a temp file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from grenzen.domain.coach.wording import WordingHint, check_wording
from grenzen.exports.pdf import write_document_pdf

# lupdate extracts translate("Context", "text") calls by this name.
translate = QCoreApplication.translate

HINT_COLOUR = "#c08a2e"  # a soft amber: worth a look, not an alarm

# Answer keys of the clarify stage, in the order the sheet shows them.
NVC_KEYS = ("observation", "feeling", "need", "request")
DESC_KEYS = ("desc_describe", "desc_express", "desc_specify", "desc_consequences")
PREP_KEYS = NVC_KEYS + DESC_KEYS

# A quotation ("…", „…“, “…”, «…»): the client's own words are not the user's wording.
_QUOTED = re.compile(r"[\"„“”«»‚‘][^\"„“”«»\n]*[\"“”«»‘’]")


def field_labels() -> dict[str, str]:
    """The sheet's label for each answer key (translated when called)."""
    return {
        "observation": translate("PrepSheet", "What happened (facts only)"),
        "feeling": translate("PrepSheet", "What it did to me"),
        "need": translate("PrepSheet", "What I need"),
        "request": translate("PrepSheet", "What I ask for"),
        "desc_describe": translate("PrepSheet", "Describe"),
        "desc_express": translate("PrepSheet", "Express"),
        "desc_specify": translate("PrepSheet", "Specify"),
        "desc_consequences": translate("PrepSheet", "Consequences"),
    }


def _text(answers: Mapping[str, Any], key: str) -> str:
    value = answers.get(key)
    return value.strip() if isinstance(value, str) else ""


def field_hints(key: str, text: str) -> list[WordingHint]:
    """Wording hints for one field; in the observation, quoted client words are left alone."""
    hints = check_wording(text)
    if key != "observation":
        return hints
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    return [h for h in hints if not any(s <= h.start and h.end <= e for s, e in quoted)]


def prep_hints(answers: Mapping[str, Any]) -> list[tuple[str, str, WordingHint]]:
    """(key, field text, hint) for every phrase worth a second look, in sheet order."""
    found: list[tuple[str, str, WordingHint]] = []
    for key in PREP_KEYS:
        text = _text(answers, key)
        found.extend((key, text, hint) for hint in field_hints(key, text))
    return found


def _utf16(text: str, index: int) -> int:
    """QTextDocument positions count UTF-16 units, Python counts code points."""
    return len(text[:index].encode("utf-16-le")) // 2


def _locale(lang: str) -> QLocale:
    return QLocale(QLocale.Language.German if lang == "de" else QLocale.Language.English)


class _Writer:
    """Appends blocks to a document with a cursor, so hint offsets stay exact."""

    def __init__(self, document: QTextDocument) -> None:
        self.cursor = QTextCursor(document)
        self.base_size = document.defaultFont().pointSizeF()
        self.first = True

    def block(self, top: float = 0.0) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(2.0)
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.first = False
        else:
            self.cursor.insertBlock(fmt)

    def text(
        self, text: str, *, bold: bool = False, italic: bool = False, scale: float = 1.0
    ) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        fmt.setFontPointSize(self.base_size * scale)
        self.cursor.insertText(text, fmt)

    def field(self, text: str, hints: list[WordingHint], lang: str) -> None:
        start = self.cursor.position()
        self.text(text)
        for hint in hints:
            mark = QTextCursor(self.cursor.document())
            mark.setPosition(start + _utf16(text, hint.start))
            mark.setPosition(start + _utf16(text, hint.end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(HINT_COLOUR))
            fmt.setToolTip(hint.message.render(lang))
            mark.mergeCharFormat(fmt)


def build_prep_document(
    answers: Mapping[str, Any],
    client: str,
    title: str,
    lang: str,
    *,
    today: dt.date | None = None,
    mark_wording: bool = False,
) -> QTextDocument:
    """The sheet from the clarify answers; ``mark_wording`` underlines hints (preview only)."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 11))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    out = _Writer(document)
    labels = field_labels()
    day = _locale(lang).toString(today or dt.date.today(), QLocale.FormatType.LongFormat)
    empty = translate("PrepSheet", "(not filled in yet)")

    out.block()
    heading = translate("PrepSheet", "Conversation prep: {title}").format(title=title)
    out.text(heading, bold=True, scale=1.5)
    out.block(top=4.0)
    out.text(translate("PrepSheet", "Client: {client} · {date}").format(client=client, date=day))
    out.block(top=10.0)
    out.text(translate("PrepSheet", "Listen first: where is their pain point?"), italic=True)

    sections = (
        (translate("PrepSheet", "Nonviolent Communication"), NVC_KEYS),
        (translate("PrepSheet", "DESC script"), DESC_KEYS),
    )
    for heading, keys in sections:
        out.block(top=16.0)
        out.text(heading, bold=True, scale=1.25)
        for key in keys:
            text = _text(answers, key)
            out.block(top=8.0)
            out.text(labels[key], bold=True)
            out.block()
            if text:
                out.field(text, field_hints(key, text) if mark_wording else [], lang)
            else:
                out.text(empty, italic=True)
    return document


def write_prep_pdf(document: QTextDocument, path: Path) -> Path:
    """Write the sheet as A4 PDF to ``path``, mode 0600 (it holds what the user wrote)."""
    return write_document_pdf(document, path)
