"""Client value rules (pure): figures, dream-client matches, the zero-based question."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grenzen.domain.value import (
    Answer,
    CheckinFact,
    ClientValue,
    Criterion,
    EnergyTally,
    IncidentFact,
    IncidentTally,
    InvalidValue,
    Invoice,
    Measure,
    Period,
    ZeroBasedAnswer,
    answer_hint,
    check_answer,
    check_hours,
    check_invoice_dates,
    check_measure,
    client_value,
    count_matches,
    default_since,
    evaluate,
    format_rate,
    latest_answers,
    match_client,
    months_before,
    parse_amount,
    quote,
    sunk_cost_hint,
    tally_energy,
    tally_incidents,
)

TODAY = dt.date(2026, 6, 15)
ALL_TIME = Period(None, TODAY)


def invoice(
    cents: int,
    issued: dt.date,
    *,
    hours: float | None = None,
    due: dt.date | None = None,
    paid: dt.date | None = None,
    number: int = 1,
) -> Invoice:
    return Invoice(number, 1, "Müller GmbH", cents, issued, hours, due, paid)


NO_INCIDENTS = IncidentTally()
NO_ENERGY = EnergyTally()


def figures(
    invoices: tuple[Invoice, ...] | list[Invoice] = (),
    period: Period = ALL_TIME,
    incidents: IncidentTally = NO_INCIDENTS,
    energy: EnergyTally = NO_ENERGY,
    overall: EnergyTally = NO_ENERGY,
) -> ClientValue:
    return client_value(1, "Müller GmbH", invoices, incidents, energy, overall, period)


# --- days late -----------------------------------------------------------------------------


def test_paid_late_counts_the_days_after_the_due_date() -> None:
    i = invoice(100, dt.date(2026, 1, 1), due=dt.date(2026, 1, 15), paid=dt.date(2026, 2, 1))
    assert i.days_late(TODAY) == 17


def test_paid_early_or_on_time_counts_as_zero() -> None:
    early = invoice(100, dt.date(2026, 1, 1), due=dt.date(2026, 1, 15), paid=dt.date(2026, 1, 10))
    on_time = invoice(100, dt.date(2026, 1, 1), due=dt.date(2026, 1, 15), paid=dt.date(2026, 1, 15))
    assert early.days_late(TODAY) == on_time.days_late(TODAY) == 0


def test_open_overdue_invoice_counts_up_to_today() -> None:
    i = invoice(100, dt.date(2026, 5, 1), due=dt.date(2026, 5, 15))
    assert i.days_late(TODAY) == 31


def test_open_invoice_not_yet_due_or_without_due_date_cannot_be_judged() -> None:
    assert invoice(100, dt.date(2026, 6, 1), due=dt.date(2026, 6, 15)).days_late(TODAY) is None
    assert invoice(100, dt.date(2026, 6, 1), paid=dt.date(2026, 6, 20)).days_late(TODAY) is None


# --- figures -------------------------------------------------------------------------------


def test_revenue_is_exact_in_cents_and_counts_paid_and_open() -> None:
    value = figures(
        [
            invoice(10, dt.date(2026, 1, 1)),
            invoice(20, dt.date(2026, 2, 1), paid=dt.date(2026, 2, 3)),
            invoice(123_450, dt.date(2026, 3, 1)),
        ]
    )
    assert value.revenue_cents == 123_480
    assert value.revenue == 1234.8
    assert value.invoices == 3
    assert value.open_cents == 123_460


def test_rate_uses_only_invoices_with_hours() -> None:
    value = figures(
        [
            invoice(420_000, dt.date(2026, 1, 1), hours=60),
            invoice(100_000, dt.date(2026, 2, 1)),  # no hours: not in the rate
        ]
    )
    assert value.hours == 60
    assert value.effective_rate == pytest.approx(70.0)
    assert value.revenue_cents == 520_000


def test_no_hours_means_no_rate_and_zero_hours_too() -> None:
    assert figures([invoice(100, dt.date(2026, 1, 1))]).effective_rate is None
    assert figures([invoice(100, dt.date(2026, 1, 1))]).hours is None
    zero = figures([invoice(100, dt.date(2026, 1, 1), hours=0)])
    assert zero.hours == 0
    assert zero.effective_rate is None


def test_days_late_average_over_judged_invoices_only() -> None:
    value = figures(
        [
            invoice(1, dt.date(2026, 1, 1), due=dt.date(2026, 1, 15), paid=dt.date(2026, 2, 14)),
            invoice(1, dt.date(2026, 2, 1), due=dt.date(2026, 2, 15), paid=dt.date(2026, 2, 10)),
            invoice(1, dt.date(2026, 6, 10), due=dt.date(2026, 6, 24)),  # not due yet
            invoice(1, dt.date(2026, 3, 1)),  # no due date
        ]
    )
    assert value.days_late_avg == 15.0  # (30 + 0) / 2


def test_days_late_is_none_without_due_dates() -> None:
    assert figures([invoice(1, dt.date(2026, 1, 1))]).days_late_avg is None
    assert figures([]).days_late_avg is None


def test_period_filters_invoices_by_invoice_date_but_open_amount_is_all_still_owed() -> None:
    period = Period(dt.date(2026, 1, 1), TODAY)
    value = figures(
        [
            invoice(500, dt.date(2025, 12, 31)),  # before the period, still open
            invoice(300, dt.date(2026, 1, 1), paid=dt.date(2026, 1, 5)),
            invoice(700, dt.date(2026, 7, 1)),  # after today: not yet
        ],
        period,
    )
    assert value.revenue_cents == 300
    assert value.invoices == 1
    assert value.open_cents == 500


def test_energy_cost_is_overall_minus_client_average() -> None:
    value = figures(energy=EnergyTally(8, 2), overall=EnergyTally(30, 5))
    assert value.energy_avg == 4.0
    assert value.energy_cost == pytest.approx(2.0)  # 6 − 4: this client costs energy
    kind = figures(energy=EnergyTally(16, 2), overall=EnergyTally(30, 5))
    assert kind.energy_cost == pytest.approx(-2.0)  # days with this client are better


def test_energy_cost_needs_two_check_ins() -> None:
    value = figures(energy=EnergyTally(3, 1), overall=EnergyTally(30, 5))
    assert value.energy_avg == 3.0
    assert value.energy_cost is None
    assert figures().energy_avg is None


def test_incidents_are_taken_from_the_tally() -> None:
    value = figures(incidents=IncidentTally(7, 3))
    assert (value.incidents, value.relationship_incidents) == (7, 3)


def test_tallies_count_within_the_period() -> None:
    period = Period(dt.date(2026, 1, 1), TODAY)
    facts = [
        IncidentFact(1, dt.date(2025, 12, 31), "relationship"),
        IncidentFact(1, dt.date(2026, 1, 1), "relationship"),
        IncidentFact(1, dt.date(2026, 2, 1), "both"),
        IncidentFact(1, dt.date(2026, 3, 1), "factual"),
        IncidentFact(2, dt.date(2026, 3, 1), "factual"),
        IncidentFact(2, dt.date(2026, 6, 16), "factual"),  # after today
    ]
    assert tally_incidents(facts, period) == {1: IncidentTally(3, 2), 2: IncidentTally(1, 0)}
    checkins = [
        CheckinFact(dt.date(2026, 1, 5), 4, 1),
        CheckinFact(dt.date(2026, 1, 6), 2, 1),
        CheckinFact(dt.date(2026, 1, 7), 9, None),
        CheckinFact(dt.date(2025, 1, 7), 0, 1),  # before
    ]
    per_client, overall = tally_energy(checkins, period)
    assert per_client == {1: EnergyTally(6, 2)}
    assert overall == EnergyTally(15, 3)
    assert overall.average == 5.0


@given(
    st.lists(
        st.tuples(
            st.integers(0, 10**9),
            st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
            st.one_of(st.none(), st.floats(0, 500, allow_nan=False)),
            st.booleans(),
        ),
        max_size=30,
    ),
    st.one_of(st.none(), st.dates(dt.date(2024, 1, 1), TODAY)),
)
def test_revenue_and_open_amount_are_exact_sums(rows, since) -> None:
    invoices = [
        invoice(cents, day, hours=hours, paid=day if paid else None, number=n)
        for n, (cents, day, hours, paid) in enumerate(rows)
    ]
    period = Period(since, TODAY)
    value = figures(invoices, period)
    inside = [i for i in invoices if i.invoice_date in period]
    assert value.revenue_cents == sum(i.amount_cents for i in inside)
    assert value.invoices == len(inside)
    assert value.open_cents == sum(
        i.amount_cents for i in invoices if i.paid_date is None and i.invoice_date <= TODAY
    )
    assert value.open_cents >= 0
    assert value.revenue_cents >= 0
    if value.effective_rate is not None:
        assert value.hours
        assert value.hours > 0
        assert value.effective_rate >= 0


@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(-20, 120), st.booleans()),
        min_size=1,
        max_size=20,
    )
)
def test_days_late_average_is_never_negative_and_at_most_the_worst(rows) -> None:
    issued = dt.date(2026, 1, 1)
    invoices = []
    for n, (terms, paid_after_due, paid) in enumerate(rows):
        due = issued + dt.timedelta(days=terms)
        paid_on = due + dt.timedelta(days=paid_after_due) if paid else None
        if paid_on is not None and paid_on < issued:
            paid_on = issued
        invoices.append(invoice(100, issued, due=due, paid=paid_on, number=n))
    value = figures(invoices)
    judged = [d for i in invoices if (d := i.days_late(TODAY)) is not None]
    if not judged:
        assert value.days_late_avg is None
    else:
        assert value.days_late_avg is not None
        assert 0 <= value.days_late_avg <= max(judged)


# --- periods -------------------------------------------------------------------------------


def test_default_since_is_twelve_months_back() -> None:
    assert default_since(TODAY) == dt.date(2025, 6, 15)
    assert default_since(dt.date(2024, 2, 29)) == dt.date(2023, 2, 28)
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 1) == dt.date(2025, 12, 15)


@given(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)), st.integers(0, 240))
def test_months_before_is_never_later_and_keeps_the_day_where_it_exists(day, months) -> None:
    earlier = months_before(day, months)
    assert earlier <= day
    assert (day.year * 12 + day.month) - (earlier.year * 12 + earlier.month) == months
    assert earlier.day == day.day or earlier.day < day.day


# --- input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cents"),
    [
        ("1234.50", 123_450),
        ("1234,5", 123_450),
        (" 12 € ", 1_200),
        (1234.5, 123_450),
        (0.1, 10),
        (7, 700),
        (Decimal("0.01"), 1),
        ("0", 0),
    ],
)
def test_amounts_become_exact_cents(value: object, cents: int) -> None:
    assert parse_amount(value) == cents


@pytest.mark.parametrize(
    "value", ["12.345", "-5", "1.234,50", "abc", "", None, True, "nan", "inf", [1]]
)
def test_odd_amounts_are_refused_naming_the_field(value: object) -> None:
    with pytest.raises(InvalidValue, match=r"^amount:"):
        parse_amount(value)


@given(st.integers(0, 10**11))
def test_cents_written_as_euros_come_back_exactly(cents: int) -> None:
    assert parse_amount(f"{cents // 100}.{cents % 100:02d}") == cents
    assert parse_amount(cents / 100) == cents


def test_hours() -> None:
    assert check_hours(None) is None
    assert check_hours("") is None
    assert check_hours("7,5") == 7.5
    assert check_hours(3) == 3.0
    for bad in (-1, "x", True, float("nan")):
        with pytest.raises(InvalidValue, match=r"^hours:"):
            check_hours(bad)


def test_due_and_paid_dates_cannot_come_before_the_invoice() -> None:
    check_invoice_dates(TODAY, TODAY, TODAY)
    with pytest.raises(InvalidValue, match=r"^due_date:"):
        check_invoice_dates(TODAY, TODAY - dt.timedelta(days=1), None)
    with pytest.raises(InvalidValue, match=r"^paid_date:"):
        check_invoice_dates(TODAY, None, TODAY - dt.timedelta(days=1))


# --- dream-client profile ------------------------------------------------------------------


def test_written_criteria_carry_the_users_tick() -> None:
    written = Criterion(1, "Respektvoller Ton")
    value = figures()
    assert evaluate(written, value, True).matches is True
    assert evaluate(written, value, False).matches is False
    assert evaluate(written, value, None).matches is None
    assert not evaluate(written, value, True).automatic
    assert evaluate(written, value, True).reason is None


def test_min_rate_is_judged_with_its_reason() -> None:
    value = figures([invoice(420_000, dt.date(2026, 1, 1), hours=100)])
    result = evaluate(Criterion(1, "Guter Satz", 0, Measure.MIN_RATE, 60), value)
    assert result.matches is False
    assert result.automatic
    assert result.reason is not None
    assert result.reason.render("en") == "Effective rate 42 €/h < 60 €/h"
    assert result.reason.render("de") == "Stundensatz 42 €/h < 60 €/h"
    ok = evaluate(Criterion(1, "Guter Satz", 0, Measure.MIN_RATE, 42), value)
    assert ok.matches is True
    assert ok.reason is not None
    assert "≥" in ok.reason.render("en")


def test_rates_with_cents_read_as_money() -> None:
    assert format_rate(42.5, "de") == "42,50 €/h"
    assert format_rate(42.5, "en") == "42.50 €/h"
    assert format_rate(60.0, "de") == "60 €/h"


def test_max_days_late_and_max_incidents_and_min_energy() -> None:
    value = figures(
        [invoice(1, dt.date(2026, 1, 1), due=dt.date(2026, 1, 15), paid=dt.date(2026, 2, 4))],
        incidents=IncidentTally(12, 4),
        energy=EnergyTally(7, 2),
        overall=EnergyTally(30, 5),
    )
    late = evaluate(Criterion(1, "pünktlich", 0, Measure.MAX_DAYS_LATE, 14), value)
    assert late.matches is False
    assert late.reason is not None
    assert late.reason.render("en") == "Paid 20 days late on average > 14 days"
    few = evaluate(Criterion(2, "wenig Klopper", 0, Measure.MAX_INCIDENTS, 12), value)
    assert few.matches is True
    assert few.reason is not None
    assert few.reason.render("de") == "12 Klopper im Zeitraum ≤ 12"
    energy = evaluate(Criterion(3, "Energie", 0, Measure.MIN_ENERGY, 4), value)
    assert energy.matches is False
    assert energy.reason is not None
    assert "3,5 von 10 < 4" in energy.reason.render("de")


def test_measured_criteria_without_figures_stay_open_and_say_why() -> None:
    value = figures()
    for measure in (Measure.MIN_RATE, Measure.MAX_DAYS_LATE, Measure.MIN_ENERGY):
        result = evaluate(Criterion(1, "x", 0, measure, 1), value, True)  # ticks are ignored
        assert result.matches is None
        assert result.reason is not None
        assert result.reason.render("en")
    # No incidents is a fact, not a gap.
    assert evaluate(Criterion(1, "x", 0, Measure.MAX_INCIDENTS, 0), value).matches is True


def test_match_client_keeps_the_profiles_order_and_counts_without_a_score() -> None:
    criteria = [
        Criterion(3, "c", 2),
        Criterion(1, "a", 0),
        Criterion(2, "b", 1, Measure.MAX_INCIDENTS, 0),
    ]
    matches = match_client(criteria, figures(incidents=IncidentTally(1, 0)), {1: True})
    assert [m.criterion.id for m in matches] == [1, 2, 3]
    assert [m.matches for m in matches] == [True, False, None]
    counts = count_matches(matches)
    assert (counts.yes, counts.no, counts.open) == (1, 1, 1)


def test_measure_and_threshold_are_checked_together() -> None:
    assert check_measure(None, None) == (None, None)
    assert check_measure("", None) == (None, None)
    assert check_measure("min_rate", 60) == (Measure.MIN_RATE, 60.0)
    assert check_measure("min_energy", 10) == (Measure.MIN_ENERGY, 10.0)
    cases = [
        (None, 5, "threshold"),
        ("max_rate", 5, "measure"),
        ("min_rate", None, "threshold"),
        ("min_rate", -1, "threshold"),
        ("min_energy", 11, "threshold"),
        ("max_incidents", 2.5, "threshold"),
        ("min_rate", True, "threshold"),
    ]
    for measure, threshold, field_name in cases:
        with pytest.raises(InvalidValue, match=rf"^{field_name}:"):
            check_measure(measure, threshold)


# --- zero-based question -------------------------------------------------------------------


def answer(number: int, day: dt.date, kind: str = "unsure", note: str | None = None):
    return ZeroBasedAnswer(number, 1, "Müller GmbH", day, Answer(kind), note)


@pytest.mark.parametrize(
    "note",
    [
        "Ich habe schon so viel investiert",
        "Ich habe so viel Zeit in das Projekt reingesteckt, jetzt aufhören wäre dumm.",
        "I've put so much into this, I can't stop now.",
    ],
)
def test_sunk_cost_is_named_calmly_with_the_users_words(note: str) -> None:
    hint = sunk_cost_hint(note)
    assert hint is not None
    assert answer(1, TODAY, note=note).sunk_cost
    assert hint.render("en").startswith("Your note sounds like sunk cost: “")
    assert note.split()[1] in hint.render("de")


@pytest.mark.parametrize(
    "note", [None, "", "Gute Zusammenarbeit, fairer Preis.", "Sie zahlen pünktlich."]
)
def test_ordinary_notes_get_no_sunk_cost_hint(note: str | None) -> None:
    assert sunk_cost_hint(note) is None


def test_the_quote_drops_a_final_full_stop_but_keeps_other_marks() -> None:
    assert quote("Ich habe so viel investiert.") == "Ich habe so viel investiert"
    assert quote("Soll ich aufhören?") == "Soll ich aufhören?"
    assert quote("Und dann...") == "Und dann..."


def test_the_quote_is_one_line_and_short() -> None:
    long = "Ich habe   schon\nso viel investiert " + "und noch mehr " * 30
    text = quote(long)
    assert "\n" not in text
    assert "  " not in text
    assert len(text) <= 120
    assert text.endswith("…")


def test_answer_hint_names_sunk_cost_first_then_a_gut_that_says_no() -> None:
    assert answer_hint(None) is None
    assert answer_hint(answer(1, TODAY, "yes", "Gern wieder")) is None
    no = answer_hint(answer(1, TODAY, "no", "Der Ton zieht mich runter"))
    assert no is not None
    assert no.key == "gut_says_no"
    sunk = answer_hint(answer(1, TODAY, "no", "Ich habe schon so viel investiert"))
    assert sunk is not None
    assert sunk.key == "sunk_cost"


def test_latest_answer_per_client_by_day_then_order() -> None:
    a = answer(1, dt.date(2026, 1, 1), "yes")
    b = answer(2, dt.date(2026, 3, 1), "no")
    c = answer(3, dt.date(2026, 3, 1), "unsure")
    other = ZeroBasedAnswer(4, 2, "Kleine AG", dt.date(2025, 1, 1), Answer.YES)
    assert latest_answers([c, a, b, other]) == {1: c, 2: other}


def test_answers_are_yes_no_or_unsure() -> None:
    assert check_answer("no") is Answer.NO
    with pytest.raises(InvalidValue, match=r"^answer:"):
        check_answer("maybe")


def test_every_message_has_german_and_english() -> None:
    from grenzen.domain.value import CATALOG

    for key, texts in CATALOG.items():
        assert set(texts) == {"de", "en"}, key
        assert all(t.strip() for t in texts.values()), key
