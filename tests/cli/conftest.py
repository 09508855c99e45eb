"""Run the real ``grenzen`` command in a subprocess, as a script (stdin is never a TTY)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "korrekt Pferd Batterie Heftklammer"
SECRET_ENVS = ("GRENZEN_PASSPHRASE", "GRENZEN_NEW_PASSPHRASE", "GRENZEN_RECOVERY_CODE")


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``folder``: relative name → (mtime in ns, sha256)."""
    return {
        str(path.relative_to(folder)): (
            path.stat().st_mtime_ns,
            hashlib.sha256(path.read_bytes()).hexdigest(),
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def one_line(stream: str) -> str:
    """The single line of an error message (fails if there are more lines, or none)."""
    lines = stream.strip().splitlines()
    assert len(lines) == 1, stream
    return lines[0]


class CliRunner:
    """Calls ``python -m grenzen --vault FOLDER ARGS…`` with a controlled environment.

    Every run gets ``TMPDIR`` (and SQLite's ``SQLITE_TMPDIR``) pointing at ``temp`` and
    ``HOME``/XDG folders under ``home``, so tests can scan both for plaintext afterwards.
    A traceback on stderr or exit code 1 (the "unexpected error" code) fails the test.
    """

    passphrase = PASSPHRASE
    snapshot = staticmethod(snapshot)
    one_line = staticmethod(one_line)

    def __init__(self, temp: Path, home: Path) -> None:
        self.temp = temp
        self.home = home
        temp.mkdir(parents=True, exist_ok=True)
        home.mkdir(parents=True, exist_ok=True)

    def env(self, passphrase: str | None, extra: dict[str, str | None]) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in SECRET_ENVS}
        env.pop("GRENZEN_VAULT", None)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p
        )
        env["GRENZEN_TEST_FAST_KDF"] = "1"
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["HOME"] = str(self.home)
        env["XDG_DATA_HOME"] = str(self.home / "data")
        env["XDG_CONFIG_HOME"] = str(self.home / "config")
        env["XDG_CACHE_HOME"] = str(self.home / "cache")
        for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
            env[name] = str(self.temp)
        if passphrase is not None:
            env["GRENZEN_PASSPHRASE"] = passphrase
        for name, value in extra.items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        return env

    def __call__(
        self,
        folder: Path,
        *args: str,
        passphrase: str | None = PASSPHRASE,
        env: dict[str, str | None] | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "grenzen", "--vault", str(folder), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env(passphrase, env or {}),
            cwd=self.home,
            timeout=timeout,
            check=False,
        )
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode in (0, 2, 3, 4), (result.returncode, result.stderr)
        return result


@pytest.fixture
def cli_temp(tmp_path: Path) -> Path:
    """The temp folder the CLI subprocesses use (scanned by the plaintext tests)."""
    return tmp_path / "cli-tmp"


@pytest.fixture
def run_cli(tmp_path: Path, cli_temp: Path) -> CliRunner:
    """``run_cli(folder, "log", "--client", …, passphrase=…, env={…})`` → CompletedProcess.

    The passphrase defaults to ``run_cli.passphrase``; ``passphrase=None`` leaves
    ``GRENZEN_PASSPHRASE`` unset, and ``env={"NAME": None}`` removes a variable.
    """
    return CliRunner(cli_temp, tmp_path / "cli-home")


@pytest.fixture(scope="module")
def module_cli(tmp_path_factory: pytest.TempPathFactory) -> CliRunner:
    """A runner for module-scoped fixtures (one vault shared by read-only tests)."""
    base = tmp_path_factory.mktemp("cli-module")
    return CliRunner(base / "tmp", base / "home")
