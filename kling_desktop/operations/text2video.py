"""Text to video: `POST /v1/videos/text2video` (legacy) or `/text-to-video/<model>` (new)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kling_desktop.api.standards import LEGACY, NEW
from kling_desktop.operations import common, video
from kling_desktop.operations.base import Encoding, Operation, Route
from kling_desktop.operations.registry import register
from kling_desktop.text import tr

if TYPE_CHECKING:
    from kling_desktop.api.errors import Problem
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    video.check_prompt_or_shots(request, out)
    video.check_shots(request, capability, out)


def legacy(e: Encoding) -> dict[str, Any]:
    body = video.legacy_body(e)
    body["aspect_ratio"] = e.request.get("aspect_ratio")
    return body


def new(e: Encoding) -> dict[str, Any]:
    return {
        "prompt": video.new_prompt(e.request),
        "settings": video.new_settings(e.request, aspect_ratio=True),
        "options": e.options(),
    }


TEXT_TO_VIDEO = register(
    Operation(
        name="text2video",
        title=tr("Text to video"),
        media="video",
        params=(
            video.prompt(),
            # Kling's new standard takes no elements in text to video: a job naming one
            # goes by the legacy route.
            replace(common.ELEMENTS_PARAM, picks_route=True),
            common.aspect_ratio(tr("Landscape, portrait or square.")),
            video.DURATION,
            video.RESOLUTION,
            video.AUDIO,
            video.SHOTS_PARAM,
            video.negative_prompt(),
        ),
        # The new standard first: it has 4K and more models; connections that cannot
        # speak it use the legacy one.
        routes=(
            Route(NEW, "text-to-video/{model}", new),
            Route(LEGACY, "v1/videos/text2video", legacy),
        ),
        check=check,
        standard_limits=video.LIMITS,
        upgrade=video.upgrade,
        summary=video.summary,
    )
)
