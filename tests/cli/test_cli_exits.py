"""``grenzen contract set`` and ``grenzen exits --client``: stored terms give the same dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HAMBURG = {
    "type": "service",
    "state": "HH",
    "start": "2025-02-01",
    "fee_unit": "month",
    "notice": {"amount": 3, "unit": "months", "to": "month_end"},
    "known_on": "2028-09-25",
}
STORED_EXTRAS = {
    "fee_amount": 4200,
    "payment_interval": "monthly",
    "deliverables": [{"what": "Relaunch-Konzept für Müller", "due_on": "2028-11-15"}],
}


@pytest.fixture
def vault_with_contract(run_cli, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    assert run_cli(folder, "init").returncode == 0
    contract = tmp_path / "contract.json"
    contract.write_text(json.dumps(HAMBURG | STORED_EXTRAS), encoding="utf-8")
    result = run_cli(folder, "contract", "set", "--client", "Müller GmbH", "--json", str(contract))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().isdigit()
    return folder


def test_stored_contract_gives_the_same_dates_as_the_file(
    run_cli, vault_with_contract: Path, tmp_path: Path
) -> None:
    contract = tmp_path / "terms.json"
    contract.write_text(json.dumps(HAMBURG), encoding="utf-8")
    common = ("--today", "2028-10-02", "--json", "--lang", "en")
    from_file = run_cli(vault_with_contract, "exits", "--contract", str(contract), *common)
    stored = run_cli(vault_with_contract, "exits", "--client", "Müller GmbH", *common)
    assert from_file.returncode == stored.returncode == 0, stored.stderr
    assert json.loads(from_file.stdout) == json.loads(stored.stdout)
    plan = json.loads(stored.stdout)
    assert plan["ordinary"]["ends_on"] == "2029-01-31"
    assert plan["ordinary"]["practical_deadline"] == "2028-10-30"  # 31.10. Reformationstag
    assert plan["extraordinary"]["window_ends"] == "2028-10-09"


def test_contract_show_round_trips_the_stored_terms(run_cli, vault_with_contract: Path) -> None:
    shown = json.loads(
        run_cli(vault_with_contract, "contract", "show", "--client", "Müller GmbH").stdout
    )
    assert {k: shown[k] for k in HAMBURG} == HAMBURG
    assert shown["fee_amount"] == 4200
    assert shown["deliverables"][0]["what"] == "Relaunch-Konzept für Müller"


def test_text_summary_in_german_names_dates_basis_and_disclaimer(
    run_cli, vault_with_contract: Path
) -> None:
    result = run_cli(
        vault_with_contract, "exits", "--client", "Müller GmbH", "--today", "2028-10-02",
        "--lang", "de",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "31.01.2029" in result.stdout
    assert "30.10.2028" in result.stdout
    assert "Kündigungsklausel" in result.stdout
    assert "keine Rechtsberatung" in result.stdout


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("exits", "--client", "Niemand GmbH"), "client"),
        (("exits",), "--contract"),
        (("exits", "--contract", "x.json", "--client", "A"), "--contract"),
    ],
)
def test_exits_usage_errors_are_one_line(
    run_cli, vault_with_contract: Path, args: tuple[str, ...], named: str
) -> None:
    result = run_cli(vault_with_contract, *args)
    assert result.returncode == 2
    assert named in run_cli.one_line(result.stderr)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"state": "XX"}, "state"),
        ({"notice": {"amount": 3, "unit": "years", "to": "month_end"}}, "notice.unit"),
        ({"deliverables": [{"due_on": "2028-01-01"}]}, "deliverables[0].what"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_contract_set_refuses_bad_terms(
    run_cli, vault_with_contract: Path, tmp_path: Path, change: dict[str, object], named: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(HAMBURG | change), encoding="utf-8")
    result = run_cli(vault_with_contract, "contract", "set", "--client", "A", "--json", str(bad))
    assert result.returncode == 2
    assert run_cli.one_line(result.stderr).startswith(f"grenzen: {named}")
