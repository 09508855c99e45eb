"""Deadline use cases: every client's upcoming dates, the next one, and calendar files.

Each client's plan comes from ``contracts.exits_for_client`` — the same call behind
``grenzen exits --client`` and the exit planner page — so the dashboard, the status bar,
the calendar and the command line always show the same dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from grenzen.domain.exits.deadlines import (
    ClientRef,
    Deadline,
    OpenDeliverable,
    UnknownScenario,
    deadlines_for_client,
    deliverables_from_json,
    events_for_deadlines,
    events_for_scenario,
    sort_deadlines,
    within,
)
from grenzen.exports.ics import calendar_bytes
from grenzen.services.contracts import exits_for_client
from grenzen.services.errors import NotFound
from grenzen.storage import clients_repo, contracts_repo, incidents_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

CALENDAR_NAMES = {"de": "Grenzen – Fristen", "en": "Grenzen – deadlines"}


def _check_within(within_days: int | None) -> None:
    if within_days is not None and within_days < 0:
        raise InvalidInput(f"within: expected a number of days ≥ 0, got {within_days}")


def _with_contracts(vault: Vault) -> list[tuple[ClientRef, list[OpenDeliverable]]]:
    """Non-archived clients that have a contract, by name, with their deliverables."""
    found = []
    with vault.session() as session:
        for client in clients_repo.list_clients(session):
            data = contracts_repo.contract_json(session, client.id)
            if data is not None:
                ref = ClientRef(client.id, client.name)
                found.append((ref, deliverables_from_json(data.get("deliverables"))))
    return found


def _one_client(vault: Vault, client: str) -> tuple[ClientRef, list[OpenDeliverable]]:
    with vault.session() as session:
        client_id = incidents_repo.client_id_by_name(session, client)
        if client_id is None:
            raise NotFound(f"client: there is no client named {client!r}")
        found = clients_repo.get_client(session, client_id)
        data = contracts_repo.contract_json(session, client_id)
    if data is None:
        raise NotFound(f"client: {client!r} has no contract yet (grenzen contract set)")
    name = found.name if found is not None else client
    return ClientRef(client_id, name), deliverables_from_json(data.get("deliverables"))


def client_deadlines(vault: Vault, client: str, today: dt.date) -> list[Deadline]:
    """One client's upcoming dates, sorted by urgency."""
    ref, deliverables = _one_client(vault, client)
    return deadlines_for_client(ref, exits_for_client(vault, ref.name, today), deliverables)


@dataclass(frozen=True, slots=True)
class DeadlineOverview:
    """What the dashboard and ``grenzen deadlines`` show, and why a client may be missing."""

    deadlines: list[Deadline]
    has_contracts: bool
    problems: list[tuple[str, str]]  # (client, one-line message) of contracts not planned


def deadline_overview(
    vault: Vault, today: dt.date, within_days: int | None = None
) -> DeadlineOverview:
    """All non-archived clients' dates from ``today`` on (at most ``within_days`` away).

    A contract the engine cannot plan on ``today`` (e.g. a term that ran out with no fee
    unit to go on) is reported, not allowed to hide every other client's dates.
    """
    _check_within(within_days)
    found: list[Deadline] = []
    problems: list[tuple[str, str]] = []
    clients = _with_contracts(vault)
    for ref, deliverables in clients:
        try:
            plan = exits_for_client(vault, ref.name, today)
        except InvalidInput as exc:
            problems.append((ref.name, str(exc)))
            continue
        found += deadlines_for_client(ref, plan, deliverables)
    return DeadlineOverview(
        deadlines=within(sort_deadlines(found), within_days),
        has_contracts=bool(clients),
        problems=problems,
    )


def upcoming_deadlines(
    vault: Vault, today: dt.date, within_days: int | None = None
) -> list[Deadline]:
    """All non-archived clients' dates from ``today`` on, most urgent first."""
    return deadline_overview(vault, today, within_days).deadlines


def next_deadline(vault: Vault, today: dt.date) -> Deadline | None:
    """The most urgent upcoming date of all clients (for the status bar), or None."""
    upcoming = upcoming_deadlines(vault, today)
    return upcoming[0] if upcoming else None


def calendar_for_client(
    vault: Vault,
    client: str,
    today: dt.date,
    lang: str,
    scenario_id: str | None = None,
    *,
    now: dt.datetime | None = None,
) -> bytes:
    """An .ics with the client's dates — all of them, or one exit scenario's."""
    ref, deliverables = _one_client(vault, client)
    plan = exits_for_client(vault, ref.name, today)
    if scenario_id is None:
        events = events_for_deadlines(deadlines_for_client(ref, plan, deliverables), lang)
    else:
        try:
            events = events_for_scenario(ref, plan, scenario_id, deliverables, lang)
        except UnknownScenario as exc:
            raise InvalidInput(str(exc)) from None
    return calendar_bytes(events, vault.vault_id, name=CALENDAR_NAMES[lang], now=now)


def calendar_for_deadlines(
    vault: Vault,
    today: dt.date,
    lang: str,
    within_days: int | None = None,
    *,
    now: dt.datetime | None = None,
) -> bytes:
    """An .ics with every client's upcoming dates (at most ``within_days`` away)."""
    return deadlines_calendar(vault, upcoming_deadlines(vault, today, within_days), lang, now=now)


def deadlines_calendar(
    vault: Vault, deadlines: list[Deadline], lang: str, *, now: dt.datetime | None = None
) -> bytes:
    """An .ics for deadlines already looked up (the command line prints and exports them)."""
    events = events_for_deadlines(deadlines, lang)
    return calendar_bytes(events, vault.vault_id, name=CALENDAR_NAMES[lang], now=now)
