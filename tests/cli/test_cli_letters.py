"""``grenzen letter`` and ``grenzen exit-plan``: files with the planner's dates, 0600."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

CONTRACT = {
    "type": "service",
    "state": "HH",
    "start": "2025-02-01",
    "fee_unit": "month",
    "fee_amount": 4200,
    "notice": {"amount": 3, "unit": "months", "to": "month_end"},
    "deliverables": [{"what": "Relaunch-Konzept", "due_on": "2026-12-15"}],
}
CLIENT = "Müller GmbH"
TODAY = ("--today", "2026-11-02")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


@pytest.fixture
def vault_with_contract(run_cli, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    assert run_cli(folder, "init").returncode == 0
    contract = tmp_path / "contract.json"
    contract.write_text(json.dumps(CONTRACT), encoding="utf-8")
    result = run_cli(folder, "contract", "set", "--client", CLIENT, "--json", str(contract))
    assert result.returncode == 0, result.stderr
    return folder


def test_letter_as_pdf_names_the_end_date(
    run_cli, vault_with_contract: Path, tmp_path: Path
) -> None:
    out = tmp_path / "kuendigung.pdf"
    result = run_cli(
        vault_with_contract, "letter", "--client", CLIENT, "--kind", "ordinary_notice",
        "--lang", "de", *TODAY, "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert "NOT encrypted" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    assert "zum 28.02.2027, hilfsweise zum nächstmöglichen Termin" in text
    assert "Müller GmbH" in text
    assert "[Ihr Name]" in text  # no sender stored yet: a placeholder, not a gap


def test_letter_as_markdown_in_english(run_cli, vault_with_contract: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.txt"
    result = run_cli(
        vault_with_contract, "letter", "--client", CLIENT, "--kind", "extraordinary_notice",
        "--lang", "en", *TODAY, "--out", str(out), "--format", "md", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"path": str(out), "format": "md"}
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert "with immediate effect and without notice (§ 626 BGB)" in text
    assert "2 November 2026" in text
    assert "by my count 28 February 2027" in text


def test_exit_plan_as_pdf_and_markdown(run_cli, vault_with_contract: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = run_cli(
        vault_with_contract, "exit-plan", "--client", CLIENT, "--lang", "de", *TODAY,
        "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(PdfReader(str(out)).pages) == 1
    text = pdf_text(out)
    assert "Ausstiegsplan: Müller GmbH" in text
    assert "28.02.2027" in text
    assert "Relaunch-Konzept" in text

    md = tmp_path / "plan.md"
    result = run_cli(
        vault_with_contract, "exit-plan", "--client", CLIENT, "--scenario", "mutual",
        "--lang", "en", *TODAY, "--out", str(md),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    content = md.read_text(encoding="utf-8")
    assert "**Mutual termination**" in content
    assert "Letter: **Mutual termination**" in content


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("letter", "--kind", "love_letter"), "kind: unknown letter kind 'love_letter'"),
        (("letter", "--kind", "ordinary_notice", "--client", "Niemand AG"), "client"),
        (("letter", "--kind", "ordinary_notice", "--out", "x.doc"), "out: cannot tell"),
        (("exit-plan", "--scenario", "flucht"), "scenario: 'flucht'"),
        (("exit-plan", "--client", "Niemand AG"), "client"),
    ],
)
def test_errors_are_one_line_with_exit_2(
    run_cli, vault_with_contract: Path, tmp_path: Path, args: tuple[str, ...], named: str
) -> None:
    command, *rest = args
    defaults = {"--client": CLIENT, "--out": str(tmp_path / "out.pdf")}
    for option, value in defaults.items():
        if option not in rest:
            rest += [option, value]
    result = run_cli(vault_with_contract, command, *rest, *TODAY)
    assert result.returncode == 2
    assert named in run_cli.one_line(result.stderr)
    assert not (tmp_path / "out.pdf").exists()
