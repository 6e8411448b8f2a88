"""Voices in a video: Kling 2.6 image to video (new standard) takes up to two voices of the
account, named in the prompt; they speak only with sound (and so at 1080p), cost 1.2 units
a second, and are refused in words on a model or connection that cannot take them."""

from __future__ import annotations

import pytest

from kling_desktop.api import LEGACY, NEW
from kling_desktop.catalogue import shipped
from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.operations.pricing import estimate
from kling_desktop.operations.registry import get
from kling_desktop.sandbox.products.video import check
from kling_desktop.sandbox.rules import Invalid
from tests.conftest import png_bytes
from tests.jobs.conftest import Rig

FRAME = png_bytes(400, 600)
NARRATOR = {"voice_id": "829824295735410756", "name": "Narrator"}
GIRL = {"voice_id": "829824295735410757", "name": "Bright girl"}


def talking(**params) -> Request:
    return Request("image2video", model="kling-2.6", first_frame=FRAME, **params)


def said(request: Request) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in request.validate()]


def test_voices_are_named_in_the_prompt_and_sent_as_kling_s_items():
    call = talking(prompt="@Narrator asks, @Bright girl answers", voices=[NARRATOR, GIRL]).to_call(
        {LEGACY, NEW}
    )
    assert call.path == "image-to-video/kling-2.6"
    contents = call.body["contents"]
    assert contents[0]["text"] == "@voice_1 asks, @voice_2 answers"
    assert contents[-2:] == [
        {"type": "voice", "voice_id": NARRATOR["voice_id"], "id": "voice_1"},
        {"type": "voice", "voice_id": GIRL["voice_id"], "id": "voice_2"},
    ]
    assert call.body["settings"]["audio"] == "native"  # never Kling's silent default
    check("image2video", NEW, "kling-2.6", call.body)


def test_what_cannot_take_voices_is_said():
    assert said(talking(prompt="hi", voices=[NARRATOR], audio="off")) == [
        ("audio", "Voices speak only in a video with sound.")
    ]
    three = said(talking(prompt="hi", voices=[NARRATOR, GIRL, {"voice_id": "3", "name": "c"}]))
    assert three[0][0] == "voices" and "at most 2" in three[0][1]
    other = Request("image2video", model="kling-3.0", first_frame=FRAME, prompt="x",
                    voices=[NARRATOR])  # fmt: skip
    assert said(other) == [
        ("voices", "The voices cannot be used with Kling 3.0. Choose Kling 2.6 for it.")
    ]
    legacy_only = talking(prompt="hi", voices=[NARRATOR])
    problems = [str(p.message) for p in legacy_only.validate(standard=LEGACY)]
    assert any("cannot be sent through this connection" in p for p in problems)


def test_the_sandbox_refuses_what_kling_refuses():
    body = talking(prompt="hi", voices=[NARRATOR]).to_call({NEW}).body
    with pytest.raises(Invalid, match="audio cannot be off"):
        check("image2video", NEW, "kling-2.6", {**body, "settings": {"audio": "off"}})
    with pytest.raises(Invalid, match=r"contents\.type 'voice' is invalid"):
        check("image2video", NEW, "kling-3.0", body)


def test_a_voice_costs_more_a_second():
    values = {"voices": [NARRATOR], "audio": "native", "resolution": "1080p", "duration": 5}
    assert estimate(get("image2video"), shipped(), "kling-2.6", values).units == 6.0


def test_a_video_with_a_voice_end_to_end(sandbox, tmp_path, qtbot):
    rig = Rig(sandbox, tmp_path, qtbot, mode="api_key")
    try:
        job_id = rig.run(JobSpec(talking(prompt="@Narrator greets", voices=[NARRATOR]), "Sandbox"))
        assert rig.finished[job_id] == "succeeded"
        sent = sandbox.tasks()[-1].body["contents"]
        assert {"type": "voice", "voice_id": NARRATOR["voice_id"], "id": "voice_1"} in sent
    finally:
        rig.stop()


def test_a_known_video_s_pixels_are_checked_before_sending():
    from kling_desktop.operations.kinds import video_pixels

    small = {"url": "https://x/v.mp4", "seconds": 5, "until": 4102444800000, "source": 1,
             "width": 640, "height": 360}  # fmt: skip
    assert video_pixels(small) == (640, 360)
    edit = Request("edit_video", video=small, prompt="make it blue")
    assert [str(p.message) for p in edit.validate()] == [
        "The video is 640×360 pixels; Kling takes videos whose sides are 700 to 4553 pixels."
    ]
    o1 = Request("edit_video", model="kling-o1", video={**small, "width": 3840, "height": 2160},
                 prompt="make it blue")  # fmt: skip
    assert "1 to 2160 pixels" in str(o1.validate()[0].message)
    fine = {**small, "width": 1280, "height": 720}
    assert Request("edit_video", video=fine, prompt="make it blue").validate() == []
