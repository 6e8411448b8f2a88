"""Local validation against the catalogue: every bad input gets its own sentence beside its
field, and each rule of Kling's capability map that a form enforces is said exactly."""

from __future__ import annotations

import base64

import pytest

from kling_desktop.api import LEGACY, NEW
from kling_desktop.operations import Request
from tests.conftest import jpeg_bytes, png_bytes

OK_IMAGE = png_bytes(640, 480)
OK_B64 = base64.b64encode(OK_IMAGE).decode()
IMAGE_SHAPES = "16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3, 21:9"


def image(**params) -> Request:
    return Request("image", **params)


def t2v(**params) -> Request:
    return Request("text2video", **params)


def i2v(**params) -> Request:
    return Request("image2video", **params)


def shots(*seconds: int) -> list[dict]:
    return [{"prompt": f"shot number {i}", "duration": s} for i, s in enumerate(seconds, 1)]


CASES = [
    # --- text to image (Kling Image 3.0 unless said) ------------------------------------
    (image(prompt=""), "prompt", "Write a prompt: describe what you want to see."),
    (image(prompt="   "), "prompt", "Write a prompt: describe what you want to see."),
    (image(prompt=123), "prompt", "The prompt must be text."),
    (
        image(prompt="x" * 2501),
        "prompt",
        "The prompt is 2501 characters long; Kling Image 3.0 takes at most 2500.",
    ),
    (
        image(prompt="a", negative_prompt="n" * 2600),
        "negative_prompt",
        "The negative prompt is 2600 characters long; Kling Image 3.0 takes at most 2500.",
    ),
    (
        image(prompt="a", n=0),
        "n",
        "The number of pictures must be from 1 to 9 with Kling Image 3.0.",
    ),
    (
        image(prompt="a", n=10),
        "n",
        "The number of pictures must be from 1 to 9 with Kling Image 3.0.",
    ),
    (image(prompt="a", n=2.5), "n", "The number of pictures must be a whole number."),
    (
        image(prompt="a", aspect_ratio="5:4"),
        "aspect_ratio",
        f"The shape cannot be 5:4 with Kling Image 3.0; choose {IMAGE_SHAPES}.",
    ),
    (
        image(prompt="a", resolution="4k"),
        "resolution",
        "The quality cannot be 4K with Kling Image 3.0; choose 1K, 2K.",
    ),
    (
        image(prompt="a", negative_prompt="blur", image=OK_IMAGE),
        "negative_prompt",
        "A negative prompt cannot be used together with a reference picture.",
    ),
    (
        image(prompt="a", model="kling-v2-1", image=OK_IMAGE, image_fidelity=1.5),
        "image_fidelity",
        "The reference strength is 1.5; it must be between 0 and 1.",
    ),
    (
        image(prompt="a", model="kling-v2-1", image=OK_IMAGE, image_fidelity="0.5"),
        "image_fidelity",
        "The reference strength must be a number from 0 to 1.",
    ),
    (
        image(prompt="a", model="kling-v2-1", image_fidelity=0.5),
        "image_fidelity",
        "Following a reference needs a reference picture.",
    ),
    (
        image(prompt="a", image=OK_IMAGE, image_reference="face"),
        "image_reference",
        "What to keep of the reference cannot be used with Kling Image 3.0. Choose Kling "
        "Image 2.1 for it.",
    ),
    (
        image(prompt="a", model="kling-v2-1", image=OK_IMAGE, image_reference="pet"),
        "image_reference",
        "What to keep of the reference cannot be pet with Kling Image 2.1; choose the person "
        "or thing, the face.",
    ),
    (
        image(
            prompt="a",
            model="kling-v2-1",
            image=OK_IMAGE,
            image_reference="face",
            human_fidelity=0.5,
        ),
        "human_fidelity",
        "The likeness applies only when keeping the whole person or thing.",
    ),
    (
        image(prompt="a", model="kling-v1"),
        "model_name",
        "Kling retired Kling 1.0 on 2026-09-15. Choose Kling Image 3.0 instead.",
    ),
    (
        image(prompt="a", model="kling-3.0"),
        "model_name",
        "Kling 3.0 cannot do “Text to image”.",
    ),
    (
        image(prompt="a", model="kling v3"),
        "model_name",
        "A model id is one word, such as kling-3.0.",
    ),
    (
        image(prompt="a", image=png_bytes(200, 400)),
        "image",
        "The reference picture is 200×400 pixels; each side must be at least 300 pixels.",
    ),
    (
        image(prompt="a", image=png_bytes(1600, 600)),
        "image",
        "The reference picture is 1600×600 pixels, too wide: it may be at most 2.5 times as "
        "wide as it is tall.",
    ),
    (
        image(prompt="a", image=jpeg_bytes(400, 1100)),
        "image",
        "The reference picture is 400×1100 pixels, too tall: it may be at most 2.5 times as "
        "tall as it is wide.",
    ),
    (
        image(prompt="a", image=png_bytes(400, 400, pad_to=11 << 20)),
        "image",
        "The reference picture is 11.0 MB; the limit is 10 MB.",
    ),
    (
        image(prompt="a", image=b"GIF89a not really"),
        "image",
        "The reference picture is not a JPG or PNG image.",
    ),
    (
        image(prompt="a", image="not base64 at all!"),
        "image",
        "The reference picture is neither a web address (http/https) nor Base64 image data.",
    ),
    (
        image(prompt="a", image="data:image/gif;base64,R0lGODlh"),
        "image",
        "The reference picture must be a JPG or PNG image in Base64, not “data:image/gif;base64”.",
    ),
    (
        image(prompt="a", image=12345),
        "image",
        "The reference picture must be a picture: a file, its bytes, Base64 text or a web address.",
    ),
    (
        image(prompt="a", callback_url="http://example.com/hook"),
        "callback_url",
        "The callback address must start with https://.",
    ),
    (image(prompt="a", colour="red"), "colour", "“colour” is not a setting of Text to image."),
    # --- text to video (Kling 3.0 unless said) ------------------------------------------
    (t2v(prompt=""), "prompt", "Write a prompt: describe what you want to see."),
    (
        t2v(prompt="x" * 3073),
        "prompt",
        "The prompt is 3073 characters long; Kling 3.0 takes at most 3072.",
    ),
    (
        t2v(prompt="x" * 2501, model="kling-2.6"),
        "prompt",
        "The prompt is 2501 characters long; Kling 2.6 takes at most 2500.",
    ),
    (
        t2v(prompt="a", model="kling-2.6", duration=7),
        "duration",
        "The length cannot be 7 s with Kling 2.6; choose 5 s, 10 s.",
    ),
    (
        t2v(prompt="a", duration=16),
        "duration",
        "The length cannot be 16 s with Kling 3.0; choose "
        + ", ".join(f"{n} s" for n in range(3, 16))
        + ".",
    ),
    (
        t2v(prompt="a", duration="10"),
        "duration",
        "The length cannot be 10 s with Kling 3.0; choose "
        + ", ".join(f"{n} s" for n in range(3, 16))
        + ".",
    ),
    (
        t2v(prompt="a", aspect_ratio="4:3"),
        "aspect_ratio",
        "The shape cannot be 4:3 with Kling 3.0; choose 16:9, 9:16, 1:1.",
    ),
    (
        t2v(prompt="a", model="kling-2.6", resolution="720p", audio="native", duration=5),
        "resolution",
        "Kling 2.6 makes sound only in 1080p videos.",
    ),
    (
        t2v(prompt="a", model="kling-2.5-turbo", audio="native"),
        "audio",
        "The sound cannot be used with Kling 2.5 Turbo. Choose Kling 3.0 or Kling 2.6 for it.",
    ),
    (
        t2v(prompt="a", model="kling-3.0-turbo", audio="off"),
        "audio",
        "The sound cannot be used with Kling 3.0 Turbo. Choose Kling 3.0 or Kling 2.6 for it.",
    ),
    (
        t2v(prompt="a", model="kling-2.6", resolution="4k"),
        "resolution",
        "The quality cannot be 4K with Kling 2.6; choose 720p, 1080p.",
    ),
    (
        t2v(duration=5, shots=shots(2, 2)),
        "shots",
        "The shots last 4 s in all, but the video is 5 s long: make them add up.",
    ),
    (
        t2v(duration=7, shots=shots(1, 1, 1, 1, 1, 1, 1)),
        "shots",
        "The storyboard: Kling 3.0 takes at most 6; there are 7.",
    ),
    (
        t2v(model="kling-2.6", duration=5, shots=shots(2, 3)),
        "shots",
        "The storyboard cannot be used with Kling 2.6. Choose Kling 3.0 Turbo or Kling 3.0 for it.",
    ),
    (
        t2v(duration=5, shots=[{"prompt": "a", "duration": 2}, {"prompt": " ", "duration": 3}]),
        "shots",
        "Shot 2 needs words: say what happens in it.",
    ),
    (
        t2v(duration=5, shots=[{"prompt": "x" * 513, "duration": 5}]),
        "shots",
        "Shot 1's words are 513 characters long; the limit is 512.",
    ),
    (
        t2v(duration=5, shots=[{"prompt": "a", "duration": 0}, {"prompt": "b", "duration": 5}]),
        "shots",
        "Shot 1 must last at least 1 whole second.",
    ),
    (
        t2v(prompt="a", model="kling-v1-6"),
        "model_name",
        "Kling retired Kling 1.6 on 2026-09-15. Choose Kling 3.0 instead.",
    ),
    # --- image to video -------------------------------------------------------------------
    (i2v(prompt="a"), "first_frame", "Add a first frame: the video starts from it."),
    (
        i2v(
            first_frame=OK_IMAGE,
            last_frame=OK_IMAGE,
            model="kling-2.6",
            resolution="720p",
            audio="off",
            duration=5,
        ),
        "resolution",
        "With a last frame, Kling 2.6 makes only silent 1080p videos.",
    ),
    (
        i2v(
            first_frame=OK_IMAGE,
            last_frame=OK_IMAGE,
            model="kling-2.6",
            resolution="1080p",
            audio="native",
            duration=5,
        ),
        "audio",
        "With a last frame, Kling 2.6 makes only silent 1080p videos.",
    ),
    (
        i2v(
            first_frame=OK_IMAGE,
            last_frame=OK_IMAGE,
            model="kling-2.5-turbo",
            resolution="720p",
            duration=5,
        ),
        "resolution",
        "With a last frame, Kling 2.5 Turbo makes only 1080p videos.",
    ),
    (
        i2v(first_frame=OK_IMAGE, last_frame=OK_IMAGE, model="kling-3.0-turbo"),
        "last_frame",
        "The last frame cannot be used with Kling 3.0 Turbo. Choose Kling 3.0 or Kling "
        "2.6 or Kling 2.5 Turbo for it.",
    ),
    (
        i2v(first_frame=OK_IMAGE, last_frame=OK_IMAGE, duration=5, shots=shots(2, 3)),
        "shots",
        "A storyboard cannot be used together with a last frame.",
    ),
    (
        i2v(first_frame=OK_IMAGE, model="kling-v2-1"),
        "model_name",
        "Kling retired Kling Image 2.1 on 2026-09-15. Choose Kling 3.0 instead.",
    ),
]


