"""A rough, honest estimate of how hard a passphrase is to guess, for a hint while typing.

Not a security guarantee: it looks at length, the kinds of characters, repeats and
sequences, a short list of very common German and English passwords, and how many words
there are. Several ordinary words score high, because they are long and easy to remember.
The hint is a key; the user interface turns it into a sentence in the user's language.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

MIN_LENGTH = 8  # the vault's own minimum (storage.vault.MIN_PASSPHRASE_CHARS) is passed in
MAX_SCORE = 4


class Hint(StrEnum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    COMMON = "common"
    PATTERN = "pattern"
    ADD_WORDS = "add_words"
    GOOD = "good"
    STRONG = "strong"


@dataclass(frozen=True, slots=True)
class Strength:
    """``score`` 0 (guessed at once) to 4 (strong); ``hint_key`` says what would help."""

    score: int
    hint_key: Hint


# The top of published leak lists, plus German favourites (seasons, cities, clubs).
COMMON_PASSWORDS: frozenset[str] = frozenset(
    {
        "password",
        "passwort",
        "passwd",
        "kennwort",
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "qwerty",
        "qwertz",
        "qwertyuiop",
        "qwertzuiop",
        "asdfghjk",
        "asdfghjkl",
        "yxcvbnm",
        "zxcvbnm",
        "letmein",
        "iloveyou",
        "ichliebedich",
        "hallo",
        "hello",
        "welcome",
        "willkommen",
        "admin",
        "administrator",
        "sommer",
        "winter",
        "fruehling",
        "frühling",
        "herbst",
        "summer",
        "spring",
        "autumn",
        "schatz",
        "schatzi",
        "geheim",
        "secret",
        "dragon",
        "monkey",
        "football",
        "fussball",
        "fußball",
        "baseball",
        "sunshine",
        "princess",
        "master",
        "shadow",
        "superman",
        "batman",
        "trustno",
        "abc",
        "abcdef",
        "abcdefg",
        "abcdefgh",
        "freedom",
        "computer",
        "internet",
        "starwars",
        "whatever",
        "zaq1xsw2",
        "1q2w3e4r",
        "1q2w3e4r5t",
        "test",
        "testtest",
        "mustermann",
        "berlin",
        "hamburg",
        "muenchen",
        "münchen",
        "deutschland",
        "germany",
        "schalke",
        "bayern",
        "borussia",
        "killer",
        "changeme",
        "lol",
        "love",
        "liebe",
        "pokemon",
        "michael",
        "thomas",
        "andreas",
        "daniel",
        "stefan",
        "sabine",
        "nicole",
        "jennifer",
        "jessica",
        "charlie",
        "login",
        "guest",
        "gast",
        "grenzen",
        "tresor",
        "vault",
        "mein passwort",
        "my password",
    }
)

_KEYBOARD_ROWS = (
    "1234567890",
    "qwertyuiop",
    "qwertzuiopü",
    "asdfghjkl",
    "asdfghjklöä",
    "zxcvbnm",
    "yxcvbnm",
)
_WORD_SPLIT = re.compile(r"[\s\-_.,;:+/]+")
_TRAILING_NOISE = re.compile(r"[\d\W_]+$")
_LEADING_NOISE = re.compile(r"^[\d\W_]+")
_REPEATED_BLOCK = re.compile(r"(.{2,}?)\1+")
_DISCOUNT = 0.2  # a character that continues a repeat or sequence adds little


def assess(text: str, min_length: int = MIN_LENGTH) -> Strength:
    """Score ``text`` from 0 to 4 and say what would help most."""
    if not text:
        return Strength(0, Hint.EMPTY)
    if len(text) < min_length:
        return Strength(0 if len(text) < min_length // 2 else 1, Hint.TOO_SHORT)
    if _is_common(text):
        return Strength(0, Hint.COMMON)
    effective = _effective_length(text)
    score = _score_from_bits(effective * math.log2(_pool_size(text)))
    words = _words(text)
    if len(words) >= 4:
        score = MAX_SCORE
    elif len(words) == 3 and len(text) >= 14:
        score = max(score, 3)
    if score == MAX_SCORE and len(words) < 4 and _classes(text) < 3:
        score = 3  # long, but of one or two kinds of characters and few words
    if effective < 0.6 * len(text):
        return Strength(min(score, 1), Hint.PATTERN)
    if len(words) <= 1 and len(text) < 12:
        score = min(score, 2)
    if score >= MAX_SCORE:
        return Strength(MAX_SCORE, Hint.STRONG)
    if score == 3:
        return Strength(3, Hint.GOOD)
    return Strength(score, Hint.ADD_WORDS)


def _is_common(text: str) -> bool:
    """On the list, also with digits or symbols around it ("Sommer2024!", "1passwort")."""
    lower = text.lower().strip()
    if lower in COMMON_PASSWORDS:
        return True
    core = _LEADING_NOISE.sub("", _TRAILING_NOISE.sub("", lower))
    if core in COMMON_PASSWORDS and len(core) >= 3:
        return True
    return lower.isdigit() and len(set(lower)) <= 2


def _words(text: str) -> set[str]:
    """Distinct words of two or more letters ("der Hund" → {"der", "hund"})."""
    return {w for w in _WORD_SPLIT.split(text.lower()) if len(w) >= 2 and w.isalpha()}


def _classes(text: str) -> int:
    checks = (
        any(c.islower() for c in text),
        any(c.isupper() for c in text),
        any(c.isdigit() for c in text),
        any(not c.isalnum() and not c.isspace() for c in text),
    )
    return sum(checks)


def _pool_size(text: str) -> int:
    """How many characters an attacker would have to try per position."""
    pool = 0
    if any("a" <= c <= "z" for c in text):
        pool += 26
    if any("A" <= c <= "Z" for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c.isspace() for c in text):
        pool += 1
    if any(not c.isalnum() and not c.isspace() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 40  # umlauts, ß and everything beyond ASCII
    return max(pool, 2)


def _effective_length(text: str) -> float:
    """Length where repeats, runs like "abcd"/"4321" and keyboard rows count little."""
    weights = [1.0] * len(text)
    lower = text.lower()
    codes = [ord(c) for c in lower]
    i = 0
    while i < len(codes) - 2:
        step = codes[i + 1] - codes[i]
        if step in (-1, 0, 1) and codes[i + 2] - codes[i + 1] == step:
            j = i + 2
            while j + 1 < len(codes) and codes[j + 1] - codes[j] == step:
                j += 1
            for k in range(i + 1, j + 1):
                weights[k] = _DISCOUNT
            i = j + 1
        else:
            i += 1
    for row in _KEYBOARD_ROWS:
        for line in (row, row[::-1]):
            for start in range(len(line) - 3):  # overlapping 4-grams cover longer runs
                piece = line[start : start + 4]
                at = lower.find(piece)
                while at >= 0:
                    for k in range(at + 1, at + 4):
                        weights[k] = _DISCOUNT
                    at = lower.find(piece, at + 1)
    for found in _REPEATED_BLOCK.finditer(lower):
        for k in range(found.start() + len(found.group(1)), found.end()):
            weights[k] = _DISCOUNT
    return sum(weights)


def _score_from_bits(bits: float) -> int:
    for score, limit in enumerate((30, 45, 60, 80)):
        if bits < limit:
            return score
    return MAX_SCORE
