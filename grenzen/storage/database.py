"""Opening the SQLCipher database with a raw data key, and telling damage from foreignness.

SQLCipher reports a wrong key, a random file and a plain SQLite file all as "file is not
a database", on the first query. We look before we leap so the user hears which it is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.pool import QueuePool

from grenzen.storage.errors import DamagedDatabase

PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
APPLICATION_ID = int.from_bytes(b"GRZN", "big")  # marks the file as ours


def _json_serializer(value: Any) -> str:
    """Keep umlauts readable in JSON columns, so the FTS triggers index tags as typed."""
    return json.dumps(value, ensure_ascii=False)


def _connect(path: Path, data_key: bytes, *, read_only: bool = False) -> sqlcipher3.Connection:
    target = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    conn = sqlcipher3.connect(target, uri=True, check_same_thread=False)
    cursor = conn.cursor()
    # Order matters: silence SQLCipher's stderr logging, then key before anything else.
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    # Plaintext must never spill to temp files (facts: temp_store=FILE writes clear text).
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    return conn


def check_file(path: Path) -> None:
    """Refuse missing, empty and unencrypted files before SQLCipher sees them.

    An empty or missing file would silently open as a new, empty database.
    """
    if not path.exists():
        raise DamagedDatabase(f"The vault's database file {path} is missing.")
    if path.stat().st_size == 0:
        raise DamagedDatabase(f"The vault's database file {path} is empty.")
    with path.open("rb") as handle:
        if handle.read(len(PLAIN_SQLITE_MAGIC)) == PLAIN_SQLITE_MAGIC:
            raise DamagedDatabase(
                f"{path} is an unencrypted SQLite file, not a Grenzen vault database."
            )


def probe(path: Path, data_key: bytes) -> None:
    """Read the schema once, read-only, so a foreign or damaged file is found without writes."""
    check_file(path)
    # A read-only connection to a WAL database creates -wal and -shm but, being read-only,
    # cannot remove them when it closes. If the probe fails, no read-write connection
    # follows to clean up, so remove what the probe itself created (and left empty).
    created = [p for p in (_sidecar(path, "-wal"), _sidecar(path, "-shm")) if not p.exists()]
    try:
        conn = _connect(path, data_key, read_only=True)
    except sqlcipher3.Error as exc:
        raise DamagedDatabase(f"The vault's database cannot be opened: {exc}") from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        _remove_empty_sidecars(created)
        raise database_error(exc) from exc
    conn.close()


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove_empty_sidecars(created: list[Path]) -> None:
    wal = [p for p in created if p.name.endswith("-wal")]
    if any(p.exists() and p.stat().st_size > 0 for p in wal):
        return  # never drop a WAL that holds frames
    for p in created:
        p.unlink(missing_ok=True)


def database_error(exc: BaseException) -> DamagedDatabase:
    """Translate a driver error into the message the user should read."""
    original = getattr(exc, "orig", exc)
    code = getattr(original, "sqlite_errorcode", None)
    if code == SQLITE_NOTADB or "not a database" in str(original):
        return DamagedDatabase(
            "The database does not match this vault's key: it belongs to another vault "
            "or is damaged beyond reading."
        )
    if code == SQLITE_CORRUPT or "malformed" in str(original):
        return DamagedDatabase(
            "The vault's database is damaged (a page failed its integrity check). "
            "Restore a backup, or run 'grenzen verify' for details."
        )
    return DamagedDatabase(f"The vault's database reported an error: {original}")


def is_damage(exc: BaseException) -> bool:
    """True for errors that mean the file is damaged or foreign, not a bug of ours."""
    original = getattr(exc, "orig", exc)
    code = getattr(original, "sqlite_errorcode", None)
    return code in (SQLITE_NOTADB, SQLITE_CORRUPT) or (
        isinstance(exc, SADatabaseError | sqlcipher3.DatabaseError)
        and ("malformed" in str(original) or "not a database" in str(original))
    )


def create_database_engine(path: Path, data_key: bytes) -> Engine:
    """An engine whose every connection is keyed; pooled so opening costs once."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: _connect(path, data_key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        json_serializer=_json_serializer,
    )

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (the documented pysqlite recipe), so that
        # transactions cover reads too and savepoints work.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def initialise_file(path: Path, data_key: bytes) -> None:
    """First connection of a new vault: WAL is persistent, so set it once here."""
    # Create the file readable by the user alone (SQLite would follow the umask); SQLite
    # gives the -wal and -shm files the same mode as the database.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = _connect(path, data_key)
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()
    finally:
        conn.close()


def integrity_problems(engine: Engine) -> list[str]:
    """SQLCipher's HMAC check, SQLite's structural check and foreign keys; [] when sound.

    Each check runs on a fresh connection: after SQLCipher meets a bad page, every further
    query on that connection fails, which would hide what the later checks have to say.
    """
    problems: list[str] = []
    checks = (
        ("PRAGMA cipher_integrity_check", lambda row: str(row[0])),
        ("PRAGMA integrity_check", lambda row: None if row[0] == "ok" else str(row[0])),
        ("PRAGMA foreign_key_check", lambda row: f"foreign key broken in {row[0]} row {row[1]}"),
    )
    for pragma, describe in checks:
        try:
            with engine.connect() as conn:
                for row in conn.execute(text(pragma)):
                    message = describe(row)
                    if message:
                        problems.append(message)
        except SADatabaseError as exc:
            if not is_damage(exc):
                raise
            problems.append(str(database_error(exc)))
        finally:
            engine.dispose()  # never reuse a connection that has seen a damaged page
    return problems
