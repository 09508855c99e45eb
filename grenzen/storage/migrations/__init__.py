"""Alembic migrations, embedded in the package: no alembic.ini is needed at run time."""
