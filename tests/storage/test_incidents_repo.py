"""Incidents through the journal services on a real encrypted vault: lists and German search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, update

from grenzen.domain.incidents import IncidentDraft, IncidentFilter, Level
from grenzen.services import journal
from grenzen.services.errors import NotFound
from grenzen.storage import incidents_repo as repo
from grenzen.storage import models as m
from grenzen.storage.vault import FAST_KDF_ENV, Vault

PASSPHRASE = "Suchen und Finden 2026"
TODAY = dt.date(2026, 3, 15)


def _log(vault: Vault, client: str, text: str, day: str, **fields) -> int:
    draft = IncidentDraft(
        client=client, text=text, occurred_on=dt.date.fromisoformat(day), **fields
    )
    return journal.log_incident(vault, draft, today=TODAY)


def _ids(page: journal.Page) -> list[int]:
    return [i.id for i in page.incidents]


def _found(vault: Vault, query: str, flt: IncidentFilter | None = None) -> set[int]:
    page = journal.search_incidents(vault, query, flt)
    assert page.total == len(page.incidents)
    return set(_ids(page))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty vault made once per module; tests unlock copies (migrations run once)."""
    folder = tmp_path_factory.mktemp("template") / "vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(FAST_KDF_ENV, "1")
        Vault.create(folder, PASSPHRASE)[0].close()
    return folder


@pytest.fixture
def vault(template: Path, vault_dir: Path):
    shutil.copytree(template, vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE) as unlocked:
        yield unlocked


@pytest.fixture(scope="module")
def shared(template: Path, tmp_path_factory: pytest.TempPathFactory):
    """One filled vault for the tests that only read: (vault, ids)."""
    folder = tmp_path_factory.mktemp("shared") / "vault"
    shutil.copytree(template, folder)
    with Vault.unlock(folder, PASSPHRASE) as unlocked:
        yield unlocked, _fill(unlocked)


@pytest.fixture
def filled(vault: Vault) -> dict[str, int]:
    return _fill(vault)


def _fill(vault: Vault) -> dict[str, int]:
    return {
        "größe": _log(
            vault, "Ärger GmbH", "Die Größe des Projekts wurde verschwiegen.", "2026-01-05"
        ),
        "müll": _log(vault, "Ärger GmbH", "Der Müll stand wieder im Flur.", "2026-03-01"),
        "müllberg": _log(
            vault, "Baufirma Süd", "Hinter dem Müllberg lag die Rechnung.", "2026-03-01"
        ),
        "tags": _log(
            vault,
            "Baufirma Süd",
            "Telefonat ohne Ergebnis.",
            "2026-02-10",
            tags=("Überstunden", "Wochenende"),
            quote="Das machen Sie doch gern",
            notes="Nächstes Mal schriftlich",
            person="Herr Weiß",
        ),
    }


# --- log, show, list ---------------------------------------------------------------------


def test_log_and_show(vault: Vault) -> None:
    new_id = _log(
        vault,
        "  Ärger GmbH ",
        "Hat im Meeting geschrien.",
        "2026-03-02",
        learned_on=dt.date(2026, 3, 4),
        person="Frau Groß",
        level=Level.BOTH,
        severity=5,
        intensity_before=8,
        tags=("Ton", "Ton", " Lautstärke "),
    )
    shown = journal.show_incident(vault, new_id)
    assert shown.id == new_id
    assert shown.client == "Ärger GmbH"
    assert shown.person == "Frau Groß"
    assert shown.text == "Hat im Meeting geschrien."
    assert (shown.occurred_on, shown.learned_on) == (dt.date(2026, 3, 2), dt.date(2026, 3, 4))
    assert (shown.level, shown.severity, shown.intensity_before) == (Level.BOTH, 5, 8)
    assert shown.tags == ("Ton", "Lautstärke")
    assert shown.created_at.tzinfo is not None
    assert shown.created_at.utcoffset() == dt.timedelta(0)

    with pytest.raises(NotFound, match="id"):
        journal.show_incident(vault, new_id + 1)


def test_defaults_occurred_today_and_learned_when_it_occurred(vault: Vault) -> None:
    new_id = journal.log_incident(vault, IncidentDraft(client="K", text="t"), today=TODAY)
    shown = journal.show_incident(vault, new_id)
    assert shown.occurred_on == shown.learned_on == TODAY


def test_clients_and_people_are_created_once(vault: Vault) -> None:
    _log(vault, "Ärger GmbH", "eins", "2026-01-01", person="Frau Groß")
    _log(vault, "Ärger GmbH", "zwei", "2026-01-02", person="Frau Groß")
    _log(vault, "Ärger GmbH ", "drei", "2026-01-03", person="Herr Klein")
    with vault.session() as session:
        assert session.scalars(select(m.Client.name)).all() == ["Ärger GmbH"]
        assert sorted(session.scalars(select(m.Person.name))) == ["Frau Groß", "Herr Klein"]


