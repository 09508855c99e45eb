"""Demo data: the counts asked for, repeatable per seed, valid for the model, searchable."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from grenzen.domain import demo_texts
from grenzen.domain.incidents import Channel, Incident, IncidentDraft, Level, validate
from grenzen.services.demo import COUNT_KEYS, DemoSummary, fill_demo
from grenzen.services.journal import list_incidents, search_incidents
from grenzen.storage import models as m
from grenzen.storage.vault import FAST_KDF_ENV, Vault

TODAY = dt.date(2026, 6, 15)
SEED = 7
INCIDENTS = 300
PASSPHRASE = "demo-passphrase"
TABLES = {
    "clients": m.Client,
    "people": m.Person,
    "contracts": m.Contract,
    "deliverables": m.Deliverable,
    "cases": m.Case,
    "incidents": m.Incident,
    "energy": m.EnergyCheckin,
    "compliments": m.Compliment,
    "value_entries": m.ValueEntry,
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, DemoSummary]]:
    """One filled vault shared by the read-only tests (filling is the slow part)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(FAST_KDF_ENV, "1")
        vault, _code = Vault.create(tmp_path_factory.mktemp("demo") / "vault", PASSPHRASE)
    summary = fill_demo(vault, incidents=INCIDENTS, seed=SEED, today=TODAY)
    yield vault, summary
    vault.close()


def all_incidents(vault: Vault) -> list[Incident]:
    return list_incidents(vault, limit=100_000).incidents


def table_counts(vault: Vault) -> dict[str, int]:
    with vault.session() as session:
        return {
            key: session.scalar(select(func.count()).select_from(model)) or 0
            for key, model in TABLES.items()
        }


def test_summary_has_the_counts_asked_for(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    counts = summary.counts
    assert tuple(counts) == COUNT_KEYS
    assert counts["incidents"] == INCIDENTS
    assert 8 <= counts["clients"] <= 15
    assert 2 * counts["clients"] <= counts["people"] <= 5 * counts["clients"]
    assert counts["contracts"] == counts["clients"]
    assert counts["deliverables"] >= 2
    assert 4 <= counts["cases"] <= 6
    assert 120 <= counts["energy"] <= 170  # roughly weekly over three years
    assert counts["compliments"] >= 15
    assert counts["value_entries"] >= 60
    assert table_counts(vault) == counts


def test_same_seed_gives_the_same_texts(demo: tuple[Vault, DemoSummary], vault_dir: Path) -> None:
    vault, summary = demo
    with Vault.create(vault_dir, PASSPHRASE)[0] as again:
        assert fill_demo(again, incidents=INCIDENTS, seed=SEED, today=TODAY) == summary

        def fingerprint(v: Vault) -> list[tuple[object, ...]]:
            return [
                (i.client, i.person, i.occurred_on, i.quote, i.text, i.notes, i.tags, i.created_at)
                for i in all_incidents(v)
            ]

        assert fingerprint(again) == fingerprint(vault)


def test_another_seed_gives_other_texts() -> None:
    def texts(seed: int) -> list[str]:
        rng = random.Random(seed)
        plan = demo_texts.build_plan(rng, TODAY)
        return [i.text for i in demo_texts.generate_incidents(rng, plan, 50)]

    assert texts(1) == texts(1)
    assert texts(1) != texts(2)


def test_every_incident_passes_the_model_rules(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    incidents = all_incidents(vault)
    assert len(incidents) == INCIDENTS
    oldest = TODAY - dt.timedelta(days=demo_texts.HISTORY_DAYS)
    for i in incidents:
        draft = IncidentDraft(
            client=i.client,
            text=i.text,
            person=i.person,
            occurred_on=i.occurred_on,
            learned_on=i.learned_on,
            channel=i.channel,
            quote=i.quote,
            level=i.level,
            severity=i.severity,
            feeling_before=i.feeling_before,
            intensity_before=i.intensity_before,
            feeling_after=i.feeling_after,
            intensity_after=i.intensity_after,
            notes=i.notes,
            tags=i.tags,
            case_id=i.case_id,
        )
        assert validate(draft, TODAY) == draft
        assert oldest <= i.occurred_on <= i.learned_on <= TODAY
        assert i.created_at.tzinfo is not None
        assert i.created_at.date() >= i.learned_on
    assert {i.level for i in incidents} == set(Level)
    assert len({i.channel for i in incidents}) >= 5
    assert all(isinstance(i.channel, Channel) for i in incidents)
    assert len({i.text for i in incidents}) > 0.9 * INCIDENTS  # varied, not a template
    assert any(i.case_id is not None for i in incidents)


def test_severity_is_mostly_two_or_three_and_recent_years_are_denser(
    demo: tuple[Vault, DemoSummary],
) -> None:
    vault, _ = demo
    incidents = all_incidents(vault)
    middle = sum(1 for i in incidents if i.severity in (2, 3))
    assert middle > 0.55 * len(incidents)
    last_year = sum(1 for i in incidents if (TODAY - i.occurred_on).days < 365)
    first_year = sum(1 for i in incidents if (TODAY - i.occurred_on).days >= 730)
    assert last_year > 2 * first_year


def test_contracts_and_cases_are_varied(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    with vault.session() as session:
        contracts = list(session.scalars(select(m.Contract)))
        cases = list(session.scalars(select(m.Case)))
    assert {c.type for c in contracts} == {"service", "work"}
    assert len({c.fee_unit for c in contracts}) >= 4
    assert all(c.state in demo_texts.STATES for c in contracts)
    assert any(c.notice_amount is None for c in contracts if c.type == "service")  # § 621
    assert any(c.notice_to == "term_end" and c.renewal_months for c in contracts)
    assert all(c.fee_total and 0 <= (c.progress or 0) <= 1 for c in contracts if c.type == "work")
    assert len({c.stage for c in cases}) >= 4
    assert any(c.review_date for c in cases if c.stage == "escalate")


def test_search_finds_a_german_word_with_umlaut(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    found = search_incidents(vault, demo_texts.UMLAUT_WORD)
    assert found.total > 0
    assert all("[Müll" in (i.snippet or "") for i in found.incidents)
    assert search_incidents(vault, "muell").total == found.total  # typed without umlaut keys


def test_vault_is_sound_after_the_bulk_insert(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    assert vault.verify() == []


def test_a_second_run_appends_with_suffixed_client_names(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE)[0] as vault:
        first = fill_demo(vault, incidents=20, seed=3, today=TODAY)
        second = fill_demo(vault, incidents=20, seed=3, today=TODAY)
        assert second == first
        with vault.session() as session:
            names = list(session.scalars(select(m.Client.name)))
        assert len(names) == 2 * first.counts["clients"]
        assert sum(name.endswith(" (2)") for name in names) == first.counts["clients"]
        assert table_counts(vault)["incidents"] == 40
        assert vault.verify() == []


def test_unique_name_counts_up() -> None:
    taken = {"Stiftung Lernwiese", "Stiftung Lernwiese (2)"}
    assert demo_texts.unique_name("Stiftung Lernwiese", taken) == "Stiftung Lernwiese (3)"
    assert demo_texts.unique_name("Neu GmbH", taken) == "Neu GmbH"
