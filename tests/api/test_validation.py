"""Local validation: every bad input gets its own, specific sentence beside its field."""

from __future__ import annotations

import base64

import pytest

from kling_desktop.api import (
    CameraControl,
    DynamicMask,
    ImageRequest,
    ImageToVideoRequest,
    TextToVideoRequest,
)
from tests.conftest import jpeg_bytes, png_bytes

OK_IMAGE = png_bytes(640, 480)
OK_B64 = base64.b64encode(OK_IMAGE).decode()
PATH = [(10, 10), (20, 20)]

CASES = [
    # --- text to image ---------------------------------------------------------------
    (ImageRequest(prompt=""), "prompt", "Write a prompt: describe what you want to see."),
    (ImageRequest(prompt="   "), "prompt", "Write a prompt: describe what you want to see."),
    (
        ImageRequest(prompt="x" * 2501),
        "prompt",
        "The prompt is 2501 characters long; the limit is 2500.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v1-5", negative_prompt="n" * 2600),
        "negative_prompt",
        "The negative prompt is 2600 characters long; the limit is 2500.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v9"),
        "model_name",
        "Unknown model “kling-v9”. Choose one of: kling-v1, kling-v1-5, kling-v2, "
        "kling-v2-new, kling-v2-1.",
    ),
    (
        ImageRequest(prompt="a", n=0),
        "n",
        "The number of images must be a whole number from 1 to 9.",
    ),
    (
        ImageRequest(prompt="a", n=10),
        "n",
        "The number of images must be a whole number from 1 to 9.",
    ),
    (
        ImageRequest(prompt="a", n=2.5),
        "n",
        "The number of images must be a whole number from 1 to 9.",
    ),
    (
        ImageRequest(prompt="a", aspect_ratio="5:4"),
        "aspect_ratio",
        "Unknown aspect ratio “5:4”. Choose one of: 16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3, 21:9.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v1", aspect_ratio="21:9"),
        "aspect_ratio",
        "kling-v1 cannot make 21:9 images.",
    ),
    (ImageRequest(prompt="a", resolution="4k"), "resolution", "The resolution must be 1k or 2k."),
    (
        ImageRequest(prompt="a", model="kling-v1", resolution="2k"),
        "resolution",
        "2k images are made only by kling-v2, from text alone.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", resolution="2k", image=OK_IMAGE),
        "resolution",
        "2k images are made only by kling-v2, from text alone.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v1", negative_prompt="blur"),
        "negative_prompt",
        "kling-v1 does not take a negative prompt.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", negative_prompt="blur", image=OK_IMAGE),
        "negative_prompt",
        "A negative prompt cannot be used together with a reference image.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image=OK_IMAGE, image_fidelity=1.5),
        "image_fidelity",
        "The reference strength is 1.5; it must be between 0 and 1.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image_fidelity=0.5),
        "image_fidelity",
        "The reference strength needs a reference image.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v1", image=OK_IMAGE, image_fidelity=0.5),
        "image_fidelity",
        "kling-v1 does not take a reference strength.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v1-5", image=OK_IMAGE),
        "image_reference",
        "With a reference image, kling-v1-5 needs a reference type: subject or face.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v1-5", image=OK_IMAGE, image_reference="pet"),
        "image_reference",
        "The reference type must be “subject” or “face”.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image=OK_IMAGE, image_reference="face"),
        "image_reference",
        "Only kling-v1-5 takes a reference type (subject or face); kling-v2 does not.",
    ),
    (
        ImageRequest(
            prompt="a",
            model="kling-v1-5",
            image=OK_IMAGE,
            image_reference="face",
            human_fidelity=0.5,
        ),
        "human_fidelity",
        "The face/subject fidelity applies only to the “subject” reference type.",
    ),
    (
        ImageRequest(
            prompt="a",
            model="kling-v1-5",
            image=OK_IMAGE,
            image_reference="subject",
            human_fidelity=-0.1,
        ),
        "human_fidelity",
        "The face/subject fidelity is -0.1; it must be between 0 and 1.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2-new"),
        "image",
        "kling-v2-new restyles an image: add a reference image.",
    ),
    # --- input images ------------------------------------------------------------------
    (
        ImageRequest(prompt="a", model="kling-v2", image=png_bytes(200, 400)),
        "image",
        "The reference image is 200×400 pixels; each side must be at least 300 pixels.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image=png_bytes(1600, 600)),
        "image",
        "The reference image is 1600×600 pixels, too wide: it may be at most 2.5 times as wide "
        "as it is tall.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image=jpeg_bytes(400, 1100)),
        "image",
        "The reference image is 400×1100 pixels, too tall: it may be at most 2.5 times as tall "
        "as it is wide.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image=png_bytes(400, 400, pad_to=11 << 20)),
        "image",
        "The reference image is 11.0 MB; the limit is 10 MB.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image=b"GIF89a not really"),
        "image",
        "The reference image is not a JPG or PNG image.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image="not base64 at all!"),
        "image",
        "The reference image is neither a web address (http/https) nor Base64 image data.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image="data:image/gif;base64,R0lGODlh"),
        "image",
        "The reference image must be a JPG or PNG image in Base64, not “data:image/gif;base64”.",
    ),
    (
        ImageRequest(prompt="a", model="kling-v2", image=base64.b64encode(b"%PDF-1.4").decode()),
        "image",
        "The reference image is not a JPG or PNG image.",
    ),
    (
        ImageRequest(prompt="a", callback_url="ftp://example.com/hook"),
        "callback_url",
        "The callback address must start with https://.",
    ),
    # --- text to video ---------------------------------------------------------------------
    (
        TextToVideoRequest(prompt="", model="kling-v1"),
        "prompt",
        "Write a prompt: describe what you want to see.",
    ),
    (
        TextToVideoRequest(prompt="a", model="kling-v1-5"),
        "model_name",
        "Unknown model “kling-v1-5”. Choose one of: kling-v1, kling-v1-6, kling-v2-master, "
        "kling-v2-1-master, kling-v2-5-turbo, kling-v2-6.",
    ),
    (
        TextToVideoRequest(prompt="a", mode="ultra"),
        "mode",
        "The mode must be “std” (standard) or “pro”.",
    ),
    (
        TextToVideoRequest(prompt="a", model="kling-v2-5-turbo", mode="std"),
        "mode",
        "kling-v2-5-turbo has no std mode.",
    ),
    (
        TextToVideoRequest(prompt="a", duration=7),
        "duration",
        "The duration must be 5 or 10 seconds.",
    ),
    (
        TextToVideoRequest(prompt="a", aspect_ratio="4:3"),
        "aspect_ratio",
        "Videos can be 16:9, 9:16, 1:1, not 4:3.",
    ),
    (
        TextToVideoRequest(prompt="a", cfg_scale=1.2),
        "cfg_scale",
        "The creativity is 1.2; it must be between 0 and 1.",
    ),
    (
        TextToVideoRequest(prompt="a", model="kling-v2-master", mode="pro", cfg_scale=0.5),
        "cfg_scale",
        "kling-v2-master does not take a creativity value.",
    ),
    (
        TextToVideoRequest(prompt="a", camera_control=CameraControl.simple(zoom=3, pan=2)),
        "camera_control",
        "Choose exactly one camera movement (horizontal, vertical, pan, tilt, roll or zoom); "
        "2 are set.",
    ),
    (
        TextToVideoRequest(prompt="a", camera_control=CameraControl.simple()),
        "camera_control",
        "Choose exactly one camera movement (horizontal, vertical, pan, tilt, roll or zoom); "
        "0 are set.",
    ),
    (
        TextToVideoRequest(prompt="a", camera_control=CameraControl.simple(roll=11)),
        "camera_control.config.roll",
        "Camera roll is 11; it must be between -10 and 10.",
    ),
    (
        TextToVideoRequest(prompt="a", camera_control=CameraControl.preset("spin_around")),
        "camera_control",
        "Unknown camera movement “spin_around”. Choose “simple” or one of: down_back, "
        "forward_up, right_turn_forward, left_turn_forward.",
    ),
    (
        TextToVideoRequest(prompt="a", camera_control=CameraControl(type="down_back", zoom=2)),
        "camera_control",
        "A camera preset takes no axis values.",
    ),
    (
        TextToVideoRequest(
            prompt="a", model="kling-v1", mode="pro", camera_control=CameraControl.simple(zoom=5)
        ),
        "camera_control",
        "kling-v1 moves the camera only in std 5 s.",
    ),
    (
        TextToVideoRequest(
            prompt="a", model="kling-v1-6", camera_control=CameraControl.simple(zoom=5)
        ),
        "camera_control",
        "kling-v1-6 cannot move the camera here.",
    ),
    (
        TextToVideoRequest(prompt="a", model="kling-v1", sound=True),
        "sound",
        "kling-v1 cannot add sound.",
    ),
    # --- image to video ----------------------------------------------------------------------
    (ImageToVideoRequest(prompt="a"), "image", "Add a first frame, a last frame, or both."),
    (
        ImageToVideoRequest(image=OK_IMAGE, image_tail=OK_IMAGE, model="kling-v1-6", mode="std"),
        "image_tail",
        "kling-v1-6 can use a last frame only in pro 5 s, pro 10 s.",
    ),
    (
        ImageToVideoRequest(
            image=OK_IMAGE,
            image_tail=OK_IMAGE,
            model="kling-v1-5",
            mode="pro",
            camera_control=CameraControl.simple(zoom=2),
        ),
        "image_tail",
        "Use only one of a last frame, the motion brush and camera movement "
        "(now: a last frame, camera movement).",
    ),
    (
        ImageToVideoRequest(
            image=OK_IMAGE, model="kling-v2-master", mode="pro", static_mask=OK_IMAGE
        ),
        "static_mask",
        "kling-v2-master cannot use the motion brush.",
    ),
    (
        ImageToVideoRequest(image=OK_IMAGE, model="kling-v1", static_mask=png_bytes(900, 400)),
        "static_mask",
        "The static mask must have the same shape (aspect ratio) as the first frame.",
    ),
    (
        ImageToVideoRequest(
            image=OK_IMAGE,
            model="kling-v1",
            dynamic_masks=[DynamicMask(OK_IMAGE, [(1, 1)])],
        ),
        "dynamic_masks[0].trajectories",
        "Motion path 1 has 1 points; it needs 2 to 77.",
    ),
    (
        ImageToVideoRequest(
            image=OK_IMAGE,
            model="kling-v1",
            dynamic_masks=[DynamicMask(OK_IMAGE, [(1.5, 1), (2, 2)])],
        ),
        "dynamic_masks[0].trajectories",
        "Motion path 1 must use whole-pixel positions.",
    ),
    (
        ImageToVideoRequest(
            image=OK_IMAGE,
            model="kling-v1",
            dynamic_masks=[DynamicMask(OK_IMAGE, PATH)] * 7,
        ),
        "dynamic_masks",
        "At most 6 motion paths can be drawn; there are 7.",
    ),
    (
        ImageToVideoRequest(image=png_bytes(299, 300), model="kling-v1"),
        "image",
        "The first frame is 299×300 pixels; each side must be at least 300 pixels.",
    ),
    (
        ImageToVideoRequest(image=OK_IMAGE, image_tail=b"not an image", model="kling-v1"),
        "image_tail",
        "The last frame is not a JPG or PNG image.",
    ),
    (
        ImageToVideoRequest(
            image=OK_IMAGE, model="kling-v1", camera_control=CameraControl.simple(zoom=2)
        ),
        "camera_control",
        "kling-v1 cannot move the camera here.",
    ),
]


