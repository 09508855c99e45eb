"""The journal's case filter appears once cases exist and shows only that case's incidents."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QTableView

from grenzen.domain.cases import Stage
from grenzen.domain.incidents import IncidentDraft
from grenzen.services import journal
from grenzen.storage import incidents_repo
from grenzen.storage import models as m
from grenzen.ui.journal.model import ID_ROLE
from grenzen.ui.journal.page import JournalPage
from grenzen.ui.session import VaultSession


def _open_case(session: VaultSession, client: str, title: str) -> int:
    with session.vault.session() as db:
        case = m.Case(
            client_id=incidents_repo.ensure_client(db, client),
            title=title,
            stage=Stage.CALM_DOWN.value,
        )
        db.add(case)
        db.flush()
        return case.id


def test_choosing_a_case_lists_only_its_incidents(qtbot, session: VaultSession) -> None:
    outside = journal.log_incident(session.vault, IncidentDraft(client="Müller GmbH", text="a"))
    page = JournalPage(session, QUndoStack())
    qtbot.addWidget(page)
    page.setMinimumSize(1000, 700)
    page.show()
    combo = page.findChild(QComboBox, "caseFilter")
    assert combo.isHidden(), "no cases yet: no filter to confuse anyone"

    case_id = _open_case(session, "Müller GmbH", "Ton im Weekly")
    inside = journal.log_incident(
        session.vault, IncidentDraft(client="Müller GmbH", text="b", case_id=case_id)
    )
    session.notify("cases")
    session.notify("incidents")
    qtbot.waitUntil(lambda: not combo.isHidden())
    table = page.findChild(QTableView, "incidentList")

    def ids() -> set[int]:
        model = table.model()
        return {model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())}

    qtbot.waitUntil(lambda: ids() == {outside, inside})
    combo.setCurrentIndex(combo.findData(case_id))
    assert "Ton im Weekly" in combo.currentText()
    qtbot.waitUntil(lambda: ids() == {inside})


def test_choosing_a_person_in_the_panel_filters_the_list(qtbot, session: VaultSession) -> None:
    mine = journal.log_incident(
        session.vault, IncidentDraft(client="Müller GmbH", person="Frau Weiß", text="a")
    )
    journal.log_incident(
        session.vault, IncidentDraft(client="Müller GmbH", person="Herr Groß", text="b")
    )
    page = JournalPage(session, QUndoStack())
    qtbot.addWidget(page)
    page.setMinimumSize(1000, 700)
    page.show()
    table = page.findChild(QTableView, "incidentList")
    person_id = journal.show_incident(session.vault, mine).person_id
    page.clients_panel.person_chosen.emit(person_id)
    qtbot.waitUntil(
        lambda: (
            [table.model().index(r, 0).data(ID_ROLE) for r in range(table.model().rowCount())]
            == [mine]
        )
    )
    assert page.findChild(QComboBox, "personFilter").currentData() == person_id
