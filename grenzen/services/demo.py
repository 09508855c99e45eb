"""Fill a vault with German sample data: for trying the app out and for benchmarks.

Adding demo data to a vault that already holds data appends: a demo client whose name is
taken gets a numbered suffix ("Brauhaus Schäumling GmbH (2)"), so the user's own clients
and earlier demo runs are never touched or merged. Everything is written in one
transaction: an interrupted run leaves the vault as it was.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from grenzen.domain.demo_texts import build_plan, generate_incidents, unique_name
from grenzen.storage import demo_repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

COUNT_KEYS = (
    "clients",
    "people",
    "contracts",
    "deliverables",
    "cases",
    "incidents",
    "energy",
    "compliments",
    "value_entries",
)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many rows of each kind were added (keys in COUNT_KEYS order)."""

    counts: dict[str, int]


def fill_demo(
    vault: Vault, incidents: int, seed: int = 1, today: dt.date | None = None
) -> DemoSummary:
    """Add clients, contracts, cases, ``incidents`` incidents and the rest of a demo year.

    The same ``seed`` and ``today`` give the same data; ``today`` also fixes the
    recorded times, so tests are repeatable.
    """
    if incidents < 0:
        raise InvalidInput("incidents: must not be negative")
    if today is None:
        today, now = dt.date.today(), dt.datetime.now(dt.UTC)
    else:
        now = dt.datetime.combine(today, dt.time(23, 59), tzinfo=dt.UTC)
    rng = random.Random(seed)
    plan = build_plan(rng, today)
    with vault.session() as session:
        taken = demo_repo.client_names(session)
        names = []
        for client in plan.clients:
            names.append(unique_name(client.name, taken))
            taken.add(names[-1])
        ids, counts = demo_repo.add_plan(session, plan, names)
        counts["incidents"] = demo_repo.insert_incidents(
            session, generate_incidents(rng, plan, incidents, now), ids
        )
    return DemoSummary({key: counts[key] for key in COUNT_KEYS})
