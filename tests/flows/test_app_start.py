"""The ``grenzen`` command without arguments starts the app and quits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _start(tmp_path: Path, vault: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "GRENZEN_VAULT": str(vault),
        "GRENZEN_QUIT_AFTER_MS": "300",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "grenzen"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_app_starts_on_first_run_and_quits(tmp_path: Path) -> None:
    result = _start(tmp_path, tmp_path / "vault")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "vault").exists(), "nothing is written before the user agrees"


def test_app_starts_on_the_unlock_screen_for_an_existing_vault(
    tmp_path: Path, ui_vault_dir: Path
) -> None:
    result = _start(tmp_path, ui_vault_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
