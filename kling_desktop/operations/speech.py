"""Speech: words spoken by one of Kling's voices (`POST /v1/audio/tts`; legacy standard
only, no model).

Kling answers this request with the finished sound itself: there is no task to poll and
none to look up by the app's own id, so an answer lost on the way is never asked for again
by itself (see `Route.at_once`). The voices and the languages each speaks are the
catalogue's `voices` list; a voice speaks English, Chinese or both. The text is at most
1000 characters; the speed is 0.8 to 2 times the voice's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY
from kling_desktop.catalogue import current
from kling_desktop.operations.base import Encoding, Operation, Param, Route
from kling_desktop.operations.common import Listed
from kling_desktop.operations.kinds import CHOICE, TEXT
from kling_desktop.operations.registry import register
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

MAX_TEXT = 1000  # characters
LANGUAGES = {"en": tr("English"), "zh": tr("Chinese")}
SPEEDS = {
    "0.8": tr("slower (0.8×)"),
    "1.0": tr("the voice's own"),
    "1.2": tr("a little faster (1.2×)"),
    "1.5": tr("faster (1.5×)"),
    "2.0": tr("twice as fast"),
}

VOICE = Param(
    "voice_id",
    CHOICE,
    tr("Voice"),
    tr("The voice"),
    tr("Who speaks. Some of Kling's voices speak English, some Chinese, some both."),
    choices=Listed("voices"),
    default="genshin_vindi2",
    option="voice",
)
LANGUAGE = Param(
    "voice_language",
    CHOICE,
    tr("Language"),
    tr("The language"),
    tr("The language the text is in: the voice must speak it."),
    choices=LANGUAGES,
    default="en",
    option="language",
)
SPEED = Param(
    "voice_speed",
    CHOICE,
    tr("Speed"),
    tr("The speed"),
    tr("How fast the voice speaks, from 0.8 to 2 times its own pace."),
    choices=SPEEDS,
    default="1.0",
    option="speed",
)


def check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    voice = current().voices.get(str(request.get("voice_id") or ""))
    language = request.get("voice_language") or "en"
    if voice is not None and language in LANGUAGES and language not in voice.languages:
        speaks = voice.languages[0]
        out.append(
            Problem(
                "voice_language",
                tr(
                    "{voice} speaks only {language}: choose another voice, or write in {language}.",
                    voice=VOICE.words(voice.id),
                    language=LANGUAGES.get(speaks, speaks),
                ),
            )
        )


def encode(e: Encoding) -> dict[str, Any]:
    r = e.request
    # No external id and no callback: Kling's speech takes neither (its answer is the
    # result).
    return {
        "text": r.prompt,
        "voice_id": r.get("voice_id") or VOICE.default,
        "voice_language": r.get("voice_language") or LANGUAGE.default,
        "voice_speed": float(r.get("voice_speed") or SPEED.default),
    }


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    facts: list[Message | str] = []
    if params.get("voice_id"):
        facts.append(VOICE.words(params["voice_id"]))
    speed = params.get("voice_speed")
    if speed and speed != "1.0":
        facts.append(f"{float(speed):g}×")
    return facts


SPEECH = register(
    Operation(
        name="speech",
        title=tr("Speech"),
        media="audio",
        params=(
            Param(
                "prompt",
                TEXT,
                tr("Words"),
                tr("The text"),
                tr("What the voice says, at most 1000 characters."),
                required=True,
                missing=tr("Write the words the voice should say."),
                max_length=MAX_TEXT,
            ),
            VOICE,
            LANGUAGE,
            SPEED,
        ),
        routes=(Route(LEGACY, "v1/audio/tts", encode, at_once=True),),
        check=check,
        summary=summary,
        uses_model=False,
    )
)
