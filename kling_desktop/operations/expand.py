"""Extend a picture beyond its edges (outpainting): `POST /v1/images/editing/expand`.

Each side grows by a multiple of the picture's own width (left, right) or height (up,
down), 0 to 2; the whole new picture may be at most 3 times the original's area. An
optional prompt says what to fill the new area with; 1 to 9 results. The endpoint takes
no model, and only the legacy standard has it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY
from kling_desktop.operations import common
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import COUNT, IMAGE, SIDE
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

SIDES = ("up", "down", "left", "right")
MAX_SIDE = 2.0
MAX_AREA = 3.0  # the new picture's area, as a multiple of the original's


def _side(name: str, label: Message, subject: Message, tip: Message) -> Param:
    return Param(f"{name}_expansion_ratio", SIDE, label, subject, tip, option=name)


SIDE_PARAMS = (
    _side(
        "up",
        tr("Above"),
        tr("The extension above"),
        tr("How much to add above, as a share of the picture's height: 0 to 200 %."),
    ),
    _side(
        "down",
        tr("Below"),
        tr("The extension below"),
        tr("How much to add below, as a share of the picture's height: 0 to 200 %."),
    ),
    _side(
        "left",
        tr("Left"),
        tr("The extension on the left"),
        tr("How much to add on the left, as a share of the picture's width: 0 to 200 %."),
    ),
    _side(
        "right",
        tr("Right"),
        tr("The extension on the right"),
        tr("How much to add on the right, as a share of the picture's width: 0 to 200 %."),
    ),
)


def sides(params: Mapping[str, Any]) -> dict[str, float]:
    """The four extensions, 0 for a side not given."""
    out = {}
    for side in SIDES:
        value = params.get(f"{side}_expansion_ratio")
        out[side] = (
            float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0
        )
    return out


def area(params: Mapping[str, Any]) -> float:
    """The new picture's area as a multiple of the original's."""
    s = sides(params)
    return (1 + s["left"] + s["right"]) * (1 + s["up"] + s["down"])


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    s = sides(request.params)
    if not any(s.values()):
        out.append(
            Problem(
                "left_expansion_ratio",
                tr(
                    "Extend at least one side: drag an edge of the frame outward, or type how much."
                ),
            )
        )
        return
    grown = area(request.params)
    if grown > MAX_AREA + 1e-9:
        out.append(
            Problem(
                "left_expansion_ratio",
                tr(
                    "The new picture would be {times}× the original's area; Kling allows at "
                    "most 3×. Extend less.",
                    times=f"{grown:.2f}",
                ),
            )
        )


def encode(e: Encoding) -> dict[str, Any]:
    r = e.request
    body = e.legacy_common()
    body["image"] = e.image("image")
    for side, value in sides(r.params).items():
        body[f"{side}_expansion_ratio"] = round(value, 4)
    if r.prompt:
        body["prompt"] = r.prompt
    body["n"] = r.get("n") or 1
    return body


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    return [tr("{times}× the area", times=f"{area(params):.1f}")]


def quantity(params: Mapping[str, Any]) -> tuple[float, int]:
    n = params.get("n")
    return 0.0, n if isinstance(n, int) and n > 0 else 1


EXPAND = register(
    Operation(
        name="expand",
        title=tr("Extend a picture"),
        media="image",
        params=(
            Param(
                "image",
                IMAGE,
                tr("Picture"),
                tr("The picture to extend"),
                tr("The picture to extend: JPG or PNG, at least 300 pixels a side."),
                required=True,
            ),
            *SIDE_PARAMS,
            common.prompt(
                tr("What to fill the new area with (optional), e.g. “more sky and sea”.")
            ),
            Param(
                "n",
                COUNT,
                tr("How many"),
                tr("The number of pictures"),
                tr("How many versions to make at once; each one is charged."),
            ),
        ),
        routes=(Route(LEGACY, "v1/images/editing/expand", encode),),
        check=check,
        summary=summary,
        quantity=quantity,
        uses_model=False,
        uses=(
            Uses(
                "image",
                "image",
                tr("Extend this picture…"),
                tr("Make the picture bigger on any side, with Kling filling in the rest."),
            ),
        ),
        form="kling_desktop.ui.expand_form:ExpandForm",
    )
)
