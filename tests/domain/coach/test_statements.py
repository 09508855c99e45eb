"""Boundary statements: when one counts as a formal warning, and the texts built from the parts."""

from __future__ import annotations

import datetime as dt

import pytest

from grenzen.domain.coach.statements import (
    SUGGESTED_RISK,
    ComplaintParts,
    StatementParts,
    boundary_statement,
    check_parts,
    complaint_letter,
    qualifies_as_warning,
)

BREACH = "Am 3. März haben Sie meine Arbeit vor dem Team als Müll bezeichnet"
CHANGE = "sprechen Sie sachlich mit mir, auch wenn Sie unzufrieden sind"
RISK = SUGGESTED_RISK["de"]


def test_all_three_parts_qualify() -> None:
    check = qualifies_as_warning(BREACH, CHANGE, RISK)
    assert check.qualifies
    assert check.missing == ()


@pytest.mark.parametrize(
    ("breach", "change", "risk", "missing"),
    [
        ("", CHANGE, RISK, ("breach",)),
        (BREACH, "", RISK, ("change",)),
        (BREACH, CHANGE, "", ("risk",)),
        ("", "", "", ("breach", "change", "risk")),
    ],
)
def test_each_missing_part_is_named(breach: str, change: str, risk: str, missing: tuple) -> None:
    check = qualifies_as_warning(breach, change, risk)
    assert not check.qualifies
    assert check.missing == missing


@pytest.mark.parametrize("filler", ["   ", "x", "ok", "…", "12.03.", "- -", "Müll"])
def test_a_part_must_say_something(filler: str) -> None:
    check = qualifies_as_warning(filler, CHANGE, RISK)
    assert check.missing == ("breach",)


def test_check_parts_reads_the_dataclass() -> None:
    assert check_parts(StatementParts(BREACH, CHANGE, RISK)).qualifies
    assert check_parts(StatementParts(breach=BREACH)).missing == ("change", "risk")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_statement_contains_every_part(lang: str) -> None:
    text = boundary_statement(StatementParts(BREACH, CHANGE, SUGGESTED_RISK[lang]), lang)
    assert BREACH in text
    assert CHANGE in text
    assert SUGGESTED_RISK[lang] in text


def test_statement_speaks_to_the_client_politely() -> None:
    german = boundary_statement(StatementParts(BREACH, CHANGE, RISK), "de")
    assert "Ich bitte Sie: " in german
    assert " du " not in german.lower()
    english = boundary_statement(StatementParts("You called my work garbage", "Stay factual"), "en")
    assert "I ask you: Stay factual." in english
    assert "You called my work garbage." in english


def test_statement_leaves_out_empty_parts() -> None:
    text = boundary_statement(StatementParts(breach=BREACH), "en")
    assert "I ask you" not in text
    assert text.count("\n\n") == 2  # opening, breach, closing


def test_user_lines_are_kept_but_trimmed() -> None:
    text = boundary_statement(StatementParts(breach="  first  line \n\n second line "), "en")
    assert "first line\nsecond line." in text


@pytest.mark.parametrize(
    ("lang", "date_text", "greeting"),
    [("de", "29.12.2026", "Guten Tag Frau Berger,"), ("en", "2026-12-29", "Dear Frau Berger,")],
)
def test_complaint_contains_the_parts_and_the_review_date(
    lang: str, date_text: str, greeting: str
) -> None:
    parts = ComplaintParts(
        contact="Frau Berger",
        happened="Three insults in two weeks",
        tried="A talk on 1 December and a written boundary statement",
        change="A respectful tone in all meetings",
    )
    text = complaint_letter(parts, dt.date(2026, 12, 29), lang)
    assert text.startswith(greeting)
    for part in (parts.happened, parts.tried, parts.change):
        assert part in text
    assert date_text in text


def test_complaint_without_contact_or_parts_still_reads() -> None:
    text = complaint_letter(ComplaintParts(), dt.date(2027, 1, 5), "de")
    assert text.startswith("Guten Tag,")
    assert "05.01.2027" in text
    assert "Was passiert ist" not in text


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        boundary_statement(StatementParts(), "fr")
