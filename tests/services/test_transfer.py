"""Export and import through real SQLCipher vaults: round trips, duplicates, jrnl, bad files."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grenzen.domain.incidents import IncidentDraft
from grenzen.services.journal import list_incidents, log_incident, search_incidents
from grenzen.services.transfer import FORMAT_NAME, export_all, import_file
from grenzen.storage import models as m
from grenzen.storage.errors import InvalidInput
from grenzen.storage.transfer_repo import FIELDS, KINDS, primary_key
from grenzen.storage.vault import Vault

PASSPHRASE = "correct horse battery"
JRNL_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "jrnl" / "sample.json"
os.environ.setdefault("GRENZEN_TEST_FAST_KDF", "1")  # the conftest sets it too, per test

LONG = "Äußerst schwierige Übergabe, die Größe des Problems wächst. " * 400  # ≥ 20,000 chars
SPECIAL_TEXTS = (
    "Müller GmbH: »Das ist nicht mein Problem.« Größe, Straße, Öl, Übermaß",
    "Sie hat wieder abgesagt 😤🔥👩🏽‍💻 (zum dritten Mal) 🇩🇪",
    "قال العميل إن العمل غير كافٍ",  # Arabic, right to left
    "הלקוח ביטל את הפגישה שוב",  # Hebrew, right to left
    "Cafe\u0301 mit Zoe\u0308 und n\u0303 — combining marks",
    "Zeile eins\nZeile zwei\r\n\tEingerückt",
)


def new_vault(base: Path, name: str) -> Vault:
    vault, _code = Vault.create(base / name, PASSPHRASE)
    return vault


def read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def normalised(document: dict[str, Any]) -> dict[str, Any]:
    """The export without ``exported_at``, ids replaced by list positions.

    References become the position of the row they point to, so two exports compare
    equal exactly when every field and every link between rows is the same.
    """
    doc = copy.deepcopy(document)
    del doc["exported_at"]
    positions = {
        kind: {row[primary_key(kind)]: i for i, row in enumerate(doc[kind])} for kind in KINDS
    }
    for kind in KINDS:
        for row in doc[kind]:
            if primary_key(kind) == "id":
                row["id"] = positions[kind][row["id"]]
            for spec in FIELDS[kind]:
                if spec.references and row[spec.name] is not None:
                    row[spec.name] = positions[spec.references][row[spec.name]]
    return doc


# --- filling a vault directly through the ORM (independent of the import code) ---------


def populate(vault: Vault, data: dict[str, list[dict[str, Any]]]) -> None:
    """Insert rows given as model fields plus ``_client``/``_person``/… list positions."""
    models = {
        "clients": m.Client,
        "people": m.Person,
        "contracts": m.Contract,
        "deliverables": m.Deliverable,
        "cases": m.Case,
        "incidents": m.Incident,
        "energy": m.EnergyCheckin,
        "compliments": m.Compliment,
        "value_entries": m.ValueEntry,
        "letter_drafts": m.LetterDraft,
        "dream_criteria": m.DreamCriterion,
        "dream_matches": m.DreamMatch,
        "zero_based_answers": m.ZeroBasedAnswer,
        "settings": m.Setting,
    }
    refs = {
        "_client": "clients",
        "_person": "people",
        "_case": "cases",
        "_contract": "contracts",
        "_criterion": "dream_criteria",
    }
    ids: dict[str, list[Any]] = {kind: [] for kind in KINDS}
    with vault.session() as session:
        for kind in KINDS:
            for row in data.get(kind, []):
                values = {k: v for k, v in row.items() if not k.startswith("_")}
                for marker, target in refs.items():
                    if marker in row:
                        position = row[marker]
                        values[marker[1:] + "_id"] = (
                            None if position is None else ids[target][position]
                        )
                obj = models[kind](**values)
                session.add(obj)
                session.flush()
                ids[kind].append(getattr(obj, "key" if kind == "settings" else "id"))


def rich_data() -> dict[str, list[dict[str, Any]]]:
    """Every table filled, every special kind of text used at least once."""
    stamp = dt.datetime(2026, 3, 6, 21, 55, 12, 345678, tzinfo=dt.UTC)
    return {
        "clients": [
            {"name": "Müller GmbH", "notes": SPECIAL_TEXTS[0], "created_at": stamp},
            {"name": "شركة الأمل", "archived": True, "notes": None},
            {"name": "Grüße & Söhne 👋", "notes": LONG},
        ],
        "people": [
            {"_client": 0, "name": "Frau Sommer", "role": "Projektleitung"},
            {"_client": 2, "name": "דוד כהן", "role": None, "archived": True},
        ],
        "contracts": [
            {
                "_client": 0,
                "type": "service",
                "state": "BY",
                "start": dt.date(2025, 1, 1),
                "fee_unit": "hour",
                "fee_amount": 95.5,
                "payment_interval": "monatlich",
                "term_months": 12,
                "renewal_months": 6,
                "notice_amount": 3,
                "notice_unit": "months",
                "notice_to": "quarter_end",
                "notice_form": "text",
                "known_on": dt.date(2024, 12, 1),
                "higher_services_trust": True,
                "progress": 0.25,
                "notes": SPECIAL_TEXTS[4],
            },
            {"_client": 2, "type": "work", "start": dt.date(2026, 2, 1), "fee_total": 12000.0},
        ],
        "deliverables": [
            {"_contract": 1, "what": "Entwurf der Übersicht", "due_on": dt.date(2026, 4, 1)},
            {"_contract": 1, "what": "Endabnahme 🏁", "done": True},
        ],
        "cases": [
            {
                "_client": 0,
                "title": "Änderungswünsche am Wochenende",
                "opened_at": stamp,
                "stage": "set_boundaries",
                "answers": {"what": SPECIAL_TEXTS[2], "scale": [1, 2.5, None, True]},
                "review_date": dt.date(2026, 4, 15),
                "closed_at": stamp + dt.timedelta(days=9),
                "outcome": "settled",
            }
        ],
        "incidents": [
            {
                "_client": 0,
                "_person": 0,
                "_case": 0,
                "occurred_on": dt.date(2026, 3, 6),
                "learned_on": dt.date(2026, 3, 8),
                "channel": "email",
                "quote": SPECIAL_TEXTS[0],
                "description": LONG,
                "level": "both",
                "severity": 5,
                "feeling_before": "Wut",
                "intensity_before": 9,
                "feeling_after": "gefasst",
                "intensity_after": 3,
                "factual_action_needed": True,
                "notes": SPECIAL_TEXTS[5],
                "tags": ["ärger", "😤", "עברית"],
                "created_at": stamp,
                "updated_at": stamp + dt.timedelta(hours=1),
            },
            {
                "_client": 1,
                "occurred_on": dt.date(2026, 3, 7),
                "learned_on": dt.date(2026, 3, 7),
                "description": SPECIAL_TEXTS[2],
                "tags": [],
            },
            {
                "_client": 2,
                "_person": 1,
                "occurred_on": dt.date(2026, 3, 7),
                "learned_on": dt.date(2026, 3, 9),
                "description": SPECIAL_TEXTS[3] + " " + SPECIAL_TEXTS[1],
                "quote": "",
                "tags": ["x"],
            },
        ],
        "energy": [
            {"checked_on": dt.date(2026, 3, 6), "level": 2, "_client": 0, "note": "erschöpft"},
            {"checked_on": dt.date(2026, 3, 7), "level": 10, "_client": None, "note": None},
        ],
        "compliments": [
            {"received_on": dt.date(2026, 3, 1), "from_whom": "Zoë", "text": "Danke! 🙏"},
            {"received_on": dt.date(2026, 3, 2), "text": SPECIAL_TEXTS[3], "_client": 2},
        ],
        "value_entries": [
            {
                "_client": 0,
                "amount_cents": 123456,
                "hours": 12.75,
                "invoice_date": dt.date(2026, 3, 1),
                "due_date": dt.date(2026, 3, 15),
                "paid_date": None,
                "note": "Rechnung Nr. 7 – Größe",
            }
        ],
        "letter_drafts": [
            {"_client": 0, "kind": "ordinary_notice", "lang": "de", "text": SPECIAL_TEXTS[1]},
        ],
        "dream_criteria": [
            {"text": "Schätzt meine Erfahrung", "position": 0},
            {"text": "Zahlt pünktlich", "position": 1, "measure": "max_days_late", "threshold": 7},
        ],
        "dream_matches": [{"_client": 0, "_criterion": 0, "matches": False}],
        "zero_based_answers": [
            {"_client": 0, "asked_on": dt.date(2026, 3, 8), "answer": "no", "note": LONG},
        ],
        "settings": [
            {"key": "language", "value": "de"},
            {"key": "ui.lock_minutes", "value": 5},
            {"key": "zz.misc", "value": {"ä": [1, "ß", None], "on": False}},
        ],
    }


# --- export ---------------------------------------------------------------------------


def test_export_writes_every_column_privately(tmp_path: Path) -> None:
    vault = new_vault(tmp_path, "a")
    populate(vault, rich_data())
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    summary = export_all(vault, target)
    vault.close()

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.json"]  # no temp left
    raw = target.read_text(encoding="utf-8")
    assert "Müller GmbH" in raw  # ensure_ascii=False: readable umlauts
    doc = json.loads(raw)
    assert doc["format"] == FORMAT_NAME
    assert doc["version"] == 1
    assert dt.datetime.fromisoformat(doc["exported_at"]).tzinfo is not None
    assert summary.counts == {kind: len(doc[kind]) for kind in KINDS}
    assert summary.counts["incidents"] == 3
    for kind in KINDS:
        for row in doc[kind]:
            assert list(row) == [spec.name for spec in FIELDS[kind]]
    first = doc["incidents"][0]
    assert first["description"] == LONG
    assert first["occurred_on"] == "2026-03-06"
    assert first["created_at"] == "2026-03-06T21:55:12.345678+00:00"
    assert first["tags"] == ["ärger", "😤", "עברית"]
    assert doc["cases"][0]["answers"] == {"what": SPECIAL_TEXTS[2], "scale": [1, 2.5, None, True]}
    assert doc["value_entries"][0]["amount_cents"] == 123456
    assert doc["settings"][2] == {"key": "zz.misc", "value": {"ä": [1, "ß", None], "on": False}}


def test_export_replaces_an_older_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("old")
    target.chmod(0o644)
    vault = new_vault(tmp_path, "a")
    export_all(vault, target)
    vault.close()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert read_json(target)["format"] == FORMAT_NAME


# --- round trips ----------------------------------------------------------------------


def round_trip(base: Path, data: dict[str, list[dict[str, Any]]]) -> tuple[dict, dict, Any]:
    """Fill vault A, export, import into a new vault B, export B; both documents."""
    source = new_vault(base, "source")
    populate(source, data)
    export_all(source, base / "a.json")
    source.close()
    target = new_vault(base, "target")
    report = import_file(target, base / "a.json")
    export_all(target, base / "b.json")
    assert target.verify() == []  # foreign keys hold and the search index saw every row
    target.close()
    return read_json(base / "a.json"), read_json(base / "b.json"), report


def test_round_trip_keeps_every_field_of_every_table(tmp_path: Path) -> None:
    original, copied, report = round_trip(tmp_path, rich_data())
    assert report.format == "grenzen"
    assert report.skipped == []
    assert report.imported == {kind: len(original[kind]) for kind in KINDS}
    assert normalised(copied) == normalised(original)


safe_chars = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
plain_text = st.text(safe_chars, max_size=25)
some_text = st.one_of(
    plain_text,
    st.sampled_from(SPECIAL_TEXTS),
    st.lists(st.sampled_from(SPECIAL_TEXTS), min_size=1, max_size=3).map(" ".join),
)
long_text = st.sampled_from(SPECIAL_TEXTS).map(lambda s: (s + " ") * (20_000 // len(s) + 1))
body_text = st.one_of(some_text, long_text)
filled_text = body_text.filter(lambda s: bool(s.strip()))
optional_text = st.none() | body_text
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
stamps = st.datetimes(
    min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC)
)
money = st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | some_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(some_text, inner, max_size=3),
    max_leaves=8,
)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def timestamps(draw: Callable[[Any], Any]) -> dict[str, dt.datetime]:
    """Explicit created/updated times half of the time, else the model's defaults."""
    if not draw(st.booleans()):
        return {}
    return {"created_at": draw(stamps), "updated_at": draw(stamps)}


