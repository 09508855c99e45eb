"""Whole journeys through the real app: first run, lock and unlock, capture, undo, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from grenzen.services import cases, journal
from grenzen.storage.vault import Vault
from grenzen.ui.main_window import PAGE_CASES, PAGE_COMPLIMENTS, MainWindow
from grenzen.ui.onboarding.unlock import UnlockWindow

PASSPHRASE = "ruhig bleiben 2026"
GERMAN_TEXT = "Er sagte, die Größe sei Müll – typisch Frau Weiß."


def _main(controller) -> MainWindow:
    assert isinstance(controller.window, MainWindow)
    return controller.window


def _unlocked_main(qtbot, make_controller, folder: Path) -> MainWindow:
    controller = make_controller(folder)
    window = controller.window
    window.findChild(QLineEdit, "passphraseEdit").setText(PASSPHRASE)
    qtbot.mouseClick(window.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    return controller.window


def test_first_run_shows_the_recovery_code_then_the_journal(
    qtbot, make_controller, tmp_path: Path
) -> None:
    folder = tmp_path / "new-vault"
    controller = make_controller(folder)
    window = controller.window
    assert window.objectName() == "firstRunWindow"
    qtbot.mouseClick(window.findChild(QPushButton, "createVaultButton"), Qt.MouseButton.LeftButton)
    continue_button = window.findChild(QPushButton, "continueButton")
    window.findChild(QLineEdit, "passphraseEdit").setText(PASSPHRASE)
    window.findChild(QLineEdit, "repeatEdit").setText(PASSPHRASE + "x")
    assert not continue_button.isEnabled()
    window.findChild(QLineEdit, "repeatEdit").setText(PASSPHRASE)
    assert continue_button.isEnabled()
    qtbot.mouseClick(continue_button, Qt.MouseButton.LeftButton)
    code_label = window.findChild(QLabel, "recoveryCodeLabel")
    qtbot.waitUntil(lambda: len(code_label.text().strip()) >= 39, timeout=10_000)
    code = code_label.text().strip()
    finish = window.findChild(QPushButton, "finishButton")
    assert not finish.isEnabled()
    window.findChild(QLineEdit, "confirmCodeEdit").setText(code.split("-")[-1].lower())
    assert finish.isEnabled()
    remember = window.findChild(QCheckBox, "rememberCheck")
    if remember is not None and remember.isEnabled():
        remember.setChecked(False)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    assert controller.window.findChild(QTableView, "incidentList") is not None
    # The code shown really opens the vault.
    controller.shutdown()
    Vault.unlock_with_recovery_code(folder, code).close()


def test_lock_then_unlock_with_wrong_and_right_passphrase(
    qtbot, make_controller, ui_vault_dir: Path
) -> None:
    main = _unlocked_main(qtbot, make_controller, ui_vault_dir)
    controller = main.controller
    main.findChild(type(main.lock_action), "lockAction").trigger()
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow))
    assert not controller.session.is_unlocked
    unlock = controller.window
    unlock.findChild(QLineEdit, "passphraseEdit").setText("not my passphrase")
    qtbot.mouseClick(unlock.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    error = unlock.findChild(QLabel, "errorLabel")
    qtbot.waitUntil(lambda: bool(error.text()) and error.isVisible(), timeout=10_000)
    assert isinstance(controller.window, UnlockWindow)
    unlock.findChild(QLineEdit, "passphraseEdit").setText(PASSPHRASE)
    qtbot.mouseClick(unlock.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)


def test_quick_capture_in_german_appears_in_list_and_search(
    qtbot, make_controller, ui_vault_dir: Path
) -> None:
    main = _unlocked_main(qtbot, make_controller, ui_vault_dir)
    main.quick_capture_action.trigger()
    dialog = main.findChild(QPlainTextEdit, "captureTextEdit").window()
    qtbot.waitUntil(dialog.isVisible)
    main.findChild(QPlainTextEdit, "captureTextEdit").setPlainText(GERMAN_TEXT)
    dialog.findChild(QComboBox, "captureClientCombo").setEditText("Müller GmbH")
    qtbot.mouseClick(dialog.findChild(QPushButton, "captureSaveButton"), Qt.MouseButton.LeftButton)
    table = main.findChild(QTableView, "incidentList")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5_000)
    [stored] = journal.list_incidents(main.session.vault).incidents
    assert (stored.text, stored.client) == (GERMAN_TEXT, "Müller GmbH")
    search = main.findChild(QLineEdit, "searchEdit")
    search.setText("grosse")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5_000)
    search.setText("nirgendwo")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0, timeout=5_000)


def test_edit_and_delete_are_undone_through_the_edit_menu(
    qtbot, make_controller, ui_vault_dir: Path
) -> None:
    with Vault.unlock(ui_vault_dir, PASSPHRASE) as vault:
        from grenzen.domain.incidents import IncidentDraft

        incident_id = journal.log_incident(
            vault, IncidentDraft(client="Müller GmbH", text="Alter Text")
        )
    main = _unlocked_main(qtbot, make_controller, ui_vault_dir)
    table = main.findChild(QTableView, "incidentList")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.selectRow(0)
    text_edit = main.findChild(QPlainTextEdit, "textEdit")
    qtbot.waitUntil(lambda: text_edit.toPlainText() == "Alter Text")
    text_edit.setPlainText("Neuer Text über Größe")
    vault = main.session.vault
    qtbot.waitUntil(
        lambda: journal.show_incident(vault, incident_id).text == "Neuer Text über Größe",
        timeout=5_000,
    )
    main.undo_action.trigger()
    qtbot.waitUntil(lambda: journal.show_incident(vault, incident_id).text == "Alter Text")
    qtbot.mouseClick(main.findChild(QPushButton, "deleteButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: journal.list_incidents(vault).total == 0)
    main.undo_action.trigger()
    qtbot.waitUntil(lambda: journal.list_incidents(vault).total == 1)
    assert journal.show_incident(vault, incident_id).text == "Alter Text"


def test_language_switch_rebuilds_the_window_in_german(
    qtbot, make_controller, ui_vault_dir: Path
) -> None:
    main = _unlocked_main(qtbot, make_controller, ui_vault_dir)
    controller = main.controller
    main.show_page(PAGE_COMPLIMENTS)
    controller.set_language("de")
    german = _main(controller)
    assert german is not main
    assert german.current_page() == PAGE_COMPLIMENTS
    navigation = german.findChild(QListWidget, "navigation")
    assert navigation.item(PAGE_COMPLIMENTS).text() == "Komplimente"
    assert navigation.item(PAGE_CASES).text() == "Fälle"
    assert german.lock_action.text() == "Sperren"
    controller.set_language("en")
    english = _main(controller).findChild(QListWidget, "navigation")
    assert english.item(PAGE_COMPLIMENTS).text() == "Compliments"


def test_auto_lock_after_the_idle_time(qtbot, make_controller, ui_vault_dir: Path) -> None:
    main = _unlocked_main(qtbot, make_controller, ui_vault_dir)
    controller = main.controller
    controller.idle_lock.set_minutes(0.002)  # 120 ms instead of minutes
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=5_000)
    assert not controller.session.is_unlocked


def test_save_and_calm_down_opens_a_case_at_its_first_stage(
    qtbot, make_controller, ui_vault_dir: Path
) -> None:
    main = _unlocked_main(qtbot, make_controller, ui_vault_dir)
    main.quick_capture_action.trigger()
    text = main.findChild(QPlainTextEdit, "captureTextEdit")
    dialog = text.window()
    text.setPlainText("Vor allen: „Das ist doch Müll.“")
    dialog.findChild(QComboBox, "captureClientCombo").setEditText("Weiß & Söhne")
    qtbot.mouseClick(dialog.findChild(QPushButton, "captureCalmButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.current_page() == PAGE_CASES)
    [case] = cases.list_cases(main.session.vault)
    assert case.client == "Weiß & Söhne"
    assert case.incident_count == 1
    view = main.cases.case_view
    qtbot.waitUntil(lambda: view is not None and view.current_page() is not None)
    assert view.current_page().objectName() == "calmDownPage"


def test_move_on_opens_the_exit_planner_for_the_client(
    qtbot, make_controller, ui_vault_dir: Path
) -> None:
    """From the coach's last stage to the client's exit scenarios, by keyboard."""
    from grenzen.domain.cases import Stage
    from grenzen.services import contracts
    from grenzen.ui.coach.move_on import EXIT_PLAN_KEYS
    from grenzen.ui.main_window import PAGE_EXIT

    main = _unlocked_main(qtbot, make_controller, ui_vault_dir)
    vault = main.session.vault
    contracts.set_contract(
        vault,
        "Weiß & Söhne",
        {"type": "service", "state": "BE", "start": "2025-01-01", "fee_unit": "month"},
    )
    case_id = cases.open_case(vault, "Weiß & Söhne")
    main.show_page(PAGE_CASES)
    main.cases.select_case(case_id)
    view = main.cases.case_view
    qtbot.waitUntil(lambda: view is not None and view.view is not None)
    view.show_stage(Stage.MOVE_ON)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keySequence(main, EXIT_PLAN_KEYS)  # not Ctrl+E: that stays the energy check-in
    qtbot.waitUntil(lambda: main.current_page() == PAGE_EXIT)
    assert main.exit_planner.client == "Weiß & Söhne"
    assert "ordinary_notice" in main.exit_planner.cards.scenario_ids()


def test_status_bar_names_the_next_deadline(qtbot, make_controller, ui_vault_dir: Path) -> None:
    from grenzen.services import contracts

    main = _unlocked_main(qtbot, make_controller, ui_vault_dir)
    status = main.findChild(QLabel, "statusText")
    assert "next deadline" not in status.text()
    contracts.set_contract(
        main.session.vault,
        "Weiß & Söhne",
        {"type": "service", "state": "BE", "start": "2025-01-01", "fee_unit": "month"},
    )
    main.session.notify("contracts")
    qtbot.waitUntil(lambda: "next deadline" in status.text())
    assert "(Weiß & Söhne)" in status.text()
