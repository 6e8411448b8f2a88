"""Talking avatar, as Kling's page gives it: `POST /v1/videos/avatar/image2video` (`image`,
exactly one of `audio_id` and `sound_file`, `prompt` at most 2500 characters, `mode` std or
pro), legacy only, no model; charged by the second of the video (0.4 / 0.8 units)."""

from __future__ import annotations

import base64
import binascii

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import Invalid, image, text


def check(standard: str, model: str | None, body: dict) -> None:
    if "model_name" in body:
        raise Invalid("model_name is not a parameter of this API")
    image(body, "image", required=True)
    audio_id, sound_value = body.get("audio_id"), body.get("sound_file")
    if bool(audio_id) == bool(sound_value):
        raise Invalid("exactly one of audio_id and sound_file is required")
    if sound_value is not None:
        sound(sound_value, "sound_file")
    text(body, "prompt", required=False)
    if body.get("mode", "std") not in ("std", "pro"):
        raise Invalid("mode must be std or pro")


def sound(value: object, name: str) -> None:
    """A sound Kling takes: an address, or Base64 of MP3, WAV, M4A or AAC up to 5 MB."""
    if not isinstance(value, str) or not value:
        raise Invalid(f"{name} must be a string")
    if value.startswith(("http://", "https://")):
        return
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Invalid(f"{name} is neither a URL nor Base64") from None
    if len(data) > 5 * 2**20:
        raise Invalid(f"{name} exceeds 5MB")
    known = data[:3] == b"ID3" or data[:4] == b"RIFF" or data[4:8] == b"ftyp"
    if not (known or data[:1] == b"\xff"):
        raise Invalid(f"{name} format is not supported")


def units(standard: str, model: str | None, body: dict) -> float:
    return (0.8 if body.get("mode") == "pro" else 0.4) * 5  # the sandbox makes 5 s


AVATAR = register(
    Product(
        kind="avatar",
        media="video",
        legacy_path="videos/avatar/image2video",
        new_path=None,
        check=check,
        units=units,
    )
)
