"""Fixtures for whole-app flows: a controller on temp settings and a temp vault folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from grenzen.ui.controller import AppController
from grenzen.ui.i18n import install_language
from grenzen.ui.settings import DeviceSettings


@pytest.fixture
def flow_settings(tmp_path: Path) -> DeviceSettings:
    settings = DeviceSettings(QSettings(str(tmp_path / "flow.ini"), QSettings.Format.IniFormat))
    settings.language_choice = "en"
    return settings


@pytest.fixture
def make_controller(qapp: QApplication, flow_settings: DeviceSettings) -> Iterator:
    """``make_controller(folder)`` → a started AppController; shut down after the test."""
    made: list[AppController] = []

    def make(folder: Path) -> AppController:
        install_language(flow_settings.language)
        controller = AppController(qapp, flow_settings, folder)
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
        qapp.removeEventFilter(controller.idle_lock)
        controller.deleteLater()
    install_language("en")
