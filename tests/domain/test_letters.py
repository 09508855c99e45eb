"""Letter drafts: every kind in both languages names the right dates, formally, with
placeholders where a fact is missing."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grenzen.domain.letters import (
    LETTER_FOR_SCENARIO,
    LETTER_KINDS,
    PLACEHOLDERS,
    LetterFacts,
    UnknownLetter,
    draft_letter,
    format_letter_date,
    hard_line_breaks,
    letter_title,
    print_markdown,
)

TODAY = dt.date(2026, 11, 29)
FULL = LetterFacts(
    today=TODAY,
    sender_name="Anna Berger",
    sender_address="Musterweg 3\n20095 Hamburg",
    sender_email="anna@berger-design.de",
    place="Hamburg",
    client_name="Müller GmbH",
    client_address="Frau Dr. Weiß\nHafenstraße 12\n20457 Hamburg",
    contract_start=dt.date(2025, 2, 1),
    contract_type="service",
    ends_on=dt.date(2027, 3, 31),
    known_on=dt.date(2026, 11, 20),
    cooperation_needed="Freigabe der Entwürfe für die Startseite",
    cooperation_deadline=dt.date(2026, 12, 15),
    proposed_end=dt.date(2026, 12, 31),
    form="written",
    has_term=True,
)
EMPTY = LetterFacts(today=TODAY)
BOTH = ("de", "en")


def test_dates_are_written_as_people_write_them() -> None:
    assert format_letter_date(dt.date(2026, 12, 15), "de") == "15.12.2026"
    assert format_letter_date(dt.date(2026, 12, 15), "en") == "15 December 2026"
    assert format_letter_date(dt.date(2027, 3, 1), "de") == "01.03.2027"
    assert format_letter_date(dt.date(2027, 3, 1), "en") == "1 March 2027"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_english_dates_round_trip(day: dt.date) -> None:
    assert dt.datetime.strptime(format_letter_date(day, "en"), "%d %B %Y").date() == day
    assert dt.datetime.strptime(format_letter_date(day, "de"), "%d.%m.%Y").date() == day


@pytest.mark.parametrize("kind", LETTER_KINDS)
@pytest.mark.parametrize("lang", BOTH)
def test_every_letter_has_head_date_line_subject_and_closing(kind: str, lang: str) -> None:
    text = draft_letter(kind, FULL, lang)
    lines = text.splitlines()
    assert lines[:4] == ["Anna Berger", "Musterweg 3", "20095 Hamburg", "anna@berger-design.de"]
    assert "Müller GmbH\nFrau Dr. Weiß\nHafenstraße 12\n20457 Hamburg" in text
    date_line = "Hamburg, 29.11.2026" if lang == "de" else "Hamburg, 29 November 2026"
    assert date_line in lines
    subjects = [line for line in lines if line.startswith("**") and line.endswith("**")]
    assert len(subjects) == 1
    start = "01.02.2025" if lang == "de" else "1 February 2025"
    assert start in subjects[0]
    assert lines[-1] == "Anna Berger"
    assert "[" not in text  # every fact was given: no placeholder left


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_german_letters_use_the_formal_sie(kind: str) -> None:
    text = draft_letter(kind, FULL, "de")
    assert "Sehr geehrte Damen und Herren," in text
    assert "Mit freundlichen Grüßen" in text
    assert re.search(r"\b(Sie|Ihnen|Ihre[nmrs]?)\b", text)
    assert not re.search(r"\b(du|dich|dir|dein\w*|euch|euer)\b", text, re.IGNORECASE)


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_english_letters_are_formal(kind: str) -> None:
    text = draft_letter(kind, FULL, "en")
    assert "Dear Sir or Madam," in text
    assert "Kind regards" in text
    assert not re.search(r"\b(hi|hey|cheers)\b", text, re.IGNORECASE)


@pytest.mark.parametrize("lang", BOTH)
def test_ordinary_notice_names_the_end_and_the_fallback(lang: str) -> None:
    text = draft_letter("ordinary_notice", FULL, lang)
    if lang == "de":
        assert "zum 31.03.2027, hilfsweise zum nächstmöglichen Termin" in text
        assert "Dienstvertrag vom 01.02.2025" in text
    else:
        assert "31 March 2027, or alternatively at the next possible date" in text


@pytest.mark.parametrize("lang", BOTH)
def test_extraordinary_notice_is_without_notice_reasons_on_request_and_a_precaution(
    lang: str,
) -> None:
    text = draft_letter("extraordinary_notice", FULL, lang)
    if lang == "de":
        assert "fristlos aus wichtigem Grund (§ 626 BGB)" in text
        assert "auf Verlangen" in text
        assert "am 20.11.2026 von den maßgeblichen Tatsachen erfahren" in text
        assert "Vorsorglich kündige ich den Vertrag zugleich ordentlich" in text
        assert "zum 31.03.2027" in text
    else:
        assert "for good cause, with immediate effect and without notice (§ 626 BGB)" in text
        assert "On request, I will give you the reasons in writing" in text
        assert "20 November 2026" in text
        assert "As a precaution, I also give ordinary notice" in text
        assert "31 March 2027" in text


def test_extraordinary_notice_of_a_work_contract_uses_648a_and_no_ordinary_precaution() -> None:
    facts = LetterFacts(today=TODAY, contract_type="work", ends_on=None)
    text = draft_letter("extraordinary_notice", facts, "de")
    assert "(§ 648a BGB)" in text
    assert "Werkvertrag" in text
    assert "Vorsorglich" not in text
    assert "\n\n\n\n" not in text  # no empty paragraph where the precaution would be


def test_extraordinary_notice_names_a_reason_only_when_given() -> None:
    assert "Anlass" not in draft_letter("extraordinary_notice", FULL, "de")
    facts = LetterFacts(today=TODAY, reason_hint="wiederholte Beleidigungen im Jour fixe.")
    text = draft_letter("extraordinary_notice", facts, "de")
    assert "Anlass ist insbesondere: wiederholte Beleidigungen im Jour fixe. " in text


def test_extraordinary_precaution_without_an_end_date_still_reads_whole() -> None:
    text = draft_letter("extraordinary_notice", LetterFacts(today=TODAY), "en")
    assert "ordinary notice to terminate the contract at the next possible date." in text


@pytest.mark.parametrize("lang", BOTH)
def test_mutual_termination_proposes_the_date(lang: str) -> None:
    text = draft_letter("mutual_termination", FULL, lang)
    assert ("zum 31.12.2026" if lang == "de" else "31 December 2026") in text
    assert ("einvernehmlich" if lang == "de" else "mutual agreement") in text


@pytest.mark.parametrize("lang", BOTH)
def test_cooperation_deadline_names_what_by_when_and_the_consequence(lang: str) -> None:
    text = draft_letter("cooperation_deadline", FULL, lang)
    assert "Freigabe der Entwürfe für die Startseite" in text
    assert ("bis zum 15.12.2026" if lang == "de" else "by 15 December 2026") in text
    assert "§ 643 BGB" in text
    assert ("als aufgehoben" if lang == "de" else "count as cancelled") in text


@pytest.mark.parametrize("lang", BOTH)
def test_not_renewing_names_the_term_end_and_serves_as_notice(lang: str) -> None:
    text = draft_letter("not_renewing", FULL, lang)
    if lang == "de":
        assert "nicht verlängern" in text
        assert "zum Ende der Laufzeit am 31.03.2027" in text
        assert "kündige ich" in text
    else:
        assert "will not renew" in text
        assert "end of its term on 31 March 2027" in text
        assert "give notice" in text


def test_not_renewing_without_a_term_names_just_the_end() -> None:
    facts = LetterFacts(today=TODAY, ends_on=dt.date(2027, 3, 31), has_term=False)
    assert "hiermit zum 31.03.2027, hilfsweise" in draft_letter("not_renewing", facts, "de")
    english = draft_letter("not_renewing", facts, "en")
    assert "terminate the contract with effect from 31 March 2027, or" in english


@pytest.mark.parametrize("kind", LETTER_KINDS)
@pytest.mark.parametrize("lang", BOTH)
def test_missing_facts_become_placeholders(kind: str, lang: str) -> None:
    text = draft_letter(kind, EMPTY, lang)
    for name in ("sender_name", "sender_address", "sender_email", "place", "client_name"):
        assert PLACEHOLDERS[name][lang] in text, name
    assert PLACEHOLDERS["client_address"][lang] in text
    assert PLACEHOLDERS["contract_start"][lang] in text
    needed = {
        "ordinary_notice": "ends_on",
        "not_renewing": "ends_on",
        "extraordinary_notice": "known_on",
        "mutual_termination": "proposed_end",
        "cooperation_deadline": "cooperation_deadline",
    }[kind]
    assert PLACEHOLDERS[needed][lang] in text
    if kind == "cooperation_deadline":
        assert PLACEHOLDERS["cooperation_needed"][lang] in text
    assert ", ," not in text
    assert " ." not in text


def test_blank_facts_count_as_missing() -> None:
    facts = LetterFacts(today=TODAY, sender_name="  ", client_address="\n \n")
    text = draft_letter("ordinary_notice", facts, "de")
    assert "[Ihr Name]" in text
    assert "[Anschrift des Auftraggebers]" in text


def test_german_placeholders_match_the_brief() -> None:
    text = draft_letter("ordinary_notice", EMPTY, "de")
    assert "[Ihre Anschrift]" in text
    assert "[your address]" in draft_letter("ordinary_notice", EMPTY, "en")


@pytest.mark.parametrize("lang", BOTH)
def test_signature_line_only_where_written_form_may_be_needed(lang: str) -> None:
    signature = "(Unterschrift)" if lang == "de" else "(signature)"
    assert signature in draft_letter("ordinary_notice", FULL, lang)
    unknown = LetterFacts(today=TODAY, form=None)
    assert signature in draft_letter("ordinary_notice", unknown, lang)
    text_form = LetterFacts(today=TODAY, form="text")
    assert signature not in draft_letter("ordinary_notice", text_form, lang)


def test_letters_make_no_legal_advice_claims() -> None:
    for kind in LETTER_KINDS:
        for lang in BOTH:
            text = draft_letter(kind, FULL, lang).lower()
            assert "rechtsberatung" not in text
            assert "legal advice" not in text


def test_unknown_kind_or_language_is_refused_by_name() -> None:
    with pytest.raises(UnknownLetter, match=r"^kind: "):
        draft_letter("love_letter", FULL, "de")
    with pytest.raises(UnknownLetter, match=r"^lang: "):
        draft_letter("ordinary_notice", FULL, "fr")


def test_titles_and_scenario_mapping() -> None:
    assert letter_title("cooperation_deadline", "de") == "Frist zur Mitwirkung (§ 643 BGB)"
    assert set(LETTER_FOR_SCENARIO.values()) <= set(LETTER_KINDS)
    assert LETTER_FOR_SCENARIO["let_run_out"] == "not_renewing"
    assert "finish_and_deliver" not in LETTER_FOR_SCENARIO


def test_hard_line_breaks_keep_address_lines_apart() -> None:
    text = "Anna Berger\nMusterweg 3\n\nHallo\n"
    assert hard_line_breaks(text) == "Anna Berger  \nMusterweg 3\n\nHallo\n"


def test_print_markdown_keeps_every_line_and_gap_and_no_mail_link() -> None:
    printed = print_markdown("Anna\nanna@example.org\n\n\nText\n")
    assert printed.split("\n\n") == ["Anna", "anna\\@example.org", "\u00a0", "\u00a0", "Text\n"]


@given(
    st.builds(
        LetterFacts,
        today=st.dates(),
        sender_name=st.none() | st.text(max_size=30),
        client_name=st.none() | st.text(max_size=30),
        contract_start=st.none() | st.dates(),
        contract_type=st.sampled_from([None, "service", "work"]),
        ends_on=st.none() | st.dates(),
        known_on=st.none() | st.dates(),
        form=st.sampled_from([None, "text", "written"]),
    ),
    st.sampled_from(LETTER_KINDS),
    st.sampled_from(BOTH),
)
def test_any_facts_give_a_whole_letter(facts: LetterFacts, kind: str, lang: str) -> None:
    text = draft_letter(kind, facts, lang)
    assert text.endswith("\n")
    assert ("Sehr geehrte" if lang == "de" else "Dear Sir or Madam") in text
    assert format_letter_date(facts.today, lang) in text
    if facts.ends_on is not None and kind in ("ordinary_notice", "not_renewing"):
        assert format_letter_date(facts.ends_on, lang) in text
