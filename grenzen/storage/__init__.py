"""The encrypted vault: SQLCipher database, key wrapping, ORM models, migrations, queries."""
