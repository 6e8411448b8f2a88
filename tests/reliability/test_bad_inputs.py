"""Bad input at the edges ends with a sentence and the right exit code: never a traceback,
never a hang, nothing written to the history. Table-driven: (what is tried, the command's
arguments, the exit code, words the user must read)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from kling_desktop.api import Connection, ConnectionConfigError
from kling_desktop.media.images import ImageError, prepare
from kling_desktop.store import Database, History
from tests.e2e.test_app import ENV


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A tiny file whose header claims a `width`×`height` picture (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\0" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", body)
        + png_chunk(b"IEND", b"")
    )


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    made = tmp_path / "inputs-to-try"
    made.mkdir()
    out = {
        "bomb": made / "bomb.png",
        "broken": made / "broken.png",
        "pdf": made / "paper.png",
        "fifo": made / "pipe.png",
        "not_a_folder": made / "a-file",
    }
    out["bomb"].write_bytes(png_claiming(30_000, 30_000))
    out["broken"].write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4000))
    out["pdf"].write_bytes(b"%PDF-1.7\n" + b"x" * 1000)
    os.mkfifo(out["fifo"])
    out["not_a_folder"].write_text("I am a file")
    return out


def run(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kling_desktop", *args],
        env={**ENV, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,  # a hang fails the test instead of stalling the suite
    )


def image_job(picture: str) -> list[str]:
    return ["generate", "image2video", "--prompt", "move", "--first-frame", picture]


CLI_CASES = [
    # (name, arguments ({x} is a file from `files`), exit code, words)
    ("image is /dev/zero", image_job("/dev/zero"), 2, "is not a picture file"),
    ("image is a FIFO", image_job("{fifo}"), 2, "is not a picture file"),
    ("image is a folder", image_job("{tmp}"), 2, "is not a picture file"),
    ("image is a PDF", image_job("{pdf}"), 2, "is not a picture: its contents are not JPG"),
    ("image is a PNG bomb", image_job("{bomb}"), 2, "the app takes pictures up to 100 megapixels"),
    ("image is a broken PNG", image_job("{broken}"), 2, "cannot be opened as a picture"),
    ("image is missing", image_job("{tmp}/gone.png"), 2, "cannot be read"),
    ("prompt too long", ["generate", "image", "--prompt", "x" * 5000], 2, "takes at most 2500"),
    ("unknown kind", ["generate", "painting", "--prompt", "x"], 2, "invalid choice: 'painting'"),
    (
        "a number that is not one",
        ["generate", "image", "--prompt", "x", "--n", "two"],
        2,
        "invalid int value",
    ),
    (
        "relay with a password",
        ["connection", "add", "R", "--relay", "https://me:pw@relay.example", "--key-env", "K"],
        2,
        "must not contain a user name or password",
    ),
    (
        "relay over plain http",
        ["connection", "add", "R", "--relay", "http://relay.example", "--key-env", "K"],
        2,
        "must start with https://",
    ),
    (
        "relay with a broken address",
        ["connection", "add", "R", "--relay", "https://[::1", "--key-env", "K"],
        2,
        "is not a valid web address",
    ),
    (
        "relay with a space in its address",
        ["connection", "add", "R", "--relay", "https://relay .example", "--key-env", "K"],
        2,
        "contains a space or an invisible character",
    ),
    (
        "key with a zero-width space",
        ["connection", "add", "R", "--relay", "https://relay.example", "--key-env", "BAD_KEY"],
        2,
        "an invisible character (U+200B) (character 8)",
    ),
    (
        "key with a line break inside",
        ["connection", "add", "R", "--relay", "https://relay.example", "--key-env", "NL_KEY"],
        2,
        "a line break (character 5)",
    ),
    (
        "key with a Chinese character",
        ["connection", "add", "K", "--api-key-official", "--key-env", "ZH_KEY"],
        2,
        "“钥” (U+94A5), which is not a plain letter",
    ),
    (
        "data folder is a file",
        ["generate", "image", "--prompt", "x", "--data-dir", "{not_a_folder}"],
        1,
        "is a file where Kling Desktop needs a folder",
    ),
    (
        "the window on a data folder that is a file",
        ["--data-dir", "{not_a_folder}"],
        1,
        "is a file where Kling Desktop needs a folder",
    ),
]

KEYS = {
    "K": "sk-fake-test-key",
    "BAD_KEY": "sk-fake\u200b-key",
    "NL_KEY": "sk-f\nake",
    "ZH_KEY": "sk-钥匙",
}


@pytest.mark.parametrize(
    ("name", "args", "code", "words"), CLI_CASES, ids=[c[0] for c in CLI_CASES]
)
def test_the_command_line_refuses_in_words(tmp_path, files, name, args, code, words):
    values = {key: str(path) for key, path in files.items()} | {"tmp": str(tmp_path)}
    args = [a.format(**values) if "{" in a and len(a) < 300 else a for a in args]
    if "--data-dir" not in args:
        args += ["--data-dir", str(tmp_path / "folder")]
    result = run(*args, "--sandbox" if args[0] == "generate" else "-v", env=KEYS)
    assert result.returncode == code, result.stderr[-2000:]
    assert words in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr + result.stdout
    database = tmp_path / "folder" / "data" / "history.sqlite"
    if database.exists():  # nothing half-made is left in the history
        db = Database(database)
        try:
            assert History(db, tmp_path / "inputs").count() == 0
        finally:
            db.close()


def test_a_damaged_history_is_moved_aside_with_a_sentence(tmp_path):
    folder = tmp_path / "folder"
    made = run("generate", "image", "--prompt", "x", "--sandbox", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    database = folder / "data" / "history.sqlite"
    checkpoint = Database(database)
    checkpoint.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.close()
    damage_table(database, "jobs")

    result = run("generate", "--resume", "--data-dir", str(folder))
    assert result.returncode == 1
    assert "Your history file was damaged and could not be read. It was moved to" in result.stderr
    assert "Traceback" not in result.stderr
    moved = list((folder / "data").glob("history.sqlite.damaged-*"))
    assert len(moved) == 1 and moved[0].name in result.stderr
    again = run("generate", "--resume", "--data-dir", str(folder))
    assert again.returncode == 0, again.stderr
    assert "There are no unfinished jobs" in again.stderr


def damage_table(database: Path, table: str) -> None:
    """Scribble over a table's pages, leaving the schema page readable."""
    import sqlite3

    conn = sqlite3.connect(database)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(database.read_bytes())
    offset = (root[0] - 1) * size
    data[offset : offset + 200] = b"\xff" * 200
    database.write_bytes(bytes(data))


