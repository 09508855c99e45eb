"""Bringing a vault's schema to the version this app expects, with Alembic.

Alembic (about half a second to import) is only loaded when a migration is really due:
the common case, a vault already at head, costs one query.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from grenzen.storage.errors import SchemaTooNew

# The newest revision in grenzen/storage/migrations/versions (a test keeps them in step).
HEAD_REVISION = "0002"
KNOWN_REVISIONS = ("0001", "0002")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    """False when at head; raises SchemaTooNew for a vault from a newer app."""
    with engine.connect() as conn:
        revision = current_revision(conn)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise SchemaTooNew(
            f"This vault was written by a newer Grenzen (schema {revision}). "
            "Update Grenzen to open it; nothing was changed."
        )
    return True


def upgrade(engine: Engine, before: Callable[[], None] | None = None) -> None:
    """Run pending migrations in one transaction; ``before`` runs first (e.g. a backup)."""
    if not needs_upgrade(engine):
        return
    from alembic import command
    from alembic.config import Config

    if before is not None:
        before()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def head_of_scripts() -> str:
    """The head according to Alembic itself (used by a test to check HEAD_REVISION)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head