def test_list_newest_first_by_occurred_then_id(shared) -> None:
    vault, filled = shared
    page = journal.list_incidents(vault)
    # Two incidents on 2026-03-01: the later id first.
    assert _ids(page) == [filled["müllberg"], filled["müll"], filled["tags"], filled["größe"]]
    assert page.total == 4
    with vault.session() as session:
        assert repo.list_ids(session, IncidentFilter()) == _ids(page)
        assert repo.count(session, IncidentFilter()) == 4


def test_list_pages(shared) -> None:
    vault, _filled = shared
    everything = _ids(journal.list_incidents(vault))
    first = journal.list_incidents(vault, limit=3)
    second = journal.list_incidents(vault, limit=3, offset=3)
    assert _ids(first) + _ids(second) == everything
    assert first.total == second.total == 4


def test_list_filtered_by_client(shared) -> None:
    vault, filled = shared
    flt = journal.client_filter(vault, "Baufirma Süd")
    page = journal.list_incidents(vault, flt)
    assert _ids(page) == [filled["müllberg"], filled["tags"]]
    assert page.total == 2
    assert journal.client_filter(vault, None) == IncidentFilter()
    with pytest.raises(NotFound, match="client"):
        journal.client_filter(vault, "Unbekannt AG")


def test_list_filtered_by_dates_and_level(shared) -> None:
    vault, filled = shared
    flt = IncidentFilter(occurred_from=dt.date(2026, 2, 1), occurred_to=dt.date(2026, 2, 28))
    assert _ids(journal.list_incidents(vault, flt)) == [filled["tags"]]
    assert journal.list_incidents(vault, IncidentFilter(level=Level.FACTUAL)).total == 0


def test_empty_vault(vault: Vault) -> None:
    page = journal.list_incidents(vault)
    assert (page.incidents, page.total) == ([], 0)
    assert journal.search_incidents(vault, "irgendwas").total == 0


# --- search ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["grosse", "groesse", "GRÖSSE", "größe", "Größe", "GROESSE"])
def test_sharp_s_and_umlauts_in_any_spelling(shared, query: str) -> None:
    vault, filled = shared
    assert _found(vault, query) == {filled["größe"]}


@pytest.mark.parametrize("query", ["mull", "muell", "Müll", "MÜLL", "MUELL"])
def test_umlaut_spelled_out_or_dropped(shared, query: str) -> None:
    vault, filled = shared
    assert _found(vault, query) == {filled["müll"], filled["müllberg"]}


def test_prefix_finds_compounds(shared) -> None:
    vault, filled = shared
    assert filled["müllberg"] in _found(vault, "müll")
    assert _found(vault, "müllb") == {filled["müllberg"]}
    assert _found(vault, "muellberg") == {filled["müllberg"]}


@pytest.mark.parametrize("query", ["Überstunden", "uberstunden", "ueberstunden", "ÜBERSTUNDEN"])
def test_tags_with_umlauts_are_searchable(shared, query: str) -> None:
    vault, filled = shared
    assert _found(vault, query) == {filled["tags"]}


def test_quote_and_notes_are_searchable(shared) -> None:
    vault, filled = shared
    assert _found(vault, "gern") == {filled["tags"]}
    assert _found(vault, "naechstes schriftlich") == {filled["tags"]}
    assert _found(vault, "Müll Flur") == {filled["müll"]}  # every word must match
    assert _found(vault, "Müll Rechnung") == {filled["müllberg"]}


def test_search_filtered_by_client(shared) -> None:
    vault, filled = shared
    flt = journal.client_filter(vault, "Baufirma Süd")
    assert _found(vault, "muell", flt) == {filled["müllberg"]}


def test_search_limit_keeps_the_total(shared) -> None:
    vault, _filled = shared
    page = journal.search_incidents(vault, "mull", limit=1)
    assert len(page.incidents) == 1
    assert page.total == 2


@pytest.mark.parametrize(
    "query", ["", "   ", "!!!", '"', "*", "NEAR(", "Müll AND", "OR", "a:b", "^x", "-"]
)
def test_odd_queries_never_fail(shared, query: str) -> None:
    vault, _filled = shared
    page = journal.search_incidents(vault, query)
    assert page.total == len(page.incidents)


def test_ranking_more_occurrences_first(vault: Vault) -> None:
    once = _log(vault, "K", "Frist eins zwei drei vier", "2026-01-02")
    thrice = _log(vault, "K", "Frist Frist Frist zwei drei", "2026-01-01")
    other = _log(vault, "K", "Nichts dergleichen hier heute", "2026-01-03")
    page = journal.search_incidents(vault, "frist")
    assert _ids(page) == [thrice, once]
    assert other not in _ids(page)


