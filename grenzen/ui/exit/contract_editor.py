"""The contract editor: a client's terms in plain words, checked by the exit engine's rules.

It is an explicit dialog (Save stores, Cancel/Escape does not), because a contract is
entered once from the paper in front of you and half-entered terms would give wrong
dates. Validation is ``services.contracts.set_contract``: its "key: message" errors are
shown in words under the field they are about. The type is never guessed: the user
picks service contract or contract for work, helped by an explainer.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.exits.texts import STATE_NAMES
from grenzen.services import contracts
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.i18n import translate
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import native, save_cancel_row

SAVE_KEYS = "Ctrl+S"
MAX_MONTHS = 1200
NO_PROGRESS = -1  # the progress spin box's "not given" value

# --- words shared with the contract summary -------------------------------------------


def type_name(value: str | None) -> str:
    return {
        "service": translate("Exit", "Service contract"),
        "work": translate("Exit", "Contract for work"),
    }.get(value or "", translate("Exit", "not chosen"))


def fee_unit_names() -> dict[str, str]:
    return {
        "hour": translate("Exit", "by the hour"),
        "day": translate("Exit", "by the day"),
        "week": translate("Exit", "by the week"),
        "month": translate("Exit", "by the month"),
        "quarter": translate("Exit", "by the quarter"),
        "year": translate("Exit", "by the year"),
        "fixed": translate("Exit", "fixed price (not by time)"),
    }


def interval_names() -> dict[str, str]:
    return {
        "weekly": translate("Exit", "weekly"),
        "monthly": translate("Exit", "monthly"),
        "quarterly": translate("Exit", "quarterly"),
        "yearly": translate("Exit", "yearly"),
        "on_delivery": translate("Exit", "on delivery"),
        "milestones": translate("Exit", "by milestones"),
    }


def notice_unit_names() -> dict[str, str]:
    return {
        "days": translate("Exit", "days"),
        "weeks": translate("Exit", "weeks"),
        "months": translate("Exit", "months"),
    }


def notice_to_names() -> dict[str, str]:
    return {
        "any_day": translate("Exit", "to any day"),
        "month_end": translate("Exit", "to the end of a month"),
        "quarter_end": translate("Exit", "to the end of a quarter"),
        "term_end": translate("Exit", "to the end of the term"),
    }


def form_names() -> dict[str, str]:
    return {
        "written": translate("Exit", "written form (signed letter)"),
        "text": translate("Exit", "text form (e-mail is enough)"),
    }


def country_names() -> dict[str, str]:
    return {
        "DE": translate("Exit", "Germany"),
        "AT": translate("Exit", "Austria (guidance only)"),
        "CH": translate("Exit", "Switzerland (guidance only)"),
    }


def notice_text(notice: dict[str, Any] | None) -> str:
    """ "3 months to the end of a month", or what applies without a clause."""
    if not notice:
        return translate("Exit", "no clause – the law decides by the fee unit")
    unit = notice_unit_names().get(str(notice.get("unit")), str(notice.get("unit")))
    to = notice_to_names().get(str(notice.get("to")), str(notice.get("to")))
    return translate("Exit", "{amount} {unit} {to}").format(
        amount=notice.get("amount"), unit=unit, to=to
    )


# --- small widgets ---------------------------------------------------------------------


class OptionalDate(QWidget):
    """A date that may stay empty: a date field showing "–" until set, and a clear button.

    The calendar opens on today rather than on the placeholder's year 1900.
    """

    changed = Signal()
    EMPTY = QDate(1900, 1, 1)

    def __init__(self, object_name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setObjectName(object_name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_pattern())
        self.edit.setMinimumDate(self.EMPTY)
        self.edit.setSpecialValueText("–")
        self.edit.setAccessibleName(accessible)
        self.edit.setDate(self.EMPTY)
        self.edit.dateChanged.connect(lambda _day: self.changed.emit())
        self.edit.calendarWidget().installEventFilter(self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(translate("Exit", "Remove the date"))
        self.clear_button.setAccessibleName(translate("Exit", "Remove the date"))
        self.clear_button.clicked.connect(lambda: self.set_day(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.day() is None:
            calendar = self.edit.calendarWidget()
            today = QDate.currentDate()
            calendar.setSelectedDate(today)
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def day(self) -> dt.date | None:
        value = self.edit.date()
        return None if value == self.EMPTY else value.toPython()

    def set_day(self, day: dt.date | None) -> None:
        self.edit.setDate(QDate(day.year, day.month, day.day) if day else self.EMPTY)


def date_pattern() -> str:
    """The UI language's short date with a four-digit year, for date fields."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_edit(parent: QWidget, name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setAccessibleName(accessible)
    return edit


