"""The incident list as a lazy Qt table model: it holds ids and loads rows a page at a time.

The services answer a filter or a search with the matching ids only; rows are loaded in
pages of ``PAGE_SIZE`` as the view scrolls (``canFetchMore``/``fetchMore``), so a vault of
100,000 incidents opens as fast as one of ten. The order of the rows is the order of the
ids (newest first, or best match first): the model never sorts.
"""

from __future__ import annotations

import html
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from grenzen.domain.incidents import Incident, IncidentFilter, Level
from grenzen.domain.search import query_words, snippet
from grenzen.services import journal
from grenzen.ui.session import VaultSession

PAGE_SIZE = 100
SEARCH_LIMIT = 1000  # the best matches a search lists; the status still counts them all
SHORT_TEXT_CHARS = 80
TOOLTIP_CHARS = 600
ID_ROLE = Qt.ItemDataRole.UserRole
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1  # rich text with the matches in bold
INCIDENT_ROLE = Qt.ItemDataRole.UserRole + 2

# Marks the snippet builder puts around matches; control characters never typed by a user.
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"
_RELOAD_KINDS = frozenset({"incidents", "clients", "cases"})

_AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    CLIENT = 1
    PERSON = 2
    LEVEL = 3
    SEVERITY = 4
    TEXT = 5


def level_word(level: Level) -> str:
    """The level as the glossary names it, in the UI language."""
    if level is Level.FACTUAL:
        return QCoreApplication.translate("Journal", "factual level")
    if level is Level.RELATIONSHIP:
        return QCoreApplication.translate("Journal", "relationship level")
    return QCoreApplication.translate("Journal", "both levels")


