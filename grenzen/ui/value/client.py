"""One client on the value page: how it matches the profile, the zero-based question with
the user's own earlier answers, and its invoices.

The match is a few ticks and crosses, never a score: written criteria the user ticks
here, measured ones come from the figures with the reason beside them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.exits.texts import format_money
from grenzen.domain.value import (
    Answer,
    CriterionMatch,
    Invoice,
    ZeroBasedAnswer,
    answer_hint,
    sunk_cost_hint,
)
from grenzen.services import value as value_service
from grenzen.services.value import ClientRow
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.errors import show_error
from grenzen.ui.i18n import translate
from grenzen.ui.session import VaultSession
from grenzen.ui.value.dialogs import InvoiceDialog
from grenzen.ui.value.model import CROSS, OPEN, TICK, number
from grenzen.ui.widgets import native, short_date

ADD_INVOICE_KEYS = "Ctrl+Shift+N"
TAB_MATCH, TAB_QUESTION, TAB_INVOICES = range(3)
_CHOICES = ((True, TICK), (False, CROSS), (None, OPEN))


def answer_word(answer: Answer) -> str:
    return {
        Answer.YES: translate("ValuePage", "Yes"),
        Answer.NO: translate("ValuePage", "No"),
        Answer.UNSURE: translate("ValuePage", "Not sure"),
    }[answer]


class MatchRow(QWidget):
    """One criterion for one client: ✓ / ✗ / · buttons (written) or the figures' verdict."""

    def __init__(self, panel: ClientPanel, match: CriterionMatch) -> None:
        super().__init__()
        self.panel = panel
        self.criterion = match.criterion
        self.setObjectName(f"matchRow{self.criterion.id}")
        text = QLabel(self.criterion.text, objectName=f"matchText{self.criterion.id}")
        text.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setColumnStretch(0, 1)
        layout.addWidget(text, 0, 0)
        self.group: QButtonGroup | None = None
        self.verdict: QLabel | None = None
        self.reason: QLabel | None = None
        button_width = self.fontMetrics().horizontalAdvance("✓") * 3 + 16
        if self.criterion.measured:
            self.verdict = QLabel(objectName=f"matchVerdict{self.criterion.id}")
            self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.verdict.setFixedWidth(button_width * 3 + 4)
            font = self.verdict.font()
            font.setBold(True)
            self.verdict.setFont(font)
            self.reason = QLabel(objectName=f"matchReason{self.criterion.id}")
            self.reason.setProperty("role", "muted")
            self.reason.setWordWrap(True)
            layout.addWidget(self.verdict, 0, 1)
            layout.addWidget(self.reason, 1, 0, 1, 2)
        else:
            buttons = QHBoxLayout()
            buttons.setSpacing(2)
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
            names = {True: "tick", False: "cross", None: "open"}
            tips = {
                True: self.tr("Matches this client"),
                False: self.tr("Does not match this client"),
                None: self.tr("Not judged yet"),
            }
            for index, (value, glyph) in enumerate(_CHOICES):
                button = QPushButton(glyph, objectName=f"{names[value]}{self.criterion.id}")
                button.setCheckable(True)
                button.setAutoDefault(False)
                button.setToolTip(tips[value])
                button.setAccessibleName(f"{self.criterion.text}: {tips[value]}")
                button.setFixedWidth(button_width)
                self.group.addButton(button, index)
                buttons.addWidget(button)
            self.group.idClicked.connect(self._clicked)
            layout.addLayout(buttons, 0, 1)
            self.setStyleSheet(
                "QPushButton:checked { background: palette(highlight); "
                "border: 2px solid palette(link); font-weight: 600; }"
            )
        self.show_match(match)

    def show_match(self, match: CriterionMatch) -> None:
        lang = ui_language()
        if self.group is not None:
            index = [v for v, _ in _CHOICES].index(match.matches)
            blocker = QSignalBlocker(self.group)
            self.group.button(index).setChecked(True)
            del blocker
        if self.verdict is not None and self.reason is not None:
            if match.matches is True:
                verdict = self.tr("{glyph} matches").format(glyph=TICK)
            elif match.matches is False:
                verdict = self.tr("{glyph} does not match").format(glyph=CROSS)
            else:
                verdict = self.tr("{glyph} open").format(glyph=OPEN)
            self.verdict.setText(verdict)
            self.verdict.setToolTip(self.tr("Judged from the figures"))
            self.reason.setText(match.reason.render(lang) if match.reason else "")

    def _clicked(self, index: int) -> None:
        self.panel.set_match(self.criterion.id, _CHOICES[index][0])


