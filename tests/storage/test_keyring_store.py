"""Remember on this device: only trusted keyrings may hold the data key."""

import base64
import os
import subprocess
import sys
import uuid

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.backends.SecretService
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from grenzen.storage import keyring_store
from grenzen.storage.errors import InsecureKeyring, KeyringUnavailable

VAULT_ID = "0f3c6d8e-1b2a-4c5d-9e8f-7a6b5c4d3e2f"
KEY = bytes(range(32))


class InMemoryKeyring(KeyringBackend):
    """Claims the highest priority, but keeps secrets in plain process memory."""

    priority = 100

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


class PlaintextLike(InMemoryKeyring):
    """Like keyrings.alt's PlaintextKeyring: low priority, readable by anyone."""

    priority = 1


class FailingKeyring(InMemoryKeyring):
    """A keyring that is there but refuses to work, as a locked keyring does."""

    def get_password(self, service, username):
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service, username, password):
        raise PasswordSetError("Failed to unlock the collection!")

    def delete_password(self, service, username):
        raise KeyringLocked("Failed to unlock the collection!")


class SneakySecretService(keyring.backends.SecretService.Keyring):
    """Named like the trusted class but could send the secret anywhere."""


# keyring registers every backend class it sees and would offer these to other tests'
# keyring.get_keyring(); keep them private to this module.
KeyringBackend._classes.difference_update(  # type: ignore[attr-defined]
    {InMemoryKeyring, PlaintextLike, FailingKeyring, SneakySecretService}
)


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


@pytest.fixture
def trust(monkeypatch: pytest.MonkeyPatch):
    """Allow-list test backend classes for one test."""

    def allow(*classes: type) -> None:
        allowed = keyring_store.SECURE_BACKENDS | {_name(cls) for cls in classes}
        monkeypatch.setattr(keyring_store, "SECURE_BACKENDS", allowed)

    return allow


@pytest.fixture
def chain(monkeypatch: pytest.MonkeyPatch):
    """A real ChainerBackend whose members are the given backends."""

    def make(*members: KeyringBackend) -> ChainerBackend:
        monkeypatch.setattr(ChainerBackend, "backends", list(members))
        return ChainerBackend()

    return make


# --- which backends are trusted ---------------------------------------------------------


def test_the_allow_list_names_only_encrypted_os_keyrings():
    allowed = keyring_store.SECURE_BACKENDS
    assert allowed == {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }


def test_a_secret_service_backend_is_trusted():
    keyring_store.check_backend(keyring.backends.SecretService.Keyring())
    assert keyring_store.is_secure_backend_available(keyring.backends.SecretService.Keyring())


def test_a_high_priority_backend_is_refused_when_not_allow_listed():
    backend = InMemoryKeyring()
    with pytest.raises(InsecureKeyring, match="InMemoryKeyring"):
        keyring_store.check_backend(backend)
    assert not keyring_store.is_secure_backend_available(backend)


def test_a_plaintext_backend_is_refused_and_nothing_is_written():
    backend = PlaintextLike()
    with pytest.raises(InsecureKeyring, match=r"PlaintextLike.*not one of the keyrings"):
        keyring_store.remember_data_key(VAULT_ID, KEY, backend)
    assert backend.store == {}


def test_a_subclass_of_a_trusted_backend_is_refused():
    with pytest.raises(InsecureKeyring, match="SneakySecretService"):
        keyring_store.check_backend(SneakySecretService())


def test_the_null_keyring_is_refused():
    with pytest.raises(InsecureKeyring, match="stores nothing"):
        keyring_store.check_backend(keyring.backends.null.Keyring())


def test_no_keyring_at_all_is_unavailable_not_insecure():
    backend = keyring.backends.fail.Keyring()
    assert not keyring_store.is_secure_backend_available(backend)
    for call in (
        lambda: keyring_store.check_backend(backend),
        lambda: keyring_store.remember_data_key(VAULT_ID, KEY, backend),
        lambda: keyring_store.recall_data_key(VAULT_ID, backend),
        lambda: keyring_store.forget_data_key(VAULT_ID, backend),
    ):
        with pytest.raises(KeyringUnavailable, match="No keyring is available"):
            call()


def test_a_chain_with_one_plaintext_member_is_refused(trust, chain):
    secure, plaintext = InMemoryKeyring(), PlaintextLike()
    trust(InMemoryKeyring)
    backend = chain(secure, plaintext)
    with pytest.raises(InsecureKeyring, match=r"chains.*PlaintextLike is not known"):
        keyring_store.remember_data_key(VAULT_ID, KEY, backend)
    assert secure.store == plaintext.store == {}
    with pytest.raises(InsecureKeyring):
        keyring_store.recall_data_key(VAULT_ID, backend)


def test_a_chain_of_trusted_members_is_used(trust, chain):
    first, second = InMemoryKeyring(), InMemoryKeyring()
    trust(InMemoryKeyring)
    backend = chain(first, second)
    keyring_store.remember_data_key(VAULT_ID, KEY, backend)
    assert keyring_store.recall_data_key(VAULT_ID, backend) == KEY
    assert second.store == {}


