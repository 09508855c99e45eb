"""The client value page through real widgets on a real encrypted vault."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTreeWidget

from grenzen.domain.incidents import IncidentDraft, Level
from grenzen.services import journal, value, wellbeing
from grenzen.storage.vault import Vault
from grenzen.ui.session import VaultSession
from grenzen.ui.value.dialogs import CriterionDialog, InvoiceDialog
from grenzen.ui.value.model import BAR_ROLE, CLIENT_ROLE, SORT_ROLE, Column
from grenzen.ui.value.page import PeriodChoice, ValuePage
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 6, 15)
SUNK_COST_NOTE = "Ich habe schon so viel investiert"


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def make_page(qtbot, session: VaultSession) -> ValuePage:
    page = ValuePage(session)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.set_today(TODAY)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown_clients(page: ValuePage) -> list[str]:
    proxy = page.table.model()
    return [proxy.index(r, Column.CLIENT).data(CLIENT_ROLE) for r in range(proxy.rowCount())]


def cell(page: ValuePage, client: str, column: Column, role: int = Qt.ItemDataRole.DisplayRole):
    proxy = page.table.model()
    row = shown_clients(page).index(client)
    return proxy.index(row, column).data(role)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def three_clients(session: VaultSession) -> None:
    vault = session.vault
    value.add_invoice(vault, "Müller GmbH", "950", day("2026-03-01"), 10, day("2026-03-15"))
    value.add_invoice(
        vault, "Kleine AG", "1200", day("2026-03-01"), 8, day("2026-03-15"), day("2026-03-20")
    )
    value.add_invoice(vault, "Große Bank AG", "10000", day("2026-03-01"))  # no hours
    journal.log_incident(
        vault,
        IncidentDraft(client="Müller GmbH", text="Anschreien", occurred_on=day("2026-04-01")),
        today=TODAY,
    )
    journal.log_incident(
        vault,
        IncidentDraft(
            client="Müller GmbH",
            text="Briefing fehlt",
            occurred_on=day("2026-04-02"),
            level=Level.FACTUAL,
        ),
        today=TODAY,
    )
    for level in (3, 4):
        wellbeing.add_checkin(vault, level, client="Müller GmbH", checked_on=day("2026-04-03"))
    wellbeing.add_checkin(vault, 9, checked_on=day("2026-04-04"))
    session.notify("value")


def test_empty_vault_teaches_what_to_do(qtbot, session) -> None:
    page = make_page(qtbot, session)
    assert page.findChild(QLabel, "valueEmpty").isVisible()
    assert not page.table.isVisible()
    assert page.findChild(QLabel, "criteriaEmpty").isVisible()


def test_table_shows_the_figures_with_bars(qtbot, session) -> None:
    page = make_page(qtbot, session)
    three_clients(session)
    assert shown_clients(page) == ["Große Bank AG", "Kleine AG", "Müller GmbH"]  # by revenue
    assert cell(page, "Müller GmbH", Column.REVENUE, SORT_ROLE) == 950.0
    assert "950.00" in cell(page, "Müller GmbH", Column.REVENUE)
    assert cell(page, "Müller GmbH", Column.RATE, SORT_ROLE) == 95.0
    overdue = (TODAY - day("2026-03-15")).days
    assert cell(page, "Müller GmbH", Column.DAYS_LATE, SORT_ROLE) == overdue
    assert cell(page, "Müller GmbH", Column.INCIDENTS) == "2"
    assert "1 on the relationship level" in cell(
        page, "Müller GmbH", Column.INCIDENTS, Qt.ItemDataRole.ToolTipRole
    )
    assert cell(page, "Müller GmbH", Column.ENERGY, SORT_ROLE) == 3.5
    assert "below your average" in cell(
        page, "Müller GmbH", Column.ENERGY, Qt.ItemDataRole.ToolTipRole
    )
    assert cell(page, "Große Bank AG", Column.RATE) == "–"
    assert cell(page, "Große Bank AG", Column.RATE, BAR_ROLE) is None
    assert cell(page, "Große Bank AG", Column.REVENUE, BAR_ROLE) == 1.0
    assert cell(page, "Müller GmbH", Column.REVENUE, BAR_ROLE) == 0.095
    page.table.grab()  # the bar delegate paints for real
    # The first client is selected and shown below the table.
    assert page.client_panel.name.text() == "Große Bank AG"


def test_sorting_a_column_sorts_by_the_numbers(qtbot, session) -> None:
    page = make_page(qtbot, session)
    three_clients(session)
    page.table.sortByColumn(Column.REVENUE, Qt.SortOrder.AscendingOrder)
    # As text "10,000.00 €" < "1,200.00 €" < "950.00 €"; as numbers the other way round.
    assert shown_clients(page) == ["Müller GmbH", "Kleine AG", "Große Bank AG"]
    page.table.sortByColumn(Column.RATE, Qt.SortOrder.AscendingOrder)
    assert shown_clients(page) == ["Müller GmbH", "Kleine AG", "Große Bank AG"]  # "–" last
    page.table.sortByColumn(Column.RATE, Qt.SortOrder.DescendingOrder)
    assert shown_clients(page) == ["Kleine AG", "Müller GmbH", "Große Bank AG"]  # still last
    click(qtbot, page.table.horizontalHeader())  # a real header exists and takes clicks
    page.table.sortByColumn(Column.CLIENT, Qt.SortOrder.AscendingOrder)
    assert shown_clients(page) == ["Große Bank AG", "Kleine AG", "Müller GmbH"]


def test_period_choice_changes_the_figures(qtbot, session) -> None:
    value.add_invoice(session.vault, "Müller GmbH", "100", day("2024-01-10"))
    value.add_invoice(session.vault, "Müller GmbH", "50", day("2026-01-10"))
    page = make_page(qtbot, session)
    assert cell(page, "Müller GmbH", Column.REVENUE, SORT_ROLE) == 50.0
    page.period_combo.setCurrentIndex(PeriodChoice.ALL_TIME)
    assert cell(page, "Müller GmbH", Column.REVENUE, SORT_ROLE) == 150.0
    page.period_combo.setCurrentIndex(PeriodChoice.THIS_YEAR)
    assert page.value_table is not None
    assert page.value_table.since == day("2026-01-01")


def test_add_an_invoice_through_the_dialog_updates_the_table(qtbot, session) -> None:
    value.add_invoice(session.vault, "Müller GmbH", "100", day("2026-01-10"))
    page = make_page(qtbot, session)
    panel = page.client_panel
    panel.tabs.setCurrentIndex(2)
    click(qtbot, panel.findChild(QPushButton, "addInvoiceButton"))
    dialog = panel.findChild(InvoiceDialog, "invoiceDialog")
    assert dialog.isVisible()
    dialog.amount_edit.setText("1234,50")
    dialog.date_edit.setDate(QDate(2026, 5, 2))
    dialog.due.check.setChecked(True)
    dialog.due.edit.setDate(QDate(2026, 5, 16))
    dialog.hours_edit.setText("10")
    dialog.note_edit.setText("Rechnung Mai")
    with qtbot.waitSignal(session.changed):
        click(qtbot, dialog.findChild(QPushButton, "invoiceSaveButton"))
    assert cell(page, "Müller GmbH", Column.REVENUE, SORT_ROLE) == 1334.5
    assert cell(page, "Müller GmbH", Column.HOURS, SORT_ROLE) == 10.0
    invoices = panel.findChild(QTreeWidget, "invoiceList")
    assert invoices.topLevelItemCount() == 2
    assert invoices.topLevelItem(0).text(5) == "Rechnung Mai"
    [stored, _] = value.invoices_of(session.vault, "Müller GmbH")
    assert (stored.amount_cents, stored.due_date, stored.paid_date) == (
        123_450,
        day("2026-05-16"),
        None,
    )


def test_a_refused_amount_is_explained_in_the_dialog(qtbot, session) -> None:
    value.add_invoice(session.vault, "Müller GmbH", "100", day("2026-01-10"))
    page = make_page(qtbot, session)
    dialog = page.client_panel.add_invoice()
    assert dialog is not None
    dialog.amount_edit.setText("12,345")
    click(qtbot, dialog.findChild(QPushButton, "invoiceSaveButton"))
    assert dialog.isVisible()
    assert "two decimals" in dialog.findChild(QLabel, "invoiceError").text()
    assert len(value.invoices_of(session.vault, "Müller GmbH")) == 1


def test_mark_paid_delete_and_undo(qtbot, session) -> None:
    invoice_id = value.add_invoice(
        session.vault, "Müller GmbH", "100", day("2026-05-01"), due_date=day("2026-05-15")
    )
    page = make_page(qtbot, session)
    panel = page.client_panel
    panel.tabs.setCurrentIndex(2)
    invoices = panel.findChild(QTreeWidget, "invoiceList")
    assert "overdue" in invoices.topLevelItem(0).text(3)
    invoices.setCurrentItem(invoices.topLevelItem(0))
    click(qtbot, panel.findChild(QPushButton, "markPaidButton"))
    assert value.get_invoice(session.vault, invoice_id).paid_date == TODAY

    invoices.setCurrentItem(invoices.topLevelItem(0))
    click(qtbot, panel.findChild(QPushButton, "deleteInvoiceButton"))
    assert value.invoices_of(session.vault, "Müller GmbH") == []
    assert panel.findChild(QLabel, "invoicesEmpty").isVisible()
    assert "what this client really brings" in panel.findChild(QLabel, "invoicesEmpty").text()
    assert panel.undo_bar.isVisible()
    click(qtbot, panel.findChild(QPushButton, "undoDeleteInvoiceButton"))
    assert [i.id for i in value.invoices_of(session.vault, "Müller GmbH")] == [invoice_id]
    assert invoices.topLevelItemCount() == 1
    assert not panel.undo_bar.isVisible()


def test_tick_a_written_criterion_and_see_a_measured_one_with_its_reason(qtbot, session) -> None:
    three_clients(session)
    respect = value.add_criterion(session.vault, "Respektvoller Ton")
    rate = value.add_criterion(session.vault, "Guter Satz", "min_rate", 100)
    page = make_page(qtbot, session)
    page.select_client("Müller GmbH")
    panel = page.client_panel
    row = panel.match_row(respect)
    assert row is not None
    assert row.findChild(QPushButton, f"open{respect}").isChecked()
    with qtbot.waitSignal(session.changed):
        click(qtbot, row.findChild(QPushButton, f"cross{respect}"))
    stored = value.value_table(session.vault, TODAY).row("Müller GmbH")
    assert stored is not None
    assert stored.matches[0].matches is False
    assert panel.match_row(respect).findChild(QPushButton, f"cross{respect}").isChecked()
    assert cell(page, "Müller GmbH", Column.PROFILE) == "✗\u2009✗"  # 95 €/h < 100 €/h

    measured = panel.match_row(rate)
    assert measured is not None
    assert measured.findChild(QPushButton) is None  # judged by the figures, not ticked
    reason = measured.findChild(QLabel, f"matchReason{rate}").text()
    assert reason == "Effective rate 95 €/h < 100 €/h"

    click(qtbot, panel.match_row(respect).findChild(QPushButton, f"open{respect}"))
    again = value.value_table(session.vault, TODAY).row("Müller GmbH")
    assert again is not None
    assert again.matches[0].matches is None


def test_answer_the_zero_based_question_and_see_the_history(qtbot, session) -> None:
    value.add_invoice(session.vault, "Müller GmbH", "100", day("2026-01-10"))
    page = make_page(qtbot, session)
    panel = page.client_panel
    panel.tabs.setCurrentIndex(1)
    history = panel.findChild(QListWidget, "zeroBasedHistory")
    assert not history.isVisible()
    assert panel.findChild(QLabel, "zeroBasedEmpty").isVisible()
    panel.note_edit.setPlainText("Gute Leute, fairer Preis.")
    with qtbot.waitSignal(session.changed):
        click(qtbot, panel.findChild(QPushButton, "answerYesButton"))
    assert history.count() == 1
    assert "Gute Leute, fairer Preis." in history.item(0).text()
    assert panel.note_edit.toPlainText() == ""
    [stored] = value.zero_based_history(session.vault, "Müller GmbH")
    assert (stored.answer.value, stored.asked_on) == ("yes", TODAY)

    panel.note_edit.setPlainText("Der Ton zieht mich runter.")
    click(qtbot, panel.findChild(QPushButton, "answerNoButton"))
    assert history.count() == 2
    assert "Der Ton" in history.item(0).text()  # newest first
    hint = panel.findChild(QLabel, "zeroBasedHint")
    assert hint.isVisible()
    assert "gut says no" in hint.text()


def test_sunk_cost_hint_appears_for_the_users_own_words(qtbot, session) -> None:
    value.add_invoice(session.vault, "Müller GmbH", "100", day("2026-01-10"))
    page = make_page(qtbot, session)
    panel = page.client_panel
    panel.tabs.setCurrentIndex(1)
    hint = panel.findChild(QLabel, "zeroBasedHint")
    assert not hint.isVisible()
    panel.note_edit.setPlainText(SUNK_COST_NOTE)
    assert hint.isVisible()  # named while typing, before saving
    assert "sounds like sunk cost" in hint.text()
    assert SUNK_COST_NOTE in hint.text()
    click(qtbot, panel.findChild(QPushButton, "answerUnsureButton"))
    assert hint.isVisible()  # and for the saved answer
    assert SUNK_COST_NOTE in hint.text()
    history = panel.findChild(QListWidget, "zeroBasedHistory")
    assert "sunk cost" in history.item(0).text()


def test_profile_texts_save_as_you_type(qtbot, session, ui_vault_dir) -> None:
    page = make_page(qtbot, session)
    profile = page.profile
    profile.description.setPlainText("Kunden, die mich schätzen.")
    profile.reflection.setPlainText("Ich antworte selbst spät.")
    qtbot.waitUntil(
        lambda: value.dream_profile(session.vault).reflection == "Ich antworte selbst spät."
    )
    assert value.dream_profile(session.vault).description == "Kunden, die mich schätzen."
    # Locking saves what is still pending.
    profile.description.setPlainText("Geändert")
    session.lock()
    assert profile.description.toPlainText() == ""
    with Vault.unlock(ui_vault_dir, PASSPHRASE) as vault:
        assert value.dream_profile(vault).description == "Geändert"


def test_add_edit_and_remove_a_criterion(qtbot, session) -> None:
    page = make_page(qtbot, session)
    profile = page.profile
    dialog = profile.add()
    assert isinstance(dialog, CriterionDialog)
    dialog.text_edit.setText("Zahlt pünktlich")
    dialog.measure_combo.setCurrentIndex(2)  # max days late
    dialog.threshold.setValue(14)
    click(qtbot, dialog.findChild(QPushButton, "criterionSaveButton"))
    [criterion] = value.dream_profile(session.vault).criteria
    assert (criterion.text, criterion.measure, criterion.threshold) == (
        "Zahlt pünktlich",
        "max_days_late",
        14.0,
    )
    criteria = profile.findChild(QListWidget, "criteriaList")
    assert "≤ 14 days late" in criteria.item(0).text()

    criteria.setCurrentRow(0)
    edit = profile.edit_selected()
    assert edit is not None
    edit.measure_combo.setCurrentIndex(0)
    click(qtbot, edit.findChild(QPushButton, "criterionSaveButton"))
    [plain] = value.dream_profile(session.vault).criteria
    assert (plain.measure, plain.threshold) == (None, None)

    criteria.setCurrentRow(0)
    click(qtbot, profile.findChild(QPushButton, "removeCriterionButton"))
    assert profile.confirm_bar.isVisible()
    click(qtbot, profile.findChild(QPushButton, "confirmRemoveCriterionButton"))
    assert value.dream_profile(session.vault).criteria == ()
    assert profile.findChild(QLabel, "criteriaEmpty").isVisible()


def test_an_empty_criterion_is_explained(qtbot, session) -> None:
    page = make_page(qtbot, session)
    dialog = page.profile.add()
    assert dialog is not None
    click(qtbot, dialog.findChild(QPushButton, "criterionSaveButton"))
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "criterionError").text()


def test_locking_forgets_everything_shown(qtbot, session) -> None:
    three_clients(session)
    page = make_page(qtbot, session)
    assert page.model.rowCount() == 3
    session.lock()
    assert page.model.rowCount() == 0
    assert page.client_panel.name.text() == ""
