"""Sound: give a video sound (`POST /v1/audio/video-to-audio`) and make a sound effect from
words (`POST /v1/audio/text-to-audio`). Both exist only on the legacy standard and take no
model.

Adding sound takes one video: one of the user's Kling videos by its id (Kling keeps it for
30 days and takes videos of 3 to 20 seconds) or a video's web address (MP4 or MOV, at most
100 MB). Kling answers with the video again, now with sound, and the sound alone as MP3;
both are kept. Words for the sound effects and for the music are optional (at most 200
characters each); "ASMR" asks for close, detailed sound.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import CHOICE, TEXT, URL, VIDEO_ID
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

MAX_WORDS = 200  # characters, for each prompt
VIDEO_SECONDS = (3.0, 20.0)  # the lengths of video Kling adds sound to
EFFECT_SECONDS = tuple(range(3, 11))  # a sound effect's length, whole seconds (3 to 10)


# Give a video sound ----------------------------------------------------------------------


def check_add_sound(
    request: RequestLike, capability: Capability | None, out: list[Problem]
) -> None:
    video_id, video_url = request.get("video_id"), request.get("video_url")
    if not video_id and not video_url:
        out.append(
            Problem(
                "video_id",
                tr(
                    "Choose the video to give sound to: one of yours that Kling still keeps, "
                    "or a video's web address."
                ),
            )
        )
    elif video_id and video_url:
        out.append(
            Problem(
                "video_url",
                tr("Give one video: yours from the history or a web address, not both."),
            )
        )


def encode_add_sound(e: Encoding) -> dict[str, Any]:
    r = e.request
    body: dict[str, Any] = {"external_task_id": e.external_task_id}
    if r.get("video_id"):
        body["video_id"] = str(r.get("video_id")).strip()
    else:
        body["video_url"] = str(r.get("video_url")).strip()
    if r.prompt:
        body["sound_effect_prompt"] = r.prompt
    if r.get("bgm_prompt"):
        body["bgm_prompt"] = r.get("bgm_prompt")
    body["asmr_mode"] = r.get("asmr_mode") == "on"
    if r.callback_url:
        body["callback_url"] = r.callback_url
    return body


def summary_add_sound(params: Mapping[str, Any]) -> list[Message | str]:
    out: list[Message | str] = []
    if params.get("bgm_prompt"):
        out.append(tr("with music"))
    if params.get("asmr_mode") == "on":
        out.append(tr("ASMR"))
    return out


def _one(params: Mapping[str, Any]) -> tuple[float, int]:
    return 0.0, 1


ADD_SOUND = register(
    Operation(
        name="add_sound",
        title=tr("Give a video sound"),
        media="video",
        params=(
            Param(
                "video_id",
                VIDEO_ID,
                tr("Video"),
                tr("The video"),
                tr("One of your videos that Kling still keeps (it keeps them for 30 days)."),
            ),
            Param(
                "prompt",
                TEXT,
                tr("Sound effects"),
                tr("The sound effects text"),
                tr(
                    "What should be heard (optional), e.g. “waves on rocks, gulls”. At most "
                    "200 characters."
                ),
                max_length=MAX_WORDS,
            ),
            Param(
                "bgm_prompt",
                TEXT,
                tr("Music"),
                tr("The music text"),
                tr("Background music (optional), e.g. “soft piano”. At most 200 characters."),
                max_length=MAX_WORDS,
            ),
            Param(
                "video_url",
                URL,
                tr("Or a video's address"),
                tr("The video's address"),
                tr("A web address of an MP4 or MOV video, 3 to 20 seconds, at most 100 MB."),
                more=True,
            ),
            Param(
                "asmr_mode",
                CHOICE,
                tr("Detail"),
                tr("The detail"),
                tr("ASMR brings out small, close sounds, for immersive clips."),
                choices={"off": tr("Normal"), "on": tr("ASMR: close, detailed sound")},
                default="off",
                more=True,
            ),
        ),
        routes=(Route(LEGACY, "v1/audio/video-to-audio", encode_add_sound),),
        check=check_add_sound,
        summary=summary_add_sound,
        quantity=_one,
        uses_model=False,
        uses=(
            Uses(
                "video",
                "video_id",
                tr("Give it sound…"),
                tr("Kling adds sound effects or music to this video (while it keeps it)."),
                how="kling_id",
            ),
        ),
        form="kling_desktop.ui.sound_form:AddSoundForm",
    )
)


# A sound effect from words ---------------------------------------------------------------


def encode_sound_effect(e: Encoding) -> dict[str, Any]:
    r = e.request
    body: dict[str, Any] = {
        "external_task_id": e.external_task_id,
        "prompt": r.prompt,
        "duration": float(r.get("duration") or 5),
    }
    if r.callback_url:
        body["callback_url"] = r.callback_url
    return body


def summary_sound_effect(params: Mapping[str, Any]) -> list[Message | str]:
    seconds = params.get("duration")
    return [tr("{value} s", value=seconds)] if isinstance(seconds, int | float) else []


SOUND_EFFECT = register(
    Operation(
        name="sound_effect",
        title=tr("Sound effect"),
        media="audio",
        params=(
            Param(
                "prompt",
                TEXT,
                tr("Sound"),
                tr("The description"),
                tr("The sound to make, e.g. “fireworks over a city”. At most 200 characters."),
                required=True,
                missing=tr("Describe the sound to make."),
                max_length=MAX_WORDS,
            ),
            Param(
                "duration",
                CHOICE,
                tr("Length"),
                tr("The length"),
                tr("How long the sound lasts."),
                choices={n: tr("{value} s", value=n) for n in EFFECT_SECONDS},
                default=5,
            ),
        ),
        routes=(Route(LEGACY, "v1/audio/text-to-audio", encode_sound_effect),),
        summary=summary_sound_effect,
        quantity=_one,
        uses_model=False,
    )
)
