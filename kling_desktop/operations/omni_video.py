"""A video from references ("omni video"): words, a first and last frame, up to 7 reference
pictures, and an earlier video of the user's (by its address, while Kling keeps it).
`POST /omni-video/<model>`: the new standard only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import NEW
from kling_desktop.catalogue import is_set
from kling_desktop.operations import common, video
from kling_desktop.operations.base import Encoding, Operation, Param, Route
from kling_desktop.operations.image2video import FIRST_FRAME, LAST_FRAME
from kling_desktop.operations.kinds import IMAGES, VIDEO, video_url
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
    tr("People, things or styles to keep; refer to them in the prompt as @image_1, @image_2…"),
    option="reference",
)
REFERENCE_VIDEO = Param(
    "reference_video",
    VIDEO,
    tr("Reference video"),
    tr("The reference video"),
    tr(
        "One of your earlier Kling videos, by its address, while Kling still keeps it "
        "(30 days); refer to it in the prompt as @video_1."
    ),
    more=True,
)


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    video.check_shots(request, capability, out)
    common.check_references_and_elements(request, capability, out)
    common.check_mentions(request, out, videos=1 if is_set(request.get("reference_video")) else 0)
    if is_set(request.get("last_frame")) and not is_set(request.get("first_frame")):
        out.append(Problem("last_frame", tr("A last frame needs a first frame as well.")))
    has_input = any(
        is_set(request.get(name))
        for name in (
            "prompt",
            "shots",
            "first_frame",
            "reference_images",
            "reference_video",
            "elements",
        )
    )
    if not has_input:
        out.append(
            Problem(
                "prompt",
                tr("Write a prompt, or add a picture or a video for Kling to start from."),
            )
        )


def encode(e: Encoding) -> dict[str, Any]:
    r = e.request
    contents: list[dict[str, Any]] = []
    text = common.media_mentions(video.new_prompt(r), common.NEW_MEDIA)
    if text:
        contents.append({"type": "prompt", "text": text})
    for name in ("first_frame", "last_frame"):
        url = e.image(name)
        if url:
            contents.append({"type": name, "url": url})
    for i, url in enumerate(e.image_list("reference_images"), start=1):
        contents.append({"type": "refer_image", "url": url, "id": f"image_{i}"})
    if is_set(r.get("reference_video")):
        url = video_url(r.get("reference_video"))
        contents.append({"type": "feature_video", "url": url, "id": "video_1"})
    contents += common.element_contents(common.named_elements(r))
    return {
        "contents": contents,
        "settings": video.new_settings(r, aspect_ratio=True),
        "options": e.options(),
    }


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    facts = video.summary(params)
    references = params.get("reference_images")
    if is_set(references):
        facts.append(tr("{n} references", n=len(references)))
    return facts


OMNI_VIDEO = register(
    Operation(
        name="omni_video",
        title=tr("Video from references"),
        media="video",
        params=(
            common.prompt(tr("What happens; name the references as @image_1, @image_2, @video_1.")),
            REFERENCES,
            replace(common.ELEMENTS_PARAM, standards=(NEW,)),
            replace(FIRST_FRAME, required=False, more=True),
            replace(LAST_FRAME, more=True),
            common.aspect_ratio(tr("Landscape, portrait or square.")),
            video.DURATION,
            video.RESOLUTION,
            video.AUDIO,
            video.SHOTS_PARAM,
            REFERENCE_VIDEO,
        ),
        routes=(Route(NEW, "omni-video/{model}", encode),),
        check=check,
        summary=summary,
    )
)
