"""Linux desktop integration: the .desktop file, AppStream metainfo, icons and install.sh.

Checked with the tools distributions use (``desktop-file-validate`` from desktop-file-utils,
``appstreamcli`` from appstream), and install.sh against a fake bundle in a temp prefix.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from grenzen.app import APP_ID

REPO_ROOT = Path(__file__).resolve().parents[2]
LINUX = REPO_ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = LINUX / "icons" / "hicolor"
INSTALL = LINUX / "install.sh"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: apt-get install -y {package}")
    return path


def run(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which a PNG must start with."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert head[12:16] == b"IHDR", f"{path} does not start with IHDR"
    return struct.unpack(">II", head[16:24])


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


# --- the files as shipped ------------------------------------------------------------------


def test_desktop_file_validates_without_a_word() -> None:
    result = run(tool("desktop-file-validate", "desktop-file-utils"), DESKTOP)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_desktop_file_matches_the_app() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Exec"] == "grenzen"  # install.sh writes the full path of its launcher
    assert entry["Icon"] == APP_ID
    # Qt's WM_CLASS is (argv[0], applicationName) and its Wayland app id is the desktop
    # file name, which create_application() sets to APP_ID.
    assert entry["StartupWMClass"] == "Grenzen"
    assert "Name[de]" in entry
    assert "Comment[de]" in entry


def test_metainfo_validates_without_warnings() -> None:
    result = run(tool("appstreamcli", "appstream"), "validate", "--no-net", METAINFO)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    problems = [line for line in output.splitlines() if line.startswith(("W:", "E:"))]
    assert problems == [], output


def test_metainfo_release_is_the_package_version() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    root = ET.parse(METAINFO).getroot()
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == project["project"]["version"]
    assert newest.find("description") is not None
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    declared = project["project"]["license"]  # {text = "..."} or (PEP 639) a plain string
    spdx = declared["text"] if isinstance(declared, dict) else declared
    assert root.findtext("project_license") == spdx


def test_metainfo_screenshots_are_the_repository_images() -> None:
    """Each screenshot URL ends in a docs/screens file, with that file's real size."""
    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert len(images) >= 3
    for image in images:
        local = REPO_ROOT / "docs" / "screens" / image.text.rsplit("/", 1)[-1]
        assert local.is_file(), image.text
        assert png_size(local) == (int(image.get("width")), int(image.get("height")))


def test_metainfo_is_translated_paragraph_by_paragraph() -> None:
    """AppStream translates <p> and <li>; a translated <ul> would mix languages."""
    description = ET.parse(METAINFO).getroot().find("description")
    assert all(ul.get(XML_LANG) is None for ul in description.iter("ul"))
    english = [e for e in description if e.tag == "p" and e.get(XML_LANG) is None]
    german = [e for e in description if e.tag == "p" and e.get(XML_LANG) == "de"]
    items = list(description.iter("li"))
    assert len(english) == len(german)
    assert sum(li.get(XML_LANG) == "de" for li in items) * 2 == len(items)


@pytest.mark.parametrize("size", SIZES)
def test_icon_is_a_png_of_its_size(size: int) -> None:
    path = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size)


def test_scalable_icon_is_the_app_icon() -> None:
    scalable = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (REPO_ROOT / "resources" / "icons" / "grenzen.svg").read_bytes()


