"""Keys live only in the OS keyring (Keychain, Credential Manager, Secret Service).

One entry per connection profile, read lazily. When no usable keyring exists (a locked or
dismissed prompt, or none on this desktop), the store says so in words the UI can show and
keeps the key in memory for this session only. It never writes a secret anywhere else.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kling_desktop.text import Message, tr

if TYPE_CHECKING:  # keyring is imported on first use: the window paints without it
    import keyring.backend

log = logging.getLogger("kling_desktop.store")

SERVICE = "Kling Desktop"


@dataclass(frozen=True)
class Secret:
    """A relay key, or an access key + secret key. Never shown by repr()."""

    api_key: str = ""
    access_key: str = ""
    secret_key: str = ""

    def __repr__(self) -> str:
        kind = "key" if self.api_key else "access key + secret key"
        return f"Secret(<{kind} hidden>)"

    __str__ = __repr__

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in self.__dict__.items() if v})

    @classmethod
    def from_json(cls, text: str) -> Secret:
        data = json.loads(text)
        return cls(**{k: str(data.get(k, "")) for k in ("api_key", "access_key", "secret_key")})


@dataclass(frozen=True)
class KeyringStatus:
    persistent: bool  # keys survive a restart
    backend: str
    message: Message | None = None  # what to tell the user when keys are session-only


def _unusable(backend: keyring.backend.KeyringBackend) -> bool:
    name = type(backend).__module__ + "." + type(backend).__name__
    if "fail" in name or "null" in name.lower():
        return True
    try:
        return backend.priority <= 0
    except Exception:
        return True


class CredentialStore:
    """Save and read each profile's secret. Thread-safe."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._session: dict[str, Secret] = {}
        self._lock = threading.Lock()
        self._status: KeyringStatus | None = None

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def status(self) -> KeyringStatus:
        """Whether keys are kept across restarts, and if not, why, in words."""
        if self._status is None:
            backend = self.backend
            # "SecretService.Keyring", "Windows.WinVaultKeyring", "fail.Keyring": the module
            # says which store it is (the class names alone are mostly "Keyring").
            name = f"{type(backend).__module__.removeprefix('keyring.backends.')}."
            name += type(backend).__name__
            if _unusable(backend):
                self._status = KeyringStatus(False, name, _no_keyring(name))
            else:
                self._status = KeyringStatus(True, name)
        return self._status

    def save(self, profile: str, secret: Secret) -> KeyringStatus:
        """Keep `secret` for `profile`: in the keyring, or for this session if none works."""
        with self._lock:
            self._session[profile] = secret
        if not self.status().persistent:
            return self.status()
        try:
            self.backend.set_password(SERVICE, profile, secret.to_json())
        except Exception as exc:
            self._fall_back(exc)
        return self.status()

    def load(self, profile: str) -> Secret | None:
        """The secret for `profile`, or None if none was saved."""
        with self._lock:
            if profile in self._session:
                return self._session[profile]
        if not self.status().persistent:
            return None
        try:
            text = self.backend.get_password(SERVICE, profile)
        except Exception as exc:
            self._fall_back(exc)
            return None
        if not text:
            return None
        try:
            secret = Secret.from_json(text)
        except (ValueError, TypeError):
            log.warning("the keyring entry for profile %r is not readable", profile)
            return None
        with self._lock:
            self._session[profile] = secret
        return secret

    def delete(self, profile: str) -> None:
        with self._lock:
            self._session.pop(profile, None)
        if not self.status().persistent:
            return
        import keyring.errors

        try:
            self.backend.delete_password(SERVICE, profile)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:
            self._fall_back(exc)

    def _fall_back(self, exc: Exception) -> None:
        reason = type(exc).__name__
        log.warning("keyring unusable (%s); keys are kept for this session only", reason)
        self._status = KeyringStatus(False, type(self.backend).__name__, _locked(reason))


def _no_keyring(name: str) -> Message:
    return tr(
        "This computer has no password store the app can use ({backend}). Your key will be "
        "kept only until you quit Kling Desktop; you will need to enter it again next time. "
        "Installing and unlocking a keyring (for example GNOME Keyring or KWallet) fixes this.",
        backend=name,
    )


def _locked(reason: str) -> Message:
    return tr(
        "Your password store refused to save the key ({reason}); it may be locked or the "
        "request was dismissed. The key will be kept only until you quit Kling Desktop.",
        reason=reason,
    )
