"""Edit a video: Kling 3.0 Omni and O1 change a video as the words say. Each model's
length range is said before sending when the app knows the video; it goes out as a
`base_video` item (no frames, no storyboard, its own sound or none); the sandbox, as
Kling, takes that and refuses the rest; and it runs end to end, linked to the video."""

from __future__ import annotations

import time

import pytest

from kling_desktop.api import LEGACY, NEW
from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.sandbox.products import omni_video as product
from kling_desktop.sandbox.rules import Invalid
from tests.conftest import png_bytes
from tests.jobs.conftest import Rig

PARROT = "https://cdn.example.com/parrot.mp4"


def kept(seconds: float) -> dict:
    return {"url": PARROT, "seconds": seconds, "until": int((time.time() + 864000) * 1000)}


def said(request: Request) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in request.validate()]


def test_what_is_missing_is_said():
    assert said(Request("edit_video")) == [
        ("video", "Choose the video to edit."),
        ("prompt", "Say what to change in the video."),
    ]


@pytest.mark.parametrize(
    ("model", "seconds", "message"),
    [
        ("kling-o1", 12, "The video to edit is 12 seconds long; Kling O1 takes 3 to 10 seconds."),
        (
            "kling-3.0-omni",
            16,
            "The video to edit is 16 seconds long; Kling 3.0 Omni takes 3 to 15.5 seconds.",
        ),
        (
            "kling-3.0-omni",
            2,
            "The video to edit is 2 seconds long; Kling 3.0 Omni takes 3 to 15.5 seconds.",
        ),
    ],
)
def test_each_model_s_range_is_said_before_sending(model, seconds, message):
    request = Request("edit_video", model=model, prompt="blue", video=kept(seconds))
    assert said(request) == [("video", message)]
    assert said(Request("edit_video", model=model, prompt="blue", video=kept(8))) == []


def test_what_an_edit_cannot_do_is_said():
    native = Request("edit_video", prompt="blue", video=PARROT, audio="native")
    assert said(native) == [
        (
            "audio",
            "The sound cannot be made with the video with Kling 3.0 Omni; choose the video's "
            "own, none (silent).",
        )
    ]
    crowded = Request(
        "edit_video", prompt="blue", video=PARROT, reference_images=[png_bytes(400, 400)] * 5
    )
    assert said(crowded) == [
        ("reference_images", "The reference pictures: Kling 3.0 Omni takes at most 4; there are 5.")
    ]


def test_the_body_is_a_base_video_item():
    call = Request(
        "edit_video",
        prompt="make @image_1's feathers blue",
        video=kept(6),
        reference_images=[png_bytes(400, 400)],
        resolution="4k",
        audio="original",
        external_task_id="kd-1",
    ).to_call({LEGACY, NEW})
    assert call.path == "omni-video/kling-3.0-omni"
    assert [c["type"] for c in call.body["contents"]] == ["prompt", "base_video", "refer_image"]
    assert call.body["contents"][1] == {"type": "base_video", "url": PARROT, "id": "video_1"}
    assert call.body["settings"] == {"resolution": "4k", "audio": "original", "multi_shot": False}
    product.check(NEW, "kling-3.0-omni", call.body)


def test_only_the_new_standard_has_it():
    with pytest.raises(Exception, match="needs a Kling API key"):
        Request("edit_video", prompt="blue", video=PARROT).to_call({LEGACY})


def test_the_sandbox_refuses_what_kling_refuses_of_an_edit():
    base = {"type": "base_video", "url": PARROT, "id": "video_1"}
    frame = {"type": "first_frame", "url": "https://x/a.png"}
    with pytest.raises(Invalid, match="takes no first or last frame"):
        product.check(NEW, "kling-3.0-omni", {"contents": [base, frame], "settings": {}})
    with pytest.raises(Invalid, match="cannot be multi-shot"):
        product.check(NEW, "kling-3.0-omni", {"contents": [base], "settings": {"multi_shot": True}})
    with pytest.raises(Invalid, match="native audio is not supported"):
        product.check(NEW, "kling-3.0-omni", {"contents": [base], "settings": {"audio": "native"}})
    feature = {"type": "feature_video", "url": PARROT, "id": "video_2"}
    with pytest.raises(Invalid, match="at most 1 reference video"):
        product.check(NEW, "kling-3.0-omni", {"contents": [base, feature], "settings": {}})


def test_a_video_of_yours_is_edited_end_to_end(sandbox, tmp_path, qtbot):
    rig = Rig(sandbox, tmp_path, qtbot, mode="api_key")
    try:
        made = rig.run(JobSpec(Request("text2video", prompt="a green parrot"), "Sandbox"))
        (video,) = rig.history.outputs(made)
        job_id = rig.run(
            JobSpec(
                Request(
                    "edit_video",
                    prompt="make the parrot blue",
                    resolution="1080p",
                    video={"url": video.url, "seconds": video.duration, "source": video.id},
                ),
                "Sandbox",
            )
        )
        assert rig.finished[job_id] == "succeeded"
        body = sandbox.tasks()[-1].body
        assert {"type": "base_video", "url": video.url, "id": "video_1"} in body["contents"]
        (link,) = rig.history.made_from(job_id)
        assert (link.job_id, link.role) == (made, "video")
        assert rig.history.get(job_id).credits == 6.0  # 1.2 a second at 1080p, 5 s made
    finally:
        rig.stop()