@pytest.mark.parametrize(("request_", "field", "message"), CASES)
def test_each_bad_input_gets_its_own_message(request_, field, message):
    problems = request_.validate()
    assert (field, message) in [(p.field, str(p.message)) for p in problems], problems


def test_the_table_is_large():
    assert len(CASES) >= 40


def test_every_problem_is_reported_at_once():
    request = TextToVideoRequest(
        prompt="",
        model="kling-v1",
        mode="pro",
        duration="7",
        aspect_ratio="4:3",
        cfg_scale=3,
        camera_control=CameraControl.simple(zoom=2, pan=2),
    )
    fields = [p.field for p in request.validate()]
    assert {"prompt", "duration", "aspect_ratio", "cfg_scale", "camera_control"} <= set(fields)


def test_a_missing_file_is_named(tmp_path):
    missing = tmp_path / "gone.png"
    problems = ImageToVideoRequest(image=missing).validate()
    assert problems[0].field == "image"
    assert str(missing) in problems[0].message
    assert "cannot be read" in problems[0].message


@pytest.mark.parametrize(
    "request_",
    [
        ImageRequest(prompt="a lighthouse at dawn"),
        ImageRequest(prompt="a", model="kling-v2", resolution="2k", aspect_ratio="21:9", n=9),
        ImageRequest(
            prompt="a",
            model="kling-v1-5",
            image=OK_IMAGE,
            image_reference="subject",
            image_fidelity=0.4,
            human_fidelity=0.6,
        ),
        ImageRequest(prompt="a", model="kling-v2-new", image="https://example.com/a.png"),
        TextToVideoRequest(prompt="a", camera_control=CameraControl.simple(zoom=-10)),
        TextToVideoRequest(prompt="a", camera_control=CameraControl.preset("down_back")),
        TextToVideoRequest(prompt="a", model="kling-v2-6", mode="pro", duration=10, sound=True),
        ImageToVideoRequest(image=OK_B64, image_tail=OK_IMAGE, model="kling-v1", mode="pro"),
        ImageToVideoRequest(image_tail=OK_IMAGE, model="kling-v2-5-turbo", mode="pro"),
        ImageToVideoRequest(
            image=OK_IMAGE,
            model="kling-v1",
            static_mask=OK_IMAGE,
            dynamic_masks=[DynamicMask(OK_IMAGE, PATH)],
        ),
        ImageToVideoRequest(
            image=jpeg_bytes(1000, 2400), model="kling-v1-6", mode="pro", duration=10
        ),
    ],
)
def test_valid_requests_have_no_problems(request_):
    assert request_.validate() == []


