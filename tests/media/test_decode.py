"""Pictures in memory are decoded by the format their bytes name, without asking Qt's
plugins in turn: PNG, JPEG and WebP thumbnails decode; empty bytes, text and damaged
bytes give a null image."""

from __future__ import annotations

from PySide6.QtGui import QImage

from kling_desktop.media import decode, images

SVG = b"<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'/>"


def test_stored_formats_decode(qapp):
    source = QImage(40, 30, QImage.Format.Format_RGB32)
    source.fill(0xFF3366)
    for fmt in ("PNG", "JPEG", "WEBP"):
        image = decode.picture(images.encode(source, fmt))
        assert not image.isNull() and (image.width(), image.height()) == (40, 30), fmt


def test_anything_else_is_a_null_image_and_no_plugin_is_asked(qapp):
    assert decode.picture(None).isNull() and decode.picture(b"").isNull()
    assert decode.picture(b"\xff\xd8\xff not a jpeg").isNull()
    # Qt would read the SVG by asking its plugins (the one that can deadlock a worker
    # thread); named formats only, it is not asked.
    assert decode.picture(SVG).isNull()