# The Python API: every public function refuses with a KlingError (or, for pictures, an
# ImageError) that carries a sentence.

API_URLS = [
    ("https://[::1", "is not a valid web address"),
    ("https://relay .example", "contains a space"),
    ("https://me:pw@relay.example", "user name or password"),
    ("http://relay.example", "must start with https://"),
    ("file:///etc/passwd", "is not a web address"),
    ("https://relay.example:99999", "is not a valid web address"),
    ("https://-relay-.example", "is not a valid server name"),
    (12345, "must be text"),
]


@pytest.mark.parametrize(("url", "words"), API_URLS)
def test_connections_refuse_bad_addresses(url, words):
    with pytest.raises(ConnectionConfigError) as info:
        Connection.relay(url, "sk-fake-test-key")
    assert words in str(info.value)


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("sk-fake\u200bkey", "invisible character (U+200B)"),
        ("sk fake", "a space (character 3)"),
        ("sk-\x07", "invisible character (U+0007)"),
        ("sk-é", "U+00E9"),
        (None, "Enter your Kling API key"),
        (42, "must be text"),
    ],
)
def test_keys_are_printable_ascii_without_spaces(key, words):
    with pytest.raises(ConnectionConfigError) as info:
        Connection.api_key(key=key)
    assert words in str(info.value)


def test_a_key_is_only_trimmed_at_its_ends():
    connection = Connection.api_key(key="  sk-fake-test-key\n")
    assert connection.authorization() == "Bearer sk-fake-test-key"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: Path("/dev/zero"), "is not a picture file"),
        (lambda d: d, "is not a picture file"),
        (lambda d: _write(d / "b.png", png_claiming(30_000, 30_000)), "100 megapixels"),
        (lambda d: _write(d / "c.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 500), "cannot be opened"),
        (lambda d: _write(d / "d.jpg", b"<html>not a photo</html>"), "is not a picture"),
        (lambda d: d / "missing.png", "cannot be read"),
    ],
)
def test_pictures_are_checked_before_they_are_decoded(tmp_path, make, words):
    with pytest.raises(ImageError) as info:
        prepare(make(tmp_path), "The first frame")
    assert words in str(info.value)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"prompt": 123}, "prompt", "must be text"),
        ({"prompt": "x", "image_fidelity": "0.5"}, "image_fidelity", "must be a number"),
        ({"prompt": "x", "n": "2"}, "n", "must be a whole number"),
        ({"prompt": "x", "n": 99}, "n", ""),
        ({"prompt": "x", "callback_url": "http://hooks.example/k"}, "callback_url", "https://"),
        (
            {"prompt": "x", "callback_url": "https://me:pw@hooks.example"},
            "callback_url",
            "password",
        ),
        ({"prompt": "x", "callback_url": "https://[::1"}, "callback_url", "not a valid web"),
    ],
)
def test_requests_refuse_bad_values_in_words(values, field, words):
    from kling_desktop.api import ValidationError
    from kling_desktop.operations import Request

    request = Request("image", **values)
    problems = request.validate()
    assert [p.field for p in problems] == [field]
    assert words in str(problems[0].message)
    with pytest.raises(ValidationError):
        request.to_call({"legacy"})
