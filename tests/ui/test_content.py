"""The coach's guidance texts exist in German and English, keep their shape and render in Qt."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument

from grenzen.resources import resource

NAMES = (
    "calm_down",
    "clarify",
    "set_boundaries",
    "escalate",
    "move_on",
    "culture_check",
    "zero_based_question",
)
LANGS = ("de", "en")
HEADINGS = {"de": "## So gehst du vor", "en": "## How to go about it"}
GERMAN_GIVEAWAYS = (" the ", " and ", " you ")
NOT_IN_ENGLISH = "äöüÄÖÜß"
# A sentence ends with . ! ? (maybe behind a closing quote) followed by a space or the end.
SENTENCE_END = re.compile(r"[.!?…]+[\"'“”»«]?(?=\s|$)")
CASES = [(lang, name) for lang in LANGS for name in NAMES]


def _text(lang: str, name: str) -> str:
    path = resource("content", lang, f"{name}.md")
    assert path.is_file(), f"missing {lang}/{name}.md"
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{lang}/{name}.md starts with a BOM"
    return raw.decode("utf-8")  # strict: raises on anything that is not UTF-8


def _blocks(text: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_file_exists_and_is_utf8(lang: str, name: str) -> None:
    assert _text(lang, name).strip()


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_intro_is_two_or_three_short_sentences(lang: str, name: str) -> None:
    intro = _blocks(_text(lang, name))[0]
    assert not intro.startswith(("#", "-", "*")), "the file must open with a paragraph"
    sentences = len(SENTENCE_END.findall(intro))
    words = len(intro.split())
    assert 2 <= sentences <= 3, f"{lang}/{name}: {sentences} sentences in the intro"
    assert words <= 80, f"{lang}/{name}: {words} words in the intro"


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_one_heading_then_three_to_six_bullets(lang: str, name: str) -> None:
    text = _text(lang, name)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [HEADINGS[lang]]
    assert not any(line.startswith("# ") for line in text.splitlines())

    blocks = _blocks(text)
    assert len(blocks) == 3, "intro, blank line, heading, bullets — nothing else"
    assert blocks[1] == HEADINGS[lang]
    bullets = blocks[2].splitlines()
    assert all(line.startswith("- ") and line[2:].strip() for line in bullets), bullets
    assert 3 <= len(bullets) <= 6, f"{lang}/{name}: {len(bullets)} bullets"


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_no_raw_html(lang: str, name: str) -> None:
    assert "<" not in _text(lang, name)


@pytest.mark.parametrize("name", NAMES)
def test_german_text_has_no_english_giveaways(name: str) -> None:
    text = " ".join(_text("de", name).lower().split())
    found = [word for word in GERMAN_GIVEAWAYS if word in text]
    assert not found, f"de/{name}.md contains {found}"


@pytest.mark.parametrize("name", NAMES)
def test_english_text_has_no_umlauts(name: str) -> None:
    found = sorted({char for char in _text("en", name) if char in NOT_IN_ENGLISH})
    assert not found, f"en/{name}.md contains {found}"


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_renders_with_qt_markdown(lang: str, name: str, qapp) -> None:
    document = QTextDocument()
    document.setMarkdown(
        _text(lang, name),
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        | QTextDocument.MarkdownFeature.MarkdownNoHTML,
    )
    plain = document.toPlainText()
    assert plain.strip()
    assert HEADINGS[lang].removeprefix("## ") in plain
    assert "##" not in plain, "the heading must be parsed, not shown as text"
