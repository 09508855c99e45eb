"""A tray icon where the platform has one: capture an incident without finding the window.

It reuses the main window's actions, so texts, shortcuts and behaviour stay in one place.
The icon belongs to the main window and goes with it when the vault locks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QSystemTrayIcon

if TYPE_CHECKING:
    from grenzen.ui.main_window import MainWindow


def install_tray(main_window: MainWindow) -> QSystemTrayIcon | None:
    """The tray icon with New incident, Energy check-in, Lock and Quit; None without a tray.

    Nothing is created when there is no tray (offscreen, some desktops), so Qt has no
    reason to print a warning.
    """
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(main_window.windowIcon(), main_window)
    tray.setObjectName("trayIcon")
    tray.setToolTip("Grenzen")
    menu = QMenu(main_window)
    menu.setObjectName("trayMenu")
    menu.addAction(main_window.quick_capture_action)
    menu.addAction(main_window.checkin_action)
    menu.addSeparator()
    menu.addAction(main_window.lock_action)
    menu.addAction(main_window.quit_action)
    tray.setContextMenu(menu)

    def activated(reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            main_window.open_quick_capture()

    tray.activated.connect(activated)
    tray.show()
    return tray
