"""Editing, deleting and undoing incidents on a real vault, as the save-as-you-type editor does."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from grenzen.domain.incidents import (
    Channel,
    Incident,
    IncidentDraft,
    IncidentFilter,
    InvalidIncident,
    Level,
)
from grenzen.domain.journal_changes import UNCHANGED, IncidentChanges, apply_changes, draft_of
from grenzen.services import journal
from grenzen.services.errors import NotFound
from grenzen.storage import models as m
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

TODAY = dt.date(2026, 3, 15)


def _log(vault: Vault, text: str = "Das ist Müll, sagte er.", **fields) -> int:
    draft = IncidentDraft(
        client=fields.pop("client", "Ärger GmbH"),
        text=text,
        occurred_on=fields.pop("occurred_on", dt.date(2026, 3, 2)),
        **fields,
    )
    return journal.log_incident(vault, draft, today=TODAY)


def _case(vault: Vault, client_id: int) -> int:
    with vault.session() as session:
        case = m.Case(client_id=client_id, title="Ton im Projekt")
        session.add(case)
        session.flush()
        return case.id


# --- IncidentChanges ---------------------------------------------------------------------


def test_changes_know_which_fields_were_set() -> None:
    assert IncidentChanges().changed() == {}
    changes = IncidentChanges(text="neu", notes=None, severity=UNCHANGED)
    assert changes.changed() == {"text": "neu", "notes": None}
    assert repr(UNCHANGED) == "UNCHANGED"


# --- update ------------------------------------------------------------------------------


def test_update_changes_only_what_was_given(vault: Vault) -> None:
    new_id = _log(vault, person="Frau Groß", severity=4, tags=("Ton",), quote="Müll")
    before = journal.show_incident(vault, new_id)

    after = journal.update_incident(
        vault,
        new_id,
        IncidentChanges(text="Er nannte den Entwurf Müll.", severity=2, level=Level.BOTH),
        today=TODAY,
    )

    assert after == journal.show_incident(vault, new_id)
    assert (after.text, after.severity, after.level) == ("Er nannte den Entwurf Müll.", 2, "both")
    unchanged = ("client", "person", "occurred_on", "learned_on", "quote", "tags", "channel")
    assert all(getattr(after, f) == getattr(before, f) for f in unchanged)
    assert after.created_at == before.created_at
    assert after.updated_at > before.updated_at


def test_update_every_field(vault: Vault) -> None:
    new_id = _log(vault)
    with vault.session() as session:
        client_id = session.scalar(select(m.Client.id))
    assert client_id is not None
    case_id = _case(vault, client_id)
    changes = IncidentChanges(
        occurred_on=dt.date(2026, 3, 1),
        learned_on=dt.date(2026, 3, 3),
        channel=Channel.EMAIL,
        quote="Versuch es doch mal richtig.",
        text="Mail nach der Nachtschicht.",
        level=Level.FACTUAL,
        severity=5,
        feeling_before="wütend",
        intensity_before=9,
        feeling_after="ruhiger",
        intensity_after=4,
        factual_action_needed=True,
        notes="Nächstes Mal schriftlich antworten.",
        tags=(" Nacht ", "Ton", "Ton"),
        case_id=case_id,
    )
    after = journal.update_incident(vault, new_id, changes, today=TODAY)
    assert (after.occurred_on, after.learned_on) == (dt.date(2026, 3, 1), dt.date(2026, 3, 3))
    assert after.channel is Channel.EMAIL
    assert after.quote == "Versuch es doch mal richtig."
    assert (after.level, after.severity) == (Level.FACTUAL, 5)
    assert (after.feeling_before, after.intensity_before) == ("wütend", 9)
    assert (after.feeling_after, after.intensity_after) == ("ruhiger", 4)
    assert after.factual_action_needed is True
    assert after.notes == "Nächstes Mal schriftlich antworten."
    assert after.tags == ("Nacht", "Ton")
    assert after.case_id == case_id


def test_none_clears_optional_fields_and_blank_text_counts_as_cleared(vault: Vault) -> None:
    new_id = _log(
        vault,
        person="Herr Weiß",
        channel=Channel.CALL,
        quote="Q",
        notes="N",
        feeling_before="F",
        intensity_before=5,
        tags=("T",),
    )
    after = journal.update_incident(
        vault,
        new_id,
        IncidentChanges(
            person=None,
            channel=None,
            quote=None,
            notes="   ",
            feeling_before="",
            intensity_before=None,
            tags=(),
        ),
    )
    assert (after.person, after.person_id, after.channel) == (None, None, None)
    assert (after.quote, after.notes, after.feeling_before) == (None, None, None)
    assert (after.intensity_before, after.tags) == (None, ())


def test_changing_client_and_person_creates_them_on_first_use(vault: Vault) -> None:
    new_id = _log(vault, person="Frau Groß")
    moved = journal.update_incident(
        vault, new_id, IncidentChanges(client=" Baufirma Süd ", person="Herr Klein ")
    )
    assert (moved.client, moved.person) == ("Baufirma Süd", "Herr Klein")
    with vault.session() as session:
        person = session.get(m.Person, moved.person_id)
        assert person is not None
        assert person.client_id == moved.client_id
    # The person's name travels with the incident when only the client changes.
    again = journal.update_incident(vault, new_id, IncidentChanges(client="Ärger GmbH"))
    assert (again.client, again.person) == ("Ärger GmbH", "Herr Klein")
    assert again.person_id != moved.person_id


def test_learned_on_follows_occurred_on_when_they_were_the_same_day(vault: Vault) -> None:
    new_id = _log(vault)  # learned the day it occurred (2026-03-02)
    after = journal.update_incident(vault, new_id, IncidentChanges(occurred_on=dt.date(2026, 3, 5)))
    assert after.occurred_on == after.learned_on == dt.date(2026, 3, 5)


def test_learned_on_stays_when_it_was_set_apart(vault: Vault) -> None:
    new_id = _log(vault, learned_on=dt.date(2026, 3, 10))
    after = journal.update_incident(vault, new_id, IncidentChanges(occurred_on=dt.date(2026, 3, 4)))
    assert (after.occurred_on, after.learned_on) == (dt.date(2026, 3, 4), dt.date(2026, 3, 10))
    with pytest.raises(InvalidIncident, match="learned_on") as caught:
        journal.update_incident(vault, new_id, IncidentChanges(occurred_on=dt.date(2026, 3, 12)))
    assert caught.value.field_name == "learned_on"
    cleared = journal.update_incident(vault, new_id, IncidentChanges(learned_on=None))
    assert cleared.learned_on == cleared.occurred_on


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (IncidentChanges(text="  "), "text"),
        (IncidentChanges(text=None), "text"),  # type: ignore[arg-type]
        (IncidentChanges(client=""), "client"),
        (IncidentChanges(client=None), "client"),  # type: ignore[arg-type]
        (IncidentChanges(severity=6), "severity"),
        (IncidentChanges(severity=None), "severity"),  # type: ignore[arg-type]
        (IncidentChanges(severity="3"), "severity"),  # type: ignore[arg-type]
        (IncidentChanges(severity=True), "severity"),
        (IncidentChanges(intensity_before=11), "intensity_before"),
        (IncidentChanges(intensity_after=-1), "intensity_after"),
        (IncidentChanges(learned_on=dt.date(2026, 3, 1)), "learned_on"),
        (IncidentChanges(occurred_on=None), "occurred_on"),  # type: ignore[arg-type]
        (IncidentChanges(occurred_on=dt.datetime(2026, 3, 1, 9)), "occurred_on"),
        (IncidentChanges(level="loud"), "level"),  # type: ignore[arg-type]
        (IncidentChanges(level=None), "level"),  # type: ignore[arg-type]
        (IncidentChanges(channel="pigeon"), "channel"),  # type: ignore[arg-type]
        (IncidentChanges(factual_action_needed=None), "factual_action_needed"),  # type: ignore[arg-type]
        (IncidentChanges(factual_action_needed="yes"), "factual_action_needed"),  # type: ignore[arg-type]
        (IncidentChanges(tags="Ton"), "tags"),  # type: ignore[arg-type]
        (IncidentChanges(tags=(1,)), "tags"),  # type: ignore[arg-type]
        (IncidentChanges(quote="x" * 100_001), "quote"),
        (IncidentChanges(case_id="1"), "case_id"),  # type: ignore[arg-type]
    ],
)
def test_invalid_changes_name_the_field_and_store_nothing(
    vault: Vault, changes: IncidentChanges, field: str
) -> None:
    new_id = _log(vault)
    before = journal.show_incident(vault, new_id)
    with pytest.raises(InvalidIncident) as caught:
        journal.update_incident(vault, new_id, changes, today=TODAY)
    assert caught.value.field_name == field
    assert str(caught.value).startswith(f"{field}:")
    assert journal.show_incident(vault, new_id) == before


def test_enums_given_as_their_values_are_accepted(vault: Vault) -> None:
    new_id = _log(vault)
    changes = IncidentChanges(level="factual", channel="chat")  # type: ignore[arg-type]
    after = journal.update_incident(vault, new_id, changes)
    assert (after.level, after.channel) == (Level.FACTUAL, Channel.CHAT)


def test_update_missing_incident_or_case(vault: Vault) -> None:
    new_id = _log(vault)
    with pytest.raises(NotFound, match=r"^id:"):
        journal.update_incident(vault, new_id + 1, IncidentChanges(text="x"))
    with pytest.raises(NotFound, match=r"^case_id:"):
        journal.update_incident(vault, new_id, IncidentChanges(case_id=999))


def test_update_without_changes_writes_nothing(vault: Vault) -> None:
    new_id = _log(vault)
    before = journal.show_incident(vault, new_id)
    assert journal.update_incident(vault, new_id, IncidentChanges()) == before
    assert journal.show_incident(vault, new_id).updated_at == before.updated_at


def test_search_follows_edits(vault: Vault) -> None:
    new_id = _log(vault, text="Die Größe wurde verschwiegen.")
    assert journal.search_ids(vault, "grosse") == ([new_id], 1)
    journal.update_incident(vault, new_id, IncidentChanges(text="Überstunden am Wochenende."))
    assert journal.search_ids(vault, "grosse") == ([], 0)
    assert journal.search_ids(vault, "uberstunden") == ([new_id], 1)
    journal.update_incident(vault, new_id, IncidentChanges(tags=("Größe",)))
    assert journal.search_ids(vault, "groesse") == ([new_id], 1)
    assert vault.verify() == []


def test_apply_changes_is_pure_and_validates() -> None:
    stamp = dt.datetime(2026, 3, 2, 12, tzinfo=dt.UTC)
    incident = _fake_incident(created_at=stamp)
    draft = apply_changes(incident, IncidentChanges(severity=1), TODAY)
    assert draft == dataclasses.replace(draft_of(incident), severity=1)
    with pytest.raises(InvalidIncident, match="severity"):
        apply_changes(incident, IncidentChanges(severity=0), TODAY)


def _fake_incident(created_at: dt.datetime) -> Incident:
    return Incident(
        id=1,
        client_id=1,
        client="K",
        person_id=None,
        person=None,
        occurred_on=dt.date(2026, 3, 2),
        learned_on=dt.date(2026, 3, 2),
        channel=None,
        quote=None,
        text="t",
        level=Level.RELATIONSHIP,
        severity=3,
        feeling_before=None,
        intensity_before=None,
        feeling_after=None,
        intensity_after=None,
        factual_action_needed=False,
        notes=None,
        tags=(),
        case_id=None,
        created_at=created_at,
        updated_at=created_at,
    )


# --- delete and restore ------------------------------------------------------------------


def test_delete_returns_the_incident_and_restore_brings_it_back(vault: Vault) -> None:
    new_id = _log(
        vault, text="Die Größe wurde verschwiegen.", person="Frau Groß", tags=("Ton",), notes="N"
    )
    journal.update_incident(vault, new_id, IncidentChanges(severity=5))
    original = journal.show_incident(vault, new_id)
    later_id = _log(vault, text="Noch einer.")

    deleted = journal.delete_incident(vault, new_id)
    assert deleted == original
    with pytest.raises(NotFound, match=r"^id:"):
        journal.show_incident(vault, new_id)
    assert journal.search_ids(vault, "grosse") == ([], 0)
    assert journal.incident_ids(vault) == [later_id]

    assert journal.restore_incident(vault, deleted) == new_id
    restored = journal.show_incident(vault, new_id)
    assert restored == original  # same id, created_at, updated_at and every field
    assert journal.search_ids(vault, "grosse") == ([new_id], 1)
    assert journal.incident_ids(vault) == [later_id, new_id]
    assert vault.verify() == []


def test_delete_missing_incident(vault: Vault) -> None:
    with pytest.raises(NotFound, match=r"^id:"):
        journal.delete_incident(vault, 42)


def test_restore_refuses_an_id_in_use(vault: Vault) -> None:
    new_id = _log(vault)
    existing = journal.show_incident(vault, new_id)
    with pytest.raises(InvalidInput, match=r"^id:"):
        journal.restore_incident(vault, existing)
    with vault.session() as session:
        assert session.scalar(select(func.count(m.Incident.id))) == 1


def test_restore_recreates_a_deleted_client_and_drops_a_deleted_case(vault: Vault) -> None:
    new_id = _log(vault, person="Frau Groß")
    first = journal.show_incident(vault, new_id)
    case_id = _case(vault, first.client_id)
    journal.update_incident(vault, new_id, IncidentChanges(case_id=case_id))
    deleted = journal.delete_incident(vault, new_id)
    with vault.session() as session:
        session.execute(m.Case.__table__.delete())
        session.execute(m.Client.__table__.delete())
    journal.restore_incident(vault, deleted)
    restored = journal.show_incident(vault, new_id)
    assert (restored.client, restored.person, restored.case_id) == ("Ärger GmbH", "Frau Groß", None)
    assert restored.created_at == deleted.created_at


# --- ids for the lazy list, search ids ---------------------------------------------------


def test_incident_ids_and_incidents_by_ids(vault: Vault) -> None:
    a = _log(vault, occurred_on=dt.date(2026, 1, 5))
    b = _log(vault, occurred_on=dt.date(2026, 3, 1), client="Baufirma Süd")
    c = _log(vault, occurred_on=dt.date(2026, 3, 1))
    assert journal.incident_ids(vault) == [c, b, a]
    assert journal.incident_ids(vault, IncidentFilter()) == [c, b, a]
    baufirma = journal.client_filter(vault, "Baufirma Süd")
    assert journal.incident_ids(vault, baufirma) == [b]
    rows = journal.incidents_by_ids(vault, [a, 999, c])
    assert [r.id for r in rows] == [a, c]
    assert journal.incidents_by_ids(vault, []) == []


def test_search_ids_with_filter_and_limit(vault: Vault) -> None:
    ids = [_log(vault, text=f"Müll Nummer {n}") for n in range(3)]
    other = _log(vault, text="Müll woanders", client="Baufirma Süd")
    found, total = journal.search_ids(vault, "muell")
    assert (set(found), total) == ({*ids, other}, 4)
    found, total = journal.search_ids(vault, "muell", limit=2)
    assert (len(found), total) == (2, 4)
    only = journal.client_filter(vault, "Baufirma Süd")
    assert journal.search_ids(vault, "müll", only) == ([other], 1)
    assert journal.search_ids(vault, "") == ([], 0)
