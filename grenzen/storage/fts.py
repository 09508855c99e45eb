"""SQL for the FTS5 index over incident texts, generated from the domain's folding rules.

The index is an external-content FTS5 table over a view: the text is never stored twice,
and ``integrity-check`` can compare index and source. Triggers keep it in step with every
write path (app, CLI, import), so no caller can forget to index.
"""

from __future__ import annotations

from grenzen.domain.search import SHARP_S_ONLY, UMLAUT_SPELLED_OUT

FTS_TABLE = "incident_fts"
FTS_SOURCE_VIEW = "incident_fts_source"
SPELLED_COLUMN = "spelled"
PLAIN_COLUMN = "plain"


def _source(row: str) -> str:
    """All searchable text of one incident row (``new``/``old`` in triggers, a table alias)."""
    return (
        f"coalesce({row}.quote, '') || ' ' || {row}.description || ' ' || "
        f"coalesce({row}.notes, '') || ' ' || coalesce({row}.tags, '')"
    )


def _fold(expression: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        expression = f"replace({expression}, '{old}', '{new}')"
    return expression


def _values(row: str) -> str:
    source = _source(row)
    return f"{_fold(source, UMLAUT_SPELLED_OUT)}, {_fold(source, SHARP_S_ONLY)}"


CREATE_STATEMENTS: tuple[str, ...] = (
    f"""CREATE VIEW {FTS_SOURCE_VIEW} AS SELECT i.id AS id,
        {_fold(_source("i"), UMLAUT_SPELLED_OUT)} AS {SPELLED_COLUMN},
        {_fold(_source("i"), SHARP_S_ONLY)} AS {PLAIN_COLUMN}
        FROM incidents AS i""",
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        {SPELLED_COLUMN}, {PLAIN_COLUMN},
        content='{FTS_SOURCE_VIEW}', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {SPELLED_COLUMN}, {PLAIN_COLUMN})
        VALUES (new.id, {_values("new")});
    END""",
    f"""CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {SPELLED_COLUMN}, {PLAIN_COLUMN})
        VALUES ('delete', old.id, {_values("old")});
    END""",
    f"""CREATE TRIGGER incidents_fts_update AFTER UPDATE OF quote, description, notes, tags
        ON incidents BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {SPELLED_COLUMN}, {PLAIN_COLUMN})
        VALUES ('delete', old.id, {_values("old")});
        INSERT INTO {FTS_TABLE}(rowid, {SPELLED_COLUMN}, {PLAIN_COLUMN})
        VALUES (new.id, {_values("new")});
    END""",
)

DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS incidents_fts_update",
    "DROP TRIGGER IF EXISTS incidents_fts_delete",
    "DROP TRIGGER IF EXISTS incidents_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
    f"DROP VIEW IF EXISTS {FTS_SOURCE_VIEW}",
)

INTEGRITY_CHECK = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
REBUILD = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"
