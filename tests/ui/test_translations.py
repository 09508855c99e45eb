"""Every visible string exists in German and English, and the compiled catalogues are current."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")  # also strips "{name}" before counting words


def _messages(ts: Path) -> list[ET.Element]:
    return ET.parse(ts).getroot().findall("./context/message")


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.findall("context")
        for message in context.findall("message")
    }


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_message_is_translated(language: str) -> None:
    problems = []
    for message in _messages(TRANSLATIONS / f"grenzen_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            if language == "de" or message.get("numerus") == "yes":
                problems.append(f"unfinished: {source!r}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if not all(form.strip() for form in forms):
            problems.append(f"empty: {source!r}")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)) and not (
                message.get("numerus") == "yes" and "%n" not in form
            ):
                problems.append(f"placeholders differ: {source!r} → {form!r}")
    assert not problems, "\n".join(problems)


def test_german_translations_are_not_left_in_english() -> None:
    same = [
        source
        for message in _messages(TRANSLATIONS / "grenzen_de.ts")
        if (source := message.findtext("source") or "") == (message.findtext("translation") or "")
        and len(re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", source))) > 1
    ]
    assert not same, f"German translation equals the English source: {same}"


def _translated_sources() -> list[Path]:
    """Where visible strings live: the UI, and the exports that print Qt documents."""
    return sorted(
        p for folder in ("ui", "exports") for p in (ROOT / "grenzen" / folder).rglob("*.py")
    )


def test_translate_calls_name_their_context_literally() -> None:
    """lupdate only sees ``translate("Context", "text")``; a variable as the context (or the
    text) hides the string from the catalogues, and it stays English in the German app."""
    hidden = []
    for path in _translated_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            func = node.func
            is_translate = (isinstance(func, ast.Name) and func.id == "translate") or (
                isinstance(func, ast.Attribute)
                and func.attr == "translate"
                and getattr(func.value, "id", "") in {"QCoreApplication", "QApplication"}
            )
            if not is_translate:
                continue
            if not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]
            ):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not hidden, f"translate() needs literal strings: {hidden}"


def test_catalogues_cover_the_code_and_are_compiled(tmp_path: Path) -> None:
    sources = [str(p) for p in _translated_sources()]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [BIN / "pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources, "-ts", fresh],
        check=True,
        capture_output=True,
    )
    for language in ("de", "en"):
        committed = TRANSLATIONS / f"grenzen_{language}.ts"
        missing = _sources(fresh) - _sources(committed)
        assert not missing, f"run scripts/translations.sh: {sorted(missing)[:5]}"
        compiled = tmp_path / f"grenzen_{language}.qm"
        subprocess.run(
            [BIN / "pyside6-lrelease", "-silent", committed, "-qm", compiled],
            check=True,
            capture_output=True,
        )
        current = (TRANSLATIONS / f"grenzen_{language}.qm").read_bytes()
        assert compiled.read_bytes() == current, "run scripts/translations.sh compile"
