"""The lazy incident table model on real vaults, checked by Qt's own model tester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from grenzen.domain.incidents import IncidentDraft, IncidentFilter, Level
from grenzen.services import journal
from grenzen.services.demo import fill_demo
from grenzen.ui.journal.model import (
    ID_ROLE,
    PAGE_SIZE,
    SNIPPET_ROLE,
    Column,
    IncidentTableModel,
    short_text,
)
from grenzen.ui.session import VaultSession

TODAY = dt.date(2026, 3, 15)


def log(session: VaultSession, text: str, days_ago: int = 0, **fields: object) -> int:
    draft = IncidentDraft(
        client=str(fields.pop("client", "Müller GmbH")),
        text=text,
        occurred_on=TODAY - dt.timedelta(days=days_ago),
        **fields,  # type: ignore[arg-type]
    )
    return journal.log_incident(session.vault, draft, today=TODAY)


@pytest.fixture
def demo_session(session: VaultSession) -> VaultSession:
    fill_demo(session.vault, 350, seed=3, today=TODAY)
    return session


def test_rows_load_in_pages_as_the_view_asks(demo_session: VaultSession, qapp) -> None:
    model = IncidentTableModel(demo_session)
    model.reload()
    assert model.id_count == 350
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 350
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left: no change
    assert model.rowCount() == 350
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(350)]
    assert ids == journal.incident_ids(demo_session.vault)


def test_model_stays_consistent_for_qt_while_fetching_filtering_and_reloading(
    demo_session: VaultSession, qapp
) -> None:
    model = IncidentTableModel(demo_session)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 350
    model.set_query(IncidentFilter(level=Level.FACTUAL))
    assert all(
        model.incident_at(row).level is Level.FACTUAL  # type: ignore[union-attr]
        for row in range(model.rowCount())
    )
    model.set_query(IncidentFilter(), "Team")
    assert model.is_search
    assert model.total > 0
    model.reload()
    model.set_query(IncidentFilter(), "")
    first = model.index(0, 0).data(ID_ROLE)
    journal.delete_incident(demo_session.vault, first)
    model.reload()
    assert model.index(0, 0).data(ID_ROLE) != first
    demo_session.lock()
    assert model.rowCount() == 0


def test_columns_show_words_dates_and_short_text(session: VaultSession, qapp) -> None:
    long_text = "Erste Zeile mit sehr viel Text " * 6 + "\nzweite Zeile"
    incident_id = log(
        session,
        long_text,
        days_ago=2,
        person="Frau Groß",
        level=Level.BOTH,
        severity=4,
    )
    model = IncidentTableModel(session)
    model.reload()
    row = [model.index(0, column).data() for column in Column]
    day = TODAY - dt.timedelta(days=2)

    assert row[Column.DATE] == QLocale().toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
    )
    assert row[Column.CLIENT] == "Müller GmbH"
    assert row[Column.PERSON] == "Frau Groß"
    assert row[Column.LEVEL] == "both levels"
    assert row[Column.SEVERITY] == "4"
    assert row[Column.TEXT] == short_text(long_text)
    assert len(row[Column.TEXT]) <= 80
    assert "zweite" not in row[Column.TEXT]
    assert model.index(0, Column.TEXT).data(ID_ROLE) == incident_id
    assert "zweite Zeile" in model.index(0, Column.TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.TEXT).data(SNIPPET_ROLE) is None
    assert model.headerData(Column.TEXT, Qt.Orientation.Horizontal) == "What happened"


def test_search_mode_lists_matches_with_highlighted_snippets(session: VaultSession, qapp) -> None:
    log(session, "Die Größe der Datei war das Problem", days_ago=1)
    log(session, "Ganz etwas anderes", days_ago=0)
    model = IncidentTableModel(session)
    model.set_query(IncidentFilter(), "grosse")
    assert model.rowCount() == 1
    assert model.total == 1
    assert "Größe" in model.index(0, Column.TEXT).data()
    rich = model.index(0, Column.TEXT).data(SNIPPET_ROLE)
    assert "<b>Größe</b>" in rich


def test_model_follows_the_session(session: VaultSession, qtbot) -> None:
    model = IncidentTableModel(session)
    model.reload()
    assert model.rowCount() == 0
    log(session, "Neu")
    with qtbot.waitSignal(model.reloaded):
        session.notify("incidents")
    assert model.rowCount() == 1
    model.set_query(IncidentFilter(), "Neu")
    session.lock()
    assert model.rowCount() == 0
    assert model.query == ""
