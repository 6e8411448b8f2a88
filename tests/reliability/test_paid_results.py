"""Every paid result reaches the disk (#25): a download answered with a page or garbage
is a passing fault, tried again; a result that cannot be saved within the download budget
is not a failed job but one left for later (Kling keeps it for 30 days), saved at the next
start, by `generate --resume` or by "Download again", and never paid for twice."""

from __future__ import annotations

import sqlite3
import time

import pytest

from kling_desktop.jobs import JobSpec
from kling_desktop.jobs.steps import left_for_later
from kling_desktop.operations import Request
from kling_desktop.sandbox import Fault
from kling_desktop.store import JobStatus
from kling_desktop.text import from_stored
from tests.reliability.test_every_job_ends import picture


def note_of(rig, job_id) -> str:
    return str(from_stored(rig.history.get(job_id).note))


@pytest.mark.parametrize(
    "fault", [Fault.wrong_type(), Fault.garbage(), Fault.html_error(502), Fault.truncated()]
)
def test_one_bad_download_does_not_end_a_paid_job(rig, fault):
    rig.sandbox.faults.script("download", fault)
    job_id = rig.run(picture(), timeout=15_000)
    assert rig.finished[job_id] == "succeeded"
    (output,) = rig.history.outputs(job_id)
    assert output.file_present()
    assert rig.sandbox.counters.tasks_created == 1


@pytest.mark.parametrize("fault", [Fault.wrong_type(), Fault.truncated(0.5)])
def test_a_result_that_cannot_be_saved_is_left_for_later_not_failed(impatient, fault):
    impatient.sandbox.faults.sometimes("download", fault, probability=1.0)
    job_id = impatient.run(picture(), timeout=15_000)
    # Ended for this session, but not failed: paid, and waiting on Kling's side.
    assert impatient.finished[job_id] == "downloading"
    record = impatient.history.get(job_id)
    assert record.status is JobStatus.DOWNLOADING and not record.error
    assert left_for_later(record)  # what a command line following it from afar reads
    assert note_of(impatient, job_id).startswith("Made and paid for, but not saved yet:")
    assert "Kling keeps the result for 30 days" in note_of(impatient, job_id)
    assert impatient.engine.active_jobs() == []  # nobody waits on it in this session
    # The next start takes it up and saves it, without a second task.
    impatient.sandbox.faults.clear()
    impatient.restart()
    impatient.wait(job_id, 15_000)
    assert impatient.finished[job_id] == "succeeded"
    assert all(o.file_present() for o in impatient.history.outputs(job_id))
    assert impatient.sandbox.counters.tasks_created == 1
    assert not impatient.history.get(job_id).note  # "not saved yet" no longer holds


def test_download_again_saves_a_job_left_for_later(impatient, qtbot):
    impatient.sandbox.faults.sometimes("download", Fault.wrong_type(), probability=1.0)
    job_id = impatient.run(picture(), timeout=15_000)
    assert impatient.finished[job_id] == "downloading"
    impatient.sandbox.faults.clear()
    said = []
    impatient.engine.redownloaded.connect(lambda j, problem: said.append((j, problem)))
    impatient.engine.redownload(job_id)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == [(job_id, "")]
    assert impatient.history.get(job_id).status is JobStatus.SUCCEEDED
    assert all(o.file_present() for o in impatient.history.outputs(job_id))


def test_download_again_while_the_job_saves_itself_is_not_a_second_download(rig, qtbot):
    rig.sandbox.faults.script("download", Fault.slow(1.0))
    token = rig.engine.enqueue(picture())
    qtbot.waitUntil(lambda: token in rig.recorded, timeout=5000)
    job_id = rig.recorded[token]
    qtbot.waitUntil(lambda: rig.sandbox.counters["download"] >= 1, timeout=5000)
    said = []
    rig.engine.redownloaded.connect(lambda j, problem: said.append(problem))
    rig.engine.redownload(job_id)
    assert said == ["Its files are being saved right now."]
    assert rig.wait(job_id) == "succeeded"
    assert rig.sandbox.counters["download"] == 1


