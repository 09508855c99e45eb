"""Whole-vault reads and raw inserts for export and import, as plain dicts.

The transfer service must know every column of every table without importing the ORM,
so this module describes the tables as plain :class:`FieldSpec` tuples (derived from
the models, so a new column is exported the day it is added) and moves rows as dicts of
Python values (``date``, aware ``datetime``, ``bool``, JSON values).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, Float, Integer, String, Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from grenzen.storage import models as m
from grenzen.storage.errors import InvalidInput

# Export section name -> table, in an order where every reference points backwards.
_TABLES: dict[str, Table] = {
    "clients": m.Client.__table__,
    "people": m.Person.__table__,
    "contracts": m.Contract.__table__,
    "deliverables": m.Deliverable.__table__,
    "cases": m.Case.__table__,
    "incidents": m.Incident.__table__,
    "energy": m.EnergyCheckin.__table__,
    "compliments": m.Compliment.__table__,
    "value_entries": m.ValueEntry.__table__,
    "letter_drafts": m.LetterDraft.__table__,
    "dream_criteria": m.DreamCriterion.__table__,
    "dream_matches": m.DreamMatch.__table__,
    "zero_based_answers": m.ZeroBasedAnswer.__table__,
    "settings": m.Setting.__table__,
}
KINDS: tuple[str, ...] = tuple(_TABLES)
_KIND_OF_TABLE = {table.name: kind for kind, table in _TABLES.items()}


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One column as the service sees it.

    ``kind`` is one of ``int``, ``float``, ``str``, ``bool``, ``date``, ``datetime``,
    ``json``; ``references`` names the section a foreign key points to.
    """

    name: str
    kind: str
    nullable: bool
    has_default: bool
    primary_key: bool
    references: str | None


def _kind_of(column: Column[Any]) -> str:
    col_type = column.type
    if isinstance(col_type, m.UTCDateTime):
        return "datetime"
    checks: tuple[tuple[type, str], ...] = (
        (Boolean, "bool"),
        (Integer, "int"),
        (Float, "float"),
        (Date, "date"),
        (JSON, "json"),
        (String, "str"),  # Text is a String
    )
    for sa_type, kind in checks:
        if isinstance(col_type, sa_type):
            return kind
    raise TypeError(f"no transfer kind for column {column.table.name}.{column.name}")


def _spec(column: Column[Any]) -> FieldSpec:
    references = None
    for fk in column.foreign_keys:
        references = _KIND_OF_TABLE[fk.column.table.name]
    return FieldSpec(
        name=column.name,
        kind=_kind_of(column),
        nullable=bool(column.nullable) and not column.primary_key,
        has_default=column.default is not None,
        primary_key=column.primary_key,
        references=references,
    )


FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    kind: tuple(_spec(column) for column in table.columns) for kind, table in _TABLES.items()
}


def primary_key(kind: str) -> str:
    """The name of the section's key column (``id``, or ``key`` for settings)."""
    return next(spec.name for spec in FIELDS[kind] if spec.primary_key)


def read_all(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, ordered by primary key, one dict per row."""
    result: dict[str, list[dict[str, Any]]] = {}
    for kind, table in _TABLES.items():
        key = table.c[primary_key(kind)]
        rows = session.execute(select(table).order_by(key)).mappings()
        result[kind] = [dict(row) for row in rows]
    return result


def insert(session: Session, kind: str, values: Mapping[str, Any]) -> Any:
    """Insert one row (no id: a new one is assigned) and return its primary key.

    A row the database refuses (a CHECK or UNIQUE rule) becomes InvalidInput; the
    driver's message names only the rule, never the user's text.
    """
    try:
        result = session.execute(_TABLES[kind].insert(), dict(values))
    except IntegrityError as exc:
        raise InvalidInput(f"the database refuses it ({exc.orig})") from None
    pk = result.inserted_primary_key
    assert pk is not None
    return pk[0]
