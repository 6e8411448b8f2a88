"""Talking avatar: a photo speaks (`POST /v1/videos/avatar/image2video`; legacy standard
only, no model).

What it says is a sound: a file the user gives (MP3, WAV, M4A or AAC, at most 5 MB; sent as
Base64 in `sound_file`), or one of the user's sound results Kling still keeps (30 days;
sent by its Kling id as `audio_id`, e.g. a Speech result: words and a voice become a
talking photo in two steps). 2 to 300 seconds of sound; the video lasts as long as the
sound, and Kling charges by its second (Standard 0.4, Pro 0.8 units).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY
from kling_desktop.operations import common
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import AUDIO_ID, CHOICE, IMAGE, SOUND, sound_seconds
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

SECONDS = (2.0, 300.0)  # the sound's length Kling takes

PHOTO = Param(
    "image",
    IMAGE,
    tr("Photo"),
    tr("The photo"),
    tr("The face that speaks: a clear, front-facing portrait. JPG or PNG, at least 300 pixels."),
    required=True,
    missing=tr("Add the photo that will speak."),
)
SOUND_FILE = Param(
    "sound_file",
    SOUND,
    tr("What it says"),
    tr("The sound"),
    tr(
        "What the photo says: a sound file (MP3, WAV, M4A or AAC, at most 5 MB, 2 seconds to "
        "5 minutes), or one of your sounds from the history."
    ),
    option="audio-file",
    from_words="speech",
)
SOUND_ID = Param(
    "audio_id",
    AUDIO_ID,
    tr("Or one of your sounds"),
    tr("Your sound"),
    tr(
        "Instead of a file: one of your sound results Kling still keeps (30 days), by "
        "Kling's id for it."
    ),
    more=True,
    option="audio-id",
)
MODE = Param(
    "mode",
    CHOICE,
    tr("Quality"),
    tr("The quality"),
    tr("Pro looks better and costs twice as much a second."),
    choices={"std": tr("Standard"), "pro": tr("Pro")},
    default="std",
)


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    given_file = not SOUND.empty(request.get("sound_file"))
    given_id = not AUDIO_ID.empty(request.get("audio_id"))
    if not given_file and not given_id:
        out.append(
            Problem(
                "sound_file",
                tr("Add what the photo says: a sound file, or one of your sounds."),
            )
        )
    elif given_file and given_id:
        out.append(
            Problem(
                "audio_id",
                tr("Give one sound: a file or one of your sounds, not both."),
            )
        )
    seconds = sound_seconds(request.get("sound_file"))
    if seconds is not None and not SECONDS[0] <= seconds <= SECONDS[1]:
        out.append(
            Problem(
                "sound_file",
                tr(
                    "The sound lasts {s} seconds; Kling takes 2 seconds to 5 minutes.",
                    s=f"{seconds:.1f}",
                ),
            )
        )


def encode(e: Encoding) -> dict[str, Any]:
    r = e.request
    body = e.legacy_common()
    body.pop("model_name", None)
    body["image"] = e.file("image")
    if r.get("audio_id"):
        body["audio_id"] = str(r.get("audio_id")).strip()
    else:
        body["sound_file"] = e.file("sound_file")
    body["prompt"] = r.prompt or None
    body["mode"] = r.get("mode") or MODE.default
    return body


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    return [tr("Pro")] if params.get("mode") == "pro" else []


def quantity(params: Mapping[str, Any]) -> tuple[float, int]:
    """By the second of the video, which lasts as long as the sound (when known)."""
    return sound_seconds(params.get("sound_file")) or 0.0, 1


AVATAR = register(
    Operation(
        name="avatar",
        title=tr("Talking photo"),
        media="video",
        params=(
            PHOTO,
            SOUND_FILE,
            common.prompt(
                tr(
                    "How it looks while speaking (optional): gestures, feelings, the camera. "
                    "At most 2500 characters."
                )
            ),
            MODE,
            SOUND_ID,
        ),
        routes=(Route(LEGACY, "v1/videos/avatar/image2video", encode),),
        check=check,
        summary=summary,
        quantity=quantity,
        uses_model=False,
        uses=(
            Uses(
                "image",
                "image",
                tr("Make this photo talk…"),
                tr("A video of this face saying words you give."),
            ),
            Uses(
                "audio",
                "sound_file",
                tr("Make a photo say this…"),
                tr("A photo speaks this sound."),
            ),
        ),
    )
)
