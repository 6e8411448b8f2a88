"""Image inputs of a request: a web address, Base64 text, a data URL, raw bytes or a file.

Kling takes every image field as either an http(s) URL or Base64 *without* a `data:`
prefix. `resolve()` turns whatever the caller had into that, and says in words what is
wrong when the bytes break Kling's input rules: JPG or PNG, at most 10 MB, each side at
least 300 pixels, between 1:2.5 and 2.5:1. (The new API standard takes up to 50 MB; the
app keeps to what both standards take.)
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import stat
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from kling_desktop.api.filetypes import image_size, sniff
from kling_desktop.text import Message, tr

ImageSource = str | bytes | os.PathLike

INPUT_IMAGE_MAX_BYTES = 10 * 1024 * 1024
INPUT_IMAGE_MIN_SIDE = 300
#: Kling documents no largest size; a side beyond this is a picture no camera makes (or a
#: "decompression bomb": a few bytes that would need gigabytes to open).
INPUT_IMAGE_MAX_SIDE = 16_000
INPUT_IMAGE_RATIO = (1 / 2.5, 2.5)

_DATA_URL = re.compile(r"^data:([^;,]*)(;base64)?,", re.IGNORECASE)
_ACCEPTED_MIME = {"image/png", "image/jpeg", "image/jpg"}


@dataclass(frozen=True)
class ResolvedImage:
    """What goes into the JSON body (`value`), and what was learnt on the way."""

    url: str | None = None
    data: bytes | None = None  # the image bytes, when they passed the checks
    width: int | None = None
    height: int | None = None
    problem: Message | None = None

    @property
    def value(self) -> str | None:
        """URL or Base64 without prefix (encoded only when a body is built); None when
        unusable."""
        if self.url:
            return self.url
        return base64.b64encode(self.data).decode("ascii") if self.data else None

    @property
    def ratio(self) -> float | None:
        return self.width / self.height if self.width and self.height else None


def resolve(source: ImageSource, label: str) -> ResolvedImage:
    """Turn `source` into a body value, checking Kling's rules on any bytes we hold.

    `label` names the field in messages ("The first frame").
    """
    if isinstance(source, os.PathLike):
        path = Path(source)
        try:
            data = _read_file(path, label)
        except OSError as exc:
            return ResolvedImage(
                problem=tr(
                    "{label}: the file {path} cannot be read ({reason}).",
                    label=label,
                    path=str(path),
                    reason=exc.strerror or type(exc).__name__,
                ),
            )
        except _NotAFile as exc:
            return ResolvedImage(problem=exc.message)
        return _check_bytes(data, label)
    if isinstance(source, bytes | bytearray | memoryview):
        return _check_bytes(bytes(source), label)
    text = source.strip()
    if text.lower().startswith(("http://", "https://")):
        return ResolvedImage(url=text)
    match = _DATA_URL.match(text)
    if match:
        mime = match.group(1).lower()
        if mime not in _ACCEPTED_MIME or not match.group(2):
            return ResolvedImage(
                problem=tr(
                    "{label} must be a JPG or PNG image in Base64, not “{mime}”.",
                    label=label,
                    mime=text[: match.end() - 1],
                ),
            )
        text = text[match.end() :]
    try:
        data = base64.b64decode(re.sub(r"\s+", "", text), validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if not data:
        return ResolvedImage(
            problem=tr(
                "{label} is neither a web address (http/https) nor Base64 image data.",
                label=label,
            ),
        )
    return _check_bytes(data, label)


class _NotAFile(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _read_file(path: Path, label: str) -> bytes:
    """A picture file's bytes, read only if it is a regular file: a device (/dev/zero)
    would fill the memory and a pipe would never end. At most one byte past the limit is
    read, which is enough to say the file is too large."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise _NotAFile(
            tr(
                "{label}: {path} is not a picture file (it is a folder, a device or a pipe).",
                label=label,
                path=str(path),
            )
        )
    with path.open("rb") as file:
        return file.read(INPUT_IMAGE_MAX_BYTES + 1)


def _check_bytes(data: bytes, label: str) -> ResolvedImage:
    kind = sniff(data[:16])
    if kind not in ("png", "jpeg"):
        return ResolvedImage(problem=tr("{label} is not a JPG or PNG image.", label=label))
    size = image_size(data)
    if size is None:
        return ResolvedImage(
            problem=tr("{label} is damaged: its size cannot be read.", label=label),
        )
    width, height = size
    problem = None
    if len(data) <= INPUT_IMAGE_MAX_BYTES and not whole(data, kind):
        problem = tr(
            "{label} is damaged or cut short: the file does not end as a {kind} image does.",
            label=label,
            kind="PNG" if kind == "png" else "JPG",
        )
    elif max(width, height) > INPUT_IMAGE_MAX_SIDE:
        problem = tr(
            "{label} is {w}×{h} pixels; at most {max} pixels on a side are taken.",
            label=label,
            w=width,
            h=height,
            max=INPUT_IMAGE_MAX_SIDE,
        )
    elif len(data) > INPUT_IMAGE_MAX_BYTES:
        problem = tr(
            "{label} is {mb:.1f} MB; the limit is 10 MB.",
            label=label,
            mb=len(data) / (1024 * 1024),
        )
    elif min(width, height) < INPUT_IMAGE_MIN_SIDE:
        problem = tr(
            "{label} is {w}×{h} pixels; each side must be at least {min} pixels.",
            label=label,
            w=width,
            h=height,
            min=INPUT_IMAGE_MIN_SIDE,
        )
    else:
        low, high = INPUT_IMAGE_RATIO
        ratio = width / height
        if ratio > high:
            problem = tr(
                "{label} is {w}×{h} pixels, too wide: it may be at most 2.5 times as wide "
                "as it is tall.",
                label=label,
                w=width,
                h=height,
            )
        elif ratio < low:
            problem = tr(
                "{label} is {w}×{h} pixels, too tall: it may be at most 2.5 times as tall "
                "as it is wide.",
                label=label,
                w=width,
                h=height,
            )
    return ResolvedImage(
        data=None if problem else data, width=width, height=height, problem=problem
    )


def whole(data: bytes, kind: str) -> bool:
    """Whether a PNG's chunks are all there, each with its checksum right, up to IEND, or a
    JPG has its end-of-image marker: a file cut short or damaged in transit fails, without
    decoding any pixel."""
    if kind == "jpeg":
        # Somewhere, not necessarily last: phones append a motion photo after it.
        return data.find(b"\xff\xd9", 2) != -1
    at = 8
    while at + 12 <= len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        end = at + 12 + length
        if end > len(data):
            return False
        name = data[at + 4 : at + 8]
        (crc,) = struct.unpack(">I", data[end - 4 : end])
        if zlib.crc32(data[at + 4 : end - 4]) & 0xFFFFFFFF != crc:
            return False
        if name == b"IEND":
            return True
        at = end
    return False
