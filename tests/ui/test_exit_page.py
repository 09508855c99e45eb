"""The exit planner page through its real widgets on a real encrypted vault.

The contract is typed into the editor like a user would; the cards must then show the
very dates ``services.contracts.exits_for_client`` (and so ``grenzen exits``) gives.
"""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from grenzen.domain.cases import Stage
from grenzen.domain.incidents import IncidentDraft, Level
from grenzen.services import cases, clients, contracts, journal
from grenzen.services.errors import NotFound
from grenzen.ui.exit.contract_editor import ContractEditor, OptionalDate
from grenzen.ui.exit.page import ExitPage
from grenzen.ui.exit.scenario_cards import long_date, ui_date
from grenzen.ui.session import VaultSession

D = dt.date
TODAY = D(2028, 10, 2)
CLIENT = "Müller GmbH"
STORED = {
    "type": "service",
    "state": "HH",
    "start": "2025-02-01",
    "fee_unit": "month",
    "notice": {"amount": 3, "unit": "months", "to": "month_end"},
    "fee_amount": 4200,
    "payment_interval": "monthly",
    "form": "text",
    "notes": "Rahmenvertrag, § 9",
    "deliverables": [
        {"what": "Relaunch-Konzept", "due_on": "2028-11-15", "done": False},
        {"what": "Styleguide übergeben", "due_on": None, "done": True},
    ],
}


def make_page(qtbot, session: VaultSession) -> ExitPage:
    page = ExitPage(session)
    qtbot.addWidget(page)
    page.set_today(TODAY)
    page.resize(1180, 760)
    page.setMinimumSize(page.minimumSizeHint())
    page.show()
    qtbot.waitExposed(page)
    return page


