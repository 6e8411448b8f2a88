"""Requests to and from the history: parameters as JSON, pictures as stored inputs.

The history keeps every parameter that was sent, but not megabytes of Base64: a file the
user gave (a picture) is stored as `{"input": role}` and its bytes as a job input
(content-addressed; a list as roles `name:0`, `name:1`...). `decode` rebuilds the exact
request, so a queued job can be sent after a restart and a past job reused or re-run;
parameters an older version recorded are brought to today's names by the operation's
`upgrade`. How a value is kept is its kind's business (`operations.kinds`), so a new
operation or kind needs nothing here.
"""

from __future__ import annotations

import base64
from typing import Any

from kling_desktop.operations import Request, registry

# Request attributes kept beside the parameters.
_EXTRAS = ("model", "external_task_id", "callback_url", "watermark")


def encode(request: Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(JSON-able parameters, {role: file bytes}) for `request`: each parameter as its kind
    stores it."""
    op = request.op
    inputs: dict[str, bytes] = {}

    def keep(role: str, data: bytes) -> dict[str, str]:
        inputs[role] = data
        return {"input": role}

    params: dict[str, Any] = {}
    for name, value in request.params.items():
        param = op.param(name)
        params[name] = param.kind.store(param, value, keep) if param is not None else value
    for name in _EXTRAS:
        value = getattr(request, name)
        if value is not None:
            params[name] = value
    return params, inputs


def decode(kind: str, params: dict[str, Any], inputs: dict[str, bytes]) -> Request:
    """The request `encode` was given, rebuilt from the history."""
    op = registry.get(kind)
    values = op.upgrade(dict(params))
    extras = {name: values.pop(name) for name in _EXTRAS if name in values}
    rebuilt: dict[str, Any] = {}
    for name, value in values.items():
        param = op.param(name)
        if param is None:
            continue  # a parameter an older or newer version knew; never fatal
        rebuilt[name] = param.kind.restore(param, value, inputs)
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
