"""Pictures from several references ("omni image"): up to 10 reference pictures, a single
picture or a series. `POST /v1/images/omni-image` (the legacy standard has it; the new one
has no picture endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY
from kling_desktop.catalogue import is_set
from kling_desktop.operations import common
from kling_desktop.operations.base import Encoding, Operation, Param, Route
from kling_desktop.operations.image import PARAMS as IMAGE_PARAMS
from kling_desktop.operations.kinds import CHOICE, COUNT, IMAGES
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

REFERENCES = Param(
    "reference_images",
    IMAGES,
    tr("Reference pictures"),
    tr("The reference pictures"),
    tr("Pictures to combine or take after; refer to them in the prompt as @image_1, @image_2…"),
    option="reference",
)
SERIES = Param(
    "series",
    CHOICE,
    tr("Series"),
    tr("The series"),
    tr("One picture, or a series of pictures that belong together (a story, a set)."),
    choices={"single": tr("one picture"), "auto": tr("as many as it takes")},
    unit=tr("{value} pictures"),
    more=True,
)


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    common.check_references_and_elements(request, capability, out)
    common.check_mentions(request, out)


def _series(params: Mapping[str, Any]) -> bool:
    return params.get("series") not in (None, "single")


def encode(e: Encoding) -> dict[str, Any]:
    r = e.request
    body = e.legacy_common()
    elements = common.named_elements(r)
    body.update(
        prompt=common.legacy_mentions(e, common.media_mentions(r.prompt, common.LEGACY_MEDIA)),
        image_list=[{"image": url} for url in e.image_list("reference_images")] or None,
        element_list=common.element_list(elements),
        resolution=r.get("resolution"),
        aspect_ratio=r.get("aspect_ratio"),
    )
    if _series(r.params):
        body.update(result_type="series", series_amount=r.get("series"))
    else:
        body["n"] = r.get("n")
    return body


def quantity(params: Mapping[str, Any]) -> tuple[float, int]:
    series = params.get("series")
    if isinstance(series, int):
        return 0.0, series
    if series == "auto":
        return 0.0, 4  # Kling decides; a series is usually about four
    n = params.get("n")
    return 0.0, n if isinstance(n, int) and n > 0 else 1


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    facts: list[Message | str] = []
    references = params.get("reference_images")
    if is_set(references):
        facts.append(tr("{n} references", n=len(references)))
    if _series(params):
        facts.append(SERIES.words(params["series"]))
    return facts


def _from_image(name: str) -> Param:
    return next(p for p in IMAGE_PARAMS if p.name == name)


OMNI_IMAGE = register(
    Operation(
        name="omni_image",
        title=tr("Picture from references"),
        media="image",
        params=(
            common.prompt(
                tr("What to make of the references, e.g. “put @image_1 in a garden”."),
                required=True,
            ),
            REFERENCES,
            # Elements go as `element_list`, named in the prompt as the catalogue's
            # `mention` for the model says (Kling's omni-image page spells it three ways).
            common.ELEMENTS_PARAM,
            common.aspect_ratio(tr("The shape; “auto” follows the references.")),
            _from_image("resolution"),
            Param(
                "n",
                COUNT,
                tr("How many"),
                tr("The number of pictures"),
                tr("How many pictures to make at once; each one is charged."),
            ),
            SERIES,
        ),
        routes=(Route(LEGACY, "v1/images/omni-image", encode),),
        check=check,
        summary=summary,
        quantity=quantity,
    )
)
