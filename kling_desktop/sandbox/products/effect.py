"""Effects, as Kling's page gives it: `POST /v1/videos/effects` (`effect_scene`, `input`
with one `image` or two `images`, the first on the left), legacy only, no model."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import Invalid, image

#: Kling's scenes of two pictures (any other scene takes one).
TWO = {"hug_pro", "kiss_pro", "heart_gesture_pro", "fight_pro", "cheers_2026", "daily_ootd"}
RETIRED = {"santa_gift"}  # to try Kling's refusal of a scene it no longer has


def check(standard: str, model: str | None, body: dict) -> None:
    scene = body.get("effect_scene")
    if not isinstance(scene, str) or not scene:
        raise Invalid("effect_scene is required")
    if scene in RETIRED:
        raise Invalid(f"effect_scene {scene} is offline")
    given = body.get("input")
    if not isinstance(given, dict):
        raise Invalid("input is required")
    if "model_name" in body:
        raise Invalid("model_name is not a parameter of this API")
    if scene in TWO:
        pictures = given.get("images")
        if not isinstance(pictures, list) or len(pictures) != 2:
            raise Invalid("input.images must hold 2 images for this effect_scene")
        for i, picture in enumerate(pictures):
            image({f"input.images[{i}]": picture}, f"input.images[{i}]", required=True)
    else:
        if "images" in given:
            raise Invalid("this effect_scene takes input.image, not input.images")
        image({"input.image": given.get("image")}, "input.image", required=True)


EFFECT = register(
    Product(
        kind="effect",
        media="video",
        legacy_path="videos/effects",
        new_path=None,
        check=check,
        units=lambda standard, model, body: 2.0,
    )
)
