"""Composition root of the desktop app: builds the application, settings and controller.

Nothing else creates singletons; tests build the same pieces with their own settings.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

APP_ID = "de.grenzen.Grenzen"
VAULT_ENV = "GRENZEN_VAULT"
# For smoke tests of installed builds: show the first window, then quit after N ms.
QUIT_AFTER_ENV = "GRENZEN_QUIT_AFTER_MS"


def _configure_logging(folder: Path) -> None:
    """A small log beside the settings, holding error types and places, never user text."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(folder / "grenzen.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("grenzen")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def create_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from grenzen.resources import resource

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Grenzen")
    app.setOrganizationName("Grenzen")
    app.setOrganizationDomain("grenzen.de")
    app.setApplicationDisplayName("Grenzen")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "grenzen.svg"))))
    return app


def vault_folder(settings_value: str) -> Path:
    """``GRENZEN_VAULT`` wins (as on the command line), then the settings, then the default."""
    from grenzen.services.paths import vault_dir

    if os.environ.get(VAULT_ENV):
        return vault_dir(None)
    return vault_dir(settings_value or None)


def main() -> int:
    from PySide6.QtCore import QStandardPaths

    from grenzen.ui.controller import AppController
    from grenzen.ui.errors import install_excepthook
    from grenzen.ui.i18n import install_language
    from grenzen.ui.settings import DeviceSettings
    from grenzen.ui.single_instance import SingleInstance
    from grenzen.ui.theme import apply_theme

    app = create_application()
    settings = DeviceSettings()
    folder = vault_folder(settings.vault_dir)
    guard = SingleInstance(folder, app)
    if not guard.claim():
        return 0  # the running instance was asked to come to the front
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    _configure_logging(Path(config))
    install_excepthook()
    install_language(settings.language)
    apply_theme(app, settings.theme)
    controller = AppController(app, settings, folder)
    guard.activated.connect(controller.raise_window)
    controller.start()
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(quit_after), app.quit)
    return app.exec()
