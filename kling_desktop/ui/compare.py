"""Compare 2 to 4 results side by side: pictures at one zoom, moved together; videos on one
timeline, played and paused together; the settings of each, with those that differ picked
out. "Keep this one" stars a result; the others can then go to the trash in one step (with
the history's usual undo).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QTransform
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.media import decode
from kling_desktop.media.video import new_player
from kling_desktop.store.history import History
from kling_desktop.store.records import JobRecord, OutputRecord
from kling_desktop.ui.background import in_background
from kling_desktop.ui.details import parameter_name, parameter_value
from kling_desktop.ui.fit import fit_to_screen
from kling_desktop.ui.viewer import ZOOM_STEP, ImageView, read_picture
from kling_desktop.ui.words import kind_words, model_words

MOST = 4
_SKIPPED = ("prompt", "negative_prompt", "model", "external_task_id")


def settings_rows(jobs: list[JobRecord]) -> tuple[list[str], list[list[str]], set[int]]:
    """(row names, each job's values in words, the rows whose values differ): the model,
    the prompt and every parameter any of the jobs has, in order of first appearance."""
    keys: list[tuple[str, str]] = [("model", ""), ("prompt", "")]
    for job in jobs:
        for name in job.request:
            if name not in _SKIPPED and all(k != name for k, _ in keys):
                keys.append((name, job.kind))
    names, values = [], [[] for _ in jobs]
    for key, kind in keys:
        if key == "model":
            names.append(QCoreApplication.translate("CompareWindow", "Model"))
        elif key == "prompt":
            names.append(QCoreApplication.translate("CompareWindow", "Prompt"))
        else:
            names.append(parameter_name(key, kind))
        for column, job in enumerate(jobs):
            if key == "model":
                words = model_words(job.kind, job.model) if job.model else "—"
            elif key == "prompt":
                words = " ".join(job.prompt.split()) or "—"
            elif key in job.request:
                words = parameter_value(key, job.kind, job.request[key])
            else:
                words = "—"
            values[column].append(words)
    differ = {row for row in range(len(names)) if len({v[row] for v in values}) > 1}
    return names, values, differ


class _Pane(QFrame):
    keep_requested = Signal(int)  # job id
    picture_read = Signal()  # the full picture replaced the thumbnail

    def __init__(self, job: JobRecord, output: OutputRecord | None, parent=None) -> None:
        super().__init__(parent)
        self.job = job
        self.output = output
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{escape(kind_words(job.kind))}</b>")
        self.image: ImageView | None = None
        self.player: QMediaPlayer | None = None
        self.audio: QAudioOutput | None = None
        media = output.media if output is not None else None
        if media in ("video", "audio") and output is not None and output.file_present():
            screen = QVideoWidget()
            self.player = new_player(self)
            self.audio = QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
            self.player.setVideoOutput(screen)
            self.player.setLoops(QMediaPlayer.Loops.Infinite)
            self.player.setSource(QUrl.fromLocalFile(str(output.path)))
            view: QWidget = screen
        else:
            self.image = ImageView()
            if output is not None:
                # The thumbnail at once, the full picture decoded on the pool.
                self.image.set_image(decode.picture(output.thumbnail))
                in_background(lambda: read_picture(output), self._picture_read, self)
            view = self.image
        view.setMinimumSize(200, 150)
        self.settings = QLabel()
        self.settings.setTextFormat(Qt.TextFormat.RichText)
        self.settings.setWordWrap(True)
        self.settings.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.keep = QPushButton(self.tr("Keep this one"))
        self.keep.setCheckable(True)
        self.keep.setToolTip(self.tr("Star it as a favourite; the others can go to the trash."))
        self.keep.toggled.connect(self._say_kept)
        self.keep.clicked.connect(lambda: self.keep_requested.emit(self.job.id))
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(view, 1)
        box.addWidget(self.settings)
        box.addWidget(self.keep)

    def _picture_read(self, image: QImage | None, _error) -> None:
        view = self.image
        if view is None or image is None or image.isNull():
            return
        before = view.transform()
        view.blockSignals(True)  # not a zoom by the user: the window decides the scale
        view.set_image(image)
        view.fitting = False
        view.setTransform(before)
        view.blockSignals(False)
        self.picture_read.emit()

    def _say_kept(self, kept: bool) -> None:
        self.keep.setText(self.tr("★ Kept") if kept else self.tr("Keep this one"))

    def show_settings(self, names: list[str], values: list[str], differ: set[int]) -> None:
        rows = []
        for row, (name, value) in enumerate(zip(names, values, strict=True)):
            text = escape(value if len(value) <= 80 else value[:79] + "…")
            if row in differ:  # bold on a pale mark: not by colour alone
                text = f"<b style='background-color:#fff0a8; color:#1a1a1a'>&nbsp;{text}&nbsp;</b>"
            rows.append(
                f"<tr><td style='padding-right:8px; white-space:nowrap'>{escape(name)}</td>"
                f"<td>{text}</td></tr>"
            )
        self.settings.setText(f"<table cellspacing='1'>{''.join(rows)}</table>")


class CompareWindow(QDialog):
    """Results side by side. `trash_requested` carries the jobs to delete (the window's
    history actions delete them, with their undo)."""

    trash_requested = Signal(list)

    def __init__(
        self,
        history: History,
        job_ids: list[int],
        parent: QWidget | None = None,
        set_favourite: Callable[[list[int], bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._set_favourite = set_favourite or history.set_favourite
        self.setWindowTitle(self.tr("Compare results"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history = history
        jobs = [job for job in (history.get(i) for i in job_ids[:MOST]) if job is not None]
        self.panes: list[_Pane] = []
        grid = QGridLayout()
        columns = 2 if len(jobs) == 4 else max(1, len(jobs))
        for n, job in enumerate(jobs):
            outputs = history.outputs(job.id)
            pane = _Pane(job, outputs[0] if outputs else None)
            pane.keep_requested.connect(self._keep)
            pane.picture_read.connect(self._picture_arrived)
            self.panes.append(pane)
            grid.addWidget(pane, n // columns, n % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)  # equal panes, whatever the pictures' shapes
        names, values, differ = settings_rows(jobs)
        for pane, column in zip(self.panes, values, strict=True):
            pane.show_settings(names, column, differ)
        self.differ_note = QLabel(
            self.tr("Settings that differ are in bold on a yellow mark.")
            if differ
            else self.tr("These results were made with the same settings.")
        )

        # Pictures: one zoom, moved together.
        self._syncing = False
        self._fitted = True  # until the user zooms
        self.images = [p.image for p in self.panes if p.image is not None]
        for view in self.images:
            view.zoom_changed.connect(lambda _s, v=view: self._zoomed(v))
            for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
                bar.valueChanged.connect(lambda _v, v=view: self._moved(v))
        picture_bar = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("Fit"), self.tr("Fit every picture to its pane"), self.fit_all),
            ("1:1", self.tr("Every picture at its actual size"), self.actual_all),
            ("−", self.tr("Zoom out"), lambda: self.zoom_all(1 / ZOOM_STEP)),
            ("+", self.tr("Zoom in"), lambda: self.zoom_all(ZOOM_STEP)),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            picture_bar.addWidget(button)
        picture_bar.addStretch()
        self.picture_tools = QWidget()
        self.picture_tools.setLayout(picture_bar)
        self.picture_tools.setVisible(bool(self.images))

        # Videos: one timeline.
        self.players = [p.player for p in self.panes if p.player is not None]
        for n, pane in enumerate(p for p in self.panes if p.audio is not None):
            pane.audio.setMuted(n > 0)  # one sound at a time: the first one's
        self.play = QPushButton(self.tr("Play all"))
        self.play.clicked.connect(self.toggle_play)
        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setToolTip(self.tr("Drag to move every video to the same moment."))
        self.timeline.sliderMoved.connect(self.seek)
        self.time = QLabel("0:00")
        video_bar = QHBoxLayout()
        video_bar.addWidget(self.play)
        video_bar.addWidget(self.timeline, 1)
        video_bar.addWidget(self.time)
        self.video_tools = QWidget()
        self.video_tools.setLayout(video_bar)
        self.video_tools.setVisible(bool(self.players))
        if self.players:
            lead = self.players[0]
            lead.durationChanged.connect(self._durations)
            lead.positionChanged.connect(self._position)
        self._resync = QTimer(self, interval=1000)
        self._resync.timeout.connect(self._keep_together)

        self.trash_others = QPushButton()
        self.trash_others.setEnabled(False)
        self.trash_others.clicked.connect(self._trash_others)
        self._kept: int | None = None
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.differ_note, 1)
        bottom.addWidget(self.trash_others)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture_tools)
        layout.addLayout(grid, 1)
        layout.addWidget(self.video_tools)
        layout.addLayout(bottom)
        self._say_trash()
        fit_to_screen(self, QSize(1200, 800))

    # Pictures ----------------------------------------------------------------------------

    def _picture_arrived(self) -> None:
        """A full picture replaced its thumbnail: the common scale is worked out again
        (a zoom the user chose stays as it was)."""
        if self._fitted:
            self.fit_all()

    def fit_all(self) -> None:
        """Every picture whole, all at one scale: the one the largest needs."""
        self._fitted = True
        self._syncing = True
        try:
            scales = []
            for view in self.images:
                view.fit()
                scales.append(view.scale_factor())
            common = min(scales, default=1.0)
            for view in self.images:
                view.fitting = False  # the dialog refits them together when it resizes
                view.setTransform(QTransform.fromScale(common, common))
        finally:
            self._syncing = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit_all()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fitted:
            self.fit_all()

    def actual_all(self) -> None:
        self._fitted = False
        if self.images:
            self.images[0].actual_size()

    def zoom_all(self, factor: float) -> None:
        self._fitted = False
        if self.images:
            self.images[0].zoom(factor)

    def _zoomed(self, source: ImageView) -> None:
        if self._syncing:
            return
        self._fitted = False  # the wheel on one picture
        self._syncing = True
        try:
            for view in self.images:
                if view is not source:
                    view.fitting = False
                    view.setTransform(source.transform())
        finally:
            self._syncing = False
        self._moved(source)

    def _moved(self, source: ImageView) -> None:
        """The same part of every picture in view (by fraction: sizes may differ)."""
        if self._syncing:
            return
        self._syncing = True
        try:
            for attr in ("horizontalScrollBar", "verticalScrollBar"):
                bar = getattr(source, attr)()
                span = bar.maximum() - bar.minimum()
                fraction = (bar.value() - bar.minimum()) / span if span else 0.5
                for view in self.images:
                    if view is not source:
                        other = getattr(view, attr)()
                        other.setValue(
                            round(other.minimum() + fraction * (other.maximum() - other.minimum()))
                        )
        finally:
            self._syncing = False

    # Videos ------------------------------------------------------------------------------

    def toggle_play(self) -> None:
        playing = any(
            p.playbackState() == QMediaPlayer.PlaybackState.PlayingState for p in self.players
        )
        for player in self.players:
            player.pause() if playing else player.play()
        self.play.setText(self.tr("Play all") if playing else self.tr("Pause all"))
        self._resync.stop() if playing else self._resync.start()

    def seek(self, ms: int) -> None:
        for player in self.players:
            player.setPosition(min(ms, player.duration()) if player.duration() > 0 else ms)

    def _durations(self, _duration: int) -> None:
        self.timeline.setRange(0, max(p.duration() for p in self.players))

    def _position(self, ms: int) -> None:
        if not self.timeline.isSliderDown():
            self.timeline.setValue(ms)
        seconds = ms // 1000
        self.time.setText(f"{seconds // 60}:{seconds % 60:02d}")

    def _keep_together(self) -> None:
        """Players drift apart over loops: bring the others back to the first one."""
        lead = self.players[0].position()
        for player in self.players[1:]:
            if player.duration() > lead and abs(player.position() - lead) > 150:
                player.setPosition(lead)

    def closeEvent(self, event) -> None:
        for player in self.players:
            player.stop()
        super().closeEvent(event)

    # Keeping one ---------------------------------------------------------------------------

    def _keep(self, job_id: int) -> None:
        pane = next(p for p in self.panes if p.job.id == job_id)
        keep = pane.keep.isChecked()
        self._set_favourite([job_id], keep)
        self._kept = job_id if keep else None
        if keep:  # one pick at a time (favourites from before stay favourites)
            for other in self.panes:
                if other is not pane:
                    other.keep.setChecked(False)
        self._say_trash()

    def others(self) -> list[int]:
        return [p.job.id for p in self.panes if p.job.id != self._kept]

    def _say_trash(self) -> None:
        n = len(self.panes) - 1
        self.trash_others.setText(self.tr("Move the other %n to the trash…", "", n))
        self.trash_others.setEnabled(self._kept is not None)
        self.trash_others.setToolTip(
            self.tr("Delete the results you did not keep (you can undo it for a little while).")
            if self._kept is not None
            else self.tr("First choose the one to keep.")
        )

    def _trash_others(self) -> None:
        if self._kept is None:
            return
        self.trash_requested.emit(self.others())
