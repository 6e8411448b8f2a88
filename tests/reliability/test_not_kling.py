"""An address that answers, but never as Kling does (a web page, text, JSON without a
result code), pauses its connection's jobs with a sentence after a few answers in a row,
instead of retrying each job for its whole budget; once it is fixed the jobs go on, and a
request that may have gone out is looked up before anything is sent again."""

from __future__ import annotations

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kling_desktop.api import KlingClient, NotKlingError, TaskRef, UnexpectedResponseError
from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.sandbox import Fault
from kling_desktop.store import JobStatus
from tests.conftest import FAST, make_connection
from tests.e2e.test_app import ENV
from tests.jobs.conftest import Rig

NOT_KLING = {
    "a web page": Fault.html_error(200),
    "data without a result code": Fault.no_code(200),
    "an empty answer": Fault.empty(200),
}


@pytest.fixture
def at_once(monkeypatch):
    """No wait on the clock: the count of answers in a row decides."""
    monkeypatch.setattr(KlingClient, "NOT_KLING_SECONDS", 0.0)


def answer_everything_with(sandbox, fault: Fault) -> None:
    for endpoint in ("submit", "query", "list"):
        sandbox.faults.sometimes(endpoint, fault, probability=1.0)


@pytest.mark.parametrize("what", list(NOT_KLING))
@pytest.mark.parametrize(
    ("mode", "request_"),
    [
        ("relay", Request("image", prompt="a lighthouse")),
        ("api_key", Request("text2video", prompt="a lighthouse", duration=5)),
    ],
    ids=["legacy", "new-standard"],
)
def test_an_address_that_never_answers_as_kling_pauses_its_jobs(
    sandbox, tmp_path, qtbot, at_once, what, mode, request_
):
    answer_everything_with(sandbox, NOT_KLING[what])
    rig = Rig(sandbox, tmp_path, qtbot, mode=mode)
    try:
        job_id = rig.enqueue(JobSpec(request_, "Sandbox"))
        qtbot.waitUntil(lambda: bool(rig.blocked), timeout=10_000)
        qtbot.waitUntil(rig.engine.settled, timeout=5000)
        profile, message = rig.blocked[0]
        assert profile == "Sandbox"
        assert f"answered 4 requests in a row with {what}, never as Kling does" in message
        assert "Check the address, or sign in to the network." in message
        # Not failed: it may have been sent, so it waits to be looked up.
        assert rig.history.get(job_id).status is JobStatus.SUBMITTING
        assert job_id not in rig.finished
        assert sandbox.counters.tasks_created == 0

        # The address answers as Kling again (fixed, or signed in): the job goes on, once.
        sandbox.faults.clear()
        rig.pool.forget("Sandbox")
        rig.engine.unblock("Sandbox")
        assert rig.wait(job_id, 20_000) == "succeeded"
        assert sandbox.counters.tasks_created == 1
    finally:
        rig.stop()


def test_one_answer_of_klings_between_clears_the_count(sandbox, at_once):
    ref = TaskRef("image", "legacy", "v1/images/generations", "nothing-here")
    page = Fault.html_error(200)
    with KlingClient(make_connection("relay", sandbox), retry=FAST, timeout=5) as client:
        sandbox.faults.script("query", page, page, page, None, page, page, page, page)
        for _ in range(3):
            with pytest.raises(UnexpectedResponseError):
                client.get(ref)
        with pytest.raises(Exception) as kling_answer:  # Kling's own "no such task"
            client.get(ref)
        assert not isinstance(kling_answer.value, UnexpectedResponseError | NotKlingError)
        for _ in range(3):
            with pytest.raises(UnexpectedResponseError):
                client.get(ref)
        with pytest.raises(NotKlingError, match="answered 4 requests in a row"):
            client.get(ref)


def test_a_passing_page_in_a_fault_run_pauses_nothing(sandbox, tmp_path, qtbot):
    """A proxy's 502 pages are passing faults, however many: never "not Kling"."""
    for endpoint in ("submit", "query"):
        sandbox.faults.script(endpoint, *[Fault.html_error(502)] * 3)
    rig = Rig(sandbox, tmp_path, qtbot)
    try:
        job_id = rig.enqueue(JobSpec(Request("image", prompt="a lighthouse"), "Sandbox"))
        assert rig.wait(job_id, 20_000) == "succeeded"
        assert rig.blocked == []
    finally:
        rig.stop()


class _WebPages(BaseHTTPRequestHandler):
    def _page(self):
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        body = b"<!doctype html><html><body>Welcome to the hotel Wi-Fi</body></html>"
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _page

    def log_message(self, *args):
        pass


def test_the_command_line_says_so_within_a_minute_and_keeps_the_job(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _WebPages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    address = f"http://127.0.0.1:{server.server_port}"
    data = ["--data-dir", str(tmp_path / "data")]
    env = dict(ENV, FAKE_RELAY_KEY="relay-key-for-tests-only")

    def run(*args, timeout=90):
        return subprocess.run(
            [sys.executable, "-m", "kling_desktop", *args, *data],
            env=env, capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip

    try:
        added = run("connection", "add", "Web", "--relay", address, "--key-env", "FAKE_RELAY_KEY")
        if "no password store" in added.stderr:
            pytest.skip("no keyring here: a later process could not read the key")
        done = run("generate", "image", "--prompt", "a lighthouse", "--wait")
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 1, done.stderr
    assert "answered 4 requests in a row with a web page, never as Kling does" in done.stderr
    assert "`kling-desktop generate --resume` finishes it" in done.stderr
    assert "Traceback" not in done.stderr
