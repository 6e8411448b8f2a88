"""Result downloads: every redirect hop is held to the rules of the first address, a
folder that cannot be written is said in words, files belong to the user like any other
(their umask, not 0600), and a crash's half-downloaded files are swept at the next start."""

from __future__ import annotations

import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kling_desktop.api import RedirectRefusedError, SaveError
from tests.reliability.test_bad_inputs import png_claiming

PICTURE = png_claiming(1, 1)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/redirect"):
            target = self.path.split("to=", 1)[1]
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(PICTURE)))
        self.end_headers()
        self.wfile.write(PICTURE)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def files_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def result_client(relay_client):
    return relay_client


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("file:///etc/passwd", "is not a web address"),
        ("http://results.example.invalid/a.png", "must start with https://"),
        ("https://user:pw@results.example.invalid/a.png", "user name or password"),
    ],
)
def test_a_redirect_is_checked_like_the_address_kling_gave(
    result_client, files_server, tmp_path, target, words
):
    with pytest.raises(RedirectRefusedError) as info:
        result_client.download(
            f"{files_server}/redirect?to={target}", tmp_path / "a.png", max_bytes=2**20
        )
    assert "which the app does not download from" in str(info.value)
    assert words in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_redirect_that_keeps_to_the_rules_is_followed(result_client, files_server, tmp_path):
    target = f"{files_server}/picture.png"
    saved = result_client.download(
        f"{files_server}/redirect?to={target}", tmp_path / "a.png", max_bytes=2**20
    )
    assert saved.read_bytes() == PICTURE


def test_a_missing_folder_is_a_sentence_not_an_os_error(result_client, files_server, tmp_path):
    with pytest.raises(SaveError) as info:
        result_client.download(
            f"{files_server}/p.png", tmp_path / "gone" / "a.png", max_bytes=2**20
        )
    assert "could not be written to disk (No such file or directory)" in str(info.value)
    assert info.value.retryable


def test_result_files_follow_the_users_umask(result_client, files_server, tmp_path):
    saved = result_client.download(f"{files_server}/p.png", tmp_path / "a.png", max_bytes=2**20)
    mask = os.umask(0)
    os.umask(mask)
    assert saved.stat().st_mode & 0o777 == 0o666 & ~mask
    assert saved.stat().st_mode & 0o044  # others of this user's apps can open it


def test_half_downloaded_files_are_swept_at_start(rig):
    month = rig.steps.library("image") / "2026-11"
    month.mkdir(parents=True)
    old = month / ".a result.png.x1y2.part"
    fresh = month / ".another.png.z3.part"
    kept = month / "a result.png"
    for path in (old, fresh, kept):
        path.write_bytes(b"partial")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert rig.steps.resume() == []
    assert not old.exists()
    assert fresh.exists()  # may be a download in progress in another process
    assert kept.exists()


def test_a_crash_leftover_of_the_same_file_goes_when_the_file_is_fetched_again(rig):
    from kling_desktop.jobs import JobSpec
    from kling_desktop.operations import Request

    job_id = rig.run(JobSpec(Request("image", prompt="a lamp"), "Sandbox"))
    (output,) = rig.history.outputs(job_id)
    output.path.unlink()
    leftover = output.path.with_name(f".{output.path.name}.k1ll3d.part")
    leftover.write_bytes(b"half a picture")
    assert rig.steps.redownload(job_id) is None
    assert output.path.is_file()
    assert not leftover.exists()