def test_a_video_left_for_later_keeps_its_kind(impatient):
    impatient.sandbox.faults.sometimes("download", Fault.html_error(502), probability=1.0)
    spec = JobSpec(Request("text2video", prompt="waves"), "Sandbox")
    job_id = impatient.run(spec, timeout=30_000)
    assert impatient.finished[job_id] == "downloading"
    assert "HTTP 502" in note_of(impatient, job_id)


def test_the_command_line_says_a_result_left_for_later_with_its_own_exit_code(impatient, capsys):
    from kling_desktop.cli import NOT_SAVED_YET, _report
    from kling_desktop.runner import Outcome

    impatient.sandbox.faults.sometimes("download", Fault.wrong_type(), probability=1.0)
    job_id = impatient.run(picture(), timeout=15_000)
    note = note_of(impatient, job_id)
    code = _report(impatient.history, job_id, Outcome("downloading", note))
    assert code == NOT_SAVED_YET == 3  # not 1: nothing failed, and not 0: not done
    assert capsys.readouterr().err.strip() == note


def test_a_demo_result_recorded_by_a_process_that_exited_is_still_fetched(rig):
    """The demo's server has a new port in each process: a result address recorded by a
    command that has exited is read against the server running now (#25, item 7)."""
    job_id = rig.run(picture(), timeout=15_000)
    (output,) = rig.history.outputs(job_id)
    output.path.unlink()
    from urllib.parse import urlsplit

    here = urlsplit(output.url)
    gone = here._replace(netloc=f"{here.hostname}:9").geturl()  # the old process's port
    assert gone != output.url
    conn = sqlite3.connect(rig.tmp_path / "history.sqlite")
    conn.execute("UPDATE outputs SET url = ? WHERE id = ?", (gone, output.id))
    conn.commit()
    conn.close()
    assert rig.steps.redownload(job_id) is None
    assert rig.history.outputs(job_id)[0].file_present()


def test_only_an_address_on_this_computer_is_read_against_this_server():
    from kling_desktop.jobs.steps import on_this_server

    here = "http://127.0.0.1:4321/kling"
    assert on_this_server("http://127.0.0.1:9/files/t/0.png", here) == (
        "http://127.0.0.1:4321/files/t/0.png"
    )
    cdn = "https://cdn.klingai.com/t/0.png"
    assert on_this_server(cdn, here) == cdn
    assert on_this_server("http://127.0.0.1:9/a.png", "https://api.klingai.com") == (
        "http://127.0.0.1:9/a.png"
    )


def test_the_command_line_stops_waiting_at_its_timeout_and_the_job_goes_on(tmp_path):
    """`--timeout` ends the wait, not the job (#25, item 6): exit code 4 with a sentence,
    and `generate --resume` finishes it, with no second task."""
    from tests.reliability.test_bad_inputs import run

    folder = str(tmp_path / "d")
    slow = {"KLING_DESKTOP_DEMO_SECONDS": "6"}
    started = time.monotonic()
    waited = run(
        "generate", "image", "--prompt", "x", "--sandbox", "--data-dir", folder, "--wait",
        "--timeout", "1", env=slow,
    )  # fmt: skip
    assert waited.returncode == 4, waited.stderr
    assert time.monotonic() - started < 25
    assert "not done after 1 s; it is not lost: `kling-desktop generate --resume`" in (
        waited.stderr
    )
    job_id = waited.stdout.split()[0]
    finished = run(
        "generate", "--resume", "--sandbox", "--data-dir", folder, "--timeout", "60",
        env={"KLING_DESKTOP_DEMO_SECONDS": "0.5"},
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr
    assert f"Finishing 1 unfinished job(s): {job_id}" in finished.stderr
    assert finished.stdout.strip().endswith(".png")


def test_a_timeout_must_be_a_number_of_seconds(tmp_path):
    from tests.reliability.test_bad_inputs import run

    result = run("generate", "image", "--prompt", "x", "--timeout", "soon", "--sandbox")
    assert result.returncode == 2
    assert "“soon” is not a number of seconds" in result.stderr
