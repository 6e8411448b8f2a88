"""Effects: one of Kling's ready-made scenes played out with the user's picture, or with two
(side by side: the first on the left) (`POST /v1/videos/effects`; legacy standard only,
no model).

The scenes are the catalogue's `effects` list, not code: Kling adds and retires scenes
almost every month, and an updated catalogue brings them. A retired scene is refused in a
sentence before anything is sent. Pictures: JPG or PNG, at most 10 MB, at least 300 pixels
a side, between 1:2.5 and 2.5:1.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY
from kling_desktop.catalogue import current
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.common import Listed
from kling_desktop.operations.kinds import CHOICE, IMAGE
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

SCENE = Param(
    "effect_scene",
    CHOICE,
    tr("Effect"),
    tr("The effect"),
    tr("One of Kling's ready-made scenes. Some take one picture, some two (a pair side by side)."),
    choices=Listed("effects"),
    required=True,
    missing=tr("Choose an effect."),
    option="effect",
)
PICTURE = Param(
    "image",
    IMAGE,
    tr("Picture"),
    tr("The picture"),
    tr("Who or what the effect shows. JPG or PNG, at least 300 pixels a side."),
    required=True,
    missing=tr("Add the picture the effect is made from."),
)
SECOND = Param(
    "image_2",
    IMAGE,
    tr("Second picture"),
    tr("The second picture"),
    tr("For an effect of two (a hug, a kiss): the person on the right."),
    needs={"effect_scene": Listed("effects", where=lambda scene: scene.pictures == 2)},
    needs_why=tr("This effect takes one picture."),
)


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    scene_id = str(request.get("effect_scene") or "")
    scene = current().effects.get(scene_id)
    if scene is None:
        return  # not given, or not in the list: said with the choices
    name = SCENE.words(scene.id)
    if scene.retired is not None:
        out.append(
            Problem(
                "effect_scene",
                tr(
                    "Kling retired the effect {name} on {day}: choose another.",
                    name=name,
                    day=scene.retired.isoformat(),
                ),
            )
        )
    if scene.pictures == 2 and SECOND.kind.empty(request.get("image_2")):
        out.append(
            Problem(
                "image_2",
                tr("{name} takes two pictures: add the second (the right one).", name=name),
            )
        )


def encode(e: Encoding) -> dict[str, Any]:
    r = e.request
    body = e.legacy_common()
    body.pop("model_name", None)
    second = e.file("image_2")
    first = e.file("image")
    body["effect_scene"] = r.get("effect_scene")
    body["input"] = {"images": [first, second]} if second else {"image": first}
    return body


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    scene = params.get("effect_scene")
    return [SCENE.words(scene)] if isinstance(scene, str) and scene else []


EFFECT = register(
    Operation(
        name="effect",
        title=tr("Effect"),
        media="video",
        params=(SCENE, PICTURE, SECOND),
        routes=(Route(LEGACY, "v1/videos/effects", encode),),
        check=check,
        summary=summary,
        uses_model=False,
        uses=(
            Uses(
                "image",
                "image",
                tr("Make an effect video…"),
                tr("Play one of Kling's effects with this picture."),
            ),
        ),
    )
)
