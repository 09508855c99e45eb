"""Letter use cases: a draft filled from the vault, kept while the user edits, exported.

The facts come from the same places the exit planner uses (``exits_for_client``), so a
letter names the dates the planner shows. An edited draft wins over the template until
the user resets it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grenzen.domain.exits.engine import ExitPlan
from grenzen.domain.letters import (
    LETTER_KINDS,
    LetterFacts,
    UnknownLetter,
    draft_letter,
    hard_line_breaks,
    print_markdown,
)
from grenzen.services.errors import NotFound
from grenzen.storage import incidents_repo, letters_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

COOPERATION_DAYS = 14  # a reasonable deadline to start from; the user can change it
EXPORT_FORMATS = ("md", "pdf")
MAX_TEXT = 200_000

_POSTCODE_CITY = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+(?P<city>\S.*)$")


@dataclass(frozen=True, slots=True)
class Sender:
    name: str = ""
    address: str = ""
    email: str = ""
    place: str = ""


@dataclass(frozen=True, slots=True)
class LetterDraftView:
    """The text to show, whether it is the user's saved draft, and the facts behind it."""

    client: str
    kind: str
    lang: str
    text: str
    is_saved_draft: bool
    facts: LetterFacts


def _check(kind: str, lang: str) -> None:
    if kind not in LETTER_KINDS:
        known = ", ".join(LETTER_KINDS)
        raise InvalidInput(f"kind: unknown letter kind {kind!r} (use one of: {known})")
    if lang not in ("de", "en"):
        raise InvalidInput(f"lang: unknown language {lang!r} (use de or en)")


def _client_id(vault: Vault, client: str) -> int:
    with vault.session() as session:
        found = incidents_repo.client_id_by_name(session, client)
    if found is None:
        raise NotFound(f"client: there is no client named {client!r}")
    return found


# --- sender and recipient ----------------------------------------------------------------


def sender(vault: Vault) -> Sender:
    with vault.session() as session:
        return Sender(**letters_repo.sender(session))


def set_sender(
    vault: Vault, name: str, address: str, email: str, place: str | None = None
) -> Sender:
    """Store the user's details for letters; ``place`` None keeps the stored place."""
    with vault.session() as session:
        stored = letters_repo.sender(session)
        values = {
            "name": name.strip(),
            "address": address.strip(),
            "email": email.strip(),
            "place": stored["place"] if place is None else place.strip(),
        }
        letters_repo.set_sender(session, values)
    return Sender(**values)


def client_address(vault: Vault, client: str) -> str:
    client_id = _client_id(vault, client)
    with vault.session() as session:
        return letters_repo.client_address(session, client_id) or ""


def set_client_address(vault: Vault, client: str, address: str) -> None:
    client_id = _client_id(vault, client)
    with vault.session() as session:
        letters_repo.set_client_address(session, client_id, address.strip() or None)


def place_of(details: Sender) -> str | None:
    """The place for the date line: as given, else the town in the address's last line."""
    if details.place.strip():
        return details.place.strip()
    lines = [line.strip() for line in details.address.splitlines() if line.strip()]
    match = _POSTCODE_CITY.match(lines[-1]) if lines else None
    return match.group("city") if match else None


# --- facts -------------------------------------------------------------------------------


def _end_of_next_month(today: dt.date) -> dt.date:
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _plan(vault: Vault, client: str, today: dt.date) -> ExitPlan | None:
    from grenzen.services.contracts import exits_for_client

    try:
        return exits_for_client(vault, client, today)
    except InvalidInput:  # no contract, or terms the engine cannot plan: placeholders
        return None


def _contract(vault: Vault, client: str) -> dict[str, Any]:
    from grenzen.services.contracts import contract_of

    try:
        return contract_of(vault, client)
    except NotFound:
        return {}


def _ordinary_end(plan: ExitPlan) -> dt.date | None:
    if plan.ordinary.earliest is not None:
        return plan.ordinary.earliest.ends_on
    return plan.any_time.ends_on if plan.any_time is not None else None


