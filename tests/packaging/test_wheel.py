"""The wheel and sdist a user installs: built from the checkout, installed into a clean venv.

``python -m build`` makes the sdist first and the wheel from that sdist, so a file the
sdist forgot breaks the wheel too. The installed app then runs from a folder far from the
checkout, so nothing can fall back to the repository's ``resources/``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Verpackung ist auch Vertrauen"
NEEDED_IN_WHEEL = (
    "grenzen/resources/translations/grenzen_de.qm",
    "grenzen/resources/translations/grenzen_en.qm",
    "grenzen/resources/icons/grenzen.svg",
    "grenzen/resources/content/de/calm_down.md",
    "grenzen/resources/content/en/move_on.md",
    "grenzen/storage/migrations/env.py",
    "grenzen/storage/migrations/script.py.mako",
    "grenzen/storage/migrations/versions/0001_initial_schema.py",
    "grenzen/storage/migrations/versions/0002_exit_planner_and_value.py",
)


def run(*args: str | Path, env: dict[str, str] | None = None, cwd: Path, timeout: int = 900):
    result = subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sdist and wheel, built once for the module."""
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--outdir", out, REPO_ROOT, cwd=REPO_ROOT)
    [wheel] = out.glob("grenzen-*.whl")
    [sdist] = out.glob("grenzen-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


@pytest.fixture(scope="module")
def installed(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A fresh venv with the wheel installed, and a home far from the checkout."""
    base = tmp_path_factory.mktemp("installed")
    venv = base / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=base)
    run(venv / "bin" / "python", "-m", "pip", "install", "-q", built["wheel"], cwd=base)
    home = base / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GRENZEN_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        GRENZEN_PASSPHRASE=PASSPHRASE,
        GRENZEN_TEST_FAST_KDF="1",
        PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
    )
    return {"venv": venv, "home": home, "env": env}


def test_the_wheel_carries_resources_and_migrations(built: dict[str, Path]) -> None:
    with zipfile.ZipFile(built["wheel"]) as wheel:
        names = set(wheel.namelist())
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "grenzen = grenzen.launcher:main" in wheel.read(entry_points).decode()
        assert "requires-dist: pyside6-essentials" in wheel.read(metadata).decode().lower()
    missing = [name for name in NEEDED_IN_WHEEL if name not in names]
    assert not missing, missing
    assert not [n for n in names if n.startswith("tests/")]


def test_the_sdist_carries_what_a_rebuild_needs(built: dict[str, Path]) -> None:
    with tarfile.open(built["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for needed in (
        "pyproject.toml",
        "README.md",
        "resources/translations/grenzen_de.qm",
        "resources/icons/grenzen.svg",
        "grenzen/storage/migrations/script.py.mako",
        "tests/conftest.py",
    ):
        assert needed in names, needed


def test_installed_command_reports_the_package_version(installed: dict) -> None:
    version = run("grenzen", "--version", env=installed["env"], cwd=installed["home"])
    metadata = run(
        installed["venv"] / "bin" / "python",
        "-c",
        "from importlib.metadata import version; print(version('grenzen'))",
        env=installed["env"],
        cwd=installed["home"],
    )
    assert version.stdout.strip() == f"grenzen {metadata.stdout.strip()}"


def test_installed_app_uses_its_own_resources_and_translations(installed: dict) -> None:
    probe = (
        "import json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from grenzen.resources import resource_root\n"
        "from grenzen.ui.i18n import install_language, translate\n"
        "app = QApplication(sys.argv)\n"
        "found = install_language('de')\n"
        "print(json.dumps({'root': str(resource_root()), 'found': found,\n"
        "    'journal': translate('MainWindow', 'Cases')}))\n"
    )
    result = run(
        installed["venv"] / "bin" / "python",
        "-c",
        probe,
        env=installed["env"],
        cwd=installed["home"],
    )
    seen = json.loads(result.stdout)
    assert seen["root"].startswith(str(installed["venv"])), seen
    assert seen["found"] is True
    assert seen["journal"] == "Fälle"


def test_installed_cli_creates_a_vault_and_logs(installed: dict) -> None:
    env, home = installed["env"], installed["home"]
    vault = home / "tresor"
    run("grenzen", "--vault", vault, "init", env=env, cwd=home)
    text = "Größe: „Das ist Müll.“"
    run("grenzen", "--vault", vault, "log", "--client", "Müller", "--text", text, env=env, cwd=home)
    listed = run("grenzen", "--vault", vault, "list", "--json", env=env, cwd=home)
    assert "Müll" in listed.stdout
    # The migrations ran from the installed scripts: the newest tables exist.
    run("grenzen", "--vault", vault, "value", "--json", env=env, cwd=home)


def test_installed_app_starts_offscreen_and_quits_cleanly(installed: dict) -> None:
    env = dict(installed["env"], GRENZEN_QUIT_AFTER_MS="1500")
    env["GRENZEN_VAULT"] = str(installed["home"] / "gui-vault")
    result = run("grenzen", env=env, cwd=installed["home"], timeout=120)
    assert "Traceback" not in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
