"""Acceptance tests of the journal commands through the real ``grenzen`` process."""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from pathlib import Path

import pytest

from grenzen.domain.search import fold_for_match

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def journal(module_cli, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One vault with three incidents, shared by the tests that only read or fail."""
    folder = tmp_path_factory.mktemp("journal") / "vault"
    assert module_cli(folder, "init").returncode == 0
    ids = {}
    for key, client, day, text in (
        ("old", "Ärger GmbH", "2026-01-05", "Der Müllberg im Flur wurde wieder höher."),
        ("new", "Ärger GmbH", "2026-03-01", "Rückruf verlangt, Größe der Aufgabe verschwiegen."),
        ("other", "Baufirma Süd", "2026-02-10", "Rechnung zum dritten Mal angezweifelt."),
    ):
        result = module_cli(
            folder, "log", "--client", client, "--text", text, "--occurred", day, "--severity", "4"
        )
        assert result.returncode == 0, result.stderr
        ids[key] = int(result.stdout)
    return {"folder": folder, "ids": ids}


# --- creating ------------------------------------------------------------------------------


def test_log_prints_the_id_alone_and_json_an_id_object(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert run_cli(folder, "init").returncode == 0

    first = run_cli(folder, "log", "--client", "Kunde A", "--text", "Hat geschrien.")
    assert first.returncode == 0, first.stderr
    assert first.stdout == "1\n"
    assert first.stderr == ""

    second = run_cli(
        folder,
        "log",
        "--json",
        "--client",
        "Kunde A",
        "--person",
        "Frau Weiß",
        "--text",
        "Termin abgesagt",
        "--quote",
        "Das ist nicht mein Problem.",
        "--channel",
        "email",
        "--level",
        "both",
        "--severity",
        "5",
        "--occurred",
        "2026-03-02",
        "--learned",
        "2026-03-04",
        "--feeling",
        "wütend",
        "--intensity",
        "8",
        "--action-needed",
        "--notes",
        "Nachfragen",
        "--tag",
        "Überstunden",
        "--tag",
        "Ton",
    )
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == {"id": 2}

    shown = run_cli(folder, "show", "--json", "2")
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    assert doc["id"] == 2
    assert doc["client"] == "Kunde A"
    assert doc["person"] == "Frau Weiß"
    assert doc["occurred_on"] == "2026-03-02"
    assert doc["learned_on"] == "2026-03-04"
    assert doc["channel"] == "email"
    assert doc["level"] == "both"
    assert (doc["severity"], doc["intensity_before"]) == (5, 8)
    assert doc["feeling_before"] == "wütend"
    assert doc["factual_action_needed"] is True
    assert doc["quote"] == "Das ist nicht mein Problem."
    assert doc["tags"] == ["Überstunden", "Ton"]
    created = dt.datetime.fromisoformat(doc["created_at"])
    assert created.utcoffset() == dt.timedelta(0)


# --- reading -------------------------------------------------------------------------------


def test_list_text_and_json(journal, run_cli) -> None:
    ids = journal["ids"]
    text = run_cli(journal["folder"], "list")
    assert text.returncode == 0, text.stderr
    assert "Ärger GmbH" in text.stdout
    assert "Baufirma Süd" in text.stdout

    result = run_cli(journal["folder"], "list", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert set(doc) == {"incidents", "total"}
    assert doc["total"] == 3
    assert [i["id"] for i in doc["incidents"]] == [ids["new"], ids["other"], ids["old"]]
    for incident in doc["incidents"]:
        assert ISO_DATE.match(incident["occurred_on"])
        assert dt.datetime.fromisoformat(incident["created_at"]).tzinfo is not None

    limited = json.loads(run_cli(journal["folder"], "list", "--json", "--limit", "1").stdout)
    assert len(limited["incidents"]) == 1
    assert limited["total"] == 3


def test_list_filtered_by_client(journal, run_cli) -> None:
    result = run_cli(journal["folder"], "list", "--json", "--client", "Baufirma Süd")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [i["id"] for i in doc["incidents"]] == [journal["ids"]["other"]]
    assert doc["total"] == 1


def test_show(journal, run_cli) -> None:
    result = run_cli(journal["folder"], "show", str(journal["ids"]["old"]))
    assert result.returncode == 0, result.stderr
    assert "Der Müllberg im Flur wurde wieder höher." in result.stdout
    assert "2026-01-05" in result.stdout


@pytest.mark.parametrize("query", ["grosse", "GRÖSSE"])  # all spellings: tests/storage
def test_search_finds_german_spellings(journal, run_cli, query: str) -> None:
    result = run_cli(journal["folder"], "search", "--json", query)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"incidents", "total"} <= set(doc)
    assert [i["id"] for i in doc["incidents"]] == [journal["ids"]["new"]]
    assert doc["total"] == 1


def test_search_text_output_marks_the_match(journal, run_cli) -> None:
    result = run_cli(journal["folder"], "search", "muell")
    assert result.returncode == 0, result.stderr
    assert str(journal["ids"]["old"]) in result.stdout
    assert "[Müllberg]" in result.stdout  # the original spelling, marked (no TTY: brackets)

    nothing = run_cli(journal["folder"], "search", "Zebrastreifen")
    assert nothing.returncode == 0
    assert "Nothing found" in nothing.stdout


# --- bad input: exit 2, one line that names the option or field -----------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["log", "--client", "X", "--text", "t", "--severity", "9"], "--severity"),
        (["log", "--client", "X", "--text", "t", "--occurred", "2026-02-30"], "--occurred"),
        (["log", "--client", "X", "--text", "t", "--intensity", "11"], "--intensity"),
        (["log", "--client", "X", "--text", "   "], "text"),
        (["log", "--client", "X"], "--text"),
        (
            [
                "log",
                "--client",
                "X",
                "--text",
                "t",
                "--occurred",
                "2026-03-05",
                "--learned",
                "2026-03-01",
            ],
            "learned",
        ),
        (["log", "--client", "X", "--text", "t", "--case", "77"], "case"),
        (["show", "999"], "999"),
        (["show", "eins"], "id"),
        (["list", "--client", "Unknown"], "client"),
    ],
)
def test_bad_input_exits_2_naming_the_field(journal, run_cli, args, named: str) -> None:
    result = run_cli(journal["folder"], *args)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    line = run_cli.one_line(result.stderr)
    assert named in line


def test_nothing_was_written_by_bad_input(journal, run_cli) -> None:
    """Runs after the bad-input tests (module order): still exactly three incidents."""
    doc = json.loads(run_cli(journal["folder"], "list", "--json").stdout)
    assert doc["total"] == 3


# --- nothing the user writes reaches the disk in plaintext --------------------------------


def _forms(word: str) -> set[bytes]:
    """The canary as typed and as the search index would fold it, in UTF-8 and UTF-16-LE."""
    texts = {word, word.lower(), word.upper(), *fold_for_match(word)}
    return {t.encode(encoding) for t in texts for encoding in ("utf-8", "utf-16-le")}


def _files_containing(root: Path, needles: set[bytes]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {n!r}" for n in needles if n in data]
    return found


def test_canary_never_reaches_the_disk_in_plaintext(run_cli, tmp_path: Path, cli_temp) -> None:
    folder = tmp_path / "vault"
    suffix = "".join(secrets.choice("bcdfghjkmnpqrstvwxz") for _ in range(10))
    canary = f"Kanarienvögelgrüße{suffix}"  # umlauts and ß, unique per run
    quote_canary = f"Zitatprüfung{suffix}"
    assert run_cli(folder, "init").returncode == 0

    logged = run_cli(
        folder,
        "log",
        "--client",
        f"Kunde {canary}",
        "--person",
        f"Herr {canary}",
        "--text",
        f"Am Telefon: {canary} sagte, die Rechnung sei zu hoch.",
        "--quote",
        f"Das ist {quote_canary}!",
        "--notes",
        f"Notiz {canary}",
        "--tag",
        canary,
    )
    assert logged.returncode == 0, logged.stderr
    new_id = logged.stdout.strip()
    assert new_id.isdigit()

    for query in (canary, canary.upper(), canary.replace("ö", "oe").replace("ß", "ss")):
        found = run_cli(folder, "search", query)
        assert found.returncode == 0, found.stderr
        assert new_id in found.stdout.split()
    as_json = json.loads(run_cli(folder, "search", "--json", quote_canary).stdout)
    assert [i["id"] for i in as_json["incidents"]] == [int(new_id)]

    assert run_cli(folder, "verify").returncode == 0
    backup = folder / "backups" / "manual.grenzen-backup"
    assert run_cli(folder, "backup", str(backup)).returncode == 0
    assert backup.stat().st_size > 0
    assert run_cli(folder, "list").returncode == 0

    files = [p.name for p in folder.rglob("*") if p.is_file()]
    assert "grenzen.db" in files
    assert "vault.json" in files
    needles = _forms(canary) | _forms(quote_canary)
    leaks = []
    for root in (folder, cli_temp, run_cli.home):
        leaks += _files_containing(root, needles)
    assert leaks == []

    # The scan itself works: a plaintext file holding the canary is found.
    control = tmp_path / "control"
    control.mkdir()
    (control / "note.txt").write_text(f"x {canary} y", encoding="utf-16-le")
    assert _files_containing(control, needles)
