"""Text to video and image to video: `POST /v1/videos/text2video|image2video` (legacy,
`model_name`) and `POST /text-to-video|image-to-video/{model}` (new standard), with the
live models' limits and prices."""

from __future__ import annotations

from dataclasses import dataclass

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import (
    LEGACY,
    RETIRED_FOR_VIDEO,
    VIDEO_RATIOS,
    Invalid,
    common,
    discontinued,
    element_items,
    element_list,
    image,
    prompt_shots,
    text,
)


@dataclass(frozen=True)
class VideoModel:
    durations: tuple[int, ...]
    resolutions: tuple[str, ...]
    audio: tuple[str, ...] = ()  # empty: no `audio` setting at all
    last_frame: bool = True
    shots: bool = False
    prompt_max: int = 2500
    operations: tuple[str, ...] = ("text2video", "image2video")


VIDEO_MODELS = {
    "kling-3.0-turbo": VideoModel(
        tuple(range(3, 16)), ("720p", "1080p"), last_frame=False, shots=True, prompt_max=3072
    ),
    "kling-3.0": VideoModel(
        tuple(range(3, 16)),
        ("720p", "1080p", "4k"),
        ("native", "off"),
        shots=True,
        prompt_max=3072,
    ),
    "kling-3.0-omni": VideoModel(
        tuple(range(3, 16)),
        ("720p", "1080p", "4k"),
        ("native", "original", "off"),
        shots=True,
        prompt_max=3072,
        operations=("omni_video",),
    ),
    "kling-o1": VideoModel(
        tuple(range(3, 11)), ("720p", "1080p"), ("original", "off"), operations=("omni_video",)
    ),
    "kling-2.6": VideoModel((5, 10), ("720p", "1080p"), ("native", "off")),
    "kling-2.5-turbo": VideoModel((5, 10), ("720p", "1080p")),
}
#: `model_name` values of the legacy `/v1/videos/...` routes.
LEGACY_VIDEO = {
    "kling-v3": "kling-3.0",
    "kling-v2-6": "kling-2.6",
    "kling-v2-5-turbo": "kling-2.5-turbo",
}
#: Units per second of video by model, then (resolution, sound) with "*" for any.
VIDEO_PRICES = {
    "kling-3.0-turbo": {("720p", "*"): 0.8, ("*", "*"): 1.0},
    "kling-3.0": {
        ("4k", "*"): 3.0,
        ("720p", "native"): 0.9,
        ("*", "native"): 1.2,
        ("720p", "*"): 0.6,
        ("*", "*"): 0.8,
    },
    "kling-3.0-omni": {
        ("4k", "*"): 3.0,
        ("720p", "native"): 0.8,
        ("*", "native"): 1.0,
        ("720p", "*"): 0.6,
        ("*", "*"): 0.8,
    },
    "kling-o1": {("720p", "*"): 0.6, ("*", "*"): 0.8},
    "kling-2.6": {("*", "native"): 1.0, ("720p", "*"): 0.3, ("*", "*"): 0.5},
    "kling-2.5-turbo": {("720p", "*"): 0.3, ("*", "*"): 0.5},
}


_MODES = {"std": "720p", "pro": "1080p", "4k": "4k"}  # "4k" on the legacy routes since 2026-04
_SOUND = {"on": "native", "off": "off"}


@dataclass(frozen=True)
class VideoAsk:
    """A video request as both standards say it, brought to one shape for checking."""

    model: str
    duration: int
    resolution: str
    audio: str | None
    aspect_ratio: str | None
    first_frame: bool
    last_frame: bool
    shots: int


