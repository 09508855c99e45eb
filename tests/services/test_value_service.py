"""Client value services on a real vault: invoices, figures, profile, zero-based answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from grenzen.domain.incidents import IncidentDraft, Level
from grenzen.domain.value import (
    Answer,
    CheckinFact,
    IncidentFact,
    Measure,
    Period,
    tally_energy,
    tally_incidents,
)
from grenzen.services import clients, journal, value, wellbeing
from grenzen.services.demo import fill_demo
from grenzen.services.errors import NotFound
from grenzen.storage import models as m
from grenzen.storage import value_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

TODAY = dt.date(2026, 6, 15)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def incident(vault: Vault, client: str, on: str, level: Level = Level.RELATIONSHIP) -> int:
    draft = IncidentDraft(client=client, text="Abwertend im Call", occurred_on=day(on), level=level)
    return journal.log_incident(vault, draft, today=TODAY)


@pytest.fixture
def filled(vault: Vault) -> Vault:
    """Two clients with invoices, incidents and check-ins, and one archived client."""
    value.add_invoice(
        vault, "Müller GmbH", "4200.00", day("2026-01-05"), 60, day("2026-01-19"), day("2026-02-18")
    )
    value.add_invoice(vault, "Müller GmbH", 1000, day("2026-05-05"), None, day("2026-05-19"))
    value.add_invoice(vault, "Müller GmbH", "99.99", day("2024-03-01"))  # outside 12 months
    value.add_invoice(
        vault, "Kleine AG", "800,50", day("2026-04-01"), 8, day("2026-04-15"), day("2026-04-14")
    )
    incident(vault, "Müller GmbH", "2026-02-01")
    incident(vault, "Müller GmbH", "2026-03-01", Level.FACTUAL)
    incident(vault, "Müller GmbH", "2026-03-02", Level.BOTH)
    incident(vault, "Müller GmbH", "2024-01-01")  # outside 12 months
    for level, client in ((3, "Müller GmbH"), (4, "Müller GmbH"), (8, "Kleine AG"), (9, None)):
        wellbeing.add_checkin(vault, level, client=client, checked_on=day("2026-05-01"))
    old = clients.add_client(vault, "Alt & Vorbei KG")
    clients.archive_client(vault, old)
    return vault


def test_table_figures_are_exact_and_sorted_by_revenue(filled: Vault) -> None:
    table = value.value_table(filled, TODAY)
    assert table.since == day("2025-06-15")
    assert [r.client for r in table.rows] == ["Müller GmbH", "Kleine AG"]  # archived left out
    mueller = table.rows[0].value
    assert mueller.revenue_cents == 520_000
    assert mueller.invoices == 2
    assert mueller.hours == 60
    assert mueller.effective_rate == pytest.approx(70.0)
    # 30 days late (paid 18.2. for 19.1.) and 27 days overdue and still open by 15.6.
    assert mueller.days_late_avg == pytest.approx((30 + 27) / 2)
    assert mueller.open_cents == 100_000 + 9_999  # the old open invoice is still owed
    assert (mueller.incidents, mueller.relationship_incidents) == (3, 2)
    assert mueller.energy_avg == 3.5
    assert mueller.energy_cost == pytest.approx(6.0 - 3.5)
    kleine = table.rows[1].value
    assert kleine.revenue_cents == 80_050
    assert kleine.days_late_avg == 0
    assert kleine.energy_cost is None  # one check-in says too little
    assert kleine.effective_rate == pytest.approx(100.0625)


def test_all_time_and_since(filled: Vault) -> None:
    all_time = value.value_table(filled, TODAY, all_time=True)
    assert all_time.since is None
    mueller = all_time.row("Müller GmbH")
    assert mueller is not None
    assert mueller.value.revenue_cents == 529_999
    assert mueller.value.incidents == 4
    since = value.value_table(filled, TODAY, day("2026-04-01"))
    kleine = since.row("Kleine AG")
    assert kleine is not None
    assert kleine.value.revenue_cents == 80_050
    assert since.row("Müller GmbH").value.revenue_cents == 100_000  # type: ignore[union-attr]
    with pytest.raises(InvalidInput, match=r"^since:"):
        value.value_table(filled, TODAY, day("2026-07-01"))


def test_archived_client_with_data_in_the_period_is_listed(filled: Vault) -> None:
    value.add_invoice(filled, "Alt & Vorbei KG", 50, day("2026-01-01"), paid_date=day("2026-01-02"))
    assert value.value_table(filled, TODAY).row("Alt & Vorbei KG") is not None


def test_sql_sums_agree_with_the_domains_rules(filled: Vault) -> None:
    period = Period(day("2025-06-15"), TODAY)
    with filled.session() as session:
        incidents = [
            IncidentFact(i.client_id, i.occurred_on, i.level)
            for i in session.scalars(select(m.Incident))
        ]
        checkins = [
            CheckinFact(c.checked_on, c.level, c.client_id)
            for c in session.scalars(select(m.EnergyCheckin))
        ]
        assert value_repo.incident_tallies(session, period) == tally_incidents(incidents, period)
        assert value_repo.energy_tallies(session, period) == tally_energy(checkins, period)


def test_the_table_reads_each_table_once_whatever_the_number_of_clients(vault: Vault) -> None:
    def statements_for(clients_count: int) -> int:
        for n in range(clients_count):
            value.add_invoice(vault, f"Kunde {n}", 100, day("2026-01-01"))
        count = 0

        def counter(*_: object) -> None:
            nonlocal count
            count += 1

        event.listen(vault.engine, "before_cursor_execute", counter)
        try:
            value.value_table(vault, TODAY)
        finally:
            event.remove(vault.engine, "before_cursor_execute", counter)
        return count

    few = statements_for(2)
    many = statements_for(20)
    assert few == many


# --- invoices --------------------------------------------------------------------------


def test_add_update_mark_paid_delete_and_restore(vault: Vault) -> None:
    invoice_id = value.add_invoice(
        vault, " Müller GmbH ", "1234.50", day("2026-01-05"), "7,5", note=" Januar "
    )
    stored = value.get_invoice(vault, invoice_id)
    assert (stored.client, stored.amount_cents, stored.hours, stored.note) == (
        "Müller GmbH",
        123_450,
        7.5,
        "Januar",
    )
    changed = value.update_invoice(
        vault, invoice_id, amount="1300", due_date=day("2026-01-19"), note=None
    )
    assert changed.amount_cents == 130_000
    assert (changed.due_date, changed.note) == (day("2026-01-19"), None)
    assert changed.hours == 7.5  # untouched
    paid = value.mark_paid(vault, invoice_id, day("2026-01-30"))
    assert paid.paid_date == day("2026-01-30")
    assert value.mark_paid(vault, invoice_id, None).paid_date is None
    moved = value.update_invoice(vault, invoice_id, client="Kleine AG")
    assert moved.client == "Kleine AG"
    assert [i.id for i in value.invoices_of(vault, "Kleine AG")] == [invoice_id]
    assert value.invoices_of(vault, "Müller GmbH") == []

    deleted = value.delete_invoice(vault, invoice_id)
    assert value.list_invoices(vault) == []
    assert value.restore_invoice(vault, deleted) == invoice_id
    assert value.get_invoice(vault, invoice_id) == deleted


def test_invoices_newest_first(vault: Vault) -> None:
    older = value.add_invoice(vault, "A", 1, day("2026-01-01"))
    newer = value.add_invoice(vault, "A", 1, day("2026-02-01"))
    same_day = value.add_invoice(vault, "B", 1, day("2026-02-01"))
    assert [i.id for i in value.list_invoices(vault)] == [same_day, newer, older]


@pytest.mark.parametrize(
    ("kwargs", "field_name"),
    [
        ({"amount": "-1"}, "amount"),
        ({"amount": "12.345"}, "amount"),
        ({"amount": "zwölf"}, "amount"),
        ({"hours": -2}, "hours"),
        ({"due_date": day("2025-12-31")}, "due_date"),
        ({"paid_date": day("2025-12-31")}, "paid_date"),
        ({"client": "  "}, "client"),
        ({"invoice_date": None}, "invoice_date"),
        ({"invoice_date": dt.datetime(2026, 1, 1, 12)}, "invoice_date"),
    ],
)
def test_invalid_invoices_name_the_field_and_store_nothing(
    vault: Vault, kwargs: dict[str, object], field_name: str
) -> None:
    arguments: dict[str, object] = {
        "client": "Müller GmbH",
        "amount": "100",
        "invoice_date": day("2026-01-01"),
    } | kwargs
    with pytest.raises(InvalidInput, match=rf"^{field_name}:"):
        value.add_invoice(vault, **arguments)  # type: ignore[arg-type]
    assert value.list_invoices(vault) == []


def test_missing_things_are_not_found(vault: Vault) -> None:
    with pytest.raises(NotFound, match=r"^id:"):
        value.mark_paid(vault, 99, TODAY)
    with pytest.raises(NotFound, match=r"^id:"):
        value.delete_invoice(vault, 99)
    with pytest.raises(NotFound, match=r"^client:"):
        value.invoices_of(vault, "Niemand")
    with pytest.raises(NotFound, match=r"^client:"):
        value.answer_zero_based(vault, "Niemand", "yes", None, TODAY)
    with pytest.raises(NotFound, match=r"^id:"):
        value.remove_criterion(vault, 5)


# --- dream-client profile --------------------------------------------------------------


def test_profile_texts_and_criteria(vault: Vault) -> None:
    empty = value.dream_profile(vault)
    assert (empty.description, empty.reflection, empty.criteria) == ("", "", ())
    value.set_profile_texts(vault, description="Kunden, die mich schätzen.")
    value.set_profile_texts(vault, reflection="Ich antworte selbst spät.")
    written = value.add_criterion(vault, " Respektvoller Ton ")
    measured = value.add_criterion(vault, "Guter Satz", "min_rate", 60)
    profile = value.dream_profile(vault)
    assert profile.description == "Kunden, die mich schätzen."
    assert profile.reflection == "Ich antworte selbst spät."
    assert [(c.id, c.text, c.measure, c.threshold) for c in profile.criteria] == [
        (written, "Respektvoller Ton", None, None),
        (measured, "Guter Satz", Measure.MIN_RATE, 60.0),
    ]
    with vault.session() as session:
        stored = value_repo.get_setting(session, value.DESCRIPTION_KEY)
    assert stored == "Kunden, die mich schätzen."

    updated = value.update_criterion(vault, measured, threshold=80)
    assert (updated.measure, updated.threshold) == (Measure.MIN_RATE, 80.0)
    plain = value.update_criterion(
        vault, measured, text="Fairer Satz", measure=None, threshold=None
    )
    assert (plain.text, plain.measure, plain.threshold) == ("Fairer Satz", None, None)
    with pytest.raises(InvalidInput, match=r"^threshold:"):
        value.update_criterion(vault, written, measure="min_energy")
    with pytest.raises(InvalidInput, match=r"^text:"):
        value.add_criterion(vault, "  ")
    value.set_profile_texts(vault, description="")
    assert value.dream_profile(vault).description == ""


def test_ticks_are_stored_per_client_and_go_with_the_criterion(filled: Vault) -> None:
    respect = value.add_criterion(filled, "Respektvoller Ton")
    clear = value.add_criterion(filled, "Klare Aufträge")
    rate = value.add_criterion(filled, "Guter Satz", "min_rate", 75)
    value.set_match(filled, "Müller GmbH", respect, False)
    value.set_match(filled, "Müller GmbH", clear, True)
    value.set_match(filled, "Kleine AG", respect, True)
    value.set_match(filled, "Kleine AG", respect, None)  # back to "not yet judged"
    with pytest.raises(InvalidInput, match=r"^criterion_id:"):
        value.set_match(filled, "Müller GmbH", rate, True)

    table = value.value_table(filled, TODAY)
    mueller = table.row("Müller GmbH")
    kleine = table.row("Kleine AG")
    assert mueller is not None
    assert kleine is not None
    assert [m.matches for m in mueller.matches] == [False, True, False]  # 70 €/h < 75 €/h
    assert mueller.matches[2].reason is not None
    assert mueller.matches[2].reason.render("en") == "Effective rate 70 €/h < 75 €/h"
    assert (mueller.counts.yes, mueller.counts.no, mueller.counts.open) == (1, 2, 0)
    assert [m.matches for m in kleine.matches] == [None, None, True]

    value.remove_criterion(filled, respect)
    with filled.session() as session:
        assert session.scalar(select(func.count(m.DreamMatch.id))) == 1


# --- zero-based question ---------------------------------------------------------------


def test_zero_based_history_newest_first_with_the_sunk_cost_hint(filled: Vault) -> None:
    first = value.answer_zero_based(
        filled, "Müller GmbH", "yes", "Gutes Projekt", day("2026-01-10")
    )
    second = value.answer_zero_based(
        filled, "Müller GmbH", "unsure", "Ich habe schon so viel investiert", day("2026-05-10")
    )
    history = value.zero_based_history(filled, "Müller GmbH")
    assert [a.id for a in history] == [second, first]
    assert history[0].answer is Answer.UNSURE
    assert history[0].sunk_cost
    assert not history[1].sunk_cost
    latest = value.value_table(filled, TODAY).row("Müller GmbH")
    assert latest is not None
    assert latest.zero_based is not None
    assert latest.zero_based.id == second
    with pytest.raises(InvalidInput, match=r"^answer:"):
        value.answer_zero_based(filled, "Müller GmbH", "vielleicht", None, TODAY)


# --- the demo vault --------------------------------------------------------------------


def test_demo_vault_has_a_profile_and_answers(vault_dir: Path) -> None:
    with Vault.create(vault_dir, "demo-passphrase")[0] as vault:
        fill_demo(vault, incidents=200, seed=7, today=TODAY)
        profile = value.dream_profile(vault)
        assert profile.description
        assert profile.reflection
        assert any(c.measured for c in profile.criteria)
        assert any(not c.measured for c in profile.criteria)
        table = value.value_table(vault, TODAY)
        assert len(table.rows) >= 5
        assert all(table.rows[i].value.revenue_cents >= table.rows[i + 1].value.revenue_cents
                   for i in range(len(table.rows) - 1))  # fmt: skip
        answered = [r for r in table.rows if r.zero_based is not None]
        assert len(answered) >= 2
        assert any(r.counts.yes and r.counts.no for r in table.rows)
        assert any(a.sunk_cost for r in answered for a in value.zero_based_history(vault, r.client))
        # A second run adds answers for its new clients but never doubles the profile.
        fill_demo(vault, incidents=0, seed=7, today=TODAY)
        assert len(value.dream_profile(vault).criteria) == len(profile.criteria)
