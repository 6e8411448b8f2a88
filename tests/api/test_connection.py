"""Connections: addresses, path layouts, and secrets that stay secret."""

from __future__ import annotations

import pickle

import pytest

from kling_desktop.api import REGIONS, Connection, ConnectionConfigError, KlingClient
from tests.conftest import ACCESS_KEY, RELAY_KEY, SECRET_KEY


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
    assert conn.url("videos/text2video") == "https://relay.example.com/kling/v1/videos/text2video"


def test_official_paths_have_no_prefix():
    conn = Connection.official(REGIONS["beijing"] + "/v1", ACCESS_KEY, SECRET_KEY)
    assert conn.url("images/generations") == (
        "https://api-beijing.klingai.com/v1/images/generations"
    )
    assert conn.account_url("costs") == "https://api-beijing.klingai.com/account/costs"


def test_task_ids_are_escaped():
    conn = Connection.relay("https://r.example.com", RELAY_KEY)
    assert conn.task_url("images/generations", "a/b+c?d") == (
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


def test_secrets_are_not_in_repr_str_or_pickles():
    relay = Connection.relay("https://r.example.com", RELAY_KEY)
    official = Connection.official(REGIONS["singapore"], ACCESS_KEY, SECRET_KEY)
    official.authorization()
    for conn in (relay, official):
        for text in (repr(conn), str(conn), repr(KlingClient(conn))):
            assert RELAY_KEY not in text
            assert SECRET_KEY not in text
            assert "eyJ" not in text
        with pytest.raises(TypeError):
            pickle.dumps(conn)
    assert RELAY_KEY in relay.secrets()
    assert SECRET_KEY in official.secrets()
