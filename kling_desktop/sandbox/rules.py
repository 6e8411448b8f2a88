"""The server-side checks Kling makes on a submitted body, with Kling's answers.

Written from the API contract (Kling as it is in late 2026), independently of the app's own
validation and catalogue, so that a client bug that lets a bad field through is caught
here the way Kling would catch it: HTTP 400 with code 1201 and a message naming the field.
Retired models are refused with the sentence Kling uses.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any

LEGACY = "legacy"
NEW = "new"

RETIRED = {
    "kling-v1",
    "kling-v1-5",
    "kling-v1-6",
    "kling-v2",
    "kling-v2-new",
    "kling-v2-master",
    "kling-v2-1-master",
}
RETIRED_FOR_VIDEO = RETIRED | {"kling-v2-1"}
IMAGE_RATIOS = ("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9")
VIDEO_RATIOS = ("16:9", "9:16", "1:1")


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
IMAGE_MODELS = {"kling-v3", "kling-v2-1"}
OMNI_IMAGE_MODELS = {"kling-image-o1", "kling-v3-omni"}

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


class Invalid(Exception):
    def __init__(self, message: str, code: int = 1201, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.message = message


def discontinued(model: str) -> Invalid:
    return Invalid(f"The model '{model}' has been discontinued and is no longer available.")


# Shared pieces -------------------------------------------------------------------------------


def text(body: dict, name: str, *, required: bool, limit: int = 2500) -> None:
    value = body.get(name)
    if value is None:
        if required:
            raise Invalid(f"{name} is required")
        return
    if not isinstance(value, str) or (required and not value.strip()):
        raise Invalid(f"{name} must be a non-empty string")
    if len(value) > limit:
        raise Invalid(f"{name} exceeds {limit} characters")


def number(body: dict, name: str, low: float, high: float) -> None:
    value = body.get(name)
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise Invalid(f"{name} must be a number between {low} and {high}")


def image(body: dict, name: str, *, required: bool = False) -> None:
    value = body.get(name)
    if value is None:
        if required:
            raise Invalid(f"{name} is required")
        return
    if not isinstance(value, str) or not value:
        raise Invalid(f"{name} must be a string")
    if value.startswith(("http://", "https://")):
        return
    if value.startswith("data:"):
        raise Invalid(f"{name} is invalid: Base64 must not have a data: prefix")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Invalid(f"{name} is invalid: not Base64 and not a URL") from None
    if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8\xff")):
        raise Invalid("Image format is invalid, only JPG/JPEG/PNG are supported")
    if len(data) > 10 * 1024 * 1024:
        raise Invalid("Image size exceeds 10MB")


def common(body: Any) -> dict:
    if not isinstance(body, dict):
        raise Invalid("request body must be a JSON object", 1200)
    for name in ("external_task_id", "callback_url"):
        if name in body and not isinstance(body[name], str):
            raise Invalid(f"{name} must be a string")
    return body


# Images (legacy only) -------------------------------------------------------------------------


def check_image(standard: str, model: str | None, body: dict) -> None:
    model = body.get("model_name") or body.get("model") or "kling-v3"
    if model in RETIRED:
        raise discontinued(model)
    if model not in IMAGE_MODELS:
        raise Invalid(f"model_name is invalid: {model}", 1203, 404)
    text(body, "prompt", required=True)
    text(body, "negative_prompt", required=False)
    n = body.get("n", 1)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 9:
        raise Invalid("n must be an integer between 1 and 9")
    if body.get("aspect_ratio", "16:9") not in IMAGE_RATIOS:
        raise Invalid("aspect_ratio is invalid")
    if body.get("resolution", "1k") not in ("1k", "2k"):
        raise Invalid("resolution is invalid")
    if body.get("image_reference") not in (None, "subject", "face"):
        raise Invalid("image_reference is invalid")
    if body.get("image_reference") and model != "kling-v2-1":
        raise Invalid(f"image_reference is not supported by {model}")
    number(body, "image_fidelity", 0, 1)
    number(body, "human_fidelity", 0, 1)
    image(body, "image")
    if body.get("image") and body.get("negative_prompt"):
        raise Invalid("negative_prompt is not supported together with image")
    elements = _element_list(body, model, most=10)
    if elements + bool(body.get("image")) > 10:
        raise Invalid("the sum of reference elements and the reference image must not exceed 10")


# Videos ---------------------------------------------------------------------------------------

_MODES = {"std": "720p", "pro": "1080p"}
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
        _element_list(body, name)
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
            else:
                raise Invalid(f"contents.type {kind_of!r} is invalid")
        if kind == "image2video" and not frames["first_frame"]:
            raise Invalid("a first_frame is required; last-frame-only is not supported")
        if _element_items(contents, prompt) > 3:
            raise Invalid("up to 3 elements can be specified")
    else:
        text(body, "prompt", required=True, limit=limit)
    duration = settings.get("duration", 5)
    if isinstance(duration, bool) or not isinstance(duration, int):
        raise Invalid("settings.duration must be an integer")
    shots = 0
    if settings.get("multi_shot") and isinstance(prompt, str):
        shots = _prompt_shots(prompt, duration)
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


def _element_list(body: dict, model: str, *, most: int = 3) -> int:
    """`element_list` (`kling-v3` video: at most 3; its pictures and omni pictures: with
    the reference images, at most 10) and the <<<element_N>>> the prompts name. Returns
    how many elements it lists."""
    elements = body.get("element_list")
    if elements is None:
        return 0
    if model not in ("kling-v3", *OMNI_IMAGE_MODELS):
        raise Invalid(f"element_list is not supported by {model}")
    if not isinstance(elements, list) or not 1 <= len(elements) <= most:
        raise Invalid(f"element_list takes 1 to {most} elements")
    for item in elements:
        if not isinstance(item, dict) or not isinstance(item.get("element_id"), str | int):
            raise Invalid("element_list entries need an element_id")
    words = [body.get("prompt") or ""] + [
        shot.get("prompt") or "" for shot in body.get("multi_prompt") or []
    ]
    for found in re.findall(r"<<<element_(\d+)>>>", " ".join(words)):
        if not 1 <= int(found) <= len(elements):
            raise Invalid(f"<<<element_{found}>>> names no element of element_list")
    return len(elements)


def _element_items(contents: list, prompt: Any) -> int:
    """The new standard's element content items: each an `element_id` and an `id` not
    used by another item; an @element_n in the prompt must name one. Returns how many."""
    ids = [i.get("id") for i in contents if isinstance(i, dict) and i.get("id")]
    if len(ids) != len(set(ids)):
        raise Invalid("contents.id must not be duplicated")
    count = 0
    for item in contents:
        if not isinstance(item, dict) or item.get("type") != "element":
            continue
        for field in ("element_id", "id"):
            value = item.get(field)
            if not isinstance(value, str) or not value.strip():
                raise Invalid(f"contents.{field} is required for an element (a string)")
        count += 1
    for found in re.findall(r"@(element_\d+)", prompt if isinstance(prompt, str) else ""):
        if found not in ids:
            raise Invalid(f"@{found} names no content item")
    return count


def _prompt_shots(prompt: str, duration: int) -> int:
    """Shots written in the prompt: `shot 1, 3, words; shot 2, 2, words;`."""
    parts = [p.strip() for p in prompt.split(";") if p.strip()]
    if not parts or not all(p.lower().startswith("shot ") for p in parts):
        return 0
    total = 0
    for part in parts:
        pieces = part[5:].split(",", 2)
        if len(pieces) != 3 or not pieces[1].strip().isdigit():
            raise Invalid("a shot is written as: shot n, seconds, words;")
        if len(pieces[2].strip()) > 512:
            raise Invalid("a shot's words exceed 512 characters")
        total += int(pieces[1])
    if len(parts) > 6:
        raise Invalid("at most 6 shots")
    if total != duration:
        raise Invalid("the shots' seconds must add up to settings.duration")
    return len(parts)


def check_video(kind: str, standard: str, model: str | None, body: dict) -> VideoAsk:
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


def video_units(ask: VideoAsk) -> float:
    table = VIDEO_PRICES[ask.model]
    audio = ask.audio or ("native" if ask.model == "kling-3.0-turbo" else "off")
    for (resolution, sound), rate in table.items():
        if resolution in ("*", ask.resolution) and sound in ("*", audio):
            return round(rate * ask.duration, 4)
    return 0.0


# Omni: pictures and videos from references ------------------------------------------------

OMNI_RATIOS = (*IMAGE_RATIOS, "auto")


def check_omni_image(standard: str, model: str | None, body: dict) -> None:
    name = body.get("model_name") or "kling-image-o1"
    if name in RETIRED:
        raise discontinued(name)
    if name not in OMNI_IMAGE_MODELS:
        raise Invalid(f"model_name is invalid: {name}", 1203, 404)
    text(body, "prompt", required=True)
    images = body.get("image_list") or []
    if not isinstance(images, list) or len(images) > 10:
        raise Invalid("image_list may hold at most 10 images")
    for item in images:
        image(item if isinstance(item, dict) else {}, "image", required=True)
    elements = _element_list(body, name, most=10)
    if len(images) + elements > 10:
        raise Invalid("the sum of reference elements and reference images must not exceed 10")
    if body.get("aspect_ratio", "auto") not in OMNI_RATIOS:
        raise Invalid("aspect_ratio is invalid")
    resolutions = ("1k", "2k", "4k") if name == "kling-v3-omni" else ("1k", "2k")
    if body.get("resolution", "1k") not in resolutions:
        raise Invalid(f"resolution is not supported by {name}")
    if body.get("result_type", "single") not in ("single", "series"):
        raise Invalid("result_type is invalid")
    if body.get("result_type") == "series":
        if name != "kling-v3-omni":
            raise Invalid(f"series images are not supported by {name}")
        if body.get("series_amount", 4) not in (*range(2, 10), "auto"):
            raise Invalid("series_amount must be 2 to 9 or auto")
    n = body.get("n", 1)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 9:
        raise Invalid("n must be an integer between 1 and 9")


def omni_image_count(body: dict) -> int:
    if body.get("result_type") == "series":
        amount = body.get("series_amount", 4)
        return amount if isinstance(amount, int) else 4  # "auto": the sandbox makes four
    return int(body.get("n", 1))


def omni_image_units(standard: str, model: str | None, body: dict) -> float:
    each = 16.0 if body.get("resolution") == "4k" else 8.0
    return each * omni_image_count(body)


_OMNI_CONTENTS = ("prompt", "first_frame", "last_frame", "refer_image", "feature_video", "element")


def check_omni_video(standard: str, model: str | None, body: dict) -> VideoAsk:
    if model in RETIRED_FOR_VIDEO:
        raise discontinued(model or "")
    if model not in ("kling-3.0-omni", "kling-o1"):
        raise Invalid(f"model is invalid: {model}", 1203, 404)
    spec = VIDEO_MODELS[model]
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
        elif kind == "feature_video":
            url = item.get("url")
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                raise Invalid("a reference video is given by its URL")
        else:
            image({"url": item.get("url")}, "url", required=True)
        kinds.append(kind)
    pictures = kinds.count("refer_image")
    has_video = "feature_video" in kinds
    if "last_frame" in kinds and "first_frame" not in kinds:
        raise Invalid("last-frame-only is not supported")
    elements = _element_items(contents, prompt)
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
        and "first_frame" in kinds
        and not pictures
        and not has_video
        and duration not in (5, 10)
    ):
        raise Invalid("from a first frame alone only 5 s or 10 s videos are supported")
    resolution = settings.get("resolution", "720p")
    if resolution not in spec.resolutions:
        raise Invalid(f"resolution {resolution} is not supported by {model}")
    audio = settings.get("audio", "off")
    if audio not in spec.audio:
        raise Invalid(f"audio {audio} is not supported by {model}")
    if audio == "original" and not has_video:
        raise Invalid("audio original keeps a reference video's sound: add one")
    if audio == "native" and has_video:
        raise Invalid("native audio is not supported with a reference video")
    if settings.get("aspect_ratio", "16:9") not in VIDEO_RATIOS:
        raise Invalid("settings.aspect_ratio is invalid")
    shots = _prompt_shots(prompt, duration) if settings.get("multi_shot") else 0
    if shots and not spec.shots:
        raise Invalid(f"{model} does not support multi-shot")
    return VideoAsk(
        model,
        duration,
        resolution,
        audio,
        settings.get("aspect_ratio"),
        "first_frame" in kinds,
        "last_frame" in kinds,
        shots,
    )


def omni_video_units(standard: str, model: str | None, body: dict) -> float:
    ask = check_omni_video(standard, model, body)
    video = any(isinstance(i, dict) and i.get("type") == "feature_video" for i in body["contents"])
    rate = {
        ("kling-3.0-omni", True): {"720p": 0.9, "1080p": 1.2, "4k": 3.0},
        ("kling-o1", True): {"720p": 0.9, "1080p": 1.2},
    }.get((ask.model, video))
    if rate is None:
        return video_units(ask)
    return round(rate[ask.resolution] * ask.duration, 4)


EXPAND_SIDES = ("up", "down", "left", "right")


def check_expand(standard: str, model: str | None, body: dict) -> None:
    """Outpainting: `image`, the four `*_expansion_ratio` (0 to 2, all required), the new
    picture at most 3 times the original's area, an optional prompt, `n` 1 to 9."""
    image(body, "image", required=True)
    for side in EXPAND_SIDES:
        name = f"{side}_expansion_ratio"
        if body.get(name) is None:
            raise Invalid(f"{name} is required")
        number(body, name, 0, 2)
    if expand_area(body) > 3 + 1e-9:
        raise Invalid("the expanded image must not exceed 3 times the area of the original")
    text(body, "prompt", required=False)
    n = body.get("n", 1)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 9:
        raise Invalid("n must be an integer between 1 and 9")


