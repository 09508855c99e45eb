"""Small forms of the value page: an invoice, and one line of the dream-client profile.

Both save through the services and show a refused input inline, in words, beside the
buttons — no second box on top of the dialog.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.value import Criterion, Invoice, Measure
from grenzen.services import value as value_service
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.session import VaultSession
from grenzen.ui.widgets import save_cancel_row, settle_minimum_size

PAYMENT_TERMS_DAYS = 14


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def amount_text(cents: int) -> str:
    """Cents as the user would type them ("1234,50" in German, "1234.50" in English)."""
    text = f"{cents // 100}.{cents % 100:02d}"
    return text.replace(".", ",") if ui_language() == "de" else text


def hours_text(hours: float | None) -> str:
    if hours is None:
        return ""
    text = f"{hours:g}"
    return text.replace(".", ",") if ui_language() == "de" else text


class OptionalDate(QWidget):
    """A date that may be left out: a check box that switches the date field on."""

    def __init__(self, label: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, objectName=f"{object_name}Check")
        self.edit = QDateEdit(QDate.currentDate(), objectName=f"{object_name}Edit")
        self.edit.setCalendarPopup(True)
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label.replace("&", ""))
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(_qdate(day))


class InvoiceDialog(QDialog):
    """Add an invoice for a client, or change one (``invoice`` given)."""

    saved = Signal(int)

    def __init__(
        self,
        session: VaultSession,
        client: str,
        invoice: Invoice | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.client = client
        self.invoice = invoice
        today = today or dt.date.today()
        self.setObjectName("invoiceDialog")
        if invoice is None:
            self.setWindowTitle(self.tr("Add invoice for {client}").format(client=client))
        else:
            self.setWindowTitle(self.tr("Invoice for {client}").format(client=client))

        self.amount_edit = QLineEdit(objectName="invoiceAmountEdit")
        self.amount_edit.setPlaceholderText(self.tr("e.g. 1200.00 (net, in euros)"))
        self.amount_edit.setAccessibleName(self.tr("Amount in euros"))
        self.date_edit = QDateEdit(_qdate(today), objectName="invoiceDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Invoice date"))
        self.due = OptionalDate(self.tr("D&ue on"), "invoiceDue")
        self.due.edit.setDate(_qdate(today + dt.timedelta(days=PAYMENT_TERMS_DAYS)))
        self.paid = OptionalDate(self.tr("&Paid on"), "invoicePaid")
        self.hours_edit = QLineEdit(objectName="invoiceHoursEdit")
        self.hours_edit.setPlaceholderText(self.tr("Optional — for the hourly rate"))
        self.hours_edit.setAccessibleName(self.tr("Hours worked for this invoice"))
        self.note_edit = QLineEdit(objectName="invoiceNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. the invoice number"))
        self.note_edit.setAccessibleName(self.tr("Note"))

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Amount (€)"), self.amount_edit), self.amount_edit)
        form.addRow(self._label(self.tr("Invoice &date"), self.date_edit), self.date_edit)
        form.addRow("", self.due)
        form.addRow("", self.paid)
        form.addRow(self._label(self.tr("&Hours"), self.hours_edit), self.hours_edit)
        form.addRow(self._label(self.tr("&Note"), self.note_edit), self.note_edit)

        self.error = QLabel(objectName="invoiceError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button, buttons = save_cancel_row(
            self,
            save_text=self.tr("&Save"),
            save_tooltip=self.tr("Save the invoice ({keys})"),
            save_name="invoiceSaveButton",
            cancel_text=self.tr("Cancel"),
            cancel_name="invoiceCancelButton",
            on_save=self.save,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if invoice is not None:
            self._fill(invoice)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())
        settle_minimum_size(self)
        self.amount_edit.setFocus()
        session.locked.connect(self.reject)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fill(self, invoice: Invoice) -> None:
        self.amount_edit.setText(amount_text(invoice.amount_cents))
        self.date_edit.setDate(_qdate(invoice.invoice_date))
        self.due.set_value(invoice.due_date)
        self.paid.set_value(invoice.paid_date)
        self.hours_edit.setText(hours_text(invoice.hours))
        self.note_edit.setText(invoice.note or "")

    def save(self) -> None:
        if not self.session.is_unlocked:
            return
        fields = {
            "amount": self.amount_edit.text(),
            "invoice_date": self.date_edit.date().toPython(),
            "hours": self.hours_edit.text(),
            "due_date": self.due.value(),
            "paid_date": self.paid.value(),
            "note": self.note_edit.text(),
        }
        try:
            if self.invoice is None:
                invoice_id = value_service.add_invoice(self.session.vault, self.client, **fields)
            else:
                invoice_id = self.invoice.id
                value_service.update_invoice(self.session.vault, invoice_id, **fields)
        except (InvalidInput, VaultError) as exc:
            self.error.setText(self._explain(str(exc)))
            self.error.show()
            return
        self.session.notify("value")
        self.saved.emit(invoice_id)
        self.accept()

    def _explain(self, message: str) -> str:
        field_name = message.split(":", 1)[0]
        return {
            "amount": self.tr(
                "Please enter the amount in euros, e.g. 1200 or 1200.50 (at most two decimals)."
            ),
            "hours": self.tr("Please enter the hours as a number, e.g. 12.5 — or leave it empty."),
            "due_date": self.tr("The due date cannot be before the invoice date."),
            "paid_date": self.tr("The payment date cannot be before the invoice date."),
            "note": self.tr("The note is too long."),
        }.get(field_name, message)


MEASURES: tuple[Measure | None, ...] = (None, *Measure)


class CriterionDialog(QDialog):
    """One line of the dream-client profile; optionally measured from the figures."""

    saved = Signal(int)

    def __init__(
        self,
        session: VaultSession,
        criterion: Criterion | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.criterion = criterion
        self.setObjectName("criterionDialog")
        self.setWindowTitle(
            self.tr("Add a criterion") if criterion is None else self.tr("Edit criterion")
        )
        intro = QLabel(
            self.tr(
                "Describe one thing your dream clients do. Written criteria you tick for each "
                "client yourself; a measured one the figures judge."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.text_edit = QLineEdit(objectName="criterionTextEdit")
        self.text_edit.setPlaceholderText(self.tr("e.g. Treats me with respect, even under stress"))
        self.text_edit.setAccessibleName(self.tr("Criterion"))
        self.measure_combo = QComboBox(objectName="criterionMeasureCombo")
        self.measure_combo.setAccessibleName(self.tr("Measured from the figures"))
        for measure in MEASURES:
            self.measure_combo.addItem(self.measure_name(measure), measure.value if measure else "")
        self.threshold = QDoubleSpinBox(objectName="criterionThresholdSpin")
        self.threshold.setAccessibleName(self.tr("Threshold"))
        self.threshold.setRange(0, 100_000)
        self.measure_combo.currentIndexChanged.connect(self._measure_changed)

        form = QFormLayout()
        label = QLabel(self.tr("&Criterion"))
        label.setBuddy(self.text_edit)
        form.addRow(label, self.text_edit)
        label = QLabel(self.tr("&Measure"))
        label.setBuddy(self.measure_combo)
        form.addRow(label, self.measure_combo)
        label = QLabel(self.tr("&Threshold"))
        label.setBuddy(self.threshold)
        form.addRow(label, self.threshold)

        self.error = QLabel(objectName="criterionError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button, buttons = save_cancel_row(
            self,
            save_text=self.tr("&Save"),
            save_tooltip=self.tr("Save the criterion ({keys})"),
            save_name="criterionSaveButton",
            cancel_text=self.tr("Cancel"),
            cancel_name="criterionCancelButton",
            on_save=self.save,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if criterion is not None:
            self.text_edit.setText(criterion.text)
            self.measure_combo.setCurrentIndex(MEASURES.index(criterion.measure))
            if criterion.threshold is not None:
                self.threshold.setValue(criterion.threshold)
        self._measure_changed()
        self.resize(self.fontMetrics().averageCharWidth() * 64, self.sizeHint().height())
        settle_minimum_size(self)
        self.text_edit.setFocus()
        session.locked.connect(self.reject)

    def measure_name(self, measure: Measure | None) -> str:
        return {
            None: self.tr("Not measured — I tick it myself"),
            Measure.MIN_RATE: self.tr("Hourly rate at least"),
            Measure.MAX_DAYS_LATE: self.tr("Pays at most … days late on average"),
            Measure.MAX_INCIDENTS: self.tr("At most … incidents in the period"),
            Measure.MIN_ENERGY: self.tr("My energy with them at least (0–10)"),
        }[measure]

    def measure(self) -> Measure | None:
        return MEASURES[self.measure_combo.currentIndex()]

    def _measure_changed(self) -> None:
        measure = self.measure()
        self.threshold.setEnabled(measure is not None)
        decimals, maximum, suffix = {
            None: (0, 0, ""),
            Measure.MIN_RATE: (2, 10_000, " €/h"),
            Measure.MAX_DAYS_LATE: (0, 365, self.tr(" days")),
            Measure.MAX_INCIDENTS: (0, 1_000, ""),
            Measure.MIN_ENERGY: (1, 10, " / 10"),
        }[measure]
        self.threshold.setDecimals(decimals)
        self.threshold.setMaximum(maximum)
        self.threshold.setSuffix(suffix)

    def save(self) -> None:
        if not self.session.is_unlocked:
            return
        measure = self.measure()
        threshold = self.threshold.value() if measure is not None else None
        measure_value = measure.value if measure is not None else None
        try:
            if self.criterion is None:
                criterion_id = value_service.add_criterion(
                    self.session.vault, self.text_edit.text(), measure_value, threshold
                )
            else:
                criterion_id = self.criterion.id
                value_service.update_criterion(
                    self.session.vault,
                    criterion_id,
                    text=self.text_edit.text(),
                    measure=measure_value,
                    threshold=threshold,
                )
        except (InvalidInput, VaultError) as exc:
            if str(exc).startswith("text:"):
                self.error.setText(self.tr("Please describe the criterion in a few words."))
            else:
                self.error.setText(str(exc))
            self.error.show()
            return
        self.session.notify("value")
        self.saved.emit(criterion_id)
        self.accept()
