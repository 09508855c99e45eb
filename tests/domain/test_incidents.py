"""Incident drafts: defaults and validation that names the field."""

from __future__ import annotations

import datetime as dt

import pytest

from grenzen.domain.incidents import IncidentDraft, InvalidIncident, Level, validate

TODAY = dt.date(2026, 11, 29)


def test_only_client_and_text_are_needed_and_defaults_are_filled() -> None:
    draft = validate(IncidentDraft(client="  Müller GmbH ", text="Ton daneben"), TODAY)
    assert draft.client == "Müller GmbH"
    assert draft.occurred_on == TODAY
    assert draft.learned_on == TODAY
    assert draft.severity == 3
    assert draft.level is Level.RELATIONSHIP


def test_learned_on_defaults_to_occurred_on() -> None:
    draft = validate(IncidentDraft(client="A", text="t", occurred_on=dt.date(2026, 1, 5)), TODAY)
    assert draft.learned_on == dt.date(2026, 1, 5)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"client": "  "}, "client"),
        ({"text": " \n "}, "text"),
        ({"severity": 0}, "severity"),
        ({"severity": 6}, "severity"),
        ({"intensity_before": 11}, "intensity_before"),
        ({"intensity_after": -1}, "intensity_after"),
        ({"occurred_on": TODAY, "learned_on": TODAY - dt.timedelta(days=1)}, "learned_on"),
        ({"quote": "x" * 100_001}, "quote"),
    ],
)
def test_invalid_fields_are_named(changes: dict[str, object], field: str) -> None:
    base = {"client": "A", "text": "t"} | changes
    with pytest.raises(InvalidIncident) as caught:
        validate(IncidentDraft(**base), TODAY)  # type: ignore[arg-type]
    assert caught.value.field_name == field
    assert str(caught.value).startswith(field)


def test_tags_are_trimmed_and_deduplicated_in_order() -> None:
    tags = (" Ärger", "Ärger", "", "ton")
    draft = validate(IncidentDraft(client="A", text="t", tags=tags), TODAY)
    assert draft.tags == ("Ärger", "ton")


def test_blank_person_means_no_person() -> None:
    assert validate(IncidentDraft(client="A", text="t", person="  "), TODAY).person is None
