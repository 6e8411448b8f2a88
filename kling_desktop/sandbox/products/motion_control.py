"""Motion control, as Kling's pages give it: `POST /motion-control/{kling-3.0|kling-2.6}`
(contents: a prompt, the character's picture, the motion video by URL only, at most one
element on 3.0; settings: `character_orientation` required) and the legacy
`POST /v1/videos/motion-control` (`model_name`, `image_url`, `video_url`,
`keep_original_sound`, `mode`). Charged by the second of the result."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import (
    LEGACY,
    RETIRED_FOR_VIDEO,
    Invalid,
    common,
    discontinued,
    element_items,
    image,
    text,
)

MODELS = {"kling-3.0": (0.9, 1.2), "kling-2.6": (0.5, 0.8)}  # units a second, 720p / 1080p
LEGACY_MODELS = {"kling-v3": "kling-3.0", "kling-v2-6": "kling-2.6"}
RESULT_SECONDS = 5.0  # what the sandbox makes, whatever the motion video's length


def check(standard: str, model: str | None, body: dict) -> str:
    """The model (as the new standard names it) of a valid body."""
    if standard == LEGACY:
        name = body.get("model_name") or "kling-v2-6"
        if name in RETIRED_FOR_VIDEO:
            raise discontinued(name)
        if name not in LEGACY_MODELS:
            raise Invalid(f"model_name is invalid: {name}", 1203, 404)
        text(body, "prompt", required=False)
        image(body, "image_url", required=True)
        _video(body.get("video_url"))
        if body.get("character_orientation") not in ("image", "video"):
            raise Invalid("character_orientation must be image or video")
        if body.get("keep_original_sound", "yes") not in ("yes", "no"):
            raise Invalid("keep_original_sound must be yes or no")
        if body.get("mode", "std") not in ("std", "pro"):
            raise Invalid("mode is invalid")
        return LEGACY_MODELS[name]
    if model in RETIRED_FOR_VIDEO:
        raise discontinued(model or "")
    if model not in MODELS:
        raise Invalid(f"model is invalid: {model}", 1203, 404)
    contents, settings = body.get("contents"), body.get("settings") or {}
    if not isinstance(contents, list) or not isinstance(settings, dict):
        raise Invalid("contents must be a list and settings an object")
    common(body.get("options") or {})
    kinds: list[str] = []
    prompt = ""
    for item in contents:
        kind = item.get("type") if isinstance(item, dict) else None
        if kind == "prompt":
            text(item, "text", required=True)
            prompt = item["text"]
        elif kind == "image":
            image({"url": item.get("url")}, "url", required=True)
        elif kind == "video":
            _video(item.get("url"))
        elif kind != "element":
            raise Invalid(f"contents.type {kind!r} is invalid")
        kinds.append(kind)
    if kinds.count("image") != 1 or kinds.count("video") != 1:
        raise Invalid("one image and one video are required")
    elements = element_items(contents, prompt)
    if elements and model != "kling-3.0":
        raise Invalid(f"elements are not supported by {model}")
    if elements > 1:
        raise Invalid("at most 1 element can be specified")
    if settings.get("character_orientation") not in ("image", "video"):
        raise Invalid("settings.character_orientation is required: image or video")
    if settings.get("audio", "original") not in ("original", "off"):
        raise Invalid("settings.audio must be original or off")
    if settings.get("resolution", "720p") not in ("720p", "1080p"):
        raise Invalid("settings.resolution must be 720p or 1080p")
    return model


def _video(url: object) -> None:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise Invalid("the motion video is given by its URL (videos cannot be uploaded)")


def units(standard: str, model: str | None, body: dict) -> float:
    name = check(standard, model, body)
    if standard == LEGACY:
        sharp = body.get("mode") == "pro"
    else:
        sharp = (body.get("settings") or {}).get("resolution") == "1080p"
    return round(MODELS[name][1 if sharp else 0] * RESULT_SECONDS, 4)


MOTION_CONTROL = register(
    Product(
        kind="motion_control",
        media="video",
        legacy_path="videos/motion-control",
        new_path="motion-control",
        check=check,
        units=units,
    )
)
