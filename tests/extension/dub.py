"""Dub: words said over a sound the user gives, as one more Kling operation would be
declared (the sandbox serves it at `/v1/test/dub`)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kling_desktop.api.filetypes import sniff
from kling_desktop.api.standards import LEGACY
from kling_desktop.jobs.inputs import Reader
from kling_desktop.operations import TEXT, Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import (
    InputError,
    Kind,
    Option,
    PreparedInput,
    flag_of,
    stored_input,
)
from kling_desktop.sandbox import Product
from kling_desktop.sandbox import rules as sandbox_rules
from kling_desktop.text import Message

MAX_BYTES = 5 * 2**20


@dataclass(frozen=True)
class ResolvedSound:
    """A sound as a codec takes it (`value`: a URL or Base64)."""

    value: str | None


class SoundKind(Kind):
    """A sound: MP3 or WAV bytes the user gave (kept with the job), or a web address."""

    media = "audio"

    def check(self, param, value):
        if isinstance(value, str) and value.startswith("https://"):
            return None
        if not isinstance(value, bytes | bytearray):
            return Message("{subject} must be a sound file.", {"subject": param.subject})
        if sniff(bytes(value[:16])) not in ("mp3", "wav"):
            return Message("{subject} is not an MP3 or WAV sound.", {"subject": param.subject})
        if len(value) > MAX_BYTES:
            return Message("{subject} is larger than 5 MB.", {"subject": param.subject})
        return None

    def option(self, param):
        return Option(flag_of(param), {"type": Path, "metavar": "SOUND", "help": str(param.tip)})

    def resolve(self, param, value):
        if isinstance(value, str):
            return ResolvedSound(value)
        return ResolvedSound(base64.b64encode(bytes(value)).decode("ascii"))

    def store(self, param, value, keep):
        return keep(param.name, bytes(value)) if isinstance(value, bytes | bytearray) else value

    def restore(self, param, stored, inputs):
        return inputs[stored["input"]] if stored_input(stored) else stored

    def words(self, param, value):
        if stored_input(value) or isinstance(value, bytes | bytearray):
            return "a sound, kept with the job"
        return str(value)


SOUND = SoundKind("dub_sound")  # a kind of its own (the app has "sound" too)


def _read(source: bytes | Path, label: str) -> PreparedInput:
    try:
        data = source.read_bytes() if isinstance(source, Path) else bytes(source)
    except OSError as exc:
        raise InputError(Message(f"{label}: {exc.strerror}")) from exc
    kind = sniff(data[:16])
    if kind not in ("mp3", "wav"):
        raise InputError(Message(f"{label} is not an MP3 or WAV sound."))
    path = str(source) if isinstance(source, Path) else None
    return PreparedInput(data, kind, 0, 0, b"", original_path=path)


SOUND_READER = Reader(prepare=_read, describe=_read)


def encode(e: Encoding) -> dict[str, Any]:
    return {
        "prompt": e.request.prompt,
        "sound_file": e.file("sound"),
        "external_task_id": e.external_task_id,
    }


DUB = Operation(
    name="dub",
    title=Message("Dub"),
    media="video",
    params=(
        Param(
            "prompt",
            TEXT,
            Message("Words"),
            Message("The words"),
            Message("What is said over the sound."),
            required=True,
        ),
        Param(
            "sound",
            SOUND,
            Message("Sound"),
            Message("The sound"),
            Message("An MP3 or WAV sound, at most 5 MB."),
            required=True,
        ),
    ),
    routes=(Route(LEGACY, "v1/test/dub", encode),),
    uses=(Uses("audio", "sound", Message("Dub with this sound…")),),
    form="tests.extension.dub_form:DubForm",
    uses_model=False,
)


def check(standard: str, model: str | None, body: dict) -> None:
    sandbox_rules.text(body, "prompt", required=True)
    data = base64.b64decode(str(body.get("sound_file") or ""))
    if sniff(data[:16]) not in ("mp3", "wav"):
        raise sandbox_rules.Invalid("sound_file must be an MP3 or WAV sound")


DUB_PRODUCT = Product(kind="dub", media="video", legacy_path="test/dub", new_path=None, check=check)
