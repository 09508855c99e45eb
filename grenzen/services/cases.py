"""Case use cases: open a case, move it up the ladder, close it, and ask the coach."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from grenzen.domain.cases import CaseSummary, Stage
from grenzen.domain.coach import ladder
from grenzen.domain.coach.ladder import CaseState, StageStatus
from grenzen.domain.coach.recommend import CoachInput, Recommendation, cooling_off_until, recommend
from grenzen.services.errors import NotFound
from grenzen.storage import cases_repo, incidents_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

DEFAULT_COOLING_OFF = dt.timedelta(hours=24)


def list_cases(vault: Vault, client_id: int | None = None) -> list[CaseSummary]:
    with vault.session() as session:
        return cases_repo.list_cases(session, client_id)


def _now(now: dt.datetime | None) -> dt.datetime:
    moment = now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        raise InvalidInput("now: give a time with its offset, e.g. 2026-11-29T10:00:00+00:00")
    return moment.astimezone(dt.UTC)


def open_case(
    vault: Vault,
    client: str,
    title: str | None = None,
    incident_ids: Sequence[int] = (),
    now: dt.datetime | None = None,
) -> int:
    """A new case at "calm down"; the incidents named must belong to the same client."""
    opened = _now(now)
    with vault.session() as session:
        client_id = incidents_repo.ensure_client(session, client)
        owners = cases_repo.incident_clients(session, list(incident_ids))
        for incident_id in incident_ids:
            if incident_id not in owners:
                raise NotFound(f"incident: there is no incident {incident_id}")
            if owners[incident_id] != client_id:
                raise InvalidInput(f"incident: {incident_id} belongs to another client")
        name = title.strip() if title and title.strip() else f"{client.strip()} · {opened.date()}"
        case_id = cases_repo.create_case(session, client_id, name, opened)
        if incident_ids:
            cases_repo.attach_incidents(session, case_id, list(incident_ids))
        return case_id


def _state(session: Session, case_id: int) -> CaseState:
    state = cases_repo.case_state(session, case_id)
    if state is None:
        raise NotFound(f"case: there is no case {case_id}")
    return state


def mark_stage_done(
    vault: Vault,
    case_id: int,
    stage: Stage,
    review_date: dt.date | None = None,
    now: dt.datetime | None = None,
) -> CaseState:
    """Mark the current stage done (never skipping one); optionally set the review date."""
    with vault.session() as session:
        state = _state(session, case_id)
        try:
            state = ladder.mark_done(state, stage, _now(now))
        except ladder.LadderError as exc:
            raise InvalidInput(str(exc)) from None
        if review_date is not None:
            state = replace(state, review_date=review_date)
        cases_repo.save_state(session, state)
        return state


def close_case(
    vault: Vault, case_id: int, outcome: str, now: dt.datetime | None = None
) -> CaseState:
    with vault.session() as session:
        try:
            state = ladder.close(_state(session, case_id), outcome, _now(now))
        except ladder.LadderError as exc:
            raise InvalidInput(str(exc)) from None
        cases_repo.save_state(session, state)
        return state


@dataclass(frozen=True, slots=True)
class CaseView:
    """What the coach shows for a case at a moment."""

    state: CaseState
    title: str
    client: str
    statuses: list[tuple[Stage, StageStatus]]
    recommendations: list[Recommendation]
    not_before: dt.datetime | None
    incident_ids: list[int]


def coach_view(
    vault: Vault,
    case_id: int,
    now: dt.datetime | None = None,
    cooling_off: dt.timedelta = DEFAULT_COOLING_OFF,
) -> CaseView:
    moment = _now(now)
    with vault.session() as session:
        state = _state(session, case_id)
        title, client = cases_repo.case_title(session, case_id)
        case_incidents = cases_repo.incident_facts(session, case_id=case_id)
        coach_input = CoachInput(
            case=state,
            case_incidents=case_incidents,
            client_incidents=cases_repo.incident_facts(session, client_id=state.client_id),
            energy_levels=cases_repo.energy_levels(session),
            open_cases=cases_repo.open_case_count(session),
            user_texts=tuple(
                cases_repo.case_answers_texts(session, case_id)
                + cases_repo.incident_notes(session, case_id)
            ),
            now=moment,
            cooling_off=cooling_off,
        )
    until = cooling_off_until(coach_input)
    not_before = until if until is not None and until > moment else None
    return CaseView(
        state=state,
        title=title,
        client=client,
        statuses=ladder.stage_statuses(state, not_before, moment),
        recommendations=recommend(coach_input),
        not_before=not_before,
        incident_ids=[fact.id for fact in case_incidents],
    )


def stage_answers(vault: Vault, case_id: int, stage: Stage) -> dict[str, Any]:
    """What the user wrote on a stage page (question key → text or value)."""
    with vault.session() as session:
        _state(session, case_id)
        return cases_repo.stage_answers(session, case_id, stage)


def save_stage_answers(vault: Vault, case_id: int, stage: Stage, answers: dict[str, Any]) -> None:
    """Saved as the user types; values must be JSON (text, numbers, booleans, lists)."""
    with vault.session() as session:
        _state(session, case_id)
        cases_repo.save_stage_answers(session, case_id, stage, answers)


def case_summary(vault: Vault, case_id: int) -> CaseSummary:
    for case in list_cases(vault):
        if case.id == case_id:
            return case
    raise NotFound(f"case: there is no case {case_id}")
