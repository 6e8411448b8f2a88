"""Every job ends: permanent failures end it at once with a sentence, passing ones are
tried again within a budget and then end it, and paid results are never dropped (they are
recorded before any download, kept when a file cannot be fetched or previewed, and can
be downloaded again)."""

from __future__ import annotations

import pytest

from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.sandbox import Fault
from kling_desktop.store import JobStatus
from kling_desktop.text import from_stored
from tests.jobs.conftest import Rig
from tests.reliability.conftest import IMPATIENT


def picture(prompt="a lighthouse") -> JobSpec:
    return JobSpec(Request("image", prompt=prompt), "Sandbox")


def error_of(rig, job_id) -> str:
    return str(from_stored(rig.history.get(job_id).error))


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (Fault.kling_error(404, 1203, "task not found"), "Kling no longer knows this task"),
        (
            Fault.respond(200, {"code": 0, "data": {"task_id": "t", "task_status": "teleported"}}),
            "unknown task status 'teleported'",
        ),
        (Fault.respond(200, {"code": 0, "data": "not a task"}), "task is not an object"),
    ],
)
def test_a_permanent_answer_to_a_poll_ends_the_job_at_once(impatient, fault, words):
    impatient.sandbox.faults.sometimes("query", fault, probability=1.0)
    job_id = impatient.run(picture(), timeout=5000)
    assert impatient.finished[job_id] == "failed"
    assert words in error_of(impatient, job_id)


@pytest.mark.parametrize(
    ("endpoint", "fault", "words"),
    [
        ("query", Fault.html_error(502), "The app stopped trying after 1 minutes"),
        ("submit", Fault.reset(), "The app stopped trying"),
        ("submit", Fault.kling_error(503, 5001), "The app stopped trying"),
    ],
)
def test_passing_failures_that_never_pass_end_the_job_within_its_budget(
    impatient, endpoint, fault, words
):
    impatient.sandbox.faults.sometimes(endpoint, fault, probability=1.0)
    job_id = impatient.run(picture(), timeout=15_000)
    assert impatient.finished[job_id] == "failed"
    assert words in error_of(impatient, job_id)
    assert impatient.sandbox.counters.tasks_created <= 1


def test_a_server_that_is_not_running_ends_the_job(impatient):
    from kling_desktop.api import Connection
    from tests.conftest import RELAY_KEY

    nobody = Connection.relay("http://127.0.0.1:9", RELAY_KEY)  # nothing listens there
    impatient.pool._connection_for = lambda profile: nobody
    job_id = impatient.run(picture(), timeout=15_000)
    assert impatient.finished[job_id] == "failed"
    assert "could not be reached" in error_of(impatient, job_id)


def test_success_without_results_is_said_not_hidden(impatient):
    answer = {"code": 0, "data": {"task_id": "t", "task_status": "succeed", "task_result": {}}}
    impatient.sandbox.faults.sometimes("query", Fault.respond(200, answer), probability=1.0)
    job_id = impatient.run(picture(), timeout=5000)
    assert impatient.finished[job_id] == "failed"
    assert "sent no file to save" in error_of(impatient, job_id)


@pytest.mark.parametrize("fault", [Fault.expired(404)])
def test_results_that_cannot_be_fetched_stay_listed_for_download_again(impatient, fault):
    impatient.sandbox.faults.script("download", fault)
    job_id = impatient.run(JobSpec(Request("image", prompt="two", n=2), "Sandbox"))
    assert impatient.finished[job_id] == "failed"
    assert "1 of 2 results could not be saved" in error_of(impatient, job_id)
    outputs = impatient.history.outputs(job_id)
    assert len(outputs) == 2  # both kept: the one saved and the one to fetch again
    missing = [o for o in outputs if not o.file_present()]
    assert len(missing) == 1 and missing[0].server_copy_alive()
    assert impatient.steps.redownload(job_id) is None  # and it comes back
    assert all(o.file_present() for o in impatient.history.outputs(job_id))


def test_a_video_without_a_preview_is_kept_and_done(impatient):
    impatient.sandbox.faults.script("download", Fault.undecodable())
    spec = JobSpec(Request("text2video", prompt="dark"), "Sandbox")
    job_id = impatient.run(spec, timeout=30_000)
    assert impatient.finished[job_id] == "succeeded"
    (video,) = impatient.history.outputs(job_id)
    assert video.file_present() and video.thumbnail is None
    assert "cannot show a preview" in str(from_stored(impatient.history.get(job_id).note))


def test_a_step_that_keeps_failing_here_ends_the_job(impatient, monkeypatch):
    def broken(self, job_id, progress=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(impatient.steps), "download", broken)
    job_id = impatient.run(picture(), timeout=15_000)
    assert impatient.finished[job_id] == "failed"
    assert "The app stopped trying" in error_of(impatient, job_id)
    assert "No space left on device" in error_of(impatient, job_id)


