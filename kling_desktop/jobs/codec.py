"""Requests to and from the history: parameters as JSON, pictures as stored inputs.

The history keeps every parameter that was sent, but not megabytes of Base64: a picture
parameter is stored as `{"input": role}` and its bytes as a job input (content-addressed;
a list of pictures as roles `name:0`, `name:1`...). `decode` rebuilds the exact request,
so a queued job can be sent after a restart and a past job reused or re-run; parameters an
older version recorded are brought to today's names by the operation's `upgrade`.
Which parameters are pictures is the operation's business, so a new operation needs
nothing here.
"""

from __future__ import annotations

import base64
from typing import Any

from kling_desktop.operations import IMAGES, Request, registry

# Request attributes kept beside the parameters.
_EXTRAS = ("model", "external_task_id", "callback_url", "watermark")


def encode(request: Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(JSON-able parameters, {role: picture bytes}) for `request`."""
    op = request.op
    images: dict[str, bytes] = {}

    def picture(role: str, value: Any) -> Any:
        if isinstance(value, bytes | bytearray):
            images[role] = bytes(value)
            return {"input": role}
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{role}: prepare pictures as bytes before recording a job")
        return value

    params: dict[str, Any] = {}
    for name, value in request.params.items():
        param = op.param(name)
        if param is not None and param.is_file:
            if param.kind == IMAGES:
                value = [picture(f"{name}:{i}", v) for i, v in enumerate(value)]
            else:
                value = picture(name, value)
        params[name] = value
    for name in _EXTRAS:
        value = getattr(request, name)
        if value is not None:
            params[name] = value
    return params, images


def decode(kind: str, params: dict[str, Any], images: dict[str, bytes]) -> Request:
    """The request `encode` was given, rebuilt from the history."""
    op = registry.get(kind)
    values = op.upgrade(dict(params))

    def picture(value: Any) -> Any:
        if isinstance(value, dict) and "input" in value:
            return images[value["input"]]
        return value

    extras = {name: values.pop(name) for name in _EXTRAS if name in values}
    rebuilt: dict[str, Any] = {}
    for name, value in values.items():
        param = op.param(name)
        if param is None:
            continue  # a parameter an older or newer version knew; never fatal
        if param.is_file:
            value = [picture(v) for v in value] if param.kind == IMAGES else picture(value)
        rebuilt[name] = value
    return Request(kind, **extras, **rebuilt)


def spec_to_json(
    kind: str,
    profile: str,
    params: dict[str, Any],
    images: dict[str, bytes],
    tags: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A job as JSON, to hand it to the running app from another process."""
    return {
        "kind": kind,
        "profile": profile,
        "params": params,
        "images": {role: base64.b64encode(data).decode("ascii") for role, data in images.items()},
        "tags": list(tags),
    }


def spec_from_json(data: dict[str, Any]) -> tuple[Request, str, tuple[str, ...]]:
    """(request, profile, tags) from `spec_to_json`'s output."""
    images = {role: base64.b64decode(text) for role, text in data.get("images", {}).items()}
    request = decode(data["kind"], data["params"], images)
    return request, str(data["profile"]), tuple(data.get("tags", ()))
