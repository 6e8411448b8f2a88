"""Sound: give a video sound and make a sound effect. The rules the app says before anything
is sent, the bodies it sends, Kling's answer read back (the video with sound, then the
sound), and the sandbox that holds Kling's side; from the command line, end to end."""

from __future__ import annotations

import sqlite3

import pytest

from kling_desktop.api import LEGACY
from kling_desktop.api.task import Task, TaskRef
from kling_desktop.operations import Encoding, Request, registry
from kling_desktop.sandbox.products import sound
from kling_desktop.sandbox.rules import Invalid
from kling_desktop.store import JobStatus
from tests.e2e.test_app import job
from tests.reliability.test_bad_inputs import run

FAST = {"KLING_DESKTOP_DEMO_SECONDS": "0.5"}


def sentences(request: Request) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in request.validate()]


def body(request: Request) -> dict:
    route = registry.get(request.operation).route(LEGACY)
    return route.encode(Encoding(request, None, {}, "kd-x"))


def test_a_video_is_needed_and_only_one():
    assert sentences(Request("add_sound")) == [
        (
            "video_id",
            "Choose the video to give sound to: one of yours that Kling still keeps, or a "
            "video's web address.",
        )
    ]
    both = Request("add_sound", video_id="v1", video_url="https://example.com/a.mp4")
    assert [field for field, _ in sentences(both)] == ["video_url"]
    assert sentences(Request("add_sound", video_id="v1", prompt="waves")) == []


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/a.mp4", True),
        # The demo's own server serves its videos to this computer over plain http: what
        # "From my videos" fills in must not be refused by the same form.
        ("http://127.0.0.1:8765/files/v.mp4", True),
        ("http://example.com/a.mp4", False),
        ("/home/me/a.mp4", False),
    ],
)
def test_a_video_address_is_https_or_this_computer(url, ok):
    said = sentences(Request("add_sound", video_url=url))
    refused = ("video_url", "The video's address must be a web address that starts with https://.")
    assert (refused not in said) is ok, said


def test_words_are_at_most_200_characters():
    long = Request("add_sound", video_id="v1", prompt="x" * 201, bgm_prompt="y" * 250)
    assert sentences(long) == [
        ("prompt", "The sound effects text is 201 characters long; Kling takes at most 200."),
        ("bgm_prompt", "The music text is 250 characters long; Kling takes at most 200."),
    ]
    effect = Request("sound_effect", prompt="z" * 201, duration=5)
    assert [field for field, _ in sentences(effect)] == ["prompt"]
    assert sentences(Request("sound_effect", duration=5)) == [
        ("prompt", "Describe the sound to make.")
    ]


def test_the_bodies_kling_is_sent():
    by_id = Request("add_sound", video_id=" v1 ", prompt="waves", bgm_prompt="piano")
    assert body(by_id) == {
        "external_task_id": "kd-x",
        "video_id": "v1",
        "sound_effect_prompt": "waves",
        "bgm_prompt": "piano",
        "asmr_mode": False,
    }
    by_url = Request("add_sound", video_url="https://example.com/a.mp4", asmr_mode="on")
    assert body(by_url) == {
        "external_task_id": "kd-x",
        "video_url": "https://example.com/a.mp4",
        "asmr_mode": True,
    }
    effect = Request("sound_effect", prompt="rain on a tin roof", duration=4)
    assert body(effect) == {"external_task_id": "kd-x", "prompt": "rain on a tin roof",
                            "duration": 4.0}  # fmt: skip
    for call in (by_id.to_call([LEGACY]), effect.to_call([LEGACY])):
        assert call.path.startswith("v1/audio/")
    with pytest.raises(Exception, match="cannot be sent"):
        by_id.call_on("new")  # the audio endpoints exist on the legacy standard only


def test_kling_answers_with_the_video_and_its_sound():
    data = {
        "task_id": "t1",
        "task_status": "succeed",
        "task_result": {
            "videos": [{"id": "v2", "url": "https://cdn/v2.mp4", "duration": "5.0"}],
            "audios": [
                {
                    "id": "a1",
                    "url_mp3": "https://cdn/a1.mp3",
                    "url_wav": "https://cdn/a1.wav",
                    "duration_mp3": "5.1",
                    "duration_wav": "5.0",
                }
            ],
        },
    }
    task = Task.parse(TaskRef("add_sound", LEGACY, "v1/audio/video-to-audio", "t1"), data)
    video, sound = task.results
    assert (video.media, video.index, video.id, video.duration) == ("video", 0, "v2", 5.0)
    assert (sound.media, sound.index, sound.url, sound.duration) == (
        "audio", 1, "https://cdn/a1.mp3", 5.1,
    )  # fmt: skip
    only_wav = {**data, "task_result": {"audios": [{"url_wav": "https://cdn/a.wav"}]}}
    task = Task.parse(TaskRef("sound_effect", LEGACY, "", "t1"), only_wav)
    assert [r.url for r in task.results] == ["https://cdn/a.wav"]