def test_image_body_is_what_kling_expects():
    body = ImageRequest(
        prompt="a cat",
        model="kling-v1-5",
        image="data:image/png;base64," + OK_B64,
        image_reference="face",
        n=3,
        aspect_ratio="1:1",
        external_task_id="ext-1",
    ).to_body()
    assert body == {
        "model_name": "kling-v1-5",
        "model": "kling-v1-5",
        "prompt": "a cat",
        "image": OK_B64,  # the data: prefix is gone
        "image_reference": "face",
        "n": 3,
        "aspect_ratio": "1:1",
        "external_task_id": "ext-1",
    }


def test_raw_bytes_and_files_become_plain_base64(tmp_path):
    path = tmp_path / "frame.png"
    path.write_bytes(OK_IMAGE)
    body = ImageToVideoRequest(image=path, image_tail=OK_IMAGE, mode="pro").to_body()
    assert body["image"] == OK_B64
    assert body["image_tail"] == OK_B64


def test_video_body_sends_duration_as_string_and_omits_absent_fields():
    body = TextToVideoRequest(
        prompt="waves", duration=10, camera_control=None, negative_prompt=""
    ).to_body()
    assert body["duration"] == "10"
    assert body["model_name"] == "kling-v1"
    assert "camera_control" not in body
    assert "negative_prompt" not in body
    assert "cfg_scale" not in body
    assert "sound" not in body


