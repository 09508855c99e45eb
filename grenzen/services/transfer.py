"""Export everything as one JSON document; import our own exports and jrnl's JSON.

Export writes plaintext on purpose (the user asked for a portable copy); the file is
created 0600 and atomically, so a crash never leaves half an export behind.

Import never merges silently. The whole file is parsed and checked before anything is
written, then written in one transaction (all or nothing):

* Ids in the file are only references. Every imported row gets a new id, and every
  reference (person → client, incident → client/person/case, deliverable → contract …)
  is rewritten to the new ids.
* A client whose name already exists in the vault is reused, not duplicated (client
  names are unique); the file's notes/archived flag for it are dropped, the vault's
  are kept, and the report says "client X already exists, entries added to it". People
  are matched the same way by (client, name).
* A record that already exists is skipped and reported: incidents by (client, occurred
  on, text, quote), contracts by (client, start, type), deliverables by (contract, what,
  due), cases by (client, title, opened at), energy check-ins by (date, level, note),
  compliments by (date, text), value entries by (client, invoice date, amount), settings
  by key (the vault's value wins). Only rows that existed *before* the import count, so
  two identical rows inside one file are both imported — the file is taken as it is.
  A skipped contract or case still receives what the file attached to it (its
  deliverables, the incidents of the case).

Every incident, from either format, must pass the journal's own rules
(:func:`grenzen.domain.incidents.validate`). jrnl entries become incidents: text is the
title, a blank line and the body; the day is both "occurred" and "learned"; jrnl's date
and time become "recorded at"; tags lose their ``@``; the client is ``default_client``,
else the entry's first tag, else "Unbekannt".

Error messages name the place (``import: entries[3].date is not a date``) and never
quote the user's text; the skipped lines do, because they go back to the user only.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grenzen.domain.incidents import (
    SEVERITY_DEFAULT,
    Channel,
    IncidentDraft,
    InvalidIncident,
    Level,
    validate,
)
from grenzen.storage import transfer_repo as repo
from grenzen.storage.errors import InvalidInput
from grenzen.storage.header import write_private_file
from grenzen.storage.transfer_repo import FIELDS, KINDS, FieldSpec
from grenzen.storage.vault import Vault

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FORMAT_NAME = "grenzen-export"
FORMAT_VERSION = 1
GRENZEN, JRNL = "grenzen", "jrnl"
UNKNOWN_CLIENT = "Unbekannt"
STARRED_TAG = "starred"
JRNL_TAG_SYMBOLS = "@#"  # jrnl's default tag symbols; the tag name is what follows
_HEADER_KEYS = frozenset({"format", "version", "exported_at"})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{2}:\d{2}(:\d{2})?")
_INT64 = (-(2**63), 2**63 - 1)
_SINGULAR = {
    "clients": "client",
    "people": "person",
    "contracts": "contract",
    "deliverables": "deliverable",
    "cases": "case",
    "incidents": "incident",
    "energy": "energy check-in",
    "compliments": "compliment",
    "value_entries": "value entry",
    "settings": "setting",
}
# The domain calls an incident's main text "text"; the stored column is "description".
_DOMAIN_FIELD_TO_COLUMN = {"text": "description"}

Records = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """How many rows of each kind were written, so the user sees what the file holds."""

    counts: dict[str, int]


@dataclass(slots=True)
class ImportReport:
    """What an import did: new rows per kind, and one line per row it did not add."""

    format: str
    imported: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    skipped: list[str] = field(default_factory=list)


# --- export ---------------------------------------------------------------------------


def export_all(vault: Vault, path: Path) -> ExportSummary:
    """Write every row of every table to ``path`` (plaintext JSON, mode 0600, atomic)."""
    with vault.session() as session:
        rows = repo.read_all(session)
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    for kind in KINDS:
        specs = FIELDS[kind]
        document[kind] = [
            {spec.name: _to_json(spec, row[spec.name]) for spec in specs} for row in rows[kind]
        ]
    data = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)
    write_private_file(path, data.encode("utf-8"))
    return ExportSummary({kind: len(rows[kind]) for kind in KINDS})


def _to_json(spec: FieldSpec, value: Any) -> Any:
    """Dates as ``YYYY-MM-DD``, timestamps ISO 8601 in UTC with offset, the rest as is."""
    if value is None:
        return None
    if spec.kind == "datetime":
        return value.astimezone(dt.UTC).isoformat()
    if spec.kind == "date":
        return value.isoformat()
    return value


# --- import: reading and checking -----------------------------------------------------


def import_file(vault: Vault, path: Path, default_client: str | None = None) -> ImportReport:
    """Import a Grenzen export or a jrnl JSON export; see the module docstring for rules.

    ``default_client`` names the client of jrnl entries (else each entry's first tag, else
    "Unbekannt"); it is ignored for Grenzen exports, which name their clients.
    """
    document = _load(path)
    if not isinstance(document, dict):
        raise InvalidInput("import: the file is not a Grenzen or jrnl export (not a JSON object)")
    if "format" in document:
        report, records = ImportReport(GRENZEN), _parse_grenzen(document)
    elif "entries" in document:
        report, records = ImportReport(JRNL), _parse_jrnl(document, default_client)
    else:
        raise InvalidInput(
            'import: the file is not a Grenzen or jrnl export (no "format" or "entries" key)'
        )
    with vault.session() as session:
        _Merge(session, repo.read_all(session), report).run(records)
    return report


def _load(path: Path) -> Any:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("import: the file is not UTF-8 text") from None
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"import: the file is not valid JSON ({exc.msg} at line {exc.lineno}, "
            f"column {exc.colno})"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise InvalidInput(f"import: the file is not valid JSON ({exc})") from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _parse_grenzen(document: dict[str, Any]) -> Records:
    if document.get("format") != FORMAT_NAME:
        raise InvalidInput(f'import: format is not "{FORMAT_NAME}" (not a Grenzen export)')
    version = document.get("version")
    if type(version) is not int:
        raise InvalidInput("import: version is missing or not a whole number")
    if version != FORMAT_VERSION:
        raise InvalidInput(
            f"import: version {version} is not one this Grenzen reads ({FORMAT_VERSION})"
        )
    for key in document:
        if key not in _HEADER_KEYS and key not in FIELDS:
            raise InvalidInput(f"import: {_short(key, 40)} is not a known section")
    records: Records = {}
    known_ids: dict[str, set[Any]] = {}
    for kind in KINDS:
        section = document.get(kind, [])
        if not isinstance(section, list):
            raise InvalidInput(f"import: {kind} is not a list")
        records[kind] = [_parse_record(kind, i, item, known_ids) for i, item in enumerate(section)]
        known_ids[kind] = _check_unique(kind, records[kind])
    client_names = {c["id"]: c["name"] for c in records["clients"]}
    for i, incident in enumerate(records["incidents"]):
        _check_incident(f"incidents[{i}]", incident, client_names[incident["client_id"]])
    return records


def _parse_record(
    kind: str, index: int, item: Any, known_ids: dict[str, set[Any]]
) -> dict[str, Any]:
    where = f"{kind}[{index}]"
    if not isinstance(item, dict):
        raise InvalidInput(f"import: {where} is not an object")
    known = {spec.name for spec in FIELDS[kind]}
    for key in item:
        if key not in known:
            raise InvalidInput(f"import: {where}.{_short(key, 40)} is not a known field")
    record: dict[str, Any] = {}
    for spec in FIELDS[kind]:
        at = f"{where}.{spec.name}"
        if spec.name not in item:
            if spec.primary_key or not (spec.nullable or spec.has_default):
                raise InvalidInput(f"import: {at} is missing")
            continue
        value = _parse_value(spec, item[spec.name], at)
        if spec.references and value is not None and value not in known_ids[spec.references]:
            raise InvalidInput(
                f"import: {at} refers to no {_SINGULAR[spec.references]} in the file"
            )
        record[spec.name] = value
    return record


def _parse_value(spec: FieldSpec, value: Any, at: str) -> Any:
    """Check one JSON value against its column and return the Python value to store."""
    if value is None and spec.kind != "json":  # JSON columns store null as a JSON value
        if not spec.nullable:
            raise InvalidInput(f"import: {at} must not be null")
        return None
    parser = _PARSERS[spec.kind]
    return parser(value, at)


def _parse_int(value: Any, at: str) -> int:
    if type(value) is not int or not _INT64[0] <= value <= _INT64[1]:
        raise InvalidInput(f"import: {at} is not a whole number")
    return value


def _parse_float(value: Any, at: str) -> float:
    if type(value) not in (int, float):
        raise InvalidInput(f"import: {at} is not a number")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise InvalidInput(f"import: {at} is not a finite number")
    return number


def _parse_bool(value: Any, at: str) -> bool:
    if type(value) is not bool:
        raise InvalidInput(f"import: {at} is not true or false")
    return value


def _parse_str(value: Any, at: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"import: {at} is not a text")
    _check_text(value, at)
    return value


def _check_text(value: str, at: str) -> None:
    """Refuse what SQLite cannot store faithfully: NUL and unpaired surrogates."""
    if "\x00" in value:
        raise InvalidInput(f"import: {at} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"import: {at} contains an unpaired surrogate (invalid text)") from None


def _parse_date(value: Any, at: str) -> dt.date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidInput(f"import: {at} is not a date (YYYY-MM-DD)")


def _parse_datetime(value: Any, at: str) -> dt.datetime:
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed.astimezone(dt.UTC)
    raise InvalidInput(f"import: {at} is not a timestamp with offset (ISO 8601)")


def _parse_json(value: Any, at: str) -> Any:
    _check_json_texts(value, at)
    return value


def _check_json_texts(value: Any, at: str) -> None:
    if isinstance(value, str):
        _check_text(value, at)
    elif isinstance(value, list):
        for item in value:
            _check_json_texts(item, at)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, at)
            _check_json_texts(item, at)
    elif isinstance(value, float) and not math.isfinite(value):
        raise InvalidInput(f"import: {at} holds a number JSON does not allow")


_PARSERS: dict[str, Callable[[Any, str], Any]] = {
    "int": _parse_int,
    "float": _parse_float,
    "bool": _parse_bool,
    "str": _parse_str,
    "date": _parse_date,
    "datetime": _parse_datetime,
    "json": _parse_json,
}


_UNIQUE_NAMES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "clients": lambda r: r["name"],
    "people": lambda r: (r["client_id"], r["name"]),
}


def _check_unique(kind: str, records: list[dict[str, Any]]) -> set[Any]:
    """Ids unique per section, names where the vault requires it; returns the ids."""
    pk = repo.primary_key(kind)
    seen_ids: set[Any] = set()
    seen_names: set[Any] = set()
    for i, record in enumerate(records):
        if record[pk] in seen_ids:
            raise InvalidInput(f"import: {kind}[{i}].{pk} repeats an earlier {pk}")
        seen_ids.add(record[pk])
        if kind in _UNIQUE_NAMES:
            if not record["name"].strip():
                raise InvalidInput(f"import: {kind}[{i}].name is empty")
            name = _UNIQUE_NAMES[kind](record)
            if name in seen_names:
                raise InvalidInput(f"import: {kind}[{i}] repeats an earlier name")
            seen_names.add(name)
        if kind == "cases" and "answers" in record and not isinstance(record["answers"], dict):
            raise InvalidInput(f"import: cases[{i}].answers is not an object")
    return seen_ids


def _check_incident(where: str, record: dict[str, Any], client: str) -> None:
    """Hold every imported incident to the rules the journal applies when logging one."""
    tags = record.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidInput(f"import: {where}.tags is not a list of texts")
    try:
        channel = Channel(record["channel"]) if record.get("channel") is not None else None
    except ValueError:
        choices = ", ".join(c.value for c in Channel)
        raise InvalidInput(f"import: {where}.channel is not one of {choices}") from None
    try:
        level = Level(record.get("level", Level.RELATIONSHIP))
    except ValueError:
        choices = ", ".join(lv.value for lv in Level)
        raise InvalidInput(f"import: {where}.level is not one of {choices}") from None
    draft = IncidentDraft(
        client=client,
        text=record["description"],
        occurred_on=record["occurred_on"],
        learned_on=record["learned_on"],
        channel=channel,
        quote=record.get("quote"),
        level=level,
        severity=record.get("severity", SEVERITY_DEFAULT),
        feeling_before=record.get("feeling_before"),
        intensity_before=record.get("intensity_before"),
        feeling_after=record.get("feeling_after"),
        intensity_after=record.get("intensity_after"),
        notes=record.get("notes"),
        tags=tuple(tags),
    )
    _validate_draft(where, draft)


def _validate_draft(where: str, draft: IncidentDraft) -> IncidentDraft:
    try:
        return validate(draft, dt.date.today())
    except InvalidIncident as exc:
        name = _DOMAIN_FIELD_TO_COLUMN.get(exc.field_name, exc.field_name)
        message = str(exc).removeprefix(f"{exc.field_name}: ")
        raise InvalidInput(f"import: {where}.{name}: {message}") from None


# --- import: jrnl ---------------------------------------------------------------------


def _parse_jrnl(document: dict[str, Any], default_client: str | None) -> Records:
    """jrnl entries become incidents; their clients are made up as records with ids."""
    entries = document["entries"]
    if not isinstance(entries, list):
        raise InvalidInput("import: entries is not a list")
    fixed_client = default_client.strip() if default_client and default_client.strip() else None
    clients: dict[str, int] = {}
    incidents: list[dict[str, Any]] = []
    for i, entry in enumerate(entries):
        where = f"entries[{i}]"
        draft, recorded = _jrnl_entry(where, entry, fixed_client)
        client_id = clients.setdefault(draft.client, len(clients) + 1)
        incident: dict[str, Any] = {
            "id": i + 1,
            "client_id": client_id,
            "occurred_on": draft.occurred_on,
            "learned_on": draft.learned_on,
            "description": draft.text,
            "tags": list(draft.tags),
        }
        if recorded is not None:
            incident["created_at"] = incident["updated_at"] = recorded
        incidents.append(incident)
    records: Records = {kind: [] for kind in KINDS}
    records["clients"] = [{"id": cid, "name": name} for name, cid in clients.items()]
    records["incidents"] = incidents
    return records


def _jrnl_entry(
    where: str, entry: Any, fixed_client: str | None
) -> tuple[IncidentDraft, dt.datetime | None]:
    """One jrnl entry as a validated draft, plus when it was written (jrnl's date + time).

    Text is title, blank line, body. Tags lose their symbol (``@kunde`` → ``kunde``); a
    starred entry gets the tag "starred", so nothing jrnl knew is lost.
    """
    if not isinstance(entry, dict):
        raise InvalidInput(f"import: {where} is not an object")
    title, body = (_jrnl_text(where, entry, name) for name in ("title", "body"))
    day = entry.get("date")
    if not (isinstance(day, str) and _DATE.fullmatch(day)):
        raise InvalidInput(f"import: {where}.date is not a date")
    try:
        occurred = dt.date.fromisoformat(day)
    except ValueError:
        raise InvalidInput(f"import: {where}.date is not a date") from None
    recorded = _jrnl_time(where, entry.get("time"), occurred)
    raw_tags = entry.get("tags") or []
    if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
        raise InvalidInput(f"import: {where}.tags is not a list of texts")
    for tag in raw_tags:
        _check_text(tag, f"{where}.tags")
    starred = entry.get("starred", False)
    if type(starred) is not bool:
        raise InvalidInput(f"import: {where}.starred is not true or false")
    tags = [name for name in (_jrnl_tag(t) for t in raw_tags) if name]
    if starred:
        tags.append(STARRED_TAG)
    text = f"{title.strip()}\n\n{body.strip()}".strip()
    if not text:
        raise InvalidInput(f"import: {where} has neither title nor body")
    first_tag = next((t for t in tags if t != STARRED_TAG), None)
    draft = IncidentDraft(
        client=fixed_client or first_tag or UNKNOWN_CLIENT,
        text=text,
        occurred_on=occurred,
        learned_on=occurred,
        tags=tuple(tags),
    )
    return _validate_draft(where, draft), recorded


def _jrnl_text(where: str, entry: dict[str, Any], name: str) -> str:
    """A text field of an entry; missing or null counts as empty (jrnl writes "" for none)."""
    value = entry.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"import: {where}.{name} is not a text")
    _check_text(value, f"{where}.{name}")
    return value


def _jrnl_tag(tag: str) -> str:
    """``@Müller`` → ``Müller``: the name without jrnl's tag symbol."""
    tag = tag.strip()
    if tag and tag[0] in JRNL_TAG_SYMBOLS:
        tag = tag[1:].strip()
    return tag


def _jrnl_time(where: str, value: Any, day: dt.date) -> dt.datetime | None:
    """jrnl's local wall-clock time as an aware UTC timestamp (None when absent)."""
    if value is None:
        return None
    if isinstance(value, str) and _TIME.fullmatch(value):
        try:
            clock = dt.time.fromisoformat(value)
        except ValueError:
            clock = None
        if clock is not None:
            return dt.datetime.combine(day, clock).astimezone(dt.UTC)
    raise InvalidInput(f"import: {where}.time is not a time (HH:MM)")


# --- import: writing ------------------------------------------------------------------

_DUPLICATE_KEYS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "clients": lambda r: r["name"],
    "people": lambda r: (r["client_id"], r["name"]),
    "contracts": lambda r: (r["client_id"], r["start"], r["type"]),
    "deliverables": lambda r: (r["contract_id"], r["what"], r.get("due_on")),
    "cases": lambda r: (r["client_id"], r["title"], r.get("opened_at")),
    "incidents": lambda r: (r["client_id"], r["occurred_on"], r["description"], r.get("quote")),
    "energy": lambda r: (r["checked_on"], r["level"], r.get("note")),
    "compliments": lambda r: (r["received_on"], r["text"]),
    "value_entries": lambda r: (r["client_id"], r["invoice_date"], r["amount_cents"]),
    "letter_drafts": lambda r: (r["client_id"], r["kind"], r["lang"]),
    "dream_criteria": lambda r: r["text"],
    "dream_matches": lambda r: (r["client_id"], r["criterion_id"]),
    "zero_based_answers": lambda r: (r["client_id"], r["asked_on"], r["answer"], r.get("note")),
    "settings": lambda r: r["key"],
}


