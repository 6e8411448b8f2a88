"""Motion control: a picture of a character moves as the person in a reference video does.
`POST /motion-control/<model>` (new standard: Kling 3.0 and 2.6) or
`POST /v1/videos/motion-control` (legacy, `model_name`: relays and access keys).

The picture (JPG or PNG, at least 300 pixels a side) is the character's look; the video
(Kling takes videos only by address: one of the user's videos Kling still keeps, or an
https address) gives the moves: one person, a continuous take, 3 seconds or longer. The
result follows the picture's pose (then the video may last at most 10 s) or the video's (at
most 30 s); with an element (Kling 3.0, at most one) it follows the video's. Kling keeps the
video's own sound or makes none, and charges by the second of what it makes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY, NEW
from kling_desktop.operations import common
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import CHOICE, IMAGE, VIDEO, video_seconds, video_url
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

#: The reference video's length Kling takes, by the pose the result follows.
MIN_SECONDS = 3.0
MAX_SECONDS = {"image": 10.0, "video": 30.0}

CHARACTER = Param(
    "image",
    IMAGE,
    tr("Character"),
    tr("The character's picture"),
    tr(
        "Who moves: upper body or whole body, head and limbs in view, not too small in the "
        "frame. JPG or PNG, at least 300 pixels a side."
    ),
    required=True,
    missing=tr("Add a picture of the character who will move."),
)
MOTION = Param(
    "video",
    VIDEO,
    tr("Motion"),
    tr("The motion video"),
    tr(
        "The moves to copy: one person, one continuous take, at least 3 seconds. Kling takes "
        "videos only by web address: one of your videos it still keeps, or an https address."
    ),
    required=True,
    missing=tr("Choose the video whose moves the character copies."),
    option="video-url",
)
ORIENTATION = Param(
    "character_orientation",
    CHOICE,
    tr("Pose"),
    tr("The pose"),
    tr(
        "Whose way of facing the result keeps: the picture's (the motion video may then last "
        "up to 10 s) or the video's (up to 30 s)."
    ),
    choices={
        "image": tr("as in the picture (video up to 10 s)"),
        "video": tr("as in the video (video up to 30 s)"),
    },
    default="image",
)
AUDIO = Param(
    "audio",
    CHOICE,
    tr("Sound"),
    tr("The sound"),
    tr("Keep the motion video's own sound, or make the result silent."),
    choices={"original": tr("the motion video's own"), "off": tr("none (silent)")},
)
RESOLUTION = Param(
    "resolution",
    CHOICE,
    tr("Quality"),
    tr("The quality"),
    tr("1080p is sharper than 720p and costs more a second."),
    choices={"720p": tr("720p"), "1080p": tr("1080p")},
)
ELEMENT = Param(
    "elements",
    common.ELEMENTS_PARAM.kind,
    common.ELEMENTS_PARAM.label,
    common.ELEMENTS_PARAM.subject,
    tr(
        "A character saved on your account (Connection → Elements…), instead of or beside "
        "the picture: at most one; the result then follows the video's pose."
    ),
    standards=(NEW,),
    more=True,
)


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    seconds = video_seconds(request.get("video"))
    orientation = request.get("character_orientation") or "image"
    if seconds is None or orientation not in MAX_SECONDS:
        return  # a video by address: Kling measures it
    most = MAX_SECONDS[orientation]
    if seconds < MIN_SECONDS:
        out.append(
            Problem(
                "video",
                tr(
                    "The motion video is {s} seconds long; Kling needs at least {least}.",
                    s=f"{seconds:g}",
                    least=f"{MIN_SECONDS:g}",
                ),
            )
        )
    elif seconds > most:
        out.append(
            Problem(
                "video",
                tr(
                    "The motion video is {s} seconds long: following the picture's pose, Kling "
                    "takes at most {most} seconds. Follow the video's pose (up to 30 s), or "
                    "choose a shorter video.",
                    s=f"{seconds:g}",
                    most=f"{most:g}",
                )
                if orientation == "image"
                else tr(
                    "The motion video is {s} seconds long; Kling takes at most {most} seconds.",
                    s=f"{seconds:g}",
                    most=f"{most:g}",
                ),
            )
        )


def new(e: Encoding) -> dict[str, Any]:
    r = e.request
    contents: list[dict[str, Any]] = []
    text = r.prompt
    elements = common.named_elements(r)
    if text:
        text = common.with_elements(text, elements, common.NEW_REFERENCE)
        contents.append({"type": "prompt", "text": text})
    contents.append({"type": "image", "url": e.file("image")})
    contents.append({"type": "video", "url": video_url(r.get("video"))})
    contents += common.element_contents(elements)
    settings = {
        # Required by Kling; with an element the video's pose is followed whatever is asked.
        "character_orientation": "video"
        if elements
        else (r.get("character_orientation") or "image"),
        "audio": r.get("audio"),
        "resolution": r.get("resolution"),
    }
    return {
        "contents": contents,
        "settings": {k: v for k, v in settings.items() if v is not None},
        "options": e.options(),
    }


def legacy(e: Encoding) -> dict[str, Any]:
    r = e.request
    body = e.legacy_common()
    body.update(
        prompt=r.prompt or None,
        image_url=e.file("image"),
        video_url=video_url(r.get("video")),
        character_orientation=r.get("character_orientation") or "image",
        keep_original_sound={"original": "yes", "off": "no"}.get(r.get("audio") or ""),
        mode={"720p": "std", "1080p": "pro"}.get(r.get("resolution") or ""),
    )
    return body


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    facts: list[Message | str] = []
    if params.get("character_orientation") == "video":
        facts.append(tr("the video's pose"))
    if params.get("resolution"):
        facts.append(str(params["resolution"]))
    if params.get("audio") == "original":
        facts.append(tr("with its sound"))
    return facts


def quantity(params: Mapping[str, Any]) -> tuple[float, int]:
    """Kling charges by the second of what it makes: about the motion video's length,
    when the app knows it (0: the price is said per second)."""
    return video_seconds(params.get("video")) or 0.0, 1


MOTION_CONTROL = register(
    Operation(
        name="motion_control",
        title=tr("Motion control"),
        media="video",
        params=(
            CHARACTER,
            MOTION,
            ORIENTATION,
            common.prompt(
                tr(
                    "What else happens (optional): the scene, the clothes, a camera move. Name "
                    "an element as @name."
                )
            ),
            AUDIO,
            RESOLUTION,
            ELEMENT,
        ),
        routes=(
            Route(NEW, "motion-control/{model}", new),
            Route(LEGACY, "v1/videos/motion-control", legacy),
        ),
        check=check,
        summary=summary,
        quantity=quantity,
        uses=(
            Uses(
                "image",
                "image",
                tr("Make this character move…"),
                tr("Use this picture as the character of a motion-control video."),
            ),
            Uses(
                "video",
                "video",
                tr("Copy these moves…"),
                tr(
                    "Make a character move as the person in this video does (while Kling keeps it)."
                ),
                how="kling_url",
            ),
        ),
    )
)
