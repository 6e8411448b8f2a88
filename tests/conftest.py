"""Shared fixtures: offscreen Qt, the sandbox server on loopback, clients in both modes,
and a guard that no key, secret or token ever reaches a log record or an error text."""

from __future__ import annotations

import io
import logging
import os
import struct
import zlib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kling_desktop.api import Connection, KlingClient, RetryPolicy
from kling_desktop.api.errors import KlingError
from kling_desktop.sandbox import Sandbox

RELAY_KEY = "sk-test-relay-key-not-real"
API_KEY = "test-kling-api-key-not-real"
ACCESS_KEY = "ak-test-access-key-not-real"
SECRET_KEY = "sk-test-secret-key-not-real-0000000000"
SECRETS = (RELAY_KEY, API_KEY, SECRET_KEY)

FAST = RetryPolicy(initial=0.01, maximum=0.05, total=5.0, attempts=6, settle=0.05)


@pytest.fixture
def sandbox():
    with Sandbox(
        relay_key=RELAY_KEY, api_key=API_KEY, access_key=ACCESS_KEY, secret_key=SECRET_KEY
    ) as server:
        yield server


def make_connection(mode: str, server: Sandbox) -> Connection:
    """relay (legacy standard), official (access keys: legacy) or api_key (both
    standards: video goes the new way)."""
    if mode == "relay":
        return Connection.relay(server.url, RELAY_KEY)
    if mode == "api_key":
        return Connection.api_key(server.url, API_KEY)
    return Connection.official(server.url, ACCESS_KEY, SECRET_KEY)


@pytest.fixture(params=["relay", "official", "api_key"])
def client(request, sandbox):
    """A client with a fast retry policy, once per connection mode."""
    with KlingClient(make_connection(request.param, sandbox), retry=FAST, timeout=5) as c:
        yield c


@pytest.fixture
def relay_client(sandbox):
    with KlingClient(make_connection("relay", sandbox), retry=FAST, timeout=5) as c:
        yield c


@pytest.fixture(autouse=True)
def shipped_catalogue():
    """Every test starts (and leaves) with the app's own model list in use."""
    from PySide6.QtCore import QLocale

    from kling_desktop import catalogue, text

    catalogue.install(None)
    locale = QLocale()  # what numbers and dates look like: a test that sets a language...
    yield
    catalogue.install(None)
    text.set_language("en")
    QLocale.setDefault(locale)  # ...leaves them as it found them


@pytest.fixture(autouse=True)
def no_secret_escapes(monkeypatch, caplog):
    """Fail any test whose log records or raised client errors contain a secret."""
    caplog.set_level(logging.DEBUG)
    errors: list[KlingError] = []
    original = KlingError.__init__

    def recording_init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        errors.append(self)

    monkeypatch.setattr(KlingError, "__init__", recording_init)
    yield
    formatter = logging.Formatter()
    texts = [formatter.format(record) for record in caplog.records]
    texts += [f"{e} {e!r} {e.server_message}" for e in errors]
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"a secret leaked into: {text[:200]}"
        assert "eyJ" not in text, f"a JWT leaked into: {text[:200]}"


def png_bytes(width: int, height: int, *, pad_to: int = 0) -> bytes:
    """A real PNG of the given size (grey), optionally padded with a text chunk."""
    raw = b"".join(b"\x00" + b"\x80" * (width * 3) for _ in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    body = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    body += chunk(b"IDAT", zlib.compress(raw))
    png = b"\x89PNG\r\n\x1a\n" + body
    if pad_to > len(png) + 24:
        png += chunk(b"tEXt", b"pad\x00" + b"x" * (pad_to - len(png) - 16))
    return png + chunk(b"IEND", b"")


def jpeg_bytes(width: int, height: int) -> bytes:
    """A minimal JPEG header with the given size (enough for header-level checks)."""
    out = io.BytesIO()
    out.write(b"\xff\xd8")
    out.write(b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out.write(b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00")
    out.write(b"\xff\xd9")
    return out.getvalue()


# The job engine wired to the sandbox, for any test folder (defined with the engine's tests).
from tests.jobs.conftest import any_rig, rig  # noqa: E402, F401
