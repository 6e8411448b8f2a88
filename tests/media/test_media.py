"""Images are fixed for Kling where possible and refused in words where not; videos give
their frames."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage

from kling_desktop.api.filetypes import image_size, sniff
from kling_desktop.media.images import ImageError, encode, image_source_from_mime, prepare
from kling_desktop.media.video import probe
from kling_desktop.sandbox.media import clip, render_image


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


ORANGE = QColor(200, 80, 40)


def solid(w: int, h: int, fmt=QImage.Format.Format_RGB32, color=ORANGE) -> QImage:
    image = QImage(w, h, fmt)
    image.fill(color)
    return image


def test_a_good_image_is_sent_as_it_is():
    png = render_image("fine", "4:3", 0, 1)
    prepared = prepare(png, "The first frame")
    assert prepared.data == png
    assert prepared.note is None
    assert (prepared.width, prepared.height) == (1024, 768)
    assert sniff(prepared.thumbnail[:16]) == "jpeg"
    assert len(prepared.thumbnail) < 40_000


def test_other_formats_are_converted_and_the_user_told():
    webp = encode(solid(800, 600), "WEBP")
    prepared = prepare(webp, "The reference image")
    assert prepared.format == "jpeg" and sniff(prepared.data[:16]) == "jpeg"
    assert prepared.note == "The reference image was converted from WEBP to meet Kling's rules."


def test_huge_images_are_shrunk():
    prepared = prepare(encode(solid(6000, 3000), "PNG"), "The first frame")
    assert (prepared.width, prepared.height) == (4096, 2048)
    assert image_size(prepared.data) == (4096, 2048)
    assert "shrunk from 6000×3000" in prepared.note


def test_heavy_images_are_brought_under_10_mb(tmp_path):
    noise = QImage(os.urandom(2400 * 2400 * 3), 2400, 2400, 2400 * 3, QImage.Format.Format_RGB888)
    path = tmp_path / "noise.png"
    noise.save(str(path), "PNG")
    assert path.stat().st_size > 10 * 2**20
    prepared = prepare(path, "The first frame")
    assert len(prepared.data) <= 10 * 2**20
    assert "made smaller than 10 MB" in prepared.note
    assert prepared.original_path == str(path)


def test_transparent_images_stay_png():
    prepared = prepare(
        encode(solid(600, 600, QImage.Format.Format_ARGB32, QColor(0, 0, 0, 0)), "PNG"),
        "The static mask",
    )
    assert prepared.format == "png"


def with_exif_orientation(jpeg: bytes, orientation: int) -> bytes:
    """`jpeg` with an EXIF APP1 segment saying how to turn it, as phone cameras write."""
    entry = struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    app1 = b"Exif\x00\x00" + b"MM\x00*\x00\x00\x00\x08" + b"\x00\x01" + entry + bytes(4)
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + jpeg[2:]


def test_phone_photos_are_turned_upright():
    photo = with_exif_orientation(encode(solid(800, 400), "JPEG"), 6)  # 6: turn 90° clockwise
    prepared = prepare(photo, "The first frame")
    assert (prepared.width, prepared.height) == (400, 800)
    assert "turned upright" in prepared.note


@pytest.mark.parametrize(
    ("image", "words"),
    [
        (solid(299, 800), "299×800 pixels; Kling needs at least 300 pixels on each side"),
        (solid(1600, 600), "too long and narrow"),
    ],
)
def test_what_cannot_be_fixed_is_refused_in_words(image, words):
    with pytest.raises(ImageError) as info:
        prepare(encode(image, "PNG"), "The first frame")
    assert words in str(info.value)
    assert str(info.value).startswith("The first frame")


def test_not_an_image():
    with pytest.raises(ImageError) as info:
        prepare(b"%PDF-1.7 definitely a document", "The reference image")
    assert "is not a picture: its contents are not JPG, PNG" in str(info.value)


def test_an_empty_file_is_called_empty(tmp_path):
    empty = tmp_path / "half-copied.png"
    empty.write_bytes(b"")
    for source in (empty, b""):
        with pytest.raises(ImageError) as info:
            prepare(source, "The first frame")
        assert str(info.value).startswith("The first frame is empty (0 bytes)")


def test_drops_and_pastes(tmp_path):
    path = tmp_path / "dropped.png"
    path.write_bytes(render_image("x", "1:1", 0, 1))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert image_source_from_mime(mime) == path
    pasted = QMimeData()
    pasted.setImageData(solid(400, 400))
    data = image_source_from_mime(pasted)
    assert sniff(data[:16]) == "png"
    assert image_source_from_mime(QMimeData()) is None


def test_video_poster_and_last_frame(tmp_path):
    path = tmp_path / "clip.mp4"
    path.write_bytes(clip("9:16"))
    first = probe(path)
    assert (first.width, first.height) == (720, 1280)
    assert 4.9 <= first.duration <= 5.1
    last = probe(path, last_frame=True)
    assert (last.width, last.height) == (720, 1280)
    assert last.poster != first.poster  # the clip moves


def test_a_broken_video_is_an_error_not_a_hang(tmp_path):
    path = tmp_path / "broken.mp4"
    path.write_bytes(clip("16:9")[:3000])
    with pytest.raises(ImageError) as info:
        probe(Path(path), timeout_ms=5000)
    assert "cannot be played" in str(info.value)