def _hint(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _combo(
    parent: QWidget, name: str, items: list[tuple[str, str | None]], access: str
) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(access)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _amount_spin(parent: QWidget, name: str, access: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, 1_000_000_000)
    spin.setDecimals(2)
    spin.setSingleStep(100)
    spin.setSuffix(" €")
    spin.setSpecialValueText("–")
    spin.setGroupSeparatorShown(True)
    spin.setAccessibleName(access)
    return spin


def _months_spin(parent: QWidget, name: str, access: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, MAX_MONTHS)
    spin.setSpecialValueText(translate("Exit", "none"))
    spin.setSuffix(translate("Exit", " months"))
    spin.setAccessibleName(access)
    return spin


# --- the editor ------------------------------------------------------------------------

# Which field shows an error about which contract key ("notice.unit" → "notice").
FIELD_KEYS = (
    "type", "start", "term", "renewal", "notice", "fee_unit", "fee_amount",
    "payment_interval", "form", "country", "state", "higher_services_trust", "known_on",
    "fee_total", "progress", "deliverables", "notes",
)  # fmt: skip


def field_of(key: str) -> str:
    """The editor field a dotted error key belongs to ("deliverables[2].what" → deliverables)."""
    base = re.split(r"[.\[]", key, maxsplit=1)[0]
    return base if base in FIELD_KEYS else "general"


class ContractEditor(QDialog):
    """Enter or change a client's contract; ``saved`` carries the client's name."""

    saved = Signal(str)

    def __init__(
        self,
        session: VaultSession,
        client: str,
        contract: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.client = client
        self.is_new = contract is None
        self.setObjectName("contractEditor")
        self.setWindowTitle(
            (
                self.tr("Add the contract with {client}")
                if self.is_new
                else self.tr("Contract with {client}")
            ).format(client=client)
        )
        self.errors: dict[str, QLabel] = {}

        body = QWidget(self)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._type_box())
        left.addWidget(self._dates_box())
        left.addWidget(self._notice_box())
        left.addWidget(self._cause_box())
        left.addWidget(self._notes_box())
        left.addStretch(1)
        right.addWidget(self._fee_box())
        right.addWidget(self._place_box())
        right.addWidget(self._work_box())
        right.addWidget(self._deliverables_box())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.scroll = scroll = QScrollArea(self)
        scroll.setObjectName("contractEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.general_error = QLabel(self)
        self.general_error.setObjectName("contractGeneralError")
        self.general_error.setProperty("role", "quote")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.save_button, buttons = save_cancel_row(
            self,
            save_text=self.tr("&Save"),
            save_tooltip=self.tr("Store the contract ({keys} or {other})").replace(
                "{other}", native(SAVE_KEYS)
            ),
            save_name="contractSaveButton",
            cancel_text=self.tr("Cancel"),
            cancel_name="contractCancelButton",
            on_save=self.save,
        )
        self.cancel_button = self.findChild(QPushButton, "contractCancelButton")
        QShortcut(QKeySequence(SAVE_KEYS), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        self._type_changed()
        self._notice_toggled()
        self._country_changed()
        self._known_on_toggled()
        if contract is not None:
            self.load(contract)
        width = self.fontMetrics().averageCharWidth() * 150
        self.resize(width, self.fontMetrics().lineSpacing() * 44)
        session.locked.connect(self.reject)

    # --- building ------------------------------------------------------------------

    def _error_label(self, key: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"{key}Error")
        label.setProperty("role", "quote")
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        return label

    def _type_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kind of contract"), self)
        box.setObjectName("typeBox")
        self.type_service = QRadioButton(self.tr("Ser&vice contract (Dienstvertrag)"), box)
        self.type_service.setObjectName("typeService")
        self.type_work = QRadioButton(self.tr("Contract for &work (Werkvertrag)"), box)
        self.type_work.setObjectName("typeWork")
        self.type_group = QButtonGroup(box)
        self.type_group.addButton(self.type_service)
        self.type_group.addButton(self.type_work)
        self.type_group.buttonToggled.connect(lambda *_: self._type_changed())
        explainer = _hint(
            self.tr(
                "Service contract: you owe your work, not a result – a retainer, support, "
                "coaching, consulting by the hour or day. Contract for work: you owe a "
                "result – a website, a logo, a text."
            ),
            box,
            "typeExplainer",
        )
        unsure = _hint(
            self.tr(
                "Not sure? Ask yourself: if the result did not come despite good work, "
                "would you still be paid? Then it is usually a service contract. The "
                "content decides, not the title; if it is mixed, ask a lawyer."
            ),
            box,
            "typeUnsure",
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self.type_service)
        layout.addWidget(self.type_work)
        layout.addWidget(explainer)
        layout.addWidget(unsure)
        layout.addWidget(self._error_label("type", box))
        return box

    def _dates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dates"), self)
        form = QFormLayout(box)
        self.start_edit = date_edit(box, "startEdit", self.tr("Start of the contract"))
        self.term_spin = _months_spin(box, "termSpin", self.tr("Fixed term in months"))
        self.renewal_spin = _months_spin(box, "renewalSpin", self.tr("Renewal in months"))
        for text, widget, key in (
            (self.tr("St&art"), self.start_edit, "start"),
            (self.tr("Fixed &term"), self.term_spin, "term"),
            (self.tr("&Renews by"), self.renewal_spin, "renewal"),
        ):
            label = QLabel(text, box)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(self._error_label(key, box))
            form.addRow(label, column)
        form.addRow(
            _hint(
                self.tr(
                    "Leave the term at “none” for a contract without an end date. A "
                    "renewal needs a fixed term: it says how long the contract goes on "
                    "each time unless notice arrives in time."
                ),
                box,
            )
        )
        return box

    def _notice_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notice period"), self)
        self.notice_check = QCheckBox(self.tr("The contract names a &notice period"), box)
        self.notice_check.setObjectName("noticeCheck")
        self.notice_check.toggled.connect(lambda _on: self._notice_toggled())
        self.notice_amount = QSpinBox(box)
        self.notice_amount.setObjectName("noticeAmountSpin")
        self.notice_amount.setRange(0, 999)
        self.notice_amount.setValue(1)
        self.notice_amount.setAccessibleName(self.tr("Notice period, amount"))
        self.notice_unit = _combo(
            box,
            "noticeUnitCombo",
            [(text, key) for key, text in notice_unit_names().items()],
            self.tr("Notice period, unit"),
        )
        _select(self.notice_unit, "months")
        self.notice_to = _combo(
            box,
            "noticeToCombo",
            [(text, key) for key, text in notice_to_names().items()],
            self.tr("Notice takes effect"),
        )
        _select(self.notice_to, "month_end")
        row = QHBoxLayout()
        row.addWidget(self.notice_amount)
        row.addWidget(self.notice_unit)
        row.addWidget(self.notice_to, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.notice_check)
        layout.addLayout(row)
        layout.addWidget(self._error_label("notice", box))
        layout.addWidget(
            _hint(
                self.tr(
                    "Without a clause the law decides by the unit the fee is calculated "
                    "in (§ 621 BGB): by the month, notice must arrive by the 15th for the "
                    "end of that month, for example."
                ),
                box,
                "noticeHint",
            )
        )
        return box

    def _cause_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Good cause (§ 626 BGB)"), self)
        self.known_on_check = QCheckBox(self.tr("I &learned of a good cause on"), box)
        self.known_on_check.setObjectName("knownOnCheck")
        self.known_on_check.toggled.connect(lambda _on: self._known_on_toggled())
        self.known_on_edit = date_edit(
            box, "knownOnEdit", self.tr("Day you learned of the good cause")
        )
        row = QHBoxLayout()
        row.addWidget(self.known_on_check)
        row.addWidget(self.known_on_edit)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self._error_label("known_on", box))
        layout.addWidget(
            _hint(
                self.tr(
                    "Usually leave this empty: Grenzen takes the date from your incidents – "
                    "the newest incident on the relationship level with severity 4 or 5 "
                    "whose two-week window is still open."
                ),
                box,
            )
        )
        return box

    def _fee_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Fee"), self)
        form = QFormLayout(box)
        self.fee_unit = _combo(
            box,
            "feeUnitCombo",
            [(self.tr("– not given –"), None)]
            + [(text, key) for key, text in fee_unit_names().items()],
            self.tr("How the fee is calculated"),
        )
        self.fee_amount = _amount_spin(box, "feeAmountSpin", self.tr("Fee amount per unit"))
        self.payment_interval = _combo(
            box,
            "paymentIntervalCombo",
            [(self.tr("– not given –"), None)]
            + [(text, key) for key, text in interval_names().items()],
            self.tr("How often it is paid"),
        )
        for text, widget, key in (
            (self.tr("Fee is calc&ulated"), self.fee_unit, "fee_unit"),
            (self.tr("A&mount per unit"), self.fee_amount, "fee_amount"),
            (self.tr("&Paid"), self.payment_interval, "payment_interval"),
        ):
            label = QLabel(text, box)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(self._error_label(key, box))
            form.addRow(label, column)
        form.addRow(
            _hint(
                self.tr(
                    "The unit the fee is calculated in counts, not how often it is paid: "
                    "a yearly fee paid monthly is a yearly fee. An hourly fee is treated "
                    "like a daily one."
                ),
                box,
            )
        )
        return box

    def _place_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Form and place of the notice"), self)
        form = QFormLayout(box)
        self.form_combo = _combo(
            box,
            "formCombo",
            [(self.tr("– not stated (treat as written form) –"), None)]
            + [(text, key) for key, text in form_names().items()],
            self.tr("Form of notice the contract asks for"),
        )
        self.country_combo = _combo(
            box,
            "countryCombo",
            [(text, key) for key, text in country_names().items()],
            self.tr("Country of the contract"),
        )
        self.country_combo.currentIndexChanged.connect(lambda _i: self._country_changed())
        self.state_combo = _combo(
            box,
            "stateCombo",
            [(self.tr("– choose –"), None), *sorted((n, c) for c, n in STATE_NAMES.items())],
            self.tr("Federal state where the client receives the notice"),
        )
        for text, widget, key in (
            (self.tr("&Form of notice"), self.form_combo, "form"),
            (self.tr("&Country"), self.country_combo, "country"),
            (self.tr("Client's stat&e"), self.state_combo, "state"),
        ):
            label = QLabel(text, box)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(self._error_label(key, box))
            form.addRow(label, column)
        form.addRow(
            _hint(
                self.tr(
                    "The state where the client receives the notice: its public holidays "
                    "decide which days are business days."
                ),
                box,
            )
        )
        self.trust_check = QCheckBox(
            self.tr("Services of a &higher kind based on special trust (§ 627 BGB)"), box
        )
        self.trust_check.setObjectName("trustCheck")
        form.addRow(self.trust_check)
        form.addRow(
            _hint(
                self.tr(
                    "For example coaching, or consulting with a personal mandate – not a "
                    "long engagement with fixed pay. Then either side may end the contract "
                    "at any time, but not at an inopportune moment, or damages may follow."
                ),
                box,
                "trustHint",
            )
        )
        form.addRow(self._error_label("higher_services_trust", box))
        return box

    def _work_box(self) -> QGroupBox:
        self.work_box = QGroupBox(self.tr("Contract for work"), self)
        self.work_box.setObjectName("workBox")
        form = QFormLayout(self.work_box)
        self.fee_total = _amount_spin(self.work_box, "feeTotalSpin", self.tr("Agreed total fee"))
        self.progress = QSpinBox(self.work_box)
        self.progress.setObjectName("progressSpin")
        self.progress.setRange(NO_PROGRESS, 100)
        self.progress.setSpecialValueText("–")
        self.progress.setSuffix(" %")
        self.progress.setValue(NO_PROGRESS)
        self.progress.setAccessibleName(self.tr("Share of the fee earned by the work done"))
        for text, widget, key in (
            (self.tr("A&greed total fee"), self.fee_total, "fee_total"),
            (self.tr("Work d&one"), self.progress, "progress"),
        ):
            label = QLabel(text, self.work_box)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(self._error_label(key, self.work_box))
            form.addRow(label, column)
        form.addRow(
            _hint(
                self.tr(
                    "With both, Grenzen shows what is still open and what the law presumes "
                    "the client owes if the client ends the contract (§ 648 BGB)."
                ),
                self.work_box,
            )
        )
        return self.work_box

    def _deliverables_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Deliverables"), self)
        self.deliverables = QTableWidget(0, 3, box)
        self.deliverables.setObjectName("deliverablesTable")
        self.deliverables.setAccessibleName(self.tr("What you still deliver, with due dates"))
        self.deliverables.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Due on"), self.tr("Done")]
        )
        header = self.deliverables.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.deliverables.verticalHeader().hide()
        self.deliverables.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deliverables.setTabKeyNavigation(False)
        self.deliverables.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.add_row_button = QPushButton(self.tr("A&dd a deliverable"), box)
        self.add_row_button.setObjectName("addDeliverableButton")
        self.add_row_button.clicked.connect(self._add_and_edit)
        self.remove_row_button = QPushButton(self.tr("Remove"), box)
        self.remove_row_button.setObjectName("removeDeliverableButton")
        self.remove_row_button.setToolTip(self.tr("Remove the selected deliverable"))
        self.remove_row_button.clicked.connect(self.remove_selected_deliverable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_row_button)
        buttons.addWidget(self.remove_row_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.deliverables)
        layout.addLayout(buttons)
        layout.addWidget(self._error_label("deliverables", box))
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes"), self)
        self.notes = QPlainTextEdit(box)
        self.notes.setObjectName("notesEdit")
        self.notes.setAccessibleName(self.tr("Notes on the contract"))
        self.notes.setPlaceholderText(self.tr("Anything else from the contract worth keeping"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        layout = QVBoxLayout(box)
        layout.addWidget(self.notes)
        layout.addWidget(self._error_label("notes", box))
        return box

    # --- reacting ------------------------------------------------------------------

    def _type_changed(self) -> None:
        is_work = self.type_work.isChecked()
        self.work_box.setVisible(is_work)
        self.trust_check.setEnabled(not is_work)

    def _notice_toggled(self) -> None:
        on = self.notice_check.isChecked()
        for widget in (self.notice_amount, self.notice_unit, self.notice_to):
            widget.setEnabled(on)

    def _country_changed(self) -> None:
        self.state_combo.setEnabled(self.country_combo.currentData() == "DE")

    def _known_on_toggled(self) -> None:
        self.known_on_edit.setEnabled(self.known_on_check.isChecked())

    # --- deliverables ----------------------------------------------------------------

    def add_deliverable(
        self, what: str = "", due_on: dt.date | None = None, done: bool = False
    ) -> int:
        row = self.deliverables.rowCount()
        self.deliverables.insertRow(row)
        self.deliverables.setItem(row, 0, QTableWidgetItem(what))
        due = OptionalDate(f"deliverableDue{row}", self.tr("Due date"), self.deliverables)
        due.set_day(due_on)
        self.deliverables.setCellWidget(row, 1, due)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.deliverables.setItem(row, 2, check)
        return row

    def _add_and_edit(self) -> None:
        row = self.add_deliverable()
        self.deliverables.setCurrentCell(row, 0)
        self.deliverables.editItem(self.deliverables.item(row, 0))

    def remove_selected_deliverable(self) -> None:
        row = self.deliverables.currentRow()
        if row >= 0:
            self.deliverables.removeRow(row)

    def deliverable_rows(self) -> list[dict[str, Any]]:
        rows = []
        for row in range(self.deliverables.rowCount()):
            item = self.deliverables.item(row, 0)
            due = self.deliverables.cellWidget(row, 1)
            done = self.deliverables.item(row, 2)
            day = due.day() if isinstance(due, OptionalDate) else None
            rows.append(
                {
                    "what": item.text().strip() if item else "",
                    "due_on": day.isoformat() if day else None,
                    "done": bool(done and done.checkState() == Qt.CheckState.Checked),
                }
            )
        return rows

    # --- data ------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The form as contracts.md §7 JSON plus the stored-only keys (nothing guessed)."""
        data: dict[str, Any] = {}
        if self.type_service.isChecked():
            data["type"] = "service"
        elif self.type_work.isChecked():
            data["type"] = "work"
        data["start"] = self.start_edit.date().toPython().isoformat()
        country = self.country_combo.currentData()
        data["country"] = country
        if country == "DE" and self.state_combo.currentData():
            data["state"] = self.state_combo.currentData()
        if self.term_spin.value():
            data["term"] = {"months": self.term_spin.value()}
        if self.renewal_spin.value():
            data["renewal"] = {"months": self.renewal_spin.value()}
        if self.notice_check.isChecked():
            data["notice"] = {
                "amount": self.notice_amount.value(),
                "unit": self.notice_unit.currentData(),
                "to": self.notice_to.currentData(),
            }
        if self.fee_unit.currentData():
            data["fee_unit"] = self.fee_unit.currentData()
        if self.fee_amount.value() > 0:
            data["fee_amount"] = round(self.fee_amount.value(), 2)
        if self.payment_interval.currentData():
            data["payment_interval"] = self.payment_interval.currentData()
        if self.form_combo.currentData():
            data["form"] = self.form_combo.currentData()
        if self.known_on_check.isChecked():
            data["known_on"] = self.known_on_edit.date().toPython().isoformat()
        if self.trust_check.isChecked() and data.get("type") != "work":
            data["higher_services_trust"] = True
        if data.get("type") == "work":
            if self.fee_total.value() > 0:
                data["fee_total"] = round(self.fee_total.value(), 2)
            if self.progress.value() != NO_PROGRESS:
                data["progress"] = self.progress.value() / 100
        notes = self.notes.toPlainText().strip()
        if notes:
            data["notes"] = notes
        data["deliverables"] = self.deliverable_rows()
        return data

    def load(self, data: dict[str, Any]) -> None:
        """Fill the form from a stored contract (the JSON ``contract_of`` returns)."""
        self.type_service.setChecked(data.get("type") == "service")
        self.type_work.setChecked(data.get("type") == "work")
        if data.get("start"):
            self.start_edit.setDate(QDate.fromString(str(data["start"]), Qt.DateFormat.ISODate))
        _select(self.country_combo, data.get("country", "DE"))
        _select(self.state_combo, data.get("state"))
        self.term_spin.setValue(int((data.get("term") or {}).get("months", 0)))
        self.renewal_spin.setValue(int((data.get("renewal") or {}).get("months", 0)))
        notice = data.get("notice")
        self.notice_check.setChecked(bool(notice))
        if notice:
            self.notice_amount.setValue(int(notice.get("amount", 0)))
            _select(self.notice_unit, notice.get("unit"))
            _select(self.notice_to, notice.get("to"))
        _select(self.fee_unit, data.get("fee_unit"))
        self.fee_amount.setValue(float(data.get("fee_amount") or 0))
        _select(self.payment_interval, data.get("payment_interval"))
        _select(self.form_combo, data.get("form"))
        known_on = data.get("known_on")
        self.known_on_check.setChecked(bool(known_on))
        if known_on:
            self.known_on_edit.setDate(QDate.fromString(str(known_on), Qt.DateFormat.ISODate))
        self.trust_check.setChecked(bool(data.get("higher_services_trust")))
        self.fee_total.setValue(float(data.get("fee_total") or 0))
        progress = data.get("progress")
        self.progress.setValue(NO_PROGRESS if progress is None else round(float(progress) * 100))
        self.notes.setPlainText(str(data.get("notes") or ""))
        self.deliverables.setRowCount(0)
        for item in data.get("deliverables") or []:  # in the order they were entered
            due = item.get("due_on")
            self.add_deliverable(
                str(item.get("what", "")),
                dt.date.fromisoformat(due) if due else None,
                bool(item.get("done")),
            )

    # --- saving ----------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def friendly(self, key: str, message: str) -> str:
        """The engine's "key: message" in the words of the form."""
        detail = message.split(": ", 1)[1] if ": " in message else message
        base = field_of(key)
        if base == "type":
            return self.tr(
                "Choose the kind of contract: service contract or contract for work. "
                "The explanation above helps."
            )
        if base == "renewal" and "initial term" in detail:
            return self.tr("A renewal needs a fixed term: enter the term first.")
        if key == "notice.to" and "term" in detail:
            return self.tr("“To the end of the term” needs a fixed term above.")
        if base == "fee_unit" and "missing" in detail:
            return self.tr(
                "Without a notice clause or a fixed term the law decides by the fee unit "
                "(§ 621 BGB): choose how the fee is calculated."
            )
        if base == "state":
            return self.tr("Choose the federal state from the list.")
        if base == "deliverables":
            match = re.search(r"\[(\d+)\]", key)
            if match and key.endswith(".what"):
                return self.tr("Row {row}: say what is owed, or remove the row.").format(
                    row=int(match.group(1)) + 1
                )
        return detail

    def show_error(self, message: str) -> str:
        """Show an InvalidInput message next to its field; returns the field it went to."""
        key = message.split(": ", 1)[0] if ": " in message else "general"
        base = field_of(key)
        text = self.friendly(key, message)
        label = self.errors.get(base, self.general_error)
        label.setText(text)
        label.show()
        if label is not self.general_error:
            self.general_error.setText(self.tr("Not saved yet: {text}").format(text=text))
            self.general_error.show()
            widget = self.field_widgets().get(base)
            if widget is not None:
                self.scroll.ensureWidgetVisible(label)
                widget.setFocus()
        if base == "deliverables":
            match = re.search(r"\[(\d+)\]", key)
            if match:
                self.deliverables.setCurrentCell(int(match.group(1)), 0)
        return base

    def field_widgets(self) -> dict[str, QWidget]:
        """The input each error key is about, to put the cursor there."""
        return {
            "type": self.type_service, "start": self.start_edit, "term": self.term_spin,
            "renewal": self.renewal_spin, "notice": self.notice_check,
            "fee_unit": self.fee_unit, "fee_amount": self.fee_amount,
            "payment_interval": self.payment_interval, "form": self.form_combo,
            "country": self.country_combo, "state": self.state_combo,
            "higher_services_trust": self.trust_check, "known_on": self.known_on_edit,
            "fee_total": self.fee_total, "progress": self.progress,
            "deliverables": self.deliverables, "notes": self.notes,
        }  # fmt: skip

    def save(self) -> bool:
        """Store the contract and close; on a problem, say where and keep the dialog open."""
        if not self.session.is_unlocked:
            return False
        self.clear_errors()
        try:
            contracts.set_contract(self.session.vault, self.client, self.to_json())
        except InvalidInput as exc:
            self.show_error(str(exc))
            return False
        except VaultError as exc:
            self.general_error.setText(
                self.tr("The contract was not saved: {error}").format(error=exc)
            )
            self.general_error.show()
            return False
        self.session.notify("contracts")
        self.saved.emit(self.client)
        self.accept()
        return True