@pytest.mark.parametrize(("request_", "field", "message"), CASES)
def test_each_bad_input_gets_its_own_message(request_, field, message):
    problems = request_.validate()
    assert (field, message) in [(p.field, str(p.message)) for p in problems], problems


def test_the_table_is_large():
    assert len(CASES) >= 50


@pytest.mark.parametrize(
    ("request_", "standard", "field", "message"),
    [
        (
            # A model the app does not list: only what the standard can carry is checked.
            t2v(model="kling-9.0", prompt="a", audio="original"),
            LEGACY,
            "audio",
            "The sound cannot be the reference video's own through this connection (that "
            "needs a Kling API key); choose made with the video, none (silent).",
        ),
        (
            t2v(prompt="a", negative_prompt="blur"),
            NEW,
            "negative_prompt",
            "The negative prompt cannot be sent through this connection: Kling's newer API "
            "has no such setting.",
        ),
    ],
)
def test_what_a_standard_cannot_carry_is_said(request_, standard, field, message):
    assert request_.validate() == []
    problems = request_.validate(standard=standard)
    assert [(p.field, str(p.message)) for p in problems] == [(field, message)]


def test_every_problem_is_reported_at_once():
    request = t2v(prompt="", model="kling-2.6", duration=7, aspect_ratio="4:3", resolution="4k")
    fields = [p.field for p in request.validate()]
    assert {"prompt", "duration", "aspect_ratio", "resolution"} <= set(fields)


