"""An embedded video player: play/pause, seek, loop, mute and frame steps.

Imported on first use: QtMultimedia is not needed for the window's first paint.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaMetaData, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.media.video import new_player
from kling_desktop.ui.keys import local_key, native, with_keys

DEFAULT_FPS = 24.0


def _clock(ms: int) -> str:
    seconds = max(0, ms) / 1000
    return f"{int(seconds // 60)}:{seconds % 60:04.1f}"


# The player's keys, for its buttons and for the Help menu (which lists them before any
# video has been played, so without building a player).
KEYS = (
    ("play", ("Space", "K"), QT_TRANSLATE_NOOP("VideoPlayer", "Play or pause")),
    ("back", (",",), QT_TRANSLATE_NOOP("VideoPlayer", "One frame back")),
    ("on", (".",), QT_TRANSLATE_NOOP("VideoPlayer", "One frame on")),
    ("mute", ("M",), QT_TRANSLATE_NOOP("VideoPlayer", "Sound on or off")),
)


def player_keys() -> list[tuple[str, str]]:
    """(keys, what they do) while a video is in view."""
    return [
        (", ".join(native(k) for k in keys), QCoreApplication.translate("VideoPlayer", what))
        for _, keys, what in KEYS
    ]


class VideoPlayer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = new_player(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.screen_widget = QVideoWidget()
        self.player.setVideoOutput(self.screen_widget)
        self.path: Path | None = None
        style = self.style()

        table = {name: (keys, self.tr(what)) for name, keys, what in KEYS}

        def tool(icon, name: str, slot) -> QToolButton:
            keys, what = table[name]
            button = QToolButton()
            button.setIcon(style.standardIcon(icon))
            button.setToolTip(with_keys(what, *keys))
            button.clicked.connect(slot)
            for key in keys:
                local_key(self, key, slot, what)
            return button

        px = QStyle.StandardPixmap
        self.play_button = tool(px.SP_MediaPlay, "play", self.toggle)
        self.back_button = tool(px.SP_MediaSeekBackward, "back", lambda: self.step(-1))
        self.forward_button = tool(px.SP_MediaSeekForward, "on", lambda: self.step(1))
        self.loop_button = QToolButton()
        self.loop_button.setText(self.tr("Loop"))
        self.loop_button.setCheckable(True)
        self.loop_button.setChecked(True)
        self.loop_button.setToolTip(self.tr("Play the video again and again."))
        self.loop_button.toggled.connect(self._loop)
        self.mute_button = tool(px.SP_MediaVolume, "mute", self.toggle_mute)
        self.mute_button.setCheckable(True)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setToolTip(self.tr("Drag to move through the video."))
        self.position.sliderMoved.connect(self.player.setPosition)
        self.time = QLabel(_clock(0))
        self.player.durationChanged.connect(lambda d: self.position.setRange(0, d))
        self.player.positionChanged.connect(self._moved)
        self.player.playbackStateChanged.connect(self._state)
        controls = QHBoxLayout()
        for widget in (self.play_button, self.back_button, self.forward_button):
            controls.addWidget(widget)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time)
        controls.addWidget(self.loop_button)
        controls.addWidget(self.mute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screen_widget, 1)
        # A sound has no picture: a note stands where the video would be.
        self.sound_mark = QLabel("♪")
        self.sound_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.sound_mark.font()
        font.setPointSize(64)
        self.sound_mark.setFont(font)
        self.sound_mark.setToolTip(self.tr("A sound: it plays with the controls below."))
        self.sound_mark.hide()
        layout.addWidget(self.sound_mark, 1)
        layout.addLayout(controls)
        self._loop(True)

    def load(self, path: Path | None, *, play: bool = True) -> None:
        if path == self.path:
            if path is not None and play:
                self.player.play()  # shown, waiting: now asked to play
            return
        self.path = path
        sound = path is not None and path.suffix.lower() in (".mp3", ".wav")
        self.screen_widget.setVisible(not sound)
        self.sound_mark.setVisible(sound)
        self.player.setSource(QUrl.fromLocalFile(str(path)) if path else QUrl())
        if path is not None and play:
            self.player.play()

    def unload(self) -> None:
        self.player.stop()
        self.load(None)

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def toggle_mute(self) -> None:
        self.audio.setMuted(not self.audio.isMuted())
        self.mute_button.setChecked(self.audio.isMuted())
        icon = (
            QStyle.StandardPixmap.SP_MediaVolumeMuted
            if self.audio.isMuted()
            else QStyle.StandardPixmap.SP_MediaVolume
        )
        self.mute_button.setIcon(self.style().standardIcon(icon))

    def frame_ms(self) -> float:
        rate = self.player.metaData().value(QMediaMetaData.Key.VideoFrameRate)
        try:
            fps = float(rate) if rate else DEFAULT_FPS
        except (TypeError, ValueError):
            fps = DEFAULT_FPS
        return 1000 / fps if fps > 0 else 1000 / DEFAULT_FPS

    def step(self, frames: int) -> None:
        self.player.pause()
        target = self.player.position() + round(frames * self.frame_ms())
        self.player.setPosition(max(0, min(target, self.player.duration())))

    def _loop(self, on: bool) -> None:
        self.player.setLoops(QMediaPlayer.Loops.Infinite if on else QMediaPlayer.Loops.Once)

    def _moved(self, position: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(position)
        self.time.setText(f"{_clock(position)} / {_clock(self.player.duration())}")

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
