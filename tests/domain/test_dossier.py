"""The dossier's Markdown: chronology, the footer hash, and redaction."""

from __future__ import annotations

import datetime as dt

from grenzen.domain.dossier import (
    CaseRecord,
    Dossier,
    DossierEntry,
    SentRecord,
    StageRecord,
    build_markdown,
    content_hash,
    verify_markdown,
)


def _dossier() -> Dossier:
    entries = (
        DossierEntry(
            dt.date(2026, 3, 9),
            "incident",
            "Jonas Weber shouted again.",
            "Jonas Weber",
            4,
            "relationship",
            quote="Das ist Ihr Problem",
        ),
        DossierEntry(
            dt.date(2026, 3, 1),
            "incident",
            "Invoice ignored; Maria Klein said Jonas decides.",
            "Maria Klein",
            2,
            "factual",
        ),
    )
    case = CaseRecord(
        title="Unpaid invoice",
        opened_on=dt.date(2026, 3, 2),
        stages=(StageRecord("calm_down", dt.date(2026, 3, 3)),),
        sent=(SentRecord(dt.date(2026, 3, 10), "statement", "Dear Jonas Weber, no more."),),
        outcome="settled",
        closed_on=dt.date(2026, 3, 20),
    )
    return Dossier(title="Unpaid invoice", client="Acme GmbH", entries=entries, cases=(case,))


def test_incidents_chronological_and_hash_verifies() -> None:
    text = build_markdown(_dossier(), "en")
    assert text.index("2026-03-01") < text.index("2026-03-09")
    assert "Das ist Ihr Problem" in text
    assert "Acme GmbH" in text
    assert "2026-03-01 – 2026-03-20" in text
    assert "Settled" in text
    assert "Statement" in text
    assert "Calm down" in text
    body, _, footer = text.rpartition("\n---\n\n")
    assert footer == f"SHA-256 of this record: {content_hash(body)}\n"
    assert verify_markdown(text)


def test_one_changed_character_breaks_verification() -> None:
    text = build_markdown(_dossier(), "de")
    assert "Vorfälle" in text
    changed = text.replace("shouted", "shouteD", 1)
    assert changed != text
    assert not verify_markdown(changed)
    assert not verify_markdown(text.replace("SHA-256 of this record: ", "", 1))
    assert not verify_markdown("no footer at all")


def test_redaction_removes_every_name_consistently() -> None:
    text = build_markdown(_dossier(), "en", redact=True)
    for name in ("Jonas", "Weber", "Maria", "Klein"):
        assert name not in text
    # Maria comes first in time → Person A; Jonas → Person B, also inside texts.
    assert "**Person:** Person A" in text
    assert "**Person:** Person B" in text
    assert "Person A said Person B decides" in text
    assert "Person B shouted" in text
    assert "Dear Person B, no more." in text
    assert "Acme GmbH" in text
    assert verify_markdown(text)


def test_empty_dossier() -> None:
    text = build_markdown(Dossier(title="X", client="X"), "en")
    assert "No incidents recorded." in text
    assert verify_markdown(text)


def test_redaction_finds_names_with_sharp_s_and_any_case() -> None:
    # Casefolding turns "Weiß" into "weiss"; the text still says "Weiß" and must lose it too.
    from grenzen.domain.dossier import Redactor

    redactor = Redactor(["Frau Weiß", "Jürgen Groß"])
    text = redactor.text("Frau Weiß sagte zu GROSS nichts, aber Weiß und Groß stritten.")
    assert text is not None
    assert "Weiß" not in text
    assert "Groß" not in text
    assert text.startswith("Person A sagte")
    assert redactor.person("frau weiß") == "Person A"
