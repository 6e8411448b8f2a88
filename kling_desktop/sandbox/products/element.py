"""Elements (saved characters), legacy only: `POST /v1/general/advanced-custom-elements`
makes one from pictures; its result is the element, with its front picture."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import Invalid, image, text


def check(standard: str, model: str | None, body: dict) -> None:
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


ELEMENT = register(
    Product(
        kind="element",
        media="element",
        legacy_path="general/advanced-custom-elements",
        new_path=None,
        check=check,
        units=lambda standard, model, body: 0.0,
    )
)
