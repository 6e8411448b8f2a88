"""Pictures and videos from references: what each omni model takes, said in words, the
bodies Kling expects, and both running end to end against the sandbox."""

from __future__ import annotations

import pytest

from kling_desktop.api import LEGACY, NEW, ValidationError
from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from tests.conftest import png_bytes

PICTURE = png_bytes(640, 480)
BOTH = {LEGACY, NEW}


def omni_video(**params) -> Request:
    return Request("omni_video", **params)


def omni_image(**params) -> Request:
    return Request("omni_image", **params)


@pytest.mark.parametrize(
    ("request_", "field", "message"),
    [
        (
            omni_video(),
            "prompt",
            "Write a prompt, or add a picture or a video for Kling to start from.",
        ),
        (
            omni_video(prompt="a", reference_images=[PICTURE] * 8),
            "reference_images",
            "The reference pictures: Kling 3.0 Omni takes at most 7; there are 8.",
        ),
        (
            omni_video(
                prompt="a",
                reference_images=[PICTURE] * 5,
                reference_video="https://cdn.example.com/mine.mp4",
                audio="original",
            ),
            "reference_images",
            "With a reference video, Kling 3.0 Omni takes at most 4 reference pictures.",
        ),
        (
            omni_video(prompt="a", reference_video="https://cdn.example.com/v.mp4", audio="native"),
            "audio",
            "With a reference video, Kling 3.0 Omni makes a silent video (it keeps a video's "
            "own sound only when it edits that video).",
        ),
        (
            # Kling's pages: a reference video (feature_video) makes the video silent; its
            # own sound is kept only by a video being edited (base_video).
            omni_video(
                prompt="a", reference_video="https://cdn.example.com/v.mp4", audio="original"
            ),
            "audio",
            "With a reference video, Kling 3.0 Omni makes a silent video (it keeps a video's "
            "own sound only when it edits that video).",
        ),
        (
            omni_video(prompt="a", audio="original"),
            "audio",
            "Kling 3.0 Omni keeps a video's own sound only when it edits that video.",
        ),
        (
            omni_video(model="kling-o1", prompt="a", duration=7),
            "duration",
            "From words alone, Kling O1 makes only 5 or 10 second videos.",
        ),
        (
            omni_video(prompt="a", last_frame=PICTURE),
            "last_frame",
            "A last frame needs a first frame as well.",
        ),
        (
            omni_video(model="kling-o1", first_frame=PICTURE, duration=7),
            "duration",
            "From a first frame alone, Kling O1 makes only 5 or 10 second videos.",
        ),
        (
            omni_video(
                model="kling-o1",
                first_frame=PICTURE,
                last_frame=PICTURE,
                reference_images=[PICTURE],
            ),
            "reference_images",
            "With a first and a last frame, Kling O1 takes no other reference pictures.",
        ),
        (
            omni_video(prompt="a", reference_video="ftp://x/v.mp4"),
            "reference_video",
            "The reference video must be a video's web address (https://…): Kling takes videos "
            "only by address.",
        ),
        (
            omni_image(prompt="a", reference_images=[PICTURE] * 11),
            "reference_images",
            "The reference pictures: Kling Image O1 takes at most 10; there are 11.",
        ),
        (
            omni_image(prompt="a", resolution="4k"),
            "resolution",
            "The quality cannot be 4K with Kling Image O1; choose 1K, 2K.",
        ),
        (
            omni_image(prompt="a", series=4),
            "series",
            "The series cannot be used with Kling Image O1. Choose Kling Image 3.0 Omni for it.",
        ),
        (
            omni_image(prompt="a", aspect_ratio="auto"),
            "aspect_ratio",
            "Without reference pictures, choose the shape yourself: “auto” follows the references.",
        ),
    ],
)
def test_each_omni_rule_is_said(request_, field, message):
    assert (field, message) in [(p.field, str(p.message)) for p in request_.validate()]


def test_omni_video_goes_only_the_new_way():
    with pytest.raises(ValidationError) as info:
        omni_video(prompt="a").to_call({LEGACY})
    assert "needs a Kling API key" in str(info.value)


def test_omni_video_body_names_its_references():
    call = omni_video(
        prompt="@image_1 waves at @image_2",
        reference_images=[PICTURE, PICTURE],
        reference_video="https://cdn.example.com/mine.mp4",
        audio="off",
        duration=8,
        aspect_ratio="9:16",
    ).to_call(BOTH)
    assert call.path == "omni-video/kling-3.0-omni"
    assert [(c["type"], c.get("id")) for c in call.body["contents"]] == [
        ("prompt", None),
        ("refer_image", "image_1"),
        ("refer_image", "image_2"),
        ("feature_video", "video_1"),
    ]
    assert call.body["settings"] == {"duration": 8, "audio": "off", "aspect_ratio": "9:16"}