class ClientPanel(QWidget):
    """The selected client's match, zero-based question and invoices."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("clientValuePanel")
        self.row: ClientRow | None = None
        self.today = dt.date.today()
        self._invoices: list[Invoice] = []
        self._history: list[ZeroBasedAnswer] = []
        self._match_rows: dict[int, MatchRow] = {}
        self._deleted: Invoice | None = None
        self._build()

    def _build(self) -> None:
        self.name = QLabel(objectName="clientValueName")
        self.name.setProperty("role", "title")
        self.summary = QLabel(objectName="clientValueSummary")
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(objectName="clientValueTabs")
        self.tabs.addTab(self._match_tab(), self.tr("Dream profile"))
        self.tabs.addTab(self._question_tab(), self.tr("Sign again?"))
        self.tabs.addTab(self._invoices_tab(), self.tr("Invoices"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.name)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        shortcut = QShortcut(QKeySequence(ADD_INVOICE_KEYS), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._add_invoice_shortcut)

    # --- tabs ----------------------------------------------------------------------------
    def _match_tab(self) -> QWidget:
        tab = QWidget()
        self.match_intro = QLabel(
            self.tr(
                "How this client matches your profile: tick the written lines yourself; "
                "measured ones follow the figures."
            )
        )
        self.match_intro.setProperty("role", "muted")
        self.match_intro.setWordWrap(True)
        self.match_empty = QLabel(
            self.tr(
                "Your dream-client profile has no criteria yet. Add a few beside the table — "
                "then tick here how this client matches them."
            ),
            objectName="matchEmpty",
        )
        self.match_empty.setProperty("role", "muted")
        self.match_empty.setWordWrap(True)
        self.match_box = QWidget(objectName="matchBox")
        self.match_layout = QVBoxLayout(self.match_box)
        self.match_layout.setContentsMargins(0, 0, 8, 0)
        self.match_layout.setSpacing(0)
        self.match_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.match_box)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.match_intro)
        layout.addWidget(self.match_empty)
        layout.addWidget(scroll, 1)
        return tab

    def _question_tab(self) -> QWidget:
        tab = QWidget()
        question = QLabel(
            self.tr("Knowing what I know today, would I sign this contract again?"),
            objectName="zeroBasedQuestion",
        )
        question.setWordWrap(True)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        self.note_edit = QPlainTextEdit(objectName="zeroBasedNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What makes you say so? (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note to your answer"))
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 4)
        self.note_edit.textChanged.connect(self._update_hint)
        note_label = QLabel(self.tr("&Note (from your gut, a sentence is enough)"))
        note_label.setBuddy(self.note_edit)
        answers = QHBoxLayout()
        self.answer_buttons: dict[Answer, QPushButton] = {}
        for answer, name, tip in (
            (Answer.YES, "answerYesButton", self.tr("Yes, I would sign again")),
            (Answer.NO, "answerNoButton", self.tr("No, not with what I know today")),
            (Answer.UNSURE, "answerUnsureButton", self.tr("I am not sure yet")),
        ):
            button = QPushButton(answer_word(answer), objectName=name)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=answer: self.answer(a))
            answers.addWidget(button)
            self.answer_buttons[answer] = button
        answers.addStretch(1)
        self.hint = QLabel(objectName="zeroBasedHint")
        self.hint.setProperty("role", "quote")
        self.hint.setWordWrap(True)
        self.hint.hide()
        history_label = QLabel(self.tr("Your earlier answers"))
        history_label.setProperty("role", "muted")
        self.history_list = QListWidget(objectName="zeroBasedHistory")
        self.history_list.setAccessibleName(self.tr("Your earlier answers, newest first"))
        self.history_list.setWordWrap(True)
        self.history_list.setAlternatingRowColors(True)
        self.history_empty = QLabel(
            self.tr(
                "Not asked yet. Answer from your gut; you can answer again any time, and "
                "your earlier answers stay here."
            ),
            objectName="zeroBasedEmpty",
        )
        self.history_empty.setProperty("role", "muted")
        self.history_empty.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(question)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addLayout(answers)
        layout.addWidget(self.hint)
        layout.addWidget(history_label)
        layout.addWidget(self.history_list, 1)
        layout.addWidget(self.history_empty)
        return tab

    def _invoices_tab(self) -> QWidget:
        tab = QWidget()
        self.add_invoice_button = QPushButton(
            self.tr("Add invoice…"), objectName="addInvoiceButton"
        )
        self.add_invoice_button.setProperty("primary", True)
        self.add_invoice_button.setToolTip(
            self.tr("Record an invoice for this client ({keys})").format(
                keys=native(ADD_INVOICE_KEYS)
            )
        )
        self.add_invoice_button.clicked.connect(self.add_invoice)
        self.paid_button = QPushButton(self.tr("Mark as paid"), objectName="markPaidButton")
        self.paid_button.setToolTip(self.tr("The money arrived today"))
        self.paid_button.clicked.connect(self.mark_paid)
        self.edit_invoice_button = QPushButton(self.tr("Edit…"), objectName="editInvoiceButton")
        self.edit_invoice_button.clicked.connect(self.edit_invoice)
        self.delete_invoice_button = QPushButton(
            self.tr("Delete"), objectName="deleteInvoiceButton"
        )
        self.delete_invoice_button.setToolTip(self.tr("Delete the invoice (you can undo it)"))
        self.delete_invoice_button.clicked.connect(self.delete_invoice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_invoice_button)
        buttons.addWidget(self.paid_button)
        buttons.addWidget(self.edit_invoice_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_invoice_button)

        self.invoice_list = QTreeWidget(objectName="invoiceList")
        self.invoice_list.setRootIsDecorated(False)
        self.invoice_list.setAlternatingRowColors(True)
        self.invoice_list.setUniformRowHeights(True)
        self.invoice_list.setStyleSheet("QTreeWidget::item { padding: 3px 10px 3px 0; }")
        self.invoice_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoice_list.setAccessibleName(self.tr("Invoices of this client, newest first"))
        self.invoice_list.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Amount"),
                self.tr("Due"),
                self.tr("Paid"),
                self.tr("Hours"),
                self.tr("Note"),
            ]
        )
        header = self.invoice_list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.invoice_list.itemSelectionChanged.connect(self._invoice_selection_changed)
        self.invoice_list.itemActivated.connect(lambda _item, _col: self.edit_invoice())

        self.undo_bar = QFrame(objectName="invoiceUndoBar")
        self.undo_bar.setProperty("role", "card")
        self.undo_text = QLabel(objectName="invoiceUndoText")
        undo = QPushButton(self.tr("Undo"), objectName="undoDeleteInvoiceButton")
        undo.clicked.connect(self.undo_delete)
        bar = QHBoxLayout(self.undo_bar)
        bar.addWidget(self.undo_text, 1)
        bar.addWidget(undo)
        self.undo_bar.hide()

        self.invoices_empty = QLabel(
            self.tr("No invoices yet — add the first one to see what this client really brings."),
            objectName="invoicesEmpty",
        )
        self.invoices_empty.setProperty("role", "muted")
        self.invoices_empty.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.invoice_list, 1)
        layout.addWidget(self.invoices_empty)
        layout.addStretch(0)
        return tab

    # --- showing a client ----------------------------------------------------------------
    def show_row(self, row: ClientRow | None, today: dt.date) -> None:
        """Show a client (None: nothing selected); reloads invoices and answers."""
        changed_client = row is None or self.row is None or row.client != self.row.client
        self.row = row
        self.today = today
        if changed_client:
            self.undo_bar.hide()
            self._deleted = None
            self.note_edit.clear()
        if row is None or not self.session.is_unlocked:
            self.name.clear()
            self.summary.clear()
            self._set_matches(())
            self._show_invoices([])
            self._show_history([])
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.name.setText(row.client)
        self.summary.setText(self._summary(row))
        self._set_matches(row.matches)
        vault = self.session.vault
        self._show_invoices(value_service.invoices_of(vault, row.client))
        self._show_history(value_service.zero_based_history(vault, row.client))

    def _summary(self, row: ClientRow) -> str:
        v = row.value
        lang = ui_language()
        parts = [
            self.tr("{count} invoices in the period").format(count=v.invoices),
            self.tr("{amount} still open").format(amount=format_money(v.open_amount, lang)),
            self.tr("{count} incidents, {relationship} on the relationship level").format(
                count=v.incidents, relationship=v.relationship_incidents
            ),
        ]
        if v.energy_cost is not None:
            if v.energy_cost > 0:
                parts.append(
                    self.tr("energy {cost} below your average").format(cost=number(v.energy_cost))
                )
            elif v.energy_cost < 0:
                parts.append(
                    self.tr("energy {cost} above your average").format(cost=number(-v.energy_cost))
                )
            else:
                parts.append(self.tr("energy as usual"))
        return " · ".join(parts)

    def _set_matches(self, matches: tuple[CriterionMatch, ...]) -> None:
        ids = [m.criterion.id for m in matches]
        same = ids == list(self._match_rows) and all(
            self._match_rows[m.criterion.id].criterion == m.criterion for m in matches
        )
        if same:
            for match in matches:
                self._match_rows[match.criterion.id].show_match(match)
        else:
            for old in self._match_rows.values():
                old.hide()
                old.deleteLater()  # a button of it may be the one being clicked right now
            self._match_rows = {}
            for index, match in enumerate(matches):
                row = MatchRow(self, match)
                self.match_layout.insertWidget(index, row)
                self._match_rows[match.criterion.id] = row
        self.match_empty.setVisible(not matches)
        self.match_intro.setVisible(bool(matches))

    def match_row(self, criterion_id: int) -> MatchRow | None:
        return self._match_rows.get(criterion_id)

    def _show_history(self, history: list[ZeroBasedAnswer]) -> None:
        self._history = history
        self.history_list.clear()
        for entry in history:
            text = f"{short_date(entry.asked_on)} · {answer_word(entry.answer)}"
            if entry.note:
                text += f" — {entry.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            if entry.sunk_cost:
                item.setText(text + "  ·  " + self.tr("sounds like sunk cost"))
                item.setToolTip(self.tr("This note argues from what already went in."))
            self.history_list.addItem(item)
        self.history_list.setVisible(bool(history))
        self.history_empty.setVisible(not history)
        self._update_hint()

    def _update_hint(self) -> None:
        """While typing: a sunk-cost note is named at once; otherwise the latest answer's."""
        lang = ui_language()
        hint = sunk_cost_hint(self.note_edit.toPlainText())
        if hint is None:
            hint = answer_hint(self._history[0] if self._history else None)
        self.hint.setText(hint.render(lang) if hint else "")
        self.hint.setVisible(hint is not None)

    def _show_invoices(self, invoices: list[Invoice]) -> None:
        selected = self.selected_invoice_id()
        self._invoices = invoices
        self.invoice_list.clear()
        lang = ui_language()
        for invoice in invoices:
            item = QTreeWidgetItem(
                [
                    short_date(invoice.invoice_date),
                    format_money(invoice.amount_cents / 100, lang),
                    short_date(invoice.due_date) if invoice.due_date else "–",
                    short_date(invoice.paid_date) if invoice.paid_date else self._open(invoice),
                    number(invoice.hours) if invoice.hours is not None else "–",
                    invoice.note or "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, invoice.id)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            item.setTextAlignment(1, right)
            item.setTextAlignment(4, right)
            self.invoice_list.addTopLevelItem(item)
            if invoice.id == selected:
                item.setSelected(True)
                self.invoice_list.setCurrentItem(item)
        self.invoice_list.setVisible(bool(invoices))
        self.invoices_empty.setVisible(not invoices)
        self._invoice_selection_changed()

    def _open(self, invoice: Invoice) -> str:
        days = invoice.days_late(self.today)
        if days:
            return self.tr("open, {days} days overdue").format(days=days)
        return self.tr("open")

    def selected_invoice_id(self) -> int | None:
        items = self.invoice_list.selectedItems()
        return int(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def selected_invoice(self) -> Invoice | None:
        wanted = self.selected_invoice_id()
        return next((i for i in self._invoices if i.id == wanted), None)

    def _invoice_selection_changed(self) -> None:
        invoice = self.selected_invoice()
        self.paid_button.setEnabled(invoice is not None and invoice.paid_date is None)
        self.edit_invoice_button.setEnabled(invoice is not None)
        self.delete_invoice_button.setEnabled(invoice is not None)

    def clear(self) -> None:
        """The vault locked: forget every figure and word we showed."""
        self.row = None
        self._deleted = None
        self.undo_bar.hide()
        self.note_edit.clear()
        self.show_row(None, self.today)

    # --- actions -------------------------------------------------------------------------
    def _write(self, title: str, action) -> bool:
        if not self.session.is_unlocked:
            return False
        try:
            action(self.session.vault)
        except (InvalidInput, VaultError) as exc:
            show_error(self, title, str(exc))
            return False
        self.session.notify("value")
        return True

    def set_match(self, criterion_id: int, matches: bool | None) -> None:
        if self.row is None:
            return
        client = self.row.client
        self._write(
            self.tr("The tick was not saved"),
            lambda vault: value_service.set_match(vault, client, criterion_id, matches),
        )

    def answer(self, answer: Answer) -> None:
        if self.row is None:
            return
        client, note, today = self.row.client, self.note_edit.toPlainText(), self.today
        if self._write(
            self.tr("The answer was not saved"),
            lambda vault: value_service.answer_zero_based(vault, client, answer, note, today),
        ):
            self.note_edit.clear()

    def add_invoice(self) -> InvoiceDialog | None:
        if self.row is None or not self.session.is_unlocked:
            return None
        self.tabs.setCurrentIndex(TAB_INVOICES)
        dialog = InvoiceDialog(self.session, self.row.client, None, self, self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _add_invoice_shortcut(self) -> None:
        if self.isVisible() and self.isEnabled():
            self.add_invoice()

    def edit_invoice(self) -> InvoiceDialog | None:
        invoice = self.selected_invoice()
        if invoice is None or self.row is None or not self.session.is_unlocked:
            return None
        dialog = InvoiceDialog(self.session, self.row.client, invoice, self, self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def mark_paid(self) -> None:
        invoice = self.selected_invoice()
        if invoice is None:
            return
        today = self.today
        self._write(
            self.tr("The invoice was not marked as paid"),
            lambda vault: value_service.mark_paid(vault, invoice.id, today),
        )

    def delete_invoice(self) -> None:
        invoice = self.selected_invoice()
        if invoice is None:
            return
        if self._write(
            self.tr("The invoice was not deleted"),
            lambda vault: value_service.delete_invoice(vault, invoice.id),
        ):
            self._deleted = invoice
            self.undo_text.setText(
                self.tr("Invoice of {date} over {amount} deleted.").format(
                    date=short_date(invoice.invoice_date),
                    amount=format_money(invoice.amount_cents / 100, ui_language()),
                )
            )
            self.undo_bar.show()

    def undo_delete(self) -> None:
        invoice = self._deleted
        if invoice is None:
            return
        if self._write(
            self.tr("The invoice was not restored"),
            lambda vault: value_service.restore_invoice(vault, invoice),
        ):
            self._deleted = None
            self.undo_bar.hide()
