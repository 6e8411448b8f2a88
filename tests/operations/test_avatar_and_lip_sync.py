"""A photo that talks, and a face in a video that speaks: the sound is a file (or one of
the user's sounds, as its file), checked as Kling will (kind, size, 2 s to 5 min or 60 s);
lip-sync first asks Kling for the video's faces, and the face chosen speaks. Both run end
to end against the sandbox, priced by the second before they are sent."""

from __future__ import annotations

import base64
import io
import wave

import pytest

from kling_desktop.api import LEGACY, KlingClient, KlingError
from kling_desktop.api import faces as faces_api
from kling_desktop.catalogue import shipped
from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.operations.pricing import estimate
from kling_desktop.operations.registry import get
from kling_desktop.sandbox.media import silent_mp3
from kling_desktop.sandbox.products import avatar as avatar_product
from kling_desktop.sandbox.products import lip_sync as lip_product
from kling_desktop.sandbox.rules import Invalid
from tests.conftest import make_connection, png_bytes
from tests.jobs.conftest import Rig
from tests.reliability.test_bad_inputs import run

PHOTO = png_bytes(400, 600)
TALK = "https://cdn.example.com/talk.mp4"


def wav(seconds: float) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(bytes(int(8000 * 2 * seconds)))
    return out.getvalue()


def said(request: Request) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in request.validate()]


# A talking photo ------------------------------------------------------------------------------


def test_what_a_photo_says_is_checked_before_sending():
    assert said(Request("avatar", image=PHOTO)) == [
        ("sound_file", "Add what the photo says: a sound file, or one of your sounds.")
    ]
    assert said(Request("avatar", image=PHOTO, sound_file=wav(1.5))) == [
        ("sound_file", "The sound lasts 1.5 seconds; Kling takes 2 seconds to 5 minutes.")
    ]
    assert said(Request("avatar", image=PHOTO, sound_file=b"%PDF-1.4 not a sound")) == [
        ("sound_file", "The sound is not an MP3, WAV, M4A or AAC sound.")
    ]
    both = Request("avatar", image=PHOTO, sound_file=wav(3), audio_id="audio-1")
    assert said(both) == [("audio_id", "Give one sound: a file or one of your sounds, not both.")]
    assert said(Request("avatar", image=PHOTO, sound_file=wav(3))) == []


def test_a_talking_photo_is_priced_by_the_second_of_its_sound():
    operation, catalogue = get("avatar"), shipped()
    values = {"sound_file": wav(10), "mode": "std"}
    assert estimate(operation, catalogue, None, values).units == 4.0
    assert estimate(operation, catalogue, None, {**values, "mode": "pro"}).units == 8.0


def test_the_avatar_body_is_kling_s():
    call = Request(
        "avatar", image=PHOTO, sound_file=wav(3), prompt="nods", mode="pro", external_task_id="k"
    ).to_call({LEGACY})
    assert call.path == "v1/videos/avatar/image2video"
    body = call.body
    assert set(body) == {"image", "sound_file", "prompt", "mode", "external_task_id"}
    assert base64.b64decode(body["sound_file"])[:4] == b"RIFF"
    avatar_product.check(LEGACY, None, body)
    with pytest.raises(Invalid, match="exactly one of audio_id and sound_file"):
        avatar_product.check(LEGACY, None, {**body, "audio_id": "a-1"})


# Lip-sync -------------------------------------------------------------------------------------


def lips(**params) -> Request:
    return Request("lip_sync", video=TALK, session_id="s-1", face_id="0", **params)


