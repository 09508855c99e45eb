"""Letters and the one-page plan on a real vault: facts from the contract and the plan,
drafts kept and reset, the sender remembered, exports written 0600."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from grenzen.domain.incidents import IncidentDraft, Level
from grenzen.services import contracts, journal, letters, value
from grenzen.services.errors import NotFound
from grenzen.services.exit_plan_sheet import exit_plan_markdown, exit_plan_sheet
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

TODAY = dt.date(2026, 11, 2)
CLIENT = "Müller GmbH"
SERVICE = {
    "type": "service",
    "state": "HH",
    "start": "2025-02-01",
    "fee_unit": "month",
    "fee_amount": 4200,
    "notice": {"amount": 3, "unit": "months", "to": "month_end"},
    "deliverables": [
        {"what": "Relaunch-Konzept", "due_on": "2026-12-15"},
        {"what": "Alte Kampagne", "due_on": "2026-10-01", "done": True},
        {"what": "Schulung Redaktion"},
    ],
}


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


@pytest.fixture
def with_contract(vault: Vault) -> Vault:
    contracts.set_contract(vault, CLIENT, SERVICE)
    letters.set_sender(vault, "Anna Berger", "Musterweg 3\n20095 Hamburg", "anna@berger.de")
    letters.set_client_address(vault, CLIENT, "Hafenstraße 12\n20457 Hamburg")
    return vault


def test_sender_is_kept_in_the_vault_and_the_place_follows_the_address(vault: Vault) -> None:
    assert letters.sender(vault) == letters.Sender()
    stored = letters.set_sender(vault, " Anna Berger ", "Musterweg 3\n20095 Hamburg", "a@b.de")
    assert stored == letters.Sender("Anna Berger", "Musterweg 3\n20095 Hamburg", "a@b.de", "")
    assert letters.sender(vault) == stored
    assert letters.place_of(stored) == "Hamburg"
    letters.set_sender(vault, "Anna Berger", "Musterweg 3", "a@b.de", place="Altona")
    kept = letters.set_sender(vault, "Anna B.", "Musterweg 3", "a@b.de")  # place None: kept
    assert kept.place == "Altona"
    assert letters.place_of(kept) == "Altona"
    assert letters.place_of(letters.Sender(address="Irgendwo")) is None


def test_client_address_is_stored_with_the_client(vault: Vault) -> None:
    journal.log_incident(vault, IncidentDraft(client=CLIENT, text="Ton im Call"))
    assert letters.client_address(vault, CLIENT) == ""
    letters.set_client_address(vault, CLIENT, "Hafenstraße 12\n20457 Hamburg\n")
    assert letters.client_address(vault, CLIENT) == "Hafenstraße 12\n20457 Hamburg"
    letters.set_client_address(vault, CLIENT, "  ")
    assert letters.client_address(vault, CLIENT) == ""
    with pytest.raises(NotFound, match="client"):
        letters.set_client_address(vault, "Niemand AG", "x")


def test_ordinary_notice_takes_its_dates_from_the_plan(with_contract: Vault) -> None:
    plan = contracts.exits_for_client(with_contract, CLIENT, TODAY)
    assert plan.ordinary.earliest is not None
    end = plan.ordinary.earliest.ends_on
    assert end == dt.date(2027, 2, 28)
    view = letters.letter_text(with_contract, CLIENT, "ordinary_notice", "de", TODAY)
    assert not view.is_saved_draft
    assert view.facts.ends_on == end
    assert view.facts.contract_start == dt.date(2025, 2, 1)
    assert view.facts.contract_type == "service"
    assert view.facts.place == "Hamburg"
    assert "zum 28.02.2027, hilfsweise zum nächstmöglichen Termin" in view.text
    assert "Dienstvertrag vom 01.02.2025" in view.text
    assert "Hafenstraße 12\n20457 Hamburg" in view.text
    assert "Hamburg, 02.11.2026" in view.text
    english = letters.letter_text(with_contract, CLIENT, "ordinary_notice", "en", TODAY)
    assert "28 February 2027" in english.text


def test_drafts_are_kept_per_language_and_reset_to_the_template(with_contract: Vault) -> None:
    template = letters.letter_text(with_contract, CLIENT, "ordinary_notice", "de", TODAY).text
    edited = template.replace("Sehr geehrte Damen und Herren,", "Sehr geehrte Frau Weiß,")
    letters.save_draft(with_contract, CLIENT, "ordinary_notice", "de", edited)
    again = letters.letter_text(with_contract, CLIENT, "ordinary_notice", "de", TODAY)
    assert again.is_saved_draft
    assert again.text == edited
    assert letters.has_draft(with_contract, CLIENT, "ordinary_notice", "de")
    assert not letters.has_draft(with_contract, CLIENT, "ordinary_notice", "en")
    assert not letters.letter_text(
        with_contract, CLIENT, "not_renewing", "de", TODAY
    ).is_saved_draft
    letters.save_draft(with_contract, CLIENT, "ordinary_notice", "de", edited + "PS")
    assert letters.letter_text(with_contract, CLIENT, "ordinary_notice", "de", TODAY).text.endswith(
        "PS"
    )

    assert letters.reset_draft(with_contract, CLIENT, "ordinary_notice", "de") is True
    assert letters.reset_draft(with_contract, CLIENT, "ordinary_notice", "de") is False
    back = letters.letter_text(with_contract, CLIENT, "ordinary_notice", "de", TODAY)
    assert not back.is_saved_draft
    assert back.text == template


def test_drafts_survive_closing_the_vault(ui_vault_dir: Path) -> None:
    from tests.conftest import PASSPHRASE

    with Vault.unlock(ui_vault_dir, PASSPHRASE) as vault:
        contracts.set_contract(vault, CLIENT, SERVICE)
        letters.save_draft(vault, CLIENT, "mutual_termination", "en", "Dear Ms Weiß, …")
    with Vault.unlock(ui_vault_dir, PASSPHRASE) as vault:
        view = letters.letter_text(vault, CLIENT, "mutual_termination", "en", TODAY)
    assert view.is_saved_draft
    assert view.text == "Dear Ms Weiß, …"


def test_not_renewing_names_the_end_of_a_fixed_term(vault: Vault) -> None:
    contracts.set_contract(
        vault,
        CLIENT,
        {"type": "service", "state": "HH", "start": "2026-01-01", "term": {"months": 12}},
    )
    facts = letters.letter_facts(vault, CLIENT, "not_renewing", TODAY)
    assert facts.ends_on == dt.date(2026, 12, 31)
    text = letters.letter_text(vault, CLIENT, "not_renewing", "de", TODAY).text
    assert "zum Ende der Laufzeit am 31.12.2026" in text


def test_extraordinary_notice_takes_known_on_from_a_serious_incident(with_contract: Vault) -> None:
    learned = TODAY - dt.timedelta(days=3)
    journal.log_incident(
        with_contract,
        IncidentDraft(
            client=CLIENT,
            text="Herr Krause hat mich vor dem Team beleidigt.",
            occurred_on=learned,
            learned_on=learned,
            severity=5,
            level=Level.RELATIONSHIP,
        ),
    )
    view = letters.letter_text(with_contract, CLIENT, "extraordinary_notice", "de", TODAY)
    assert view.facts.known_on == learned
    assert "am 30.10.2026 von den maßgeblichen Tatsachen erfahren" in view.text
    assert "nach meiner Berechnung zum 28.02.2027" in view.text


def test_cooperation_and_mutual_dates_have_sensible_defaults(with_contract: Vault) -> None:
    facts = letters.letter_facts(with_contract, CLIENT, "cooperation_deadline", TODAY)
    assert facts.cooperation_deadline == TODAY + dt.timedelta(days=14)
    assert facts.cooperation_needed is None  # the user names it: a placeholder
    text = letters.letter_text(with_contract, CLIENT, "cooperation_deadline", "en", TODAY).text
    assert "16 November 2026" in text
    assert "[the missing cooperation" in text
    mutual = letters.letter_facts(with_contract, CLIENT, "mutual_termination", TODAY)
    assert mutual.proposed_end == dt.date(2026, 12, 31)


def test_a_client_without_contract_still_gets_a_letter_with_placeholders(vault: Vault) -> None:
    journal.log_incident(vault, IncidentDraft(client="Neu GmbH", text="Erstes Gespräch"))
    view = letters.letter_text(vault, "Neu GmbH", "ordinary_notice", "de", TODAY)
    assert "[Vertragsdatum]" in view.text
    assert "[Vertragsende]" in view.text
    assert "[Ihr Name]" in view.text
    assert "Neu GmbH" in view.text


def test_unknown_kind_language_and_client_are_named(with_contract: Vault) -> None:
    with pytest.raises(InvalidInput, match=r"^kind: "):
        letters.letter_text(with_contract, CLIENT, "brief", "de", TODAY)
    with pytest.raises(InvalidInput, match=r"^lang: "):
        letters.save_draft(with_contract, CLIENT, "ordinary_notice", "fr", "x")
    with pytest.raises(NotFound, match=r"^client: "):
        letters.letter_text(with_contract, "Niemand AG", "ordinary_notice", "de", TODAY)


def test_export_writes_private_markdown_and_pdf(with_contract: Vault, qapp, tmp_path: Path) -> None:
    text = letters.letter_text(with_contract, CLIENT, "ordinary_notice", "de", TODAY).text
    md = letters.export_letter(text, tmp_path / "brief.md", "md")
    assert stat.S_IMODE(md.stat().st_mode) == 0o600
    content = md.read_text(encoding="utf-8")
    assert "Anna Berger  \nMusterweg 3  \n20095 Hamburg" in content  # lines stay apart
    pdf = letters.export_letter(text, tmp_path / "brief.pdf", "pdf")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    printed = pdf_text(pdf)
    assert "zum 28.02.2027, hilfsweise zum nächstmöglichen Termin" in printed
    assert "anna@berger.de" in printed
    assert len(PdfReader(str(pdf)).pages) == 1
    with pytest.raises(InvalidInput, match=r"^format: "):
        letters.export_letter(text, tmp_path / "brief.doc", "doc")


# --- the one-page plan -------------------------------------------------------------------


def test_plan_sheet_defaults_to_the_first_dated_scenario(with_contract: Vault) -> None:
    value.add_invoice(with_contract, CLIENT, "4200", dt.date(2026, 10, 1))
    value.add_invoice(with_contract, CLIENT, "4200", dt.date(2026, 9, 1), paid_date=TODAY)
    sheet = exit_plan_sheet(with_contract, CLIENT, None, "de", TODAY)
    assert sheet.scenario_id == "ordinary_notice"
    assert sheet.earliest_end == dt.date(2027, 2, 28)
    assert sheet.legal_deadline == dt.date(2026, 11, 30)
    assert sheet.send_by is not None
    assert sheet.send_by.email is None  # no text form agreed
    assert sheet.deliverables == (
        ("Relaunch-Konzept", dt.date(2026, 12, 15)),
        ("Schulung Redaktion", None),
    )
    assert sheet.letter_kind == "ordinary_notice"
    text = exit_plan_markdown(with_contract, CLIENT, None, "de", TODAY)
    assert "- [ ] Relaunch-Konzept — 15.12.2026" in text
    assert "Alte Kampagne" not in text  # done
    assert "1 offene Rechnung: 4\u2009200,00 €." in text
    assert "Einschreiben mit Rückschein: abschicken bis" in text
    assert "Kündigungsklausel im Vertrag" in text
    assert "Einschreiben mit Rückschein: drei Geschäftstage" not in text  # shown as channels
    assert "keine Rechtsberatung" in text


def test_plan_sheet_for_the_extraordinary_window_lists_the_evidence(with_contract: Vault) -> None:
    learned = TODAY - dt.timedelta(days=2)
    journal.log_incident(
        with_contract,
        IncidentDraft(
            client=CLIENT,
            text="Herr Krause drohte mit schlechter Bewertung.",
            occurred_on=learned,
            learned_on=learned,
            severity=4,
        ),
    )
    text = exit_plan_markdown(with_contract, CLIENT, "extraordinary", "en", TODAY)
    assert "**Extraordinary termination**" in text
    assert "when the notice is received" in text
    assert "Latest receipt:** 14 November 2026" in text
    assert "Herr Krause drohte mit schlechter Bewertung." in text
    assert "No documented formal warning yet" in text
    assert "Letter: **Termination for good cause**" in text


def test_plan_sheet_refuses_unknown_scenarios_and_clients(with_contract: Vault) -> None:
    with pytest.raises(InvalidInput, match=r"^scenario: "):
        exit_plan_markdown(with_contract, CLIENT, "cooperation_deadline", "de", TODAY)
    with pytest.raises(NotFound):
        exit_plan_markdown(with_contract, "Niemand AG", None, "de", TODAY)


def test_plan_sheet_pdf_is_one_page(with_contract: Vault, qapp, tmp_path: Path) -> None:
    from grenzen.exports.dossier_files import write_pdf

    for lang in ("de", "en"):
        pdf = write_pdf(
            exit_plan_markdown(with_contract, CLIENT, None, lang, TODAY), tmp_path / "p.pdf"
        )
        assert len(PdfReader(str(pdf)).pages) == 1
        assert ("28.02.2027" if lang == "de" else "28 February 2027") in pdf_text(pdf)
