"""Text to image (optionally after a reference picture): `POST /v1/images/generations`.

Images exist only on Kling's legacy standard. Which model takes what (shapes, 2K, a
reference's subject or face) is in the catalogue; the endpoint's own rules are here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY
from kling_desktop.catalogue import PRESENT, is_set
from kling_desktop.operations import common
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import CHOICE, COUNT, FRACTION, IMAGE
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

PARAMS = (
    common.prompt(tr("What you want to see, in your own words."), required=True),
    # Elements go as `element_list`, named in the prompt as the catalogue's `mention` for
    # the model says (<<<element_n>>>, as the legacy video routes; Kling's page for this
    # endpoint does not say how).
    common.ELEMENTS_PARAM,
    common.aspect_ratio(tr("The width-to-height shape of the pictures.")),
    Param(
        "n",
        COUNT,
        tr("How many"),
        tr("The number of pictures"),
        tr("How many pictures to make at once; each one is charged."),
    ),
    Param(
        "resolution",
        CHOICE,
        tr("Quality"),
        tr("The quality"),
        tr("2K pictures are sharper than 1K ones."),
        choices={"1k": tr("1K"), "2k": tr("2K"), "4k": tr("4K")},
    ),
    Param(
        "image",
        IMAGE,
        tr("Reference picture"),
        tr("The reference picture"),
        tr("Optional: a picture for Kling to take after."),
    ),
    common.negative_prompt(tr("Things the picture should not contain (a negative prompt).")),
    Param(
        "image_reference",
        CHOICE,
        tr("Keep from the reference"),
        tr("What to keep of the reference"),
        tr("Keep the whole person or thing of the reference picture, or only the face."),
        choices={"subject": tr("the person or thing"), "face": tr("the face")},
        more=True,
        needs={"image": PRESENT},
        needs_why=tr("Keeping part of the reference needs a reference picture."),
    ),
    Param(
        "image_fidelity",
        FRACTION,
        tr("Follow the reference"),
        tr("The reference strength"),
        tr("Low: the reference is a loose hint. High: the picture stays close to it."),
        more=True,
        needs={"image": PRESENT},
        needs_why=tr("Following a reference needs a reference picture."),
    ),
    Param(
        "human_fidelity",
        FRACTION,
        tr("Keep the likeness"),
        tr("The likeness strength"),
        tr("Low: a looser likeness. High: the person looks just like the reference."),
        more=True,
        needs={"image": PRESENT, "image_reference": "subject"},
        needs_why=tr("The likeness applies only when keeping the whole person or thing."),
    ),
)


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    """Rules of the endpoint, whatever the model."""
    if is_set(request.get("image")) and is_set(request.get("negative_prompt")):
        out.append(
            Problem(
                "negative_prompt",
                tr("A negative prompt cannot be used together with a reference picture."),
            )
        )


def encode(e: Encoding) -> dict[str, Any]:
    r = e.request
    body = e.legacy_common()
    elements = common.named_elements(r)
    body.update(
        prompt=common.legacy_mentions(e, r.prompt),
        element_list=common.element_list(elements),
        negative_prompt=r.get("negative_prompt") or None,
        image=e.image("image"),
        image_reference=r.get("image_reference"),
        image_fidelity=r.get("image_fidelity"),
        human_fidelity=r.get("human_fidelity"),
        resolution=r.get("resolution"),
        n=r.get("n"),
        aspect_ratio=r.get("aspect_ratio"),
    )
    return body


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    facts: list[Message | str] = []
    if params.get("aspect_ratio"):
        facts.append(str(params["aspect_ratio"]))
    if params.get("resolution"):
        facts.append(str(params["resolution"]).upper())
    return facts


IMAGE_OPERATION = register(
    Operation(
        name="image",
        title=tr("Text to image"),
        media="image",
        params=PARAMS,
        routes=(Route(LEGACY, "v1/images/generations", encode),),
        check=check,
        summary=summary,
        uses=(
            Uses(
                "image",
                "image",
                tr("Use as reference image"),
                tr("Put this picture in Text to image's reference."),
            ),
        ),
    )
)
