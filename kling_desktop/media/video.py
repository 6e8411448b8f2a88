"""Video poster frames and facts, decoded with QtMultimedia (its bundled FFmpeg).

Usable on any thread that has no other event loop running: a local event loop waits for the
frame, bounded by a timeout, so a damaged file can never hang a worker.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

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
    """The first (or last) frame of the video at `path`, its size and duration.

    Nothing is connected: the player's state and the sink's frame are looked at between
    turns of a local event loop. Workers call this; a signal connected on a worker while
    the window's thread drops a connection of its own can leave each thread holding the
    lock the other waits for (Qt's lock on connections, Python's lock), for ever."""
    player = new_player()
    sink = QVideoSink()
    player.setVideoOutput(sink)
    player.setAudioOutput(None)
    loop = QEventLoop()
    wake = QTimer()  # its timer events wake the loop below: nothing needs to be connected
    wake.start(15)
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    deadline = time.monotonic() + timeout_ms / 1000
    image: QImage | None = None
    failure = ""
    sought = False
    loaded_at: float | None = None  # when the player first had the media loaded
    ended_at = 0.0
    ready = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    while time.monotonic() < deadline:
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        status = player.mediaStatus()
        if status == QMediaPlayer.MediaStatus.InvalidMedia or (
            player.error() != QMediaPlayer.Error.NoError
        ):
            failure = player.errorString() or "invalid media"
            break
        if status in ready and loaded_at is None:
            loaded_at = time.monotonic()
        if loaded_at is not None and time.monotonic() - loaded_at > 0.5 and not player.hasVideo():
            failure = "no picture"  # a container with nothing to show: say so now
            break
        frame = sink.videoFrame()
        if frame.isValid():
            shown = frame.toImage()
            if not shown.isNull():
                image = shown
                if not last_frame:
                    break
        if last_frame and not sought and status in ready and player.duration() > 0:
            # A little before the end: the frames from there on are looked at as they
            # show (the sink is empty again once the end is reached), the last one kept.
            player.setPosition(max(0, player.duration() - 200))
            sought = True
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            # The last frame may come just after the end is said: a moment's grace.
            ended_at = ended_at or time.monotonic()
            if image is not None or time.monotonic() - ended_at > 1.0:
                break
    wake.stop()
    duration = player.duration() / 1000
    player.stop()
    player.setSource(QUrl())
    if image is None:
        raise ImageError(
            tr(
                "The video {name} cannot be played ({reason}).",
                name=path.name,
                reason=failure or "no picture",
            )
        )
    return VideoInfo(poster=image, width=image.width(), height=image.height(), duration=duration)
