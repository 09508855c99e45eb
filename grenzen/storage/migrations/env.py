"""Alembic environment: always runs on a connection handed in by ``grenzen.storage.schema``."""

from alembic import context

from grenzen.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Grenzen migrations run from the app on an unlocked vault only.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
