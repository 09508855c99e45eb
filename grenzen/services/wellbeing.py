"""Wellbeing use cases: collect compliments, check in on energy, see the weeks side by side."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from grenzen.domain.clients import InvalidName, clean_name
from grenzen.domain.wellbeing import (
    Compliment,
    EnergyCheckin,
    InvalidWellbeing,
    WeekSummary,
    check_day,
    check_level,
    check_text,
    week_window,
    weekly_summaries,
)
from grenzen.services.errors import NotFound
from grenzen.storage import incidents_repo, wellbeing_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault


def _client_id(session: Session, client: str | None) -> int | None:
    """The client by name, created on first use as the journal does; blank means none."""
    if client is None or not client.strip():
        return None
    try:
        name = clean_name(client, "client")
    except InvalidName as exc:
        raise InvalidInput(str(exc)) from None
    return incidents_repo.ensure_client(session, name)


def _invalid(exc: InvalidWellbeing) -> InvalidInput:
    return InvalidInput(str(exc))


# --- compliments -------------------------------------------------------------------------


def add_compliment(
    vault: Vault,
    text: str,
    received_on: dt.date | None = None,
    from_whom: str | None = None,
    client: str | None = None,
    *,
    today: dt.date | None = None,
) -> int:
    """Keep a compliment or thanks to re-read in a hard moment; received today by default."""
    try:
        clean_text = check_text(text, "text", required=True)
        sender = check_text(from_whom, "from_whom")
        day = check_day(received_on, "received_on") or today or dt.date.today()
    except InvalidWellbeing as exc:
        raise _invalid(exc) from None
    assert clean_text is not None
    with vault.session() as session:
        return wellbeing_repo.add_compliment(
            session, clean_text, day, sender, _client_id(session, client)
        )


def list_compliments(vault: Vault, client_id: int | None = None) -> list[Compliment]:
    """All compliments (or one client's), newest first."""
    with vault.session() as session:
        return wellbeing_repo.list_compliments(session, client_id=client_id)


def delete_compliment(vault: Vault, compliment_id: int) -> Compliment:
    """Delete one and return it (for the undo message); NotFound if it is not there."""
    with vault.session() as session:
        deleted = wellbeing_repo.delete_compliment(session, compliment_id)
    if deleted is None:
        raise NotFound(f"id: there is no compliment {compliment_id}")
    return deleted


def random_compliment(vault: Vault, rng: random.Random | None = None) -> Compliment | None:
    """One compliment picked at random (the calm-down card), or None when there are none.

    Pass a seeded ``rng`` for a repeatable pick.
    """
    rng = rng or random.Random()
    with vault.session() as session:
        total = wellbeing_repo.count_compliments(session)
        if total == 0:
            return None
        return wellbeing_repo.compliment_at(session, rng.randrange(total))


# --- energy ------------------------------------------------------------------------------


def add_checkin(
    vault: Vault,
    level: int,
    note: str | None = None,
    client: str | None = None,
    checked_on: dt.date | None = None,
    *,
    today: dt.date | None = None,
) -> int:
    """Record how full the battery is, 0 (empty) to 10 (full); checked today by default."""
    try:
        valid_level = check_level(level)
        clean_note = check_text(note, "note")
        day = check_day(checked_on, "checked_on") or today or dt.date.today()
    except InvalidWellbeing as exc:
        raise _invalid(exc) from None
    with vault.session() as session:
        return wellbeing_repo.add_checkin(
            session, valid_level, day, clean_note, _client_id(session, client)
        )


def list_checkins(vault: Vault, since: dt.date | None = None) -> list[EnergyCheckin]:
    """Check-ins newest first, from ``since`` on (inclusive) when given."""
    try:
        since = check_day(since, "since")
    except InvalidWellbeing as exc:
        raise _invalid(exc) from None
    with vault.session() as session:
        return wellbeing_repo.list_checkins(session, since=since)


def delete_checkin(vault: Vault, checkin_id: int) -> EnergyCheckin:
    """Delete one check-in and return it; NotFound if it is not there."""
    with vault.session() as session:
        deleted = wellbeing_repo.delete_checkin(session, checkin_id)
    if deleted is None:
        raise NotFound(f"id: there is no energy check-in {checkin_id}")
    return deleted


def weekly_overview(
    vault: Vault, weeks: int = 12, today: dt.date | None = None
) -> list[WeekSummary]:
    """Energy and incidents per ISO week for the last ``weeks`` weeks, oldest first.

    The database sums up each week; empty weeks are filled in by the domain, so the chart
    shows a gap as a gap.
    """
    today = today or dt.date.today()
    try:
        first, last = week_window(weeks, today)
    except InvalidWellbeing as exc:
        raise _invalid(exc) from None
    with vault.session() as session:
        energy = wellbeing_repo.weekly_energy(session, first, last)
        incidents = wellbeing_repo.weekly_incidents(session, first, last)
    return weekly_summaries(energy, incidents, weeks, today)