def test_flatpak_manifest_parses_and_stays_offline(tmp_path: Path) -> None:
    """A draft (packaging/README.md): it parses; it has not been built here."""
    builder = tool("flatpak-builder", "flatpak-builder")
    manifest = REPO_ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
    # It leaves a .flatpak-builder state folder in its working folder: not in the checkout.
    result = run(builder, "--show-manifest", manifest, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert parsed["id"] == APP_ID
    assert parsed["command"] == "grenzen"
    assert "--share=network" not in parsed["finish-args"]
    assert "--talk-name=org.freedesktop.secrets" in parsed["finish-args"]


# --- install.sh ---------------------------------------------------------------------------


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """Stands in for dist/grenzen from packaging/build-linux.sh: an executable and its files."""
    bundle = tmp_path / "dist" / "grenzen"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "libfake.so").write_bytes(b"\0")
    exe = bundle / "grenzen"
    exe.write_text('#!/bin/sh\necho "fake grenzen $*"\n', encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return bundle


@pytest.fixture
def home_env(tmp_path: Path) -> dict[str, str]:
    """A throwaway HOME, so a mistake in install.sh cannot touch the real ~/.local."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return env


def install(*args: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    result = run("bash", INSTALL, *args, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_install_bundle_runs_and_uninstalls_cleanly(
    tmp_path: Path, fake_bundle: Path, home_env: dict[str, str]
) -> None:
    prefix = tmp_path / "my prefix"  # a space, so Exec= must be quoted
    prefix.mkdir()
    install("--prefix", prefix, "--bundle", fake_bundle, env=home_env)

    launcher = prefix / "bin" / "grenzen"
    assert launcher.is_symlink()
    assert run(launcher, "--version").stdout == "fake grenzen --version\n"
    assert (prefix / "lib" / "grenzen" / "_internal" / "libfake.so").is_file()
    share = prefix / "share"
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    desktop = share / "applications" / DESKTOP.name
    assert desktop_entry(desktop)["Exec"] == f'"{launcher}"'
    assert desktop_entry(desktop)["TryExec"] == str(launcher)
    validated = run(tool("desktop-file-validate", "desktop-file-utils"), desktop)
    assert (validated.returncode, validated.stdout + validated.stderr) == (0, "")
    assert tree(Path(home_env["HOME"])) == []  # --prefix keeps it all in the prefix

    installed = tree(prefix)
    install("--prefix", prefix, "--bundle", fake_bundle, env=home_env)  # again: same result
    assert tree(prefix) == installed

    install("--prefix", prefix, "--uninstall", env=home_env)
    assert tree(prefix) == []
    install("--prefix", prefix, "--uninstall", env=home_env)  # nothing left: still fine


def test_install_defaults_to_xdg_data_home(fake_bundle: Path, home_env: dict[str, str]) -> None:
    home = Path(home_env["HOME"])
    env = {**home_env, "XDG_DATA_HOME": str(home / "data")}
    install("--bundle", fake_bundle, env=env)
    assert (home / ".local" / "bin" / "grenzen").is_symlink()
    assert (home / ".local" / "lib" / "grenzen" / "grenzen").is_file()
    assert (home / "data" / "applications" / DESKTOP.name).is_file()
    assert not (home / ".local" / "share").exists()
    install("--uninstall", env=env)
    assert tree(home) == []  # even ~/.local goes again: the install created it


def test_install_from_venv_leaves_a_pipx_launcher_alone(
    tmp_path: Path, fake_bundle: Path, home_env: dict[str, str]
) -> None:
    """pipx links ~/.local/bin/grenzen itself: the menu entry uses it, uninstall keeps it."""
    prefix = tmp_path / "prefix"
    (prefix / "bin").mkdir(parents=True)
    pipx_link = prefix / "bin" / "grenzen"
    pipx_link.symlink_to(fake_bundle / "grenzen")
    env = {**home_env, "PATH": f"{prefix / 'bin'}:{home_env['PATH']}"}

    install("--prefix", prefix, "--from-venv", env=env)
    desktop = prefix / "share" / "applications" / DESKTOP.name
    assert desktop_entry(desktop)["Exec"] == str(pipx_link)

    refused = run("bash", INSTALL, "--prefix", prefix, "--bundle", fake_bundle, env=env)
    assert refused.returncode != 0
    assert "was not installed by this script" in refused.stderr

    install("--prefix", prefix, "--uninstall", env=env)
    assert tree(prefix) == ["bin", "bin/grenzen"]
    assert pipx_link.is_symlink()


def test_install_from_a_venv_links_its_command(
    tmp_path: Path, fake_bundle: Path, home_env: dict[str, str]
) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    shutil.copy2(fake_bundle / "grenzen", venv / "bin" / "grenzen")
    prefix = tmp_path / "prefix"
    install("--prefix", prefix, f"--from-venv={venv}", env=home_env)
    launcher = prefix / "bin" / "grenzen"
    assert launcher.resolve() == (venv / "bin" / "grenzen").resolve()
    assert run(launcher, "hello").stdout == "fake grenzen hello\n"
    install("--prefix", prefix, "--uninstall", env=home_env)
    assert tree(prefix) == []
