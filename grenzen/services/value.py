"""Client value use cases: invoices, the value table, the dream-client profile, the
zero-based question. The figures' rules live in ``grenzen.domain.value``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from grenzen.domain.clients import InvalidName, clean_name, name_key
from grenzen.domain.value import (
    ClientValue,
    Criterion,
    CriterionMatch,
    EnergyTally,
    IncidentTally,
    InvalidValue,
    Invoice,
    MatchCounts,
    Period,
    ZeroBasedAnswer,
    check_answer,
    check_day,
    check_hours,
    check_invoice_dates,
    check_measure,
    check_text,
    client_value,
    count_matches,
    default_since,
    has_data,
    latest_answers,
    match_client,
    parse_amount,
)
from grenzen.services.errors import NotFound
from grenzen.storage import incidents_repo, value_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

DESCRIPTION_KEY = "dream_profile.description"
REFLECTION_KEY = "dream_profile.reflection"

T = TypeVar("T")


class _Unset:
    """Marks an argument that was not given (None means "clear it")."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


def _checked(check: Callable[[], T]) -> T:
    try:
        return check()
    except (InvalidValue, InvalidName) as exc:
        raise InvalidInput(str(exc)) from None


def _client_name(client: str) -> str:
    return _checked(lambda: clean_name(client, "client"))


def _existing_client(session: Session, client: str) -> int:
    client_id = incidents_repo.client_id_by_name(session, _client_name(client))
    if client_id is None:
        raise NotFound(f"client: there is no client named {client!r}")
    return client_id


# --- the table ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One client in the value table: figures, profile match, newest zero-based answer."""

    value: ClientValue
    archived: bool
    matches: tuple[CriterionMatch, ...]
    counts: MatchCounts
    zero_based: ZeroBasedAnswer | None

    @property
    def client(self) -> str:
        return self.value.client


@dataclass(frozen=True, slots=True)
class ValueTable:
    today: dt.date
    since: dt.date | None  # None: all time
    rows: tuple[ClientRow, ...]  # by revenue, highest first
    criteria: tuple[Criterion, ...]

    def row(self, client: str) -> ClientRow | None:
        return next((r for r in self.rows if r.client == client), None)


def value_table(
    vault: Vault, today: dt.date, since: dt.date | None = None, *, all_time: bool = False
) -> ValueTable:
    """Every client's figures over the period, sorted by revenue (highest first).

    ``since`` defaults to twelve months before ``today``; ``all_time`` ignores it. Current
    clients are always listed (to enter a first invoice); archived ones only when something
    of theirs falls into the period or is still unpaid.
    """
    today = _checked(lambda: check_day(today, "today", required=True))
    assert today is not None
    if all_time:
        since = None
    else:
        since = _checked(lambda: check_day(since, "since")) or default_since(today)
        if since > today:
            raise InvalidInput("since: is after today")
    period = Period(since, today)
    with vault.session() as session:
        clients = value_repo.clients(session)
        invoices = value_repo.list_invoices(session, until=today)
        incidents = value_repo.incident_tallies(session, period)
        energy, overall = value_repo.energy_tallies(session, period)
        criteria = tuple(value_repo.list_criteria(session))
        ticks = value_repo.all_ticks(session)
        answers = [a for a in value_repo.list_answers(session) if a.asked_on <= today]
        latest = latest_answers(answers)
    by_client: dict[int, list[Invoice]] = {}
    for invoice in invoices:
        by_client.setdefault(invoice.client_id, []).append(invoice)
    rows = []
    for client_id, name, archived in clients:
        value = client_value(
            client_id,
            name,
            by_client.get(client_id, ()),
            incidents.get(client_id, IncidentTally()),
            energy.get(client_id, EnergyTally()),
            overall,
            period,
        )
        if archived and not has_data(value):
            continue
        matches = match_client(criteria, value, ticks.get(client_id, {}))
        rows.append(
            ClientRow(value, archived, matches, count_matches(matches), latest.get(client_id))
        )
    rows.sort(key=lambda r: (-r.value.revenue_cents, name_key(r.client), r.client))
    return ValueTable(today, since, tuple(rows), criteria)


# --- invoices ----------------------------------------------------------------------------


