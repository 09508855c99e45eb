"""Models, migrations and the FTS SQL stay in step."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, String, inspect, text

from grenzen.storage import fts, schema
from grenzen.storage.models import Base
from grenzen.storage.vault import Vault

PASSPHRASE = "Schema ist Vertrauenssache"


def _migration(revision: str) -> ModuleType:
    [path] = (schema.MIGRATIONS_DIR / "versions").glob(f"{revision}_*.py")
    spec = importlib.util.spec_from_file_location(f"_grenzen_migration_{revision}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _normalised(statements) -> list[str]:
    return [" ".join(s.split()) for s in statements]


@pytest.fixture
def vault(vault_dir: Path):
    created, _ = Vault.create(vault_dir, PASSPHRASE)
    with created:
        yield created


def test_head_revision_matches_the_scripts() -> None:
    assert schema.head_of_scripts() == schema.HEAD_REVISION
    assert schema.HEAD_REVISION in schema.KNOWN_REVISIONS
    assert schema.KNOWN_REVISIONS[-1] == schema.HEAD_REVISION


def test_frozen_fts_statements_match_the_generated_ones() -> None:
    """Migration 0001 froze the FTS SQL; the generator must still produce the same text.

    When the folding rules change, this fails: write a new migration that drops and
    recreates the index (and update ``fts`` and this test), never edit 0001.
    """
    initial = _migration("0001")
    assert _normalised(initial.FTS_CREATE) == _normalised(fts.CREATE_STATEMENTS)
    assert _normalised(initial.FTS_DROP) == _normalised(fts.DROP_STATEMENTS)


def test_new_vault_is_at_head(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        assert schema.current_revision(conn) == schema.HEAD_REVISION
    assert schema.needs_upgrade(vault.engine) is False


def _fts_shadow(name: str | None, type_: str, *_args) -> bool:
    """FTS5 keeps its index in shadow tables the models do not (and should not) declare."""
    return not (type_ == "table" and name is not None and name.startswith(fts.FTS_TABLE))


def test_tables_match_the_models(vault: Vault) -> None:
    """Autogenerate against a fresh vault finds nothing to do: models and migrations agree.

    ``compare_type`` is on (as in ``env.py``). ``UTCDateTime`` is a TypeDecorator over
    ``DateTime``; Alembic compares its ``impl``, so it matches the migration's ``DateTime``
    without any special handling. The FTS5 table and its shadow tables are created by raw
    SQL in the migration and are excluded by name.
    """
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": _fts_shadow}
        )
        assert compare_metadata(context, Base.metadata) == []

        # Without the filter, the only differences are the FTS tables (so the filter hides
        # nothing else).
        unfiltered = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert unfiltered
    assert {d[0] for d in unfiltered} == {"remove_table"}
    assert all(d[1].name.startswith(fts.FTS_TABLE) for d in unfiltered)


def test_the_comparison_sees_drift(vault: Vault) -> None:
    """A column in the models that no migration created is reported (the test has teeth)."""
    drifted = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(drifted)
    drifted.tables["incidents"].append_column(Column("mood", String(20)))
    drifted.tables["clients"].c.notes.type = Integer()
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": _fts_shadow}
        )
        diffs = compare_metadata(context, drifted)
    flat = [d[0] if isinstance(d, tuple) else d[0][0] for d in diffs]
    assert "add_column" in flat
    assert "modify_type" in flat


def test_fts_objects_exist(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        rows = conn.execute(text("SELECT type, name FROM sqlite_master")).all()
        names = {name for _type, name in rows}
        assert {fts.FTS_TABLE, fts.FTS_SOURCE_VIEW} <= names
        assert {"incidents_fts_insert", "incidents_fts_delete", "incidents_fts_update"} <= names
        assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())


def test_check_constraints_are_enforced(vault: Vault) -> None:
    """Compare_metadata does not look at CHECK constraints; make sure they are there."""
    from sqlalchemy.exc import IntegrityError

    with vault.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO clients (name, archived, created_at, updated_at) "
                "VALUES (:n, 0, :t, :t)"
            ),
            {"n": "Kunde", "t": "2026-01-01 00:00:00"},
        )
    bad_rows = [
        {"severity": 9, "level": "both", "occurred": "2026-01-02", "learned": "2026-01-02"},
        {"severity": 3, "level": "angry", "occurred": "2026-01-02", "learned": "2026-01-02"},
        {"severity": 3, "level": "both", "occurred": "2026-01-02", "learned": "2026-01-01"},
    ]
    for row in bad_rows:
        with pytest.raises(IntegrityError), vault.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO incidents (client_id, occurred_on, learned_on, description, "
                    "level, severity, factual_action_needed, tags, created_at, updated_at) "
                    "VALUES (1, :occurred, :learned, 'x', :level, :severity, 0, '[]', "
                    "'2026-01-01', '2026-01-01')"
                ),
                row,
            )
    with pytest.raises(IntegrityError), vault.engine.begin() as conn:  # foreign keys are on
        conn.execute(
            text(
                "INSERT INTO incidents (client_id, occurred_on, learned_on, description, "
                "level, severity, factual_action_needed, tags, created_at, updated_at) "
                "VALUES (42, '2026-01-01', '2026-01-01', 'x', 'both', 3, 0, '[]', "
                "'2026-01-01', '2026-01-01')"
            )
        )


def test_a_vault_from_0001_is_upgraded_with_a_backup_first(vault_dir: Path) -> None:
    """0001 → 0002 on open: data kept, new tables there, a backup written before."""
    from alembic import command
    from alembic.config import Config

    from grenzen.storage import models as m

    created, _ = Vault.create(vault_dir, PASSPHRASE)
    with created:
        with created.session() as session:
            session.add(m.Client(name="Müller GmbH", notes="seit 2019"))
        config = Config()
        config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
        with created.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        with created.engine.connect() as conn:
            assert schema.current_revision(conn) == "0001"
            assert not inspect(conn).has_table("letter_drafts")

    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        with reopened.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.HEAD_REVISION
            assert inspect(conn).has_table("zero_based_answers")
            row = conn.execute(text("SELECT name, notes, address FROM clients")).one()
        assert tuple(row) == ("Müller GmbH", "seit 2019", None)
        assert reopened.verify() == []  # FTS index and triggers came through
    assert list((vault_dir / "backups").glob("before-migration-*"))
