"""Elements (saved characters), legacy only: `POST /v1/general/advanced-custom-elements`
makes one from pictures; its result is the element, with its front picture."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import Invalid, image, text


def check(standard: str, model: str | None, body: dict) -> None:
    """Creating an element: a name (at most 20 characters), a description (at most 100),
    and either `reference_type` image_refer with a front picture and 0 to 3 more, or
    video_refer with one video by its address; optionally a voice bound to it."""
    text(body, "element_name", required=True, limit=20)
    text(body, "element_description", required=True, limit=100)
    voice = body.get("element_voice_id")
    if voice is not None and (not isinstance(voice, str) or not voice):
        raise Invalid("element_voice_id must be a voice id")
    kind = body.get("reference_type")
    if kind == "video_refer":
        videos = (body.get("element_video_list") or {}).get("refer_videos")
        if not isinstance(videos, list) or len(videos) != 1 or not isinstance(videos[0], dict):
            raise Invalid("element_video_list.refer_videos takes exactly 1 video")
        url = videos[0].get("video_url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise Invalid("video_url must not be empty and must be a URL")
        return
    if kind != "image_refer":
        raise Invalid("reference_type must be image_refer or video_refer")
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


#: Kling's own elements, as `GET /v1/general/advanced-presets-elements` lists them.
PRESETS = (("7001001", "Astronaut"), ("7001002", "Golden retriever"), ("7001003", "Robot"))
