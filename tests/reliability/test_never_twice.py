"""One click, one task, whatever the server does with a second: every way a submit's
answer can be lost (the connection reset after the server made the task, a proxy's page, a
5xx, an answer too slow to wait for) is met with a look-up, never a blind re-send, on a
server that would take a second task with the same external id (as a relay may) as well
as on one that refuses it (as Kling does). The same lost answer after a restart too."""

from __future__ import annotations

import pytest

from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.sandbox import Fault
from kling_desktop.store import JobStatus
from tests.conftest import png_bytes
from tests.jobs.conftest import Rig
from tests.operations.test_avatar_and_lip_sync import wav

JOBS = {
    "picture": lambda: Request("image", prompt="a lighthouse at dusk"),
    "video": lambda: Request("text2video", prompt="a kite over the sea", duration=5),
    "sound": lambda: Request("sound_effect", prompt="waves on rocks", duration=3),
    "effect": lambda: Request("effect", effect_scene="pet_lion_pro", image=png_bytes(400, 600)),
    "talking photo": lambda: Request("avatar", image=png_bytes(400, 600), sound_file=wav(3)),
}

LOST_ANSWERS = {
    "reset after the task was made": [Fault.reset_after_receipt()],
    "reset twice": [Fault.reset_after_receipt(), Fault.reset_after_receipt()],
    "a proxy's page, then a 5xx": [Fault.html_error(502), Fault.kling_error(500, 5000)],
    "an empty answer": [Fault.empty(502)],
}


@pytest.fixture(params=["relay", "api_key"])
def lenient(request, sandbox, tmp_path, qtbot):
    """A rig whose server takes a second task with the same external id (each standard)."""
    sandbox.unique_external_ids = False
    rig = Rig(sandbox, tmp_path, qtbot, mode=request.param)
    yield rig
    rig.stop()


@pytest.mark.parametrize("kind", JOBS)
@pytest.mark.parametrize("lost", LOST_ANSWERS)
def test_a_lost_answer_is_looked_up_not_sent_again(lenient, kind, lost):
    lenient.sandbox.faults.script("submit", *LOST_ANSWERS[lost])
    job_id = lenient.run(JobSpec(JOBS[kind](), "Sandbox"), timeout=15_000)
    assert lenient.finished[job_id] == "succeeded"
    assert lenient.sandbox.counters.tasks_created == 1
    assert len(lenient.history.outputs(job_id)) >= 1


@pytest.mark.parametrize("kind", JOBS)
def test_a_lost_answer_before_a_restart_is_looked_up_after_it(lenient, kind):
    """The app quit while the answer was lost: the job is `submitting` in the history, and
    the next start finds the task the server made instead of making another."""
    faults = lenient.sandbox.faults
    faults.sometimes("submit", Fault.reset_after_receipt(), probability=1.0)
    faults.sometimes("query", Fault.reset(), probability=1.0)  # and the look-up fails too
    job_id = lenient.enqueue(JobSpec(JOBS[kind](), "Sandbox"))
    lenient.qtbot.waitUntil(lambda: lenient.sandbox.counters.tasks_created >= 1, timeout=5000)
    lenient.qtbot.waitUntil(lambda: lenient.sandbox.counters["query"] >= 1, timeout=5000)
    assert lenient.history.get(job_id).status is JobStatus.SUBMITTING
    lenient.stop()
    lenient.sandbox.faults.clear()
    assert lenient.sandbox.counters.tasks_created == 1
    lenient.start()
    assert lenient.wait(job_id, 15_000) == "succeeded"
    assert lenient.sandbox.counters.tasks_created == 1
    assert lenient.history.get(job_id).status is JobStatus.SUCCEEDED
