"""One card per exit scenario: the earliest end large, the deadlines beneath, then the rest.

Every date comes from the engine's plan (the same one ``grenzen exits`` prints); the
cards only arrange it. Each date carries its basis as a tooltip, JUDGEMENT notes stand
in a quiet callout, and a deadline within four weeks is the one place that turns red.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from grenzen.domain.exits.deadlines import CLOSE_DAYS, URGENT_DAYS
from grenzen.domain.exits.engine import ExitPlan, Scenario, SendBy
from grenzen.domain.exits.money import MoneyMsg, MoneyOutlook, open_invoices_message
from grenzen.domain.exits.schedules import Choice
from grenzen.domain.exits.support import SupportingIncident
from grenzen.domain.exits.texts import Msg, format_money
from grenzen.domain.letters import LETTER_FOR_SCENARIO
from grenzen.services.exit_planner import ClientExitView
from grenzen.ui.coach.stage_base import ui_language
from grenzen.ui.i18n import translate
from grenzen.ui.session import VaultSession

TEXT_PREVIEW = 90

CALENDAR_SCENARIOS = frozenset({"ordinary_notice", "let_run_out", "extraordinary", "any_time"})
FEES_RUN_ON = frozenset({"ordinary_notice", "let_run_out"})
WORK_SCENARIOS = frozenset({"finish_and_deliver", "cooperation_deadline", "good_cause"})
NO_DELIVERABLES = frozenset({"client_terminates", "guidance"})


def scenario_title(scenario_id: str) -> str:
    """The glossary's name for a scenario."""
    titles = {
        "ordinary_notice": translate("Exit", "Ordinary termination"),
        "let_run_out": translate("Exit", "Let it run out"),
        "extraordinary": translate("Exit", "Extraordinary termination (§ 626 BGB)"),
        "any_time": translate("Exit", "Termination at any time (§ 627 BGB)"),
        "mutual": translate("Exit", "Mutual termination"),
        "finish_and_deliver": translate("Exit", "Finish and deliver"),
        "cooperation_deadline": translate("Exit", "Deadline for missing cooperation (§ 643 BGB)"),
        "client_terminates": translate("Exit", "If the client terminates (§ 648 BGB)"),
        "good_cause": translate("Exit", "Termination for good cause (§ 648a BGB)"),
        "guidance": translate("Exit", "Guidance for this country"),
    }
    return titles.get(scenario_id, scenario_id)


def ui_date(day: dt.date) -> str:
    """A date as the UI language writes it, with a four-digit year (31.01.2029)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def long_date(day: dt.date) -> str:
    """The large date: with the weekday, as the UI language writes it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def days_left_text(day: dt.date, today: dt.date) -> str:
    days = (day - today).days
    if days == 0:
        return translate("Exit", "today")
    if days == 1:
        return translate("Exit", "tomorrow")
    if days == -1:
        return translate("Exit", "yesterday")
    if days < 0:
        return translate("Exit", "{n} days ago").format(n=-days)
    return translate("Exit", "in {n} days").format(n=days)


def is_urgent(day: dt.date, today: dt.date) -> bool:
    """Within a week: red, the only time the app uses it (ux.md)."""
    return 0 <= (day - today).days <= CLOSE_DAYS


def is_soon(day: dt.date, today: dt.date) -> bool:
    """Within four weeks: bold, like the dashboard's banner."""
    return 0 <= (day - today).days <= URGENT_DAYS


