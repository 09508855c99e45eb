"""Sentences the domain produces, kept as a key plus values until a language is chosen.

Each topic (exits, coach, wording hints) has its own catalogue of German and English
texts and its own way of formatting values (dates, money, names); ``Message`` and
``Catalog`` are the shared mechanics.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

LANGUAGES = ("de", "en")

# Formats one parameter value for a language; gets the name, the value and the language.
ValueFormatter = Callable[[str, Any, str], Any]


class Catalog:
    """German and English templates by key, and how this topic formats its values."""

    def __init__(
        self, texts: Mapping[str, Mapping[str, str]], format_value: ValueFormatter | None = None
    ) -> None:
        self.texts = texts
        self._format_value = format_value

    def render(self, message: Message, lang: str) -> str:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        params = {}
        for name, value in message.params.items():
            if isinstance(value, Message):
                value = value.render(lang)
            elif self._format_value is not None:
                value = self._format_value(name, value, lang)
            params[name] = value
        return self.texts[message.key][lang].format(**params)


@dataclass(frozen=True, slots=True)
class Message:
    """Subclasses name their catalogue in ``catalog``."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    catalog: ClassVar[Catalog]

    def render(self, lang: str) -> str:
        return self.catalog.render(self, lang)
