"""The server-side checks Kling makes on every submitted body, with Kling's answers, and the
pieces the products share (prompts, pictures, numbers, elements, storyboards).

Written from the API contract (Kling as it is in late 2026), independently of the app's own
validation and catalogue, so that a client bug that lets a bad field through is caught
here the way Kling would catch it: HTTP 400 with code 1201 and a message naming the field.
Retired models are refused with the sentence Kling uses. Each product's own checks live
in its module under `products/`.
"""

from __future__ import annotations

import base64
import binascii
import re
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
OMNI_IMAGE_MODELS = {"kling-image-o1", "kling-v3-omni"}


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


def count(body: dict, name: str = "n", low: int = 1, high: int = 9) -> None:
    """A whole number of results (`n`), 1 to 9 unless said."""
    n = body.get(name, low)
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= high:
        raise Invalid(f"{name} must be an integer between {low} and {high}")


# Elements and storyboards ---------------------------------------------------------------------


def element_list(body: dict, model: str, *, most: int = 3) -> int:
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


def element_items(contents: list, prompt: Any) -> int:
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


def prompt_shots(prompt: str, duration: int) -> int:
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