def test_lip_sync_limits_are_said():
    assert said(Request("lip_sync")) == [
        ("video", "Choose the video whose face will speak."),
        ("session_id", "Find the faces in the video first, then choose the one that speaks."),
        ("face_id", "Choose the face that speaks."),
        ("sound_file", "Add what the face says: a sound file, or one of your sounds."),
    ]
    assert said(lips(sound_file=wav(61))) == [
        ("sound_file", "The sound lasts 61.0 seconds; Kling takes 2 to 60 seconds.")
    ]
    long_video = {"url": TALK, "seconds": 75, "until": 4102444800000, "source": 3}
    problems = said(Request("lip_sync", video=long_video, session_id="s", face_id="0",
                            sound_file=wav(3)))  # fmt: skip
    assert problems == [
        (
            "video",
            "The video is 75 seconds long; Kling makes faces speak in videos of 2 to 60 seconds.",
        )
    ]
    assert said(lips(sound_file=wav(3), sound_insert_time="soon"))[0][0] == "sound_insert_time"
    assert said(lips(sound_file=wav(3), sound_volume=2.5))[0][0] == "sound_volume"


def test_the_lip_sync_body_is_kling_s():
    call = lips(
        sound_file=wav(4), sound_insert_time="1.5", sound_volume=1.5, original_audio_volume=0.0
    ).to_call({LEGACY})
    assert call.path == "v1/videos/advanced-lip-sync"
    (face,) = call.body["face_choose"]
    assert call.body["session_id"] == "s-1" and "video" not in call.body
    assert face["face_id"] == "0"
    assert (face["sound_start_time"], face["sound_end_time"]) == (0, 4000)
    assert face["sound_insert_time"] == 1500
    assert (face["sound_volume"], face["original_audio_volume"]) == (1.5, 0.0)


def test_lip_sync_is_priced_by_each_started_5_seconds():
    video = {"url": TALK, "seconds": 12, "until": 4102444800000, "source": 3}
    price = estimate(get("lip_sync"), shipped(), None, {"video": video})
    assert (price.pack, price.units) == ("video", 1.5)  # 15 s: three times 0.5


def test_kling_s_face_answer_is_read():
    answer = {
        "session_id": "850508686686064678",
        "final_unit_deduction": "0.05",
        "face_data": [
            {"face_id": "0", "face_image": "https://x/f.png", "start_time": 0, "end_time": 5200}
        ],
    }
    found = faces_api.parse(answer)
    assert found.session_id == "850508686686064678"
    (face,) = found.faces
    assert (face.face_id, face.start_ms, face.end_ms, face.seconds) == ("0", 0, 5200, 5.2)
    with pytest.raises(KlingError):
        faces_api.parse({"face_data": []})


def test_faces_are_found_then_one_speaks_end_to_end(sandbox, tmp_path, qtbot):
    with KlingClient(make_connection("relay", sandbox)) as client:
        with pytest.raises(KlingError, match="exactly one of video_id and video_url"):
            faces_api.identify(client)
        params = {"video": TALK, "face_id": "1"}
        get("lip_sync").first(client, params)
        assert params["session_id"] and params["face_id"] == "1"
        with pytest.raises(KlingError, match="found the faces 0, 1"):
            get("lip_sync").first(client, {"video": TALK, "face_id": "9"})
    rig = Rig(sandbox, tmp_path, qtbot)
    try:
        job_id = rig.run(JobSpec(Request("lip_sync", sound_file=wav(3), **params), "Sandbox"))
        assert rig.finished[job_id] == "succeeded"
        (video,) = rig.history.outputs(job_id)
        assert video.media == "video" and video.file_present()
        stale = dict(params, session_id="123")  # a session Kling does not know
        failed = rig.run(JobSpec(Request("lip_sync", sound_file=wav(3), **stale), "Sandbox"))
        assert rig.finished[failed] == "failed"
        assert "session_id is invalid or expired" in (rig.history.get(failed).error or "")
    finally:
        rig.stop()
    with pytest.raises(Invalid, match="supports exactly one face"):
        lip_product.check(LEGACY, None, {"session_id": params["session_id"], "face_choose": []})