def video_ask(kind: str, standard: str, model: str | None, body: dict) -> VideoAsk:
    """Read `body` (legacy or new) into a `VideoAsk`, refusing what does not parse."""
    if standard == LEGACY:
        name = body.get("model_name") or body.get("model") or "kling-v3"
        if name in RETIRED_FOR_VIDEO:
            raise discontinued(name)
        if name not in LEGACY_VIDEO:
            raise Invalid(f"model_name is invalid: {name}", 1203, 404)
        text(body, "prompt", required=kind == "text2video" and not body.get("multi_shot"))
        text(body, "negative_prompt", required=False)
        mode = body.get("mode", "std")
        if mode not in _MODES:
            raise Invalid("mode is invalid")
        duration = body.get("duration", "5")
        if not isinstance(duration, str) or not duration.isdigit():
            raise Invalid("duration must be a string of seconds")
        sound = body.get("sound")
        if sound not in (None, "on", "off"):
            raise Invalid("sound is invalid")
        shots = 0
        if body.get("multi_shot"):
            prompts = body.get("multi_prompt")
            if not isinstance(prompts, list) or not 1 <= len(prompts) <= 6:
                raise Invalid("multi_prompt must have 1 to 6 shots")
            total = 0
            for shot in prompts:
                text(shot, "prompt", required=True, limit=512)
                seconds = shot.get("duration")
                if not isinstance(seconds, str) or not seconds.isdigit() or int(seconds) < 1:
                    raise Invalid("multi_prompt.duration must be a string of seconds, at least 1")
                total += int(seconds)
            if total != int(duration):
                raise Invalid("the durations of multi_prompt must add up to duration")
            shots = len(prompts)
        for field in ("image", "image_tail"):
            image(body, field)
        if kind == "image2video" and not body.get("image"):
            raise Invalid("image is required")
        element_list(body, name)
        return VideoAsk(
            LEGACY_VIDEO[name],
            int(duration),
            _MODES[mode],
            _SOUND.get(sound) if sound else None,
            body.get("aspect_ratio"),
            bool(body.get("image")),
            bool(body.get("image_tail")),
            shots,
        )
    if model in RETIRED_FOR_VIDEO:
        raise discontinued(model or "")
    if model not in VIDEO_MODELS:
        raise Invalid(f"model is invalid: {model}", 1203, 404)
    for old in ("model_name", "negative_prompt", "mode", "cfg_scale", "camera_control"):
        if old in body:
            raise Invalid(f"{old} is not a parameter of this API")
    settings = body.get("settings") or {}
    options = body.get("options") or {}
    if not isinstance(settings, dict) or not isinstance(options, dict):
        raise Invalid("settings and options must be objects")
    common(options)
    limit = VIDEO_MODELS[model].prompt_max
    frames = {"first_frame": False, "last_frame": False}
    voices = 0
    prompt = body.get("prompt")
    if "contents" in body:
        contents = body["contents"]
        if not isinstance(contents, list):
            raise Invalid("contents must be a list")
        for item in contents:
            kind_of = item.get("type") if isinstance(item, dict) else None
            if kind_of == "prompt":
                text(item, "text", required=True, limit=limit)
                prompt = item["text"]
            elif kind_of in frames:
                image({"url": item.get("url")}, "url", required=True)
                frames[kind_of] = True
            elif kind_of == "element" and kind == "image2video" and model == "kling-3.0":
                continue  # read together below
            elif kind_of == "voice" and kind == "image2video" and model == "kling-2.6":
                if not isinstance(item.get("voice_id"), str) or not item.get("id"):
                    raise Invalid("a voice needs voice_id and id")
                voices += 1
            else:
                raise Invalid(f"contents.type {kind_of!r} is invalid")
        if voices > 2:
            raise Invalid("at most 2 voices can be referenced")
        if voices and settings.get("audio", "off") == "off":
            raise Invalid("when specifying a voice, audio cannot be off")
        if kind == "image2video" and not frames["first_frame"]:
            raise Invalid("a first_frame is required; last-frame-only is not supported")
        if element_items(contents, prompt) > 3:
            raise Invalid("up to 3 elements can be specified")
    else:
        text(body, "prompt", required=True, limit=limit)
    duration = settings.get("duration", 5)
    if isinstance(duration, bool) or not isinstance(duration, int):
        raise Invalid("settings.duration must be an integer")
    shots = 0
    if settings.get("multi_shot") and isinstance(prompt, str):
        shots = prompt_shots(prompt, duration)
    return VideoAsk(
        model,
        duration,
        settings.get("resolution", "720p"),
        settings.get("audio"),
        settings.get("aspect_ratio"),
        frames["first_frame"],
        frames["last_frame"],
        shots,
    )


def check(kind: str, standard: str, model: str | None, body: dict) -> VideoAsk:
    ask = video_ask(kind, standard, model, body)
    spec = VIDEO_MODELS[ask.model]
    if kind not in spec.operations:
        raise Invalid(f"{ask.model} does not support {kind}")
    if ask.duration not in spec.durations:
        raise Invalid(f"duration {ask.duration} is not supported by {ask.model}")
    if ask.resolution not in spec.resolutions:
        raise Invalid(f"resolution {ask.resolution} is not supported by {ask.model}")
    if ask.audio is not None and ask.audio not in spec.audio:
        raise Invalid(f"audio {ask.audio} is not supported by {ask.model}")
    if kind == "text2video" and (ask.aspect_ratio or "16:9") not in VIDEO_RATIOS:
        raise Invalid("aspect_ratio is invalid")
    if ask.last_frame and not spec.last_frame:
        raise Invalid(f"{ask.model} does not support a last frame")
    if ask.shots and not spec.shots:
        raise Invalid(f"{ask.model} does not support multi-shot")
    if ask.model == "kling-2.6":
        if ask.audio == "native" and ask.resolution != "1080p":
            raise Invalid("native audio is only supported at 1080p")
        if ask.last_frame and (ask.resolution != "1080p" or ask.audio == "native"):
            raise Invalid("first and last frames are only supported for silent 1080p videos")
    if ask.model == "kling-2.5-turbo" and ask.last_frame and ask.resolution != "1080p":
        raise Invalid("first and last frames are only supported at 1080p")
    return ask


def units(ask: VideoAsk) -> float:
    table = VIDEO_PRICES[ask.model]
    audio = ask.audio or ("native" if ask.model == "kling-3.0-turbo" else "off")
    for (resolution, sound), rate in table.items():
        if resolution in ("*", ask.resolution) and sound in ("*", audio):
            return round(rate * ask.duration, 4)
    return 0.0


def product(kind: str) -> Product:
    def check_body(standard: str, model: str | None, body: dict) -> VideoAsk:
        return check(kind, standard, model, body)

    def charge(standard: str, model: str | None, body: dict) -> float:
        return units(video_ask(kind, standard, model, body))

    new = {"text2video": "text-to-video", "image2video": "image-to-video"}[kind]
    return Product(
        kind=kind,
        media="video",
        legacy_path=f"videos/{kind}",
        new_path=new,
        check=check_body,
        units=charge,
    )


TEXT_TO_VIDEO = register(product("text2video"))
IMAGE_TO_VIDEO = register(product("image2video"))
