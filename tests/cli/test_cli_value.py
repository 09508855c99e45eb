"""``grenzen invoice`` and ``grenzen value``: exact figures in the JSON contract, errors exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CLIENT_KEYS = {
    "client",
    "revenue",
    "hours",
    "effective_rate",
    "days_late_avg",
    "open_amount",
    "invoices",
    "incidents",
    "relationship_incidents",
    "energy_avg",
    "energy_cost",
    "dream_match",
    "zero_based",
}


@pytest.fixture
def folder(run_cli, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    assert run_cli(folder, "init").returncode == 0
    return folder


def add(run_cli, folder: Path, *args: str) -> int:
    result = run_cli(folder, "invoice", "add", *args)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


def test_invoices_give_exact_figures_sorted_by_revenue(run_cli, folder: Path) -> None:
    first = add(
        run_cli, folder, "--client", "Müller GmbH", "--amount", "1234.50", "--date", "2026-01-05",
        "--due", "2026-01-19", "--paid", "2026-02-08", "--hours", "20",
    )  # fmt: skip
    add(
        run_cli, folder, "--client", "Müller GmbH", "--amount", "0.10", "--date", "2026-02-05",
        "--due", "2026-02-19", "--hours", "0.5", "--note", "Kleinkram",
    )  # fmt: skip
    add(run_cli, folder, "--client", "Kleine AG", "--amount", "5000", "--date", "2026-02-01")
    add(run_cli, folder, "--client", "Zwerg & Co", "--amount", "0,20", "--date", "2026-02-01")
    assert first == 1
    result = run_cli(folder, "value", "--json", "--today", "2026-03-01")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {k: doc[k] for k in ("today", "since", "currency")} == {
        "today": "2026-03-01",
        "since": "2025-03-01",
        "currency": "EUR",
    }
    assert [c["client"] for c in doc["clients"]] == ["Kleine AG", "Müller GmbH", "Zwerg & Co"]
    mueller = doc["clients"][1]
    assert set(mueller) == CLIENT_KEYS
    assert mueller == {
        "client": "Müller GmbH",
        "revenue": 1234.6,
        "hours": 20.5,
        "effective_rate": 60.22,  # 1234.60 € / 20.5 h
        "days_late_avg": 15.0,  # 20 days paid late, 10 days overdue and open: (20 + 10) / 2
        "open_amount": 0.1,
        "invoices": 2,
        "incidents": 0,
        "relationship_incidents": 0,
        "energy_avg": None,
        "energy_cost": None,
        "dream_match": {"yes": 0, "no": 0, "open": 0},
        "zero_based": None,
    }
    kleine = doc["clients"][0]
    assert (kleine["revenue"], kleine["hours"], kleine["effective_rate"]) == (5000.0, None, None)
    assert kleine["days_late_avg"] is None


def test_paid_list_and_period(run_cli, folder: Path) -> None:
    invoice = add(
        run_cli, folder, "--client", "Müller GmbH", "--amount", "100", "--date", "2025-01-10",
        "--due", "2025-01-24",
    )  # fmt: skip
    paid = run_cli(folder, "invoice", "paid", str(invoice), "--on", "2025-02-03")
    assert paid.returncode == 0, paid.stderr
    listed = json.loads(run_cli(folder, "invoice", "list", "--json").stdout)
    assert listed == [
        {
            "id": invoice,
            "client": "Müller GmbH",
            "amount": 100.0,
            "hours": None,
            "invoice_date": "2025-01-10",
            "due_date": "2025-01-24",
            "paid_date": "2025-02-03",
            "note": None,
        }
    ]
    text = run_cli(folder, "invoice", "list", "--client", "Müller GmbH").stdout
    assert "paid 2025-02-03" in text
    # Outside the last twelve months by default, inside with --since or --all-time.
    recent = json.loads(run_cli(folder, "value", "--json", "--today", "2026-06-01").stdout)
    assert recent["clients"][0]["revenue"] == 0
    since = run_cli(folder, "value", "--json", "--today", "2026-06-01", "--since", "2025-01-01")
    assert json.loads(since.stdout)["clients"][0]["days_late_avg"] == 10.0
    ever = json.loads(
        run_cli(folder, "value", "--json", "--today", "2026-06-01", "--all-time").stdout
    )
    assert ever["since"] is None
    assert ever["clients"][0]["revenue"] == 100.0


def test_text_table_is_aligned(run_cli, folder: Path) -> None:
    add(run_cli, folder, "--client", "Müller GmbH", "--amount", "1234.50", "--date", "2026-01-05")
    add(run_cli, folder, "--client", "A", "--amount", "12", "--date", "2026-01-05", "--hours", "1")
    result = run_cli(folder, "value", "--today", "2026-03-01")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("Client ") and "Revenue" in line)
    rows = [line for line in lines if line.startswith(("Müller GmbH", "A "))]
    assert len(rows) == 2
    assert rows[0].startswith("Müller GmbH")  # higher revenue first
    # Every column but the last ends where its heading ends ("–" is padded like a number).
    last = header.index("Again?")
    assert {len(row.rsplit("  ", 1)[0]) for row in rows} == {last - 2}
    for heading in ("Revenue", "€/h", "Energy"):
        end = header.index(heading) + len(heading)
        assert all(row[end - 1] != " " and row[end] == " " for row in rows), heading
    assert "1,234.50" in rows[0]


def test_empty_vault_explains_what_to_do(run_cli, folder: Path) -> None:
    result = run_cli(folder, "value")
    assert result.returncode == 0
    assert "grenzen invoice add" in result.stdout
    assert json.loads(run_cli(folder, "value", "--json").stdout)["clients"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("invoice", "add", "--client", "X", "--amount", "12.345", "--date", "2026-01-01"),
         "amount:"),
        (("invoice", "add", "--client", "X", "--amount", "-3", "--date", "2026-01-01"),
         "amount:"),
        (("invoice", "add", "--client", "X", "--amount", "3", "--date", "2026-13-01"),
         "not a date"),
        (("invoice", "add", "--client", "X", "--amount", "3", "--date", "2026-01-10",
          "--due", "2026-01-01"), "due_date:"),
        (("invoice", "add", "--client", "X", "--amount", "3", "--date", "2026-01-01",
          "--hours", "viele"), "hours:"),
        (("invoice", "add", "--client", " ", "--amount", "3", "--date", "2026-01-01"),
         "client:"),
        (("invoice", "paid", "42"), "id:"),
        (("invoice", "paid", "x"), "invalid int"),
        (("invoice", "list", "--client", "Niemand"), "client:"),
        (("value", "--today", "2026-01-01", "--since", "2026-02-01"), "since:"),
        (("value", "--since", "2026-02-01", "--all-time"), "not allowed"),
    ],
)  # fmt: skip
def test_errors_exit_2_with_one_line(run_cli, folder: Path, args, message: str) -> None:
    result = run_cli(folder, *args)
    assert result.returncode == 2
    assert message in run_cli.one_line(result.stderr)
    assert json.loads(run_cli(folder, "invoice", "list", "--json").stdout) == []
