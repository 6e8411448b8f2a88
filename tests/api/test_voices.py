"""Voices of the account: Kling's presets and the user's own, made from a clip's address or
a video, deleted, and kept on disk so the list can be browsed offline. Kling's documented
answers are read as given; the command line says every step in words."""

from __future__ import annotations

import pytest

from kling_desktop.api import KlingClient, KlingError
from kling_desktop.api import voices as api
from kling_desktop.jobs.voices import Voices
from tests.conftest import make_connection
from tests.reliability.test_bad_inputs import run

#: Kling's documented answer to `GET /v1/general/custom-voices/{id}` (kling-2.6-voice-mgt).
KLING_EXAMPLE = {
    "task_id": "t-1",
    "task_status": "succeed",
    "task_status_msg": "",
    "task_info": {"external_task_id": "kd-1"},
    "task_result": {
        "voices": [
            {
                "voice_id": "850087542757535834",
                "voice_name": "Custom Voice",
                "trial_url": "https://p2-kling.klingai.com/out.mp3",
                "owned_by": "10001",
            }
        ]
    },
    "final_unit_deduction": "0.05",
    "created_at": 1722769557708,
    "updated_at": 1722769557708,
}


def test_kling_s_documented_answer_is_read():
    (voice,) = api.parse(KLING_EXAMPLE)
    assert (voice.voice_id, voice.name, voice.status) == (
        "850087542757535834",
        "Custom Voice",
        "ready",
    )
    assert voice.sample_url.endswith("out.mp3") and not voice.preset
    preset = {**KLING_EXAMPLE, "task_result": {"voices": [{"voice_id": "1", "owned_by": "kling"}]}}
    assert api.parse(preset)[0].preset
    assert api.parse({"task_id": "t", "task_status": "processing"})[0].status == "creating"
    failed = api.parse({"task_id": "t", "task_status": "failed", "task_status_msg": "noisy"})
    assert (failed[0].status, failed[0].message) == ("failed", "noisy")
    assert api.parse("nonsense") == []


@pytest.fixture
def library(sandbox, tmp_path):
    clients: list[KlingClient] = []

    def client(profile: str) -> KlingClient:
        clients.append(KlingClient(make_connection("relay", sandbox)))
        return clients[-1]

    yield Voices(tmp_path / "cache", client)
    for c in clients:
        c.close()


def test_a_voice_is_made_listed_and_deleted(library, sandbox):
    made = library.create("Sandbox", "Narrator", sample_url="https://example.com/me.mp3")
    assert made.status == "creating" and made.task_id
    done = library.follow("Sandbox", made.task_id, every=0.05)
    assert done.status == "ready" and done.voice_id and done.name == "Narrator"
    shelf = library.refresh("Sandbox")
    assert [v.name for v in shelf.custom] == ["Narrator"]
    assert len(shelf.presets) == 3 and all(v.sample_url for v in shelf.presets)
    library.delete("Sandbox", done.voice_id)
    assert library.cached("Sandbox").custom == []
    assert library.refresh("Sandbox").custom == []


def test_the_list_is_kept_for_offline_browsing(library, sandbox, tmp_path):
    assert library.cached("Sandbox").seen_at is None
    library.refresh("Sandbox")
    again = Voices(tmp_path / "cache", lambda profile: pytest.fail("no network offline"))
    shelf = again.cached("Sandbox")
    assert shelf.seen_at is not None and len(shelf.presets) == 3
    for path in (tmp_path / "cache").iterdir():
        path.write_text("{damaged", encoding="utf-8")
    fresh = Voices(tmp_path / "cache", lambda profile: pytest.fail("no network offline"))
    assert fresh.cached("Sandbox").seen_at is None  # a damaged cache is as none


def test_kling_s_refusals_are_errors(library):
    with pytest.raises(KlingError, match="exactly one of voice_url and video_id"):
        library.create("Sandbox", "Nothing")
    with pytest.raises(KlingError, match="voice_name exceeds 20 characters"):
        library.create("Sandbox", "x" * 21, sample_url="https://x/a.mp3")
    with pytest.raises(KlingError, match="only custom voices can be deleted"):
        library.delete("Sandbox", "829824295735410756")


def test_voices_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    common = ("--sandbox", "--data-dir", str(data))
    listed = run("voices", "list", *common)
    assert listed.returncode == 0, listed.stderr
    assert "oversea_male1" in listed.stdout and "Warm narrator" in listed.stdout
    made = run("voices", "add", "Narrator", "--from-url", "https://example.com/me.mp3",
               "--wait", *common)  # fmt: skip
    assert made.returncode == 0, made.stderr
    voice_id = made.stdout.splitlines()[-1]
    offline = run("voices", "list", "--offline", *common)
    assert f"{voice_id}" in offline.stdout and "Narrator" in offline.stdout
    removed = run("voices", "remove", voice_id, *common)
    assert removed.returncode == 0 and "Deleted" in removed.stdout


def test_a_file_on_this_computer_is_said_not_sent(tmp_path):
    clip = tmp_path / "me.mp3"
    clip.write_bytes(b"ID3" + bytes(100))
    said = run("voices", "add", "Me", "--from-file", str(clip), "--sandbox",
               "--data-dir", str(tmp_path / "d"))  # fmt: skip
    assert said.returncode == 2
    assert "only by its web address" in said.stderr and "Traceback" not in said.stderr
    wrong = tmp_path / "me.txt"
    wrong.write_text("hi")
    said = run("voices", "add", "Me", "--from-file", str(wrong), "--sandbox",
               "--data-dir", str(tmp_path / "d"))  # fmt: skip
    assert "MP3, WAV, MP4 or MOV" in said.stderr


def test_effects_from_the_command_line(tmp_path):
    listed = run("effects", "list", "--pictures", "2", "--data-dir", str(tmp_path))
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert len(lines) == 15 and any(line.startswith("hug_pro") for line in lines)
    found = run("effects", "list", "--search", "拥抱", "--data-dir", str(tmp_path))
    assert found.stdout.startswith("hug_pro")
    assert run("effects", "list", "--search", "zzz", "--data-dir", str(tmp_path)).returncode == 1


def test_speech_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    done = run("generate", "speech", "--prompt", "Hello there", "--voice", "oversea_male1",
               "--speed", "1.2", "--wait", "--sandbox", "--data-dir", str(data))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(".wav")
    refused = run("generate", "speech", "--prompt", "你好", "--voice", "oversea_male1",
                  "--language", "zh", "--sandbox", "--data-dir", str(data))  # fmt: skip
    assert refused.returncode == 2
    assert "speaks only English" in refused.stderr
