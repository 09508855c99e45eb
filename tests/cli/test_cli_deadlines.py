"""``grenzen deadlines`` and ``grenzen exits --client --ics``: sorted, agreeing, exported."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

TODAY = "2028-10-02"
KIND_ORDER = ["extraordinary", "notice", "renewal", "deliverable", "term_end"]
CONTRACTS: dict[str, dict[str, Any]] = {
    "Müller GmbH": {
        "type": "service",
        "state": "HH",
        "start": "2025-02-01",
        "fee_unit": "month",
        "notice": {"amount": 3, "unit": "months", "to": "month_end"},
        "known_on": "2028-09-25",
        "fee_amount": 4200,
        "deliverables": [{"what": "Relaunch-Konzept", "due_on": "2028-11-15"}],
    },
    "Bäckerei Schulz": {
        "type": "service",
        "state": "BY",
        "start": "2026-04-01",
        "fee_unit": "month",
        "term": {"months": 36},
        "renewal": {"months": 12},
        "notice": {"amount": 3, "unit": "months", "to": "term_end"},
    },
    "Agentur Nord": {
        "type": "service",
        "state": "BE",
        "start": "2028-01-01",
        "fee_unit": "day",
        "term": {"months": 12},
    },
}


@pytest.fixture(scope="module")
def vault3(module_cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("deadlines")
    folder = base / "vault"
    assert module_cli(folder, "init").returncode == 0
    for index, (name, data) in enumerate(CONTRACTS.items()):
        path = base / f"contract{index}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        result = module_cli(folder, "contract", "set", "--client", name, "--json", str(path))
        assert result.returncode == 0, result.stderr
    return folder


def deadlines_json(cli, folder: Path, *args: str) -> dict[str, Any]:
    result = cli(folder, "deadlines", "--json", "--today", TODAY, "--lang", "en", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_lists_every_clients_deadlines_sorted(module_cli, vault3: Path) -> None:
    document = deadlines_json(module_cli, vault3)
    assert document["today"] == TODAY
    assert document["within_days"] is None
    assert "not legal advice" in document["disclaimer"]
    items = document["deadlines"]
    assert [(d["date"], d["kind"], d["client"]) for d in items] == [
        ("2028-10-09", "extraordinary", "Müller GmbH"),
        ("2028-10-30", "notice", "Müller GmbH"),
        ("2028-11-15", "deliverable", "Müller GmbH"),
        ("2028-12-29", "notice", "Bäckerei Schulz"),
        ("2028-12-31", "term_end", "Agentur Nord"),
        ("2029-04-01", "renewal", "Bäckerei Schulz"),
    ]
    keys = [(d["date"], KIND_ORDER.index(d["kind"]), d["client"]) for d in items]
    assert keys == sorted(keys)
    for item in items:
        assert set(item) == {
            "client", "kind", "date", "days_left", "urgent", "legal_deadline",
            "practical_deadline", "ends_on", "window_ends", "send_by", "summary", "basis",
        }  # fmt: skip
        assert item["urgent"] == (item["days_left"] <= 28)
        assert item["summary"]
        assert item["basis"]
    assert [d["days_left"] for d in items[:2]] == [7, 28]
    assert items[1]["send_by"] == {
        "registered_letter": "2028-10-25",
        "courier": "2028-10-30",
        "email": None,
    }


def test_agrees_with_exits_for_each_client(module_cli, vault3: Path) -> None:
    items = deadlines_json(module_cli, vault3)["deadlines"]
    for name in CONTRACTS:
        result = module_cli(
            vault3, "exits", "--client", name, "--json", "--today", TODAY, "--lang", "en"
        )
        assert result.returncode == 0, result.stderr
        plan = json.loads(result.stdout)
        mine = {d["kind"]: d for d in items if d["client"] == name}
        ordinary = plan["ordinary"]
        if ordinary["possible"]:
            notice = mine["notice"]
            assert notice["date"] == ordinary["practical_deadline"]
            assert notice["legal_deadline"] == ordinary["legal_deadline"]
            assert notice["practical_deadline"] == ordinary["practical_deadline"]
            assert notice["ends_on"] == ordinary["ends_on"]
            assert notice["send_by"] == ordinary["send_by"]
        else:
            assert "notice" not in mine
            assert mine["term_end"]["ends_on"] == ordinary["ends_on"]
        extra = plan["extraordinary"]
        if extra is not None and extra["open"]:
            assert mine["extraordinary"]["date"] == extra["safe_deadline"]
            assert mine["extraordinary"]["practical_deadline"] == extra["safe_deadline"]
            assert mine["extraordinary"]["window_ends"] == extra["window_ends"]
        else:
            assert "extraordinary" not in mine


def test_within_limits_the_list(module_cli, vault3: Path) -> None:
    document = deadlines_json(module_cli, vault3, "--within", "28")
    assert document["within_days"] == 28
    assert [d["days_left"] for d in document["deadlines"]] == [7, 28]
    assert deadlines_json(module_cli, vault3, "--within", "0")["deadlines"] == []
    bad = module_cli(vault3, "deadlines", "--within", "-3")
    assert bad.returncode == 2
    assert "within" in module_cli.one_line(bad.stderr)


def test_text_table_marks_urgent_rows_and_ends_with_the_disclaimer(
    module_cli, vault3: Path
) -> None:
    result = module_cli(vault3, "deadlines", "--today", TODAY, "--lang", "de")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "Fristen (Stand 02.10.2028)"
    rows = [line for line in lines if line[:1] in "! " and "2028" in line[:14]]
    assert [row.startswith("!") for row in rows[:3]] == [True, True, False]
    assert "09.10.2028" in rows[0]
    assert "Müller GmbH" in rows[0]
    assert "04.10.2028" in rows[0]  # send by (registered letter)
    assert "keine Rechtsberatung" in lines[-1]
    english = module_cli(vault3, "deadlines", "--today", TODAY, "--lang", "en", "--within", "5")
    assert "No deadlines in the next 5 days." in english.stdout
    assert "not legal advice" in english.stdout


def test_deadlines_ics_writes_a_private_calendar(module_cli, vault3: Path, tmp_path: Path) -> None:
    target = tmp_path / "fristen.ics"
    result = module_cli(
        vault3, "deadlines", "--today", TODAY, "--lang", "de", "--within", "60",
        "--ics", str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stderr
    assert "Fristen" in result.stdout  # the usual output still comes
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["DTSTART"].dt) for e in events] == ["2028-10-09", "2028-10-30", "2028-11-15"]
    for event in events:
        triggers = [a["TRIGGER"].dt.days for a in event.walk("VALARM")]
        assert triggers == [-28, -7, -1]
        assert "Müller" not in str(event["UID"])


def test_exits_client_ics_writes_the_clients_dates(
    module_cli, vault3: Path, tmp_path: Path
) -> None:
    target = tmp_path / "mueller.ics"
    result = module_cli(
        vault3, "exits", "--client", "Müller GmbH", "--today", TODAY, "--json",
        "--ics", str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)  # stdout stays the usual JSON
    assert plan["ordinary"]["ends_on"] == "2029-01-31"
    assert str(target) in result.stderr
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    starts = [str(e["DTSTART"].dt) for e in events]
    assert starts == [
        plan["extraordinary"]["safe_deadline"],
        plan["ordinary"]["practical_deadline"],
        "2028-11-15",
    ]
    assert all(len(list(e.walk("VALARM"))) == 3 for e in events)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # The same deadline has the same UID in the all-clients file.
    everything = tmp_path / "all.ics"
    module_cli(vault3, "deadlines", "--today", TODAY, "--ics", str(everything))
    all_uids = {str(e["UID"]) for e in Calendar.from_ical(everything.read_bytes()).walk("VEVENT")}
    assert {str(e["UID"]) for e in events} <= all_uids


def test_exits_ics_needs_a_client(module_cli, vault3: Path, tmp_path: Path) -> None:
    contract = tmp_path / "c.json"
    contract.write_text(json.dumps(CONTRACTS["Agentur Nord"]), encoding="utf-8")
    result = module_cli(
        vault3, "exits", "--contract", str(contract), "--ics", str(tmp_path / "x.ics")
    )
    assert result.returncode == 2
    assert "--client" in module_cli.one_line(result.stderr)
    assert not (tmp_path / "x.ics").exists()


def test_empty_vault_says_so_calmly(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    assert run_cli(folder, "init").returncode == 0
    result = run_cli(folder, "deadlines", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("No contract stored yet")
    assert len(result.stdout.strip().splitlines()) == 1
    document = json.loads(run_cli(folder, "deadlines", "--json").stdout)
    assert document["deadlines"] == []
