"""Motion control: a character's picture moves as the person in a video does. Its limits
are said before sending where the app knows the video (one of the user's results: its
length, the day Kling deletes it), it goes out on both standards as Kling's pages write
it, and it runs end to end through the engine, linked to the video it copied."""

from __future__ import annotations

import time

import pytest

from kling_desktop.api import LEGACY, NEW
from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.sandbox.products import motion_control as product
from kling_desktop.sandbox.rules import Invalid
from tests.conftest import png_bytes
from tests.jobs.conftest import Rig

PICTURE = png_bytes(400, 600)
DANCE = "https://cdn.example.com/dance.mp4"


def motion(**params) -> Request:
    return Request("motion_control", **params)


def said(request: Request) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in request.validate()]


def kept(seconds: float, *, days_left: float = 10) -> dict:
    """A video of the user's, as the form holds one taken from the history."""
    until = int((time.time() + days_left * 86400) * 1000)
    return {"url": DANCE, "seconds": seconds, "until": until, "source": 7}


def test_what_is_missing_is_said():
    assert said(motion()) == [
        ("image", "Add a picture of the character who will move."),
        ("video", "Choose the video whose moves the character copies."),
    ]
    assert said(motion(image=PICTURE, video=DANCE)) == []


@pytest.mark.parametrize(
    ("video", "orientation", "message"),
    [
        (
            kept(12),
            "image",
            "The motion video is 12 seconds long: following the picture's pose, Kling takes at "
            "most 10 seconds. Follow the video's pose (up to 30 s), or choose a shorter video.",
        ),
        (kept(31), "video", "The motion video is 31 seconds long; Kling takes at most 30 seconds."),
        (kept(2), "video", "The motion video is 2 seconds long; Kling needs at least 3."),
        (
            "/home/me/dance.mp4",
            "image",
            "The motion video must be a video's web address (https://…): Kling takes videos "
            "only by address.",
        ),
        (
            "http://example.com/dance.mp4",
            "image",
            "The motion video must be a video's web address (https://…): Kling takes videos "
            "only by address.",
        ),
    ],
)
def test_the_video_is_refused_before_sending_when_it_cannot_go(video, orientation, message):
    request = motion(image=PICTURE, video=video, character_orientation=orientation)
    assert ("video", message) in said(request)


def test_a_video_kling_has_deleted_is_refused_in_words():
    (problem,) = said(motion(image=PICTURE, video=kept(5, days_left=-1)))
    assert problem[0] == "video"
    assert problem[1].startswith("Kling deleted this video on ")
    assert problem[1].endswith("nothing was sent. Choose a newer video.")


def test_the_video_pose_takes_up_to_30_seconds():
    assert said(motion(image=PICTURE, video=kept(25), character_orientation="video")) == []


def test_the_new_standard_body_is_kling_s():
    call = motion(
        image=PICTURE,
        video=kept(6),
        prompt="@Mia dances in the rain",
        elements=[{"element_id": "8231", "name": "Mia"}],
        character_orientation="video",
        audio="off",
        resolution="1080p",
        external_task_id="kd-1",
    ).to_call({LEGACY, NEW})
    assert call.path == "motion-control/kling-3.0"
    types = [item["type"] for item in call.body["contents"]]
    assert types == ["prompt", "image", "video", "element"]
    assert call.body["contents"][0]["text"] == "@element_1 dances in the rain"
    assert call.body["contents"][2]["url"] == DANCE  # what the app knew stays at home
    assert call.body["settings"] == {
        "character_orientation": "video",
        "audio": "off",
        "resolution": "1080p",
    }
    product.check(NEW, "kling-3.0", call.body)  # and the sandbox, as Kling, takes it


def test_an_element_makes_kling_follow_the_video_pose():
    request = motion(
        image=PICTURE,
        video=DANCE,
        character_orientation="image",
        elements=[{"element_id": "8231", "name": "Mia"}],
    )
    assert said(request) == [
        ("character_orientation", "With an element, Kling follows the motion video's pose.")
    ]


def test_the_legacy_body_is_kling_s():
    call = motion(
        model="kling-2.6",
        image=PICTURE,
        video=DANCE,
        audio="original",
        resolution="1080p",
        external_task_id="kd-2",
    ).to_call({LEGACY})
    assert call.path == "v1/videos/motion-control"
    body = call.body
    assert body["model_name"] == "kling-v2-6" and body["video_url"] == DANCE
    assert body["keep_original_sound"] == "yes" and body["mode"] == "pro"
    assert body["character_orientation"] == "image" and body["image_url"]
    product.check(LEGACY, None, body)


def test_the_sandbox_refuses_what_kling_refuses():
    both = [{"type": "image", "url": "https://x/a.png"}, {"type": "video", "url": DANCE}]
    with pytest.raises(Invalid, match="one image and one video are required"):
        product.check(NEW, "kling-3.0", {"contents": both[:1], "settings": {}})
    with pytest.raises(Invalid, match="character_orientation is required"):
        product.check(NEW, "kling-3.0", {"contents": both, "settings": {}})
    with pytest.raises(Invalid, match="given by its URL"):
        product.check(
            NEW,
            "kling-2.6",
            {
                "contents": [
                    {"type": "image", "url": "https://x/a.png"},
                    {"type": "video", "url": "bXlkYW5jZQ=="},
                ],
                "settings": {"character_orientation": "image"},
            },
        )
    element = {"type": "element", "element_id": "1", "id": "element_1"}
    with pytest.raises(Invalid, match=r"elements are not supported by kling-2\.6"):
        product.check(
            NEW,
            "kling-2.6",
            {
                "contents": [
                    {"type": "image", "url": "https://x/a.png"},
                    {"type": "video", "url": DANCE},
                    element,
                ],
                "settings": {"character_orientation": "video"},
            },
        )


@pytest.mark.parametrize("mode", ["relay", "api_key"])
def test_a_video_of_yours_drives_a_picture_end_to_end(sandbox, tmp_path, qtbot, mode):
    rig = Rig(sandbox, tmp_path, qtbot, mode=mode)
    try:
        made = rig.run(JobSpec(Request("text2video", prompt="a dancer"), "Sandbox"))
        (video,) = rig.history.outputs(made)
        chosen = {
            "url": video.url,
            "seconds": video.duration,
            "until": int(video.url_expires_at.timestamp() * 1000),
            "source": video.id,
        }
        job_id = rig.run(
            JobSpec(
                Request("motion_control", image=PICTURE, video=chosen, prompt="she dances"),
                "Sandbox",
            )
        )
        assert rig.finished[job_id] == "succeeded"
        task = sandbox.tasks()[-1]
        assert task.kind == "motion_control"
        sent = (
            task.body["video_url"]
            if mode == "relay"
            else next(c["url"] for c in task.body["contents"] if c["type"] == "video")
        )
        assert sent == video.url
        (link,) = rig.history.made_from(job_id)
        assert (link.job_id, link.role) == (made, "video")
        (output,) = rig.history.outputs(job_id)
        assert output.media == "video" and output.file_present()
        job = rig.history.get(job_id)
        assert job.credits == 4.5  # Kling 3.0 at 720p: 0.9 a second of the 5 s it made
    finally:
        rig.stop()
