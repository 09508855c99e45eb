"""Gentle wording hints for a conversation prep text, German and English.

Clarifying works best with observations, feelings, needs and requests (method.md §2).
Some phrases reliably make the other side defensive: absolutes ("immer", "never"), labels
("du bist unfähig"), accusing questions ("Was soll das?"), blame ("your fault") and a few
sure sarcasm markers ("na toll"). ``check_wording`` finds them and returns character
offsets into the original text, so the UI can underline them, each with a short, calm
message on why it may land badly and what to try instead.

Pure Python and offline. Matching is case-insensitive and tolerant of umlauts written as
ae/oe/ue and of ß written as ss: the text is folded character by character (keeping a map
back to the original offsets) and the patterns are written in the same folded form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from grenzen.domain.messages import LANGUAGES, Catalog, Message

KINDS = ("absolute", "label", "accusing_question", "blame", "sarcasm_markers")


@dataclass(frozen=True, slots=True)
class Msg(Message):
    """A hint about wording."""


@dataclass(frozen=True, slots=True)
class WordingHint:
    """One phrase worth a second look: ``text[start:end]`` is the phrase."""

    start: int
    end: int
    kind: str
    message: Msg


CATALOG: dict[str, dict[str, str]] = {
    "absolute": {
        "de": "„{phrase}“ macht aus einem Vorfall ein Urteil – nenn lieber den konkreten Moment.",
        "en": "“{phrase}” turns one incident into a verdict – name the concrete moment instead.",
    },
    "label": {
        "de": "„{phrase}“ bewertet die Person statt des Verhaltens – darauf folgt meist "
        "Abwehr. Beschreib lieber, was passiert ist und wie es bei dir ankam.",
        "en": "“{phrase}” judges the person, not what they did, and usually invites "
        "defence. Describe what happened and how it landed with you.",
    },
    "accusing_question": {
        "de": "„{phrase}“ klingt wie eine Frage, wirkt aber wie ein Vorwurf. Sag lieber, "
        "was du beobachtet hast, und frag offen nach dem Grund.",
        "en": "“{phrase}” sounds like a question but lands as an accusation. Say what you "
        "observed, then ask openly what happened.",
    },
    "blame": {
        "de": "„{phrase}“ sucht einen Schuldigen – dann geht es ums Rechthaben statt um "
        "eine Lösung. Sprich lieber von der Folge und davon, was du brauchst.",
        "en": "“{phrase}” looks for someone to blame, and the talk turns into who is right. "
        "Talk about the effect and what you need instead.",
    },
    "sarcasm_markers": {
        "de": "„{phrase}“ kann als Spott ankommen, auch wenn es locker gemeint ist. Sag "
        "ruhig und direkt, was dich stört.",
        "en": "“{phrase}” can come across as mockery, even if meant lightly. Say calmly and "
        "plainly what bothers you.",
    },
}

_MAX_PHRASE = 48


def _short(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    if len(phrase) <= _MAX_PHRASE:
        return phrase
    return phrase[: _MAX_PHRASE - 1].rstrip() + "…"


def _format_value(name: str, value: Any, lang: str) -> Any:
    return _short(value) if name == "phrase" and isinstance(value, str) else value


Msg.catalog = Catalog(CATALOG, _format_value)


def render(msg: Msg, lang: str) -> str:
    return msg.render(lang)


# --- folding ---------------------------------------------------------------

_FOLD_EXTRA = {"ä": "ae", "ö": "oe", "ü": "ue", "\u0308": "e"}  # U+0308: decomposed umlaut
_APOSTROPHES = dict.fromkeys("’‘ʼ´`′", "'")


def _fold_char(ch: str) -> str:
    out = _APOSTROPHES.get(ch, ch).casefold()  # casefold also turns ß and ẞ into ss
    if any(c in _FOLD_EXTRA for c in out):
        out = "".join(_FOLD_EXTRA.get(c, c) for c in out)
    return out


def _fold(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, its index in ``text``."""
    parts: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def _words(*words: str) -> str:
    """An alternation of words, folded, longest first."""
    folded = sorted({_fold_word(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in folded) + ")"


def _fold_word(word: str) -> str:
    return "".join(_fold_char(c) for c in word)


def _compile(pattern: str) -> re.Pattern[str]:
    # Patterns are written like the text they search: lower case, and umlauts and ß are
    # folded here (no upper-case regex escapes are used, so folding the source is safe).
    return re.compile(_fold_word(pattern))


# A question (or sentence) runs to its "?" – or stops before ". ! newline". A marker
# ("schon wieder", "always") must come within 160 characters, which keeps the search linear.
_REST = r"[^?.!\n]*\??"
_LAZY = r"[^?.!\n]{0,160}?"
_ENDS = r"(?=[ \t]*(?:[?!.,;:\n]|$))"  # nothing but punctuation follows
_ALONE = r"(?<!\w\s)(?<!\w)"  # not in the middle of a clause

# --- word lists ------------------------------------------------------------

_DE_JUDGEMENTS = _words(
    "unfähig", "inkompetent", "respektlos", "unverschämt", "unmöglich", "unprofessionell",
    "unzuverlässig", "arrogant", "faul", "dumm", "blöd", "doof", "dämlich", "bescheuert",
    "unhöflich", "unfreundlich", "frech", "rücksichtslos", "egoistisch", "selbstsüchtig",
    "stur", "unfair", "ungerecht", "unausstehlich", "unerträglich", "lächerlich", "peinlich",
    "ahnungslos", "chaotisch", "schlampig", "nachlässig", "überheblich", "herablassend",
    "aggressiv", "kindisch", "naiv", "verrückt", "kleinlich", "geizig", "gemein",
    "hinterhältig", "nervig", "anstrengend", "schwierig", "launisch", "undankbar", "taktlos",
    "ignorant", "rechthaberisch", "besserwisserisch", "cholerisch", "toxisch",
    "narzisstisch", "manipulativ", "unbelehrbar", "beratungsresistent", "unorganisiert",
    "planlos", "hoffnungslos", "nutzlos", "erbärmlich", "dreist", "gierig", "unehrlich",
    "verlogen", "feig", "herrisch", "asozial", "unbrauchbar", "unberechenbar", "unzumutbar",
    "dilettantisch", "inakzeptabel",
)  # fmt: skip
_DE_NOUNS = _words(
    "idiot", "vollidiot", "trottel", "depp", "witz", "zumutung", "katastrophe", "chaot",
    "egoist", "lügner", "versager", "nervensäge", "amateur", "dilettant", "heuchler",
    "tyrann", "choleriker", "besserwisser", "albtraum", "alptraum", "problem",
    "kontrollfreak", "pedant", "narzisst",
)  # fmt: skip
_DE_FILLERS = _words(
    "so", "echt", "wirklich", "total", "völlig", "vollkommen", "komplett", "absolut",
    "einfach", "halt", "ja", "doch", "eben", "nun", "mal", "wieder", "schon", "ganz", "schön",
    "ziemlich", "richtig", "extrem", "unglaublich", "sehr", "auch", "immer", "noch", "oft",
    "manchmal", "heute", "gerade", "jetzt", "wohl", "eigentlich", "irgendwie", "zu", "recht",
    "dermaßen", "derart", "furchtbar", "schrecklich", "sowas", "was", "von", "mir", "uns",
    "gegenüber", "ein", "der", "die", "das", "ständig", "dauernd",
)  # fmt: skip
_DE_POSITIVE = _words(
    "nett", "lieb", "freundlich", "hilfsbereit", "geduldig", "großzügig", "toll", "super",
    "klasse", "gut", "aufmerksam", "herzlich", "hilfreich", "verständnisvoll", "großartig",
    "wunderbar", "zuverlässig", "froh", "glücklich", "dankbar", "beschäftigt", "müde",
    "weit", "viel", "dass", "wie", "als", "schatz", "hilfe", "segen", "engel", "glück",
    "gewinn", "vorbild",
)  # fmt: skip

_EN_JUDGEMENTS = _words(
    "incompetent", "useless", "rude", "disrespectful", "impossible", "unprofessional",
    "unreliable", "arrogant", "lazy", "stupid", "dumb", "ridiculous", "pathetic", "selfish",
    "clueless", "hopeless", "careless", "sloppy", "childish", "immature", "unbearable",
    "insufferable", "annoying", "aggressive", "toxic", "manipulative", "ignorant", "crazy",
    "insane", "petty", "greedy", "dishonest", "difficult", "unreasonable", "unfair",
    "controlling", "condescending", "patronising", "patronizing", "entitled",
    "inconsiderate", "irresponsible", "disorganized", "disorganised", "chaotic", "obnoxious",
    "impolite", "mean",
)  # fmt: skip
_EN_NOUNS = _words(
    "idiot", "moron", "fool", "joke", "nightmare", "liar", "hypocrite", "bully", "clown",
    "amateur", "disaster", "problem", "jerk", "control freak", "narcissist",
)  # fmt: skip
_EN_PERSONS = _words(
    "person", "man", "woman", "client", "customer", "boss", "manager", "human being",
    "human", "guy", "people", "team", "company",
)  # fmt: skip
_EN_FILLERS = _words(
    "so", "really", "truly", "just", "totally", "completely", "utterly", "absolutely",
    "incredibly", "extremely", "very", "quite", "pretty", "being", "always", "again",
    "simply", "plain", "a", "an", "the", "complete", "total", "real", "utter", "too",
    "still", "sometimes", "often", "kind", "of", "honestly", "seriously", "downright",
    "absolute", "bit", "little", "acting", "such", "constantly", "such",
)  # fmt: skip
_EN_POSITIVE = _words(
    "kind", "nice", "helpful", "sweet", "good", "great", "right", "generous", "patient",
    "thoughtful", "lovely", "wonderful", "amazing", "welcome", "reliable", "brilliant",
    "awesome", "talented", "smart", "clever", "glad", "happy", "lucky", "grateful", "busy",
    "tired", "much", "many", "far", "close", "that", "as", "to", "help", "star", "gem",
    "sweetheart", "pleasure", "treasure", "lifesaver", "angel", "asset",
)  # fmt: skip

# German: "du bist …", "bist du …", "Sie sind …", "ihr seid …", also in the past.
_DE_SUBJECT = (
    r"(?:du\s+(?:bist|warst)|(?:bist|warst)\s+du|sie\s+(?:sind|waren)|(?:sind|waren)\s+sie"
    r"|ihr\s+(?:seid|wart)|(?:seid|wart)\s+ihr)"
)
_DE_FILL = rf"(?:{_DE_FILLERS}(?:e[nmrs]?)?\s+){{0,4}}?"
# A judgement word: bare ("unfähig"), or inflected and then its noun ("unfähiger Mensch").
_DE_JUDGED = (
    rf"(?:{_DE_JUDGEMENTS}(?:e[nmrs]?(?:\s+(?!und\b|oder\b|aber\b|bist\b|sind\b|seid\b)\w+)?)?"
    rf"|{_DE_NOUNS}(?:innen|in|en|e|s)?)\b"
)
_EN_SUBJECT = r"(?:you(?:'re|re|\s+re|\s+are|\s+were|'ve\s+been|\s+have\s+been)|(?:are|were)\s+you)"
_EN_FILL = rf"(?:{_EN_FILLERS}\s+){{0,4}}?"
_EN_JUDGED = rf"(?:{_EN_JUDGEMENTS}(?:\s+{_EN_PERSONS})?|{_EN_NOUNS}s?)\b"

_DE_WHY_MARKERS = _words(
    "schon wieder", "wieder", "nicht", "nie", "niemals", "immer", "ständig", "dauernd",
    "kein", "keine", "keinen", "keinem", "keiner", "keines",
)  # fmt: skip
_EN_WHY_MARKERS = _words(
    "always", "never", "again", "still", "constantly", "keep", "even", "every time", "not",
)  # fmt: skip

# --- rules -----------------------------------------------------------------

_RULES_SOURCE: list[tuple[str, str, str]] = [
    # absolutes
    ("absolute", "de", r"\bimmer(?:\s+und\s+immer)?(?:\s+wieder)?\b|\bimmerzu\b"),
    ("absolute", "de", r"\bnie(?:mals)?(?:\s+und\s+nimmer)?\b|\bnimmer\b"),
    ("absolute", "de", r"\bständig(?:e[nmrs]?)?\b|\b(?:an)?dauernd\b|\bfortwährend\b"),
    ("absolute", "de", r"\bununterbrochen\b|\bstets\b"),
    ("absolute", "de", r"\bjedes\s*(?:(?:einzelne|verdammte)\s+)?mal\b"),
    ("absolute", "de", r"\bkein\s+einziges\s+mal\b"),
    ("absolute", "en", r"\balways\b|\bnever(?:\s+ever)?\b|\bconstantly\b|\bcontinually\b"),
    ("absolute", "en", r"\b(?:each\s+and\s+)?every\s+(?:single\s+)?time\b"),
    ("absolute", "en", r"\ball\s+the\s+time\b|\bnot\s+(?:even\s+)?once\b"),
    # labels
    ("label", "de", rf"\b{_DE_SUBJECT}\s+{_DE_FILL}{_DE_JUDGED}"),
    (
        "label",
        "de",
        rf"\b{_DE_SUBJECT}\s+{_DE_FILL}so\s+(?:ein(?:e[nmrs]?)?\s+)?(?!{_DE_POSITIVE}\b)\w+",
    ),
    (  # subordinate clause: "…, weil du so unzuverlässig bist"
        "label",
        "de",
        rf"\b(?:du|sie|ihr)\s+{_DE_FILL}{_DE_JUDGED}\s+(?:bist|sind|seid|warst|waren|wart)\b",
    ),
    ("label", "en", rf"\b{_EN_SUBJECT}\s+{_EN_FILL}{_EN_JUDGED}"),
    (
        "label",
        "en",
        rf"\b{_EN_SUBJECT}\s+{_EN_FILL}(?:so|such\s+an?)\s+(?!{_EN_POSITIVE}\b)[\w']+",
    ),
    # accusing questions
    (
        "accusing_question",
        "de",
        rf"\b(?:warum|wieso|weshalb|weswegen)\s+\w+\s+(?:du|sie|ihr|man)\b{_LAZY}"
        rf"\b{_DE_WHY_MARKERS}\b{_REST}",
    ),
    (
        "accusing_question",
        "de",
        r"\bwie\s+(?:kann|kannst|können|könnt|konnte|konntest|konnten|konntet)\s+"
        rf"(?:man|du|sie|ihr)\s+(?:\w+\s+){{0,2}}?(?:nur|bloß)\b{_REST}",
    ),
    (
        "accusing_question",
        "de",
        r"\bwas\s+soll\s+(?:das|der\s+(?:mist|quatsch|unsinn|blödsinn|scheiß))"
        r"(?:\s+(?:denn|eigentlich|bitte|jetzt|nun|schon\s+wieder))*"
        rf"(?:\s+(?:heißen|bedeuten))?{_ENDS}[ \t]*[?!]*",
    ),
    (
        "accusing_question",
        "de",
        r"\bwas\s+fällt\s+(?:dir|ihnen|euch)\s+(?:(?:eigentlich|denn|bloß|überhaupt)\s+)*"
        r"ein\b[ \t]*[?!]*",
    ),
    (
        "accusing_question",
        "de",
        r"\bwas\s+(?:ist|stimmt)\s+(?:(?:denn|bloß|eigentlich|nur)\s+)*(?:los\s+mit|nicht\s+mit)"
        r"\s+(?:dir|ihnen|euch)\b[ \t]*[?!]*",
    ),
    (
        "accusing_question",
        "de",
        r"\bwas\s+(?:ist|stimmt)\s+(?:(?:denn|bloß|eigentlich|nur)\s+)*mit\s+(?:dir|ihnen|euch)"
        r"\s+(?:(?:denn|bloß|eigentlich|nur)\s+)*(?:los|nicht)\b[ \t]*[?!]*",
    ),
    ("accusing_question", "de", r"\bist\s+das\s+(?:dein|ihr|euer)\s+ernst\b[ \t]*[?!]*"),
    ("accusing_question", "de", r"\bsoll\s+das\s+ein\s+witz\s+sein\b[ \t]*[?!]*"),
    ("accusing_question", "de", r"\b(?:spinnst\s+du|spinnen\s+sie|spinnt\s+ihr)\b[ \t]*[?!]*"),
    (
        "accusing_question",
        "de",
        rf"\bwie\s+oft\s+(?:muss|soll)\s+ich\s+(?:(?:dir|ihnen|euch|es|das)\s+){{1,2}}"
        rf"(?:denn\s+)?noch\b{_REST}",
    ),
    (
        "accusing_question",
        "de",
        rf"\bist\s+das\s+(?:(?:denn|wirklich|echt)\s+)*so\s+schwer\b{_REST}",
    ),
    (
        "accusing_question",
        "de",
        r"\b(?:hast\s+du|haben\s+sie|habt\s+ihr)\s+(?:\w+\s+){0,3}?überhaupt\s+(?:\w+\s+){0,3}?"
        rf"(?:zugehört|gelesen|verstanden|nachgedacht|hingeschaut|geprüft)\b{_REST}",
    ),
    (
        "accusing_question",
        "en",
        rf"\bwhy\s+(?:do|does|did|are|were|is|have|has|can|would|will|must)\s+you\b{_LAZY}"
        rf"\b{_EN_WHY_MARKERS}\b{_REST}",
    ),
    (  # not "why don't you …": that is usually a friendly suggestion
        "accusing_question",
        "en",
        r"\bwhy\s+(?:didn't|didnt|can't|cant|won't|wont|wouldn't|couldn't|aren't|arent|"
        rf"weren't|haven't|havent|isn't)\s+you\b{_REST}",
    ),
    ("accusing_question", "en", rf"\bwhy\s+(?:on\s+earth|the\s+hell|in\s+the\s+world)\b{_REST}"),
    (
        "accusing_question",
        "en",
        r"\bhow\s+could\s+you\b(?!\s+(?:help|assist|support|contribute|best|possibly\s+help))"
        + _REST,
    ),
    (
        "accusing_question",
        "en",
        rf"\bhow\s+(?:can|could)\s+(?:you|anyone|someone|one)\s+(?:possibly|even|ever)\b{_REST}",
    ),
    ("accusing_question", "en", rf"\bhow\s+dare\s+you\b{_REST}"),
    (
        "accusing_question",
        "en",
        r"\bwhat(?:\s+the\s+hell|\s+on\s+earth)?(?:'s|s|\s+is)\s+(?:(?:the\s+hell|even)\s+)?"
        r"(?:wrong\s+with\s+you|your\s+problem)\b[ \t]*[?!]*",
    ),
    ("accusing_question", "en", r"\bwhat\s+were\s+you\s+thinking\b[ \t]*[?!]*"),
    (
        "accusing_question",
        "en",
        r"\bare\s+you\s+(?:kidding|joking|serious|out\s+of\s+your\s+mind)(?:\s+me)?"
        rf"{_ENDS}[ \t]*[?!]*",
    ),
    (
        "accusing_question",
        "en",
        r"\bis\s+(?:this|that)\s+(?:supposed\s+to\s+be\s+)?a\s+joke\b[ \t]*[?!]*",
    ),
    (
        "accusing_question",
        "en",
        r"\bhow\s+many\s+times\s+(?:do|must|should|will)\s+i\s+(?:have\s+to\s+|need\s+to\s+)?"
        rf"\w+\b{_REST}",
    ),
    (
        "accusing_question",
        "en",
        r"\b(?:did|do|have|can)\s+you\s+(?:\w+\s+)?even\s+"
        rf"(?:read|listen|look|check|think|care|try|know|understand)\b{_REST}",
    ),
    (
        "accusing_question",
        "en",
        rf"\bis\s+(?:it|that|this)\s+(?:really\s+)?(?:so|that)\s+(?:hard|difficult)\b{_REST}",
    ),
    # blame
    ("blame", "de", r"\b(?:deine|ihre|eure)\s+(?:(?:eigene|alleinige)\s+)?schuld\b"),
    (
        "blame",
        "de",
        r"\b(?:du|sie|ihr)\s+(?:bist|sind|seid|hast|haben|habt|warst|waren|hattest|hatten)\s+"
        r"(?:(?:doch|ja|selbst|selber|allein|alleine|daran|auch|die|echt|wirklich)\s+){0,3}"
        r"schuld\b(?:\s+daran\b)?",
    ),
    (
        "blame",
        "de",
        r"\b(?:bist|sind|seid|hast|haben|habt)\s+(?:du|sie|ihr)\s+"
        r"(?:(?:doch|ja|selbst|selber|allein|alleine|daran|auch|die|echt|wirklich)\s+){0,3}"
        r"schuld\b",
    ),
    ("blame", "de", r"\bschuld\s+(?:daran\s+)?(?:bist|sind|seid|hast|haben)\s+(?:du|sie|ihr)\b"),
    ("blame", "de", r"\bdie\s+schuld\s+liegt\s+(?:\w+\s+)?bei\s+(?:dir|ihnen|euch)\b"),
    ("blame", "de", r"\bwegen\s+(?:dir|ihnen|euch)\b|\b(?:deinet|ihret|euret)wegen\b"),
    ("blame", "en", r"\b(?:(?:all|entirely)\s+)?your\s+(?:own\s+)?fault\b"),
    ("blame", "en", r"\bbecause\s+of\s+you\b"),
    ("blame", "en", r"\byou(?:'re|re|\s+are)\s+(?:\w+\s+)?to\s+blame\b"),
    ("blame", "en", r"\b(?:this|that)(?:'s|s|\s+is|\s+was)\s+(?:all\s+)?on\s+you\b"),
    ("blame", "en", r"\byou\s+(?:caused|ruined)\s+(?:this|that|it|everything|the\s+\w+)\b"),
    ("blame", "en", r"\bblame\s+(?:lies|is)\s+(?:\w+\s+)?with\s+you\b"),
    # sure sarcasm markers only
    (
        "sarcasm_markers",
        "de",
        r"\bna\s+(?:toll|super|prima|klasse|bravo|großartig|wunderbar|herrlich)\b",
    ),
    ("sarcasm_markers", "de", r"\b(?:vielen|besten|herzlichen|tausend)\s+dank\s+auch\b"),
    (
        "sarcasm_markers",
        "de",
        r"\b(?:wie\s+)?(?:schön|nett)[ \t]*,?[ \t]*dass\s+(?:du|sie|ihr)\s+(?:\w+\s+){0,2}?"
        r"auch\s+(?:mal|schon|endlich)\b",
    ),
    ("sarcasm_markers", "de", rf"{_ALONE}\bsehr\s+witzig{_ENDS}"),
    ("sarcasm_markers", "en", r"\bthanks\s+for\s+nothing\b"),
    ("sarcasm_markers", "en", rf"{_ALONE}\bvery\s+funny{_ENDS}"),
    ("sarcasm_markers", "en", r"\b(?:how\s+)?nice\s+of\s+you\s+to\s+finally\b"),
    ("sarcasm_markers", "en", rf"{_ALONE}\byeah,?\s+right(?=[ \t]*(?:[.!\n]|$))"),
]

# Neutral uses: a hint of the same kind that overlaps one of these is dropped.
_EXCEPTIONS_SOURCE: list[tuple[str, str, str]] = [
    ("absolute", "de", r"\bimmer\s+noch\b|\bnoch\s+immer\b"),
    ("absolute", "de", r"\b(?:wer|was|wo|wann|wohin|woher|wie|welche[nmrs]?)\s+auch\s+immer\b"),
    ("absolute", "de", r"\b(?:wer|was|wo|wann|wohin|woher)\s+immer\b"),
    (
        "absolute",
        "de",
        r"\bimmer\s+(?:mehr|weniger|besser|schlechter|schlimmer|öfter|häufiger|länger|später"
        r"|früher|größer|kleiner)\b",
    ),
    ("absolute", "en", r"\bnever\s+mind\b|\b(?:can|could)\s+always\b"),
    ("label", "de", r"\b(?:unmöglich|schwierig)\s+zu\s+\w+"),
    ("label", "en", r"\b(?:impossible|difficult)\s+to\s+\w+"),
    ("label", "de", r"\b(?:nicht|kein(?:e[nmrs]?)?)\b"),
    ("label", "en", r"\bnot\b|n't\b"),
    ("blame", "de", r"\b(?:nicht|kein(?:e[nmrs]?)?)\s+(?:\w+\s+){0,2}?schuld\b"),
    (
        "blame",
        "en",
        r"(?:\bnot|n't|\bno\s+one'?s|\bnobody'?s|\bnever)\s+(?:\w+\s+){0,2}?"
        r"(?:your\s+fault|because\s+of\s+you)\b",
    ),
]

_RULES = [(kind, lang, _compile(src)) for kind, lang, src in _RULES_SOURCE]
_EXCEPTIONS = [(kind, lang, _compile(src)) for kind, lang, src in _EXCEPTIONS_SOURCE]
# For two hints of the same length, the more specific kind wins.
_SPECIFICITY = {
    kind: rank
    for rank, kind in enumerate(
        ("accusing_question", "label", "blame", "sarcasm_markers", "absolute")
    )
}


def check_wording(text: str, lang: str | None = None) -> list[WordingHint]:
    """Hints for phrases in ``text`` that may land badly, ordered by position.

    ``lang`` is "de", "en", or None for both. Overlapping hints are resolved in favour of
    the longer (then the more specific) one, so hints never overlap.
    """
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    langs = LANGUAGES if lang is None else (lang,)
    folded, origin = _fold(text)

    neutral: dict[str, list[tuple[int, int]]] = {}
    for kind, rule_lang, pattern in _EXCEPTIONS:
        if rule_lang in langs:
            spans = neutral.setdefault(kind, [])
            spans.extend(m.span() for m in pattern.finditer(folded))

    candidates: list[tuple[int, int, str]] = []
    for kind, rule_lang, pattern in _RULES:
        if rule_lang not in langs:
            continue
        for match in pattern.finditer(folded):
            lo, hi = match.span()
            if hi <= lo or any(lo < e and s < hi for s, e in neutral.get(kind, ())):
                continue
            start, end = origin[lo], origin[hi - 1] + 1
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                candidates.append((start, end, kind))

    candidates.sort(key=lambda c: (c[0] - c[1], _SPECIFICITY[c[2]], c[0]))
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in candidates:
        if all(end <= s or e <= start for s, e, _ in kept):
            kept.append((start, end, kind))
    kept.sort()
    return [
        WordingHint(start, end, kind, Msg(kind, {"phrase": text[start:end]}))
        for start, end, kind in kept
    ]
