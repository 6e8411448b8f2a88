"""The server-side checks Kling makes on a submitted body, with Kling's answers.

Written from the API contract, independently of the app's own validation, so that a
client bug that lets a bad field through is caught here the way Kling would catch it:
HTTP 400 with code 1201 and a message naming the field.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

IMAGE_MODELS = {"kling-v1", "kling-v1-5", "kling-v2", "kling-v2-new", "kling-v2-1"}
T2V_MODELS = {
    "kling-v1",
    "kling-v1-6",
    "kling-v2-master",
    "kling-v2-1-master",
    "kling-v2-5-turbo",
    "kling-v2-6",
}
I2V_MODELS = T2V_MODELS | {"kling-v1-5", "kling-v2-1"}
IMAGE_RATIOS = {"16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"}
VIDEO_RATIOS = {"16:9", "9:16", "1:1"}
PRESETS = {"down_back", "forward_up", "right_turn_forward", "left_turn_forward"}
AXES = ("horizontal", "vertical", "pan", "tilt", "roll", "zoom")
CAMERA_RULE = "camera_control is only supported in std mode with 5s duration and kling-v1"


class Invalid(Exception):
    def __init__(self, message: str, code: int = 1201) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def check(kind: str, body: Any) -> None:
    """Raise `Invalid` the way Kling would refuse `body` for `kind`."""
    if not isinstance(body, dict):
        raise Invalid("request body must be a JSON object", 1200)
    model = body.get("model_name") or body.get("model") or "kling-v1"
    models = {"image": IMAGE_MODELS, "text2video": T2V_MODELS, "image2video": I2V_MODELS}[kind]
    if model not in models:
        raise Invalid(f"model_name is invalid: {model}")
    _text(body, "prompt", required=kind != "image2video")
    _text(body, "negative_prompt", required=False)
    for name in ("external_task_id", "callback_url"):
        if name in body and not isinstance(body[name], str):
            raise Invalid(f"{name} must be a string")
    if kind == "image":
        _check_image_body(body)
    else:
        _check_video_body(kind, model, body)


def _text(body: dict, name: str, *, required: bool) -> None:
    value = body.get(name)
    if value is None:
        if required:
            raise Invalid(f"{name} is required")
        return
    if not isinstance(value, str) or (required and not value.strip()):
        raise Invalid(f"{name} must be a non-empty string")
    if len(value) > 2500:
        raise Invalid(f"{name} exceeds 2500 characters")


def _number(body: dict, name: str, low: float, high: float) -> None:
    value = body.get(name)
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise Invalid(f"{name} must be a number between {low} and {high}")


def _image(body: dict, name: str, *, required: bool = False) -> None:
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


def _check_image_body(body: dict) -> None:
    n = body.get("n", 1)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 9:
        raise Invalid("n must be an integer between 1 and 9")
    if body.get("aspect_ratio", "16:9") not in IMAGE_RATIOS:
        raise Invalid("aspect_ratio is invalid")
    if body.get("resolution", "1k") not in ("1k", "2k"):
        raise Invalid("resolution is invalid")
    if body.get("image_reference") not in (None, "subject", "face"):
        raise Invalid("image_reference is invalid")
    _number(body, "image_fidelity", 0, 1)
    _number(body, "human_fidelity", 0, 1)
    _image(body, "image")
    if body.get("image") and body.get("negative_prompt"):
        raise Invalid("negative_prompt is not supported together with image")


def _check_video_body(kind: str, model: str, body: dict) -> None:
    mode = body.get("mode", "std")
    if mode not in ("std", "pro"):
        raise Invalid("mode is invalid")
    duration = body.get("duration", "5")
    if not isinstance(duration, str):
        raise Invalid("duration must be a string")
    if duration not in ("5", "10"):
        raise Invalid("duration is invalid")
    _number(body, "cfg_scale", 0, 1)
    if kind == "text2video":
        if body.get("aspect_ratio", "16:9") not in VIDEO_RATIOS:
            raise Invalid("aspect_ratio is invalid")
    else:
        if not body.get("image") and not body.get("image_tail"):
            raise Invalid("image or image_tail is required")
        for name in ("image", "image_tail", "static_mask"):
            _image(body, name)
        masks = body.get("dynamic_masks") or []
        if not isinstance(masks, list) or len(masks) > 6:
            raise Invalid("dynamic_masks is invalid")
        for mask in masks:
            _image(mask, "mask", required=True)
            points = mask.get("trajectories") or []
            if not 2 <= len(points) <= 77:
                raise Invalid("dynamic_masks.trajectories must have 2 to 77 points")
        groups = [
            bool(body.get("image_tail")),
            bool(body.get("static_mask") or masks),
            bool(body.get("camera_control")),
        ]
        if sum(groups) > 1:
            raise Invalid("image_tail, motion brush and camera_control cannot be used together")
    camera = body.get("camera_control")
    if camera is not None:
        _check_camera(camera)
        if kind == "text2video" and (model, mode, duration) != ("kling-v1", "std", "5"):
            raise Invalid(CAMERA_RULE)


def _check_camera(camera: Any) -> None:
    if not isinstance(camera, dict):
        raise Invalid("camera_control is invalid")
    kind = camera.get("type")
    if kind in PRESETS:
        if camera.get("config"):
            raise Invalid("camera_control.config must be empty for preset types")
        return
    if kind != "simple":
        raise Invalid("camera_control.type is invalid")
    config = camera.get("config")
    if not isinstance(config, dict):
        raise Invalid("camera_control.config is required for type simple")
    values = [config.get(axis, 0) for axis in AXES]
    if any(
        isinstance(v, bool) or not isinstance(v, int | float) or not -10 <= v <= 10 for v in values
    ):
        raise Invalid("camera_control.config values must be between -10 and 10")
    if sum(1 for v in values if v) != 1:
        raise Invalid("camera_control.config must have exactly one non-zero value")