def _text(value: object, field_name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InvalidValue(field_name, f"must be text, got {value!r}")
    return value


def _invoice_fields(
    amount: object,
    invoice_date: object,
    hours: object,
    due_date: object,
    paid_date: object,
    note: object,
) -> dict[str, Any]:
    def check() -> dict[str, Any]:
        issued = check_day(invoice_date, "invoice_date", required=True)
        assert issued is not None
        due = check_day(due_date, "due_date")
        paid = check_day(paid_date, "paid_date")
        check_invoice_dates(issued, due, paid)
        return {
            "amount_cents": parse_amount(amount),
            "invoice_date": issued,
            "hours": check_hours(hours),
            "due_date": due,
            "paid_date": paid,
            "note": check_text(_text(note, "note"), "note"),
        }

    return _checked(check)


def add_invoice(
    vault: Vault,
    client: str,
    amount: object,
    invoice_date: dt.date,
    hours: object = None,
    due_date: dt.date | None = None,
    paid_date: dt.date | None = None,
    note: str | None = None,
) -> int:
    """Record an invoice (amount in euros, kept exact in cents); the client is created on
    first use, as the journal does."""
    fields = _invoice_fields(amount, invoice_date, hours, due_date, paid_date, note)
    name = _client_name(client)
    with vault.session() as session:
        client_id = incidents_repo.ensure_client(session, name)
        return value_repo.add_invoice(session, client_id, **fields)


def get_invoice(vault: Vault, invoice_id: int) -> Invoice:
    with vault.session() as session:
        found = value_repo.get_invoice(session, invoice_id)
    if found is None:
        raise NotFound(f"id: there is no invoice {invoice_id}")
    return found


def update_invoice(
    vault: Vault,
    invoice_id: int,
    *,
    client: str = UNSET,
    amount: object = UNSET,
    invoice_date: dt.date = UNSET,
    hours: object = UNSET,
    due_date: dt.date | None = UNSET,
    paid_date: dt.date | None = UNSET,
    note: str | None = UNSET,
) -> Invoice:
    """Change what is given (None clears an optional field); returns the invoice as saved."""
    with vault.session() as session:
        before = value_repo.get_invoice(session, invoice_id)
        if before is None:
            raise NotFound(f"id: there is no invoice {invoice_id}")

        def pick(new: Any, old: Any) -> Any:
            return old if new is UNSET else new

        fields = _invoice_fields(
            pick(amount, f"{before.amount_cents / 100:.2f}"),
            pick(invoice_date, before.invoice_date),
            pick(hours, before.hours),
            pick(due_date, before.due_date),
            pick(paid_date, before.paid_date),
            pick(note, before.note),
        )
        if client is not UNSET:
            fields["client_id"] = incidents_repo.ensure_client(session, _client_name(client))
        value_repo.update_invoice(session, invoice_id, **fields)
        after = value_repo.get_invoice(session, invoice_id)
    assert after is not None
    return after


def mark_paid(vault: Vault, invoice_id: int, paid_on: dt.date | None) -> Invoice:
    """Note the day the money arrived (None: not paid after all)."""
    return update_invoice(vault, invoice_id, paid_date=paid_on)


def delete_invoice(vault: Vault, invoice_id: int) -> Invoice:
    """Delete one invoice and return it, so the UI can offer undo."""
    with vault.session() as session:
        deleted = value_repo.delete_invoice(session, invoice_id)
    if deleted is None:
        raise NotFound(f"id: there is no invoice {invoice_id}")
    return deleted


def restore_invoice(vault: Vault, invoice: Invoice) -> int:
    """Put a deleted invoice back under its old id (undo); the client must still exist."""
    with vault.session() as session:
        if value_repo.invoice_exists(session, invoice.id):
            raise InvalidInput(f"id: invoice {invoice.id} exists already")
        if all(cid != invoice.client_id for cid, _, _ in value_repo.clients(session)):
            raise NotFound(f"client: there is no client named {invoice.client!r}")
        return value_repo.add_invoice(
            session,
            invoice.client_id,
            invoice.amount_cents,
            invoice.invoice_date,
            invoice.hours,
            invoice.due_date,
            invoice.paid_date,
            invoice.note,
            invoice_id=invoice.id,
        )


def invoices_of(vault: Vault, client: str) -> list[Invoice]:
    """One client's invoices, newest first (NotFound if there is no such client)."""
    with vault.session() as session:
        client_id = _existing_client(session, client)
        return value_repo.list_invoices(session, client_id=client_id)


def list_invoices(vault: Vault) -> list[Invoice]:
    """All invoices, newest first."""
    with vault.session() as session:
        return value_repo.list_invoices(session)


# --- the dream-client profile ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DreamProfile:
    description: str
    reflection: str
    criteria: tuple[Criterion, ...]


def dream_profile(vault: Vault) -> DreamProfile:
    with vault.session() as session:
        texts = value_repo.get_settings(session, (DESCRIPTION_KEY, REFLECTION_KEY))
        criteria = tuple(value_repo.list_criteria(session))
    return DreamProfile(
        str(texts.get(DESCRIPTION_KEY) or ""), str(texts.get(REFLECTION_KEY) or ""), criteria
    )


def set_profile_texts(
    vault: Vault, description: str | None = UNSET, reflection: str | None = UNSET
) -> None:
    """Save the profile's free texts (what is given; blank clears)."""
    values = {}
    if description is not UNSET:
        values[DESCRIPTION_KEY] = _checked(lambda: check_text(description, "description"))
    if reflection is not UNSET:
        values[REFLECTION_KEY] = _checked(lambda: check_text(reflection, "reflection"))
    with vault.session() as session:
        for key, value in values.items():
            value_repo.set_setting(session, key, value)


def add_criterion(
    vault: Vault, text: str, measure: str | None = None, threshold: float | None = None
) -> int:
    """Add a line to the profile; with a measure it is judged from the figures."""
    clean = _checked(lambda: check_text(text, "text", required=True))
    kind, value = _checked(lambda: check_measure(measure, threshold))
    with vault.session() as session:
        return value_repo.add_criterion(session, clean or "", kind.value if kind else None, value)


def update_criterion(
    vault: Vault,
    criterion_id: int,
    *,
    text: str = UNSET,
    measure: str | None = UNSET,
    threshold: float | None = UNSET,
) -> Criterion:
    """Change what is given; a measure and its threshold are checked together."""
    with vault.session() as session:
        before = value_repo.get_criterion(session, criterion_id)
        if before is None:
            raise NotFound(f"id: there is no criterion {criterion_id}")
        values: dict[str, Any] = {}
        if text is not UNSET:
            values["text"] = _checked(lambda: check_text(text, "text", required=True))
        if measure is not UNSET or threshold is not UNSET:
            new_measure = before.measure if measure is UNSET else measure
            new_threshold = before.threshold if threshold is UNSET else threshold
            kind, value = _checked(lambda: check_measure(new_measure, new_threshold))
            values["measure"] = kind.value if kind else None
            values["threshold"] = value
        value_repo.update_criterion(session, criterion_id, **values)
        after = value_repo.get_criterion(session, criterion_id)
    assert after is not None
    return after


def remove_criterion(vault: Vault, criterion_id: int) -> None:
    with vault.session() as session:
        if not value_repo.remove_criterion(session, criterion_id):
            raise NotFound(f"id: there is no criterion {criterion_id}")


def set_match(vault: Vault, client: str, criterion_id: int, matches: bool | None) -> None:
    """The user's own ✓ (True), ✗ (False) or "not yet judged" (None) for a written line."""
    if matches is not None and not isinstance(matches, bool):
        raise InvalidInput(f"matches: must be true, false or none, got {matches!r}")
    with vault.session() as session:
        client_id = _existing_client(session, client)
        criterion = value_repo.get_criterion(session, criterion_id)
        if criterion is None:
            raise NotFound(f"criterion_id: there is no criterion {criterion_id}")
        if criterion.measured:
            raise InvalidInput("criterion_id: is judged from the figures, not ticked")
        value_repo.set_tick(session, client_id, criterion_id, matches)


# --- the zero-based question -------------------------------------------------------------


def answer_zero_based(
    vault: Vault, client: str, answer: str, note: str | None, asked_on: dt.date
) -> int:
    """Keep one more answer; earlier ones stay, so the history shows how it changed."""
    kind = _checked(lambda: check_answer(answer))
    clean_note = _checked(lambda: check_text(note, "note"))
    day = _checked(lambda: check_day(asked_on, "asked_on", required=True))
    assert day is not None
    with vault.session() as session:
        client_id = _existing_client(session, client)
        return value_repo.add_answer(session, client_id, day, kind.value, clean_note)


def zero_based_history(vault: Vault, client: str) -> list[ZeroBasedAnswer]:
    """A client's answers, newest first."""
    with vault.session() as session:
        return value_repo.list_answers(session, client_id=_existing_client(session, client))