def test_an_empty_chain_is_unavailable(chain):
    with pytest.raises(KeyringUnavailable):
        keyring_store.check_backend(chain())


def test_the_default_backend_is_the_system_keyring(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(keyring, "get_keyring", PlaintextLike)
    with pytest.raises(InsecureKeyring, match="PlaintextLike"):
        keyring_store.check_backend()
    assert not keyring_store.is_secure_backend_available()


# --- remember, recall, forget -----------------------------------------------------------


def test_remember_recall_forget_with_a_trusted_backend(trust):
    trust(InMemoryKeyring)
    backend = InMemoryKeyring()

    assert keyring_store.recall_data_key(VAULT_ID, backend) is None
    keyring_store.remember_data_key(VAULT_ID, KEY, backend)
    assert backend.store == {("Grenzen", f"vault:{VAULT_ID}"): base64.b64encode(KEY).decode()}
    assert keyring_store.recall_data_key(VAULT_ID, backend) == KEY
    assert keyring_store.recall_data_key("another-vault", backend) is None

    keyring_store.forget_data_key(VAULT_ID, backend)
    assert keyring_store.recall_data_key(VAULT_ID, backend) is None
    keyring_store.forget_data_key(VAULT_ID, backend)  # nothing stored: no error


def test_remembering_again_replaces_the_key(trust):
    trust(InMemoryKeyring)
    backend = InMemoryKeyring()
    keyring_store.remember_data_key(VAULT_ID, KEY, backend)
    keyring_store.remember_data_key(VAULT_ID, KEY[::-1], backend)
    assert keyring_store.recall_data_key(VAULT_ID, backend) == KEY[::-1]


@pytest.mark.parametrize(
    "stored",
    ["not base64!", base64.b64encode(b"short").decode(), "äöü"],
    ids=["not base64", "too short", "not ascii"],
)
def test_a_malformed_stored_value_reads_as_nothing(trust, stored):
    trust(InMemoryKeyring)
    backend = InMemoryKeyring()
    backend.store[("Grenzen", f"vault:{VAULT_ID}")] = stored
    assert keyring_store.recall_data_key(VAULT_ID, backend) is None


@pytest.mark.parametrize(
    "key",
    [b"", KEY[:31], KEY + b"x", bytearray(KEY), KEY.hex()],
    ids=["empty", "31 bytes", "33 bytes", "bytearray", "hex text"],
)
def test_only_a_32_byte_key_is_remembered(trust, key):
    trust(InMemoryKeyring)
    backend = InMemoryKeyring()
    with pytest.raises(ValueError, match="32 bytes"):
        keyring_store.remember_data_key(VAULT_ID, key, backend)
    assert backend.store == {}


def test_a_vault_id_is_required(trust):
    trust(InMemoryKeyring)
    with pytest.raises(ValueError, match="vault_id"):
        keyring_store.remember_data_key("", KEY, InMemoryKeyring())


def test_a_keyring_that_fails_gives_a_clear_error(trust):
    trust(FailingKeyring)
    backend = FailingKeyring()
    with pytest.raises(KeyringUnavailable, match="did not store the key: Failed to unlock"):
        keyring_store.remember_data_key(VAULT_ID, KEY, backend)
    with pytest.raises(KeyringUnavailable, match="is locked, so it did not give out the key"):
        keyring_store.recall_data_key(VAULT_ID, backend)
    with pytest.raises(KeyringUnavailable, match="is locked, so it did not remove the key"):
        keyring_store.forget_data_key(VAULT_ID, backend)


def test_a_secret_service_without_a_session_bus_is_unavailable(monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    backend = keyring.backends.SecretService.Keyring()
    with pytest.raises(KeyringUnavailable, match="did not store the key"):
        keyring_store.remember_data_key(VAULT_ID, KEY, backend)
    with pytest.raises(KeyringUnavailable, match="did not give out the key"):
        keyring_store.recall_data_key(VAULT_ID, backend)


def test_importing_the_module_does_not_import_keyring():
    code = "import sys, grenzen.storage.keyring_store; print('keyring' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


# --- a real Secret Service ---------------------------------------------------------------


@pytest.mark.keyring
@pytest.mark.skipif(
    os.environ.get("GRENZEN_SECRET_SERVICE") != "1",
    reason="needs a real Secret Service: run `bash scripts/setup.sh test`, which starts one",
)
def test_a_real_secret_service_remembers_recalls_and_forgets():
    backend = keyring.backends.SecretService.Keyring()
    vault_id = f"test-{uuid.uuid4()}"
    key = os.urandom(32)
    try:
        assert keyring_store.is_secure_backend_available(backend)
        assert keyring_store.recall_data_key(vault_id, backend) is None
        keyring_store.remember_data_key(vault_id, key, backend)
        assert keyring_store.recall_data_key(vault_id, backend) == key
    finally:
        keyring_store.forget_data_key(vault_id, backend)
    assert keyring_store.recall_data_key(vault_id, backend) is None
    keyring_store.forget_data_key(vault_id, backend)  # nothing stored: no error
