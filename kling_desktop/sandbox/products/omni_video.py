"""Video from references (`POST /omni-video/{model}`), new standard only: Kling 3.0 Omni and
Kling O1, with reference pictures, a reference video, frames and elements."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register, video
from kling_desktop.sandbox.rules import (
    RETIRED_FOR_VIDEO,
    VIDEO_RATIOS,
    Invalid,
    discontinued,
    element_items,
    image,
    prompt_shots,
    text,
)

_OMNI_CONTENTS = (
    "prompt",
    "first_frame",
    "last_frame",
    "refer_image",
    "feature_video",
    "base_video",  # a video to edit
    "element",
)


def check(standard: str, model: str | None, body: dict) -> video.VideoAsk:
    if model in RETIRED_FOR_VIDEO:
        raise discontinued(model or "")
    if model not in ("kling-3.0-omni", "kling-o1"):
        raise Invalid(f"model is invalid: {model}", 1203, 404)
    spec = video.VIDEO_MODELS[model]
    settings = body.get("settings") or {}
    contents = body.get("contents")
    if not isinstance(contents, list) or not isinstance(settings, dict):
        raise Invalid("contents must be a list and settings an object")
    kinds = []
    prompt = ""
    for item in contents:
        kind = item.get("type") if isinstance(item, dict) else None
        if kind not in _OMNI_CONTENTS:
            raise Invalid(f"contents.type {kind!r} is invalid")
        if kind == "prompt":
            text(item, "text", required=True, limit=spec.prompt_max)
            prompt = item["text"]
        elif kind == "element":
            pass  # read together below
        elif kind in ("feature_video", "base_video"):
            url = item.get("url")
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                raise Invalid("a video is given by its URL (videos cannot be uploaded)")
        else:
            image({"url": item.get("url")}, "url", required=True)
        kinds.append(kind)
    pictures = kinds.count("refer_image")
    has_video = "feature_video" in kinds
    edits = "base_video" in kinds
    if kinds.count("feature_video") + kinds.count("base_video") > 1:
        raise Invalid("at most 1 reference video")
    if edits and ("first_frame" in kinds or "last_frame" in kinds):
        raise Invalid("a video being edited (base_video) takes no first or last frame")
    if edits and settings.get("multi_shot"):
        raise Invalid("a video being edited (base_video) cannot be multi-shot")
    has_video = has_video or edits
    if "last_frame" in kinds and "first_frame" not in kinds:
        raise Invalid("last-frame-only is not supported")
    elements = element_items(contents, prompt)
    if pictures + elements > (4 if has_video else 7):
        raise Invalid("too many reference images and elements")
    if model == "kling-o1" and "last_frame" in kinds and (pictures or elements):
        raise Invalid("with first and last frames, no reference images or elements can be added")
    if "first_frame" in kinds and elements > 3:
        raise Invalid("with a first frame, at most 3 elements can be specified")
    duration = settings.get("duration", 5)
    if isinstance(duration, bool) or not isinstance(duration, int):
        raise Invalid("settings.duration must be an integer")
    if duration not in spec.durations:
        raise Invalid(f"duration {duration} is not supported by {model}")
    if (
        model == "kling-o1"
        and "last_frame" not in kinds
        and not pictures
        and not has_video
        and not elements
        and duration not in (5, 10)
    ):
        raise Invalid("from words or a first frame alone only 5 s or 10 s videos are supported")
    resolution = settings.get("resolution", "720p")
    if resolution not in spec.resolutions:
        raise Invalid(f"resolution {resolution} is not supported by {model}")
    audio = settings.get("audio", "off")
    if audio not in spec.audio:
        raise Invalid(f"audio {audio} is not supported by {model}")
    if audio == "original" and not edits:
        raise Invalid("audio original keeps the sound of a video being edited (base_video)")
    if audio == "native" and has_video:
        raise Invalid("native audio is not supported with a reference or edited video")
    if settings.get("aspect_ratio", "16:9") not in VIDEO_RATIOS:
        raise Invalid("settings.aspect_ratio is invalid")
    shots = prompt_shots(prompt, duration) if settings.get("multi_shot") else 0
    if shots and not spec.shots:
        raise Invalid(f"{model} does not support multi-shot")
    return video.VideoAsk(
        model,
        duration,
        resolution,
        audio,
        settings.get("aspect_ratio"),
        "first_frame" in kinds,
        "last_frame" in kinds,
        shots,
    )


def units(standard: str, model: str | None, body: dict) -> float:
    ask = check(standard, model, body)
    with_video = any(
        isinstance(i, dict) and i.get("type") in ("feature_video", "base_video")
        for i in body["contents"]
    )
    rate = {
        ("kling-3.0-omni", True): {"720p": 0.9, "1080p": 1.2, "4k": 3.0},
        ("kling-o1", True): {"720p": 0.9, "1080p": 1.2},
    }.get((ask.model, with_video))
    if rate is None:
        return video.units(ask)
    return round(rate[ask.resolution] * ask.duration, 4)


OMNI_VIDEO = register(
    Product(
        kind="omni_video",
        media="video",
        legacy_path=None,
        new_path="omni-video",
        check=check,
        units=units,
    )
)
