"""Render the application icon (kling_desktop/ui/icon.py) into the files installers need.

    python build/make_icons.py

Writes resources/icons/kling-desktop.png (512 px), kling-desktop-<N>.png for the Linux
hicolor sizes, kling-desktop.ico (16-256 px, Windows) and kling-desktop.icns (macOS). The
results are committed; rerun after changing the drawing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "icons"
HICOLOR = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    from kling_desktop.ui.icon import draw

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    for size in HICOLOR:
        if not draw(size).save(str(OUT / f"kling-desktop-{size}.png")):
            raise SystemExit(f"could not write the {size} px icon")
    draw(512).save(str(OUT / "kling-desktop.png"))
    # An .ico holding every size, each as PNG (Windows Vista and later read these).
    pngs = [_png(draw(size)) for size in ICO]
    (OUT / "kling-desktop.ico").write_bytes(_ico(list(zip(ICO, pngs, strict=True))))
    icns = QImageWriter(str(OUT / "kling-desktop.icns"), b"icns")
    if not icns.write(draw(512).toImage()):
        raise SystemExit(f"could not write the .icns: {icns.errorString()}")
    print(f"icons written to {OUT}")
    return 0


def _png(pixmap) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(data)


def _ico(images: list[tuple[int, bytes]]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per image, then the PNG data."""
    import struct

    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return head + entries + blobs


if __name__ == "__main__":
    raise SystemExit(main())
