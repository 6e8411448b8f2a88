"""Video poster frames and facts, decoded with QtMultimedia (its bundled FFmpeg).

Usable on any thread that has no other event loop running: a local event loop waits for the
frame, bounded by a timeout, so a damaged file can never hang a worker.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

from kling_desktop.media.images import ImageError
from kling_desktop.text import tr

_MAKING_PLAYER = threading.Lock()


def new_player(parent: QObject | None = None) -> QMediaPlayer:
    """A QMediaPlayer, made by one thread at a time (workers probing downloads, the window
    playing them). The first one loads Qt's FFmpeg backend while holding Qt's lock on it,
    and the backend logs as it loads: through a Python message handler (pytest-qt installs
    one) that needs Python's lock, which a second thread making a player keeps while it
    waits for Qt's. Both then wait forever. Waiting on this lock lets go of Python's."""
    with _MAKING_PLAYER:
        return QMediaPlayer(parent)


@dataclass(frozen=True)
class VideoInfo:
    poster: QImage  # the first frame
    width: int
    height: int
    duration: float  # seconds


def probe(path: Path, *, last_frame: bool = False, timeout_ms: int = 10_000) -> VideoInfo:
    """The first (or last) frame of the video at `path`, its size and duration."""
    player = new_player()
    sink = QVideoSink()
    player.setVideoOutput(sink)
    player.setAudioOutput(None)
    loop = QEventLoop()
    found: dict[str, QImage] = {}
    failure: list[str] = []

    def on_frame(frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        found["image"] = image
        if not last_frame:
            loop.quit()

    def on_status(status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia and not player.hasVideo():
            failure.append("no picture")  # a container with nothing to show: say so now
            loop.quit()
            return
        if status == QMediaPlayer.MediaStatus.LoadedMedia and last_frame:
            player.setPosition(max(0, player.duration() - 1))
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            loop.quit()
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            failure.append(player.errorString() or "invalid media")
            loop.quit()

    sink.videoFrameChanged.connect(on_frame)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(lambda *_: (failure.append(player.errorString()), loop.quit()))
    timer = QTimer(singleShot=True, interval=timeout_ms)
    timer.timeout.connect(loop.quit)
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    timer.start()
    loop.exec()
    timer.stop()
    duration = player.duration() / 1000
    player.stop()
    player.setSource(QUrl())
    image = found.get("image")
    if image is None:
        raise ImageError(
            tr(
                "The video {name} cannot be played ({reason}).",
                name=path.name,
                reason=failure[0] if failure else "no picture",
            )
        )
    return VideoInfo(poster=image, width=image.width(), height=image.height(), duration=duration)
