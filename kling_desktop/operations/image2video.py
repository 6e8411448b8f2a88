"""Image to video: a first frame (and optionally a last one) brought to life.
`POST /v1/videos/image2video` (legacy) or `/image-to-video/<model>` (new)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY, NEW
from kling_desktop.catalogue import is_set
from kling_desktop.operations import common, video
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import IMAGE
from kling_desktop.operations.registry import register
from kling_desktop.text import tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

FIRST_FRAME = Param(
    "first_frame",
    IMAGE,
    tr("First frame"),
    tr("The first frame"),
    tr("The picture the video starts from."),
    required=True,
    missing=tr("Add a first frame: the video starts from it."),
)
LAST_FRAME = Param(
    "last_frame",
    IMAGE,
    tr("Last frame"),
    tr("The last frame"),
    tr("Optional: the picture the video ends on."),
)


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    video.check_shots(request, capability, out)
    if is_set(request.get("last_frame")) and is_set(request.get("shots")):
        out.append(Problem("shots", tr("A storyboard cannot be used together with a last frame.")))


def legacy(e: Encoding) -> dict[str, Any]:
    body = video.legacy_body(e)
    body.update(image=e.image("first_frame"), image_tail=e.image("last_frame"))
    return body


def new(e: Encoding) -> dict[str, Any]:
    r = e.request
    contents: list[dict[str, Any]] = []
    text, voices = common.voice_contents(r, video.new_prompt(r))
    if text:
        contents.append({"type": "prompt", "text": text})
    for name in ("first_frame", "last_frame"):
        url = e.image(name)
        if url:
            contents.append({"type": name, "url": url})
    contents += common.element_contents(common.named_elements(r))
    contents += voices
    settings = video.new_settings(r, aspect_ratio=False)
    if voices:  # Kling's own default is a silent 720p video, where voices cannot speak
        settings.setdefault("audio", "native")
        settings.setdefault("resolution", "1080p")
    return {"contents": contents, "settings": settings, "options": e.options()}


IMAGE_TO_VIDEO = register(
    Operation(
        name="image2video",
        title=tr("Image to video"),
        media="video",
        params=(
            FIRST_FRAME,
            LAST_FRAME,
            video.prompt(),
            # Kling 3.0 takes elements from a first frame on both standards.
            replace(common.ELEMENTS_PARAM, standards=(LEGACY, NEW)),
            video.DURATION,
            video.RESOLUTION,
            video.AUDIO,
            video.SHOTS_PARAM,
            video.negative_prompt(),
            common.VOICES_PARAM,
        ),
        routes=(
            Route(NEW, "image-to-video/{model}", new),
            Route(LEGACY, "v1/videos/image2video", legacy),
        ),
        check=check,
        standard_limits=video.LIMITS,
        upgrade=lambda params: video.upgrade(
            params, {"image": "first_frame", "image_tail": "last_frame"}
        ),
        summary=video.summary,
        uses=(
            Uses(
                "image",
                "first_frame",
                tr("Use as first frame"),
                tr("Start a video from this picture."),
            ),
            Uses(
                "image", "last_frame", tr("Use as last frame"), tr("End a video on this picture.")
            ),
            Uses(
                "video",
                "first_frame",
                tr("Continue this video"),
                tr("Use the video's last frame as the first frame of a new video."),
                how="last_frame",
                said=tr("The video's last frame is now the first frame of a new video."),
            ),
        ),
    )
)
