"""Connections from scripts and CI: add (secrets from the environment or standard input,
never the command line), list, test, use, remove; mistakes exit 2 with a sentence."""

from __future__ import annotations

import io
import json

import pytest

from kling_desktop import cli_connection
from kling_desktop.app import parse_args
from kling_desktop.store import AppPaths, CredentialStore
from tests.conftest import ACCESS_KEY, API_KEY, RELAY_KEY, SECRET_KEY
from tests.store.test_credentials import MemoryKeyring


@pytest.fixture
def connection(tmp_path, capsys, monkeypatch):
    """Run `kling-desktop connection ...` in this process, on one keyring and data folder;
    returns (exit code, stdout, stderr)."""
    keyring = CredentialStore(MemoryKeyring())
    paths = AppPaths.portable_in(tmp_path / "app")

    def run(*argv: str, stdin: str = ""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli_connection.run(parse_args(["connection", *argv]), paths, credentials=keyring)
        out = capsys.readouterr()
        return code, out.out, out.err

    run.keyring = keyring
    run.paths = paths
    return run


def test_a_relay_from_the_environment_listed_tested_and_removed(connection, sandbox, monkeypatch):
    monkeypatch.setenv("RELAY_KEY_FOR_TEST", RELAY_KEY)
    code, out, _ = connection(
        "add", "My relay", "--relay", sandbox.url, "--key-env", "RELAY_KEY_FOR_TEST"
    )
    assert code == 0 and "Saved “My relay” (relay)" in out
    settings = connection.paths.settings.read_text()
    assert RELAY_KEY not in settings
    assert connection.keyring.load("My relay").api_key == RELAY_KEY
    code, out, _ = connection("list")
    assert out.splitlines() == [f"* My relay\trelay\t{sandbox.url}"]
    code, out, _ = connection("test", "My relay")
    assert code == 0
    assert out.strip() == "My relay: the key works; it reaches Kling's older and newer APIs."
    assert json.loads(connection.paths.settings.read_text())["profiles"][0]["new_layout"]
    code, out, _ = connection("remove", "My relay")
    assert code == 0 and connection.keyring.load("My relay") is None
    assert connection("list")[1].startswith("No connection is saved")


def test_keys_come_from_standard_input_too(connection, sandbox):
    code, _, _ = connection(
        "add", "Kling", "--api-key-official", "--base-url", sandbox.url, stdin=API_KEY + "\n"
    )
    assert code == 0
    code, _, _ = connection(
        "add",
        "Old keys",
        "--access-keys",
        "--base-url",
        sandbox.url,
        stdin=f"{ACCESS_KEY}\n{SECRET_KEY}\n",
    )
    assert code == 0
    assert connection("test", "Kling")[1].strip() == (
        "Kling: the key works; it reaches Kling's older and newer APIs."
    )
    assert connection("test", "Old keys")[1].strip() == (
        "Old keys: the key works; it reaches Kling's older API."
    )
    code, _, _ = connection("use", "Kling")
    assert code == 0 and connection("list")[1].splitlines()[0].startswith("* Kling\t")


def test_a_wrong_key_fails_the_test_in_words(connection, sandbox):
    connection("add", "Typo", "--relay", sandbox.url, stdin="sk-typo-not-real\n")
    code, _, err = connection("test", "Typo")
    assert code == 1
    assert "did not accept your API key" in err


@pytest.mark.parametrize(
    ("argv", "stdin", "words"),
    [
        (("add", "X", "--relay", "http://relay.example.com"), "sk-x\n", "must start with https://"),
        (
            ("add", "X", "--relay", "https://relay.example.com", "--key-env", "NOT_SET_X"),
            "",
            "The environment variable NOT_SET_X is not set.",
        ),
        (("add", "X", "--api-key-official"), "\n", "Enter your Kling API key."),
        (("test", "Nobody"), "", "There is no connection named “Nobody”"),
        (("use", "Nobody"), "", "There is no connection named “Nobody”"),
    ],
)
def test_mistakes_exit_2_with_a_sentence(connection, argv, stdin, words):
    code, _, err = connection(*argv, stdin=stdin)
    assert code == 2
    assert words in err


def test_a_key_is_never_taken_from_the_command_line():
    with pytest.raises(SystemExit):
        parse_args(["connection", "add", "X", "--relay", "https://r.example.com", "--key", "sk"])
