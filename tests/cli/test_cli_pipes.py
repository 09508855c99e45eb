"""Output into a pipe that closes early (``grenzen list | head``) ends quietly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_reader_leaving_early_is_not_an_error(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert run_cli(folder, "init").returncode == 0
    assert run_cli(folder, "demo", "--incidents", "400").returncode == 0
    with subprocess.Popen(
        [sys.executable, "-m", "grenzen", "--vault", str(folder), "list", "--json"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=run_cli.env(run_cli.passphrase, {}),
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.read(100)  # like `head`: take a little, then go away
        process.stdout.close()
        errors = process.stderr.read().decode()
        assert process.wait(timeout=60) == 0, errors
    assert first
    assert errors == ""