def expand_area(body: dict) -> float:
    r = {side: float(body.get(f"{side}_expansion_ratio") or 0) for side in EXPAND_SIDES}
    return (1 + r["left"] + r["right"]) * (1 + r["up"] + r["down"])


def expand_shape(body: dict) -> str:
    """The result's shape, "W:H": the original's (read from a PNG's header; a square is
    assumed otherwise) grown on each side."""
    width = height = 1000
    value = body.get("image")
    if isinstance(value, str) and not value.startswith(("http://", "https://")):
        try:
            head = base64.b64decode(value[:64] + "=" * (-len(value[:64]) % 4))
        except (binascii.Error, ValueError):
            head = b""
        if head.startswith(b"\x89PNG") and len(head) >= 24:
            width = int.from_bytes(head[16:20], "big") or width
            height = int.from_bytes(head[20:24], "big") or height
    r = {side: float(body.get(f"{side}_expansion_ratio") or 0) for side in EXPAND_SIDES}
    grown_w = round(width * (1 + r["left"] + r["right"]))
    grown_h = round(height * (1 + r["up"] + r["down"]))
    return f"{grown_w}:{grown_h}"


# Sound (legacy only) ---------------------------------------------------------------------


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


# Elements (legacy only) ----------------------------------------------------------------------


def check_element(standard: str, model: str | None, body: dict) -> None:
    """Creating an element from pictures: a name (at most 20 characters), a description
    (at most 100), `reference_type` image_refer with a front picture and 0 to 3 more."""
    text(body, "element_name", required=True, limit=20)
    text(body, "element_description", required=True, limit=100)
    if body.get("reference_type") != "image_refer":
        raise Invalid("reference_type must be image_refer or video_refer (video: not here)")
    pictures = body.get("element_image_list")
    if not isinstance(pictures, dict):
        raise Invalid("element_image_list is required for image_refer")
    image(pictures, "frontal_image", required=True)
    others = pictures.get("refer_images") or []
    if not isinstance(others, list) or len(others) > 3:
        raise Invalid("refer_images takes 1 to 3 pictures")
    for item in others:
        if not isinstance(item, dict):
            raise Invalid("refer_images entries are objects with image_url")
        image(item, "image_url", required=True)
