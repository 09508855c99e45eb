"""The one-page exit plan: its dates, how to send, what is owed, and that it fits one page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from grenzen.domain.exits.plan_sheet import (
    SCENARIO_TITLES,
    Evidence,
    PlanSheet,
    SendAdvice,
    default_letter_kind,
    plan_sheet_markdown,
    scenario_title,
)

TODAY = dt.date(2026, 11, 2)

TYPICAL = PlanSheet(
    client="Müller GmbH",
    today=TODAY,
    scenario_id="ordinary_notice",
    scenario_title="Ordentliche Kündigung",
    earliest_end=dt.date(2027, 2, 28),
    legal_deadline=dt.date(2026, 11, 30),
    practical_deadline=dt.date(2026, 11, 30),
    later_ends=(dt.date(2027, 3, 31), dt.date(2027, 4, 30), dt.date(2027, 5, 31)),
    send_by=SendAdvice(dt.date(2026, 11, 25), dt.date(2026, 11, 30), None),
    basis=(
        "Kündigungsklausel im Vertrag: 3 Monate zum Monatsende. Eine Klausel geht § 621 BGB "
        "vor; die Frist beginnt am Tag nach dem Zugang (§§ 130, 187 Abs. 1, 188 BGB).",
        "Letzter Geschäftstag (Mo–Fr, kein Feiertag in Hamburg) am oder vor dem rechtlichen "
        "Termin. § 193 BGB verlängert Kündigungsfristen nicht (BGH III ZR 172/04).",
    ),
    judgements=(
        "EINSCHÄTZUNG: Ein Stundenhonorar behandeln wir wie eine Vergütung nach Tagen "
        "(§ 621 Nr. 1 BGB). Das ist nicht gesichert.",
    ),
    deliverables=(
        ("Relaunch-Konzept", dt.date(2026, 12, 15)),
        ("Übergabe-Dokumentation für das Redaktionsteam", dt.date(2027, 2, 15)),
        ("Schulung Redaktion", None),
    ),
    money=(
        "2 offene Rechnungen: zusammen 8 400,00 €.",
        "Bis zum 28.02.2027 noch etwa 12 600,00 € Honorar. Schätzung: 3 × 4 200,00 € "
        "(Monatshonorar); angefangene Zeiträume zählen nicht mit.",
    ),
    letter_kind="ordinary_notice",
    disclaimer="Orientierung, keine Rechtsberatung: Prüf deinen Vertrag und frag im Zweifel "
    "eine Anwältin oder einen Anwalt.",
)


def test_typical_plan_in_german_names_dates_channels_checklist_money_and_disclaimer() -> None:
    text = plan_sheet_markdown(TYPICAL, "de")
    assert text.startswith("# Ausstiegsplan: Müller GmbH\n")
    assert "**Ordentliche Kündigung** · Stand 02.11.2026" in text
    assert "- **Frühestes Ende:** 28.02.2027" in text
    assert "- **Zugang spätestens:** 30.11.2026" in text
    assert "- **Sicherer Termin:** 30.11.2026 (noch 28 Tage)" in text
    assert "Spätere Enden: 31.03.2027, 30.04.2027, 31.05.2027" in text
    assert "Einschreiben mit Rückschein: abschicken bis 25.11.2026" in text
    assert "Bote oder persönliche Übergabe mit Zeugin oder Zeuge: bis 30.11.2026" in text
    assert "E-Mail nur, wo der Vertrag Textform erlaubt" in text
    assert "Brief: **Ordentliche Kündigung**" in text
    assert "- [ ] Relaunch-Konzept — 15.12.2026" in text
    assert "- [ ] Schulung Redaktion\n" in text
    assert "- 2 offene Rechnungen: zusammen 8 400,00 €." in text
    assert "### Grundlage" in text
    assert "- EINSCHÄTZUNG: Ein Stundenhonorar" in text
    assert text.rstrip().endswith("*Orientierung, keine Rechtsberatung: Prüf deinen Vertrag und "
                                  "frag im Zweifel eine Anwältin oder einen Anwalt.*")  # fmt: skip


def test_english_plan_writes_dates_in_words() -> None:
    sheet = PlanSheet(
        client="Müller GmbH",
        today=TODAY,
        scenario_id="ordinary_notice",
        scenario_title=scenario_title("ordinary_notice", "en"),
        earliest_end=dt.date(2027, 2, 28),
        practical_deadline=dt.date(2026, 11, 3),
        send_by=SendAdvice(dt.date(2026, 10, 29), dt.date(2026, 11, 3), dt.date(2026, 11, 3)),
        letter_kind="ordinary_notice",
    )
    text = plan_sheet_markdown(sheet, "en")
    assert "# Exit plan: Müller GmbH" in text
    assert "as of 2 November 2026" in text
    assert "- **Earliest end:** 28 February 2027" in text
    assert "(1 day left)" in text
    assert "too late – use a courier or hand it over" in text
    assert "E-mail (text form allowed): by 3 November 2026, within business hours" in text
    assert "Letter: **Ordinary notice**" in text
    assert "Nothing entered." in text  # no deliverables
    assert "Nothing recorded." in text  # no money lines


def test_days_left_today_and_passed() -> None:
    today = PlanSheet("K", TODAY, "ordinary_notice", "x", practical_deadline=TODAY)
    assert "(heute)" in plan_sheet_markdown(today, "de")
    passed = PlanSheet("K", TODAY, "x", "x", own_deadline=TODAY - dt.timedelta(days=1))
    assert "(passed)" in plan_sheet_markdown(passed, "en")


def test_extraordinary_plan_shows_receipt_evidence_and_the_warning() -> None:
    sheet = PlanSheet(
        client="Müller GmbH",
        today=TODAY,
        scenario_id="extraordinary",
        scenario_title=scenario_title("extraordinary", "de"),
        ends_on_receipt=True,
        legal_deadline=dt.date(2026, 11, 8),
        practical_deadline=dt.date(2026, 11, 6),
        evidence=tuple(
            Evidence(dt.date(2026, 10, 25 + n), 4, "Schrie mich im Jour fixe an. " * 8)
            for n in range(6)
        ),
        warning_exists=False,
        letter_kind="extraordinary_notice",
    )
    text = plan_sheet_markdown(sheet, "de")
    assert "- **Frühestes Ende:** mit Zugang der Kündigung" in text
    assert "### Belege" in text
    assert text.count("· Schwere 4 ·") == 4  # at most four, so the page stays one page
    assert "…" in text  # long texts are shortened
    assert "Noch keine dokumentierte Abmahnung" in text
    assert "Brief: **Außerordentliche Kündigung**" in text


def test_scenarios_without_dates_or_letters_say_so() -> None:
    sheet = PlanSheet("K", TODAY, "finish_and_deliver", scenario_title("finish_and_deliver", "de"))
    text = plan_sheet_markdown(sheet, "de")
    assert "Keine festen Termine für dieses Szenario." in text
    assert "Für dieses Szenario gibt es keinen Briefentwurf." in text
    assert "### Belege" not in text
    mutual = PlanSheet("K", TODAY, "mutual", "x", letter_kind="mutual_termination")
    assert "**Earliest end:** as agreed" in plan_sheet_markdown(mutual, "en")


def test_a_long_list_of_deliverables_is_cut_with_a_count() -> None:
    owed = tuple((f"Teil {n}", None) for n in range(11))
    text = plan_sheet_markdown(PlanSheet("K", TODAY, "mutual", "x", deliverables=owed), "de")
    assert text.count("- [ ] Teil") == 8
    assert "… und 3 weitere (alle im Ausstiegsplaner)" in text


def test_every_scenario_has_a_title_in_both_languages() -> None:
    for titles in SCENARIO_TITLES.values():
        assert set(titles) == {"de", "en"}
    assert scenario_title("unknown", "de") == "unknown"
    assert default_letter_kind("let_run_out") == "not_renewing"
    assert default_letter_kind("client_terminates") is None


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="lang"):
        plan_sheet_markdown(TYPICAL, "fr")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_typical_plan_prints_on_one_a4_page(qapp, tmp_path: Path, lang: str) -> None:
    from grenzen.exports.dossier_files import write_pdf

    pdf = write_pdf(plan_sheet_markdown(TYPICAL, lang), tmp_path / "plan.pdf")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Müller GmbH" in text
    assert ("28.02.2027" if lang == "de" else "28 February 2027") in text