def test_a_talking_photo_from_a_speech_end_to_end(sandbox, tmp_path, qtbot):
    rig = Rig(sandbox, tmp_path, qtbot)
    try:
        speech = rig.run(
            JobSpec(Request("speech", prompt="Hello, welcome to my channel"), "Sandbox")
        )
        (sound,) = rig.history.outputs(speech)
        job_id = rig.run(
            JobSpec(
                Request("avatar", image=PHOTO, sound_file=sound.path.read_bytes(), mode="pro"),
                "Sandbox",
            )
        )
        assert rig.finished[job_id] == "succeeded"
        assert rig.history.get(job_id).credits == 4.0  # the sandbox's 5 s at Pro
    finally:
        rig.stop()


def test_talking_and_lip_sync_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    common = ("--sandbox", "--data-dir", str(data))
    env = {"KLING_DESKTOP_DEMO_SECONDS": "0.5"}
    photo, clip = tmp_path / "me.png", tmp_path / "hello.mp3"
    photo.write_bytes(PHOTO)
    clip.write_bytes(silent_mp3(4))
    spoken = run("generate", "speech", "--prompt", "Hello there, friends", "--wait", *common,
                 env=env)  # fmt: skip
    assert spoken.returncode == 0, spoken.stderr
    job = spoken.stdout.split()[0]
    talking = run("generate", "avatar", "--image", str(photo), "--audio-job", job, "--wait",
                  *common, env=env)  # fmt: skip
    assert talking.returncode == 0, talking.stderr
    assert talking.stdout.strip().endswith(".mp4")
    synced = run("generate", "lip-sync", "--video-url", TALK, "--audio-file", str(clip),
                 "--face", "1", "--starts-at", "0.5", "--wait", *common, env=env)  # fmt: skip
    assert synced.returncode == 0, synced.stderr
    wrong = run("generate", "lip-sync", "--video-url", TALK, "--audio-file", str(clip),
                "--face", "7", *common, env=env)  # fmt: skip
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == "Kling found the faces 0, 1 in this video; choose one of them."
    nothing = run("generate", "avatar", "--image", str(photo), "--audio-job", "99", *common)
    assert "--audio-job: job 99 has no sound saved on this computer" in nothing.stderr


def test_a_video_of_yours_by_its_job_or_kling_id_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    common = ("--sandbox", "--data-dir", str(data))
    env = {"KLING_DESKTOP_DEMO_SECONDS": "0.5"}
    clip = tmp_path / "hello.mp3"
    clip.write_bytes(silent_mp3(4))
    made = run("generate", "text2video", "--prompt", "a host talks", "--wait", *common, env=env)
    assert made.returncode == 0, made.stderr
    job = made.stdout.split()[0]
    synced = run("generate", "lip-sync", "--video-id", job, "--audio-file", str(clip), "--wait",
                 *common, env=env)  # fmt: skip
    assert synced.returncode == 0, synced.stderr
    unknown = run("generate", "motion-control", "--video-id", "850087542757535834", "--image",
                  str(clip), *common)  # fmt: skip
    assert unknown.returncode == 2
    assert "--video-id: 850087542757535834 is not one of your videos in this history" in (
        unknown.stderr
    )
    assert "video: Choose" not in unknown.stderr  # said once, by its option


def test_words_spoken_first_then_said_by_a_photo_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    common = ("--sandbox", "--data-dir", str(data))
    env = {"KLING_DESKTOP_DEMO_SECONDS": "0.5"}
    photo = tmp_path / "me.png"
    photo.write_bytes(PHOTO)
    done = run("generate", "avatar", "--image", str(photo), "--speech", "Hello and welcome back",
               "--voice", "oversea_male1", "--wait", *common, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert lines[1].endswith(".wav") and lines[3].endswith(".mp4")  # the speech, then the photo
    refused = run("generate", "lip-sync", "--video-url", TALK, "--speech", "你好",
                  "--voice", "oversea_male1", "--language", "zh", *common)  # fmt: skip
    assert refused.returncode == 2 and "speaks only English" in refused.stderr
    both = run("generate", "avatar", "--image", str(photo), "--speech", "hi", "--audio-job", "1",
               *common)  # fmt: skip
    assert both.returncode == 2 and "give one sound" in both.stderr
