"""Parameters and pieces several operations share: the prompt, the shape, the picture
fields, and the words for their values."""

from __future__ import annotations

from kling_desktop.operations.base import CHOICE, TEXT, Param
from kling_desktop.text import Message, tr


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
