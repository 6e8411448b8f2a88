"""Edit a video: Kling changes a video as the words say (a colour, a person's clothes, the
weather), optionally after reference pictures or elements, and keeps the rest.
`POST /omni-video/<model>` with the video as a `base_video` item: Kling 3.0 Omni and O1,
the new standard only.

Kling takes the video only by address (one of the user's videos it still keeps, or an https
address), 3 to 15.5 seconds long for 3.0 Omni and 3 to 10 for O1 (the catalogue holds the
ranges; they are said before sending when the app knows the video's length). An edited video
has no first or last frame, no storyboard and no new soundtrack: it keeps the video's own
sound or is silent. The result takes the video's shape; Kling charges by the second, at its
rate for videos made with a video.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import NEW
from kling_desktop.operations import common, video
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import (
    CHOICE,
    IMAGES,
    TEXT,
    VIDEO,
    video_seconds,
    video_url,
)
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

TO_EDIT = Param(
    "video",
    VIDEO,
    tr("Video to edit"),
    tr("The video to edit"),
    tr(
        "The video Kling changes. Kling takes videos only by web address: one of your videos "
        "it still keeps, or an https address."
    ),
    required=True,
    missing=tr("Choose the video to edit."),
    option="video-url",
)
CHANGE = Param(
    "prompt",
    TEXT,
    tr("What to change"),
    tr("What to change"),
    tr(
        "Say what changes and what stays, e.g. “make the parrot's feathers blue, keep "
        "everything else”. Name references as @image_1, elements as @name."
    ),
    required=True,
    missing=tr("Say what to change in the video."),
)
REFERENCES = Param(
    "reference_images",
    IMAGES,
    tr("Reference pictures"),
    tr("The reference pictures"),
    tr("Optional: how the change should look; name them in the words as @image_1, @image_2…"),
    option="reference",
)
AUDIO = Param(
    "audio",
    CHOICE,
    tr("Sound"),
    tr("The sound"),
    tr("Keep the video's own sound, or make the edited video silent."),
    choices={
        "original": tr("the video's own"),
        "off": tr("none (silent)"),
        "native": tr("made with the video"),  # what Kling cannot do for an edit, in words
    },
)


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    common.check_references_and_elements(request, capability, out)
    common.check_mentions(request, out, videos=1)  # the video to edit is @video_1


def encode(e: Encoding) -> dict[str, Any]:
    r = e.request
    contents: list[dict[str, Any]] = []
    text = common.with_elements(r.prompt, common.named_elements(r), common.NEW_REFERENCE)
    text = common.media_mentions(text, common.NEW_MEDIA)
    if text:
        contents.append({"type": "prompt", "text": text})
    contents.append({"type": "base_video", "url": video_url(r.get("video")), "id": "video_1"})
    for i, url in enumerate(e.image_list("reference_images"), start=1):
        contents.append({"type": "refer_image", "url": url, "id": f"image_{i}"})
    contents += common.element_contents(common.named_elements(r))
    settings = {"resolution": r.get("resolution"), "audio": r.get("audio"), "multi_shot": False}
    return {
        "contents": contents,
        "settings": {k: v for k, v in settings.items() if v is not None},
        "options": e.options(),
    }


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    facts = video.summary(params)
    references = params.get("reference_images")
    if isinstance(references, list) and references:
        facts.append(tr("{n} references", n=len(references)))
    return facts


def quantity(params: Mapping[str, Any]) -> tuple[float, int]:
    """By the second of the edited video: the video's length, when the app knows it."""
    return video_seconds(params.get("video")) or 0.0, 1


EDIT_VIDEO = register(
    Operation(
        name="edit_video",
        title=tr("Edit a video"),
        media="video",
        params=(
            TO_EDIT,
            CHANGE,
            REFERENCES,
            replace(common.ELEMENTS_PARAM, standards=(NEW,)),
            video.RESOLUTION,
            AUDIO,
        ),
        routes=(Route(NEW, "omni-video/{model}", encode),),
        check=check,
        summary=summary,
        quantity=quantity,
        uses=(
            Uses(
                "video",
                "video",
                tr("Edit this video…"),
                tr("Kling changes this video as you say (while it keeps it)."),
                how="kling_url",
            ),
        ),
    )
)
