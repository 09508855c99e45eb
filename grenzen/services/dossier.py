"""Dossier use cases: gather a case's or a client's record and render it as Markdown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from grenzen.domain.cases import Stage
from grenzen.domain.dossier import (
    CaseRecord,
    Dossier,
    DossierEntry,
    SentRecord,
    StageRecord,
    build_markdown,
)
from grenzen.domain.incidents import Incident
from grenzen.services import cases, journal
from grenzen.storage.vault import Vault


def _entry(incident: Incident) -> DossierEntry:
    return DossierEntry(
        day=incident.occurred_on,
        kind="incident",
        text=incident.text,
        person=incident.person,
        severity=incident.severity,
        level=incident.level.value,
        quote=incident.quote,
    )


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _sent(vault: Vault, case_id: int) -> tuple[SentRecord, ...]:
    records: list[SentRecord] = []
    boundaries = cases.stage_answers(vault, case_id, Stage.SET_BOUNDARIES)
    statements = [s for s in boundaries.get("sent_statements") or [] if isinstance(s, dict)]
    for item in statements:
        on = str(item.get("on", ""))
        records.append(SentRecord(_day(on), "statement", item.get("text"), on))
    if not statements and boundaries.get("statement_sent_on"):
        on = str(boundaries["statement_sent_on"])
        records.append(SentRecord(_day(on), "statement", None, on))
    escalate = cases.stage_answers(vault, case_id, Stage.ESCALATE)
    if escalate.get("complaint_sent_on"):
        on = str(escalate["complaint_sent_on"])
        letter = escalate.get("complaint_sent")
        text = letter.get("text") if isinstance(letter, dict) else None
        records.append(SentRecord(_day(on), "complaint", text, on))
    return tuple(records)


def _case_record(vault: Vault, case_id: int) -> tuple[CaseRecord, str, list[int]]:
    view = cases.coach_view(vault, case_id)
    state = view.state
    record = CaseRecord(
        title=view.title,
        opened_on=state.opened_at.date(),
        stages=tuple(StageRecord(s.value, when.date()) for s, when in state.done.items()),
        sent=_sent(vault, case_id),
        outcome=state.outcome,
        closed_on=state.closed_at.date() if state.closed_at else None,
    )
    return record, view.client, view.incident_ids


def case_dossier(vault: Vault, case_id: int, lang: str = "en", redact: bool = False) -> str:
    record, client, ids = _case_record(vault, case_id)
    entries = tuple(_entry(i) for i in journal.incidents_by_ids(vault, ids))
    dossier = Dossier(title=record.title, client=client, entries=entries, cases=(record,))
    return build_markdown(dossier, lang, redact)


def client_dossier(vault: Vault, client: str, lang: str = "en", redact: bool = False) -> str:
    flt = journal.client_filter(vault, client)
    ids = journal.incident_ids(vault, flt)
    entries = tuple(_entry(i) for i in journal.incidents_by_ids(vault, ids))
    records = tuple(
        _case_record(vault, summary.id)[0]
        for summary in sorted(cases.list_cases(vault, flt.client_id), key=lambda c: c.opened_at)
    )
    name = client.strip()
    dossier = Dossier(title=name, client=name, entries=entries, cases=records)
    return build_markdown(dossier, lang, redact)
