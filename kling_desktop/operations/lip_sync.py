"""Lip-sync: a face in a video speaks a sound (`POST /v1/videos/advanced-lip-sync`; legacy
standard only, no model).

Two steps, as Kling has them: first Kling finds the video's faces (`api.faces.identify`,
done by the form's "Find the faces" or by the command line before the job: 0.05 units),
answering with a session and each face; the job then names the session and the face chosen,
with the sound: a file (MP3, WAV, M4A or AAC, at most 5 MB, 2 to 60 seconds; one of the
user's sound results is its file), where in the video it starts, and how loud it and the
video's own sound are. Kling makes one face speak at a time, and charges 0.5 units for each
started 5 seconds of video.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import InvalidRequestError, Problem
from kling_desktop.api.standards import LEGACY
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import (
    SIDE,
    SOUND,
    TEXT,
    VIDEO,
    sides_problem,
    sound_seconds,
    video_seconds,
    video_url,
)
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

SECONDS = (2.0, 60.0)  # the video's and the sound's lengths Kling takes
SIDES = (512, 2160)  # the video's shortest and longest side, in pixels

VIDEO_PARAM = Param(
    "video",
    VIDEO,
    tr("Video"),
    tr("The video"),
    tr(
        "The video with the face that will speak: 2 to 60 seconds, 720p or 1080p. Kling takes "
        "videos only by web address: one of your videos it still keeps, or an https address."
    ),
    required=True,
    missing=tr("Choose the video whose face will speak."),
    option="video-url",
)
SESSION = Param(
    "session_id",
    TEXT,
    tr("Faces found"),
    tr("The faces found"),
    tr("Kling's search of the video's faces (the app makes it: “Find the faces”)."),
    required=True,
    missing=tr("Find the faces in the video first, then choose the one that speaks."),
    option="session",
)
FACE = Param(
    "face_id",
    TEXT,
    tr("Face"),
    tr("The face"),
    tr("Which of the faces found speaks (the first, unless you choose another)."),
    required=True,
    missing=tr("Choose the face that speaks."),
    option="face",
)
SOUND_FILE = Param(
    "sound_file",
    SOUND,
    tr("What it says"),
    tr("The sound"),
    tr(
        "A sound file (MP3, WAV, M4A or AAC, at most 5 MB, 2 to 60 seconds), or one of your "
        "sounds from the history."
    ),
    required=True,
    missing=tr("Add what the face says: a sound file, or one of your sounds."),
    option="audio-file",
    from_words="speech",
)
START = Param(
    "sound_insert_time",
    TEXT,
    tr("Starts at"),
    tr("The start"),
    tr("When in the video the face starts speaking, in seconds (0: at once)."),
    more=True,
    option="starts-at",
)
VOLUME = Param(
    "sound_volume",
    SIDE,
    tr("Its volume"),
    tr("The sound's volume"),
    tr("How loud the new sound is: 100 % as it is, up to 200 %."),
    default=1.0,
    more=True,
)
ORIGINAL = Param(
    "original_audio_volume",
    SIDE,
    tr("Video's own sound"),
    tr("The video's own sound"),
    tr("How loud the video's own sound stays: 0 % silences it, 100 % as it is, up to 200 %."),
    default=1.0,
    more=True,
)


def _start_seconds(value: Any) -> float | None:
    if value in (None, ""):
        return 0.0
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        return None


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    problem = sides_problem(request.get("video"), *SIDES)
    if problem is not None:
        out.append(Problem("video", problem))
    seconds = video_seconds(request.get("video"))
    if seconds is not None and not SECONDS[0] <= seconds <= SECONDS[1]:
        out.append(
            Problem(
                "video",
                tr(
                    "The video is {s} seconds long; Kling makes faces speak in videos of 2 to "
                    "60 seconds.",
                    s=f"{seconds:g}",
                ),
            )
        )
    sound = sound_seconds(request.get("sound_file"))
    if sound is not None and not SECONDS[0] <= sound <= SECONDS[1]:
        out.append(
            Problem(
                "sound_file",
                tr(
                    "The sound lasts {s} seconds; Kling takes 2 to 60 seconds.",
                    s=f"{sound:.1f}",
                ),
            )
        )
    start = _start_seconds(request.get("sound_insert_time"))
    if start is None or start < 0:
        out.append(
            Problem(
                "sound_insert_time",
                tr("The start is a number of seconds from the video's beginning, such as 1.5."),
            )
        )
    elif seconds is not None and start > seconds - SECONDS[0]:
        out.append(
            Problem(
                "sound_insert_time",
                tr(
                    "Starting at {start} s leaves less than 2 seconds of the {s}-second video.",
                    start=f"{start:g}",
                    s=f"{seconds:g}",
                ),
            )
        )


def encode(e: Encoding) -> dict[str, Any]:
    r = e.request
    body = e.legacy_common()
    body.pop("model_name", None)
    length = sound_seconds(r.get("sound_file"))
    face: dict[str, Any] = {
        "face_id": str(r.get("face_id")),
        "sound_file": e.file("sound_file"),
        "sound_start_time": 0,
        "sound_insert_time": round((_start_seconds(r.get("sound_insert_time")) or 0) * 1000),
        "sound_volume": float(r.get("sound_volume", 1.0)),
        "original_audio_volume": float(r.get("original_audio_volume", 1.0)),
    }
    if length:  # the whole sound (an address's length is Kling's to know)
        face["sound_end_time"] = math.floor(length * 1000)
    body["session_id"] = str(r.get("session_id"))
    body["face_choose"] = [face]
    return body


def find_faces(client: Any, params: dict[str, Any]) -> None:
    """Kling's search of the video's faces, when the request has none yet: the session it
    answers, and the face asked for (by Kling's id) or else the first one found."""
    from kling_desktop.api import faces

    if params.get("session_id"):
        return
    found = faces.identify(client, video_url=video_url(params.get("video")))
    ids = [face.face_id for face in found.faces]
    if not ids:
        raise InvalidRequestError(
            tr("Kling found no face in this video: choose a video where a face is clearly seen.")
        )
    wanted = str(params.get("face_id") or ids[0])
    if wanted not in ids:
        raise InvalidRequestError(
            tr(
                "Kling found the faces {ids} in this video; choose one of them.",
                ids=", ".join(ids),
            )
        )
    params["session_id"], params["face_id"] = found.session_id, wanted


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    start = _start_seconds(params.get("sound_insert_time"))
    return [tr("from {s} s", s=f"{start:g}")] if start else []


def quantity(params: Mapping[str, Any]) -> tuple[float, int]:
    """Kling charges each started 5 seconds of the video (its length, when known)."""
    seconds = video_seconds(params.get("video"))
    return (math.ceil(seconds / 5) * 5.0 if seconds else 0.0), 1


LIP_SYNC = register(
    Operation(
        name="lip_sync",
        title=tr("Lip-sync"),
        media="video",
        params=(VIDEO_PARAM, SESSION, FACE, SOUND_FILE, START, VOLUME, ORIGINAL),
        routes=(Route(LEGACY, "v1/videos/advanced-lip-sync", encode),),
        check=check,
        summary=summary,
        quantity=quantity,
        uses_model=False,
        uses=(
            Uses(
                "video",
                "video",
                tr("Make a face in it speak…"),
                tr("Lip-sync: a face in this video says words you give (while Kling keeps it)."),
                how="kling_url",
            ),
            Uses(
                "audio",
                "sound_file",
                tr("Make a face say this…"),
                tr("Lip-sync: a face in one of your videos says this sound."),
            ),
        ),
        form="kling_desktop.ui.lip_sync_form:LipSyncForm",
        first=find_faces,
        first_gives=("session_id", "face_id"),
    )
)
