"""Listing cases (the journal's case filter reads this)."""

from __future__ import annotations

import datetime as dt

from grenzen.domain.cases import Stage
from grenzen.domain.incidents import IncidentDraft
from grenzen.services import journal
from grenzen.services.cases import list_cases
from grenzen.storage import incidents_repo
from grenzen.storage import models as m
from grenzen.storage.vault import Vault


def _case(vault: Vault, client: str, title: str, *, closed: bool = False) -> int:
    with vault.session() as session:
        client_id = incidents_repo.ensure_client(session, client)
        now = dt.datetime.now(dt.UTC)
        case = m.Case(
            client_id=client_id,
            title=title,
            stage=Stage.CLARIFY.value,
            closed_at=now if closed else None,
            outcome="settled" if closed else None,
        )
        session.add(case)
        session.flush()
        return case.id


def test_open_cases_come_first_with_their_incident_counts(vault: Vault) -> None:
    settled = _case(vault, "Müller GmbH", "Ton im Weekly", closed=True)
    open_case = _case(vault, "Müller GmbH", "Nachtschicht-Mails")
    other = _case(vault, "Beta AG", "Rechnungen")
    for _ in range(2):
        journal.log_incident(
            vault, IncidentDraft(client="Müller GmbH", text="schon wieder", case_id=open_case)
        )
    cases = list_cases(vault)
    assert [c.id for c in cases] == [other, open_case, settled]
    by_id = {c.id: c for c in cases}
    assert by_id[open_case].incident_count == 2
    assert by_id[open_case].stage is Stage.CLARIFY
    assert by_id[open_case].is_open
    assert not by_id[settled].is_open
    assert by_id[settled].client == "Müller GmbH"
    client_id = by_id[other].client_id
    assert [c.id for c in list_cases(vault, client_id)] == [other]


def test_stage_answers_are_saved_per_stage(vault: Vault) -> None:
    from grenzen.services.cases import open_case, save_stage_answers, stage_answers

    case_id = open_case(vault, "Müller GmbH", "Ton")
    save_stage_answers(vault, case_id, Stage.CALM_DOWN, {"self_check": "müde", "after": 4})
    save_stage_answers(vault, case_id, Stage.CLARIFY, {"observation": "Sie sagte „Müll“."})
    save_stage_answers(vault, case_id, Stage.CALM_DOWN, {"self_check": "müde und gereizt"})
    assert stage_answers(vault, case_id, Stage.CALM_DOWN) == {"self_check": "müde und gereizt"}
    assert stage_answers(vault, case_id, Stage.CLARIFY) == {"observation": "Sie sagte „Müll“."}
    assert stage_answers(vault, case_id, Stage.ESCALATE) == {}
