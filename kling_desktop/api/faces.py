"""Finding the faces in a video, the first step of lip-sync: `POST /v1/videos/identify-face`
with one of the user's Kling videos (`video_id`) or a video's address (`video_url`; MP4 or
MOV, 2 to 60 seconds, 720p or 1080p). Kling answers at once with a session, valid for the
lip-sync request that follows, and each face it found: an id, a picture of it, and when it
is on screen. Kling charges 0.05 units a search."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import UnexpectedResponseError
from kling_desktop.api.retry import INTERACTIVE
from kling_desktop.text import tr

if TYPE_CHECKING:
    from kling_desktop.api.client import KlingClient

PATH = "v1/videos/identify-face"
PRICE = 0.05  # units a search


@dataclass(frozen=True)
class Face:
    face_id: str
    picture_url: str | None
    start_ms: int
    end_ms: int

    @property
    def seconds(self) -> float:
        return max(0, self.end_ms - self.start_ms) / 1000


@dataclass(frozen=True)
class Faces:
    session_id: str
    faces: tuple[Face, ...]


def identify(
    client: KlingClient, *, video_id: str | None = None, video_url: str | None = None
) -> Faces:
    body = {"video_id": video_id} if video_id else {"video_url": video_url}
    # Someone is waiting (and each search is charged): a passing fault is tried again once
    # or twice, not for minutes.
    return parse(client.call("POST", PATH, body=body, retry=INTERACTIVE).get("data"))


def parse(data: Any) -> Faces:
    if not isinstance(data, Mapping) or not data.get("session_id"):
        raise _not_understood()
    faces = []
    for item in data.get("face_data") or []:
        if not isinstance(item, Mapping) or item.get("face_id") in (None, ""):
            continue
        picture = item.get("face_image")
        faces.append(
            Face(
                face_id=str(item["face_id"]),
                picture_url=picture if isinstance(picture, str) and picture else None,
                start_ms=_ms(item.get("start_time")),
                end_ms=_ms(item.get("end_time")),
            )
        )
    return Faces(str(data["session_id"]), tuple(faces))


def _ms(value: Any) -> int:
    try:
        return max(0, int(float(value)))
    except (TypeError, ValueError):
        return 0


def _not_understood() -> UnexpectedResponseError:
    return UnexpectedResponseError(
        tr("The server's answer about the video's faces could not be understood."),
        http_status=200,
    )