@st.composite
def vault_contents(draw: Callable[[Any], Any]) -> dict[str, list[dict[str, Any]]]:
    names = draw(st.lists(filled_text, min_size=1, max_size=3, unique=True))
    clients = [
        {"name": n, "archived": draw(st.booleans()), "notes": draw(optional_text)}
        | timestamps(draw)
        for n in names
    ]
    people: list[dict[str, Any]] = []
    people_of: dict[int, list[int]] = {}
    for c in range(len(clients)):
        for name in draw(st.lists(filled_text, max_size=2, unique=True)):
            people_of.setdefault(c, []).append(len(people))
            people.append({"_client": c, "name": name, "role": draw(optional_text)})
    client_index = st.integers(0, len(clients) - 1)
    contracts = [
        {
            "_client": draw(client_index),
            "type": draw(st.sampled_from(["service", "work"])),
            "state": draw(maybe(st.text(safe_chars, max_size=2))),
            "start": draw(dates),
            "fee_unit": draw(maybe(st.sampled_from(["hour", "day", "month", "fixed"]))),
            "fee_amount": draw(maybe(money)),
            "payment_interval": draw(optional_text),
            "term_months": draw(maybe(st.integers(0, 120))),
            "renewal_months": draw(maybe(st.integers(0, 120))),
            "notice_amount": draw(maybe(st.integers(0, 24))),
            "notice_unit": draw(maybe(st.sampled_from(["days", "weeks", "months"]))),
            "notice_to": draw(
                maybe(st.sampled_from(["any_day", "month_end", "quarter_end", "term_end"]))
            ),
            "notice_form": draw(maybe(st.sampled_from(["text", "written"]))),
            "known_on": draw(maybe(dates)),
            "higher_services_trust": draw(st.booleans()),
            "fee_total": draw(maybe(money)),
            "progress": draw(maybe(st.floats(0, 1))),
            "notes": draw(optional_text),
        }
        | timestamps(draw)
        for _ in range(draw(st.integers(0, 2)))
    ]
    deliverables = [
        {
            "_contract": c,
            "what": draw(body_text),
            "due_on": draw(maybe(dates)),
            "done": draw(st.booleans()),
        }
        for c in range(len(contracts))
        for _ in range(draw(st.integers(0, 2)))
    ]
    cases = [
        {
            "_client": draw(client_index),
            "title": draw(some_text),
            "opened_at": draw(stamps),
            "stage": draw(
                st.sampled_from(["calm_down", "clarify", "set_boundaries", "escalate", "move_on"])
            ),
            "answers": draw(st.dictionaries(some_text, json_values, max_size=3)),
            "review_date": draw(maybe(dates)),
            "closed_at": draw(maybe(stamps)),
            "outcome": draw(maybe(st.sampled_from(["settled", "moved_on"]))),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    incidents = []
    for _ in range(draw(st.integers(0, 4))):
        client = draw(client_index)
        occurred = draw(dates)
        incidents.append(
            {
                "_client": client,
                "_person": draw(maybe(st.sampled_from(people_of.get(client, [None])))),
                "_case": draw(maybe(st.integers(0, len(cases) - 1))) if cases else None,
                "occurred_on": occurred,
                "learned_on": occurred + dt.timedelta(days=draw(st.integers(0, 60))),
                "channel": draw(
                    maybe(st.sampled_from(["meeting", "call", "email", "chat", "other"]))
                ),
                "quote": draw(optional_text),
                "description": draw(filled_text),
                "level": draw(st.sampled_from(["factual", "relationship", "both"])),
                "severity": draw(st.integers(1, 5)),
                "feeling_before": draw(maybe(some_text)),
                "intensity_before": draw(maybe(st.integers(0, 10))),
                "feeling_after": draw(maybe(some_text)),
                "intensity_after": draw(maybe(st.integers(0, 10))),
                "factual_action_needed": draw(st.booleans()),
                "notes": draw(optional_text),
                "tags": draw(st.lists(some_text, max_size=3)),
            }
            | timestamps(draw)
        )
    energy = [
        {
            "checked_on": draw(dates),
            "level": draw(st.integers(0, 10)),
            "_client": draw(maybe(client_index)),
            "note": draw(optional_text),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    compliments = [
        {
            "received_on": draw(dates),
            "from_whom": draw(maybe(some_text)),
            "text": draw(body_text),
            "_client": draw(maybe(client_index)),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    value_entries = [
        {
            "_client": draw(client_index),
            "amount_cents": draw(st.integers(0, 10**12)),
            "hours": draw(maybe(money)),
            "invoice_date": draw(dates),
            "due_date": draw(maybe(dates)),
            "paid_date": draw(maybe(dates)),
            "note": draw(optional_text),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    letter_drafts = [
        {"_client": c, "kind": kind, "lang": lang, "text": draw(body_text)}
        for c in range(len(clients))
        for kind, lang in draw(
            st.lists(
                st.tuples(st.sampled_from(["ordinary_notice", "mutual"]), st.sampled_from("de")),
                max_size=1,
            )
        )
    ]
    dream_criteria = [
        {
            "text": text,
            "position": position,
            "measure": draw(maybe(st.sampled_from(["min_rate", "max_days_late"]))),
            "threshold": draw(maybe(money)),
        }
        for position, text in enumerate(draw(st.lists(filled_text, max_size=2, unique=True)))
    ]
    dream_matches = [
        {"_client": c, "_criterion": k, "matches": draw(st.booleans())}
        for c in range(len(clients))
        for k in range(len(dream_criteria))
        if draw(st.booleans())
    ]
    zero_based_answers = [
        {
            "_client": draw(client_index),
            "asked_on": draw(dates),
            "answer": draw(st.sampled_from(["yes", "no", "unsure"])),
            "note": draw(optional_text),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    keys = draw(st.lists(st.text(safe_chars, min_size=1, max_size=20), max_size=3, unique=True))
    settings_rows = [{"key": k, "value": draw(json_values)} for k in keys]
    return {
        "clients": clients,
        "people": people,
        "contracts": contracts,
        "deliverables": deliverables,
        "cases": cases,
        "incidents": incidents,
        "energy": energy,
        "compliments": compliments,
        "value_entries": value_entries,
        "letter_drafts": letter_drafts,
        "dream_criteria": dream_criteria,
        "dream_matches": dream_matches,
        "zero_based_answers": zero_based_answers,
        "settings": settings_rows,
    }


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=vault_contents())
def test_round_trip_property(tmp_path: Path, data: dict[str, list[dict[str, Any]]]) -> None:
    base = Path(tempfile.mkdtemp(dir=tmp_path))
    original, copied, report = round_trip(base, data)
    assert report.skipped == []
    assert report.imported == {kind: len(data[kind]) for kind in KINDS}
    assert normalised(copied) == normalised(original)


# --- importing into a vault that is not empty -------------------------------------------


def test_importing_the_same_export_twice_skips_everything(tmp_path: Path) -> None:
    source = new_vault(tmp_path, "source")
    populate(source, rich_data())
    export_all(source, tmp_path / "a.json")
    source.close()
    original = read_json(tmp_path / "a.json")

    target = new_vault(tmp_path, "target")
    first = import_file(target, tmp_path / "a.json")
    second = import_file(target, tmp_path / "a.json")
    export_all(target, tmp_path / "b.json")
    target.close()

    assert first.imported["incidents"] == 3
    assert second.imported == dict.fromkeys(KINDS, 0)
    incident_lines = [s for s in second.skipped if s.startswith("incident ")]
    assert len(incident_lines) == 3
    assert 'incident 2026-03-07 شركة الأمل: "قال العميل إن العمل غير كافٍ"' in incident_lines
    assert "client Müller GmbH already exists, entries added to it" in second.skipped
    every_row = sum(len(original[kind]) for kind in KINDS)
    assert len(second.skipped) == every_row
    assert normalised(read_json(tmp_path / "b.json")) == normalised(original)


def test_import_remaps_ids_into_a_vault_with_its_own_rows(tmp_path: Path) -> None:
    source = new_vault(tmp_path, "source")
    populate(source, rich_data())
    export_all(source, tmp_path / "a.json")
    source.close()

    target = new_vault(tmp_path, "target")
    # Rows whose ids collide with the file's: another client first, then a shared name.
    populate(
        target,
        {
            "clients": [{"name": "Andere AG"}, {"name": "Müller GmbH", "notes": "meine Notiz"}],
            "people": [{"_client": 0, "name": "Herr Vorhanden"}],
            "cases": [{"_client": 0, "title": "Alter Fall"}],
            "incidents": [
                {
                    "_client": 0,
                    "_person": 0,
                    "_case": 0,
                    "occurred_on": dt.date(2026, 1, 2),
                    "learned_on": dt.date(2026, 1, 2),
                    "description": "Schon da",
                }
            ],
        },
    )
    report = import_file(target, tmp_path / "a.json")
    assert report.imported["clients"] == 2
    assert report.skipped == ["client Müller GmbH already exists, entries added to it"]

    page = list_incidents(target, limit=100)
    by_text = {i.text: i for i in page.incidents}
    assert page.total == 4
    assert by_text["Schon da"].client == "Andere AG"
    assert by_text["Schon da"].person == "Herr Vorhanden"
    big = by_text[LONG]
    assert (big.client, big.person) == ("Müller GmbH", "Frau Sommer")
    hebrew = by_text[SPECIAL_TEXTS[3] + " " + SPECIAL_TEXTS[1]]
    assert (hebrew.client, hebrew.person) == ("Grüße & Söhne 👋", "דוד כהן")

    export_all(target, tmp_path / "b.json")
    target.close()
    doc = read_json(tmp_path / "b.json")
    clients = {c["id"]: c for c in doc["clients"]}
    assert clients[big.client_id]["notes"] == "meine Notiz"  # the vault's client is kept
    cases = {c["id"]: c["title"] for c in doc["cases"]}
    assert cases[big.case_id] == "Änderungswünsche am Wochenende"
    assert cases[by_text["Schon da"].case_id] == "Alter Fall"
    contracts = {c["id"]: c for c in doc["contracts"]}
    for deliverable in doc["deliverables"]:
        owner = clients[contracts[deliverable["contract_id"]]["client_id"]]["name"]
        assert owner == "Grüße & Söhne 👋"


def test_identical_rows_inside_one_file_are_all_imported(tmp_path: Path) -> None:
    twice = {
        "_client": 0,
        "occurred_on": dt.date(2026, 5, 1),
        "learned_on": dt.date(2026, 5, 1),
        "description": "Doppelt notiert",
    }
    source = new_vault(tmp_path, "source")
    populate(source, {"clients": [{"name": "Kunde"}], "incidents": [twice, dict(twice)]})
    export_all(source, tmp_path / "a.json")
    source.close()
    target = new_vault(tmp_path, "target")
    report = import_file(target, tmp_path / "a.json")
    assert report.imported["incidents"] == 2
    assert report.skipped == []
    target.close()


# --- jrnl -------------------------------------------------------------------------------


def test_jrnl_entries_become_searchable_incidents(tmp_path: Path) -> None:
    vault = new_vault(tmp_path, "v")
    report = import_file(vault, JRNL_SAMPLE)
    assert report.format == "jrnl"
    assert report.imported["incidents"] == 4
    assert report.imported["clients"] == 3
    assert report.skipped == []

    found = search_incidents(vault, "Änderungswünsche")
    assert found.total == 1
    kickoff = found.incidents[0]
    assert kickoff.client == "müller"
    assert kickoff.text.startswith("Kickoff mit Müller GmbH: Änderungswünsche am Freitagabend.\n\n")
    assert kickoff.text.endswith("@müller @überstunden")
    assert kickoff.tags == ("müller", "überstunden")
    assert kickoff.occurred_on == kickoff.learned_on == dt.date(2026, 3, 6)
    assert kickoff.created_at == dt.datetime(2026, 3, 6, 21, 55).astimezone(dt.UTC)

    call = search_incidents(vault, "gross").incidents[0]
    assert call.tags == ("müller", "starred")
    assert call.client == "müller"
    quiet = search_incidents(vault, "Ruhiger").incidents[0]
    assert (quiet.client, quiet.text, quiet.tags) == (
        "Unbekannt",
        "Ruhiger Tag, keine Nachrichten.",
        (),
    )
    assert search_incidents(vault, "Abnahme").incidents[0].client == "schmidt"

    again = import_file(vault, JRNL_SAMPLE)
    assert again.imported["incidents"] == 0
    assert len([s for s in again.skipped if s.startswith("incident ")]) == 4
    assert 'incident 2026-03-11 Unbekannt: "Ruhiger Tag, keine Nachrichten."' in again.skipped
    vault.close()


def test_jrnl_default_client_names_every_entry(tmp_path: Path) -> None:
    vault = new_vault(tmp_path, "v")
    log_incident(vault, IncidentDraft(client="Müller GmbH", text="Vorher erfasst"))
    report = import_file(vault, JRNL_SAMPLE, default_client="  Müller GmbH ")
    assert report.imported["clients"] == 0
    assert report.skipped == ["client Müller GmbH already exists, entries added to it"]
    page = list_incidents(vault, limit=10)
    assert page.total == 5
    assert {i.client for i in page.incidents} == {"Müller GmbH"}
    vault.close()


# --- bad input --------------------------------------------------------------------------


def minimal_export() -> dict[str, Any]:
    """A valid export with one row in the sections the bad-input cases change."""
    stamp = "2026-03-06T10:00:00+00:00"
    return {
        "format": FORMAT_NAME,
        "version": 1,
        "exported_at": stamp,
        "clients": [
            {"id": 7, "name": "Kunde", "archived": False, "notes": None},
            {"id": 9, "name": "Zweiter Kunde", "created_at": stamp, "updated_at": stamp},
        ],
        "contracts": [{"id": 1, "client_id": 7, "type": "service", "start": "2026-01-01"}],
        "incidents": [
            {
                "id": 3,
                "client_id": 9,
                "occurred_on": "2026-03-06",
                "learned_on": "2026-03-06",
                "description": "Etwas ist passiert",
                "severity": 3,
                "tags": [],
            }
        ],
    }


def jrnl_entry(**changes: Any) -> dict[str, Any]:
    return {"title": "Titel", "body": "Text", "date": "2026-03-06", "time": "10:00"} | changes


def changed(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    doc = minimal_export()
    change(doc)
    return doc


BAD_DOCUMENTS: list[tuple[str, Any, str]] = [
    ("not json", b"{nope", "import: the file is not valid JSON"),
    ("not utf-8", b'{"entries": ["\xff"]}', "import: the file is not UTF-8 text"),
    ("NaN", b'{"entries": [], "x": NaN}', "import: the file is not valid JSON (NaN"),
    ("array", [], "import: the file is not a Grenzen or jrnl export"),
    ("unknown object", {"notes": []}, "import: the file is not a Grenzen or jrnl export (no"),
    ("foreign format", {"format": "grenzen-vault", "version": 1}, "import: format is not"),
    ("newer version", {"format": FORMAT_NAME, "version": 2}, "import: version 2"),
    ("no version", {"format": FORMAT_NAME}, "import: version is missing"),
    (
        "jrnl date",
        {"entries": [jrnl_entry(), jrnl_entry(), jrnl_entry(), jrnl_entry(date="06.03.2026")]},
        "import: entries[3].date is not a date",
    ),
    ("jrnl entries", {"entries": {"a": 1}}, "import: entries is not a list"),
    ("jrnl entry", {"entries": ["text"]}, "import: entries[0] is not an object"),
    ("jrnl tags", {"entries": [jrnl_entry(tags="@x")]}, "import: entries[0].tags is not a list"),
    ("jrnl time", {"entries": [jrnl_entry(time="25:99")]}, "import: entries[0].time is not"),
    ("jrnl title", {"entries": [jrnl_entry(title=3)]}, "import: entries[0].title is not a text"),
    ("jrnl body", {"entries": [jrnl_entry(body=False)]}, "import: entries[0].body is not a text"),
    ("jrnl star", {"entries": [jrnl_entry(starred="ja")]}, "import: entries[0].starred"),
    (
        "jrnl empty",
        {"entries": [jrnl_entry(title=" ", body="\n")]},
        "import: entries[0] has neither title nor body",
    ),
    (
        "section type",
        changed(lambda d: d.update(clients="Kunde")),
        "import: clients is not a list",
    ),
    (
        "unknown section",
        changed(lambda d: d.update(contacts=[])),
        "import: contacts is not a known section",
    ),
    (
        "unknown field",
        changed(lambda d: d["clients"][0].update(colour="red")),
        "import: clients[0].colour is not a known field",
    ),
    (
        "missing field",
        changed(lambda d: d["clients"][1].pop("name")),
        "import: clients[1].name is missing",
    ),
    (
        "missing id",
        changed(lambda d: d["contracts"][0].pop("id")),
        "import: contracts[0].id is missing",
    ),
    (
        "repeated id",
        changed(lambda d: d["clients"][1].update(id=7)),
        "import: clients[1].id repeats",
    ),
    (
        "repeated name",
        changed(lambda d: d["clients"][1].update(name="Kunde")),
        "import: clients[1] repeats an earlier name",
    ),
    (
        "blank name",
        changed(lambda d: d["clients"][1].update(name="  ")),
        "import: clients[1].name is empty",
    ),
    (
        "dangling reference",
        changed(lambda d: d["incidents"][0].update(client_id=99)),
        "import: incidents[0].client_id refers to no client in the file",
    ),
    (
        "bad date",
        changed(lambda d: d["incidents"][0].update(occurred_on="2026-13-01")),
        "import: incidents[0].occurred_on is not a date",
    ),
    (
        "naive timestamp",
        changed(lambda d: d["clients"][1].update(created_at="2026-03-06T10:00:00")),
        "import: clients[1].created_at is not a timestamp with offset",
    ),
    (
        "bool for int",
        changed(lambda d: d["incidents"][0].update(severity=True)),
        "import: incidents[0].severity is not a whole number",
    ),
    (
        "string for bool",
        changed(lambda d: d["clients"][0].update(archived="no")),
        "import: clients[0].archived is not true or false",
    ),
    (
        "null where required",
        changed(lambda d: d["incidents"][0].update(description=None)),
        "import: incidents[0].description must not be null",
    ),
    (
        "severity range",
        changed(lambda d: d["incidents"][0].update(severity=9)),
        "import: incidents[0].severity: must be between 1 and 5",
    ),
    (
        "learned before occurred",
        changed(lambda d: d["incidents"][0].update(learned_on="2026-03-01")),
        "import: incidents[0].learned_on",
    ),
    (
        "blank text",
        changed(lambda d: d["incidents"][0].update(description=" \n ")),
        "import: incidents[0].description: the text must not be empty",
    ),
    (
        "unknown channel",
        changed(lambda d: d["incidents"][0].update(channel="fax")),
        "import: incidents[0].channel is not one of",
    ),
    (
        "tags type",
        changed(lambda d: d["incidents"][0].update(tags=[1])),
        "import: incidents[0].tags is not a list of texts",
    ),
    (
        "NUL",
        changed(lambda d: d["incidents"][0].update(description="a\x00b")),
        "import: incidents[0].description contains a NUL character",
    ),
    (
        "lone surrogate",
        changed(lambda d: d["incidents"][0].update(notes="\ud800")),
        "import: incidents[0].notes contains an unpaired surrogate",
    ),
    (
        "refused by the database",
        changed(lambda d: d["contracts"][0].update(type="lease")),
        "import: contracts[0]: the database refuses it (CHECK constraint failed",
    ),
]


@pytest.mark.parametrize(
    ("content", "message"),
    [pytest.param(content, message, id=name) for name, content, message in BAD_DOCUMENTS],
)
def test_bad_files_are_refused_whole_with_the_place_named(
    tmp_path: Path, content: Any, message: str
) -> None:
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        # ensure_ascii keeps a lone surrogate writable (as the escape "\ud800").
        path.write_text(json.dumps(content), encoding="utf-8")
    vault = new_vault(tmp_path, "v")
    with pytest.raises(InvalidInput) as caught:
        import_file(vault, path)
    text = str(caught.value)
    assert text.startswith(message), text
    assert "\n" not in text
    export_all(vault, tmp_path / "after.json")  # nothing was written: all or nothing
    vault.close()
    after = read_json(tmp_path / "after.json")
    assert all(after[kind] == [] for kind in KINDS)


def test_the_minimal_export_itself_is_valid(tmp_path: Path) -> None:
    """Guards the bad-input cases: each fails for its own reason, not the base document."""
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(minimal_export()), encoding="utf-8")
    vault = new_vault(tmp_path, "v")
    report = import_file(vault, path)
    vault.close()
    assert (report.imported["clients"], report.imported["incidents"]) == (2, 1)
    assert report.imported["contracts"] == 1


def test_a_missing_file_is_a_file_not_found(tmp_path: Path) -> None:
    vault = new_vault(tmp_path, "v")
    with pytest.raises(FileNotFoundError):
        import_file(vault, tmp_path / "nowhere.json")
    vault.close()
