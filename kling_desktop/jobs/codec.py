"""Requests to and from the history: parameters as JSON, images as stored inputs.

The history keeps every parameter that was sent, but not megabytes of Base64: an image
field is stored as `{"input": role}` and its bytes as a job input (content-addressed).
`decode` rebuilds the exact request, so a queued job can be sent after a restart and a
past job reused or re-run.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from kling_desktop.api import (
    CameraControl,
    DynamicMask,
    ImageRequest,
    ImageToVideoRequest,
    TaskKind,
    TextToVideoRequest,
)
from kling_desktop.api.requests import AnyRequest

REQUEST_TYPES: dict[TaskKind, type] = {
    TaskKind.IMAGE: ImageRequest,
    TaskKind.TEXT2VIDEO: TextToVideoRequest,
    TaskKind.IMAGE2VIDEO: ImageToVideoRequest,
}
IMAGE_FIELDS = ("image", "image_tail", "static_mask")


def encode(request: AnyRequest) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(JSON-able parameters, {role: image bytes}) for `request`."""
    params: dict[str, Any] = {}
    images: dict[str, bytes] = {}

    def image(role: str, value: Any) -> Any:
        if isinstance(value, bytes | bytearray):
            images[role] = bytes(value)
            return {"input": role}
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{role}: prepare images as bytes before recording a job")
        return value

    for f in dataclasses.fields(request):
        value = getattr(request, f.name)
        if f.name in IMAGE_FIELDS:
            value = image(f.name, value)
        elif f.name == "camera_control" and value is not None:
            value = dataclasses.asdict(value)
        elif f.name == "dynamic_masks":
            value = [
                {
                    "mask": image(f"dynamic_mask:{i}", m.mask),
                    "trajectories": [list(p) for p in m.trajectories],
                }
                for i, m in enumerate(value)
            ]
        if value is not None and value != [] and value != ():
            params[f.name] = value
    return params, images


def decode(kind: TaskKind | str, params: dict[str, Any], images: dict[str, bytes]) -> AnyRequest:
    """The request `encode` was given, rebuilt from the history."""
    kind = TaskKind(kind)
    cls = REQUEST_TYPES[kind]
    names = {f.name for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}

    def image(value: Any) -> Any:
        if isinstance(value, dict) and "input" in value:
            return images[value["input"]]
        return value

    for name, value in params.items():
        if name not in names:
            continue  # a parameter an older or newer version knew; never fatal
        if name in IMAGE_FIELDS:
            value = image(value)
        elif name == "camera_control":
            value = CameraControl(**value)
        elif name == "dynamic_masks":
            value = tuple(
                DynamicMask(image(m["mask"]), [tuple(p) for p in m["trajectories"]]) for m in value
            )
        values[name] = value
    return cls(**values)


def spec_to_json(
    kind: str,
    profile: str,
    params: dict[str, Any],
    images: dict[str, bytes],
    tags: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A job as JSON, to hand it to the running app from another process."""
    import base64

    return {
        "kind": kind,
        "profile": profile,
        "params": params,
        "images": {role: base64.b64encode(data).decode("ascii") for role, data in images.items()},
        "tags": list(tags),
    }


def spec_from_json(data: dict[str, Any]) -> tuple[AnyRequest, str, tuple[str, ...]]:
    """(request, profile, tags) from `spec_to_json`'s output."""
    import base64

    images = {role: base64.b64decode(text) for role, text in data.get("images", {}).items()}
    request = decode(data["kind"], data["params"], images)
    return request, str(data["profile"]), tuple(data.get("tags", ()))
