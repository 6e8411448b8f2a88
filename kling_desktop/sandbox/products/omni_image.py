"""Pictures from references (`POST /v1/images/omni-image`), legacy only."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import (
    IMAGE_RATIOS,
    OMNI_IMAGE_MODELS,
    RETIRED,
    Invalid,
    count,
    discontinued,
    element_list,
    image,
    text,
)

OMNI_RATIOS = (*IMAGE_RATIOS, "auto")


def check(standard: str, model: str | None, body: dict) -> None:
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
    elements = element_list(body, name, most=10)
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
    count(body)


def results(body: dict) -> int:
    if body.get("result_type") == "series":
        amount = body.get("series_amount", 4)
        return amount if isinstance(amount, int) else 4  # "auto": the sandbox makes four
    return int(body.get("n", 1))


def units(standard: str, model: str | None, body: dict) -> float:
    each = 16.0 if body.get("resolution") == "4k" else 8.0
    return each * results(body)


OMNI_IMAGE = register(
    Product(
        kind="omni_image",
        media="image",
        legacy_path="images/omni-image",
        new_path=None,
        check=check,
        count=results,
        units=units,
        pack="image",
    )
)
