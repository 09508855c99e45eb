"""The one-page exit plan of a client's chosen scenario, filled from the exit planner's view.

The dates come from ``exit_planner.client_exit_view`` (which asks ``exits_for_client``),
so the page shows what the planner and ``grenzen exits`` show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from grenzen.domain.exits.engine import ExitPlan, Scenario, SendBy
from grenzen.domain.exits.plan_sheet import (
    Evidence,
    PlanSheet,
    SendAdvice,
    default_letter_kind,
    plan_sheet_markdown,
    scenario_title,
)
from grenzen.services.letters import COOPERATION_DAYS  # the § 643 letter's deadline
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

SENDING_BASIS = "send_by"  # shown as the sheet's own "how to send" section instead


def _advice(send_by: SendBy | None) -> SendAdvice | None:
    if send_by is None:
        return None
    return SendAdvice(send_by.registered_letter, send_by.courier, send_by.email)


def dated_scenarios(plan: ExitPlan) -> list[Scenario]:
    """Available scenarios that carry a date, in the engine's order."""
    return [s for s in plan.scenarios if s.available and (s.ends_on or s.deadline)]


def default_scenario(plan: ExitPlan) -> str:
    """The first available scenario with a date; else the first available one."""
    dated = dated_scenarios(plan)
    if dated:
        return dated[0].id
    available = [s for s in plan.scenarios if s.available]
    return (available or plan.scenarios)[0].id


def _find(plan: ExitPlan, scenario_id: str) -> Scenario:
    for scenario in plan.scenarios:
        if scenario.id == scenario_id:
            return scenario
    known = ", ".join(s.id for s in plan.scenarios)
    raise InvalidInput(f"scenario: {scenario_id!r} is not a scenario here (use one of: {known})")


def exit_plan_sheet(
    vault: Vault, client: str, scenario_id: str | None, lang: str, today: dt.date
) -> PlanSheet:
    """The page's values for one scenario (``None``: the first one with a date)."""
    from grenzen.services.exit_planner import client_exit_view

    if lang not in ("de", "en"):
        raise InvalidInput(f"lang: unknown language {lang!r} (use de or en)")
    view = client_exit_view(vault, client, today)
    plan = view.plan
    scenario = _find(plan, scenario_id or default_scenario(plan))
    sheet = PlanSheet(
        client=view.client,
        today=today,
        scenario_id=scenario.id,
        scenario_title=scenario_title(scenario.id, lang),
        earliest_end=scenario.ends_on,
        practical_deadline=scenario.deadline,
        basis=tuple(m.render(lang) for m in scenario.basis if m.key != SENDING_BASIS),
        judgements=tuple(m.render(lang) for m in scenario.judgements),
        deliverables=tuple(view.open_deliverables),
        money=tuple(view.money.lines(lang)),
        letter_kind=default_letter_kind(scenario.id),
        disclaimer=plan.disclaimer.render(lang),
    )
    first = plan.ordinary.earliest
    if scenario.id == "ordinary_notice" and first is not None:
        return replace(
            sheet,
            earliest_end=first.ends_on,
            legal_deadline=first.legal_deadline,
            practical_deadline=first.practical_deadline,
            later_ends=tuple(c.ends_on for c in plan.ordinary.next_options),
            send_by=_advice(plan.ordinary.send_by),
        )
    extra = plan.extraordinary
    if scenario.id == "extraordinary" and extra is not None:
        return replace(
            sheet,
            ends_on_receipt=True,
            legal_deadline=extra.window_ends,
            practical_deadline=extra.safe_deadline,
            send_by=_advice(extra.send_by),
            evidence=tuple(
                Evidence(i.occurred_on, i.severity, i.text) for i in view.supporting_incidents
            ),
            warning_exists=view.warning_exists,
        )
    if scenario.id == "cooperation_deadline":
        return replace(sheet, own_deadline=today + dt.timedelta(days=COOPERATION_DAYS))
    return sheet


def exit_plan_markdown(
    vault: Vault, client: str, scenario_id: str | None, lang: str, today: dt.date
) -> str:
    """The one-page plan as Markdown (NotFound without client or contract)."""
    return plan_sheet_markdown(exit_plan_sheet(vault, client, scenario_id, lang, today), lang)