def text_of(widget, name: str) -> str:
    label = widget.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def select(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def with_client(session: VaultSession) -> VaultSession:
    clients.add_client(session.vault, CLIENT)
    clients.add_client(session.vault, "Kanzlei Albers")
    return session


def test_list_starts_with_all_deadlines_then_clients(qtbot, with_client) -> None:
    page = make_page(qtbot, with_client)
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert names == ["All deadlines", "Kanzlei Albers", CLIENT]
    assert page.stack.currentIndex() == 0
    assert page.dashboard is not None
    page.show_client(CLIENT)
    assert page.stack.currentIndex() == 1
    assert page.list.currentItem().text() == CLIENT
    page.show_dashboard()
    assert page.stack.currentIndex() == 0


def test_empty_state_teaches_and_offers_to_add(qtbot, with_client) -> None:
    page = make_page(qtbot, with_client)
    page.show_client(CLIENT)
    assert page.findChild(QLabel, "contractEmpty").isVisible()
    assert "dates" in text_of(page, "contractEmpty")
    assert page.findChild(QPushButton, "addContractButton").isVisible()
    assert page.cards.scenario_ids() == []
    disclaimer = page.findChild(QLabel, "exitDisclaimer")
    assert disclaimer.isVisible()
    assert "not legal advice" in disclaimer.text()


def test_contract_entered_in_the_editor_gives_the_cli_dates(qtbot, with_client) -> None:
    session = with_client
    page = make_page(qtbot, session)
    page.show_client(CLIENT)
    qtbot.mouseClick(page.findChild(QPushButton, "addContractButton"), Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, ContractEditor)
    assert editor.isVisible()
    assert not editor.type_service.isChecked()
    assert not editor.type_work.isChecked()  # never a silent default
    assert not editor.work_box.isVisible()

    editor.type_service.setChecked(True)
    editor.start_edit.setDate(QDate(2025, 2, 1))
    editor.notice_check.setChecked(True)
    editor.notice_amount.setValue(3)
    select(editor.notice_unit, "months")
    select(editor.notice_to, "month_end")
    select(editor.fee_unit, "month")
    editor.fee_amount.setValue(4200)
    select(editor.payment_interval, "monthly")
    select(editor.form_combo, "text")
    select(editor.state_combo, "HH")
    with qtbot.waitSignal(session.changed) as changed:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["contracts"]
    assert not editor.isVisible()

    stored = contracts.contract_of(session.vault, CLIENT)
    assert {k: stored[k] for k in ("type", "state", "start", "fee_unit", "notice", "form")} == {
        "type": "service",
        "state": "HH",
        "start": "2025-02-01",
        "fee_unit": "month",
        "notice": {"amount": 3, "unit": "months", "to": "month_end"},
        "form": "text",
    }
    plan = contracts.exits_for_client(session.vault, CLIENT, TODAY)
    first = plan.ordinary.earliest
    assert first is not None
    assert plan.ordinary.send_by is not None
    card = page.cards.card("ordinary_notice")
    assert card.dates == {
        "ends_on": first.ends_on,
        "legal_deadline": first.legal_deadline,
        "practical_deadline": first.practical_deadline,
        "send_by_registered_letter": plan.ordinary.send_by.registered_letter,
        "send_by_courier": plan.ordinary.send_by.courier,
        "send_by_email": plan.ordinary.send_by.email,
    }
    assert (first.ends_on, first.practical_deadline) == (D(2029, 1, 31), D(2028, 10, 30))
    assert text_of(card, "earliestEnd") == long_date(D(2029, 1, 31))
    assert text_of(card, "practical_deadlineDate") == ui_date(D(2028, 10, 30))
    assert text_of(card, "legal_deadlineDate") == ui_date(D(2028, 10, 31))
    assert text_of(card, "practical_deadlineDays") == "in 28 days"
    assert card.findChild(QLabel, "practical_deadlineDays").property("role") == "notice"
    assert "§ 130" in card.findChild(QLabel, "legal_deadlineDate").toolTip()
    assert text_of(card, "nextEnds") == " · ".join(
        ui_date(c.ends_on) for c in plan.ordinary.next_options
    )
    assert "12,600.00 €" in text_of(card, "scenarioMoney")
    assert page.summary.values["notice"] == "3 months to the end of a month"
    assert page.findChild(QLabel, "exitDisclaimer").isVisible()


def test_a_validation_error_shows_at_its_field_and_stores_nothing(qtbot, with_client) -> None:
    session = with_client
    page = make_page(qtbot, session)
    page.show_client(CLIENT)
    editor = page.edit_contract()
    assert editor is not None
    select(editor.fee_unit, "month")
    assert editor.save() is False  # no type chosen
    assert editor.isVisible()
    assert editor.errors["type"].isVisible()
    assert "service contract or contract for work" in editor.errors["type"].text()
    assert editor.general_error.isVisible()
    with pytest.raises(NotFound):
        contracts.contract_of(session.vault, CLIENT)

    editor.type_service.setChecked(True)
    editor.renewal_spin.setValue(12)  # a renewal without a term
    assert editor.save() is False
    assert not editor.errors["type"].isVisible()
    assert editor.errors["renewal"].isVisible()
    assert "fixed term" in editor.errors["renewal"].text()
    with pytest.raises(NotFound):
        contracts.contract_of(session.vault, CLIENT)

    editor.renewal_spin.setValue(0)
    editor.add_deliverable("", D(2028, 12, 1))
    assert editor.save() is False
    assert "Row 1" in editor.errors["deliverables"].text()
    editor.reject()
    assert not editor.isVisible()
    with pytest.raises(NotFound):
        contracts.contract_of(session.vault, CLIENT)


def test_editing_loads_the_stored_values_and_deliverables_round_trip(qtbot, with_client) -> None:
    session = with_client
    contracts.set_contract(session.vault, CLIENT, STORED)
    page = make_page(qtbot, session)
    page.show_client(CLIENT)
    qtbot.mouseClick(page.findChild(QPushButton, "editContractButton"), Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    assert editor.type_service.isChecked()
    assert editor.start_edit.date() == QDate(2025, 2, 1)
    assert editor.notice_check.isChecked()
    assert (editor.notice_amount.value(), editor.notice_unit.currentData()) == (3, "months")
    assert editor.notice_to.currentData() == "month_end"
    assert editor.fee_unit.currentData() == "month"
    assert editor.fee_amount.value() == 4200
    assert editor.payment_interval.currentData() == "monthly"
    assert editor.form_combo.currentData() == "text"
    assert editor.state_combo.currentData() == "HH"
    assert editor.notes.toPlainText() == "Rahmenvertrag, § 9"
    assert editor.deliverable_rows() == STORED["deliverables"]
    assert editor.to_json() == {**STORED, "country": "DE"}

    # Change one row, add one, remove one; store; read back.
    editor.deliverables.item(0, 0).setText("Relaunch-Konzept, zweite Fassung")
    due = editor.deliverables.cellWidget(0, 1)
    assert isinstance(due, OptionalDate)
    due.set_day(D(2028, 11, 30))
    editor.deliverables.setCurrentCell(1, 0)
    editor.remove_selected_deliverable()
    qtbot.mouseClick(editor.add_row_button, Qt.MouseButton.LeftButton)
    editor.deliverables.item(1, 0).setText("Zugänge übergeben")
    editor.deliverables.item(1, 2).setCheckState(Qt.CheckState.Checked)
    assert editor.save()
    stored = contracts.contract_of(session.vault, CLIENT)["deliverables"]
    assert sorted(stored, key=lambda d: d["what"]) == [
        {"what": "Relaunch-Konzept, zweite Fassung", "due_on": "2028-11-30", "done": False},
        {"what": "Zugänge übergeben", "due_on": None, "done": True},
    ]
    owed = page.cards.card("ordinary_notice").findChild(QLabel, "scenarioDeliverables")
    assert owed.text() == f"• Relaunch-Konzept, zweite Fassung – due {ui_date(D(2028, 11, 30))}"


def test_work_contract_fields_show_only_for_work(qtbot, with_client) -> None:
    page = make_page(qtbot, with_client)
    page.show_client(CLIENT)
    editor = page.edit_contract()
    assert editor is not None
    editor.type_work.setChecked(True)
    assert editor.work_box.isVisible()
    assert not editor.trust_check.isEnabled()
    editor.fee_total.setValue(12000)
    editor.progress.setValue(25)
    select(editor.state_combo, "BY")
    assert editor.save()
    stored = contracts.contract_of(with_client.vault, CLIENT)
    assert (stored["type"], stored["fee_total"], stored["progress"]) == ("work", 12000, 0.25)
    ids = page.cards.scenario_ids()
    assert ids[:3] == ["finish_and_deliver", "cooperation_deadline", "client_terminates"]
    claim = page.cards.card("client_terminates")
    assert text_of(claim, "earliestEnd") == "3,450.00 €"
    editor = page.edit_contract()
    editor.type_service.setChecked(True)
    assert not editor.work_box.isVisible()


def test_extraordinary_card_shows_incidents_and_the_warning_state(qtbot, with_client) -> None:
    session = with_client
    contracts.set_contract(session.vault, CLIENT, STORED)
    for text, day, severity in (
        ("Vor dem Team als unfähig bezeichnet", D(2028, 9, 25), 5),
        ("Frühere Mail mit Drohung", D(2028, 8, 14), 3),
    ):
        draft = IncidentDraft(
            client=CLIENT, text=text, occurred_on=day, learned_on=day, severity=severity,
            level=Level.RELATIONSHIP,
        )  # fmt: skip
        journal.log_incident(session.vault, draft, today=TODAY)
    page = make_page(qtbot, session)
    page.show_client(CLIENT)
    card = page.cards.card("extraordinary")
    plan = contracts.exits_for_client(session.vault, CLIENT, TODAY)
    assert plan.extraordinary is not None
    assert card.dates["window_ends"] == plan.extraordinary.window_ends == D(2028, 10, 9)
    assert card.dates["safe_deadline"] == plan.extraordinary.safe_deadline
    assert text_of(card, "knownOnSource") == "from your incident of that day"
    assert "Vor dem Team als unfähig bezeichnet" in text_of(card, "supportingIncidents")
    assert "Frühere Mail" in text_of(card, "contextIncidents")
    assert "usually comes first" in text_of(card, "warningState")

    case_id = cases.open_case(session.vault, CLIENT, "Ton")
    record = {"on": "2028-09-01", "text": "…", "formal_warning": True}
    cases.save_stage_answers(
        session.vault, case_id, Stage.SET_BOUNDARIES, {"sent_statements": [record]}
    )
    session.notify("cases")
    card = page.cards.card("extraordinary")
    assert ui_date(D(2028, 9, 1)) in text_of(card, "warningState")
    assert card.findChild(QLabel, "warningState").property("role") == "good"


def test_card_actions_call_the_other_parts(qtbot, with_client, monkeypatch) -> None:
    session = with_client
    contracts.set_contract(session.vault, CLIENT, STORED)
    page = make_page(qtbot, session)
    page.show_client(CLIENT)
    calls: list[tuple] = []
    calendar = types.ModuleType("grenzen.ui.exit.calendar_export")
    calendar.export_scenario_calendar = lambda parent, s, client, sid, today: calls.append(
        ("calendar", client, sid, today)
    )
    letters = types.ModuleType("grenzen.ui.exit.letter_dialog")
    letters.open_letter_dialog = lambda parent, s, client, kind, today: calls.append(
        ("letter", client, kind, today)
    )
    plans = types.ModuleType("grenzen.ui.exit.plan_export")
    plans.export_exit_plan = lambda parent, s, client, sid, today: calls.append(
        ("plan", client, sid, today)
    )
    monkeypatch.setitem(sys.modules, "grenzen.ui.exit.calendar_export", calendar)
    monkeypatch.setitem(sys.modules, "grenzen.ui.exit.letter_dialog", letters)
    monkeypatch.setitem(sys.modules, "grenzen.ui.exit.plan_export", plans)
    card = page.cards.card("ordinary_notice")
    qtbot.waitUntil(card.isVisible)  # cards added to a shown page appear with the next events
    card.action_buttons["calendar"].click()
    card.action_buttons["letter"].click()
    card.action_buttons["plan"].click()
    assert calls == [
        ("calendar", CLIENT, "ordinary_notice", TODAY),
        ("letter", CLIENT, "ordinary_notice", TODAY),
        ("plan", CLIENT, "ordinary_notice", TODAY),
    ]
    page.cards.card("mutual").action_buttons["letter"].click()
    assert calls[-1] == ("letter", CLIENT, "mutual_termination", TODAY)
    assert "calendar" not in page.cards.card("mutual").action_buttons


def test_unavailable_scenarios_are_muted_with_the_reason(qtbot, with_client) -> None:
    session = with_client
    fixed = {
        "type": "service", "state": "BE", "start": "2028-01-01", "term": {"months": 12},
        "fee_unit": "month",
    }  # fmt: skip
    contracts.set_contract(session.vault, CLIENT, fixed)
    page = make_page(qtbot, session)
    page.show_client(CLIENT)
    ordinary = page.cards.card("ordinary_notice")
    assert not ordinary.scenario.available
    assert "31" in text_of(ordinary, "scenarioWhyNot")
    assert page.cards.scenario_ids()[-1] == "ordinary_notice"  # the muted ones go last
    run_out = page.cards.card("let_run_out")
    assert run_out.dates["ends_on"] == D(2028, 12, 31)


def test_refreshes_when_the_journal_changes_and_clears_on_lock(qtbot, with_client) -> None:
    session = with_client
    contracts.set_contract(session.vault, CLIENT, STORED)
    page = make_page(qtbot, session)
    page.show_client(CLIENT)
    assert "extraordinary" not in page.cards.scenario_ids()
    draft = IncidentDraft(client=CLIENT, text="Angeschrien", occurred_on=TODAY, severity=4)
    journal.log_incident(session.vault, draft, today=TODAY)
    session.notify("incidents")
    assert "extraordinary" in page.cards.scenario_ids()
    assert page.list.currentItem().text() == CLIENT
    session.lock()
    assert page.list.count() == 0
    assert page.cards.scenario_ids() == []


def test_dashboard_opens_a_client_and_the_letter_dialog_opens(qtbot, with_client) -> None:
    session = with_client
    contracts.set_contract(session.vault, CLIENT, STORED)
    page = make_page(qtbot, session)
    assert page.dashboard is not None
    page.dashboard.client_requested.emit(CLIENT)
    assert page.client == CLIENT
    assert page.list.currentItem().text() == CLIENT
    card = page.cards.card("ordinary_notice")
    qtbot.waitUntil(card.isVisible)
    card.action_buttons["letter"].click()
    dialog = card.letter_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # it deletes itself when closed


def test_keyboard_saves_with_ctrl_s_and_escape_stores_nothing(qtbot, with_client) -> None:
    session = with_client
    page = make_page(qtbot, session)
    page.show_client(CLIENT)
    editor = page.edit_contract()
    assert editor is not None
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.type_service.setChecked(True)
    select(editor.fee_unit, "month")
    QTest.keyClick(editor.notes, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    with pytest.raises(NotFound):
        contracts.contract_of(session.vault, CLIENT)

    editor = page.edit_contract()
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.type_service.setChecked(True)
    select(editor.fee_unit, "month")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with qtbot.waitSignal(editor.saved):
        QTest.keyClick(editor.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert contracts.contract_of(session.vault, CLIENT)["fee_unit"] == "month"


def test_swiss_contract_gets_guidance_and_no_dates(qtbot, with_client) -> None:
    session = with_client
    contracts.set_contract(
        session.vault, CLIENT, {"type": "service", "country": "CH", "start": "2027-01-01"}
    )
    page = make_page(qtbot, session)
    page.show_client(CLIENT)
    assert page.cards.scenario_ids() == ["guidance", "mutual"]
    assert "Art. 404 OR" in text_of(page.cards.card("guidance"), "scenarioBasis")
    assert page.summary.values["state"] == "Switzerland (guidance only)"
    editor = page.edit_contract()
    assert editor is not None
    assert not editor.state_combo.isEnabled()
    assert editor.to_json()["country"] == "CH"