def test_a_job_ends_even_when_the_history_cannot_be_written(impatient, monkeypatch):
    """Nobody waits for ever: the engine reports the job ended for this session; the
    history, which could not be written, keeps it for the next start."""
    from kling_desktop.store import StoreError

    def broken(self, job_id, progress=None):
        raise RuntimeError("disk on fire")

    job_id = impatient.enqueue(picture())
    impatient.qtbot.waitUntil(
        lambda: (
            impatient.history.get(job_id).status is JobStatus.DOWNLOADING
            or impatient.history.get(job_id).status is JobStatus.SUCCEEDED
        ),
        timeout=5000,
    )
    monkeypatch.setattr(type(impatient.steps), "download", broken)
    monkeypatch.setattr(
        type(impatient.steps),
        "give_up",
        lambda self, job_id, message: (_ for _ in ()).throw(StoreError(message)),
    )
    impatient.qtbot.waitUntil(lambda: job_id in impatient.finished, timeout=15_000)
    assert impatient.finished[job_id] in ("failed", "succeeded")


@pytest.mark.parametrize(
    "fault",
    [
        Fault.html_error(200),
        Fault.empty(200),
        Fault.no_code(200),
        Fault.respond(200, {"code": 0, "data": "not a task"}),
    ],
    ids=["html", "empty", "no code", "unreadable task"],
)
def test_one_garbled_answer_at_submit_is_looked_up_then_sent_again(impatient, fault):
    """The lookup proves no task was made, so sending again is safe: the job succeeds,
    and exactly one task exists."""
    impatient.sandbox.faults.script("submit", fault)
    job_id = impatient.run(picture(), timeout=10_000)
    assert impatient.finished[job_id] == "succeeded", error_of(impatient, job_id)
    assert impatient.sandbox.counters.tasks_created == 1


@pytest.fixture
def impatient_new(sandbox, tmp_path, qtbot):
    """Video on Kling's new standard: polled in batches through GET /tasks."""
    rig = Rig(sandbox, tmp_path, qtbot, mode="api_key")
    rig.steps.pacing = IMPATIENT
    yield rig
    rig.stop()


@pytest.mark.parametrize("mode", ["impatient", "impatient_new"])
def test_one_garbled_answer_to_a_poll_is_tried_again(request, mode):
    """A proxy's page with status 200 about a task that is paid for does not end it."""
    # One rig only: two engines on one history would race for the same job (the app's
    # instance lock forbids it), and the loser would send it a second time.
    rig = request.getfixturevalue(mode)
    rig.sandbox.faults.script("query", Fault.html_error(200))
    spec = JobSpec(Request("text2video", prompt="waves"), "Sandbox")
    job_id = rig.run(spec, timeout=10_000)
    assert rig.finished[job_id] == "succeeded", error_of(rig, job_id)
    assert rig.sandbox.counters.tasks_created == 1


def test_a_task_list_that_keeps_failing_ends_the_job_within_its_budget(impatient_new):
    impatient_new.sandbox.faults.sometimes("query", Fault.html_error(200), probability=1.0)
    spec = JobSpec(Request("text2video", prompt="waves"), "Sandbox")
    job_id = impatient_new.run(spec, timeout=15_000)
    assert impatient_new.finished[job_id] == "failed"
    assert "The app stopped trying" in error_of(impatient_new, job_id)
    assert "web page" in error_of(impatient_new, job_id)


def test_a_task_the_new_task_list_stops_showing_ends_the_job_soon(impatient_new, qtbot):
    """Kling's `GET /tasks` no longer lists the task (deleted, or never ours): said as the
    legacy standard's "not found" is, after a short grace, not after the poll budget."""
    from kling_desktop.sandbox import Timings

    rig = impatient_new
    rig.sandbox.timings = Timings(video=(30, 30))
    job_id = rig.enqueue(JobSpec(Request("text2video", prompt="waves"), "Sandbox"))
    qtbot.waitUntil(lambda: rig.sandbox.counters.tasks_created == 1, timeout=5000)
    with rig.sandbox.lock:
        rig.sandbox.task_map.clear()
    rig.wait(job_id, 10_000)
    assert rig.finished[job_id] == "failed"
    assert error_of(rig, job_id).startswith("Kling no longer knows this task")


def test_a_missing_key_while_downloading_pauses_the_connection_and_keeps_the_job(rig):
    from kling_desktop.api import ConnectionConfigError
    from kling_desktop.store import NewOutput

    job_id = rig.steps.record(picture())
    rig.history.update(job_id, JobStatus.SUBMITTING)
    rig.history.update(job_id, JobStatus.SUBMITTED, task_id="t-1")
    rig.history.update(job_id, JobStatus.DOWNLOADING)
    rig.history.record_results(job_id, [NewOutput(0, "image", "https://results.example/a.png")])

    def no_key(profile):
        raise ConnectionConfigError("There is no key for this connection.")

    rig.steps.clients = no_key
    outcome = rig.steps.download(job_id)
    assert outcome.block_profile
    assert "no key" in str(outcome.message)
    assert rig.history.get(job_id).status is JobStatus.DOWNLOADING  # waits for the key
    assert len(rig.history.outputs(job_id)) == 1
