"""Alt+letter stays unambiguous on every screen of the main window, in both languages.

A mnemonic ("&Edit …") that another visible control, or a menu of the menu bar
("&Edit"), also claims makes Qt cycle or do nothing: the keyboard user loses the control.
Each screen is checked as a user sees it: the exit planner with a client open, the case
view at every stage, the client value page with a client selected.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from grenzen.domain.cases import Stage
from grenzen.services import cases
from grenzen.services.clients import list_clients
from grenzen.services.demo import fill_demo
from grenzen.storage.vault import Vault
from grenzen.ui.main_window import (
    PAGE_CASES,
    PAGE_EXIT,
    PAGE_VALUE,
    MainWindow,
)

PASSPHRASE = "ruhig bleiben 2026"  # the passphrase of the ``ui_vault_dir`` template


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def claims(window: QWidget, page: QWidget) -> dict[str, list[str]]:
    """Mnemonic letter → the visible controls on ``page`` that use it."""
    found: dict[str, list[str]] = {}
    controls: list[tuple[QWidget, str]] = [
        (b, b.text()) for b in page.findChildren(QAbstractButton)
    ]
    controls += [(g, g.title()) for g in page.findChildren(QGroupBox) if g.isCheckable()]
    controls += [(label, label.text()) for label in page.findChildren(QLabel) if label.buddy()]
    for widget, text in controls:
        if widget.isVisibleTo(window) and (letter := mnemonic(text)):
            found.setdefault(letter, []).append(text)
    return found


def screens(qtbot, main: MainWindow) -> Iterator[str]:
    """Show each screen in turn; yields its name while it is showing."""
    vault = main.session.vault
    for index in range(main.pages.count()):
        main.show_page(index)
        if index == PAGE_EXIT:
            main.exit_planner.show_client(list_clients(vault)[0].name)
        if index == PAGE_VALUE:
            main.value.select_client(list_clients(vault)[0].name)
        if index == PAGE_CASES:
            [case, *_] = [c for c in cases.list_cases(vault) if c.is_open]
            main.cases.select_case(case.id)
            view = main.cases.case_view
            qtbot.waitUntil(lambda view=view: view is not None and view.view is not None)
            for stage in Stage:
                view.show_stage(stage)
                yield f"case/{stage.value}"
            continue
        yield main.navigation.item(index).text()


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_controls_share_an_alt_letter(
    qtbot, make_controller, flow_settings, ui_vault_dir: Path, language: str
) -> None:
    with Vault.unlock(ui_vault_dir, PASSPHRASE) as vault:
        fill_demo(vault, incidents=60, seed=3, today=dt.date(2026, 11, 29))
    flow_settings.language_choice = language
    controller = make_controller(ui_vault_dir)
    controller._vault_ready(Vault.unlock(ui_vault_dir, PASSPHRASE))
    main = controller.window
    assert isinstance(main, MainWindow)
    menus = {mnemonic(action.text()) for action in main.menuBar().actions()}
    problems = []
    for screen in screens(qtbot, main):
        page = main.pages.currentWidget()
        for letter, texts in claims(main, page).items():
            if letter in menus:
                problems.append(f"{screen}: Alt+{letter} is also a menu: {texts}")
            if len(texts) > 1:
                problems.append(f"{screen}: Alt+{letter} twice: {texts}")
    # The exit planner's own windows: no menu bar there, but no letter twice either.
    from grenzen.ui.exit.letter_dialog import open_letter_dialog

    client = list_clients(main.session.vault)[0].name
    main.show_page(PAGE_EXIT)
    main.exit_planner.show_client(client)
    editor = main.exit_planner.edit_contract()
    letter = open_letter_dialog(main, main.session, client, "ordinary_notice")
    for name, window in (("contract editor", editor), ("letter", letter)):
        assert window is not None
        qtbot.waitExposed(window)
        for key, texts in claims(window, window).items():
            if len(texts) > 1:
                problems.append(f"{name}: Alt+{key} twice: {texts}")
        window.close()
    assert not problems, "\n".join(problems)