def test_a_missing_file_is_named(tmp_path):
    missing = tmp_path / "gone.png"
    problems = i2v(first_frame=missing).validate()
    assert problems[0].field == "first_frame"
    assert str(missing) in problems[0].message
    assert "cannot be read" in problems[0].message


def test_a_model_the_catalogue_does_not_know_is_left_to_the_server():
    request = t2v(prompt="a", model="kling-9.9", duration=99, resolution="8k")
    assert request.validate() == []
    call = request.to_call({LEGACY, NEW})
    assert call.path == "text-to-video/kling-9.9"
    assert call.body["settings"] == {"duration": 99, "resolution": "8k"}


@pytest.mark.parametrize(
    "request_",
    [
        image(prompt="a lighthouse at dawn"),
        image(prompt="a", resolution="2k", aspect_ratio="21:9", n=9),
        image(
            prompt="a",
            model="kling-v2-1",
            image=OK_IMAGE,
            image_reference="subject",
            image_fidelity=0.4,
            human_fidelity=0.6,
        ),
        image(prompt="a", image="https://example.com/a.png"),
        t2v(prompt="a", duration=15, resolution="4k", audio="native"),
        t2v(prompt="a", model="kling-2.6", duration=10, resolution="1080p", audio="native"),
        t2v(model="kling-3.0-turbo", duration=6, shots=shots(1, 2, 3)),
        i2v(first_frame=OK_B64, last_frame=OK_IMAGE, resolution="720p", duration=3),
        i2v(
            first_frame=OK_IMAGE,
            last_frame=OK_IMAGE,
            model="kling-2.6",
            resolution="1080p",
            audio="off",
            duration=10,
        ),
        i2v(first_frame=jpeg_bytes(1000, 2400), model="kling-2.5-turbo", duration=10),
    ],
)
def test_valid_requests_have_no_problems(request_):
    assert request_.validate() == []


