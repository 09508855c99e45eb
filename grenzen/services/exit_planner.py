"""The exit planner's view of one client: the plan, its support, what is owed, what is to come.

The plan itself always comes from ``contracts.exits_for_client``, the same call the
command line makes, so the app and ``grenzen exits --client`` show the same dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from grenzen.domain.cases import Stage
from grenzen.domain.exits.engine import ExitPlan
from grenzen.domain.exits.money import InvoiceFact, MoneyOutlook, money_outlook
from grenzen.domain.exits.support import (
    CONTEXT_LIMIT,
    CONTEXT_SPAN,
    KnownOnSource,
    SupportingIncident,
    supporting_incidents,
)
from grenzen.services import cases, contracts
from grenzen.services.errors import NotFound
from grenzen.storage import incidents_repo, value_repo
from grenzen.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class ClientExitView:
    client: str
    client_id: int
    contract: dict[str, Any]  # the stored §7 JSON, with deliverables and stored-only keys
    plan: ExitPlan
    known_on_source: str  # "contract" | "incident" | "none"
    known_on_incident_id: int | None  # the incident that opened the window, if any
    supporting_incidents: list[SupportingIncident]
    warning_exists: bool  # a sent boundary statement of this client counts as a warning
    warning_on: dt.date | None  # the newest such warning on or before today
    open_deliverables: list[tuple[str, dt.date | None]]  # not done, by due date
    money: MoneyOutlook


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def formal_warnings(vault: Vault, client_id: int, today: dt.date) -> list[dt.date]:
    """Dates of the client's sent boundary statements that count as a formal warning."""
    found: list[dt.date] = []
    for case in cases.list_cases(vault, client_id):
        answers = cases.stage_answers(vault, case.id, Stage.SET_BOUNDARIES)
        for item in answers.get("sent_statements") or []:
            if not isinstance(item, dict) or item.get("formal_warning") is not True:
                continue
            on = _day(item.get("on", ""))
            if on is not None and on <= today:
                found.append(on)
    return sorted(found)


def open_deliverables(contract: dict[str, Any]) -> list[tuple[str, dt.date | None]]:
    """What is still owed, the ones with a due date first (earliest first)."""
    owed = [
        (str(item.get("what", "")), _day(item["due_on"]) if item.get("due_on") else None)
        for item in contract.get("deliverables") or []
        if not item.get("done")
    ]
    return sorted(owed, key=lambda pair: (pair[1] is None, pair[1] or dt.date.min))


def client_exit_view(vault: Vault, client: str, today: dt.date) -> ClientExitView:
    """Everything the planner shows for a client (NotFound without client or contract)."""
    contract = contracts.contract_of(vault, client)
    # The same plan the command line prints, and the § 626 date it was made with.
    plan, choice = contracts.plan_with_known_on(vault, client, contract, today)
    with vault.session() as session:
        client_id = incidents_repo.client_id_by_name(session, client)
        if client_id is None:  # pragma: no cover - contract_of found it a moment ago
            raise NotFound(f"client: there is no client named {client!r}")
        # The evidence (support.py's rules): the window, and a few from the year before.
        facts = []
        if choice.known_on is not None:
            facts = contracts.incident_facts(session, client_id, choice.known_on)
            facts += contracts.incident_facts(
                session,
                client_id,
                choice.known_on - CONTEXT_SPAN,
                learned_before=choice.known_on,
                newest=CONTEXT_LIMIT,
            )
        invoices = [
            InvoiceFact(i.amount_cents, i.invoice_date, i.paid_date)
            for i in value_repo.list_invoices(session, client_id=client_id, until=today)
        ]
    warnings = formal_warnings(vault, client_id, today)
    fee_amount = contract.get("fee_amount")
    return ClientExitView(
        client=client,
        client_id=client_id,
        contract=contract,
        plan=plan,
        known_on_source=choice.source.value,
        known_on_incident_id=choice.incident_id,
        supporting_incidents=supporting_incidents(choice.known_on, facts, today),
        warning_exists=bool(warnings),
        warning_on=warnings[-1] if warnings else None,
        open_deliverables=open_deliverables(contract),
        money=money_outlook(
            plan.terms,
            float(fee_amount) if fee_amount is not None else None,
            invoices,
            today,
            plan.ordinary.ends_on,
        ),
    )


__all__ = ["ClientExitView", "KnownOnSource", "client_exit_view"]