def _label(text: str, parent: QWidget, role: str = "", name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TEXT_PREVIEW else flat[: TEXT_PREVIEW - 1].rstrip() + "…"


class ScenarioCard(QFrame):
    """One way out, with its dates, basis, notes, what is owed and what is to come."""

    def __init__(
        self,
        session: VaultSession,
        view: ClientExitView,
        scenario: Scenario,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.scenario = scenario
        self.lang = lang
        self.plan: ExitPlan = view.plan
        self.today = view.plan.today
        self.dates: dict[str, dt.date] = {}  # what the card shows, by name (for tests)
        self.letter_dialog: Any = None
        self.setObjectName(f"scenario_{scenario.id}")
        self.setProperty("role", "card")
        self.setAccessibleName(scenario_title(scenario.id))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 14, 18, 16)
        self.layout_.setSpacing(8)
        self._header()
        self._headline()
        self._deadlines()
        self._extraordinary()
        self._basis()
        self._judgements()
        self._deliverables()
        self._money()
        self._actions()

    # --- parts -------------------------------------------------------------------------

    def _header(self) -> None:
        title = _label(scenario_title(self.scenario.id), self, "", "scenarioTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(font.Weight.DemiBold)
        title.setFont(font)
        self.layout_.addWidget(title)
        if not self.scenario.available:
            title.setProperty("role", "muted")
            self.why_label = _label(self._why_not(), self, "muted", "scenarioWhyNot")
            self.layout_.addWidget(self.why_label)

    def _why_not(self) -> str:
        extra = self.plan.extraordinary
        if self.scenario.id == "extraordinary" and extra is not None:
            return translate(
                "Exit", "Not possible any more: the two-week window closed on {date}."
            ).format(date=ui_date(extra.window_ends))
        ordinary = self.plan.ordinary
        if self.scenario.id == "ordinary_notice" and ordinary.ends_on is not None:
            return translate(
                "Exit", "Not possible: the contract has a fixed term and ends by itself on {date}."
            ).format(date=ui_date(ordinary.ends_on))
        return translate("Exit", "Not possible with these terms – the basis below says why.")

    def _big(
        self, caption: str, value: str, name: str, tooltip: str = "", *, scale: float = 2.0
    ) -> None:
        caption_label = _label(caption, self, "muted", f"{name}Caption")
        value_label = _label(value, self, "", name)
        font = value_label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setWeight(font.Weight.DemiBold)
        value_label.setFont(font)
        if tooltip:
            value_label.setToolTip(tooltip)
        if not self.scenario.available:
            value_label.setProperty("role", "muted")
        self.layout_.addWidget(caption_label)
        self.layout_.addWidget(value_label)

    def _headline(self) -> None:
        """The earliest end, large (or what stands in its place for this scenario)."""
        sid = self.scenario.id
        extra = self.plan.extraordinary
        rule = self._text(self.plan.ordinary.basis[:1])
        if sid == "extraordinary" and extra is not None and extra.open:
            self.dates["safe_deadline"] = extra.safe_deadline
            self._big(
                translate("Exit", "Ends when the notice arrives – at the latest by"),
                long_date(extra.safe_deadline),
                "earliestEnd",
                self._text(extra.basis),
            )
        elif sid == "client_terminates" and self.plan.presumed_claim is not None:
            self._big(
                translate("Exit", "Presumed claim if the client ends the contract"),
                format_money(self.plan.presumed_claim, self.lang),
                "earliestEnd",
                self._text(self.scenario.basis),
            )
        elif sid == "mutual":
            self._big(
                translate("Exit", "Earliest end"),
                translate("Exit", "A date you agree on together"),
                "earliestEnd",
                scale=1.25,
            )
        elif self.scenario.ends_on is not None:
            self.dates["ends_on"] = self.scenario.ends_on
            caption = {
                "let_run_out": translate("Exit", "Ends by itself on"),
                "any_time": translate("Exit", "Earliest end (effective on receipt)"),
            }.get(sid, translate("Exit", "Earliest end"))
            tooltip = self._text(self.scenario.basis) if sid != "ordinary_notice" else rule
            self._big(caption, long_date(self.scenario.ends_on), "earliestEnd", tooltip)

    def _deadlines(self) -> None:
        if self.scenario.id != "ordinary_notice" or not self.scenario.available:
            return
        ordinary = self.plan.ordinary
        first = ordinary.earliest
        if first is None:
            return
        basis = self._texts(ordinary.basis)
        rule = basis[0] if basis else ""
        practical = basis[1] if len(basis) > 1 else rule
        send_basis = basis[2] if len(basis) > 2 else practical
        grid = self._grid()
        self._send_rows(grid, ordinary.send_by, send_basis)
        self._date_row(
            grid, "practical_deadline", translate("Exit", "Practical deadline"),
            first.practical_deadline, practical, with_days=True,
        )  # fmt: skip
        self._date_row(
            grid, "legal_deadline", translate("Exit", "Latest receipt (legal deadline)"),
            first.legal_deadline, rule, with_days=True,
        )  # fmt: skip
        if ordinary.next_options:
            self._next_ends(grid, ordinary.next_options, rule)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(2, 1)
        self.layout_.addLayout(grid)
        return grid

    def _date_row(
        self,
        grid: QGridLayout,
        name: str,
        caption: str,
        day: dt.date,
        basis: str,
        *,
        with_days: bool = False,
    ) -> None:
        row = grid.rowCount()
        self.dates[name] = day
        caption_label = _label(caption, self, "muted")
        caption_label.setWordWrap(False)
        value = _label(ui_date(day), self, "", f"{name}Date")
        value.setToolTip(basis)
        caption_label.setToolTip(basis)
        grid.addWidget(caption_label, row, 0)
        grid.addWidget(value, row, 1)
        if with_days:
            left = _label(days_left_text(day, self.today), self, "muted", f"{name}Days")
            if is_urgent(day, self.today):
                left.setProperty("role", "urgent")
            elif is_soon(day, self.today):
                left.setProperty("role", "notice")
            grid.addWidget(left, row, 2)

    def _send_rows(self, grid: QGridLayout, send_by: SendBy | None, basis: str) -> None:
        if send_by is None:
            return
        if send_by.registered_letter >= self.today:
            self._date_row(
                grid, "send_by_registered_letter",
                translate("Exit", "Send by registered letter by"),
                send_by.registered_letter, basis, with_days=True,
            )  # fmt: skip
        else:
            row = grid.rowCount()
            late = _label(
                translate(
                    "Exit", "Too late for a registered letter – use a courier or hand it over."
                ),
                self,
                "urgent",
                "registeredTooLate",
            )
            late.setToolTip(basis)
            grid.addWidget(late, row, 0, 1, 3)
        self._date_row(
            grid, "send_by_courier", translate("Exit", "By courier or by hand by"),
            send_by.courier, basis, with_days=True,
        )  # fmt: skip
        if send_by.email is not None:
            self._date_row(
                grid, "send_by_email", translate("Exit", "By e-mail (text form) by"),
                send_by.email, basis, with_days=True,
            )  # fmt: skip

    def _next_ends(self, grid: QGridLayout, options: list[Choice], rule: str) -> None:
        row = grid.rowCount()
        caption = _label(translate("Exit", "Next possible ends"), self, "muted")
        caption.setWordWrap(False)
        texts = [ui_date(choice.ends_on) for choice in options]
        value = _label(" · ".join(texts), self, "", "nextEnds")
        lines = [rule, ""] + [
            translate("Exit", "{end}: notice must arrive by {deadline}").format(
                end=ui_date(c.ends_on), deadline=ui_date(c.practical_deadline)
            )
            for c in options
        ]
        value.setToolTip("\n".join(lines))
        self.next_ends = [c.ends_on for c in options]
        grid.addWidget(caption, row, 0)
        grid.addWidget(value, row, 1, 1, 2)

    def _extraordinary(self) -> None:
        extra = self.plan.extraordinary
        if self.scenario.id != "extraordinary" or extra is None:
            return
        texts = self._texts(extra.basis)
        window_basis = next((t for t in texts if "626" in t), " ".join(texts))
        safe_basis = " ".join(texts)
        grid = self._grid()
        self._date_row(
            grid, "known_on", translate("Exit", "You learned of the cause on"),
            extra.known_on, window_basis,
        )  # fmt: skip
        self.source_label = _label(self._source_text(), self, "muted", "knownOnSource")
        grid.addWidget(self.source_label, grid.rowCount() - 1, 2)
        self._date_row(
            grid, "window_ends", translate("Exit", "Two-week window ends"),
            extra.window_ends, window_basis, with_days=extra.open,
        )  # fmt: skip
        if extra.open:
            self._date_row(
                grid, "safe_deadline", translate("Exit", "Safe deadline"),
                extra.safe_deadline, safe_basis, with_days=True,
            )  # fmt: skip
            self._send_rows(grid, extra.send_by, self._text([Msg("send_by")]))
        self._supporting()
        self._warning()

    def _source_text(self) -> str:
        source = self.view.known_on_source
        if source == "contract":
            return translate("Exit", "as entered in the contract")
        if source == "incident":
            return translate("Exit", "from your incident of that day")
        return ""

    def _supporting(self) -> None:
        found = self.view.supporting_incidents
        self.layout_.addWidget(_label(translate("Exit", "Incidents behind it"), self, "muted"))
        if not found:
            self.layout_.addWidget(
                _label(
                    translate("Exit", "No incidents on the relationship level in this window."),
                    self,
                    "",
                    "supportingNone",
                )
            )
            return

        def line(item: SupportingIncident) -> str:
            return translate("Exit", "• {date} · severity {severity} · {text}").format(
                date=ui_date(item.occurred_on), severity=item.severity, text=_preview(item.text)
            )

        in_window = [line(item) for item in found if item.in_window]
        context = [line(item) for item in found if not item.in_window]
        self.supporting_label = _label(
            "\n".join(in_window)
            or translate("Exit", "No incidents on the relationship level in this window."),
            self,
            "",
            "supportingIncidents",
        )
        self.layout_.addWidget(self.supporting_label)
        if context:
            self.layout_.addWidget(_label(translate("Exit", "Earlier, for context"), self, "muted"))
            self.context_label = _label("\n".join(context), self, "", "contextIncidents")
            self.layout_.addWidget(self.context_label)

    def _warning(self) -> None:
        if self.view.warning_exists and self.view.warning_on is not None:
            text = translate(
                "Exit", "A formal warning is on record: your boundary statement of {date}."
            ).format(date=ui_date(self.view.warning_on))
            role = "good"
        else:
            text = translate(
                "Exit",
                "No formal warning is on record yet. For behaviour the client could change, "
                "a warning usually comes first – the “Set boundaries” stage of a case helps "
                "you write one.",
            )
            role = "muted"
        self.warning_label = _label(text, self, role, "warningState")
        self.layout_.addWidget(self.warning_label)

    def _basis(self) -> None:
        text = self._text(self.scenario.basis)
        if not text:
            return
        self.basis_label = _label(
            translate("Exit", "Basis: {text}").format(text=text), self, "muted", "scenarioBasis"
        )
        self.layout_.addWidget(self.basis_label)

    def _judgements(self) -> None:
        notes = self._texts(self.scenario.judgements)
        if not notes:
            return
        self.judgement_label = _label("\n\n".join(notes), self, "quote", "scenarioJudgements")
        self.layout_.addWidget(self.judgement_label)

    def _deliverables(self) -> None:
        if self.scenario.id in NO_DELIVERABLES or not self.scenario.available:
            return
        owed = self.view.open_deliverables
        if not owed:
            return
        end = self.scenario.ends_on
        lines = []
        for what, due in owed:
            if due is None:
                lines.append(translate("Exit", "• {what}").format(what=what))
            elif end is not None and due > end:
                lines.append(
                    translate("Exit", "• {what} – due {date}, after the end").format(
                        what=what, date=ui_date(due)
                    )
                )
            else:
                lines.append(
                    translate("Exit", "• {what} – due {date}").format(what=what, date=ui_date(due))
                )
        self.layout_.addWidget(_label(translate("Exit", "Still to deliver"), self, "muted"))
        self.deliverables_label = _label("\n".join(lines), self, "", "scenarioDeliverables")
        self.layout_.addWidget(self.deliverables_label)

    def _money(self) -> None:
        if not self.scenario.available:
            return
        money = self.view.money
        lines = [open_invoices_message(money).render(self.lang)]
        sid = self.scenario.id
        if sid in FEES_RUN_ON:
            lines += self._fee_lines(money)
        elif sid in ("extraordinary", "any_time"):
            lines.append(translate("Exit", "The fees stop with the end."))
        if sid in WORK_SCENARIOS and money.work_remaining is not None:
            lines.append(
                MoneyMsg("work_remaining", {"amount": money.work_remaining}).render(self.lang)
            )
        self.layout_.addWidget(_label(translate("Exit", "Money still to come"), self, "muted"))
        self.money_label = _label("\n".join(lines), self, "", "scenarioMoney")
        self.layout_.addWidget(self.money_label)

    def _fee_lines(self, money: MoneyOutlook) -> list[str]:
        basis = money.until_end_message.render(self.lang)
        if money.until_end is None or money.until_end_on is None:
            return [basis]
        if self.scenario.ends_on != money.until_end_on:
            return []
        return [
            translate("Exit", "About {amount} in fees until {date}.").format(
                amount=format_money(money.until_end, self.lang), date=ui_date(money.until_end_on)
            ),
            basis,
        ]

    def _actions(self) -> None:
        if not self.scenario.available or self.scenario.id == "guidance":
            return
        row = QHBoxLayout()
        row.setSpacing(8)
        self.action_buttons: dict[str, QPushButton] = {}
        if self.scenario.id in CALENDAR_SCENARIOS and self.dates:
            self._action(
                row, "calendar", translate("Exit", "Add to calendar…"), self.add_to_calendar
            )
        if self.scenario.id in LETTER_FOR_SCENARIO:
            self._action(row, "letter", translate("Exit", "Draft the letter…"), self.draft_letter)
        self._action(row, "plan", translate("Exit", "One-page plan…"), self.one_page_plan)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def _action(self, row: QHBoxLayout, key: str, text: str, slot: Any) -> None:
        button = QPushButton(text, self)
        button.setObjectName(f"{key}Button_{self.scenario.id}")
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        self.action_buttons[key] = button

    # --- actions -----------------------------------------------------------------------

    def add_to_calendar(self) -> None:
        from grenzen.ui.exit.calendar_export import export_scenario_calendar

        export_scenario_calendar(
            self.window(), self.session, self.view.client, self.scenario.id, today=self.today
        )

    def draft_letter(self) -> None:
        from grenzen.ui.exit.letter_dialog import open_letter_dialog

        kind = LETTER_FOR_SCENARIO[self.scenario.id]
        self.letter_dialog = open_letter_dialog(
            self.window(), self.session, self.view.client, kind, today=self.today
        )

    def one_page_plan(self) -> None:
        from grenzen.ui.exit.plan_export import export_exit_plan

        export_exit_plan(
            self.window(), self.session, self.view.client, self.scenario.id, today=self.today
        )

    # --- words -------------------------------------------------------------------------

    def _texts(self, messages: list[Msg]) -> list[str]:
        return [m.render(self.lang) for m in messages]

    def _text(self, messages: list[Msg]) -> str:
        return " ".join(self._texts(messages))


class ScenarioCards(QWidget):
    """The scenario cards of one client, available ones first, the others muted below."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("scenarioCards")
        self.cards: dict[str, ScenarioCard] = {}
        self.view: ClientExitView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(14)
        self.message = _label("", self, "muted", "scenarioMessage")
        self.message.hide()
        self._layout.addWidget(self.message)

    def clear(self) -> None:
        for card in self.cards.values():
            self._layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = {}
        self.view = None
        self.message.hide()

    def show_message(self, text: str) -> None:
        self.clear()
        self.message.setText(text)
        self.message.show()

    def set_view(self, view: ClientExitView) -> None:
        self.clear()
        self.view = view
        lang = ui_language()
        ordered = sorted(view.plan.scenarios, key=lambda s: not s.available)
        for scenario in ordered:
            card = ScenarioCard(self.session, view, scenario, lang, self)
            self._layout.addWidget(card)
            self.cards[scenario.id] = card

    def card(self, scenario_id: str) -> ScenarioCard:
        return self.cards[scenario_id]

    def scenario_ids(self) -> list[str]:
        return list(self.cards)