def test_omni_image_body_for_a_series():
    call = omni_image(
        model="kling-v3-omni",
        prompt="a day at the beach, <<<image_1>>>",
        reference_images=[PICTURE],
        series=4,
        resolution="2k",
        n=3,
    ).to_call(BOTH)
    assert (call.standard, call.path) == (LEGACY, "v1/images/omni-image")
    body = call.body
    assert body["result_type"] == "series" and body["series_amount"] == 4
    assert "n" not in body  # a series ignores n
    assert len(body["image_list"]) == 1 and body["model_name"] == "kling-v3-omni"


def test_an_omni_video_with_three_references_end_to_end(sandbox, tmp_path, qtbot):
    from tests.jobs.conftest import Rig

    rig = Rig(sandbox, tmp_path, qtbot, mode="api_key")
    try:
        request = omni_video(
            prompt="@image_1 and @image_2 dance in front of @image_3",
            reference_images=[png_bytes(640, 480), png_bytes(480, 640), png_bytes(500, 500)],
            duration=10,
            resolution="1080p",
            audio="native",
        )
        job_id = rig.run(JobSpec(request, "Sandbox"))
        assert rig.finished[job_id] == "succeeded"
        job = rig.history.get(job_id)
        assert job.standard == "new" and job.credits == 10.0  # 1 unit a second, 1080p, sound
        assert [i.role for i in rig.history.inputs(job_id)] == [
            "reference_images:0",
            "reference_images:1",
            "reference_images:2",
        ]
        (video,) = rig.history.outputs(job_id)
        assert video.media == "video" and video.file_present()
        kinds = [c["type"] for c in sandbox.tasks()[0].body["contents"]]
        assert kinds.count("refer_image") == 3
        assert rig.steps.request_of(job).params["reference_images"][2] == png_bytes(500, 500)
    finally:
        rig.stop()


def test_an_omni_image_series_of_four_end_to_end(rig):
    request = omni_image(
        model="kling-v3-omni",
        prompt="four seasons of <<<image_1>>>",
        reference_images=[PICTURE],
        series=4,
    )
    job_id = rig.run(JobSpec(request, "Sandbox"))
    assert rig.finished[job_id] == "succeeded"
    outputs = rig.history.outputs(job_id)
    assert [o.index for o in outputs] == [0, 1, 2, 3]
    assert all(o.file_present() and o.media == "image" for o in outputs)
    assert rig.history.get(job_id).credits == 32  # 8 units a picture


def said(request: Request) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in request.validate()]


def test_a_reference_is_named_one_way_in_every_prompt_and_sent_as_each_route_wants():
    # One spelling for the user, @image_1, as for an element; Kling's legacy omni-image
    # route is sent <<<image_1>>>, the new standard @image_1; either typed is understood.
    picture = omni_image(
        prompt="put @image_1 in a garden, lit like <<<image_2>>>", reference_images=[PICTURE] * 2
    )
    assert said(picture) == []
    body = picture.to_call(BOTH).body
    assert body["prompt"] == "put <<<image_1>>> in a garden, lit like <<<image_2>>>"
    clip = omni_video(
        prompt="<<<image_1>>> walks past @video_1",
        reference_images=[PICTURE],
        reference_video="https://cdn.example.com/v.mp4",
    )
    assert said(clip) == []
    (text,) = [c["text"] for c in clip.to_call(BOTH).body["contents"] if c["type"] == "prompt"]
    assert text == "@image_1 walks past @video_1"


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (
            Request(
                "omni_image", prompt="put @image_3 in a garden", reference_images=[PICTURE] * 2
            ),
            "The prompt names @image_3, but only @image_1 to @image_2 are given.",
        ),
        (
            Request("omni_video", prompt="@image_1 dances"),
            "The prompt names @image_1, but no reference picture is given.",
        ),
        (
            Request("omni_video", prompt="like @video_1", reference_images=[PICTURE]),
            "The prompt names @video_1, but no video is given.",
        ),
        (
            Request("omni_image", prompt="put image_1 in a garden", reference_images=[PICTURE]),
            "Write @image_1 for Kling to take “image_1” as your reference (with the @).",
        ),
    ],
)
def test_a_reference_the_prompt_cannot_mean_is_said_before_sending(request_, message):
    assert ("prompt", message) in said(request_)
