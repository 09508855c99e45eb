"""The passphrase strength hint: a rough estimate that rewards several words."""

from __future__ import annotations

import pytest

from grenzen.domain.passphrase import COMMON_PASSWORDS, MAX_SCORE, Hint, Strength, assess


def test_empty_asks_for_a_few_words():
    assert assess("") == Strength(0, Hint.EMPTY)


@pytest.mark.parametrize("text", ["a", "abc", "Kat3!", "ruhig b"])
def test_shorter_than_the_minimum_says_so(text):
    strength = assess(text)
    assert strength.hint_key is Hint.TOO_SHORT
    assert strength.score <= 1


def test_the_minimum_is_a_parameter():
    assert assess("zebrakuh", min_length=12).hint_key is Hint.TOO_SHORT
    assert assess("zebrakuh", min_length=8).hint_key is not Hint.TOO_SHORT


@pytest.mark.parametrize(
    "text",
    [
        "password",
        "Passwort",
        "passwort123",
        "Passwort123!",
        "Sommer2024",
        "!Hallo2026",
        "12345678",
        "qwertzuiop",
        "ichliebedich",
        "Fußball1",
        "mein passwort",
        "11111111",
    ],
)
def test_common_passwords_score_zero(text):
    assert assess(text) == Strength(0, Hint.COMMON)


@pytest.mark.parametrize(
    "text", ["aaaaaaaa", "abcdefghij", "98765432x", "asdfghjk1", "xyxyxyxyxy", "abcabcabcabc"]
)
def test_repeats_and_sequences_score_low(text):
    strength = assess(text)
    assert strength.hint_key in {Hint.PATTERN, Hint.COMMON}
    assert strength.score <= 1


def test_a_repeated_word_is_not_several_words():
    assert assess("hallo hallo hallo hallo").score <= 1


@pytest.mark.parametrize("text", ["sonnenschein", "Katze2024", "Tr0ub4dor&3", "kaffeetasse"])
def test_one_word_with_decoration_is_fair_and_asks_for_more_words(text):
    strength = assess(text)
    assert strength.score == 2
    assert strength.hint_key is Hint.ADD_WORDS


@pytest.mark.parametrize(
    "text",
    [
        "correct horse battery staple",
        "grüne Tasse am Fenster",
        "der Hund bellt laut nachts",
        "Müller-ärgert-mich-nicht",
    ],
)
def test_several_words_score_high(text):
    assert assess(text) == Strength(MAX_SCORE, Hint.STRONG)


@pytest.mark.parametrize("text", ["ruhig bleiben 2026", "blau haus baum", "Müller ärgert mich"])
def test_two_or_three_words_are_good(text):
    assert assess(text) == Strength(3, Hint.GOOD)


def test_long_random_characters_are_strong():
    assert assess("xK9#mQ2!vL7@pZ4").score == MAX_SCORE


def test_scores_stay_in_range_and_never_raise():
    samples = ["", " ", "\t\n", "🙂🙂🙂🙂🙂🙂🙂🙂", "ß" * 40, "a b", "x" * 500, "Ä1!" * 10]
    for text in samples:
        strength = assess(text)
        assert 0 <= strength.score <= MAX_SCORE
        assert isinstance(strength.hint_key, Hint)


def test_the_common_list_is_lowercase():
    assert all(word == word.lower() for word in COMMON_PASSWORDS)
