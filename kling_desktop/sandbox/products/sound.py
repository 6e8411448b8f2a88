"""Sound, legacy only: give a video sound (`POST /v1/audio/video-to-audio`: the video again,
with sound, then the sound alone) and a sound effect from words
(`POST /v1/audio/text-to-audio`)."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import Invalid, number, text


def check_add_sound(standard: str, model: str | None, body: dict) -> None:
    """Video to audio: exactly one of `video_id` and `video_url`; the two prompts at most
    200 characters; `asmr_mode` a boolean."""
    video_id, video_url = body.get("video_id"), body.get("video_url")
    if bool(video_id) == bool(video_url):
        raise Invalid("exactly one of video_id and video_url is required")
    if video_id is not None and not isinstance(video_id, str):
        raise Invalid("video_id must be a string")
    if video_url is not None and (
        not isinstance(video_url, str) or not video_url.startswith(("http://", "https://"))
    ):
        raise Invalid("video_url must be a URL")
    text(body, "sound_effect_prompt", required=False, limit=200)
    text(body, "bgm_prompt", required=False, limit=200)
    if "asmr_mode" in body and not isinstance(body["asmr_mode"], bool):
        raise Invalid("asmr_mode must be a boolean")


def check_sound_effect(standard: str, model: str | None, body: dict) -> None:
    """Text to audio: a prompt (at most 200 characters) and a duration of 3.0 to 10.0
    seconds with at most one decimal."""
    text(body, "prompt", required=True, limit=200)
    if body.get("duration") is None:
        raise Invalid("duration is required")
    number(body, "duration", 3.0, 10.0)
    if round(float(body["duration"]), 1) != float(body["duration"]):
        raise Invalid("duration supports one decimal place")


ADD_SOUND = register(
    Product(
        kind="add_sound",
        media="video+audio",
        legacy_path="audio/video-to-audio",
        new_path=None,
        check=check_add_sound,
        count=lambda body: 2,
        units=lambda standard, model, body: 5.0,
        pack="audio",
    )
)
SOUND_EFFECT = register(
    Product(
        kind="sound_effect",
        media="audio",
        legacy_path="audio/text-to-audio",
        new_path=None,
        check=check_sound_effect,
        units=lambda standard, model, body: 1.0,
        pack="audio",
    )
)
