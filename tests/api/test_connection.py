"""Connections: addresses, path layouts, and secrets that stay secret."""

from __future__ import annotations

import pickle

import pytest

from kling_desktop.api import (
    LEGACY,
    NEW,
    REGIONS,
    Connection,
    ConnectionConfigError,
    KlingClient,
)
from tests.conftest import ACCESS_KEY, API_KEY, RELAY_KEY, SECRET_KEY


@pytest.mark.parametrize(
    "pasted",
    [
        "https://relay.example.com",
        "https://relay.example.com/",
        "https://relay.example.com/kling",
        "https://relay.example.com/kling/v1/",
        " https://relay.example.com/v1 ",
    ],
)
def test_relay_paths_sit_under_kling(pasted):
    conn = Connection.relay(pasted, RELAY_KEY)
    assert conn.url("v1/videos/text2video") == (
        "https://relay.example.com/kling/v1/videos/text2video"
    )
    assert conn.url("text-to-video/kling-3.0") == (
        "https://relay.example.com/kling/text-to-video/kling-3.0"
    )


def test_official_paths_have_no_prefix():
    conn = Connection.official(REGIONS["beijing"] + "/v1", ACCESS_KEY, SECRET_KEY)
    assert conn.url("v1/images/generations") == (
        "https://api-beijing.klingai.com/v1/images/generations"
    )
    assert conn.url("account/costs") == "https://api-beijing.klingai.com/account/costs"
    assert conn.url("tasks") == "https://api-beijing.klingai.com/tasks"


def test_each_kind_of_connection_speaks_its_standards():
    assert Connection.api_key(REGIONS["singapore"], API_KEY).standards == {LEGACY, NEW}
    assert Connection.official(REGIONS["singapore"], ACCESS_KEY, SECRET_KEY).standards == {LEGACY}
    assert Connection.relay("https://r.example.com", RELAY_KEY).standards == {LEGACY}
    assert Connection.relay("https://r.example.com", RELAY_KEY, new_layout=True).standards == {
        LEGACY,
        NEW,
    }
    key = Connection.api_key(REGIONS["singapore"], API_KEY)
    assert key.authorization() == f"Bearer {API_KEY}"  # static: nothing is signed


def test_task_ids_are_escaped():
    conn = Connection.relay("https://r.example.com", RELAY_KEY)
    assert conn.task_url("v1/images/generations", "a/b+c?d") == (
        "https://r.example.com/kling/v1/images/generations/a%2Fb%2Bc%3Fd"
    )


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://relay.example.com", "must start with https://"),
        ("http://192.168.1.10:8080", "must start with https://"),
        ("ftp://relay.example.com", "is not a web address"),
        ("relay.example.com", "is not a web address"),
        ("", "is not a web address"),
    ],
)
def test_insecure_or_malformed_addresses_are_refused(url, words):
    with pytest.raises(ConnectionConfigError) as info:
        Connection.relay(url, RELAY_KEY)
    assert words in str(info.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8123", "http://localhost:9", "http://[::1]:80"])
def test_plain_http_is_allowed_to_this_computer(url):
    assert Connection.relay(url, RELAY_KEY).base_url == url


def test_empty_keys_are_refused_in_words():
    with pytest.raises(ConnectionConfigError, match="relay's API key"):
        Connection.relay("https://r.example.com", "  ")
    with pytest.raises(ConnectionConfigError, match="both the access key and the secret key"):
        Connection.official(REGIONS["singapore"], ACCESS_KEY, "")
    with pytest.raises(ConnectionConfigError, match="your Kling API key"):
        Connection.api_key(REGIONS["singapore"], "")


def test_secrets_are_not_in_repr_str_or_pickles():
    relay = Connection.relay("https://r.example.com", RELAY_KEY)
    official = Connection.official(REGIONS["singapore"], ACCESS_KEY, SECRET_KEY)
    key = Connection.api_key(REGIONS["singapore"], API_KEY)
    official.authorization()
    for conn in (relay, official, key):
        for text in (repr(conn), str(conn), repr(KlingClient(conn))):
            assert RELAY_KEY not in text
            assert SECRET_KEY not in text
            assert API_KEY not in text
            assert "eyJ" not in text
        with pytest.raises(TypeError):
            pickle.dumps(conn)
    assert RELAY_KEY in relay.secrets()
    assert SECRET_KEY in official.secrets()
    assert API_KEY in key.secrets()
