"""Image preparation and thumbnails (QtGui, no widgets; safe on worker threads).

Kling takes JPG/PNG up to 10 MB, at least 300 px a side, between 1:2.5 and 2.5:1. What can
be fixed for the user is fixed (other formats converted, huge or heavy images shrunk, phone
photos turned upright) and said in a note; what cannot (too small, too narrow) is refused
with a sentence that says what to do.
"""

from __future__ import annotations

import logging
import stat
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QPainter

from kling_desktop.api import images as caps
from kling_desktop.media.decode import picture_kind
from kling_desktop.operations.kinds import InputError, PreparedInput
from kling_desktop.text import tr

log = logging.getLogger("kling_desktop.media")

MAX_SIDE = 4096  # larger inputs gain nothing and cost upload time
MAX_PIXELS = 100_000_000  # beyond this a "picture" is a decompression bomb, not a photo
MAX_FILE_BYTES = 200 * 2**20  # no photo is larger; a bigger file is not read at all
THUMBNAIL_SIDE = 320
THUMBNAIL_QUALITY = 80


class ImageError(InputError):
    """A picture that cannot be used (or read); `message` says why."""


@dataclass(frozen=True)
class PreparedImage(PreparedInput):
    """An image ready to send: `data` is JPEG or PNG bytes that meet Kling's rules."""


def _reader(source: bytes | Path) -> tuple[QImageReader, QBuffer | None]:
    if isinstance(source, Path):
        reader = QImageReader(str(source))
        buffer = None
    else:
        buffer = QBuffer()
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        kind = picture_kind(source[:16])
        if kind is not None:  # no plugin is asked in turn (see media.decode for why)
            reader.setFormat(kind.lower().encode())
    reader.setAutoTransform(True)  # EXIF orientation: what the user sees is what is sent
    return reader, buffer


def read_image(source: bytes | Path, label: str) -> tuple[QImage, str, bool]:
    """Decode `source`; returns (image, format name, whether EXIF turned it)."""
    reader, _buffer = _reader(source)
    fmt = bytes(reader.format().data()).decode() or "unknown"
    size = reader.size()  # from the header: a bomb is refused before it is unpacked
    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        raise ImageError(
            tr(
                "{label} is {w}×{h} pixels ({mp} megapixels); the app takes pictures up to "
                "{max} megapixels. Use a smaller picture.",
                label=label,
                w=size.width(),
                h=size.height(),
                mp=size.width() * size.height() // 1_000_000,
                max=MAX_PIXELS // 1_000_000,
            )
        )
    image = reader.read()
    # Known only once read: the EXIF orientation the reader applied.
    turned = reader.transformation() != QImageIOHandler.Transformation.TransformationNone
    if image.isNull():
        # Qt's reason ("Unsupported image format") is for the log, not for the user.
        log.info("image not readable: %s", reader.errorString())
        raise ImageError(
            tr("{label} cannot be opened as a picture. Use a JPG or PNG file.", label=label)
        )
    return image, fmt, turned


def read_source(source: bytes | Path, label: str) -> bytes:
    """The bytes of a picture the user chose, checked before any decoder sees them: a
    regular file (not a folder, device or pipe, which could never end), of a sane size,
    that starts like a picture. Raises `ImageError` saying what is wrong."""
    if isinstance(source, Path):
        try:
            info = source.stat()
            if not stat.S_ISREG(info.st_mode):
                raise ImageError(
                    tr(
                        "{label}: {path} is not a picture file (it is a folder, a device or "
                        "a pipe).",
                        label=label,
                        path=str(source),
                    )
                )
            if info.st_size > MAX_FILE_BYTES:
                raise ImageError(
                    tr(
                        "{label}: {path} is {mb} MB, too large for a picture. Use a JPG or "
                        "PNG photo.",
                        label=label,
                        path=str(source),
                        mb=info.st_size // 2**20,
                    )
                )
            with source.open("rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise ImageError(
                tr(
                    "{label}: the file {path} cannot be read ({reason}).",
                    label=label,
                    path=str(source),
                    reason=exc.strerror or type(exc).__name__,
                )
            ) from exc
    else:
        data = bytes(source)
    if not data:
        raise ImageError(
            tr(
                "{label} is empty (0 bytes): the file holds no picture. It may still be "
                "downloading or copying; choose it again once it is complete.",
                label=label,
            )
        )
    if picture_kind(data[:16]) is None:
        raise ImageError(
            tr(
                "{label} is not a picture: its contents are not JPG, PNG, WebP, GIF, BMP or "
                "TIFF. Use a JPG or PNG file.",
                label=label,
            )
        )
    return data


