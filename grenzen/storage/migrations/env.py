"""Alembic environment: always runs on a connection handed in by ``grenzen.storage.schema``."""

from alembic import context

from grenzen.storage import fts
from grenzen.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Grenzen migrations run from the app on an unlocked vault only.")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate must not touch the FTS5 index: it lives outside the ORM models."""
    return not (type_ == "table" and name is not None and name.startswith(fts.FTS_TABLE))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
