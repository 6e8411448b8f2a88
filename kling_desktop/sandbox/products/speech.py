"""Speech, as Kling's page gives it: `POST /v1/audio/tts` (`text` at most 1000 characters,
`voice_id`, `voice_language` zh or en, `voice_speed` 0.8 to 2.0), legacy only and answered
at once: the create answer carries the finished sound, and there is no query route."""

from __future__ import annotations

from kling_desktop.sandbox.products import Product, register
from kling_desktop.sandbox.rules import Invalid, text

#: Speech voices the sandbox knows, with the languages each speaks (a sample of Kling's).
VOICES = {
    "genshin_vindi2": ("en", "zh"),
    "zhinen_xuesheng": ("en", "zh"),
    "ai_shatang": ("en", "zh"),
    "genshin_klee2": ("en", "zh"),
    "genshin_kirara": ("en", "zh"),
    "AOT": ("en",),
    "oversea_male1": ("en",),
    "girlfriend_4_speech02": ("en",),
    "uk_man2": ("en",),
    "calm_story1": ("en",),
    "girlfriend_1_speech02": ("zh",),
    "diyinnansang_DB_CN_M_04-v2": ("zh",),
}


def check(standard: str, model: str | None, body: dict) -> None:
    text(body, "text", required=True, limit=1000)
    voice = body.get("voice_id")
    if not isinstance(voice, str) or not voice:
        raise Invalid("voice_id is required")
    language = body.get("voice_language", "zh")
    if language not in ("zh", "en"):
        raise Invalid("voice_language must be zh or en")
    if voice not in VOICES:
        raise Invalid("Voice id not found")
    if language not in VOICES[voice]:
        raise Invalid("voice_language does not match the voice")
    speed = body.get("voice_speed", 1.0)
    if isinstance(speed, bool) or not isinstance(speed, int | float):
        raise Invalid("voice_speed must be a number")
    for name in ("model_name", "external_task_id", "callback_url"):
        if name in body:
            raise Invalid(f"{name} is not a parameter of this API")


SPEECH = register(
    Product(
        kind="speech",
        media="speech",
        legacy_path="audio/tts",
        new_path=None,
        check=check,
        units=lambda standard, model, body: 0.05,
        pack="audio",
        at_once=True,
    )
)
