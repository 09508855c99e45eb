"""Which window is showing: first run, unlock, or the journal; and switching between them.

Locking closes the main window (every view and model with it) and shows the unlock
screen; changing the language rebuilds the current window so every string is new.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from grenzen.storage.vault import Vault
from grenzen.ui.i18n import install_language
from grenzen.ui.session import IdleLock, VaultSession
from grenzen.ui.settings import DeviceSettings, Theme
from grenzen.ui.theme import apply_theme

log = logging.getLogger("grenzen")


class AppController(QObject):
    def __init__(self, app: QApplication, settings: DeviceSettings, folder: Path) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.folder = folder
        self.session = VaultSession(self)
        self.idle_lock = IdleLock(self.session, settings.autolock_minutes, self)
        app.installEventFilter(self.idle_lock)
        self.session.locked.connect(self.show_unlock)
        self.window: QWidget | None = None
        self._shut_down = False
        app.aboutToQuit.connect(self.shutdown)

    # --- start-up ----------------------------------------------------------------------
    def start(self) -> None:
        if not Vault.exists(self.folder):
            self.show_first_run()
        elif not self._open_remembered():
            self.show_unlock()

    def _open_remembered(self) -> bool:
        """ "Remember on this device": open without a passphrase when the keyring has the key."""
        remembered = self.settings.remembered_vault_id
        if not remembered:
            return False
        try:
            from grenzen.storage.keyring_store import recall_data_key

            header = Vault.read_header(self.folder)
            if header.vault_id != remembered:
                return False
            key = recall_data_key(remembered)
            if key is None:
                return False
            self.session.open(Vault.open_with_data_key(self.folder, key))
        except Exception as exc:  # any keyring or vault problem: fall back to the passphrase
            log.warning("remembered key not used (%s)", type(exc).__name__)
            return False
        self.show_main()
        return True

    # --- windows -----------------------------------------------------------------------
    def _replace_window(self, window: QWidget) -> None:
        old, self.window = self.window, window
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:
            old.close()
            old.deleteLater()

    def show_first_run(self) -> None:
        from grenzen.ui.onboarding.first_run import FirstRunWindow

        window = FirstRunWindow(self.folder, self.settings)
        window.vault_ready.connect(self._vault_ready)
        self._replace_window(window)

    def show_unlock(self) -> None:
        from grenzen.ui.onboarding.unlock import UnlockWindow

        window = UnlockWindow(self.folder, self.settings)
        window.vault_ready.connect(self._vault_ready)
        self._replace_window(window)

    def show_main(self, page: int = 0) -> None:
        from grenzen.ui.main_window import MainWindow

        self._replace_window(MainWindow(self, page=page))

    def _vault_ready(self, vault: Vault) -> None:
        self.session.open(vault)
        self.show_main()

    def raise_window(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    # --- settings that change the running app -----------------------------------------
    def set_language(self, choice: str, *, reopen_settings: bool = False) -> None:
        """Language "de", "en" or "" (system); the current window is rebuilt in it."""
        self.settings.language_choice = choice
        install_language(self.settings.language)
        if self.session.is_unlocked:
            from grenzen.ui.main_window import MainWindow

            page = self.window.current_page() if isinstance(self.window, MainWindow) else 0
            self.show_main(page)
            if reopen_settings and isinstance(self.window, MainWindow):
                QTimer.singleShot(0, self.window.open_settings)
        elif Vault.exists(self.folder):
            self.show_unlock()
        else:
            self.show_first_run()

    def set_theme(self, theme: Theme) -> None:
        self.settings.theme = theme
        apply_theme(self.app, theme)

    def set_autolock_minutes(self, minutes: int) -> None:
        self.settings.autolock_minutes = minutes
        self.idle_lock.set_minutes(self.settings.autolock_minutes)

    def lock(self) -> None:
        self.session.lock()

    def shutdown(self) -> None:
        """Quitting closes the vault cleanly (WAL checkpointed) without showing a window."""
        if self._shut_down:
            return
        self._shut_down = True
        self.session.locked.disconnect(self.show_unlock)
        self.session.lock()
