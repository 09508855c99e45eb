"""Contract use cases: store a client's terms, and plan the exits from them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from grenzen.domain.exits.engine import ExitPlan, plan_exits
from grenzen.domain.exits.terms import TermsError, parse_terms
from grenzen.services.errors import NotFound
from grenzen.storage import contracts_repo, incidents_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

# Keys a stored contract may carry beyond what the exit engine reads.
STORED_ONLY_KEYS = frozenset({"deliverables", "fee_amount", "payment_interval", "notes"})


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
    for key in ("fee_amount",):
        if data.get(key) is not None and not isinstance(data[key], int | float):
            raise InvalidInput(f"{key}: expected a number")
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


def exits_for_client(vault: Vault, client: str, today: dt.date) -> ExitPlan:
    data = contract_of(vault, client)
    terms, _ = parse_terms({k: v for k, v in data.items() if k not in STORED_ONLY_KEYS})
    return plan_exits(terms, today)
