"""Downloads: atomic, bounded, checked by their bytes, and never half-there."""

from __future__ import annotations

import threading
import time
import tracemalloc

import httpx
import pytest

from kling_desktop.api import (
    DownloadTooLargeError,
    KlingClient,
    NetworkError,
    OperationCancelled,
    ResultExpiredError,
    UnexpectedContentError,
)
from kling_desktop.operations import Request
from kling_desktop.sandbox import Fault
from tests.api.test_client import wait_finished
from tests.conftest import FAST, make_connection

MB = 1 << 20


def finished_url(client: KlingClient, request) -> str:
    return wait_finished(client, client.submit(request)).results[0].url


@pytest.fixture
def image_url(relay_client):
    return finished_url(relay_client, Request("image", prompt="download me"))


@pytest.fixture
def video_url(relay_client):
    return finished_url(relay_client, Request("text2video", prompt="download me"))


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_progress_is_reported_up_to_the_full_size(relay_client, image_url, tmp_path):
    calls = []
    path = relay_client.download(
        image_url,
        tmp_path / "a.png",
        max_bytes=10 * MB,
        progress=lambda got, total: calls.append((got, total)),
    )
    size = path.stat().st_size
    assert calls[-1] == (size, size)
    assert leftovers(tmp_path) == ["a.png"]


@pytest.mark.parametrize("announce", [True, False], ids=["content-length", "no-length"])
def test_a_truncated_download_is_retried(relay_client, sandbox, video_url, tmp_path, announce):
    sandbox.faults.script("download", Fault.truncated(0.5, announce_length=announce))
    path = relay_client.download(video_url, tmp_path / "v.mp4", max_bytes=50 * MB)
    assert path.stat().st_size == len(sandbox.tasks()[0].files["0"])
    assert sandbox.counters["download"] == 2
    assert leftovers(tmp_path) == ["v.mp4"]


@pytest.mark.parametrize("announce", [True, False], ids=["content-length", "no-length"])
def test_a_download_that_stays_truncated_leaves_nothing(
    relay_client, sandbox, video_url, tmp_path, announce
):
    sandbox.faults.sometimes(
        "download", Fault.truncated(0.7, announce_length=announce), probability=1.0
    )
    with pytest.raises(NetworkError) as info:
        relay_client.download(video_url, tmp_path / "v.mp4", max_bytes=50 * MB)
    assert "cut short" in str(info.value) or "interrupted" in str(info.value)
    assert leftovers(tmp_path) == []


def test_an_oversized_file_is_refused_and_removed(relay_client, sandbox, video_url, tmp_path):
    with pytest.raises(DownloadTooLargeError) as info:
        relay_client.download(video_url, tmp_path / "v.mp4", max_bytes=1000)
    assert "larger than" in str(info.value)
    assert leftovers(tmp_path) == []
    assert sandbox.counters["download"] == 1  # not worth retrying


def test_a_page_once_instead_of_the_media_is_a_passing_fault(
    relay_client, sandbox, image_url, tmp_path
):
    # A CDN or a proxy answering once with its error page: tried again, the file saved.
    sandbox.faults.script("download", Fault.wrong_type())
    path = relay_client.download(image_url, tmp_path / "a.png", max_bytes=10 * MB)
    assert path.read_bytes().startswith(b"\x89PNG")
    assert sandbox.counters["download"] == 2
    assert leftovers(tmp_path) == ["a.png"]


def test_a_page_every_time_is_refused_after_the_retries(relay_client, sandbox, image_url, tmp_path):
    sandbox.faults.sometimes("download", Fault.wrong_type(), probability=1.0)
    with pytest.raises(UnexpectedContentError) as info:
        relay_client.download(image_url, tmp_path / "a.png", max_bytes=10 * MB)
    assert "not the expected picture, video or sound" in str(info.value)
    assert info.value.retryable  # the job tries again later, within its budget
    assert sandbox.counters["download"] > 1
    assert leftovers(tmp_path) == []


def test_an_image_is_not_accepted_as_a_video(relay_client, sandbox, image_url, tmp_path):
    with pytest.raises(UnexpectedContentError) as info:
        relay_client.download(image_url, tmp_path / "v.mp4", max_bytes=10 * MB, expect="video")
    assert not info.value.retryable  # a picture will not turn into a video
    assert sandbox.counters["download"] == 1
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("status", [404, 403])
def test_an_expired_url_says_so_and_is_not_retried(
    relay_client, sandbox, image_url, tmp_path, status
):
    sandbox.faults.script("download", Fault.expired(status))
    with pytest.raises(ResultExpiredError) as info:
        relay_client.download(image_url, tmp_path / "a.png", max_bytes=10 * MB)
    assert "30 days" in str(info.value)
    assert sandbox.counters["download"] == 1
    assert leftovers(tmp_path) == []


def test_server_errors_on_download_are_retried(relay_client, sandbox, image_url, tmp_path):
    sandbox.faults.script("download", Fault.html_error(502), Fault.reset())
    relay_client.download(image_url, tmp_path / "a.png", max_bytes=10 * MB)
    assert sandbox.counters["download"] == 3


def test_an_existing_file_is_replaced_whole(relay_client, image_url, tmp_path):
    target = tmp_path / "a.png"
    target.write_bytes(b"old")
    relay_client.download(image_url, target, max_bytes=10 * MB)
    assert target.read_bytes().startswith(b"\x89PNG")


def test_the_key_is_never_sent_to_result_urls(sandbox, relay_client, image_url, tmp_path):
    relay_client.download(image_url, tmp_path / "a.png", max_bytes=10 * MB)
    assert sandbox.counters["download"] == 1
    assert sandbox.counters["download:with a key"] == 0
    # The sandbox would have seen one: a request that carries the key is counted.
    httpx.get(image_url, headers={"Authorization": "Bearer sk-not-a-real-key"})
    assert sandbox.counters["download:with a key"] == 1


def test_insecure_result_urls_are_refused(relay_client, tmp_path):
    from kling_desktop.api import ConnectionConfigError

    with pytest.raises(ConnectionConfigError):
        relay_client.download("http://cdn.example.com/a.png", tmp_path / "a.png", max_bytes=MB)


def test_memory_stays_flat_for_a_large_video(sandbox, tmp_path):
    sandbox.video_bytes = 40 * MB
    with KlingClient(make_connection("relay", sandbox), retry=FAST) as c:
        url = finished_url(c, Request("text2video", prompt="big"))
        c.download(url, tmp_path / "warm.mp4", max_bytes=100 * MB)  # the server renders once
        tracemalloc.start()
        c.download(url, tmp_path / "big.mp4", max_bytes=100 * MB)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert (tmp_path / "big.mp4").stat().st_size == 40 * MB
    assert peak < 2 * MB, f"peak {peak / MB:.1f} MB while streaming 40 MB"


def test_cancel_stops_a_download_and_cleans_up(sandbox, tmp_path):
    sandbox.video_bytes = 200 * MB
    cancel = threading.Event()
    with KlingClient(make_connection("relay", sandbox), retry=FAST, cancel=cancel) as c:
        url = finished_url(c, Request("text2video", prompt="big"))
        started = []

        def progress(got, total):
            if not started:
                started.append(time.monotonic())
                cancel.set()

        with pytest.raises(OperationCancelled):
            c.download(url, tmp_path / "big.mp4", max_bytes=500 * MB, progress=progress)
    assert leftovers(tmp_path) == []
