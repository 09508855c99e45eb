"""The main window: navigation, the pages, menus with shortcuts, toolbar and status bar."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from grenzen.resources import resource
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.about import show_about
from grenzen.ui.widgets import short_date

if TYPE_CHECKING:
    from grenzen.domain.exits.deadlines import Deadline
    from grenzen.ui.controller import AppController

log = logging.getLogger("grenzen")
STATUS_DELAY_MS = 400


PAGE_JOURNAL, PAGE_CASES, PAGE_EXIT, PAGE_VALUE, PAGE_COMPLIMENTS, PAGE_ENERGY = range(6)


class MainWindow(QMainWindow):
    def __init__(self, controller: AppController, page: int = 0) -> None:
        super().__init__()
        self.controller = controller
        self.session = controller.session
        self.setObjectName("mainWindow")
        self.setWindowTitle("Grenzen")
        self.setWindowIcon(QIcon(str(resource("icons", "grenzen.svg"))))
        self.resize(1180, 760)
        self.undo_stack = QUndoStack(self)
        self._quick_capture: QWidget | None = None
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        from grenzen.ui.tray import install_tray

        self.tray = install_tray(self)
        self.status = QLabel(objectName="statusText")
        self.statusBar().addWidget(self.status)
        # The next deadline plans every contract (tens of ms): once after a burst of saves,
        # not on each one.
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._refresh_status)
        self.session.changed.connect(lambda _kind: self._status_timer.start())
        self.session.about_to_lock.connect(self._save_pending)
        self._refresh_status()
        self.show_page(page)

    # --- pages -------------------------------------------------------------------------
    def _build_pages(self) -> None:
        from grenzen.ui.coach.cases_page import CasesPage
        from grenzen.ui.compliments import ComplimentsPage
        from grenzen.ui.energy import EnergyPage
        from grenzen.ui.exit.page import ExitPage
        from grenzen.ui.journal.page import JournalPage
        from grenzen.ui.value.page import ValuePage

        self.journal = JournalPage(self.session, self.undo_stack, self)
        self.cases = CasesPage(
            self.session, self, cooling_off_hours=self.controller.settings.cooling_off_hours
        )
        self.journal.detail.case_requested.connect(self.open_case_for_incident)
        self.exit_planner = ExitPage(self.session, self)
        self.value = ValuePage(self.session, self)
        self.compliments = ComplimentsPage(self.session, self)
        self.energy = EnergyPage(self.session, self)
        self.pages = QStackedWidget(objectName="pages")
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setFixedWidth(180)
        self.navigation.setIconSize(QSize(20, 20))
        for title, page in (
            (self.tr("Journal"), self.journal),
            (self.tr("Cases"), self.cases),
            (self.tr("Exit"), self.exit_planner),
            (self.tr("Client value"), self.value),
            (self.tr("Compliments"), self.compliments),
            (self.tr("Energy"), self.energy),
        ):
            self.pages.addWidget(page)
            item = QListWidgetItem(title, self.navigation)
            # Explicit height: item padding from the style sheet is not part of the size hint.
            item.setSizeHint(QSize(0, round(self.fontMetrics().height() * 2.4)))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(max(0, min(index, self.pages.count() - 1)))

    def current_page(self) -> int:
        return self.pages.currentIndex()

    # --- actions -------------------------------------------------------------------------
    def _action(
        self, name: str, text: str, shortcut: QKeySequence | str | None, slot: object
    ) -> QAction:
        action = QAction(text, self, objectName=name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.quick_capture_action = self._action(
            "quickCaptureAction", self.tr("New incident…"), "Ctrl+N", self.open_quick_capture
        )
        self.checkin_action = self._action(
            "energyCheckinAction", self.tr("Energy check-in…"), "Ctrl+E", self.open_checkin
        )
        self.lock_action = self._action(
            "lockAction", self.tr("Lock"), "Ctrl+L", self.controller.lock
        )
        self.find_action = self._action(
            "findAction", self.tr("Find…"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.settings_action = self._action(
            "settingsAction", self.tr("Settings…"), "Ctrl+,", self.open_settings
        )
        self.import_action = self._action(
            "importAction", self.tr("Import…"), None, self.import_file
        )
        self.export_action = self._action(
            "exportAction", self.tr("Export…"), None, self.export_file
        )
        self.backup_action = self._action(
            "backupAction", self.tr("Back up now…"), None, self.backup_now
        )
        self.quit_action = self._action(
            "quitAction", self.tr("Quit"), QKeySequence.StandardKey.Quit, self.controller.app.quit
        )
        self.about_action = self._action("aboutAction", self.tr("About Grenzen"), None, self.about)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.page_actions = [
            self._action(
                f"pageAction{i}", title, f"Ctrl+{i + 1}", lambda _=False, i=i: self.show_page(i)
            )
            for i, title in enumerate(
                self.navigation.item(row).text() for row in range(self.navigation.count())
            )
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.quick_capture_action, self.checkin_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action, self.backup_action])
        file_menu.addSeparator()
        file_menu.addActions([self.lock_action, self.quit_action])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.settings_action])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.page_actions)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self, objectName="mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.quick_capture_action)
        capture_button = toolbar.widgetForAction(self.quick_capture_action)
        capture_button.setObjectName("quickCaptureButton")
        capture_button.setProperty("primary", True)
        toolbar.addAction(self.checkin_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

    # --- slots ---------------------------------------------------------------------------
    def _refresh_status(self) -> None:
        if not self.session.is_unlocked:
            return
        from grenzen.services.journal import list_incidents

        total = list_incidents(self.session.vault, limit=0).total
        text = self.tr("Vault unlocked · %n incident(s)", "", total)
        deadline = self._next_deadline()
        if deadline is not None:
            text += " · " + self.tr("next deadline: {date} ({client})").format(
                date=short_date(deadline.date), client=deadline.client
            )
        self.status.setText(text)

    def _next_deadline(self) -> Deadline | None:
        """The most urgent upcoming date of all contracts, for the status bar."""
        from grenzen.services.deadlines import next_deadline

        try:
            return next_deadline(self.session.vault, dt.date.today())
        except (InvalidInput, VaultError) as exc:  # a contract the engine cannot read
            log.warning("next deadline not shown (%s)", type(exc).__name__)
            return None

    def open_exit_planner(self, client: str) -> None:
        """From the coach's "Move on": the exit planner, showing this client."""
        self.show_page(PAGE_EXIT)
        self.exit_planner.show_client(client)

    def open_case_for_incident(self, incident_id: int) -> None:
        """From the journal: a new case with this incident, shown at its first stage."""
        if self.cases.open_case_for_incident(incident_id) is not None:
            self.show_page(PAGE_CASES)

    def _save_pending(self) -> None:
        """Typing of the last half second is saved before the vault closes."""
        self.journal.detail.flush(discard_invalid=True)

    def open_quick_capture(self) -> None:
        from grenzen.ui.quick_capture import QuickCaptureDialog

        if self._quick_capture is None:
            self._quick_capture = QuickCaptureDialog(self.session, self)
            self._quick_capture.calm_down_requested.connect(self.open_case_for_incident)
        self._quick_capture.show()
        self._quick_capture.raise_()
        self._quick_capture.activateWindow()

    def open_checkin(self) -> None:
        from grenzen.ui.energy import EnergyCheckinDialog

        EnergyCheckinDialog(self.session, self).exec()

    def focus_search(self) -> None:
        self.show_page(0)
        self.journal.focus_search()

    def open_settings(self) -> None:
        from grenzen.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.controller.settings, self.session, self)
        dialog.language_changed.connect(lambda choice: self._switch_language(dialog, choice))
        dialog.theme_changed.connect(self.controller.set_theme)
        dialog.autolock_changed.connect(self.controller.set_autolock_minutes)
        dialog.exec()
        # The cooling-off time is read where it is used; the coach picks up a new value now.
        self.cases.set_cooling_off_hours(self.controller.settings.cooling_off_hours)

    def _switch_language(self, dialog: QWidget, choice: str) -> None:
        """Rebuild in the new language once the dialog is gone, then show Settings again."""
        dialog.close()
        QTimer.singleShot(0, lambda: self.controller.set_language(choice, reopen_settings=True))

    def import_file(self) -> None:
        from grenzen.ui.transfer_dialogs import import_into_vault

        import_into_vault(self, self.session)

    def export_file(self) -> None:
        from grenzen.ui.transfer_dialogs import export_vault

        export_vault(self, self.session)

    def backup_now(self) -> None:
        from grenzen.ui.transfer_dialogs import backup_vault

        backup_vault(self, self.session)

    def about(self) -> None:
        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quick_capture is not None:
            self._quick_capture.close()
        super().closeEvent(event)