class _Merge:
    """Writes checked records into the open session, remapping ids and skipping duplicates.

    Duplicate keys are computed on rows whose references are already rewritten to the
    vault's ids, so "same client" means "the same client name" on both sides.
    """

    def __init__(self, session: Session, existing: Records, report: ImportReport) -> None:
        self.session = session
        self.report = report
        self.client_names = {c["id"]: c["name"] for c in existing["clients"]}
        self.contracts = {c["id"]: c for c in existing["contracts"]}
        self.people = {p["id"]: p for p in existing["people"]}
        self.existing = {
            kind: {
                _DUPLICATE_KEYS[kind](row): row[repo.primary_key(kind)] for row in existing[kind]
            }
            for kind in KINDS
        }
        self.ids: dict[str, dict[Any, Any]] = {kind: {} for kind in KINDS}

    def run(self, records: Records) -> None:
        for kind in KINDS:
            pk = repo.primary_key(kind)
            for index, record in enumerate(records[kind]):
                values = self._remap(kind, record)
                if kind != "settings":
                    del values[pk]
                key = _DUPLICATE_KEYS[kind](values)
                target = self.existing[kind].get(key)
                if target is None:
                    try:
                        target = repo.insert(self.session, kind, values)
                    except InvalidInput as exc:
                        raise InvalidInput(f"import: {kind}[{index}]: {exc}") from None
                    self.report.imported[kind] += 1
                else:
                    self.report.skipped.append(self._describe(kind, values))
                self.ids[kind][record[pk]] = target
                self._remember(kind, target, values)

    def _remap(self, kind: str, record: dict[str, Any]) -> dict[str, Any]:
        values = dict(record)
        for spec in FIELDS[kind]:
            if spec.references and values.get(spec.name) is not None:
                values[spec.name] = self.ids[spec.references][values[spec.name]]
        return values

    def _remember(self, kind: str, target: Any, values: dict[str, Any]) -> None:
        if kind == "clients":
            self.client_names.setdefault(target, values["name"])
        elif kind == "contracts":
            self.contracts.setdefault(target, values)
        elif kind == "people":
            self.people.setdefault(target, values)

    def _describe(self, kind: str, r: Mapping[str, Any]) -> str:
        """One line naming the skipped record, in words the user recognises."""
        client = self.client_names.get(r.get("client_id"), "")
        if kind == "clients":
            return f"client {r['name']} already exists, entries added to it"
        if kind == "people":
            return f"person {r['name']} ({client}) already exists, entries added to them"
        if kind == "contracts":
            return f"contract {client} {r['type']} from {r['start'].isoformat()}"
        if kind == "deliverables":
            contract = self.contracts.get(r["contract_id"], {})
            owner = self.client_names.get(contract.get("client_id"), "")
            due = f" due {r['due_on'].isoformat()}" if r.get("due_on") else ""
            return f'deliverable {owner}: "{_short(r["what"])}"{due}'
        if kind == "cases":
            opened = r["opened_at"].date().isoformat() if r.get("opened_at") else ""
            return f'case {opened} {client}: "{_short(r["title"])}"'
        if kind == "incidents":
            return f'incident {r["occurred_on"].isoformat()} {client}: "{_short(r["description"])}"'
        if kind == "energy":
            return f"energy check-in {r['checked_on'].isoformat()} level {r['level']}"
        if kind == "compliments":
            return f'compliment {r["received_on"].isoformat()}: "{_short(r["text"])}"'
        if kind == "value_entries":
            amount = f"{r['amount_cents'] // 100}.{r['amount_cents'] % 100:02d}"
            return f"value entry {r['invoice_date'].isoformat()} {client}: {amount}"
        if kind == "letter_drafts":
            return f"letter draft {client} {r['kind']} ({r['lang']}) already exists, kept"
        if kind == "dream_criteria":
            return f'dream-client criterion "{_short(r["text"])}" already exists'
        if kind == "dream_matches":
            return f"dream-client tick for {client} already set, kept"
        if kind == "zero_based_answers":
            return f"zero-based answer {r['asked_on'].isoformat()} {client}: {r['answer']}"
        return f"setting {r['key']} already exists, kept the vault's value"


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
