"""Real result files for the sandbox: PNG images that show their prompt, MP4 clips and
silent MP3 sounds.

Pure Python (zlib + a committed bitmap font) so the sandbox runs in any test or process
without Qt. The clips and the font are made by `tools/make_sandbox_assets.py`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import struct
import textwrap
import zlib
from importlib import resources

LONG_SIDE = 1024


@functools.cache
def _glyphs() -> tuple[int, int, dict[str, tuple[int, bytes]]]:
    raw = zlib.decompress(resources.files(__package__).joinpath("assets/glyphs.bin").read_bytes())
    header, _, blob = raw.partition(b"\n")
    meta = json.loads(header)
    height = meta["height"]
    table: dict[str, tuple[int, bytes]] = {}
    offset = 0
    for i, width in enumerate(meta["widths"]):
        size = width * height
        table[chr(meta["first"] + i)] = (width, blob[offset : offset + size])
        offset += size
    return height, max(meta["widths"]), table


@functools.cache
def clip(aspect_ratio: str) -> bytes:
    """A real 5-second MP4 in the requested shape (16:9, 9:16 or 1:1)."""
    name = {"9:16": "9x16", "1:1": "1x1"}.get(aspect_ratio, "16x9")
    return resources.files(__package__).joinpath(f"assets/clip-{name}.mp4").read_bytes()


# One MPEG-1 Layer III frame: 44.1 kHz, 128 kbit/s, mono, no CRC; its side information and
# main data all zero, which every decoder plays as 1152 samples of silence.
_MP3_FRAME = b"\xff\xfb\x90\xc0" + bytes(417 - 4)


@functools.cache
def silent_mp3(seconds: float) -> bytes:
    """A real MP3 of `seconds` of silence: the sandbox's sound results are placeholders,
    as its pictures are (encoding sound would need an MP3 encoder Qt does not ship)."""
    frames = max(1, round(seconds * 44_100 / 1152))
    return _MP3_FRAME * frames


def pad_mp4(data: bytes, size: int) -> bytes:
    """`data` grown to `size` bytes with a trailing `free` box: still a valid, playable MP4."""
    pad = size - len(data)
    return data + struct.pack(">I4s", pad, b"free") + bytes(pad - 8)


def image_size(aspect_ratio: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in aspect_ratio.split(":"))
    except ValueError:
        w, h = 16, 9
    if w >= h:
        return LONG_SIDE, max(1, round(LONG_SIDE * h / w))
    return max(1, round(LONG_SIDE * w / h)), LONG_SIDE


class _Canvas:
    def __init__(
        self, width: int, height: int, top: tuple[int, int, int], bottom: tuple[int, int, int]
    ) -> None:
        self.width = width
        self.height = height
        rows = []
        for y in range(height):
            t = y / max(1, height - 1)
            color = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
            rows.append(color * width)
        self.pixels = bytearray(b"".join(rows))

    def text(self, x: int, y: int, text: str, scale: int = 1) -> None:
        height, box_width, table = _glyphs()
        for ch in text:
            width, bitmap = table.get(ch) or (box_width, b"")
            if x + width * scale > self.width:
                return
            if bitmap:
                self._glyph(x, y, width, height, bitmap, scale)
            else:  # a character the font lacks (e.g. CJK): an outlined box
                self._box(
                    x + 2 * scale,
                    y + height * scale // 5,
                    (width - 4) * scale,
                    height * scale * 3 // 5,
                )
            x += width * scale

    def _glyph(self, x0, y0, width, height, bitmap, scale) -> None:
        px = self.pixels
        stride = self.width * 3
        for gy in range(height):
            row = bitmap[gy * width : (gy + 1) * width]
            for gx, cover in enumerate(row):
                if not cover:
                    continue
                for sy in range(scale):
                    y = y0 + gy * scale + sy
                    if not 0 <= y < self.height:
                        continue
                    for sx in range(scale):
                        i = y * stride + (x0 + gx * scale + sx) * 3
                        for c in range(3):
                            px[i + c] += (255 - px[i + c]) * cover // 255

    def _box(self, x, y, w, h) -> None:
        stride = self.width * 3
        for yy in range(y, min(y + h, self.height)):
            for xx in (x, x + w - 1) if y < yy < y + h - 1 else range(x, x + w):
                if 0 <= xx < self.width:
                    i = yy * stride + xx * 3
                    self.pixels[i : i + 3] = b"\xff\xff\xff"

    def png(self) -> bytes:
        stride = self.width * 3
        raw = b"".join(
            b"\x00" + bytes(self.pixels[y * stride : (y + 1) * stride]) for y in range(self.height)
        )

        def chunk(tag: bytes, data: bytes) -> bytes:
            return (
                struct.pack(">I", len(data))
                + tag
                + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
            )

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b"")
        )


def render_image(prompt: str, aspect_ratio: str, index: int, count: int) -> bytes:
    """A PNG in the requested shape, coloured by the prompt, showing it and `index/count`."""
    width, height = image_size(aspect_ratio)
    digest = hashlib.sha256(prompt.encode()).digest()
    top = (digest[0] // 3 + 20, digest[1] // 3 + 20, digest[2] // 3 + 40)
    bottom = (digest[3] // 2 + 60, digest[4] // 3 + 30, (digest[5] + 64 * index) % 200 + 40)
    canvas = _Canvas(width, height, top, bottom)
    glyph_height, _, _ = _glyphs()
    margin = width // 20
    canvas.text(margin, margin, "KLING DESKTOP - DEMO IMAGE")
    canvas.text(margin, margin + glyph_height * 2, f"{index + 1}/{count}", scale=3)
    columns = max(10, (width - 2 * margin) // 17)
    lines = textwrap.wrap(prompt, columns, max_lines=8, placeholder=" ...") or [""]
    y = height - margin - glyph_height * len(lines)
    for line in lines:
        canvas.text(margin, y, line)
        y += glyph_height
    return canvas.png()


def speech_wav(text: str, seconds: float) -> bytes:
    """A WAV you can hear, as long as `seconds`: a soft tone for each word of `text`, its
    pitch rising and falling like a voice (the sandbox has no voice, and Qt no MP3
    encoder, so its speech is a placeholder you can hear rather than silence)."""
    rate = 16_000
    words = text.split() or ["…"]
    frames = bytearray()
    total = int(seconds * rate)
    step = max(1, total // len(words))
    for n, word in enumerate(words):
        pitch = 170.0 + 60.0 * math.sin(n * 1.3) + 7.0 * (len(word) % 5)
        voiced = int(step * 0.72)
        for i in range(step):
            if i < voiced:
                envelope = math.sin(math.pi * i / voiced)  # swell and fade, as a syllable
                value = 0.28 * envelope * math.sin(2 * math.pi * pitch * i / rate)
                value += 0.08 * envelope * math.sin(4 * math.pi * pitch * i / rate)
            else:
                value = 0.0
            frames += struct.pack("<h", int(value * 32767))
    frames += bytes(2 * max(0, total - len(frames) // 2))
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(frames),
        b"WAVE",
        b"fmt ",
        16,
        1,  # PCM
        1,  # mono
        rate,
        rate * 2,
        2,
        16,
        b"data",
        len(frames),
    )
    return header + bytes(frames)
