"""The official exit cases (contracts.md §7, ``cases/exits.json``) and bad input, via the CLI.

``tests/data/exits.json`` is a verbatim copy of the shared cases, so the suite runs on its
own; when the shared folder sits next to the repository, its current cases run as well,
so new shared cases are picked up without copying.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exit_checks import assert_subset

from grenzen.cli.main import main

LOCAL_CASES = Path(__file__).resolve().parents[2] / "data" / "exits.json"
SHARED_CASES = Path(__file__).resolve().parents[3].parent / "shared/domain/cases/exits.json"


def run_cli(tmp_path: Path, contract_text: str, today: str = "2026-11-23") -> int:
    path = tmp_path / "contract.json"
    path.write_text(contract_text, encoding="utf-8")
    return main(["exits", "--contract", str(path), "--today", today, "--json", "--lang", "en"])


def check_case(case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_cli(tmp_path, json.dumps(case["contract"]), case["today"])
    captured = capsys.readouterr()
    assert code == 0, f"{case['id']}: exit status {code}; stderr: {captured.err}"
    assert_subset(case["expected"], json.loads(captured.out), case["id"])


def _load(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))


def test_local_copy_is_not_empty() -> None:
    cases = _load(LOCAL_CASES)
    assert len(cases) >= 8
    assert len({case["id"] for case in cases}) == len(cases)


@pytest.mark.parametrize("case", _load(LOCAL_CASES), ids=lambda case: case["id"])
def test_official_case(
    case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_case(case, tmp_path, capsys)


def test_current_shared_cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not SHARED_CASES.exists():
        pytest.skip(f"no shared cases next to the repository ({SHARED_CASES} does not exist)")
    cases = _load(SHARED_CASES)
    assert cases, f"{SHARED_CASES} holds no cases"
    failures = []
    for index, case in enumerate(cases):
        folder = tmp_path / f"case{index}"
        folder.mkdir()
        try:
            check_case(case, folder, capsys)
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)


SERVICE = {"type": "service", "state": "BE", "start": "2025-01-01", "fee_unit": "month"}
WORK = {"type": "work", "state": "BE", "start": "2026-01-01", "fee_total": 1000}
CLAUSE = {"amount": 1, "unit": "months", "to": "month_end"}

BAD_INPUT = [
    ("unknown-type", json.dumps({**SERVICE, "type": "rental"}), "type"),
    ("unknown-state", json.dumps({**SERVICE, "state": "XX"}), "state"),
    ("impossible-start", json.dumps({**SERVICE, "start": "2026-02-30"}), "start"),
    ("missing-start", json.dumps({k: v for k, v in SERVICE.items() if k != "start"}), "start"),
    (
        "notice-unit-years",
        json.dumps({**SERVICE, "notice": {**CLAUSE, "unit": "years"}}),
        "notice.unit",
    ),
    (
        "notice-to-week-end",
        json.dumps({**SERVICE, "notice": {**CLAUSE, "to": "week_end"}}),
        "notice.to",
    ),
    ("term-zero-months", json.dumps({**SERVICE, "term": {"months": 0}}), "term"),
    ("progress-above-one", json.dumps({**WORK, "progress": 1.5}), "progress"),
    ("not-json", '{"type": "service", "start": ', "contract"),
]


@pytest.mark.parametrize(
    ("contract_text", "key"),
    [pytest.param(text, key, id=case_id) for case_id, text, key in BAD_INPUT],
)
def test_bad_input_exit_2_one_line(
    contract_text: str, key: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_cli(tmp_path, contract_text)
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert key in lines[0], f"the error does not name {key!r}: {lines[0]}"
