"""Recognise image, video and sound files by their bytes, without decoding them.

Enough to check Kling's input rules (format, pixel size) before uploading and to tell
whether a downloaded result is the kind of file expected and arrived whole. Decoding and
fixing images is `media/`'s job (QtGui); `api/` stays free of Qt.
"""

from __future__ import annotations

import struct
from pathlib import Path

IMAGE_TYPES = ("png", "jpeg", "webp")
VIDEO_TYPES = ("mp4",)
AUDIO_TYPES = ("mp3", "wav")
TYPES = {"image": IMAGE_TYPES, "video": VIDEO_TYPES, "audio": AUDIO_TYPES}


def sniff(head: bytes) -> str | None:
    """Name the file type from its first bytes: png, jpeg, webp, mp4, mp3, wav, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG, read from its header; None if not found."""
    kind = sniff(data[:16])
    if kind == "png" and len(data) >= 24 and data[12:16] == b"IHDR":
        return struct.unpack(">II", data[16:24])
    if kind == "jpeg":
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    n = len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length field
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        # SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if i + 9 > n:
                return None
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    return None


def is_complete(path: Path, kind: str) -> bool:
    """Whether a file of `kind` ends where its own structure says it should.

    Catches downloads cut short by a server that sent no Content-Length.
    """
    size = path.stat().st_size
    with path.open("rb") as f:
        if kind == "png":
            f.seek(max(0, size - 12))
            return f.read(12)[4:8] == b"IEND"
        if kind == "jpeg":
            f.seek(max(0, size - 32))
            return b"\xff\xd9" in f.read(32)
        if kind in ("webp", "wav"):
            head = f.read(12)
            return len(head) == 12 and struct.unpack("<I", head[4:8])[0] + 8 == size
        if kind == "mp3":
            return size > 128  # no end marker: the announced length is what tells
        if kind == "mp4":
            return _mp4_boxes_fill(f, size)
    return False


def _mp4_boxes_fill(f, size: int) -> bool:
    """Top-level ISO-BMFF boxes must tile the file exactly and include a `moov`."""
    pos = 0
    seen_moov = False
    while pos < size:
        f.seek(pos)
        header = f.read(16)
        if len(header) < 8:
            return False
        box_size, box_type = struct.unpack(">I4s", header[:8])
        if box_size == 1:
            if len(header) < 16:
                return False
            (box_size,) = struct.unpack(">Q", header[8:16])
        elif box_size == 0:  # box runs to the end of the file
            box_size = size - pos
        if box_size < 8:
            return False
        seen_moov = seen_moov or box_type == b"moov"
        pos += box_size
    return pos == size and seen_moov


# MPEG-1 Layer III bit rates (kbit/s) by the header's index; MPEG-2/2.5 use the second row.
_MP3_RATES = (
    (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
)


def sound_seconds(data: bytes) -> float | None:
    """How long a WAV or MP3 lasts, read from its header (an MP3's from its first frame's
    bit rate: exact for a constant rate, an estimate otherwise); None when not known."""
    kind = sniff(data[:16])
    if kind == "wav":
        return _wav_seconds(data)
    if kind == "mp3":
        return _mp3_seconds(data)
    return None


def _wav_seconds(data: bytes) -> float | None:
    pos, rate = 12, 0
    while pos + 8 <= len(data):
        chunk, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        if chunk == b"fmt " and pos + 16 <= len(data):
            rate = struct.unpack("<I", data[pos + 16 : pos + 20])[0]  # bytes a second
        elif chunk == b"data":
            return size / rate if rate else None
        pos += 8 + size + (size & 1)
    return None


def _mp3_seconds(data: bytes) -> float | None:
    start = 0
    if data.startswith(b"ID3") and len(data) >= 10:
        size = data[6:10]
        start = 10 + ((size[0] << 21) | (size[1] << 14) | (size[2] << 7) | size[3])
    for pos in range(start, min(len(data) - 4, start + 4096)):
        if data[pos] == 0xFF and data[pos + 1] & 0xE0 == 0xE0:
            version = (data[pos + 1] >> 3) & 0x03  # 3: MPEG-1
            index = data[pos + 2] >> 4
            if 0 < index < 15:
                kbits = _MP3_RATES[0 if version == 3 else 1][index]
                return (len(data) - pos) * 8 / (kbits * 1000)
            return None
    return None
