"""Lip-sync, as Kling's pages give it: first `POST /v1/videos/identify-face` (`video_id` or
`video_url`; answered at once with a session and the faces found), then
`POST /v1/videos/advanced-lip-sync` (`session_id`, `face_choose`: one face, with exactly one
of `audio_id` and `sound_file`, the sound's crop and where it goes, volumes 0 to 2); legacy
only, no model; 0.5 units for each started 5 s."""

from __future__ import annotations

import secrets
import threading

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.products.avatar import sound
from kling_desktop.sandbox.rules import Invalid

#: The faces the sandbox finds in any video: (id, from ms, to ms).
FACES = (("0", 0, 5000), ("1", 1200, 4200))
_sessions: set[str] = set()
_lock = threading.Lock()


def identify(body: object) -> dict:
    """The answer to identify-face: a new session and the faces found."""
    if not isinstance(body, dict):
        raise Invalid("request body must be an object")
    video_id, video_url = body.get("video_id"), body.get("video_url")
    if bool(video_id) == bool(video_url):
        raise Invalid("exactly one of video_id and video_url is required")
    if video_url is not None and (
        not isinstance(video_url, str) or not video_url.startswith(("http://", "https://"))
    ):
        raise Invalid("video_url must be a URL")
    session = str(secrets.randbelow(10**18))
    with _lock:
        _sessions.add(session)
    return {"session_id": session, "final_unit_deduction": "0.05", "faces": FACES}


def check(standard: str, model: str | None, body: dict) -> None:
    if "model_name" in body:
        raise Invalid("model_name is not a parameter of this API")
    session = body.get("session_id")
    with _lock:
        known = session in _sessions
    if not isinstance(session, str) or not known:
        raise Invalid("session_id is invalid or expired")
    chosen = body.get("face_choose")
    if not isinstance(chosen, list) or len(chosen) != 1 or not isinstance(chosen[0], dict):
        raise Invalid("face_choose supports exactly one face")
    face = chosen[0]
    if str(face.get("face_id")) not in {f for f, _start, _end in FACES}:
        raise Invalid("face_id is invalid")
    audio_id, sound_file = face.get("audio_id"), face.get("sound_file")
    if bool(audio_id) == bool(sound_file):
        raise Invalid("exactly one of audio_id and sound_file is required")
    if sound_file is not None:
        sound(sound_file, "face_choose.sound_file")
    for name in ("sound_start_time", "sound_insert_time"):
        value = face.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise Invalid(f"{name} is required, in whole milliseconds")
    end = face.get("sound_end_time")
    if end is not None and (not isinstance(end, int) or end - face["sound_start_time"] < 2000):
        raise Invalid("the cropped sound must not be shorter than 2 seconds")
    for name in ("sound_volume", "original_audio_volume"):
        value = face.get(name, 1)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 2:
            raise Invalid(f"{name} must be between 0 and 2")


LIP_SYNC = register(
    Product(
        kind="lip_sync",
        media="video",
        legacy_path="videos/advanced-lip-sync",
        new_path=None,
        check=check,
        units=lambda standard, model, body: 0.5,  # the sandbox's 5-second video
    )
)
