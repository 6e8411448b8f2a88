"""Every paid result reaches the disk (#25): a download answered with a page or garbage
is a passing fault, tried again; a result that cannot be saved within the download budget
is not a failed job but one left for later (Kling keeps it for 30 days), saved at the next
start, by `generate --resume` or by "Download again", and never paid for twice."""

from __future__ import annotations

import pytest

from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.sandbox import Fault
from kling_desktop.store import JobStatus
from kling_desktop.text import from_stored
from tests.reliability.test_every_job_ends import IMPATIENT, picture


@pytest.fixture
def impatient(sandbox, tmp_path, qtbot):
    from tests.jobs.conftest import Rig

    rig = Rig(sandbox, tmp_path, qtbot)
    rig.steps.pacing = IMPATIENT
    yield rig
    rig.stop()


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