def short_text(text: str, limit: int = SHORT_TEXT_CHARS) -> str:
    """The first line with words in it, cut to ``limit`` characters."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def searchable_text(incident: Incident) -> str:
    """What the search index holds for an incident, for the snippet shown in the list."""
    parts = [incident.quote or "", incident.text, incident.notes or "", " ".join(incident.tags)]
    return " · ".join(p for p in parts if p)


def _snippet_html(marked: str) -> str:
    escaped = html.escape(marked, quote=False)
    return escaped.replace(_MARK_OPEN, "<b>").replace(_MARK_CLOSE, "</b>")


class IncidentTableModel(QAbstractTableModel):
    """Rows for the current filter or search; reloads after writes, empties on lock."""

    reloaded = Signal()

    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._filter = IncidentFilter()
        self._query = ""
        self._ids: list[int] = []
        self._rows: list[Incident] = []
        self._total = 0
        self._dates: dict[Any, str] = {}
        self._snippets: dict[int, tuple[str, str]] = {}
        self._pending = QTimer(self)  # several notifications in a row: one reload
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.reload)
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.reload)

    # --- what is shown -------------------------------------------------------------------
    @property
    def filter(self) -> IncidentFilter:
        return self._filter

    @property
    def query(self) -> str:
        return self._query

    @property
    def is_search(self) -> bool:
        return bool(query_words(self._query))

    @property
    def total(self) -> int:
        """All matches: in search mode more than the listed ids when there are many."""
        return self._total

    @property
    def id_count(self) -> int:
        """Rows the list can grow to (loaded or not)."""
        return len(self._ids)

    def set_query(self, flt: IncidentFilter, query: str = "") -> None:
        """Show another filter and/or search text; the list starts at the top again."""
        self._filter, self._query = flt, query.strip()
        self.reload(keep_loaded=False)

    def incident_at(self, row: int) -> Incident | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, incident_id: int, load: bool = True) -> int:
        """The row of an incident, loading pages up to it if ``load``; -1 if not listed."""
        try:
            position = self._ids.index(incident_id)
        except ValueError:
            return -1
        while load and position >= len(self._rows) and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
            position = self._ids.index(incident_id) if incident_id in self._ids else -1
        return position if 0 <= position < len(self._rows) else -1

    # --- loading ---------------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind in _RELOAD_KINDS and self._session.is_unlocked:
            self._pending.start()

    def reload(self, keep_loaded: bool = True) -> None:
        """Ask the services again; keeps as many rows loaded as before, so a selection stays."""
        self._pending.stop()
        if not self._session.is_unlocked:
            self.clear()
            return
        vault = self._session.vault
        total = 0
        if self.is_search:
            ids, total = journal.search_ids(vault, self._query, self._filter, limit=SEARCH_LIMIT)
        else:
            ids = journal.incident_ids(vault, self._filter)
        want = max(PAGE_SIZE, len(self._rows)) if keep_loaded else PAGE_SIZE
        rows = self._load(ids, 0, want)
        self.beginResetModel()
        self._ids, self._rows, self._total = ids, rows, max(total, len(ids))
        self._dates.clear()
        self._snippets.clear()
        self.endResetModel()
        self.reloaded.emit()

    def _load(self, ids: list[int], start: int, count: int) -> list[Incident]:
        """Rows for ``ids[start:start+count]``; ids deleted meanwhile leave ``ids`` too."""
        rows: list[Incident] = []
        vault = self._session.vault
        while len(rows) < count and start < len(ids):
            chunk = ids[start : start + count - len(rows)]
            found = journal.incidents_by_ids(vault, chunk)
            if len(found) != len(chunk):
                present = {incident.id for incident in found}
                ids[start : start + len(chunk)] = [i for i in chunk if i in present]
            rows += found
            start += len(found)
        return rows

    def clear(self) -> None:
        """Forget every row and the search words (the vault was locked)."""
        self._pending.stop()
        self._filter, self._query = IncidentFilter(), ""
        self.beginResetModel()
        self._ids, self._rows, self._total = [], [], 0
        self._dates.clear()
        self._snippets.clear()
        self.endResetModel()
        self.reloaded.emit()

    def canFetchMore(self, parent: _AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: _AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._session.is_unlocked:
            return
        start = len(self._rows)
        rows = self._load(self._ids, start, PAGE_SIZE)
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows += rows
        self.endInsertRows()

    # --- the Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return (
            QCoreApplication.translate("Journal", "Date"),
            QCoreApplication.translate("Journal", "Client"),
            QCoreApplication.translate("Journal", "Person"),
            QCoreApplication.translate("Journal", "Level"),
            QCoreApplication.translate("Journal", "Severity"),
            QCoreApplication.translate("Journal", "What happened"),
        )[section]

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        incident = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(incident, column)
        if role == ID_ROLE:
            return incident.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(incident, column)
        if role == SNIPPET_ROLE and column == Column.TEXT and self.is_search:
            return self._snippet(incident)[1]
        if role == INCIDENT_ROLE:
            return incident
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SEVERITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, incident: Incident, column: int) -> str:
        if column == Column.DATE:
            return self._date(incident)
        if column == Column.CLIENT:
            return incident.client
        if column == Column.PERSON:
            return incident.person or ""
        if column == Column.LEVEL:
            return level_word(incident.level)
        if column == Column.SEVERITY:
            return str(incident.severity)
        if self.is_search:
            return self._snippet(incident)[0]
        return short_text(incident.quote or incident.text)

    def _tooltip(self, incident: Incident, column: int) -> str:
        if column == Column.SEVERITY:
            return QCoreApplication.translate("Journal", "Severity {n} of 5").format(
                n=incident.severity
            )
        if column == Column.TEXT:
            text = incident.text.strip()
            return text if len(text) <= TOOLTIP_CHARS else text[:TOOLTIP_CHARS] + "…"
        return self._display(incident, column)

    def _date(self, incident: Incident) -> str:
        day = incident.occurred_on
        shown = self._dates.get(day)
        if shown is None:
            shown = QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
            self._dates[day] = shown
        return shown

    def _snippet(self, incident: Incident) -> tuple[str, str]:
        cached = self._snippets.get(incident.id)
        if cached is None:
            marked = snippet(
                searchable_text(incident),
                self._query,
                before=_MARK_OPEN,
                after=_MARK_CLOSE,
                width=SHORT_TEXT_CHARS,
            )
            plain = marked.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
            cached = (plain, _snippet_html(marked))
            self._snippets[incident.id] = cached
        return cached


class SnippetDelegate(QStyledItemDelegate):
    """Draws a search snippet with its matches in bold; every other cell as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rich = index.data(SNIPPET_ROLE)
        if not rich:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(opt.font)
        document.setHtml(rich)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(colour_role))
        painter.save()
        top = text_rect.top() + max(0.0, (text_rect.height() - document.size().height()) / 2)
        painter.translate(text_rect.left() + 2, top)
        context.clip = QRectF(0, 0, text_rect.width() - 2, text_rect.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
