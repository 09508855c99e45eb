"""Clients and people on a real vault: German sorting, renames, archiving and merges."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from grenzen.domain.clients import MergeResult, name_key
from grenzen.domain.incidents import IncidentDraft
from grenzen.services import clients, journal, wellbeing
from grenzen.services.errors import NotFound
from grenzen.storage import models as m
from grenzen.storage.errors import InvalidInput
from grenzen.storage.vault import Vault

TODAY = dt.date(2026, 3, 15)


def _log(vault: Vault, client: str, person: str | None = None, text: str = "Klopper") -> int:
    draft = IncidentDraft(client=client, text=text, person=person, occurred_on=TODAY)
    return journal.log_incident(vault, draft, today=TODAY)


def _names(items) -> list[str]:
    return [i.name for i in items]


def _count(vault: Vault, model) -> int:
    with vault.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- listing -----------------------------------------------------------------------------


def test_name_key_folds_case_umlauts_and_sharp_s() -> None:
    assert name_key("Ärger GmbH") == "arger gmbh"
    assert name_key(" Öko ") == "oko"
    assert name_key("Weiß") == name_key("WEISS") == "weiss"
    assert name_key("Café") == "cafe"


def test_list_clients_sorted_the_german_way_with_counts(vault: Vault) -> None:
    for name in ("Zebra AG", "beta KG", "Ärger GmbH", "Alpha", "Özdemir", "Oma"):
        clients.add_client(vault, name)
    _log(vault, "Ärger GmbH")
    _log(vault, "Ärger GmbH")
    listed = clients.list_clients(vault)
    assert _names(listed) == ["Alpha", "Ärger GmbH", "beta KG", "Oma", "Özdemir", "Zebra AG"]
    counts = {c.name: c.incident_count for c in listed}
    assert counts["Ärger GmbH"] == 2
    assert counts["Alpha"] == 0
    assert all(not c.archived and c.notes is None for c in listed)


def test_archived_clients_are_hidden_unless_asked(vault: Vault) -> None:
    old = clients.add_client(vault, "Altkunde")
    clients.add_client(vault, "Neukunde")
    archived = clients.archive_client(vault, old)
    assert archived.archived is True
    assert _names(clients.list_clients(vault)) == ["Neukunde"]
    assert _names(clients.list_clients(vault, include_archived=True)) == ["Altkunde", "Neukunde"]
    assert clients.archive_client(vault, old, archived=False).archived is False
    assert _names(clients.list_clients(vault)) == ["Altkunde", "Neukunde"]


def test_list_people_by_client_then_name(vault: Vault) -> None:
    baufirma = clients.add_client(vault, "Baufirma Süd")
    aerger = clients.add_client(vault, "Ärger GmbH")
    clients.add_person(vault, baufirma, "Herr Weiß", role="Bauleiter")
    clients.add_person(vault, aerger, "Frau Zorn")
    clients.add_person(vault, aerger, "Frau Ärmel")
    _log(vault, "Ärger GmbH", "Frau Zorn")

    everyone = clients.list_people(vault)
    assert _names(everyone) == ["Frau Ärmel", "Frau Zorn", "Herr Weiß"]
    zorn = everyone[1]
    assert (zorn.client_id, zorn.incident_count, zorn.role) == (aerger, 1, None)
    assert everyone[2].role == "Bauleiter"
    assert _names(clients.list_people(vault, baufirma)) == ["Herr Weiß"]


def test_list_people_hides_archived_people_and_people_of_archived_clients(vault: Vault) -> None:
    active = clients.add_client(vault, "Aktiv")
    former = clients.add_client(vault, "Ehemalig")
    kept = clients.add_person(vault, active, "Bleibt")
    gone = clients.add_person(vault, active, "Gegangen")
    clients.add_person(vault, former, "Früher")
    assert clients.archive_person(vault, gone).archived is True
    clients.archive_client(vault, former)

    assert [p.id for p in clients.list_people(vault)] == [kept]
    assert _names(clients.list_people(vault, include_archived=True)) == [
        "Bleibt",
        "Gegangen",
        "Früher",
    ]
    # Asking for one client shows its people even when the client is archived.
    assert _names(clients.list_people(vault, former)) == ["Früher"]
    assert clients.archive_person(vault, gone, archived=False).archived is False


def test_list_people_of_missing_client(vault: Vault) -> None:
    with pytest.raises(NotFound, match=r"^client_id:"):
        clients.list_people(vault, 7)


def test_get_client_and_person(vault: Vault) -> None:
    client_id = clients.add_client(vault, "Ärger GmbH", notes="Seit 2019")
    person_id = clients.add_person(vault, client_id, "Frau Groß", role=" Projektleitung ")
    assert clients.get_client(vault, client_id).notes == "Seit 2019"
    person = clients.get_person(vault, person_id)
    assert (person.name, person.role, person.client_id) == (
        "Frau Groß",
        "Projektleitung",
        client_id,
    )
    with pytest.raises(NotFound, match=r"^client_id:"):
        clients.get_client(vault, client_id + 1)
    with pytest.raises(NotFound, match=r"^person_id:"):
        clients.get_person(vault, person_id + 1)


# --- adding and renaming -----------------------------------------------------------------


def test_add_client_trims_and_refuses_empty_long_or_taken_names(vault: Vault) -> None:
    client_id = clients.add_client(vault, "  Ärger GmbH ")
    assert clients.get_client(vault, client_id).name == "Ärger GmbH"
    for bad in ("", "   ", None, "x" * 201):
        with pytest.raises(InvalidInput, match=r"^name:"):
            clients.add_client(vault, bad)  # type: ignore[arg-type]
    for taken in ("Ärger GmbH", "ärger gmbh "):
        with pytest.raises(InvalidInput, match=r"^name: there is already"):
            clients.add_client(vault, taken)
    assert _count(vault, m.Client) == 1


def test_rename_client(vault: Vault) -> None:
    client_id = clients.add_client(vault, "Aerger GmbH")
    clients.add_client(vault, "Baufirma Süd")
    _log(vault, "Aerger GmbH")
    renamed = clients.rename_client(vault, client_id, " Ärger GmbH ")
    assert (renamed.name, renamed.incident_count) == ("Ärger GmbH", 1)
    assert journal.incidents_by_ids(vault, journal.incident_ids(vault))[0].client == "Ärger GmbH"
    # Its own name in another case is fine; another client's name is not.
    assert clients.rename_client(vault, client_id, "ÄRGER GmbH").name == "ÄRGER GmbH"
    with pytest.raises(InvalidInput, match=r"^name: .*merge"):
        clients.rename_client(vault, client_id, "baufirma süd")
    with pytest.raises(InvalidInput, match=r"^name:"):
        clients.rename_client(vault, client_id, " ")
    with pytest.raises(NotFound, match=r"^client_id:"):
        clients.rename_client(vault, 99, "Neu")
    assert clients.get_client(vault, client_id).name == "ÄRGER GmbH"


def test_set_client_notes(vault: Vault) -> None:
    client_id = clients.add_client(vault, "K")
    assert clients.set_client_notes(vault, client_id, "Zahlt spät.").notes == "Zahlt spät."
    assert clients.set_client_notes(vault, client_id, "  ").notes is None
    with pytest.raises(NotFound, match=r"^client_id:"):
        clients.set_client_notes(vault, 99, "x")


def test_archive_missing_client_or_person(vault: Vault) -> None:
    with pytest.raises(NotFound, match=r"^client_id:"):
        clients.archive_client(vault, 5)
    with pytest.raises(NotFound, match=r"^person_id:"):
        clients.archive_person(vault, 5)


def test_add_person(vault: Vault) -> None:
    client_id = clients.add_client(vault, "K")
    other = clients.add_client(vault, "L")
    person_id = clients.add_person(vault, client_id, " Frau Groß ", role="  ")
    person = clients.get_person(vault, person_id)
    assert (person.name, person.role) == ("Frau Groß", None)
    with pytest.raises(InvalidInput, match=r"^name: this client already"):
        clients.add_person(vault, client_id, "frau groß")
    clients.add_person(vault, other, "Frau Groß")  # same name at another client is fine
    with pytest.raises(InvalidInput, match=r"^name:"):
        clients.add_person(vault, client_id, "")
    with pytest.raises(InvalidInput, match=r"^role:"):
        clients.add_person(vault, client_id, "Herr Lang", role="r" * 201)
    with pytest.raises(NotFound, match=r"^client_id:"):
        clients.add_person(vault, 99, "Jemand")


def test_rename_person_and_set_role(vault: Vault) -> None:
    client_id = clients.add_client(vault, "K")
    person_id = clients.add_person(vault, client_id, "Frau Gross")
    clients.add_person(vault, client_id, "Herr Klein")
    assert clients.rename_person(vault, person_id, "Frau Groß").name == "Frau Groß"
    with pytest.raises(InvalidInput, match=r"^name: .*merge"):
        clients.rename_person(vault, person_id, "herr klein")
    with pytest.raises(InvalidInput, match=r"^name:"):
        clients.rename_person(vault, person_id, "")
    with pytest.raises(NotFound, match=r"^person_id:"):
        clients.rename_person(vault, 99, "X")

    assert clients.set_person_role(vault, person_id, " Einkauf ").role == "Einkauf"
    assert clients.set_person_role(vault, person_id, None).role is None
    with pytest.raises(InvalidInput, match=r"^role:"):
        clients.set_person_role(vault, person_id, "r" * 201)
    with pytest.raises(NotFound, match=r"^person_id:"):
        clients.set_person_role(vault, 99, "x")


# --- merging -----------------------------------------------------------------------------


def _everything_for(vault: Vault, client: str) -> int:
    """A client with a contract, a case, energy, a compliment and an invoice."""
    client_id = clients.add_client(vault, client)
    with vault.session() as session:
        session.add_all(
            [
                m.Contract(client_id=client_id, type="service", start=dt.date(2025, 1, 1)),
                m.Case(client_id=client_id, title="Ton"),
                m.ValueEntry(client_id=client_id, amount_cents=100_00, invoice_date=TODAY),
            ]
        )
    wellbeing.add_checkin(vault, 3, client=client, today=TODAY)
    wellbeing.add_compliment(vault, "Danke!", client=client, today=TODAY)
    return client_id


def test_merge_clients_moves_everything_and_merges_people(vault: Vault) -> None:
    source = _everything_for(vault, "Aerger GmbH")
    target = clients.add_client(vault, "Ärger GmbH", notes="Seit 2019")
    clients.set_client_notes(vault, source, "Zahlt spät")
    twin_source = clients.add_person(vault, source, "frau groß", role="Projektleitung")
    target_twin = clients.add_person(vault, target, "Frau Groß")
    moved = clients.add_person(vault, source, "Herr Klein")
    _log(vault, "Aerger GmbH", "frau groß")
    _log(vault, "Aerger GmbH", "Herr Klein")
    _log(vault, "Aerger GmbH")
    _log(vault, "Ärger GmbH", "Frau Groß")

    result = clients.merge_clients(vault, source, target)

    assert result == MergeResult(
        people_moved=1,
        people_merged=1,
        incidents=3,
        contracts=1,
        cases=1,
        energy=1,
        compliments=1,
        value_entries=1,
    )
    with pytest.raises(NotFound):
        clients.get_client(vault, source)
    merged = clients.get_client(vault, target)
    assert (merged.incident_count, merged.notes) == (4, "Seit 2019\n\nZahlt spät")
    people = {p.id: p for p in clients.list_people(vault, target)}
    assert set(people) == {target_twin, moved}
    assert people[target_twin].incident_count == 2
    assert people[target_twin].role == "Projektleitung"  # the role the target lacked
    assert people[moved].client_id == target
    with pytest.raises(NotFound):
        clients.get_person(vault, twin_source)
    with vault.session() as session:
        for model in (m.Contract, m.Case, m.EnergyCheckin, m.Compliment, m.ValueEntry):
            owners = set(session.scalars(select(model.client_id)))
            assert owners == {target}, model.__name__
    assert [i.client for i in journal.incidents_by_ids(vault, journal.incident_ids(vault))] == [
        "Ärger GmbH"
    ] * 4
    assert vault.verify() == []


def test_merge_clients_errors(vault: Vault) -> None:
    a = clients.add_client(vault, "A")
    with pytest.raises(InvalidInput, match=r"^target_id:"):
        clients.merge_clients(vault, a, a)
    with pytest.raises(NotFound, match=r"^source_id:"):
        clients.merge_clients(vault, 99, a)
    with pytest.raises(NotFound, match=r"^target_id:"):
        clients.merge_clients(vault, a, 99)
    assert _names(clients.list_clients(vault)) == ["A"]


def test_merge_people(vault: Vault) -> None:
    client_id = clients.add_client(vault, "K")
    source = clients.add_person(vault, client_id, "F. Groß", role="Einkauf")
    target = clients.add_person(vault, client_id, "Frau Groß", role="Leitung")
    _log(vault, "K", "F. Groß")
    _log(vault, "K", "F. Groß")
    _log(vault, "K", "Frau Groß")
    clients.archive_person(vault, target)

    assert clients.merge_people(vault, source, target) == MergeResult(people_merged=1, incidents=2)

    person = clients.get_person(vault, target)
    assert (person.incident_count, person.role) == (3, "Leitung")  # the target's role stays
    assert person.archived is False  # the source was still active
    with pytest.raises(NotFound):
        clients.get_person(vault, source)
    assert {i.person for i in journal.incidents_by_ids(vault, journal.incident_ids(vault))} == {
        "Frau Groß"
    }


def test_merge_people_errors(vault: Vault) -> None:
    k = clients.add_client(vault, "K")
    other = clients.add_client(vault, "L")
    a = clients.add_person(vault, k, "A")
    b = clients.add_person(vault, other, "B")
    with pytest.raises(InvalidInput, match=r"^target_id:"):
        clients.merge_people(vault, a, a)
    with pytest.raises(InvalidInput, match=r"^target_id: .*different clients"):
        clients.merge_people(vault, a, b)
    with pytest.raises(NotFound, match=r"^source_id:"):
        clients.merge_people(vault, 99, a)
    with pytest.raises(NotFound, match=r"^target_id:"):
        clients.merge_people(vault, a, 99)
    assert _count(vault, m.Person) == 2


def test_merge_keeps_letters_ticks_answers_and_the_address(vault: Vault) -> None:
    """Exit planner and value data follow the merge; where both have one, the kept client's wins."""
    source = clients.add_client(vault, "Aerger GmbH")
    target = clients.add_client(vault, "Ärger GmbH")
    with vault.session() as session:
        session.get(m.Client, source).address = "Hafenstraße 1\n20457 Hamburg"
        first = m.DreamCriterion(text="Schätzt Erfahrung", position=0)
        second = m.DreamCriterion(text="Zahlt pünktlich", position=1)
        session.add_all([first, second])
        session.flush()
        session.add_all(
            [
                m.LetterDraft(client_id=source, kind="mutual_termination", lang="de", text="A"),
                m.LetterDraft(client_id=source, kind="ordinary_notice", lang="de", text="B"),
                m.LetterDraft(client_id=target, kind="ordinary_notice", lang="de", text="C"),
                m.DreamMatch(client_id=source, criterion_id=first.id, matches=True),
                m.DreamMatch(client_id=source, criterion_id=second.id, matches=False),
                m.DreamMatch(client_id=target, criterion_id=second.id, matches=True),
                m.ZeroBasedAnswer(client_id=source, asked_on=dt.date(2026, 11, 1), answer="no"),
            ]
        )

    result = clients.merge_clients(vault, source, target)

    assert (result.letter_drafts, result.dream_matches, result.zero_based_answers) == (1, 1, 1)
    with vault.session() as session:
        kept = session.scalars(select(m.LetterDraft).where(m.LetterDraft.client_id == target))
        drafts = {(d.kind, d.text) for d in kept}
        ticks = {(t.criterion_id, t.matches) for t in session.scalars(select(m.DreamMatch))}
        answers = list(session.scalars(select(m.ZeroBasedAnswer.client_id)))
        address = session.get(m.Client, target).address
        assert session.scalar(select(func.count(m.LetterDraft.id))) == 2
    assert drafts == {("mutual_termination", "A"), ("ordinary_notice", "C")}
    assert ticks == {(first.id, True), (second.id, True)}
    assert answers == [target]
    assert address == "Hafenstraße 1\n20457 Hamburg"
