"""``grenzen exits --client --json`` and the app's exit planner view show the same dates.

The vault is filled through the command line; the view is computed in-process on the
same vault afterwards. The § 626 window comes from a logged incident, not the contract.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from grenzen.domain.exits.report import plan_to_json
from grenzen.services.exit_planner import client_exit_view
from grenzen.storage.vault import Vault

CLIENT = "Brenneke & Sohr KG"
CONTRACT = {
    "type": "service",
    "state": "NW",
    "start": "2026-03-01",
    "fee_unit": "month",
    "term": {"months": 12},
    "renewal": {"months": 12},
    "notice": {"amount": 3, "unit": "months", "to": "term_end"},
    "form": "written",
    "fee_amount": 2500,
    "payment_interval": "monthly",
}


@pytest.fixture
def folder(run_cli, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    assert run_cli(folder, "init").returncode == 0
    contract = tmp_path / "contract.json"
    contract.write_text(json.dumps(CONTRACT), encoding="utf-8")
    result = run_cli(folder, "contract", "set", "--client", CLIENT, "--json", str(contract))
    assert result.returncode == 0, result.stderr
    result = run_cli(
        folder, "log", "--client", CLIENT, "--text", "Vor allen als unfähig bezeichnet",
        "--severity", "5", "--level", "relationship", "--occurred", "2028-11-20",
        "--learned", "2028-11-22",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return folder


@pytest.mark.parametrize("today", ["2028-11-23", "2028-12-01", "2028-12-07", "2029-01-10"])
def test_cli_and_view_agree_on_every_date(run_cli, folder: Path, today: str) -> None:
    result = run_cli(
        folder, "exits", "--client", CLIENT, "--today", today, "--json", "--lang", "de"
    )
    assert result.returncode == 0, result.stderr
    from_cli = json.loads(result.stdout)
    with Vault.unlock(folder, run_cli.passphrase) as vault:
        view = client_exit_view(vault, CLIENT, dt.date.fromisoformat(today))
    assert plan_to_json(view.plan, "de") == from_cli
    window_open = today <= "2028-12-06"
    assert (from_cli["extraordinary"] is not None) is window_open
    assert view.known_on_source == ("incident" if window_open else "none")
    if window_open:
        assert from_cli["extraordinary"]["known_on"] == "2028-11-22"
        assert from_cli["extraordinary"]["window_ends"] == "2028-12-06"
        assert [s.text for s in view.supporting_incidents] == ["Vor allen als unfähig bezeichnet"]


def test_stored_only_keys_are_refused_on_the_command_line(
    run_cli, folder: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(CONTRACT | {"payment_interval": "daily"}), encoding="utf-8")
    result = run_cli(folder, "contract", "set", "--client", CLIENT, "--json", str(bad))
    assert result.returncode == 2
    assert run_cli.one_line(result.stderr).startswith("grenzen: payment_interval")
