"""Parameters and pieces several operations share: the prompt, the shape, the picture
fields, and the words for their values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kling_desktop.api.errors import Problem
from kling_desktop.catalogue import is_set
from kling_desktop.operations.base import CHOICE, TEXT, Param
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.request import Request


def prompt(tip: Message, *, required: bool = False) -> Param:
    return Param(
        "prompt",
        TEXT,
        tr("Prompt"),
        tr("The prompt"),
        tip,
        required=required,
        missing=tr("Write a prompt: describe what you want to see."),
    )


def negative_prompt(tip: Message, **kw) -> Param:
    return Param(
        "negative_prompt", TEXT, tr("Leave out"), tr("The negative prompt"), tip, more=True, **kw
    )


def aspect_ratio(tip: Message) -> Param:
    return Param(
        "aspect_ratio",
        CHOICE,
        tr("Shape"),
        tr("The shape"),
        tip,
        choices={"auto": tr("auto")},
    )


def check_references_and_elements(
    request: Request, capability: Capability | None, out: list[Problem]
) -> None:
    """Kling counts reference pictures and elements together: the model's limit on
    reference pictures (as its rules leave it) holds for both at once."""
    elements = request.get("elements")
    if capability is None or not is_set(elements) or not isinstance(elements, list | tuple):
        return
    references = request.get("reference_images")
    pictures = len(references) if isinstance(references, list | tuple) else 0
    limit = capability.most("reference_images", request.params)
    if not pictures or not limit or pictures + len(elements) <= limit:
        return  # no pictures to share with, or a rule has already spoken
    out.append(
        Problem(
            "elements",
            tr(
                "Kling takes at most {limit} reference pictures and elements together; you "
                "have {pictures} pictures and {elements} elements.",
                limit=limit,
                pictures=pictures,
                elements=len(elements),
            ),
        )
    )
