"""Text to image (`POST /v1/images/generations`), legacy only."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import (
    IMAGE_RATIOS,
    RETIRED,
    Invalid,
    count,
    discontinued,
    element_list,
    image,
    number,
    text,
)

MODELS = {"kling-v3", "kling-v2-1"}


def check(standard: str, model: str | None, body: dict) -> None:
    model = body.get("model_name") or body.get("model") or "kling-v3"
    if model in RETIRED:
        raise discontinued(model)
    if model not in MODELS:
        raise Invalid(f"model_name is invalid: {model}", 1203, 404)
    text(body, "prompt", required=True)
    text(body, "negative_prompt", required=False)
    count(body)
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
    elements = element_list(body, model, most=10)
    if elements + bool(body.get("image")) > 10:
        raise Invalid("the sum of reference elements and the reference image must not exceed 10")


def units(standard: str, model: str | None, body: dict) -> float:
    name = body.get("model_name") or body.get("model") or "kling-v3"
    each = 4.0 if name == "kling-v2-1" and not body.get("image") else 8.0
    return each * int(body.get("n", 1))


IMAGE = register(
    Product(
        kind="image",
        media="image",
        legacy_path="images/generations",
        new_path=None,
        check=check,
        count=lambda body: int(body.get("n", 1)),
        units=units,
        pack="image",
    )
)
