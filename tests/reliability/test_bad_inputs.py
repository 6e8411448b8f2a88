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


# What the audit found accepted (#25, item 4): each refused before anything is sent, with
# its sentence, through the Python API.

PNG = png_claiming(640, 480)


def _bomb_png(width: int, height: int) -> bytes:
    def chunk(name: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(name + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + name + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 10))
        + chunk(b"IEND", b"")
    )


def _whole_png() -> bytes:
    from tests.conftest import png_bytes

    return png_bytes(640, 480)


API_CASES = [
    (
        "a sound effect of 0 s",
        ("sound_effect", {"prompt": "boom", "duration": 0}),
        "duration",
        "The length cannot be 0; choose 3 s, 4 s, 5 s, 6 s, 7 s, 8 s, 9 s, 10 s.",
    ),
    (
        "a sound effect of 2 s",
        ("sound_effect", {"prompt": "boom", "duration": 2}),
        "duration",
        "The length cannot be 2; choose 3 s",
    ),
    (
        "a sound effect of 11 s",
        ("sound_effect", {"prompt": "boom", "duration": 11}),
        "duration",
        "The length cannot be 11; choose 3 s",
    ),
    (
        "ten pictures from extend",
        ("expand", {"image": _whole_png(), "up_expansion_ratio": 0.5, "n": 10}),
        "n",
        "The number of pictures is 10; it must be from 1 to 9.",
    ),
    (
        "an ASMR mode of maybe",
        ("add_sound", {"video_id": "v1", "asmr_mode": "maybe"}),
        "asmr_mode",
        "The detail cannot be maybe; choose Normal, ASMR: close, detailed sound.",
    ),
    (
        "a video id with a line break",
        ("add_sound", {"video_id": "v1\nv2"}),
        "video_id",
        "is not an id Kling gave",
    ),
    (
        "a request id with a line break",
        ("image", {"prompt": "x", "external_task_id": "kd-a\nb"}),
        "external_task_id",
        "The request id cannot contain spaces, line breaks or invisible characters.",
    ),
    (
        "a request id of 1000 characters",
        ("image", {"prompt": "x", "external_task_id": "k" * 1000}),
        "external_task_id",
        "The request id is 1000 characters long; at most 64.",
    ),
    (
        "a watermark of yes",
        ("image", {"prompt": "x", "watermark": "yes"}),
        "watermark",
        "The watermark is on (True) or off (False).",
    ),
    (
        "an empty shape",
        ("image", {"prompt": "x", "aspect_ratio": ""}),
        "aspect_ratio",
        "The shape is empty.",
    ),
    (
        "a storyboard of 20 s with no length",
        (
            "text2video",
            {"prompt": "x", "shots": [{"duration": 10, "prompt": "a"}] * 2},
        ),
        "shots",
        "The shots last 20 s in all; this model makes videos of 3 to 15 s.",
    ),
    (
        "a damaged PNG as a first frame",
        ("image2video", {"prompt": "x", "first_frame": _whole_png()[:200] + b"\0" * 300}),
        "first_frame",
        "The first frame is damaged or cut short: the file does not end as a PNG image does.",
    ),
    (
        "a 30000x30000 picture as a first frame",
        ("image2video", {"prompt": "x", "first_frame": _bomb_png(30_000, 30_000)}),
        "first_frame",
        "The first frame is 30000×30000 pixels; at most 16000 pixels on a side are taken.",
    ),
    (
        "/dev/zero as a first frame",
        ("image2video", {"prompt": "x", "first_frame": Path("/dev/zero")}),
        "first_frame",
        "The first frame: /dev/zero is not a picture file (it is a folder, a device or a pipe).",
    ),
]


@pytest.mark.parametrize(
    ("name", "request_", "field", "words"), API_CASES, ids=[c[0] for c in API_CASES]
)
def test_the_python_api_refuses_what_kling_would(name, request_, field, words):
    from kling_desktop.api import ValidationError
    from kling_desktop.operations import Request

    kind, values = request_
    request = Request(kind, **values)
    said = [(p.field, str(p.message)) for p in request.validate()]
    assert any(f == field and words in m for f, m in said), said
    with pytest.raises(ValidationError):
        request.to_call({"legacy", "new"})


def test_a_pipe_as_a_picture_is_refused_not_waited_on(tmp_path):
    from kling_desktop.operations import Request

    pipe = tmp_path / "pipe.png"
    os.mkfifo(pipe)
    (problem,) = Request("image2video", prompt="x", first_frame=pipe).validate()
    assert problem.message.endswith("is not a picture file (it is a folder, a device or a pipe).")


