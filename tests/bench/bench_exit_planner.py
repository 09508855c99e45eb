"""Benchmark the exit planner on a large vault: all deadlines, one client's view, the table
of client value. Not a test (pytest ignores tests/bench): run it from the repository root.

    python tests/bench/bench_exit_planner.py --incidents 100000 --keep /tmp/grenzen-bench-exit

The vault is filled by ``fill_demo`` (ten clients with contracts, invoices and check-ins)
and kept in ``--keep DIR`` for later runs. The fast test KDF is used: unlocking is not
what is measured. Prints medians over ``--repeat`` runs in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("GRENZEN_TEST_FAST_KDF", "1")

from grenzen.services.clients import list_clients
from grenzen.services.deadlines import next_deadline, upcoming_deadlines
from grenzen.services.demo import fill_demo
from grenzen.services.exit_planner import client_exit_view
from grenzen.services.value import value_table
from grenzen.storage.vault import Vault

PASSPHRASE = "Fristen im Blick behalten"
TODAY = dt.date(2026, 11, 29)


def median_ms(action: Callable[[], Any], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def open_vault(folder: Path, incidents: int) -> Vault:
    if Vault.exists(folder):
        return Vault.unlock(folder, PASSPHRASE)
    vault, _ = Vault.create(folder, PASSPHRASE)
    started = time.perf_counter()
    fill_demo(vault, incidents=incidents, seed=7, today=TODAY)
    print(f"filled {incidents} incidents in {time.perf_counter() - started:.1f} s")
    return vault


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="vault folder to reuse between runs")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp()) / "vault"
    with open_vault(folder, args.incidents) as vault:
        clients = [c.name for c in list_clients(vault)]
        busiest = max(list_clients(vault), key=lambda c: c.incident_count)
        print(
            f"{args.incidents} incidents, {len(clients)} clients; busiest: {busiest.name} "
            f"({busiest.incident_count} incidents)"
        )
        figures = {
            "all deadlines (dashboard)": lambda: upcoming_deadlines(vault, TODAY),
            "next deadline (status bar)": lambda: next_deadline(vault, TODAY),
            "exit view, busiest client": lambda: client_exit_view(vault, busiest.name, TODAY),
            "client value table": lambda: value_table(vault, TODAY),
        }
        for name, action in figures.items():
            print(f"{name:<30} {median_ms(action, args.repeat):8.1f} ms")


if __name__ == "__main__":
    main()
