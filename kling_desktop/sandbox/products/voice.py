"""Custom voices, legacy only: `POST /v1/general/custom-voices` makes one from a clip's web
address (`voice_url`) or one of the user's videos (`video_id`); its result is the voice.
Kling's preset voices and deleting a custom one are routes of the server itself."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import Invalid, text

#: Kling's own voices, as `GET /v1/general/presets-voices` lists them (a sample).
PRESETS = (
    ("829824295735410756", "Warm narrator"),
    ("829824295735410757", "Bright girl"),
    ("829824295735410758", "Calm man"),
)


def check(standard: str, model: str | None, body: dict) -> None:
    text(body, "voice_name", required=True, limit=20)
    url, video = body.get("voice_url"), body.get("video_id")
    if bool(url) == bool(video):
        raise Invalid("exactly one of voice_url and video_id is required")
    if url is not None and (
        not isinstance(url, str) or not url.startswith(("http://", "https://"))
    ):
        raise Invalid("voice_url must be a URL")
    if video is not None and not isinstance(video, str):
        raise Invalid("video_id must be a string")


VOICE = register(
    Product(
        kind="voice",
        media="voice",
        legacy_path="general/custom-voices",
        new_path=None,
        check=check,
        units=lambda standard, model, body: 0.05,
        pack="audio",
    )
)
