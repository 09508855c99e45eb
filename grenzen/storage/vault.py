"""The vault: one folder with ``vault.json`` (wrapped keys) and ``grenzen.db`` (SQLCipher 4).

Unlocking never writes: the header is read, the key unwrapped and the database probed
read-only before anything else happens, so a failed unlock leaves every file untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from grenzen.storage import database, fts, keys, keyslots, schema
from grenzen.storage.errors import (
    DamagedDatabase,
    InvalidInput,
    VaultExists,
)
from grenzen.storage.header import (
    DATABASE_NAME,
    HEADER_NAME,
    VaultHeader,
    wrap_context,
    write_header,
)

FAST_KDF_ENV = "GRENZEN_TEST_FAST_KDF"
# Only for the test suite: a tiny Argon2 cost so hundreds of vaults can be made quickly.
_TEST_ARGON2 = keys.Argon2Params(memory_kib=8 * 1024, time_cost=1, parallelism=1)
BACKUP_SUFFIX = ".grenzen-backup"
MIN_PASSPHRASE_CHARS = 8


def _kdf_params() -> keys.Argon2Params:
    if os.environ.get(FAST_KDF_ENV) == "1":
        return _TEST_ARGON2
    return keys.calibrate_argon2()


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(
            f"passphrase: use at least {MIN_PASSPHRASE_CHARS} characters "
            "(a few words are easier to remember than symbols)"
        )


class Vault:
    """An unlocked vault. Create it with :meth:`create` or one of the ``unlock`` methods."""

    def __init__(self, folder: Path, header: VaultHeader, data_key: bytes) -> None:
        self.folder = folder
        self.header = header
        self._data_key = data_key
        self.engine: Engine = database.create_database_engine(self.database_path, data_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # --- paths -------------------------------------------------------------------------
    @property
    def database_path(self) -> Path:
        return self.folder / DATABASE_NAME

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @property
    def data_key(self) -> bytes:
        """For "remember on this device" only; never log or persist it elsewhere."""
        return self._data_key

    @staticmethod
    def exists(folder: Path) -> bool:
        return (folder / HEADER_NAME).exists()

    # --- creating and unlocking --------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str) -> tuple[Vault, str]:
        """Make a new vault; returns it unlocked with the recovery code (shown once)."""
        check_passphrase(passphrase)
        if cls.exists(folder) or (folder / DATABASE_NAME).exists():
            raise VaultExists(f"There is already a vault in {folder}.")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data_key = keys.new_data_key()
        recovery_code = keys.new_recovery_code()
        vault_id = VaultHeader.new_vault_id()
        context = wrap_context(vault_id)
        params = _kdf_params()
        salt, recovery_salt = keys.new_salt(), keys.new_salt()
        normalized = keys.normalize_recovery_code(recovery_code)
        assert normalized is not None
        header = VaultHeader(
            vault_id=vault_id,
            kdf_salt=salt,
            kdf_params=params,
            passphrase_wrapped=keys.wrap(
                keys.derive_passphrase_key(passphrase, salt, params), data_key, context
            ),
            recovery_salt=recovery_salt,
            recovery_wrapped=keys.wrap(
                keys.derive_recovery_key(normalized, recovery_salt), data_key, context
            ),
        )
        database.initialise_file(folder / DATABASE_NAME, data_key)
        vault = cls(folder, header, data_key)
        schema.upgrade(vault.engine)
        write_header(folder, header)  # last: a half-made vault has no header and is retried
        return vault, recovery_code

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        header = cls.read_header(folder)
        return cls.open_unwrapped(
            folder, header, keyslots.unwrap_with_passphrase(header, passphrase)
        )

    @classmethod
    def unlock_with_recovery_code(cls, folder: Path, code: str) -> Vault:
        header = cls.read_header(folder)
        data_key = keyslots.unwrap_with_recovery_code(header, code)
        return cls.open_unwrapped(folder, header, data_key)

    @classmethod
    def open_with_data_key(cls, folder: Path, data_key: bytes) -> Vault:
        """Open with a key remembered on this device (keyring)."""
        return cls.open_unwrapped(folder, cls.read_header(folder), data_key)

    @staticmethod
    def read_header(folder: Path) -> VaultHeader:
        """The header alone: tells a missing or damaged vault before a passphrase is asked."""
        return keyslots.read_vault_header(folder)

    @classmethod
    def open_unwrapped(cls, folder: Path, header: VaultHeader, data_key: bytes) -> Vault:
        """Open with a data key that was unwrapped from this header."""
        database.probe(folder / DATABASE_NAME, data_key)
        vault = cls(folder, header, data_key)
        try:
            if schema.needs_upgrade(vault.engine):
                schema.upgrade(vault.engine, before=vault.backup_before_migration)
        except Exception as exc:
            vault.close()
            if database.is_damage(exc):
                raise database.database_error(exc) from exc
            raise
        return vault

    # --- keys --------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase; the database is not touched."""
        check_passphrase(new_passphrase)
        salt, params = keys.new_salt(), _kdf_params()
        kek = keys.derive_passphrase_key(new_passphrase, salt, params)
        wrapped = keys.wrap(kek, self._data_key, self.header.context)
        self.header = self.header.with_passphrase(salt, params, wrapped)
        write_header(self.folder, self.header)

    @classmethod
    def reset_passphrase(cls, folder: Path, recovery_code: str, new_passphrase: str) -> Vault:
        """Forgotten passphrase: the recovery code opens the vault and sets a new one."""
        check_passphrase(new_passphrase)
        vault = cls.unlock_with_recovery_code(folder, recovery_code)
        vault.change_passphrase(new_passphrase)
        return vault

    # --- sessions ----------------------------------------------------------------------
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        """Drop every connection (checkpointing the WAL) and forget the key."""
        self.engine.dispose()
        self._data_key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- backups and checks ------------------------------------------------------------
    def backup(self, target: Path) -> Path:
        """Write an encrypted copy (same passphrase) as one file: header plus database."""
        target = target.expanduser().resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".grenzen-backup-") as tmp:
            copy = Path(tmp) / DATABASE_NAME
            raw = self.engine.raw_connection()  # VACUUM refuses to run inside a transaction
            try:
                raw.driver_connection.execute("VACUUM INTO ?", (str(copy),))
            finally:
                raw.close()
            partial = Path(tmp) / "backup.zip"
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.write(self.folder / HEADER_NAME, HEADER_NAME)
                archive.write(copy, DATABASE_NAME)
            os.chmod(partial, 0o600)
            os.replace(partial, target)
        return target

    def backup_before_migration(self) -> None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        self.backup(self.folder / "backups" / f"before-migration-{stamp}{BACKUP_SUFFIX}")

    def verify(self) -> list[str]:
        """Every problem found by SQLCipher, SQLite and FTS5; an empty list means sound."""
        try:
            problems = database.integrity_problems(self.engine)
        except Exception as exc:
            if database.is_damage(exc):
                return [str(database.database_error(exc))]
            raise
        try:
            with self.engine.connect() as conn:
                try:
                    conn.exec_driver_sql(fts.INTEGRITY_CHECK)
                except Exception as exc:
                    problems.append(f"search index: {getattr(exc, 'orig', exc)}")
            self.engine.dispose()  # a connection that met a damaged page fails from then on
            with self.engine.connect() as conn:
                indexed = conn.execute(
                    text(f"SELECT count(*) FROM {fts.FTS_TABLE}_docsize")
                ).scalar()
                stored = conn.execute(text("SELECT count(*) FROM incidents")).scalar()
                if indexed != stored:
                    problems.append(f"search index: {indexed} entries for {stored} incidents")
        except Exception as exc:
            if not database.is_damage(exc):
                raise
            problems.append(str(database.database_error(exc)))
        finally:
            self.engine.dispose()
        return list(dict.fromkeys(problems))

    @classmethod
    def restore(cls, folder: Path, backup_file: Path, passphrase: str) -> Vault:
        """Check a backup completely, then swap it in; the old files are kept aside."""
        if not zipfile.is_zipfile(backup_file):
            raise DamagedDatabase(f"{backup_file} is not a Grenzen backup.")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".restore-") as tmp:
            staging = Path(tmp)
            try:
                with zipfile.ZipFile(backup_file) as archive:
                    names = set(archive.namelist())
                    if names != {HEADER_NAME, DATABASE_NAME}:
                        raise DamagedDatabase(f"{backup_file} is not a Grenzen backup.")
                    archive.extractall(staging)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
                raise DamagedDatabase(
                    f"The backup {backup_file} is damaged ({exc}); nothing was replaced."
                ) from exc
            for name in names:  # zip does not keep file modes: the vault is the user's alone
                os.chmod(staging / name, 0o600)
            candidate = cls.unlock(staging, passphrase)
            try:
                problems = candidate.verify()
            finally:
                candidate.close()
            if problems:
                raise DamagedDatabase(
                    f"The backup failed its integrity check ({problems[0]}); nothing was replaced."
                )
            cls._set_aside_current(folder)
            for name in (HEADER_NAME, DATABASE_NAME):
                os.replace(staging / name, folder / name)
        return cls.unlock(folder, passphrase)

    @staticmethod
    def _set_aside_current(folder: Path) -> None:
        present = [
            folder / name
            for name in (
                HEADER_NAME,
                DATABASE_NAME,
                *(DATABASE_NAME + suffix for suffix in ("-wal", "-shm")),
            )
            if (folder / name).exists()
        ]
        if not present:
            return
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = folder / f"replaced-{stamp}"
        number = 1
        while aside.exists():  # two restores within one second
            number += 1
            aside = folder / f"replaced-{stamp}-{number}"
        aside.mkdir(mode=0o700)
        for path in present:
            shutil.move(str(path), aside / path.name)
