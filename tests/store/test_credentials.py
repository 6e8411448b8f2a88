"""Keys in the keyring: in memory for most tests, the real Secret Service in CI."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring.backend
import keyring.errors
import pytest

from kling_desktop.store import CredentialStore, Secret
from kling_desktop.store.credentials import SERVICE

RELAY = Secret(api_key="sk-test-relay-key-not-real")
OFFICIAL = Secret(access_key="ak-test-not-real", secret_key="sk-test-secret-not-real")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps passwords in a dict."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    """A keyring whose unlock prompt the user dismissed."""

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("the collection is locked")

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("the collection is locked")


def test_keys_round_trip_through_the_keyring():
    backend = MemoryKeyring()
    store = CredentialStore(backend)
    assert store.save("relay", RELAY).persistent
    assert store.save("official", OFFICIAL).persistent
    fresh = CredentialStore(backend)  # a later run of the app
    assert fresh.load("relay") == RELAY
    assert fresh.load("official") == OFFICIAL
    assert fresh.load("never-saved") is None
    fresh.delete("relay")
    assert CredentialStore(backend).load("relay") is None
    fresh.delete("relay")  # deleting twice is fine


def test_secrets_never_show_in_repr():
    for secret in (RELAY, OFFICIAL):
        assert "not-real" not in repr(secret) and "not-real" not in str(secret)


def test_no_keyring_keeps_the_key_for_this_session_and_says_so():
    from keyring.backends import fail

    store = CredentialStore(fail.Keyring())
    status = store.save("relay", RELAY)
    assert not status.persistent
    assert "kept only until you quit" in status.message
    assert store.load("relay") == RELAY
    assert CredentialStore(fail.Keyring()).load("relay") is None  # nothing written anywhere


def test_a_locked_keyring_falls_back_with_a_message():
    store = CredentialStore(LockedKeyring())
    assert store.status().persistent  # looks fine until it is used
    status = store.save("relay", RELAY)
    assert not status.persistent
    assert "KeyringLocked" in status.message
    assert store.load("relay") == RELAY


def test_a_damaged_entry_is_ignored():
    backend = MemoryKeyring()
    backend.set_password(SERVICE, "relay", "{not json")
    assert CredentialStore(backend).load("relay") is None


def _secret_service_available() -> bool:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        return backend.priority > 0
    except Exception:
        return False


CHILD = """
import sys
from keyring.backends import SecretService
from kling_desktop.store import CredentialStore, Secret
store = CredentialStore(SecretService.Keyring())
if sys.argv[1] == "save":
    print(store.save("ci-profile", Secret(api_key=sys.argv[2])).persistent)
elif sys.argv[1] == "load":
    secret = store.load("ci-profile")
    print("same" if secret and secret.api_key == sys.argv[2] else "different")
else:
    store.delete("ci-profile")
"""


@pytest.mark.skipif(
    not _secret_service_available() and not os.environ.get("CI"),
    reason="no Secret Service here (CI runs this against gnome-keyring)",
)
def test_a_key_saved_by_one_process_is_read_by_another():
    key = "sk-ci-keyring-test-not-real"

    def run(*args):
        done = subprocess.run(
            [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout.strip()

    assert run("save", key) == "True"
    assert run("load", key) == "same"
    run("delete", key)
    assert run("load", key) == "different"
