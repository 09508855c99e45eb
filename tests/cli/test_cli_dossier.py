"""``grenzen dossier``: Markdown, HTML and PDF exports of a case or a client."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from grenzen.domain.dossier import verify_markdown


@pytest.fixture
def vault_with_case(run_cli, tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    assert run_cli(folder, "init").returncode == 0
    ids = []
    for day, text, person in (
        ("2026-02-10", "Second: Jonas Weber <script>alert(1)</script> yelled.", "Jonas Weber"),
        ("2026-02-01", "First: Maria Klein ignored the invoice.", "Maria Klein"),
    ):
        result = run_cli(
            folder,
            "log",
            "--client",
            "Acme GmbH",
            "--text",
            text,
            "--person",
            person,
            "--occurred",
            day,
            "--quote",
            "Nicht mein Problem",
        )
        assert result.returncode == 0, result.stderr
        ids.append(result.stdout.strip())
    result = run_cli(folder, "case", "open", "--client", "Acme GmbH", "--incident", *ids)
    assert result.returncode == 0, result.stderr
    return folder, result.stdout.strip()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_markdown_of_a_case(run_cli, vault_with_case, tmp_path: Path) -> None:
    folder, case_id = vault_with_case
    out = tmp_path / "case.md"
    result = run_cli(folder, "dossier", "--case", case_id, "--out", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert "NOT encrypted" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.index("First: Maria") < text.index("Second: Jonas")
    assert verify_markdown(text)
    assert _mode(out) == 0o600


def test_redacted_client_markdown(run_cli, vault_with_case, tmp_path: Path) -> None:
    folder, _ = vault_with_case
    out = tmp_path / "client.md"
    result = run_cli(folder, "dossier", "--client", "Acme GmbH", "--out", str(out), "--redact")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    for name in ("Jonas", "Weber", "Maria", "Klein"):
        assert name not in text
    assert "First: Person A ignored" in text
    assert "Second: Person B" in text
    assert verify_markdown(text)


def test_html_is_sanitised(run_cli, vault_with_case, tmp_path: Path) -> None:
    folder, case_id = vault_with_case
    out = tmp_path / "case.html"
    result = run_cli(folder, "dossier", "--case", case_id, "--out", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "Acme GmbH" in page
    assert "<h1>" in page
    assert _mode(out) == 0o600


def test_pdf_contains_the_client(run_cli, vault_with_case, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    folder, _ = vault_with_case
    out = tmp_path / "record.bin"
    args = ("dossier", "--client", "Acme GmbH", "--out", str(out), "--format", "pdf")
    result = run_cli(folder, *args)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    assert _mode(out) == 0o600
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Acme GmbH" in re.sub(r"\s+", " ", text)


@pytest.mark.parametrize(
    "args",
    [
        ("--case", "999", "--out", "x.md"),
        ("--client", "Nobody", "--out", "x.md"),
        ("--client", "Acme GmbH", "--out", "x.txt"),
        ("--client", "Acme GmbH"),
        ("--case", "1", "--client", "Acme GmbH", "--out", "x.md"),
        ("--client", "Acme GmbH", "--out", "no/such/folder/x.md"),
    ],
)
def test_bad_input_exits_2(run_cli, vault_with_case, args: tuple[str, ...]) -> None:
    folder, _ = vault_with_case
    result = run_cli(folder, "dossier", *args)
    assert result.returncode == 2, result.stderr
    assert run_cli.one_line(result.stderr).startswith("grenzen")
