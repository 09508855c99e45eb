"""A client's contract: stored as typed columns, read and written as contracts.md §7 JSON.

Each client has one current contract (the newest); setting it again updates it in place
so deliverables and history stay attached.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from grenzen.storage import models as m

_PLAIN_COLUMNS = (
    "type", "country", "state", "fee_unit", "fee_amount", "payment_interval",
    "higher_services_trust", "fee_total", "progress", "notes",
)  # fmt: skip


def current_contract(session: Session, client_id: int) -> m.Contract | None:
    return session.scalar(
        select(m.Contract).where(m.Contract.client_id == client_id).order_by(m.Contract.id.desc())
    )


def contract_json(session: Session, client_id: int) -> dict[str, Any] | None:
    """The client's current contract as §7 JSON (plus deliverables), or None."""
    row = current_contract(session, client_id)
    if row is None:
        return None
    data: dict[str, Any] = {"start": row.start.isoformat()}
    for name in _PLAIN_COLUMNS:
        value = getattr(row, name)
        if value is not None and not (name == "higher_services_trust" and value is False):
            data[name] = value
    if row.notice_form:
        data["form"] = row.notice_form
    if row.term_months:
        data["term"] = {"months": row.term_months}
    if row.renewal_months:
        data["renewal"] = {"months": row.renewal_months}
    if row.notice_amount is not None and row.notice_unit and row.notice_to:
        data["notice"] = {
            "amount": row.notice_amount,
            "unit": row.notice_unit,
            "to": row.notice_to,
        }
    if row.known_on:
        data["known_on"] = row.known_on.isoformat()
    data["deliverables"] = [
        {
            "what": d.what,
            "due_on": d.due_on.isoformat() if d.due_on else None,
            "done": d.done,
        }
        for d in row.deliverables
    ]
    return data


def save_contract(
    session: Session,
    client_id: int,
    data: dict[str, Any],
    deliverables: list[tuple[str, dt.date | None, bool]] | None,
) -> int:
    """Create or update the client's current contract from validated §7 JSON."""
    row = current_contract(session, client_id)
    if row is None:
        row = m.Contract(client_id=client_id)
        session.add(row)
    for name in _PLAIN_COLUMNS:
        default = False if name == "higher_services_trust" else None
        setattr(row, name, data.get(name, "DE" if name == "country" else default))
    row.start = dt.date.fromisoformat(data["start"])
    row.notice_form = data.get("form")
    row.term_months = (data.get("term") or {}).get("months")
    row.renewal_months = (data.get("renewal") or {}).get("months")
    notice = data.get("notice") or {}
    row.notice_amount = notice.get("amount")
    row.notice_unit = notice.get("unit")
    row.notice_to = notice.get("to")
    row.known_on = dt.date.fromisoformat(data["known_on"]) if data.get("known_on") else None
    if deliverables is not None:
        row.deliverables = [
            m.Deliverable(what=what, due_on=due_on, done=done, position=position)
            for position, (what, due_on, done) in enumerate(deliverables)
        ]
    session.flush()
    return row.id