def test_no_raw_python_error_escapes_the_api(relay_client, tmp_path):
    from kling_desktop.api import KlingError, TaskRef
    from kling_desktop.operations import Request, registry

    with pytest.raises(KlingError) as unknown:
        Request("painting", prompt="x").validate()
    assert str(unknown.value) == "The app does not know the operation “painting”."
    with pytest.raises(KeyError):  # still a lookup error for code that looks names up
        registry.get("painting")
    with pytest.raises(KlingError) as page:
        relay_client.list(TaskRef("image", "legacy", "v1/images/generations"), page=0)
    assert "A page of tasks is 1 to 1000" in str(page.value)
    with pytest.raises(KlingError) as expect:
        relay_client.download(
            "https://cdn.invalid/a.png", tmp_path / "a.png", max_bytes=1, expect="bogus"
        )
    assert "image, video, audio or nothing" in str(expect.value)


CLI_NOW_REFUSED = [
    (
        "an empty shape",
        ["image", "--prompt", "x", "--aspect-ratio", ""],
        "aspect_ratio: The shape is empty.",
    ),
    (
        "a storyboard without its length",
        ["text2video", "--shot", "10:a", "--shot", "10:b"],
        "The shots last 20 s in all",
    ),
    (
        "a 2 s sound effect",
        ["sound-effect", "--prompt", "boom", "--duration", "2"],
        "The length cannot be 2",
    ),
    (
        "an 11 s sound effect",
        ["sound-effect", "--prompt", "boom", "--duration", "11"],
        "The length cannot be 11",
    ),
    (
        "a 5.5 s sound effect",
        ["sound-effect", "--prompt", "boom", "--duration", "5.5"],
        "The length cannot be 5.5",
    ),
    (
        "ten from extend",
        ["expand", "--image", "{png}", "--left", "0.5", "--n", "10"],
        "it must be from 1 to 9",
    ),
    (
        "a mode of x",
        ["text2video", "--prompt", "x", "--mode", "x"],
        "--mode: “x” is neither std nor pro",
    ),
    (
        "an ASMR mode of maybe",
        ["add-sound", "--video-id", "v1", "--asmr-mode", "maybe"],
        "The detail cannot be maybe",
    ),
    (
        "a model for extend",
        ["expand", "--image", "{png}", "--left", "0.5", "--model", "kling-v3"],
        "--model: not used for expand",
    ),
]


@pytest.mark.parametrize(
    ("name", "args", "words"), CLI_NOW_REFUSED, ids=[c[0] for c in CLI_NOW_REFUSED]
)
def test_the_command_line_refuses_before_sending(tmp_path, name, args, words):
    picture = tmp_path / "p.png"
    picture.write_bytes(_whole_png())
    args = [a.replace("{png}", str(picture)) for a in args]
    result = run("generate", *args, "--sandbox", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 2, result.stderr[-2000:]  # invalid input, nothing sent
    assert words in result.stderr, result.stderr[-2000:]
    assert result.stdout == ""


# Connections from scripts (#25, item 5).


def _connection_add(tmp_path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kling_desktop", "connection", "add", *args, "--data-dir",
         str(tmp_path / "d")],
        env=ENV, input=stdin, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_a_key_that_never_arrives_on_standard_input_is_said(tmp_path):
    result = _connection_add(tmp_path, "R", "--relay", "https://relay.example")
    assert result.returncode == 2
    assert "Key: nothing arrived on standard input." in result.stderr


def test_a_connection_name_is_one_line(tmp_path):
    result = _connection_add(
        tmp_path, "Relay\nTwo", "--relay", "https://relay.example", stdin="sk-fake\n"
    )
    assert result.returncode == 2
    assert "A connection name is one line of visible text" in result.stderr
    long = _connection_add(tmp_path, "R" * 61, "--relay", "https://relay.example", stdin="k\n")
    assert long.returncode == 2
    assert "at most 60 characters; this one has 61" in long.stderr


def test_a_key_of_a_hundred_thousand_characters_is_not_saved(tmp_path):
    result = _connection_add(
        tmp_path, "R", "--relay", "https://relay.example", stdin="k" * 100_000 + "\n"
    )
    assert result.returncode == 2
    assert "is 100000 characters long; keys are at most 4096" in result.stderr
