"""Speech: words said by one of Kling's voices. Kling answers the request with the sound
itself (no task to poll, none to look up), so the job ends with the answer, and an answer
lost on the way is said, never asked for again by itself: that could charge twice."""

from __future__ import annotations

import pytest

from kling_desktop.api import LEGACY
from kling_desktop.catalogue import shipped
from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.operations.pricing import estimate
from kling_desktop.operations.registry import get
from kling_desktop.sandbox import Fault
from kling_desktop.sandbox.products import speech as product
from kling_desktop.sandbox.rules import Invalid
from kling_desktop.store import JobStatus
from tests.jobs.conftest import Rig


def said(request: Request) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in request.validate()]


def test_what_is_missing_or_too_long_is_said():
    assert said(Request("speech")) == [("prompt", "Write the words the voice should say.")]
    assert said(Request("speech", prompt="x" * 1001)) == [
        ("prompt", "The text is 1001 characters long; Kling takes at most 1000.")
    ]
    assert said(Request("speech", prompt="x" * 1000)) == []


def test_a_voice_that_does_not_speak_the_language_is_said():
    request = Request(
        "speech", prompt="Good evening", voice_id="oversea_male1", voice_language="zh"
    )
    assert said(request) == [
        (
            "voice_language",
            "Anchor, a man speaks only English: choose another voice, or write in English.",
        )
    ]
    both = Request("speech", prompt="晚上好", voice_id="genshin_vindi2", voice_language="zh")
    assert said(both) == []


def test_an_unknown_voice_or_speed_is_refused():
    assert said(Request("speech", prompt="hi", voice_id="nobody"))[0][0] == "voice_id"
    assert said(Request("speech", prompt="hi", voice_speed="3.0"))[0][0] == "voice_speed"


def test_the_body_is_kling_s_and_the_sandbox_takes_it():
    call = Request("speech", prompt="Hello", voice_id="oversea_male1", voice_speed="1.5").to_call(
        {LEGACY}
    )
    assert call.path == "v1/audio/tts" and call.at_once
    assert call.body == {
        "text": "Hello",
        "voice_id": "oversea_male1",
        "voice_language": "en",
        "voice_speed": 1.5,
    }
    product.check(LEGACY, None, call.body)
    with pytest.raises(Invalid, match="Voice id not found"):
        product.check(LEGACY, None, {**call.body, "voice_id": "kling_preset_7"})
    with pytest.raises(Invalid, match="external_task_id is not a parameter"):
        product.check(LEGACY, None, {**call.body, "external_task_id": "kd-1"})


def test_the_price_is_known_before():
    price = estimate(get("speech"), shipped(), None, {"prompt": "hi"})
    assert (price.pack, price.units) == ("audio", 0.05)


def test_every_voice_in_the_list_is_named_in_both_languages():
    voices = shipped().voices
    assert len(voices) >= 20
    for voice in voices.values():
        assert voice.name.en and voice.name.zh_CN and set(voice.languages) <= {"en", "zh"}


@pytest.fixture
def rig(sandbox, tmp_path, qtbot):
    rig = Rig(sandbox, tmp_path, qtbot, mode="relay")
    yield rig
    rig.stop()


def test_speech_ends_with_its_answer_without_a_single_query(rig):
    job_id = rig.run(JobSpec(Request("speech", prompt="Welcome to the show"), "Sandbox"))
    assert rig.finished[job_id] == "succeeded"
    (sound,) = rig.history.outputs(job_id)
    assert sound.media == "audio" and sound.file_present()
    # The sandbox's speech is a placeholder you can hear: a WAV that is not silence.
    data = sound.path.read_bytes()
    assert sound.path.suffix == ".wav" and any(data[44:])
    assert sound.duration == 3.0
    assert rig.sandbox.counters["query"] == 0
    assert rig.sandbox.counters.tasks_created == 1
    assert rig.history.get(job_id).credits == 0.05


@pytest.mark.parametrize(
    "lost", [Fault.reset_after_receipt(), Fault.html_error(502), Fault.empty(502)]
)
def test_a_lost_answer_is_said_and_never_sent_again(rig, lost):
    rig.sandbox.faults.script("submit", lost)
    job_id = rig.run(JobSpec(Request("speech", prompt="Once only"), "Sandbox"), timeout=15_000)
    assert rig.finished[job_id] == "failed"
    job = rig.history.get(job_id)
    assert "may have charged for it" in (job.error or "")
    assert rig.sandbox.counters["submit"] == 1


def test_a_refused_request_is_safe_to_send_again(rig):
    """Kling said no (nothing made): that is not a lost answer."""
    rig.sandbox.faults.script("submit", Fault.kling_error(429, 1302, "rate limited"))
    job_id = rig.run(JobSpec(Request("speech", prompt="Twice is fine"), "Sandbox"))
    assert rig.finished[job_id] == "succeeded"
    assert rig.sandbox.counters.tasks_created == 1


def test_a_speech_job_stopped_mid_request_is_not_sent_again_after_a_restart(rig):
    """A kill mid-POST leaves the job `submitting`: the next start cannot look it up (Kling
    keeps nothing by the app's id), so it says so instead of sending it again."""
    rig.stop()
    rig.start()
    rig.engine.shutdown(timeout=5)  # the steps alone, as the next start runs them
    job_id = rig.steps.record(JobSpec(Request("speech", prompt="Interrupted"), "Sandbox"))
    rig.history.update(job_id, JobStatus.SUBMITTING)
    outcome = rig.steps.submit(job_id)
    assert outcome.status is JobStatus.FAILED
    assert "the app stopped while waiting for it" in str(outcome.message)
    assert rig.sandbox.counters["submit"] == 0
