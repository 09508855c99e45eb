"""Start-up pieces: one instance per vault, and the settings' defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from grenzen.ui.settings import DeviceSettings, Theme, system_language
from grenzen.ui.single_instance import SingleInstance


def test_a_second_start_asks_the_first_to_come_forward(qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "vault")
    assert first.claim()
    second = SingleInstance(tmp_path / "vault")
    with qtbot.waitSignal(first.activated, timeout=3_000):
        assert not second.claim()
    other_vault = SingleInstance(tmp_path / "other")
    assert other_vault.claim(), "another vault may run beside it"


def test_settings_defaults_and_bounds(tmp_path: Path) -> None:
    settings = DeviceSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.language == system_language()
    assert settings.language_choice == ""
    assert settings.theme is Theme.SYSTEM
    assert settings.autolock_minutes == 10
    assert settings.cooling_off_hours == 24
    settings.language_choice = "de"
    settings.autolock_minutes = 100_000
    settings.theme = Theme.DARK
    again = DeviceSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert (again.language, again.autolock_minutes, again.theme) == ("de", 240, Theme.DARK)
    settings.language_choice = "fr"
    assert again.language_choice == ""


def test_about_shows_the_version_of_the_installed_package(qapp) -> None:
    """The version comes from the package metadata (pyproject.toml), not a copy in code."""
    from importlib.metadata import version

    from grenzen.ui.about import about_box

    box = about_box(None)
    try:
        assert f"Grenzen {version('grenzen')}" in box.text()
    finally:
        box.deleteLater()


def test_refresh_when_shown_waits_for_a_hidden_view(qtbot) -> None:
    """A change reaches a hidden page when it is shown, once; a shown page at once."""
    from PySide6.QtWidgets import QWidget

    from grenzen.ui.widgets import RefreshWhenShown

    calls: list[str] = []
    view = QWidget()
    qtbot.addWidget(view)
    refresher = RefreshWhenShown(view, lambda: calls.append("refresh"))
    refresher.request()
    refresher.request()
    assert calls == []  # hidden: nothing yet
    view.show()
    qtbot.waitExposed(view)
    assert calls == ["refresh"]  # one catch-up for both changes
    refresher.request()
    assert calls == ["refresh", "refresh"]  # shown: at once
    view.hide()
    view.show()
    assert calls == ["refresh", "refresh"]  # nothing changed meanwhile

    every: list[str] = []
    other = QWidget()
    qtbot.addWidget(other)
    RefreshWhenShown(other, lambda: every.append("refresh"), on_every_show=True)
    other.show()
    other.hide()
    other.show()
    assert every == ["refresh", "refresh"]