def test_camera_bodies():
    simple = TextToVideoRequest(prompt="a", camera_control=CameraControl.simple(zoom=4)).to_body()
    assert simple["camera_control"] == {
        "type": "simple",
        "config": {"horizontal": 0, "vertical": 0, "pan": 0, "tilt": 0, "roll": 0, "zoom": 4},
    }
    preset = TextToVideoRequest(
        prompt="a", camera_control=CameraControl.preset("forward_up")
    ).to_body()
    assert preset["camera_control"] == {"type": "forward_up"}


def test_motion_brush_body_uses_xy_points():
    body = ImageToVideoRequest(
        image=OK_IMAGE, dynamic_masks=[DynamicMask(OK_IMAGE, PATH)]
    ).to_body()
    assert body["dynamic_masks"] == [
        {"mask": OK_B64, "trajectories": [{"x": 10, "y": 10}, {"x": 20, "y": 20}]}
    ]


def test_messages_translate_through_their_template():
    problem = ImageRequest(prompt="a", n=12).validate()[0]
    french = {"The number of images must be a whole number from 1 to 9.": "Entre 1 et 9."}
    assert problem.message.translated(lambda s: french.get(s, s)) == "Entre 1 et 9."
    prompt = ImageRequest(prompt="x" * 2501).validate()[0].message
    assert prompt.translated(lambda s: "{n} > {limit}") == "2501 > 2500"
