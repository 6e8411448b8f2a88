"""Pictures already in memory (thumbnails, cached pictures) as images: light, and safe on
worker threads.

Qt decodes bytes of unknown format by asking each image plugin in turn whether it can
read them, and the SVG plugin answers by opening a QTextStream, whose signal connection
takes Qt's global connection lock. On a worker thread that holds Python's lock, that can
deadlock with the GUI thread disconnecting a signal (which needs Python's lock to ask
whether Python overrides `disconnectNotify`). So the format is named from the bytes'
signature, and bytes that are no picture format the app stores give a null image,
without asking any plugin.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

#: What a picture file starts with, and Qt's name for the format.
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)


def picture_kind(head: bytes) -> str | None:
    """The picture format `head` (a file's first bytes) starts with, or None."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    for signature, name in SIGNATURES:
        if head.startswith(signature):
            return name
    return None


def picture(data: bytes | None) -> QImage:
    """`data` as an image; a null image when it is empty or no known picture format."""
    kind = picture_kind(data[:16]) if data else None
    if kind is None:
        return QImage()
    return QImage.fromData(data, kind.upper())  # type: ignore[arg-type]
