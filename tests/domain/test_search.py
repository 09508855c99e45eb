"""German-aware folding, match expressions and snippets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grenzen.domain.search import (
    fold_for_match,
    fold_sharp_s,
    fold_spelled_out,
    fts_match_expression,
    match_spans,
    query_words,
    snippet,
)


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("Größe", {"grosse", "groesse"}),
        ("Müll", {"mull", "muell"}),
        ("MÜLL", {"mull", "muell"}),
        ("Straße", {"strasse"}),
        ("café", {"cafe"}),
    ],
)
def test_fold_for_match_gives_every_indexed_spelling(word: str, forms: set[str]) -> None:
    assert fold_for_match(word) == forms


def test_folds_keep_text_otherwise_unchanged() -> None:
    assert fold_spelled_out("Äpfel über Öl, Maß") == "Aepfel ueber Oel, Mass"
    assert fold_sharp_s("Äpfel über Maß") == "Äpfel über Mass"


def test_query_words_drop_punctuation_and_duplicates() -> None:
    assert query_words('"Müll", müll und -- Größe!') == ["Müll", "müll", "und", "Größe"]


def test_match_expression_looks_each_word_up_in_both_columns() -> None:
    expression = fts_match_expression("Größe ab", "a", "b")
    assert expression == '(a : "Groesse"* OR b : "Grösse"*) AND (a : "ab" OR b : "ab")'


def test_match_expression_escapes_quotes_and_refuses_empty_queries() -> None:
    assert fts_match_expression("   ...  ", "a", "b") is None
    # A double quote can never break out of the FTS5 string.
    assert '""' not in (fts_match_expression('x"y', "a", "b") or "")
    assert fts_match_expression("AND OR NOT", "a", "b") == (
        '(a : "AND"* OR b : "AND"*) AND (a : "OR" OR b : "OR") AND (a : "NOT"* OR b : "NOT"*)'
    )


def test_spans_find_prefixes_in_any_spelling() -> None:
    text = "Die Groesse der Müllberge, sagte Frau MÜLLER."
    found = [text[s.start : s.end] for s in match_spans(text, "größe müll")]
    assert found == ["Groesse", "Müllberge", "MÜLLER"]


def test_short_words_match_only_whole_words() -> None:
    assert [s.start for s in match_spans("ab abc", "ab")] == [0]


def test_snippet_marks_matches_in_original_spelling() -> None:
    text = "Lange Einleitung. " * 10 + "Dann sagte er: die Größe ist Müll. Ende."
    result = snippet(text, "grosse", before="<", after=">", width=60)
    assert "<Größe>" in result
    assert result.startswith("…")
    assert len(result.replace("<", "").replace(">", "")) <= 62


def test_snippet_without_match_is_the_start() -> None:
    assert snippet("kurz", "nichts") == "kurz"
    assert snippet("x" * 100, "nichts", width=10) == "x" * 10 + "…"


@given(st.text(min_size=1, max_size=300), st.text(max_size=30))
def test_snippet_never_fails_and_stays_short(text: str, query: str) -> None:
    result = snippet(text, query, before="", after="", width=80)
    assert len(result) <= 82


@given(st.text(alphabet="aäoöuüßsAÄOÖUÜẞeSx", min_size=1, max_size=12))
def test_every_spelling_of_a_word_matches_itself(word: str) -> None:
    forms = fold_for_match(word)
    assert forms
    assert match_spans(word, word), f"{word!r} does not match itself"
