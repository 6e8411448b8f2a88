"""Extend a picture (`POST /v1/images/editing/expand`), legacy only: its results take the
shape of the original grown on each side."""

from __future__ import annotations

import base64
import binascii

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import Invalid, count, image, number, text

SIDES = ("up", "down", "left", "right")


def check(standard: str, model: str | None, body: dict) -> None:
    """Outpainting: `image`, the four `*_expansion_ratio` (0 to 2, all required), the new
    picture at most 3 times the original's area, an optional prompt, `n` 1 to 9."""
    image(body, "image", required=True)
    for side in SIDES:
        name = f"{side}_expansion_ratio"
        if body.get(name) is None:
            raise Invalid(f"{name} is required")
        number(body, name, 0, 2)
    if area(body) > 3 + 1e-9:
        raise Invalid("the expanded image must not exceed 3 times the area of the original")
    text(body, "prompt", required=False)
    count(body)


def area(body: dict) -> float:
    r = {side: float(body.get(f"{side}_expansion_ratio") or 0) for side in SIDES}
    return (1 + r["left"] + r["right"]) * (1 + r["up"] + r["down"])


def shape(body: dict) -> str:
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
    r = {side: float(body.get(f"{side}_expansion_ratio") or 0) for side in SIDES}
    grown_w = round(width * (1 + r["left"] + r["right"]))
    grown_h = round(height * (1 + r["up"] + r["down"]))
    return f"{grown_w}:{grown_h}"


EXPAND = register(
    Product(
        kind="expand",
        media="image",
        legacy_path="images/editing/expand",
        new_path=None,
        check=check,
        count=lambda body: int(body.get("n", 1)),
        units=lambda standard, model, body: 8.0 * int(body.get("n", 1)),
        pack="image",
        shape=shape,
    )
)
