"""``grenzen export`` and ``grenzen import`` as scripts run them: real subprocesses."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import CliRunner

JRNL_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "jrnl" / "sample.json"
TEXT = "Sie sagte: »Das ist nicht mein Problem.« Die Größe der Änderung 😤 שלום"


@pytest.fixture
def filled_vault(tmp_path: Path, run_cli: CliRunner) -> Path:
    """A vault with two incidents logged through the CLI."""
    folder = tmp_path / "source"
    assert run_cli(folder, "init").returncode == 0
    logged = run_cli(
        folder,
        "log",
        "--client",
        "Müller GmbH",
        "--person",
        "Frau Sommer",
        "--text",
        TEXT,
        "--quote",
        "Das ist nicht mein Problem.",
        "--occurred",
        "2026-11-03",
        "--tag",
        "ärger",
    )
    assert logged.returncode == 0, logged.stderr
    second = run_cli(folder, "log", "--client", "Schmidt & Söhne", "--text", "Abnahme verweigert")
    assert second.returncode == 0, second.stderr
    return folder


def test_export_warns_and_writes_a_private_file(
    tmp_path: Path, run_cli: CliRunner, filled_vault: Path
) -> None:
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    result = run_cli(filled_vault, "export", str(target), "--json")
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    assert str(target) in result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["export.json"]
    output = json.loads(result.stdout)
    assert output["file"] == str(target)
    assert output["counts"]["incidents"] == 2
    assert output["counts"]["clients"] == 2
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "grenzen-export"
    assert TEXT in target.read_text(encoding="utf-8")  # readable, not \u-escaped
    assert [i["description"] for i in document["incidents"]] == [TEXT, "Abnahme verweigert"]


def test_import_into_a_second_vault_and_again(
    tmp_path: Path, run_cli: CliRunner, filled_vault: Path, cli_temp: Path
) -> None:
    export = tmp_path / "export.json"
    assert run_cli(filled_vault, "export", str(export)).returncode == 0
    target = tmp_path / "target"
    assert run_cli(target, "init").returncode == 0

    first = run_cli(target, "import", str(export), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["format"] == "grenzen"
    assert report["imported"]["incidents"] == 2
    assert report["imported"]["people"] == 1
    assert report["skipped"] == []

    listed = json.loads(run_cli(target, "list", "--json").stdout)
    assert listed["total"] == 2
    incident = next(i for i in listed["incidents"] if i["text"] == TEXT)
    assert (incident["client"], incident["person"]) == ("Müller GmbH", "Frau Sommer")
    assert incident["tags"] == ["ärger"]
    assert incident["occurred_on"] == "2026-11-03"

    second = run_cli(target, "import", str(export), "--json")
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["imported"]["incidents"] == 0
    beginning = TEXT[:59] + "…"  # the line names the incident by its first 60 characters
    assert f'incident 2026-11-03 Müller GmbH: "{beginning}"' in again["skipped"]
    assert "client Müller GmbH already exists, entries added to it" in again["skipped"]
    assert len([s for s in again["skipped"] if s.startswith("incident ")]) == 2

    third = run_cli(target, "import", str(export))  # text mode: skipped lines on stderr
    assert third.returncode == 0, third.stderr
    assert "Imported nothing" in third.stdout
    assert "skipped (already in the vault): incident 2026-11-03 Müller GmbH" in third.stderr
    assert json.loads(run_cli(target, "list", "--json").stdout)["total"] == 2
    assert not [p for p in cli_temp.rglob("*") if p.is_file()]  # no plaintext spilled to temp


def test_import_jrnl_with_a_client(tmp_path: Path, run_cli: CliRunner) -> None:
    folder = tmp_path / "v"
    assert run_cli(folder, "init").returncode == 0
    result = run_cli(folder, "import", str(JRNL_SAMPLE), "--client", "Müller GmbH", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["format"] == "jrnl"
    assert report["imported"]["incidents"] == 4
    found = json.loads(run_cli(folder, "search", "Änderungswünsche", "--json").stdout)
    assert found["total"] == 1
    assert found["incidents"][0]["client"] == "Müller GmbH"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(b'{"entries": [', "grenzen: import: the file is not valid JSON", id="json"),
        pytest.param(
            b'{"entries": [{"title": "a", "body": "", "date": "3.11.2026"}]}',
            "grenzen: import: entries[0].date is not a date",
            id="date",
        ),
        pytest.param(
            b'{"format": "grenzen-export", "version": 1, "incidents": [{"id": 1}]}',
            "grenzen: import: incidents[0].client_id is missing",
            id="field",
        ),
    ],
)
def test_import_of_a_broken_file_is_one_line_and_exit_2(
    tmp_path: Path, run_cli: CliRunner, content: bytes, expected: str
) -> None:
    folder = tmp_path / "v"
    assert run_cli(folder, "init").returncode == 0
    broken = tmp_path / "broken.json"
    broken.write_bytes(content)
    result = run_cli(folder, "import", str(broken))
    assert result.returncode == 2
    assert result.stdout == ""
    assert run_cli.one_line(result.stderr).startswith(expected)


def test_import_of_a_missing_file_is_exit_2(tmp_path: Path, run_cli: CliRunner) -> None:
    folder = tmp_path / "v"
    assert run_cli(folder, "init").returncode == 0
    result = run_cli(folder, "import", str(tmp_path / "nowhere.json"))
    assert result.returncode == 2
    assert run_cli.one_line(result.stderr).startswith("grenzen: file not found")


def test_export_into_a_missing_folder_is_exit_2(
    tmp_path: Path, run_cli: CliRunner, filled_vault: Path
) -> None:
    result = run_cli(filled_vault, "export", str(tmp_path / "no" / "such" / "export.json"))
    assert result.returncode == 2
    assert run_cli.one_line(result.stderr).startswith("grenzen: file not found")
    assert not (tmp_path / "no").exists()
