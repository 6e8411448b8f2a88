"""What the sandbox can make: one `Product` per Kling operation, with its routes on each API
standard, its checks, how many results it makes and what it charges.

A test (or a new operation) adds one with `Sandbox.add_product`; nothing else in the
sandbox needs to change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kling_desktop.sandbox import rules


@dataclass(frozen=True)
class Product:
    """One operation as the server sees it.

    `legacy_path` is below `/v1/` (None: not on the legacy standard); `new_path` is the
    create path of the new standard, the model following it (None: legacy only).
    `check(standard, model_from_path, body)` raises `rules.Invalid` the way Kling refuses
    a body; `count(body)` is how many results (and concurrency slots) a task makes;
    `units(standard, model_from_path, body)` what it charges.
    """

    kind: str
    media: str  # image, video, audio, video+audio (a video, then its sound), element
    legacy_path: str | None
    new_path: str | None
    check: Callable[[str, str | None, dict], Any]
    count: Callable[[dict], int] = lambda body: 1
    units: Callable[[str, str | None, dict], float] = lambda standard, model, body: 1.0
    pack: str = "video"  # the resource pack it draws on
    #: The results' shape ("16:9", or "W:H" in pixels), if not the body's aspect ratio.
    shape: Callable[[dict], str] | None = None


def _image_units(standard: str, model: str | None, body: dict) -> float:
    name = body.get("model_name") or body.get("model") or "kling-v3"
    each = 4.0 if name == "kling-v2-1" and not body.get("image") else 8.0
    return each * int(body.get("n", 1))


def _video(kind: str) -> Product:
    def check(standard: str, model: str | None, body: dict) -> rules.VideoAsk:
        return rules.check_video(kind, standard, model, body)

    def units(standard: str, model: str | None, body: dict) -> float:
        return rules.video_units(rules.video_ask(kind, standard, model, body))

    new = {"text2video": "text-to-video", "image2video": "image-to-video"}[kind]
    return Product(
        kind=kind,
        media="video",
        legacy_path=f"videos/{kind}",
        new_path=new,
        check=check,
        units=units,
    )


BUILT_IN = (
    Product(
        kind="image",
        media="image",
        legacy_path="images/generations",
        new_path=None,
        check=rules.check_image,
        count=lambda body: int(body.get("n", 1)),
        units=_image_units,
        pack="image",
    ),
    _video("text2video"),
    _video("image2video"),
    Product(
        kind="expand",
        media="image",
        legacy_path="images/editing/expand",
        new_path=None,
        check=rules.check_expand,
        count=lambda body: int(body.get("n", 1)),
        units=lambda standard, model, body: 8.0 * int(body.get("n", 1)),
        pack="image",
        shape=rules.expand_shape,
    ),
    Product(
        kind="omni_image",
        media="image",
        legacy_path="images/omni-image",
        new_path=None,
        check=rules.check_omni_image,
        count=rules.omni_image_count,
        units=rules.omni_image_units,
        pack="image",
    ),
    Product(
        kind="omni_video",
        media="video",
        legacy_path=None,
        new_path="omni-video",
        check=rules.check_omni_video,
        units=rules.omni_video_units,
    ),
    # The video again, with sound, then the sound alone.
    Product(
        kind="add_sound",
        media="video+audio",
        legacy_path="audio/video-to-audio",
        new_path=None,
        check=rules.check_add_sound,
        count=lambda body: 2,
        units=lambda standard, model, body: 5.0,
        pack="audio",
    ),
    # An element (a saved character): its result is the element, with its front picture.
    Product(
        kind="element",
        media="element",
        legacy_path="general/advanced-custom-elements",
        new_path=None,
        check=rules.check_element,
        units=lambda standard, model, body: 0.0,
    ),
    Product(
        kind="sound_effect",
        media="audio",
        legacy_path="audio/text-to-audio",
        new_path=None,
        check=rules.check_sound_effect,
        units=lambda standard, model, body: 1.0,
        pack="audio",
    ),
)