@pytest.mark.parametrize("filtered", [False, True])
def test_words_in_very_many_entries_come_newest_first(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, filtered: bool
) -> None:
    thrice = _log(vault, "K", "Frist Frist Frist zwei drei", "2026-01-01")
    once = _log(vault, "K", "Frist eins zwei drei vier", "2026-01-02")
    newest = _log(vault, "K", "noch eine Frist", "2026-01-03")
    flt = journal.client_filter(vault, "K") if filtered else None
    monkeypatch.setattr(repo, "RANKING_LIMIT", 2)
    page = journal.search_incidents(vault, "frist", flt)
    assert _ids(page) == [newest, once, thrice]
    assert page.total == 3


def test_snippets_mark_the_match_in_the_original_spelling(shared) -> None:
    vault, filled = shared
    [hit] = journal.search_incidents(vault, "groesse").incidents
    assert hit.snippet == "Die [Größe] des Projekts wurde verschwiegen."
    page = journal.search_incidents(vault, "muell", mark=("<b>", "</b>"))
    snippets = {i.id: i.snippet for i in page.incidents}
    assert snippets[filled["müll"]] == "Der <b>Müll</b> stand wieder im Flur."
    assert snippets[filled["müllberg"]] == "Hinter dem <b>Müllberg</b> lag die Rechnung."
    [tagged] = journal.search_incidents(vault, "ueberstunden").incidents
    assert "[Überstunden]" in tagged.snippet


def test_updates_through_the_orm_keep_the_index_in_step(vault, filled) -> None:
    with vault.session() as session:
        row = session.get(m.Incident, filled["größe"])
        assert row is not None
        row.description = "Die Breite des Projekts wurde verschwiegen."
        tagged = session.get(m.Incident, filled["tags"])
        assert tagged is not None
        tagged.tags = ["Ärgernis"]  # a new list: the JSON column sees the change
    assert _found(vault, "grosse") == set()
    assert _found(vault, "breite") == {filled["größe"]}
    assert _found(vault, "ueberstunden") == set()
    assert _found(vault, "aergernis") == {filled["tags"]}
    assert _found(vault, "Ärgernis") == {filled["tags"]}

    with vault.session() as session:  # a bulk UPDATE statement fires the trigger too
        session.execute(
            update(m.Incident)
            .where(m.Incident.id == filled["müll"])
            .values(notes="Größenwahn im Spiel")
        )
    assert _found(vault, "grossenwahn") == {filled["müll"]}
    assert vault.verify() == []


def test_delete_removes_from_search(vault, filled) -> None:
    with vault.session() as session:
        deleted = repo.delete_incident(session, filled["müll"])
        assert deleted is not None
        assert deleted.text == "Der Müll stand wieder im Flur."
        assert repo.delete_incident(session, filled["müll"]) is None
    assert _found(vault, "muell") == {filled["müllberg"]}
    assert journal.list_incidents(vault).total == 3
    with vault.session() as session:
        assert repo.by_ids(session, [filled["müll"], filled["größe"]])[0].id == filled["größe"]
    assert vault.verify() == []


def test_undo_restores_id_and_search(vault, filled) -> None:
    with vault.session() as session:
        deleted = repo.delete_incident(session, filled["tags"])
    assert deleted is not None
    draft = IncidentDraft(
        client=deleted.client,
        text=deleted.text,
        person=deleted.person,
        occurred_on=deleted.occurred_on,
        learned_on=deleted.learned_on,
        quote=deleted.quote,
        notes=deleted.notes,
        tags=deleted.tags,
    )
    with vault.session() as session:
        again = repo.add_incident(
            session, draft, incident_id=deleted.id, created_at=deleted.created_at
        )
    assert again == deleted.id
    shown = journal.show_incident(vault, again)
    assert dataclasses.replace(shown, updated_at=deleted.updated_at) == deleted
    assert _found(vault, "uberstunden") == {deleted.id}
    assert vault.verify() == []


def test_verify_stays_clean_after_many_changes(vault, filled) -> None:
    for n in range(20):
        _log(vault, f"Kunde {n % 3}", f"Eintrag {n} über Größe und Müll", "2026-02-01")
    with vault.session() as session:
        for row in session.scalars(select(m.Incident).where(m.Incident.id % 2 == 0)):
            row.description += " (ergänzt)"
    with vault.session() as session:
        for incident_id in range(5, 12):
            repo.delete_incident(session, incident_id)
    assert journal.search_incidents(vault, "ergaenzt").total > 0
    assert vault.verify() == []
