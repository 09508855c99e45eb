"""Letter drafts, a client's postal address and the sender's details, all in the vault.

Drafts are kept per client, kind and language, so switching language never overwrites
what the user wrote in the other one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from grenzen.storage import models as m

SENDER_KEY = "letters.sender"
SENDER_FIELDS = ("name", "address", "email", "place")


def get_draft(session: Session, client_id: int, kind: str, lang: str) -> str | None:
    return session.scalar(
        select(m.LetterDraft.text).where(
            m.LetterDraft.client_id == client_id,
            m.LetterDraft.kind == kind,
            m.LetterDraft.lang == lang,
        )
    )


def save_draft(session: Session, client_id: int, kind: str, lang: str, text: str) -> None:
    """Create or replace the draft (one per client, kind and language)."""
    row = session.scalar(
        select(m.LetterDraft).where(
            m.LetterDraft.client_id == client_id,
            m.LetterDraft.kind == kind,
            m.LetterDraft.lang == lang,
        )
    )
    if row is None:
        session.add(m.LetterDraft(client_id=client_id, kind=kind, lang=lang, text=text))
    else:
        row.text = text
    session.flush()


def delete_draft(session: Session, client_id: int, kind: str, lang: str) -> bool:
    result = session.execute(
        delete(m.LetterDraft).where(
            m.LetterDraft.client_id == client_id,
            m.LetterDraft.kind == kind,
            m.LetterDraft.lang == lang,
        )
    )
    return bool(getattr(result, "rowcount", 0))


def client_address(session: Session, client_id: int) -> str | None:
    return session.scalar(select(m.Client.address).where(m.Client.id == client_id))


def set_client_address(session: Session, client_id: int, address: str | None) -> bool:
    row = session.get(m.Client, client_id)
    if row is None:
        return False
    row.address = address
    session.flush()
    return True


def get_setting(session: Session, key: str) -> Any:
    row = session.get(m.Setting, key)
    return None if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(m.Setting, key)
    if row is None:
        session.add(m.Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def sender(session: Session) -> dict[str, str]:
    """The sender's name, address, e-mail and place ("" where nothing is stored)."""
    stored = get_setting(session, SENDER_KEY)
    stored = stored if isinstance(stored, dict) else {}
    return {name: str(stored.get(name) or "") for name in SENDER_FIELDS}


def set_sender(session: Session, values: dict[str, str]) -> None:
    set_setting(session, SENDER_KEY, {name: values.get(name, "") for name in SENDER_FIELDS})
