"""Regenerate the sandbox's committed assets with Qt (a developer tool, not shipped code).

- `glyphs.bin`: a small anti-aliased bitmap font (printable ASCII), so the sandbox can
  write the prompt onto its demo images in pure Python, without Qt or Pillow.
- `clip-16x9.mp4`, `clip-9x16.mp4`, `clip-1x1.mp4`: short real MP4 videos (MPEG-4 Part 2,
  encoded by QtMultimedia's bundled FFmpeg) that the sandbox serves as video results.

Run: `QT_QPA_PLATFORM=offscreen python tools/make_sandbox_assets.py`
"""

from __future__ import annotations

import json
import math
import os
import sys
import zlib
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPointF, QRectF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage, QPainter
from PySide6.QtMultimedia import (
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameInput,
)

ASSETS = Path(__file__).resolve().parent.parent / "kling_desktop" / "sandbox" / "assets"
FPS = 24
SECONDS = 5


def make_glyphs(pixel_size: int = 28) -> bytes:
    font = QFont("DejaVu Sans")
    font.setPixelSize(pixel_size)
    font.setBold(True)
    metrics = QFontMetrics(font)
    height = metrics.height()
    widths = []
    blobs = []
    for code in range(32, 127):
        ch = chr(code)
        width = max(1, metrics.horizontalAdvance(ch))
        image = QImage(width, height, QImage.Format.Format_Grayscale8)
        image.fill(0)
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(0, metrics.ascent(), ch)
        painter.end()
        rows = b"".join(bytes(image.constScanLine(y))[:width] for y in range(height))
        widths.append(width)
        blobs.append(rows)
    header = json.dumps({"first": 32, "height": height, "widths": widths}).encode()
    return zlib.compress(header + b"\n" + b"".join(blobs), 9)


def frame(width: int, height: int, t: float, label: str) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    hue = int(200 + 60 * math.sin(t * 0.8)) % 360
    painter.fillRect(image.rect(), QColor.fromHsv(hue, 150, 110))
    radius = min(width, height) * 0.18
    cx = width / 2 + math.cos(t * 1.6) * width * 0.3
    cy = height / 2 + math.sin(t * 2.1) * height * 0.3
    painter.setBrush(QColor.fromHsv((hue + 150) % 360, 200, 240))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(cx, cy), radius, radius)
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(14, height // 12))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(255, 255, 255))
    painter.drawText(
        QRectF(0, height * 0.04, width, height * 0.2), Qt.AlignmentFlag.AlignHCenter, label
    )
    painter.drawText(
        QRectF(0, height * 0.8, width, height * 0.16), Qt.AlignmentFlag.AlignHCenter, f"{t:0.1f} s"
    )
    painter.end()
    return image


def make_clip(path: Path, width: int, height: int) -> None:
    session = QMediaCaptureSession()
    video_input = QVideoFrameInput()
    session.setVideoFrameInput(video_input)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media_format = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    media_format.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    recorder.setMediaFormat(media_format)
    recorder.setVideoResolution(width, height)
    recorder.setVideoFrameRate(FPS)
    recorder.setQuality(QMediaRecorder.Quality.LowQuality)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    total = FPS * SECONDS
    sent = 0
    loop = QEventLoop()

    def send() -> None:
        # One frame per readyToSendVideoFrame: frames pushed faster are silently dropped.
        nonlocal sent
        if sent == total:
            if recorder.recorderState() == QMediaRecorder.RecorderState.RecordingState:
                recorder.stop()
            return
        video_frame = QVideoFrame(frame(width, height, sent / FPS, "KLING DESKTOP · DEMO"))
        video_frame.setStartTime(sent * 1_000_000 // FPS)
        video_frame.setEndTime((sent + 1) * 1_000_000 // FPS)
        video_frame.setStreamFrameRate(FPS)
        if video_input.sendVideoFrame(video_frame):
            sent += 1

    def state_changed(state) -> None:
        if state == QMediaRecorder.RecorderState.RecordingState:
            send()  # frames sent before the encoder runs would be dropped
        elif state == QMediaRecorder.RecorderState.StoppedState:
            loop.quit()

    video_input.readyToSendVideoFrame.connect(send)
    recorder.recorderStateChanged.connect(state_changed)
    recorder.errorOccurred.connect(lambda *a: print("recorder error", a, file=sys.stderr))
    recorder.record()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    print(path.name, path.stat().st_size, "bytes")


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 (fonts need an application)
    ASSETS.mkdir(parents=True, exist_ok=True)
    glyphs = make_glyphs()
    (ASSETS / "glyphs.bin").write_bytes(glyphs)
    print("glyphs.bin", len(glyphs), "bytes")
    # Kling's 720p sizes: a demo video meets the pixel limits of what takes videos.
    for name, (w, h) in {"16x9": (1280, 720), "9x16": (720, 1280), "1x1": (720, 720)}.items():
        make_clip(ASSETS / f"clip-{name}.mp4", w, h)
    # PySide6 can crash while finalising multimedia objects at exit; the files are closed.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
