"""Screenshots of every screen in German and English, light and dark, for docs/screens/.

Run under Xvfb (a real X server, as a user's desktop): ``bash scripts/screenshots.sh``.
The vault is a throwaway with demo data; the fast test KDF keeps it quick.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("GRENZEN_TEST_FAST_KDF", "1")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from grenzen.app import create_application
from grenzen.domain.cases import Stage
from grenzen.services.cases import list_cases
from grenzen.services.demo import fill_demo
from grenzen.services.wellbeing import add_compliment
from grenzen.storage.vault import Vault
from grenzen.ui.about import about_box
from grenzen.ui.controller import AppController
from grenzen.ui.i18n import install_language
from grenzen.ui.main_window import PAGE_CASES, PAGE_COMPLIMENTS, PAGE_ENERGY, PAGE_EXIT, PAGE_VALUE
from grenzen.ui.settings import DeviceSettings, Theme
from grenzen.ui.theme import apply_theme

PASSPHRASE = "ruhig bleiben und atmen"
TODAY = dt.date(2026, 11, 29)


def wait_until(condition: Callable[[], object], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QTest.qWait(10)


def settle(seconds: float = 0.25) -> None:
    QTest.qWait(round(seconds * 1000))  # let layouts, timers and painting finish


class Shooter:
    def __init__(self, out: Path, lang: str, theme: Theme) -> None:
        self.out, self.lang, self.theme = out, lang, theme

    def __call__(self, widget: QWidget, name: str) -> None:
        settle()
        path = self.out / f"{name}-{self.lang}-{self.theme.value}.png"
        widget.grab().save(str(path))
        print(path)


def click(widget: QWidget, name: str) -> None:
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def first_run_and_unlock(app: QApplication, shoot: Shooter, work: Path, settings) -> Path:
    folder = work / "vault"
    controller = AppController(app, settings, folder)
    controller.start()
    window = controller.window
    shoot(window, "01-first-run-welcome")
    click(window, "createVaultButton")
    window.findChild(QLineEdit, "passphraseEdit").setText(PASSPHRASE)
    window.findChild(QLineEdit, "repeatEdit").setText(PASSPHRASE)
    shoot(window, "02-first-run-passphrase")
    click(window, "continueButton")
    label = window.findChild(QWidget, "recoveryCodeLabel")
    wait_until(lambda: len(label.text().strip()) > 30)
    shoot(window, "03-first-run-recovery-code")
    controller.shutdown()
    window.close()
    controller = AppController(app, settings, folder)
    controller.start()
    unlock = controller.window
    unlock.findChild(QLineEdit, "passphraseEdit").setText("nicht meine")
    click(unlock, "unlockButton")
    wait_until(lambda: unlock.findChild(QWidget, "errorLabel").isVisible())
    shoot(unlock, "04-unlock")
    controller.shutdown()
    unlock.close()
    return folder


def main_screens(app: QApplication, shoot: Shooter, folder: Path, settings) -> None:
    controller = AppController(app, settings, folder)
    vault = Vault.unlock(folder, PASSPHRASE)
    controller._vault_ready(vault)
    main = controller.window
    main.resize(1280, 800)
    table = main.findChild(QTableView, "incidentList")
    wait_until(lambda: table.model().rowCount() > 0)
    table.selectRow(2)
    shoot(main, "05-journal")
    main.findChild(QLineEdit, "searchEdit").setText("Müll")
    wait_until(lambda: 0 < table.model().rowCount() < 400)
    settle(0.4)  # the search result list replaces the model once more
    table.selectRow(0)
    shoot(main, "06-journal-search")
    main.findChild(QLineEdit, "searchEdit").clear()
    clients = main.findChild(QTreeWidget, "clientList")
    clients.setCurrentItem(clients.topLevelItem(1))
    sidebar = main.findChild(QTabWidget, "journalSidebar")
    sidebar.setCurrentIndex(1)
    shoot(main, "07-journal-clients")
    sidebar.setCurrentIndex(0)
    timeline = main.journal.clients_panel.open_timeline()
    if timeline is not None:
        timeline.resize(640, 620)
        shoot(timeline, "07-client-timeline")
        timeline.close()
    main.quick_capture_action.trigger()
    capture = main.findChild(QPlainTextEdit, "captureTextEdit").window()
    main.findChild(QPlainTextEdit, "captureTextEdit").setPlainText(
        "Im Call: „Das ist doch Müll, strengen Sie sich mal an.“ Vor dem ganzen Team."
    )
    shoot(capture, "08-quick-capture")
    capture.close()
    main.show_page(PAGE_CASES)
    open_cases = [c for c in list_cases(controller.session.vault) if c.is_open]
    if open_cases:
        main.cases.select_case(open_cases[0].id)
        view = main.cases.case_view
        wait_until(lambda: view is not None and view.view is not None)
        for number, stage in enumerate(Stage, start=1):
            view.show_stage(stage)
            shoot(main, f"20-case-{number}-{stage.value}")
    exit_and_value_screens(main, shoot, controller.session)
    main.show_page(PAGE_COMPLIMENTS)
    shoot(main, "09-compliments")
    main.show_page(PAGE_ENERGY)
    shoot(main, "10-energy")
    from grenzen.ui.energy import EnergyCheckinDialog
    from grenzen.ui.settings_dialog import SettingsDialog

    checkin = EnergyCheckinDialog(controller.session, main)
    checkin.show()
    shoot(checkin, "11-energy-check-in")
    checkin.close()
    dialog = SettingsDialog(settings, controller.session, main)
    dialog.show()
    shoot(dialog, "12-settings")
    dialog.close()
    box = about_box(main)
    box.show()
    shoot(box, "13-about")
    box.close()
    controller.shutdown()
    main.close()


def exit_and_value_screens(main, shoot: Shooter, session) -> None:
    """Exit planner (deadlines, scenarios, contract editor, letter) and client value."""
    from grenzen.services.deadlines import upcoming_deadlines
    from grenzen.ui.exit.letter_dialog import open_letter_dialog

    main.show_page(PAGE_EXIT)
    planner = main.exit_planner
    planner.set_today(TODAY)
    planner.show_dashboard()
    shoot(main, "30-exit-deadlines")
    notices = [d for d in upcoming_deadlines(session.vault, TODAY) if d.kind == "notice"]
    client = notices[0].client
    planner.show_client(client)
    shoot(main, "31-exit-scenarios")
    editor = planner.edit_contract()
    editor.resize(1180, 760)
    shoot(editor, "32-contract-editor")
    editor.reject()
    letter = open_letter_dialog(main, session, client, "ordinary_notice", today=TODAY)
    letter.resize(1100, 720)
    shoot(letter, "33-letter")
    letter.close()
    main.show_page(PAGE_VALUE)
    main.value.set_today(TODAY)
    main.value.select_client(client)
    shoot(main, "34-client-value")


def run(out: Path, languages: list[str], themes: list[Theme]) -> None:
    app = create_application([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    for theme in themes:
        for lang in languages:
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                settings = DeviceSettings(
                    QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
                )
                settings.language_choice = lang
                install_language(lang)
                apply_theme(app, theme)
                shoot = Shooter(out, lang, theme)
                folder = first_run_and_unlock(app, shoot, work, settings)
                with Vault.unlock(folder, PASSPHRASE) as vault:
                    fill_demo(vault, incidents=400, seed=3, today=TODAY)
                    add_compliment(
                        vault,
                        "Danke, dass du das Projekt so ruhig durch die Krise gebracht hast.",
                        from_whom="Jana Roth",
                    )
                main_screens(app, shoot, folder, settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screens"))
    parser.add_argument("--lang", default="de,en")
    parser.add_argument("--theme", default="light,dark")
    args = parser.parse_args()
    run(args.out, args.lang.split(","), [Theme(t) for t in args.theme.split(",")])


if __name__ == "__main__":
    main()
