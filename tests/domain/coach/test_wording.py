"""Wording hints for a conversation prep text: kinds, offsets, spelling variants, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grenzen.domain.coach.wording import KINDS, Msg, WordingHint, check_wording, render


def found(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(kind, flagged phrase) for each hint, checking the offsets on the way."""
    hints = check_wording(text, lang)
    for hint in hints:
        assert 0 <= hint.start < hint.end <= len(text)
        assert hint.message.params["phrase"] == text[hint.start : hint.end]
    return [(hint.kind, text[hint.start : hint.end]) for hint in hints]


# --- each kind, positive and negative, German and English --------------------

POSITIVES = [
    # absolute
    ("Du kommst immer zu spät.", "absolute", "immer"),
    ("Das klappt nie.", "absolute", "nie"),
    ("Das machst du niemals selbst.", "absolute", "niemals"),
    ("Sie unterbrechen mich ständig.", "absolute", "ständig"),
    ("Jedes Mal kommt eine neue Änderung.", "absolute", "Jedes Mal"),
    ("Das passiert immer wieder.", "absolute", "immer wieder"),
    ("Wie immer: zu spät.", "absolute", "immer"),
    ("You always change the scope.", "absolute", "always"),
    ("You never answer my calls.", "absolute", "never"),
    ("It happens every time we meet.", "absolute", "every time"),
    ("You interrupt me constantly.", "absolute", "constantly"),
    ("You do this all the time.", "absolute", "all the time"),
    # label
    ("Ehrlich: du bist unfähig.", "label", "du bist unfähig"),
    ("Sie sind respektlos!", "label", "Sie sind respektlos"),
    ("Sie sind wirklich unverschämt.", "label", "Sie sind wirklich unverschämt"),
    ("Du bist ein Idiot.", "label", "Du bist ein Idiot"),
    ("Sie sind ein unfähiger Mensch.", "label", "Sie sind ein unfähiger Mensch"),
    ("Du bist so kompliziert.", "label", "Du bist so kompliziert"),
    ("Bist du blöd?", "label", "Bist du blöd"),
    ("…weil du so unzuverlässig bist.", "label", "du so unzuverlässig bist"),
    ("You're impossible.", "label", "You're impossible"),
    ("You are so lazy.", "label", "You are so lazy"),
    ("Honestly, you are a joke.", "label", "you are a joke"),
    ("you're being unreasonable", "label", "you're being unreasonable"),
    ("You are such a drama queen.", "label", "You are such a drama"),
    # accusing question
    (
        "Warum hast du schon wieder die Deadline verschoben?",
        "accusing_question",
        "Warum hast du schon wieder die Deadline verschoben?",
    ),
    ("Wie kann man nur so arbeiten?", "accusing_question", "Wie kann man nur so arbeiten?"),
    ("Was soll das?", "accusing_question", "Was soll das?"),
    ("Was soll das denn heißen?!", "accusing_question", "Was soll das denn heißen?!"),
    ("Was fällt Ihnen ein?", "accusing_question", "Was fällt Ihnen ein?"),
    ("Was ist mit dir los?", "accusing_question", "Was ist mit dir los?"),
    ("Ist das Ihr Ernst?", "accusing_question", "Ist das Ihr Ernst?"),
    (
        "Wie oft muss ich dir das noch sagen?",
        "accusing_question",
        "Wie oft muss ich dir das noch sagen?",
    ),
    (
        "Why do you always wait until Friday?",
        "accusing_question",
        "Why do you always wait until Friday?",
    ),
    ("Why didn't you tell me?", "accusing_question", "Why didn't you tell me?"),
    ("How could you do that?", "accusing_question", "How could you do that?"),
    ("What is wrong with you?", "accusing_question", "What is wrong with you?"),
    ("What's your problem?", "accusing_question", "What's your problem?"),
    ("Are you kidding me?", "accusing_question", "Are you kidding me?"),
    ("Did you even read my mail?", "accusing_question", "Did you even read my mail?"),
    # blame
    ("Das ist deine Schuld.", "blame", "deine Schuld"),
    ("Das war Ihre Schuld.", "blame", "Ihre Schuld"),
    ("Sie haben schuld.", "blame", "Sie haben schuld"),
    ("Daran sind Sie selbst schuld.", "blame", "sind Sie selbst schuld"),
    ("Wegen dir ist der Launch geplatzt.", "blame", "Wegen dir"),
    ("It's your fault.", "blame", "your fault"),
    ("We missed it because of you.", "blame", "because of you"),
    ("You're to blame for this.", "blame", "You're to blame"),
    # sarcasm markers
    ("Na toll.", "sarcasm_markers", "Na toll"),
    ("Vielen Dank auch!", "sarcasm_markers", "Vielen Dank auch"),
    ("Schön, dass du dich auch mal meldest.", "sarcasm_markers", "Schön, dass du dich auch mal"),
    ("Oh, sehr witzig.", "sarcasm_markers", "sehr witzig"),
    ("Thanks for nothing.", "sarcasm_markers", "Thanks for nothing"),
    ("Very funny.", "sarcasm_markers", "Very funny"),
    ("Nice of you to finally reply.", "sarcasm_markers", "Nice of you to finally"),
]