def prepare(source: bytes | Path, label: str) -> PreparedImage:
    """Make `source` acceptable to Kling, or raise `ImageError` saying why it cannot be."""
    original = read_source(source, label)
    image, fmt, turned = read_image(original, label)
    width, height = image.width(), image.height()
    if min(width, height) < caps.INPUT_IMAGE_MIN_SIDE:
        raise ImageError(
            tr(
                "{label} is {w}×{h} pixels; Kling needs at least {min} pixels on each side. "
                "Choose a larger image.",
                label=label,
                w=width,
                h=height,
                min=caps.INPUT_IMAGE_MIN_SIDE,
            )
        )
    low, high = caps.INPUT_IMAGE_RATIO
    if not low <= width / height <= high:
        raise ImageError(
            tr(
                "{label} is {w}×{h} pixels, too long and narrow: Kling accepts shapes up to "
                "2.5 times as wide as tall (or as tall as wide). Crop it first.",
                label=label,
                w=width,
                h=height,
            )
        )
    changes: list[str] = []
    if fmt not in ("jpeg", "png"):
        changes.append(str(tr("converted from {fmt}", fmt=fmt.upper())))
    if turned:
        changes.append(str(tr("turned upright")))
    if max(width, height) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        changes.append(str(tr("shrunk from {w}×{h}", w=width, h=height)))
    if not changes and len(original) <= caps.INPUT_IMAGE_MAX_BYTES:
        data, out_fmt = original, fmt
    else:
        data, out_fmt, image = _encode_within_limit(image)
        if len(original) > caps.INPUT_IMAGE_MAX_BYTES:
            changes.append(
                str(tr("made smaller than 10 MB (it was {mb:.1f} MB)", mb=len(original) / 2**20))
            )
    note = None
    if changes:
        note = tr(
            "{label} was {changes} to meet Kling's rules.", label=label, changes=", ".join(changes)
        )
    return PreparedImage(
        data=data,
        format=out_fmt,
        width=image.width(),
        height=image.height(),
        thumbnail=thumbnail(image),
        note=note,
        original_path=str(source) if isinstance(source, Path) else None,
    )


def _encode_within_limit(image: QImage) -> tuple[bytes, str, QImage]:
    if image.hasAlphaChannel():
        data = encode(image, "PNG")
        if len(data) <= caps.INPUT_IMAGE_MAX_BYTES:
            return data, "png", image
        image = _flatten(image)  # too heavy as PNG: JPEG has no transparency
    for quality in (92, 85, 75):
        data = encode(image, "JPEG", quality)
        if len(data) <= caps.INPUT_IMAGE_MAX_BYTES:
            return data, "jpeg", image
    while True:
        image = image.scaled(
            int(image.width() * 0.8),
            int(image.height() * 0.8),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        data = encode(image, "JPEG", 85)
        if len(data) <= caps.INPUT_IMAGE_MAX_BYTES:
            return data, "jpeg", image


def _flatten(image: QImage, background: QColor | None = None) -> QImage:
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(background or QColor(255, 255, 255))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, quality):
        raise ImageError(tr("The image could not be saved as {fmt}.", fmt=fmt))
    return bytes(buffer.data().data())


def thumbnail(image: QImage, side: int = THUMBNAIL_SIDE) -> bytes:
    """A small JPEG (a few tens of KB) for the history."""
    small = image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    if small.hasAlphaChannel():
        small = _flatten(small, QColor(128, 128, 128))
    return encode(small, "JPEG", THUMBNAIL_QUALITY)


def thumbnail_of_file(path: Path) -> tuple[bytes, int, int]:
    """Thumbnail and pixel size of an image file (a downloaded result)."""
    image, _, _ = read_image(path, str(path.name))
    return thumbnail(image), image.width(), image.height()


def image_source_from_mime(mime: QMimeData) -> bytes | Path | None:
    """What a drop or a paste carries: a local image file, or image data (as PNG)."""
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return encode(image, "PNG")
    return None
