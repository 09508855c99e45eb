"""Remember on this device: keep a vault's data key in the operating system's keyring.

The data key opens the whole vault, so it may only go to a keyring that keeps secrets
encrypted and tied to the user's login. The ``keyring`` package silently falls back to
plaintext files when ``keyrings.alt`` is installed, and its ``ChainerBackend`` reads
from every member, so a priority check is not enough: we allow-list backend classes by
name and check every member of a chainer.

``keyring`` is imported inside the functions: importing it costs about 130 ms, and most
commands never need it.
"""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING

from grenzen.storage.errors import InsecureKeyring, KeyringUnavailable

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = "Grenzen"
DATA_KEY_BYTES = 32

# Backends that keep secrets encrypted for the logged-in user, by module and class name.
# Exact classes only: a subclass may change where the secret goes.
SECURE_BACKENDS: frozenset[str] = frozenset(
    {
        "keyring.backends.SecretService.Keyring",  # GNOME Keyring, KWallet 5.97+, KeePassXC
        "keyring.backends.libsecret.Keyring",  # the same service through libsecret
        "keyring.backends.macOS.Keyring",  # macOS Keychain
        "keyring.backends.Windows.WinVaultKeyring",  # Windows Credential Manager
    }
)

_CHAINER = "keyring.backends.chainer.ChainerBackend"
_FAIL = "keyring.backends.fail.Keyring"
_NULL = "keyring.backends.null.Keyring"


def _class_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _username(vault_id: str) -> str:
    if not isinstance(vault_id, str) or not vault_id:
        raise ValueError("vault_id must be a non-empty string")
    return f"vault:{vault_id}"


def _backend_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean "the keyring did not work", not a bug in Grenzen.

    Besides keyring's own errors, the Secret Service backend lets SecretStorage errors
    through (e.g. when no D-Bus session is running), and sockets fail with OSError.
    """
    from keyring.errors import KeyringError

    errors: list[type[BaseException]] = [KeyringError, OSError]
    try:
        from secretstorage.exceptions import SecretStorageException
    except ImportError:  # not on macOS or Windows
        pass
    else:
        errors.append(SecretStorageException)
    return tuple(errors)


def _failed(action: str, exc: BaseException) -> KeyringUnavailable:
    """A user-facing error for a keyring that is there but did not do what we asked."""
    from keyring.errors import KeyringLocked

    if isinstance(exc, KeyringLocked):
        return KeyringUnavailable(
            f"The system keyring is locked, so it did not {action}. Unlock it and try again."
        )
    return KeyringUnavailable(f"The system keyring did not {action}: {exc}")


def _resolve(backend: KeyringBackend | None) -> KeyringBackend:
    if backend is not None:
        return backend
    import keyring

    try:
        found = keyring.get_keyring()
    except Exception as exc:  # a broken keyringrc.cfg or a backend that fails to load
        raise KeyringUnavailable(f"The system keyring could not be loaded: {exc}") from exc
    if found is None:
        raise KeyringUnavailable("No keyring is available on this device.")
    return found


def check_backend(backend: KeyringBackend | None = None) -> None:
    """Raise unless ``backend`` (default: the system's) would keep the data key safe.

    Raises KeyringUnavailable when there is no keyring at all, InsecureKeyring when
    there is one but it would store the key in a way we do not trust.
    """
    backend = _resolve(backend)
    name = _class_name(backend)
    if name == _FAIL:
        raise KeyringUnavailable(
            "No keyring is available on this device (keyring.backends.fail.Keyring), "
            "so Grenzen cannot remember the vault here."
        )
    if name == _CHAINER:
        members = list(backend.backends)  # type: ignore[attr-defined]
        if not members:
            raise KeyringUnavailable(
                "No keyring is available on this device (the keyring chain is empty)."
            )
        unsafe = [n for n in map(_class_name, members) if n not in SECURE_BACKENDS]
        if unsafe:
            verb = "is" if len(unsafe) == 1 else "are"
            raise InsecureKeyring(
                f"Grenzen will not remember the vault key: the system keyring chains "
                f"several backends, and {', '.join(unsafe)} {verb} not known to keep "
                f"secrets encrypted. A chain may read or write the key in any of them."
            )
        return
    if name in SECURE_BACKENDS:
        return
    if name == _NULL:
        reason = "it is the null keyring, which stores nothing"
    elif name.startswith("keyrings.alt."):
        reason = "keyrings.alt keeps secrets in a file that is not safely encrypted"
    else:
        reason = "it is not one of the keyrings known to keep secrets encrypted"
    raise InsecureKeyring(
        f"Grenzen will not remember the vault key in the keyring {name}: {reason}. "
        f"Trusted keyrings are the Secret Service (such as GNOME Keyring), the macOS "
        f"Keychain and the Windows Credential Manager."
    )


def is_secure_backend_available(backend: KeyringBackend | None = None) -> bool:
    """True when "remember on this device" may be offered (e.g. to enable the checkbox)."""
    try:
        check_backend(backend)
    except (InsecureKeyring, KeyringUnavailable):
        return False
    return True


def remember_data_key(
    vault_id: str, data_key: bytes, backend: KeyringBackend | None = None
) -> None:
    """Store the data key so this device can open the vault without the passphrase."""
    if not isinstance(data_key, bytes) or len(data_key) != DATA_KEY_BYTES:
        raise ValueError(f"data_key must be {DATA_KEY_BYTES} bytes")
    username = _username(vault_id)
    backend = _resolve(backend)
    check_backend(backend)
    value = base64.b64encode(data_key).decode("ascii")
    try:
        backend.set_password(SERVICE_NAME, username, value)
    except _backend_errors() as exc:
        raise _failed("store the key", exc) from exc


def recall_data_key(vault_id: str, backend: KeyringBackend | None = None) -> bytes | None:
    """Return the remembered data key, or None when this device holds none for the vault.

    A stored value that is not a 32-byte key also gives None, so the caller falls back
    to asking for the passphrase (and remembering again overwrites the bad value).
    """
    username = _username(vault_id)
    backend = _resolve(backend)
    check_backend(backend)
    try:
        value = backend.get_password(SERVICE_NAME, username)
    except _backend_errors() as exc:
        raise _failed("give out the key", exc) from exc
    if value is None:
        return None
    try:
        data_key = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        return None
    return data_key if len(data_key) == DATA_KEY_BYTES else None


def forget_data_key(vault_id: str, backend: KeyringBackend | None = None) -> None:
    """Remove the remembered data key; nothing happens when none is stored."""
    from keyring.errors import PasswordDeleteError

    username = _username(vault_id)
    backend = _resolve(backend)
    check_backend(backend)
    try:
        backend.delete_password(SERVICE_NAME, username)
    except PasswordDeleteError:
        return  # nothing was stored
    except _backend_errors() as exc:
        raise _failed("remove the key", exc) from exc