@pytest.mark.parametrize(("text", "kind", "phrase"), POSITIVES)
def test_flags_the_phrase(text: str, kind: str, phrase: str) -> None:
    assert found(text) == [(kind, phrase)]


NEGATIVES = [
    # absolute: other words, neutral phrases
    "Das Zimmer ist immerhin hell.",
    "Die Datei ist immer noch nicht da.",
    "Noch immer keine Antwort, ich frage morgen nach.",
    "Ruf an, wann immer es dir passt.",
    "Es kommen immer mehr Anfragen.",
    "Niemand war im Raum; mein Knie tut weh.",
    "Ich bin selbstständig.",
    "Never mind, I found it.",
    "You can always call me.",
    "Everything went fine this time.",
    # label: neutral or kind uses
    "Du bist eingeladen.",
    "Sie sind herzlich willkommen.",
    "Du bist so nett.",
    "Sind Sie so weit?",
    "Sie sind unmöglich zu erreichen.",
    "Du bist nicht dumm.",
    "You are welcome.",
    "You're right about the budget.",
    "You are so kind.",
    "You're such a help.",
    "You are not stupid.",
    # accusing question: real questions
    "Warum hast du das so gelöst?",
    "Wie kann man das Logo exportieren?",
    "Was soll das kosten?",
    "Was ist mit Ihnen, kommen Sie auch?",
    "Why do you prefer blue?",
    "Why don't you take Friday off?",
    "How could you help us with the launch?",
    "What is your budget?",
    # blame: denied, or another word
    "Das ist nicht deine Schuld.",
    "Sie haben keine Schuld.",
    "Ihre Schulden sind bezahlt.",
    "It's not your fault.",
    "Because of your feedback the page is better.",
    # sarcasm: sincere uses
    "Das Video war sehr witzig.",
    "That movie was very funny.",
    "Danke, das ist super.",
    "Thanks for the quick reply.",
    "",
    "   \n  ",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_neutral_text_alone(text: str) -> None:
    assert found(text) == []


# --- spelling: case, umlauts as ae/oe/ue, ß as ss ----------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "phrase"),
    [
        ("Du bist STÄNDIG zu spät.", "absolute", "STÄNDIG"),
        ("Du bist staendig zu spaet.", "absolute", "staendig"),
        ("Du bist sta\u0308ndig zu spät.", "absolute", "sta\u0308ndig"),  # decomposed ä
        ("Sie sind unverschaemt.", "label", "Sie sind unverschaemt"),
        ("SIE SIND UNVERSCHÄMT!", "label", "SIE SIND UNVERSCHÄMT"),
        ("Du bist bloed.", "label", "Du bist bloed"),
        ("Was faellt Ihnen ein?", "accusing_question", "Was faellt Ihnen ein?"),
        ("Wie kann man bloss so arbeiten?", "accusing_question", "Wie kann man bloss so arbeiten?"),
        ("Wie kann man bloß so arbeiten?", "accusing_question", "Wie kann man bloß so arbeiten?"),
        ("Was soll das heissen?", "accusing_question", "Was soll das heissen?"),
        ("Na grossartig.", "sarcasm_markers", "Na grossartig"),
        ("Na großartig.", "sarcasm_markers", "Na großartig"),
        ("Schoen, dass Sie auch schon da sind.", "sarcasm_markers", "Schoen, dass Sie auch schon"),
        ("You’re impossible.", "label", "You’re impossible"),  # typographic apostrophe
        ("WHAT IS WRONG WITH YOU?", "accusing_question", "WHAT IS WRONG WITH YOU?"),
    ],
)
def test_spelling_variants(text: str, kind: str, phrase: str) -> None:
    assert found(text) == [(kind, phrase)]


