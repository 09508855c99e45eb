"""The exit planner's client view on a real vault: contract, incidents, warnings, invoices."""

from __future__ import annotations

import datetime as dt

import pytest

from grenzen.domain.cases import Stage
from grenzen.domain.exits.report import plan_to_json
from grenzen.domain.incidents import IncidentDraft, Level
from grenzen.services import cases, contracts, journal
from grenzen.services.errors import NotFound
from grenzen.services.exit_planner import client_exit_view
from grenzen.storage import incidents_repo, value_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

D = dt.date
TODAY = D(2028, 10, 2)
CLIENT = "Müller GmbH"
CONTRACT = {
    "type": "service",
    "state": "HH",
    "start": "2025-02-01",
    "fee_unit": "month",
    "notice": {"amount": 3, "unit": "months", "to": "month_end"},
    "fee_amount": 4200,
    "payment_interval": "monthly",
    "form": "text",
    "deliverables": [
        {"what": "Styleguide übergeben", "due_on": None, "done": False},
        {"what": "Relaunch-Konzept", "due_on": "2028-11-15", "done": False},
        {"what": "Kick-off-Workshop", "due_on": "2028-03-01", "done": True},
    ],
}


def log(vault: Vault, text: str, learned: dt.date, severity: int = 4, level=Level.RELATIONSHIP):
    draft = IncidentDraft(
        client=CLIENT, text=text, occurred_on=learned, learned_on=learned, severity=severity,
        level=level,
    )  # fmt: skip
    return journal.log_incident(vault, draft, today=TODAY)


def invoice(vault: Vault, euros: int, on: dt.date, paid: dt.date | None = None) -> None:
    with vault.session() as session:
        client_id = incidents_repo.ensure_client(session, CLIENT)
        value_repo.add_invoice(session, client_id, euros * 100, on, paid_date=paid)


def warn(vault: Vault, on: str, formal: bool) -> None:
    case_id = cases.open_case(vault, CLIENT, "Ton im Meeting")
    record = {"on": on, "text": "Bitte bleib sachlich.", "formal_warning": formal}
    cases.save_stage_answers(vault, case_id, Stage.SET_BOUNDARIES, {"sent_statements": [record]})


@pytest.fixture
def stored(vault: Vault) -> Vault:
    contracts.set_contract(vault, CLIENT, CONTRACT)
    return vault


def test_view_without_incidents_has_no_window_and_the_cli_plan(stored: Vault) -> None:
    view = client_exit_view(stored, CLIENT, TODAY)
    assert view.client == CLIENT
    assert view.plan == contracts.exits_for_client(stored, CLIENT, TODAY)
    assert view.plan.ordinary.ends_on == D(2029, 1, 31)
    assert view.plan.extraordinary is None
    assert view.known_on_source == "none"
    assert view.supporting_incidents == []
    assert view.warning_exists is False
    assert view.contract["fee_amount"] == 4200
    assert view.open_deliverables == [
        ("Relaunch-Konzept", D(2028, 11, 15)),
        ("Styleguide übergeben", None),
    ]


def test_serious_relationship_incident_opens_the_window(stored: Vault) -> None:
    old = log(stored, "Anschreien im Meeting", D(2028, 8, 1), severity=3)
    cause = log(stored, "Beleidigung vor dem Team", D(2028, 9, 25), severity=5)
    log(stored, "Rechnung falsch gebucht", D(2028, 9, 29), severity=5, level=Level.FACTUAL)
    later = log(stored, "Wieder laut geworden", D(2028, 9, 30), severity=2, level=Level.BOTH)
    view = client_exit_view(stored, CLIENT, TODAY)
    assert view.known_on_source == "incident"
    assert view.known_on_incident_id == cause
    extra = view.plan.extraordinary
    assert extra is not None
    assert (extra.known_on, extra.window_ends, extra.safe_deadline) == (
        D(2028, 9, 25),
        D(2028, 10, 9),
        D(2028, 10, 9),
    )
    assert [(s.id, s.in_window) for s in view.supporting_incidents] == [
        (later, True),
        (cause, True),
        (old, False),
    ]
    assert view.supporting_incidents[1].text == "Beleidigung vor dem Team"
    # The command line gets the very same plan.
    assert plan_to_json(view.plan) == plan_to_json(
        contracts.exits_for_client(stored, CLIENT, TODAY)
    )


def test_closed_window_gives_no_extraordinary_scenario(stored: Vault) -> None:
    log(stored, "Beleidigung", D(2028, 9, 1), severity=5)
    view = client_exit_view(stored, CLIENT, TODAY)
    assert view.plan.extraordinary is None
    assert view.known_on_source == "none"
    assert "extraordinary" not in [s.id for s in view.plan.scenarios]


