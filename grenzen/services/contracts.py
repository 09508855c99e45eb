"""Contract use cases: store a client's terms, and plan the exits from them."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from sqlalchemy.orm import Session

from grenzen.domain.exits.engine import ExitPlan, plan_exits
from grenzen.domain.exits.support import WINDOW, IncidentFact, KnownOnChoice, choose_known_on
from grenzen.domain.exits.terms import TermsError, parse_terms
from grenzen.services.errors import NotFound
from grenzen.storage import contracts_repo, incidents_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

# Keys a stored contract may carry beyond what the exit engine reads.
STORED_ONLY_KEYS = frozenset({"deliverables", "fee_amount", "payment_interval", "notes"})
PAYMENT_INTERVALS = ("weekly", "monthly", "quarterly", "yearly", "on_delivery", "milestones")


def _deliverables(value: Any) -> list[tuple[str, dt.date | None, bool]] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise InvalidInput("deliverables: expected a list")
    parsed = []
    for index, item in enumerate(value):
        key = f"deliverables[{index}]"
        if not isinstance(item, dict) or not str(item.get("what", "")).strip():
            raise InvalidInput(f"{key}.what: missing")
        due = item.get("due_on")
        try:
            due_on = dt.date.fromisoformat(due) if due else None
        except (TypeError, ValueError):
            raise InvalidInput(f"{key}.due_on: not a valid date: {due!r}") from None
        parsed.append((str(item["what"]).strip(), due_on, bool(item.get("done", False))))
    return parsed


def _check_stored_only(data: dict[str, Any]) -> None:
    """The keys the engine does not read still have to make sense when they come back."""
    fee = data.get("fee_amount")
    if fee is not None:
        if isinstance(fee, bool) or not isinstance(fee, int | float) or not math.isfinite(fee):
            raise InvalidInput(f"fee_amount: expected a number, got {fee!r}")
        if fee < 0:
            raise InvalidInput(f"fee_amount: must be 0 or more, got {fee!r}")
    interval = data.get("payment_interval")
    if interval is not None and interval not in PAYMENT_INTERVALS:
        allowed = ", ".join(PAYMENT_INTERVALS)
        raise InvalidInput(f"payment_interval: unknown value {interval!r} (use one of: {allowed})")
    notes = data.get("notes")
    if notes is not None and not isinstance(notes, str):
        raise InvalidInput(f"notes: expected text, got {notes!r}")


def set_contract(vault: Vault, client: str, data: Any) -> int:
    """Validate the terms like the exit engine does, then store them for the client."""
    if not isinstance(data, dict):
        raise InvalidInput("contract: expected a JSON object")
    engine_part = {k: v for k, v in data.items() if k not in STORED_ONLY_KEYS}
    try:
        _, unknown = parse_terms(engine_part)
    except TermsError as exc:
        raise InvalidInput(str(exc)) from None
    if unknown:
        raise InvalidInput(f"{unknown[0]}: not a contract key")
    _check_stored_only(data)
    deliverables = _deliverables(data.get("deliverables"))
    with vault.session() as session:
        client_id = incidents_repo.ensure_client(session, client)
        return contracts_repo.save_contract(session, client_id, data, deliverables)


def contract_of(vault: Vault, client: str) -> dict[str, Any]:
    """The stored §7 JSON of a client's contract (NotFound if client or contract missing)."""
    with vault.session() as session:
        client_id = incidents_repo.client_id_by_name(session, client)
        if client_id is None:
            raise NotFound(f"client: there is no client named {client!r}")
        data = contracts_repo.contract_json(session, client_id)
    if data is None:
        raise NotFound(f"client: {client!r} has no contract yet (grenzen contract set)")
    return data


def incident_facts(
    session: Session,
    client_id: int,
    learned_since: dt.date | None = None,
    *,
    learned_before: dt.date | None = None,
    newest: int | None = None,
) -> list[IncidentFact]:
    """The client's relationship-level incidents as the exit planner reads them, learned of
    in [``learned_since``, ``learned_before``) — the rules never look further back."""
    rows = incidents_repo.exit_facts(
        session, client_id, learned_since, learned_before=learned_before, newest=newest
    )
    return [
        IncidentFact(row.id, row.occurred_on, row.learned_on, row.level, row.severity, row.text)
        for row in rows
    ]


def known_on_for_client(
    vault: Vault, client: str, data: dict[str, Any], today: dt.date
) -> KnownOnChoice:
    """§ 626: the contract's ``known_on``, else the newest serious relationship incident
    whose two-week window is still open on ``today`` (rule in domain/exits/support.py)."""
    stored = dt.date.fromisoformat(data["known_on"]) if data.get("known_on") else None
    if stored is not None:
        return choose_known_on(stored, (), today)
    with vault.session() as session:
        client_id = incidents_repo.client_id_by_name(session, client)
        since = today - WINDOW  # an older incident's window has closed
        facts = incident_facts(session, client_id, since) if client_id is not None else []
    return choose_known_on(None, facts, today)


def exits_for_client(vault: Vault, client: str, today: dt.date) -> ExitPlan:
    """THE plan of a stored contract: the command line and the app both ask here."""
    plan, _ = plan_with_known_on(vault, client, contract_of(vault, client), today)
    return plan


def plan_with_known_on(
    vault: Vault, client: str, data: dict[str, Any], today: dt.date
) -> tuple[ExitPlan, KnownOnChoice]:
    """The plan of the stored contract ``data``, and where its § 626 date came from."""
    engine_part = {k: v for k, v in data.items() if k not in STORED_ONLY_KEYS}
    choice = known_on_for_client(vault, client, data, today)
    if choice.known_on is not None:
        engine_part["known_on"] = choice.known_on.isoformat()
    try:
        terms, _ = parse_terms(engine_part)
        return plan_exits(terms, today), choice
    except TermsError as exc:  # e.g. a term that ran out, with no fee unit to go on
        raise InvalidInput(str(exc)) from None
