"""One client's history, month by month, with the good moments marked as good.

The method asks to see a long relationship whole — compliments, settled cases and good
days next to the incidents — so it is not judged by its last bad week.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.clients import TimelineEntry
from grenzen.services import timeline as timeline_service
from grenzen.ui.session import VaultSession


class ClientTimeline(QDialog):
    """A non-modal window listing ``client_timeline`` entries, newest first, by month."""

    def __init__(
        self,
        session: VaultSession,
        client_id: int,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientTimeline")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Timeline: {client}").format(client=client_name))
        self.resize(520, 600)
        self._session = session
        self._client_id = client_id
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything with {client}, newest first. The good moments are marked "
                "with ✓ — they belong to the story too."
            ).format(client=client_name)
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        layout.addWidget(intro)
        self._scroll = QScrollArea(objectName="timelineScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self._scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.entries: list[TimelineEntry] = []
        session.locked.connect(self.close)
        self.reload()
        # Explicit, so the layout never resizes the shown window (offscreen Qt warns then).
        self.setMinimumSize(self.minimumSizeHint())

    def reload(self) -> None:
        if not self._session.is_unlocked:
            return
        self.entries = timeline_service.client_timeline(self._session.vault, self._client_id)
        body = QWidget(objectName="timelineBody")
        column = QVBoxLayout(body)
        if not self.entries:
            empty = QLabel(
                self.tr("Nothing recorded for this client yet."), objectName="timelineEmpty"
            )
            empty.setProperty("role", "muted")
            column.addWidget(empty)
        locale = QLocale()
        for (year, month), group in groupby(self.entries, key=lambda e: (e.day.year, e.day.month)):
            heading = QLabel(
                self.tr("{month} {year}").format(month=locale.standaloneMonthName(month), year=year)
            )
            heading.setObjectName("timelineMonth")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            column.addSpacing(heading.fontMetrics().lineSpacing() // 2)
            column.addWidget(heading)
            for entry in group:
                column.addWidget(self._entry_label(entry, locale))
        column.addStretch(1)
        self._scroll.setWidget(body)

    def _entry_label(self, entry: TimelineEntry, locale: QLocale) -> QLabel:
        day = locale.toString(_qdate(entry.day), QLocale.FormatType.ShortFormat)
        mark = "✓ " if entry.good else ""
        label = QLabel(
            self.tr("{mark}{day} · {kind}: {title}").format(
                mark=mark, day=day, kind=self._kind_word(entry), title=entry.title
            )
        )
        label.setObjectName("timelineEntry")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if entry.good:
            label.setProperty("role", "good")
            label.setAccessibleDescription(self.tr("A good moment"))
        return label

    def _kind_word(self, entry: TimelineEntry) -> str:
        words = {
            "incident": self.tr("Incident"),
            "compliment": self.tr("Compliment"),
            "energy": self.tr("Energy"),
            "case_opened": self.tr("Case opened"),
            "case_settled": self.tr("Case settled"),
            "case_moved_on": self.tr("Moved on"),
        }
        return words.get(entry.kind, entry.kind)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