# --- bodies -----------------------------------------------------------------------------------


def test_image_body_is_what_kling_expects():
    call = image(
        prompt="a cat",
        model="kling-v2-1",
        image="data:image/png;base64," + OK_B64,
        image_reference="face",
        n=3,
        aspect_ratio="1:1",
        external_task_id="ext-1",
    ).to_call({LEGACY, NEW})
    assert (call.standard, call.path) == (LEGACY, "v1/images/generations")
    assert call.body == {
        "model_name": "kling-v2-1",  # as Kling documents it: no `model` (relays get it too)
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
    call = i2v(first_frame=path, last_frame=OK_IMAGE, resolution="1080p").to_call({LEGACY})
    assert call.body["image"] == OK_B64
    assert call.body["image_tail"] == OK_B64


def test_legacy_video_body_speaks_the_old_dialect():
    call = t2v(
        duration=5,
        resolution="1080p",
        audio="native",
        negative_prompt="",
        shots=shots(2, 3),
        external_task_id="kd-1",
    ).to_call({LEGACY})
    assert call.path == "v1/videos/text2video"
    assert call.body == {
        "model_name": "kling-v3",
        "external_task_id": "kd-1",
        "mode": "pro",
        "duration": "5",
        "sound": "on",
        "multi_shot": True,
        "shot_type": "customize",
        "multi_prompt": [
            {"index": 1, "prompt": "shot number 1", "duration": "2"},
            {"index": 2, "prompt": "shot number 2", "duration": "3"},
        ],
    }


def test_new_standard_bodies_put_settings_and_options_apart():
    call = t2v(
        prompt="a kite",
        duration=10,
        resolution="4k",
        audio="off",
        aspect_ratio="9:16",
        external_task_id="kd-2",
        watermark=False,
    ).to_call({LEGACY, NEW})
    assert (call.standard, call.path) == (NEW, "text-to-video/kling-3.0")
    assert call.body == {
        "prompt": "a kite",
        "settings": {"resolution": "4k", "duration": 10, "audio": "off", "aspect_ratio": "9:16"},
        "options": {"external_task_id": "kd-2", "watermark_info": {"enabled": False}},
    }
    story = t2v(duration=5, shots=shots(2, 3)).to_call({NEW})
    assert story.body["prompt"] == "shot 1, 2, shot number 1; shot 2, 3, shot number 2;"
    assert story.body["settings"]["multi_shot"] is True
    frames = i2v(prompt="go", first_frame=OK_IMAGE, last_frame=OK_IMAGE).to_call({NEW})
    assert frames.path == "image-to-video/kling-3.0"
    assert frames.body["contents"] == [
        {"type": "prompt", "text": "go"},
        {"type": "first_frame", "url": OK_B64},
        {"type": "last_frame", "url": OK_B64},
    ]


def test_a_model_only_the_new_standard_has_cannot_go_the_old_way():
    from kling_desktop.api import ValidationError

    with pytest.raises(ValidationError) as info:
        t2v(prompt="a", model="kling-3.0-turbo").to_call({LEGACY})
    assert info.value.problems[0].message == (
        "Kling 3.0 Turbo needs a Kling API key: this connection cannot reach it. Add a "
        "connection with a Kling API key, or choose another model."
    )


def test_messages_translate_through_their_template():
    problem = image(prompt="a", n=12).validate()[0]
    french = {"{subject} must be from {low} to {high} with {model}.": "{subject}: {low}–{high}."}
    words = {"The number of pictures": "Le nombre d'images"}
    translate = lambda s: french.get(s, words.get(s, s))  # noqa: E731
    assert problem.message.translated(translate) == "Le nombre d'images: 1–9."
    prompt = image(prompt="x" * 2501).validate()[0].message
    assert prompt.translated(lambda s: "{n} > {limit}") == "2501 > 2500"


def test_a_rule_from_the_catalogue_speaks_the_users_language():
    from kling_desktop import text

    problem = t2v(prompt="a", model="kling-2.6", resolution="720p", audio="native").validate()[0]
    text.set_language("zh_CN")
    try:
        assert problem.message.translated(lambda s: s) == "可灵 2.6 只有 1080p 视频才能带声音。"
    finally:
        text.set_language("en")
    stored = text.stored(problem.message)
    assert text.from_stored(stored).translated(lambda s: s) == str(problem.message)


def test_kling_3_takes_4k_on_the_legacy_routes_too():
    """Kling's updates log (2026-04-23): `mode: "4k"` for kling-v3 on /v1/videos/...; a
    relay or an access-key connection reaches 4K that way."""
    call = t2v(prompt="a city at night", resolution="4k").to_call({LEGACY})
    assert call.body["mode"] == "4k" and call.body["model_name"] == "kling-v3"
    refused = t2v(model="kling-2.6", prompt="a", resolution="4k").validate(standard=LEGACY)
    assert [p.field for p in refused] == ["resolution"]  # 2.6 has no 4K on any route