def test_offsets_after_characters_that_fold_to_two() -> None:
    text = "Größe: ok. Maße: ok. Ärger: ja. Du bist unfähig, immer."
    hints = check_wording(text)
    assert [(h.kind, text[h.start : h.end]) for h in hints] == [
        ("label", "Du bist unfähig"),
        ("absolute", "immer"),
    ]
    assert hints[0].start == text.index("Du bist")


# --- languages ---------------------------------------------------------------


def test_both_languages_by_default_and_one_when_asked() -> None:
    text = "Du kommst immer zu spät. You never call."
    assert found(text) == [("absolute", "immer"), ("absolute", "never")]
    assert found(text, "de") == [("absolute", "immer")]
    assert found(text, "en") == [("absolute", "never")]


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="fr"):
        check_wording("toujours", "fr")
    with pytest.raises(ValueError, match="fr"):
        render(Msg("absolute", {"phrase": "immer"}), "fr")


# --- overlaps: the longer, more specific hint wins ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Why do you always ignore my mails?",
            [("accusing_question", "Why do you always ignore my mails?")],
        ),
        ("Du bist immer so unfähig.", [("label", "Du bist immer so unfähig")]),
        (
            "Warum bist du ständig so unzuverlässig?",
            [("accusing_question", "Warum bist du ständig so unzuverlässig?")],
        ),
        ("Are you crazy?", [("label", "Are you crazy")]),
        ("Das ist immer deine Schuld.", [("absolute", "immer"), ("blame", "deine Schuld")]),
    ],
)
def test_overlapping_hints_keep_the_longer(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# --- a realistic prep text ------------------------------------------------------

DE_PREP = """Vorbereitung: Gespräch mit Frau Berger am Montag, 10 Uhr

Beobachtung: Im Call am Dienstag hast du meinen Entwurf vor dem Team „Müll“ genannt.
Du kritisierst mich ständig vor allen anderen.
Gefühl: Ich war verletzt und wütend. Ehrlich gesagt: Du bist respektlos.
Bedürfnis: Mir ist Respekt wichtig, und ich brauche Kritik unter vier Augen.
Bitte: Kannst du mir Feedback künftig im Einzelgespräch geben?

Notizen für mich:
- Warum hast du schon wieder nichts gesagt, bevor du es dem Team gezeigt hast?
- Das Projekt ist noch immer im Zeitplan.
- Die Verzögerung im März war nicht deine Schuld, das sage ich auch.
- Dass der Launch geplatzt ist, war deine Schuld.
- Na toll, wieder ein Wochenende weg.
"""

EN_PREP = """Prep for the call with Mark (DESC)

Describe: On Friday at 9 pm you sent three new change requests and asked for them by Monday.
You never respect my weekends.
Express: I felt stressed, and honestly, you're being unreasonable.
Specify: I'd like change requests by Wednesday noon, so they can go into next week's plan.
Consequences: If that works, I can deliver faster and you'll get fewer surprises.
You are welcome to call me any time on weekdays.

Don't say:
- Why do you always wait until Friday night?
- It's your fault the release slipped.
- Thanks for nothing.
It's not your fault that the server went down, though.
"""


@pytest.mark.parametrize("lang", [None, "de"])
def test_german_prep_text(lang: str | None) -> None:
    assert found(DE_PREP, lang) == [
        ("absolute", "ständig"),
        ("label", "Du bist respektlos"),
        (
            "accusing_question",
            "Warum hast du schon wieder nichts gesagt, bevor du es dem Team gezeigt hast?",
        ),
        ("blame", "deine Schuld"),
        ("sarcasm_markers", "Na toll"),
    ]


@pytest.mark.parametrize("lang", [None, "en"])
def test_english_prep_text(lang: str | None) -> None:
    assert found(EN_PREP, lang) == [
        ("absolute", "never"),
        ("label", "you're being unreasonable"),
        ("accusing_question", "Why do you always wait until Friday night?"),
        ("blame", "your fault"),
        ("sarcasm_markers", "Thanks for nothing"),
    ]


# --- messages -------------------------------------------------------------------


def test_absolute_message_in_both_languages() -> None:
    (hint,) = check_wording("Du kommst immer zu spät.")
    assert hint.message.render("de") == (
        "„immer“ macht aus einem Vorfall ein Urteil – nenn lieber den konkreten Moment."
    )
    assert hint.message.render("en") == (
        "“immer” turns one incident into a verdict – name the concrete moment instead."
    )


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_a_calm_message(kind: str) -> None:
    msg = Msg(kind, {"phrase": "Was soll das?"})
    german, english = msg.render("de"), msg.render("en")
    assert "„Was soll das?“" in german
    assert "“Was soll das?”" in english
    assert "lieber" in german or "direkt" in german  # says what to try instead
    assert "!" not in german  # never dramatic
    assert "!" not in english


def test_long_phrases_are_shortened_in_the_message() -> None:
    text = "Warum hast du schon wieder " + "sehr lange " * 10 + "gewartet?"
    (hint,) = check_wording(text)
    assert (hint.start, hint.end) == (0, len(text))
    rendered = hint.message.render("de")
    assert "…“" in rendered
    assert len(rendered) < len(text) + 150


def test_hint_is_a_plain_value() -> None:
    hint = check_wording("Na toll.")[0]
    assert hint == WordingHint(
        0, 7, "sarcasm_markers", Msg("sarcasm_markers", {"phrase": "Na toll"})
    )


# --- properties ------------------------------------------------------------------

FRAGMENTS = [
    "immer", "nie", "ständig", "staendig", "jedes Mal", "always", "never", "every time",
    "du bist", "Sie sind", "you are", "you're", "so", "unfähig", "unfaehig", "respektlos",
    "impossible", "ein", "Idiot", "Warum hast du", "schon wieder", "Wie kann man nur",
    "Was soll das", "Why do you", "How could you", "What is wrong with you", "deine Schuld",
    "Sie haben schuld", "your fault", "because of you", "nicht", "not", "noch", "Na toll",
    "sehr witzig", "Thanks for nothing", "bist", "?", "!", ".", ",", " ", " ", "\n", "ß",
    "Ä", "ü", "\u0308", "’", "İ", "ẞ", "ﬁ",
]  # fmt: skip
texts = st.text() | st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=40).map(
    "".join
)
langs = st.sampled_from([None, "de", "en"])


@settings(max_examples=300, deadline=None)
@given(text=texts, lang=langs)
def test_never_raises_and_offsets_are_sound(text: str, lang: str | None) -> None:
    hints = check_wording(text, lang)
    previous_end = 0
    for hint in hints:
        assert 0 <= previous_end <= hint.start < hint.end <= len(text)  # ordered, no overlap
        previous_end = hint.end
        phrase = text[hint.start : hint.end]
        assert phrase == phrase.strip()
        assert hint.kind in KINDS
        for ui_lang in ("de", "en"):
            rendered = hint.message.render(ui_lang)
            assert rendered.strip()
            assert "{phrase}" not in rendered


UMLAUT_SPELLINGS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
def test_umlauts_spelled_out_give_the_same_hints(text: str) -> None:
    spelled = "".join(UMLAUT_SPELLINGS.get(c, c) for c in text)
    assert [h.kind for h in check_wording(text)] == [h.kind for h in check_wording(spelled)]
