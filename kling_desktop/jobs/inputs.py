"""Files the user gives a job, read the way their kind of file needs: one `Reader` for each
`Kind.media` ("image": pictures are checked, turned upright, shrunk to Kling's limits and
given a preview). A parameter kind with files of a new media registers a reader here; the
command line and the engine find it by the kind's `media`, never by the kind itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from kling_desktop.operations import Operation
from kling_desktop.operations.kinds import InputError, PreparedInput
from kling_desktop.text import tr


@dataclass(frozen=True)
class Reader:
    """How files of one media are read.

    `prepare(source, label)` turns a file or bytes the user gave into what is sent (raising
    `InputError` with a sentence when it cannot be used); `describe(data, label)` gives the
    history's facts and preview of bytes already prepared (a job from the command line or
    another process, which came without them), refusing bytes that are not such a file.
    """

    prepare: Callable[[bytes | Path, str], PreparedInput]
    describe: Callable[[bytes, str], PreparedInput]


def _prepare_picture(source: bytes | Path, label: str) -> PreparedInput:
    from kling_desktop.media.images import prepare

    return prepare(source, label)


def _describe_picture(data: bytes, label: str) -> PreparedInput:
    from kling_desktop.media.images import PreparedImage, read_image, thumbnail

    image, fmt, _ = read_image(data, label)
    return PreparedImage(data, fmt, image.width(), image.height(), thumbnail(image))


def _prepare_sound(source: bytes | Path, label: str) -> PreparedInput:
    """A sound file as it is (Kling takes it as Base64): its kind and length read from its
    bytes; what is not a sound Kling takes, or is too large, is refused in a sentence."""
    from kling_desktop.api.filetypes import sniff, sound_seconds
    from kling_desktop.operations.kinds import SOUND

    try:
        data = source.read_bytes() if isinstance(source, Path) else bytes(source)
    except OSError as exc:
        raise InputError(
            tr(
                "{label}: the file {path} cannot be read ({reason}).",
                label=label,
                path=str(source),
                reason=exc.strerror or type(exc).__name__,
            )
        ) from None
    kind = sniff(data[:16])
    if kind not in SOUND.formats:
        raise InputError(tr("{label} is not an MP3, WAV, M4A or AAC sound.", label=label))
    if len(data) > SOUND.most_bytes:
        raise InputError(
            tr(
                "{label} is {mb:.1f} MB; Kling takes sounds of at most 5 MB.",
                label=label,
                mb=len(data) / 2**20,
            )
        )
    path = str(source) if isinstance(source, Path) else None
    return PreparedInput(
        data, kind or "mp3", 0, 0, b"", original_path=path, duration=sound_seconds(data)
    )


_readers: dict[str, Reader] = {
    "image": Reader(_prepare_picture, _describe_picture),
    "audio": Reader(_prepare_sound, _prepare_sound),
}
_lock = threading.Lock()


def register(media: str, reader: Reader) -> None:
    """Read files of `media` with `reader` (a new kind of input)."""
    with _lock:
        _readers[media] = reader


def unregister(media: str) -> None:
    with _lock:
        _readers.pop(media, None)


def reader(media: str) -> Reader:
    with _lock:
        found = _readers.get(media)
    if found is None:
        raise InputError(tr("The app cannot read files of this kind ({media}).", media=media))
    return found


def media_of(operation: Operation, role: str) -> str | None:
    """What kind of file the input `role` ("first_frame", "reference_images:2") holds."""
    param = operation.param(role.partition(":")[0])
    return param.kind.media if param is not None else None


def prepare(media: str, source: bytes | Path, label: str) -> PreparedInput:
    return reader(media).prepare(source, label)


def described(
    operation: Operation, role: str, data: bytes, given: PreparedInput | None
) -> PreparedInput:
    """The input `role` as the history keeps it: `given` when it came with its preview,
    else described from its bytes (keeping where it came from)."""
    if given is not None and given.thumbnail:
        return given
    media = media_of(operation, role) or "image"
    facts = reader(media).describe(data, role)
    if given is None:
        return facts
    return replace(
        facts,
        note=given.note,
        original_path=given.original_path,
        source=given.source,
        duration=given.duration or facts.duration,
    )
