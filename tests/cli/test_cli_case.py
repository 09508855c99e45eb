"""``grenzen case``: the names, JSON keys and exit codes that scripts rely on."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

STAGES = ["calm_down", "clarify", "set_boundaries", "escalate", "move_on"]
ACTIONS = {
    "calm_down", "clarify", "set_boundaries", "culture_check", "escalate", "move_on",
    "plan_exit", "zero_based_question",
}  # fmt: skip


@pytest.fixture
def vault(run_cli, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    assert run_cli(folder, "init").returncode == 0
    return folder


def _log(run_cli, folder: Path, *extra: str) -> int:
    result = run_cli(folder, "log", "--client", "Müller GmbH", "--text", "Das ist Müll.", *extra)
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


def _show(run_cli, folder: Path, case_id: int, now: dt.datetime) -> dict:
    result = run_cli(
        folder, "case", "show", str(case_id), "--json", "--lang", "en", "--now", now.isoformat()
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_case_walks_up_the_ladder_and_respects_the_cooling_off(run_cli, vault: Path) -> None:
    first = _log(run_cli, vault, "--person", "Frau Weiß")
    opened = run_cli(vault, "case", "open", "--client", "Müller GmbH", "--incident", str(first))
    assert opened.returncode == 0, opened.stderr
    case_id = int(opened.stdout)
    now = dt.datetime.now(dt.UTC)

    shown = _show(run_cli, vault, case_id, now)
    assert shown["stage"] == "calm_down"
    assert [s["stage"] for s in shown["stages"]] == STAGES
    assert [s["status"] for s in shown["stages"]][:2] == ["current", "ahead"]
    assert shown["incidents"] == [first]
    actions = [r["action"] for r in shown["recommendations"]]
    assert actions[0] == "calm_down"
    assert set(actions) <= ACTIONS
    assert all(r["reason"] for r in shown["recommendations"])

    for stage in ("calm_down", "clarify"):
        done = run_cli(vault, "case", "done", str(case_id), stage)
        assert done.returncode == 0, done.stderr
    skipped = run_cli(vault, "case", "done", str(case_id), "move_on")
    assert skipped.returncode == 2
    assert "set_boundaries" in run_cli.one_line(skipped.stderr)

    again = _log(run_cli, vault, "--case", str(case_id), "--level", "relationship")
    now = dt.datetime.now(dt.UTC)
    shown = _show(run_cli, vault, case_id, now)
    assert shown["stage"] == "set_boundaries"
    assert again in shown["incidents"]
    [boundary] = [r for r in shown["recommendations"] if r["action"] == "set_boundaries"]
    assert boundary["not_before"] is not None, "not from the peak: cooling-off first"
    not_before = dt.datetime.fromisoformat(boundary["not_before"])
    assert dt.timedelta(hours=23) < not_before - now <= dt.timedelta(hours=24)
    statuses = {s["stage"]: s["status"] for s in shown["stages"]}
    assert statuses["set_boundaries"] == "not_yet"
    assert statuses["clarify"] == "done"

    later = _show(run_cli, vault, case_id, now + dt.timedelta(hours=25))
    [boundary] = [r for r in later["recommendations"] if r["action"] == "set_boundaries"]
    assert boundary["not_before"] is None
    assert {s["stage"]: s["status"] for s in later["stages"]}["set_boundaries"] == "current"


def test_review_date_is_stored_and_cases_are_listed(run_cli, vault: Path) -> None:
    case_id = int(run_cli(vault, "case", "open", "--client", "Beta AG", "--title", "Ton").stdout)
    done = run_cli(vault, "case", "done", str(case_id), "calm_down", "--review-date", "2027-01-15")
    assert done.returncode == 0, done.stderr
    shown = _show(run_cli, vault, case_id, dt.datetime.now(dt.UTC))
    assert shown["review_date"] == "2027-01-15"
    listed = json.loads(run_cli(vault, "case", "list", "--json").stdout)
    assert listed["cases"][0]["title"] == "Ton"
    closed = run_cli(vault, "case", "close", str(case_id), "--outcome", "settled")
    assert closed.returncode == 0, closed.stderr
    shown = _show(run_cli, vault, case_id, dt.datetime.now(dt.UTC))
    assert shown["closed"] is True
    assert shown["outcome"] == "settled"
    assert [r for r in shown["recommendations"] if r["action"] in STAGES] == []


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("case", "show", "999"), "case"),
        (("case", "done", "999", "calm_down"), "case"),
        (("case", "done", "1", "sleep"), "stage"),
        (("case", "show", "1", "--now", "2026-11-29T10:00"), "--now"),
        (("case", "open", "--client", "A", "--incident", "12345"), "incident"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    run_cli, vault: Path, args: tuple[str, ...], named: str
) -> None:
    result = run_cli(vault, *args)
    assert result.returncode == 2
    assert named in run_cli.one_line(result.stderr)