def test_the_contracts_known_on_wins(vault: Vault) -> None:
    contracts.set_contract(vault, CLIENT, CONTRACT | {"known_on": "2028-09-28"})
    log(vault, "Beleidigung", D(2028, 9, 30), severity=5)
    view = client_exit_view(vault, CLIENT, TODAY)
    assert view.known_on_source == "contract"
    assert view.plan.extraordinary is not None
    assert view.plan.extraordinary.known_on == D(2028, 9, 28)
    assert [s.id for s in view.supporting_incidents]  # the incident lies in the window


def test_only_a_qualifying_sent_statement_counts_as_warning(stored: Vault) -> None:
    warn(stored, "2028-09-01", formal=False)
    assert client_exit_view(stored, CLIENT, TODAY).warning_exists is False
    warn(stored, "2028-09-10", formal=True)
    view = client_exit_view(stored, CLIENT, TODAY)
    assert view.warning_exists is True
    assert view.warning_on == D(2028, 9, 10)
    assert client_exit_view(stored, CLIENT, D(2028, 9, 5)).warning_exists is False


def test_money_from_invoices_and_fee(stored: Vault) -> None:
    invoice(stored, 4200, D(2028, 8, 31), paid=D(2028, 9, 12))
    invoice(stored, 4200, D(2028, 9, 30))
    invoice(stored, 1000, D(2028, 10, 20))  # after today
    money = client_exit_view(stored, CLIENT, TODAY).money
    assert (money.open_invoice_count, money.open_invoices) == (1, 4200.0)
    assert money.until_end == 3 * 4200  # Nov, Dec, Jan; October has begun
    assert money.until_end_basis == "fee_periods"
    assert money.until_end_on == D(2029, 1, 31)
    assert money.work_remaining is None


def test_work_contract_money(vault: Vault) -> None:
    work = {
        "type": "work", "state": "BY", "start": "2028-06-01", "fee_total": 12000,
        "progress": 0.5, "fee_unit": "fixed",
    }  # fmt: skip
    contracts.set_contract(vault, CLIENT, work)
    view = client_exit_view(vault, CLIENT, TODAY)
    assert view.money.work_remaining == 6000
    assert view.money.presumed_claim == 6300
    assert view.money.until_end is None
    assert view.open_deliverables == []


def test_no_contract_is_not_found(vault: Vault) -> None:
    with pytest.raises(NotFound):
        client_exit_view(vault, "Niemand AG", TODAY)


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"payment_interval": "daily"}, "payment_interval"),
        ({"fee_amount": -1}, "fee_amount"),
        ({"fee_amount": True}, "fee_amount"),
        ({"fee_amount": "viel"}, "fee_amount"),
        ({"notes": 7}, "notes"),
        ({"form": "fax"}, "form"),
    ],
)
def test_stored_only_keys_are_validated(vault: Vault, change: dict, key: str) -> None:
    with pytest.raises(InvalidInput, match=rf"^{key}: "):
        contracts.set_contract(vault, CLIENT, CONTRACT | change)
    with pytest.raises(NotFound):
        contracts.contract_of(vault, CLIENT)


@pytest.mark.parametrize("interval", contracts.PAYMENT_INTERVALS)
def test_every_payment_interval_is_stored(vault: Vault, interval: str) -> None:
    contracts.set_contract(vault, CLIENT, CONTRACT | {"payment_interval": interval, "notes": "x"})
    stored = contracts.contract_of(vault, CLIENT)
    assert (stored["payment_interval"], stored["notes"]) == (interval, "x")


def test_a_term_that_ran_out_without_fee_unit_is_a_clear_error(vault: Vault) -> None:
    contracts.set_contract(
        vault, CLIENT, {"type": "service", "start": "2020-01-01", "term": {"months": 12}}
    )
    with pytest.raises(InvalidInput, match=r"^fee_unit: "):
        contracts.exits_for_client(vault, CLIENT, TODAY)


def test_deliverables_keep_the_order_they_were_entered_in(vault: Vault) -> None:
    """The editor shows them as the user typed them; "still owed" sorts by due date."""
    terms = {"type": "service", "start": "2025-02-01", "state": "HH", "fee_unit": "month"}
    entered = [
        {"what": "Übergabe der Zugangsdaten", "due_on": "2027-03-01", "done": False},
        {"what": "Abschlussbericht", "due_on": None, "done": False},
        {"what": "Relaunch-Konzept", "due_on": "2026-12-15", "done": True},
    ]
    contracts.set_contract(
        vault,
        "Müller GmbH",
        {**terms, "deliverables": entered},
    )
    assert contracts.contract_of(vault, "Müller GmbH")["deliverables"] == entered
    reordered = [entered[2], entered[0]]
    contracts.set_contract(
        vault,
        "Müller GmbH",
        {**terms, "deliverables": reordered},
    )
    assert contracts.contract_of(vault, "Müller GmbH")["deliverables"] == reordered
    view = client_exit_view(vault, "Müller GmbH", dt.date(2026, 11, 29))
    assert view.open_deliverables == [("Übergabe der Zugangsdaten", dt.date(2027, 3, 1))]