def _term_end(plan: ExitPlan) -> dt.date | None:
    for scenario in plan.scenarios:
        if scenario.id == "let_run_out" and scenario.ends_on is not None:
            return scenario.ends_on
    return plan.ordinary.ends_on


def letter_facts(vault: Vault, client: str, kind: str, today: dt.date) -> LetterFacts:
    """What the vault knows for this letter; unknown facts stay None (placeholders)."""
    _check(kind, "de")
    client_id = _client_id(vault, client)
    with vault.session() as session:
        details = Sender(**letters_repo.sender(session))
        address = letters_repo.client_address(session, client_id)
    contract = _contract(vault, client)
    plan = _plan(vault, client, today) if contract else None
    start = contract.get("start")
    ordinary_end = _ordinary_end(plan) if plan else None
    ends_on = _term_end(plan) if plan and kind == "not_renewing" else ordinary_end
    proposed = _end_of_next_month(today)
    if ordinary_end is not None and ordinary_end < proposed:
        proposed = ordinary_end
    return LetterFacts(
        today=today,
        sender_name=details.name or None,
        sender_address=details.address or None,
        sender_email=details.email or None,
        place=place_of(details),
        client_name=client,
        client_address=address,
        contract_start=dt.date.fromisoformat(start) if start else None,
        contract_type=contract.get("type"),
        ends_on=ends_on,
        known_on=plan.extraordinary.known_on if plan and plan.extraordinary else None,
        cooperation_deadline=today + dt.timedelta(days=COOPERATION_DAYS),
        proposed_end=proposed,
        form=contract.get("form"),
        has_term=bool(contract.get("term")),
    )


# --- drafts ------------------------------------------------------------------------------


def template_text(vault: Vault, client: str, kind: str, lang: str, today: dt.date) -> str:
    """The letter as Grenzen writes it from the vault's facts, ignoring any saved draft."""
    _check(kind, lang)
    try:
        return draft_letter(kind, letter_facts(vault, client, kind, today), lang)
    except UnknownLetter as exc:
        raise InvalidInput(str(exc)) from None


def letter_text(vault: Vault, client: str, kind: str, lang: str, today: dt.date) -> LetterDraftView:
    """The saved draft if there is one, else the template."""
    _check(kind, lang)
    facts = letter_facts(vault, client, kind, today)
    client_id = _client_id(vault, client)
    with vault.session() as session:
        saved = letters_repo.get_draft(session, client_id, kind, lang)
    text = saved if saved is not None else draft_letter(kind, facts, lang)
    return LetterDraftView(client, kind, lang, text, saved is not None, facts)


def save_draft(vault: Vault, client: str, kind: str, lang: str, text: str) -> None:
    _check(kind, lang)
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"text: the letter is too long (at most {MAX_TEXT} characters)")
    client_id = _client_id(vault, client)
    with vault.session() as session:
        letters_repo.save_draft(session, client_id, kind, lang, text)


def has_draft(vault: Vault, client: str, kind: str, lang: str) -> bool:
    _check(kind, lang)
    client_id = _client_id(vault, client)
    with vault.session() as session:
        return letters_repo.get_draft(session, client_id, kind, lang) is not None


def reset_draft(vault: Vault, client: str, kind: str, lang: str) -> bool:
    """Forget the edited draft, so the template shows again; True if there was one."""
    _check(kind, lang)
    client_id = _client_id(vault, client)
    with vault.session() as session:
        return letters_repo.delete_draft(session, client_id, kind, lang)


# --- export ------------------------------------------------------------------------------


def export_letter(text: str, path: Path | str, fmt: str) -> Path:
    """Write the letter as Markdown or an A4 PDF, readable by the user alone (not encrypted).

    Line breaks are kept as written (address lines stay apart).
    """
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(f"format: unknown format {fmt!r} (use md or pdf)")
    from grenzen.exports import dossier_files

    if fmt == "md":
        return dossier_files.write_markdown(hard_line_breaks(text), path)
    return dossier_files.write_pdf(print_markdown(text), path)
