"""Client and people use cases: list, add, rename, archive, merge."""

from __future__ import annotations

from sqlalchemy.orm import Session

from grenzen.domain.clients import (
    Client,
    InvalidName,
    MergeResult,
    Person,
    clean_name,
    clean_optional,
)
from grenzen.services.errors import NotFound
from grenzen.storage import clients_repo as repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault


def _name(value: str | None, field_name: str = "name") -> str:
    try:
        return clean_name(value, field_name)
    except InvalidName as exc:
        raise InvalidInput(str(exc)) from None


def _optional(value: str | None, field_name: str) -> str | None:
    try:
        return clean_optional(value, field_name)
    except InvalidName as exc:
        raise InvalidInput(str(exc)) from None


def _client(session: Session, client_id: int, field_name: str = "client_id") -> Client:
    found = repo.get_client(session, client_id)
    if found is None:
        raise NotFound(f"{field_name}: there is no client {client_id}")
    return found


def _person(session: Session, person_id: int, field_name: str = "person_id") -> Person:
    found = repo.get_person(session, person_id)
    if found is None:
        raise NotFound(f"{field_name}: there is no person {person_id}")
    return found


def _distinct(source_id: int, target_id: int) -> None:
    if source_id == target_id:
        raise InvalidInput("target_id: cannot merge something into itself")


# --- clients -----------------------------------------------------------------------------


def list_clients(vault: Vault, include_archived: bool = False) -> list[Client]:
    """Clients by name as German readers sort them ("Ärger" with the A's)."""
    with vault.session() as session:
        return repo.list_clients(session, include_archived=include_archived)


def get_client(vault: Vault, client_id: int) -> Client:
    with vault.session() as session:
        return _client(session, client_id)


def add_client(vault: Vault, name: str, notes: str | None = None) -> int:
    """A new client; refuses a name another client has (ignoring case)."""
    name = _name(name)
    with vault.session() as session:
        if repo.client_name_taken(session, name):
            raise InvalidInput(f"name: there is already a client named {name!r}")
        return repo.add_client(session, name, notes or None)


def rename_client(vault: Vault, client_id: int, new_name: str) -> Client:
    """Rename; a name in use by another client is refused (merge them instead)."""
    name = _name(new_name)
    with vault.session() as session:
        _client(session, client_id)
        if repo.client_name_taken(session, name, except_id=client_id):
            raise InvalidInput(
                f"name: there is already a client named {name!r} (merge the two instead)"
            )
        repo.set_client_fields(session, client_id, name=name)
        return _client(session, client_id)


def set_client_notes(vault: Vault, client_id: int, notes: str | None) -> Client:
    """Free notes about the client (blank clears them)."""
    with vault.session() as session:
        _client(session, client_id)
        repo.set_client_fields(session, client_id, notes=notes if notes and notes.strip() else None)
        return _client(session, client_id)


def archive_client(vault: Vault, client_id: int, archived: bool = True) -> Client:
    """Hide a former client from lists and pickers; its history stays (``False`` undoes)."""
    with vault.session() as session:
        _client(session, client_id)
        repo.set_client_fields(session, client_id, archived=archived)
        return _client(session, client_id)


def merge_clients(vault: Vault, source_id: int, target_id: int) -> MergeResult:
    """Make two clients one: everything of ``source`` moves to ``target``, then ``source``
    is deleted. People of the same name (ignoring case) become one person."""
    _distinct(source_id, target_id)
    with vault.session() as session:
        _client(session, source_id, "source_id")
        _client(session, target_id, "target_id")
        return repo.merge_clients(session, source_id, target_id)


# --- people ------------------------------------------------------------------------------


def list_people(
    vault: Vault, client_id: int | None = None, include_archived: bool = False
) -> list[Person]:
    """One client's people, or everyone's (grouped by client); archived ones only if asked."""
    with vault.session() as session:
        if client_id is not None:
            _client(session, client_id)
        return repo.list_people(session, client_id, include_archived=include_archived)


def get_person(vault: Vault, person_id: int) -> Person:
    with vault.session() as session:
        return _person(session, person_id)


def add_person(vault: Vault, client_id: int, name: str, role: str | None = None) -> int:
    """A new person on the client's side; refuses a name the client already has."""
    name = _name(name)
    role = _optional(role, "role")
    with vault.session() as session:
        _client(session, client_id)
        if repo.person_name_taken(session, client_id, name):
            raise InvalidInput(f"name: this client already has a person named {name!r}")
        return repo.add_person(session, client_id, name, role)


def rename_person(vault: Vault, person_id: int, new_name: str) -> Person:
    name = _name(new_name)
    with vault.session() as session:
        person = _person(session, person_id)
        if repo.person_name_taken(session, person.client_id, name, except_id=person_id):
            raise InvalidInput(
                f"name: this client already has a person named {name!r} (merge the two instead)"
            )
        repo.set_person_fields(session, person_id, name=name)
        return _person(session, person_id)


def set_person_role(vault: Vault, person_id: int, role: str | None) -> Person:
    """The person's role ("Projektleiterin"); blank clears it."""
    role = _optional(role, "role")
    with vault.session() as session:
        _person(session, person_id)
        repo.set_person_fields(session, person_id, role=role)
        return _person(session, person_id)


def archive_person(vault: Vault, person_id: int, archived: bool = True) -> Person:
    with vault.session() as session:
        _person(session, person_id)
        repo.set_person_fields(session, person_id, archived=archived)
        return _person(session, person_id)


def merge_people(vault: Vault, source_id: int, target_id: int) -> MergeResult:
    """Make two people of one client one: the source's incidents move to the target, a role
    the target lacks is kept, and the source is deleted."""
    _distinct(source_id, target_id)
    with vault.session() as session:
        source = _person(session, source_id, "source_id")
        target = _person(session, target_id, "target_id")
        if source.client_id != target.client_id:
            raise InvalidInput(
                "target_id: these people work for different clients; merge the clients first"
            )
        return repo.merge_people(session, source_id, target_id)
