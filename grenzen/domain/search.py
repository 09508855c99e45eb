"""German-aware full-text search helpers: folding, query building, highlighted snippets.

SQLite's tokenizers fold case and remove diacritics (ü → u) but never match ß with "ss"
or ü with "ue". We therefore index two folded forms of every text and look each search
word up in both, so "Größe", "groesse", "grosse" and "GRÖSSE" all find each other.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# One source of truth for the folding, used both here and in the SQL that feeds the index.
UMLAUT_SPELLED_OUT: tuple[tuple[str, str], ...] = (
    ("ä", "ae"),
    ("ö", "oe"),
    ("ü", "ue"),
    ("Ä", "Ae"),
    ("Ö", "Oe"),
    ("Ü", "Ue"),
    ("ß", "ss"),
    ("ẞ", "SS"),
)
SHARP_S_ONLY: tuple[tuple[str, str], ...] = (("ß", "ss"), ("ẞ", "SS"))

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_PREFIX_CHARS = 3


def fold_spelled_out(text: str) -> str:
    """ä → ae, ß → ss: the form a German types without umlaut keys."""
    for old, new in UMLAUT_SPELLED_OUT:
        text = text.replace(old, new)
    return text


def fold_sharp_s(text: str) -> str:
    """ß → ss only; the tokenizer then turns ä into a by itself."""
    for old, new in SHARP_S_ONLY:
        text = text.replace(old, new)
    return text


def _strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_for_match(word: str) -> set[str]:
    """All lowercase forms under which a word is indexed; used to highlight matches."""
    lowered = word.lower()
    return {
        _strip_diacritics(fold_spelled_out(lowered)).lower(),
        _strip_diacritics(fold_sharp_s(lowered)).lower(),
    }


def query_words(query: str) -> list[str]:
    """The words of a user's query, in order, without duplicates."""
    return list(dict.fromkeys(_WORD.findall(query)))


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_match_expression(query: str, spelled_column: str, plain_column: str) -> str | None:
    """An FTS5 MATCH expression: every word must match in one of the two folded forms.

    Words of three or more letters match as prefixes, so typing "Müll" finds "Müllberg";
    German compounds make that the useful default. Returns None for a query without words.
    """
    clauses = []
    for word in query_words(query):
        star = "*" if len(word) >= MIN_PREFIX_CHARS else ""
        spelled = _quoted(fold_spelled_out(word)) + star
        plain = _quoted(fold_sharp_s(word)) + star
        clauses.append(f"({spelled_column} : {spelled} OR {plain_column} : {plain})")
    return " AND ".join(clauses) if clauses else None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def match_spans(text: str, query: str) -> list[Span]:
    """Where the query's words (as prefixes, folded) occur in the original text."""
    wanted = [(fold_for_match(w), len(w) >= MIN_PREFIX_CHARS) for w in query_words(query)]
    spans = []
    for m in _WORD.finditer(text):
        forms = fold_for_match(m.group())
        for targets, prefix in wanted:
            if any(
                (form.startswith(t) if prefix else form == t) for form in forms for t in targets
            ):
                spans.append(Span(m.start(), m.end()))
                break
    return spans


def snippet(
    text: str,
    query: str,
    *,
    before: str = "[",
    after: str = "]",
    width: int = 80,
    ellipsis: str = "…",
) -> str:
    """A short excerpt around the first match with every match marked.

    Built from the original text (not the folded index), so umlauts show as typed.
    """
    flat = " ".join(text.split())
    spans = match_spans(flat, query)
    if not spans:
        cut = flat[:width]
        return cut + (ellipsis if len(flat) > width else "")
    first = spans[0].start
    start = max(0, first - width // 3)
    end = min(len(flat), start + width)
    if start > 0:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    pieces = [ellipsis if start > 0 else ""]
    cursor = start
    for span in spans:
        if span.start < start or span.end > end:
            continue
        pieces += [flat[cursor : span.start], before, flat[span.start : span.end], after]
        cursor = span.end
    pieces.append(flat[cursor:end])
    if end < len(flat):
        pieces.append(ellipsis)
    return "".join(pieces)
