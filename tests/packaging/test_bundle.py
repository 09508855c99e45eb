"""The PyInstaller bundle: packaging/build-linux.sh builds it, smoke-tests it and packs it.

Only with ``GRENZEN_PACKAGING=1`` (see conftest.py): the build takes about a minute.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from grenzen import version

REPO_ROOT = Path(__file__).resolve().parents[2]
BUNDLE = REPO_ROOT / "dist" / "grenzen"
PACKAGED = BUNDLE / "_internal" / "grenzen"
# The issue asks for build and smoke test in under ten minutes on the 2-core machine.
BUDGET_S = 600


@pytest.fixture(scope="module")
def build() -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run(
        ["bash", str(REPO_ROOT / "packaging" / "build-linux.sh")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=15 * 60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert time.monotonic() - started < BUDGET_S
    return result


def test_build_and_smoke_test_pass(build: subprocess.CompletedProcess[str]) -> None:
    out = build.stdout
    for line in (
        f"smoke: --version ok ({version()},",
        "smoke: init, log and list ok",
        "smoke: exits (holidays), contract and deadlines with .ics ok",
        "smoke: dossier as HTML and PDF ok",
        "smoke: offscreen GUI ok",
        "smoke: resources, migrations, Qt plugins and keyring backends present",
        "build-linux: all smoke tests passed",
    ):
        assert line in out, out
    assert "build time:" in out
    assert "bundle size:" in out


def test_tarball_is_written(build: subprocess.CompletedProcess[str]) -> None:
    tarball = REPO_ROOT / "dist" / f"grenzen-{version()}-linux-x86_64.tar.gz"
    assert tarball.is_file()
    assert f"tarball: dist/{tarball.name}" in build.stdout


def test_the_unpacked_tarball_installs_for_the_user(
    build: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    """What a user does with the download: unpack, run linux/install.sh, start grenzen."""
    top = f"grenzen-{version()}-linux-x86_64"
    tarball = REPO_ROOT / "dist" / f"{top}.tar.gz"
    subprocess.run(["tar", "-xzf", tarball, "-C", tmp_path], check=True, timeout=120)
    unpacked = tmp_path / top
    assert (unpacked / "grenzen" / "grenzen").is_file()
    assert not (unpacked / "linux" / "render-icons.py").exists()  # a build tool, not shipped
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    installed = subprocess.run(
        ["bash", unpacked / "linux" / "install.sh", "-q"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    launcher = home / ".local" / "bin" / "grenzen"
    ran = subprocess.run(
        [launcher, "--version"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert ran.stdout.strip() == f"grenzen {version()}"
    desktop = home / ".local" / "share" / "applications" / "de.grenzen.Grenzen.desktop"
    assert str(launcher) in desktop.read_text(encoding="utf-8")
    subprocess.run(
        ["bash", unpacked / "linux" / "install.sh", "--uninstall", "-q"],
        env=env,
        check=True,
        timeout=120,
    )
    assert not launcher.exists()
    assert not desktop.exists()


def test_bundle_carries_translations_and_icon(build: subprocess.CompletedProcess[str]) -> None:
    resources = PACKAGED / "resources"
    assert (resources / "icons" / "grenzen.svg").is_file()
    for language in ("de", "en"):
        assert (resources / "translations" / f"grenzen_{language}.qm").is_file()
    # The coach's texts: every file of the checkout's resources/content is in the bundle.
    content = REPO_ROOT / "resources" / "content"
    for path in content.rglob("*"):
        if path.is_file():
            assert (resources / "content" / path.relative_to(content)).is_file(), path


def test_bundle_carries_every_migration_script(build: subprocess.CompletedProcess[str]) -> None:
    source = REPO_ROOT / "grenzen" / "storage" / "migrations"
    packaged = PACKAGED / "storage" / "migrations"
    for name in ("env.py", "script.py.mako"):
        assert (packaged / name).read_bytes() == (source / name).read_bytes()
    scripts = sorted(p.name for p in (source / "versions").glob("*.py"))
    assert scripts
    assert sorted(p.name for p in (packaged / "versions").glob("*.py")) == scripts


def test_bundle_leaves_out_what_grenzen_does_not_use(
    build: subprocess.CompletedProcess[str],
) -> None:
    internal = BUNDLE / "_internal"
    assert not list(internal.glob("libgtk-3.so*"))
    assert not list(internal.rglob("_tkinter*"))
    assert not (internal / "PySide6" / "Qt" / "plugins" / "tls").exists()
    assert not (internal / "PySide6" / "Qt" / "translations" / "qtbase_fr.qm").exists()
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