def test_the_sandbox_refuses_what_kling_refuses():
    with pytest.raises(Invalid, match="exactly one"):
        sound.check_add_sound(LEGACY, None, {})
    with pytest.raises(Invalid, match="exactly one"):
        sound.check_add_sound(LEGACY, None, {"video_id": "a", "video_url": "https://x/a.mp4"})
    with pytest.raises(Invalid, match="200"):
        sound.check_add_sound(LEGACY, None, {"video_id": "a", "bgm_prompt": "x" * 201})
    with pytest.raises(Invalid, match=r"between 3\.0 and 10\.0"):
        sound.check_sound_effect(LEGACY, None, {"prompt": "rain", "duration": 12})
    with pytest.raises(Invalid, match="one decimal"):
        sound.check_sound_effect(LEGACY, None, {"prompt": "rain", "duration": 4.25})
    sound.check_sound_effect(LEGACY, None, {"prompt": "rain", "duration": 4.5})


def test_sound_for_a_video_from_the_command_line(tmp_path):
    data = tmp_path / "d"
    made = run("generate", "text2video", "--prompt", "a kite at the beach", "--sandbox",
               "--data-dir", str(data), "--wait", env=FAST)  # fmt: skip
    assert made.returncode == 0, made.stderr[-2000:]
    video_job = int(made.stdout.splitlines()[0])
    _, (video,) = job(data, video_job)
    assert video.remote_id

    given = run("generate", "add-sound", "--video-id", video.remote_id, "--prompt",
                "waves and gulls", "--bgm-prompt", "soft guitar", "--sandbox", "--data-dir",
                str(data), "--wait", env=FAST)  # fmt: skip
    assert given.returncode == 0, given.stderr[-2000:]
    sound_job = int(given.stdout.splitlines()[0])
    record, outputs = job(data, sound_job)
    assert record.kind == "add_sound" and record.status is JobStatus.SUCCEEDED
    new_video, sound = outputs
    assert new_video.media == "video" and sound.media == "audio"
    assert sound.path.suffix == ".mp3" and sound.path.read_bytes()[:2] == b"\xff\xfb"
    assert sound.path.parent == new_video.path.parent == video.path.parent  # side by side
    assert sound.duration == pytest.approx(5.0)
    assert record.credits == 5  # as Kling said it charged, in the details
    # Linked to the video it gave sound to.
    conn = sqlite3.connect(data / "data" / "history.sqlite")
    links = conn.execute("SELECT job_id, output_id, role FROM job_sources").fetchall()
    assert links == [(sound_job, video.id, "video_id")]

    # Kling deletes a video 30 days on: asking then is refused before anything is sent.
    conn.execute("UPDATE outputs SET url_expires_at = 1000 WHERE id = ?", (video.id,))
    conn.commit()
    jobs_before = conn.execute("SELECT count(*) FROM jobs").fetchone()[0]
    conn.close()
    late = run("generate", "add-sound", "--video-id", video.remote_id, "--sandbox",
               "--data-dir", str(data), "--wait", env=FAST)  # fmt: skip
    assert late.returncode != 0
    assert "Kling deleted this video on 1970-01-01" in late.stderr
    assert "nothing was sent" in late.stderr and "Traceback" not in late.stderr
    conn = sqlite3.connect(data / "data" / "history.sqlite")
    assert conn.execute("SELECT count(*) FROM jobs").fetchone()[0] == jobs_before
    conn.close()


def test_a_sound_effect_from_the_command_line(tmp_path):
    data = tmp_path / "d"
    result = run("generate", "sound_effect", "--prompt", "rain on a tin roof", "--duration",
                 "4", "--sandbox", "--data-dir", str(data), "--wait", env=FAST)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    record, (sound,) = job(data, int(result.stdout.splitlines()[0]))
    assert record.kind == "sound_effect" and record.request["duration"] == 4
    assert sound.media == "audio" and sound.path.is_file() and sound.duration == 4.0
