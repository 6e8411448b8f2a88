"""The result viewer: a picture to fit, zoom and pan, or a video to play; a strip when a
job made several results; a notice with what to do when a file is gone from the disk.

Pictures are decoded on the thread pool. A result whose file is missing still shows its
thumbnail from the history, so nothing here needs the network.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.media import decode
from kling_desktop.store.history import History
from kling_desktop.store.records import JobRecord, OutputRecord
from kling_desktop.ui.background import in_background
from kling_desktop.ui.keys import local_key, with_keys
from kling_desktop.ui.progress_card import ProgressCard

if TYPE_CHECKING:
    from kling_desktop.jobs.update import JobUpdate

ZOOM_STEP = 1.25


def read_picture(output: OutputRecord) -> QImage:
    """A picture result at full size (blocking: call it on a worker), else its thumbnail."""
    if output.media == "image" and output.file_present():
        reader = QImageReader(str(output.path))
        reader.setAutoTransform(True)
        image = reader.read()
        if not image.isNull():
            return image
    return decode.picture(output.thumbnail)


class ImageView(QGraphicsView):
    """Fits the picture to the window until the user zooms; wheel zooms, drag pans."""

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fitting = True

    def set_image(self, image: QImage) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def has_image(self) -> bool:
        return not self.item.pixmap().isNull()

    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self.fitting = True
        if self.has_image():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
            if self.scale_factor() > 1:  # small pictures are not blown up to fill
                self.resetTransform()
        self.zoom_changed.emit(self.scale_factor())

    def actual_size(self) -> None:
        self.fitting = False
        self.resetTransform()
        self.zoom_changed.emit(1.0)

    def zoom(self, factor: float) -> None:
        new = self.scale_factor() * factor
        if not 0.05 <= new <= 16:
            return
        self.fitting = False
        self.scale(factor, factor)
        self.zoom_changed.emit(self.scale_factor())

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class ResultViewer(QWidget):
    """Shows one job's results. `output` is the one on screen."""

    locate_requested = Signal(int)  # output id
    redownload_requested = Signal(int)  # job id
    cancel_requested = Signal(int)  # job id: the progress card's Cancel

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.job: JobRecord | None = None
        self.outputs: list[OutputRecord] = []
        self._thumbs: list[QImage] = []  # decoded thumbnails of `outputs`, when ready
        self._full_shown = False  # the current picture's full size replaced its thumbnail
        self.output: OutputRecord | None = None
        self._video = None  # made on first use: QtMultimedia costs start-up time

        self.placeholder = QLabel(
            self.tr("Choose a result in the history to see it here, or make a new one.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.image = ImageView()
        self.card = ProgressCard()
        self.card.cancel_requested.connect(self.cancel_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.image)
        self.stack.addWidget(self.card)

        self.missing = QFrame()
        self.missing.setObjectName("missingFile")
        self.missing.setStyleSheet(
            "#missingFile { background: palette(alternate-base); border-radius: 4px; }"
        )
        self.missing_text = QLabel()
        self.missing_text.setWordWrap(True)
        self.redownload_button = QPushButton(self.tr("Download again"))
        self.redownload_button.setToolTip(
            self.tr("Fetch the file again from Kling's server while it still keeps it.")
        )
        self.locate_button = QPushButton(self.tr("Locate file…"))
        self.locate_button.setToolTip(self.tr("Show the app where the file is now."))
        self.redownload_button.clicked.connect(
            lambda: self.job and self.redownload_requested.emit(self.job.id)
        )
        self.locate_button.clicked.connect(
            lambda: self.output and self.locate_requested.emit(self.output.id)
        )
        missing_layout = QHBoxLayout(self.missing)
        missing_layout.addWidget(self.missing_text, 1)
        missing_layout.addWidget(self.redownload_button)
        missing_layout.addWidget(self.locate_button)
        self.missing.setVisible(False)

        self.strip = QListWidget()
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.strip.setIconSize(QSize(64, 64))
        # Fixed cells: the icons arrive after the items (decoded on the pool), and icon mode
        # would otherwise keep the size an item had without one.
        self.strip.setGridSize(QSize(72, 72))
        self.strip.setFixedHeight(80)
        self.strip.setWrapping(False)
        self.strip.setMovement(QListWidget.Movement.Static)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip.setToolTip(self.tr("Every picture this job made."))
        self.strip.currentRowChanged.connect(self._choose)
        self.strip.setVisible(False)

        self.zoom_bar = QWidget()
        bar = QHBoxLayout(self.zoom_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.fit_button = self._tool(
            self.tr("Fit"), self.image.fit, self.tr("Fit to the window"), "0"
        )
        self.actual_button = self._tool(
            self.tr("1:1"), self.image.actual_size, self.tr("Actual pixels"), "1"
        )
        self.zoom_out_button = self._tool(
            "−", lambda: self.image.zoom(1 / ZOOM_STEP), self.tr("Zoom out"), "-"
        )
        self.zoom_in_button = self._tool(
            "+", lambda: self.image.zoom(ZOOM_STEP), self.tr("Zoom in"), "+"
        )
        self.play_button = QPushButton(self.tr("Play video"))
        self.play_button.setToolTip(self.tr("Play this video here, with its controls."))
        self.play_button.clicked.connect(self.play_video)
        self.play_button.setVisible(False)
        self.autoplay = True
        self.zoom_label = QLabel()
        self.image.zoom_changed.connect(lambda f: self.zoom_label.setText(f"{f:.0%}"))
        self.size_label = QLabel()
        for widget in (
            self.fit_button,
            self.actual_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.zoom_label,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.play_button)
        bar.addStretch()
        bar.addWidget(self.size_label)
        self.zoom_bar.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.missing)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.zoom_bar)
        layout.addWidget(self.strip)

    def _tool(self, text: str, slot, what: str, key: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(with_keys(what, key))
        button.clicked.connect(slot)
        local_key(self, key, slot, what)
        return button

    @property
    def video(self):
        if self._video is None:
            from kling_desktop.ui.video_player import VideoPlayer

            self._video = VideoPlayer()
            self.stack.addWidget(self._video)
        return self._video

    # Showing a job --------------------------------------------------------------------------

    def show_job(self, job_id: int | None, index: int = 0, *, autoplay: bool = True) -> None:
        """Show a job's results. A video plays at once only if `autoplay` (the user chose
        it); a result that simply arrived shows its poster frame and a Play button."""
        job = self.history.get(job_id) if job_id is not None else None
        self._show(job, self.history.outputs(job.id) if job else [], index, autoplay)

    def show_update(self, update: JobUpdate) -> None:
        """Show the job as the engine just reported it (no history read)."""
        row = max(0, self.strip.currentRow())
        self._show(update.job, list(update.outputs), row, self.autoplay)

    def _show(
        self, job: JobRecord | None, outputs: list[OutputRecord], index: int, autoplay: bool
    ) -> None:
        self.autoplay = autoplay
        self.job = job
        self.outputs = outputs
        self.strip.blockSignals(True)
        self.strip.clear()
        for output in self.outputs:
            item = QListWidgetItem()
            item.setToolTip(self.tr("Result {n}").format(n=output.index + 1))
            if output.media == "audio":
                # A sound has no picture: a note marks it in the strip (beside its video).
                from kling_desktop.ui.history_delegate import kind_icon

                colour = self.palette().color(self.foregroundRole()).name()
                item.setIcon(QIcon(kind_icon("audio", 64, colour)))
                item.setToolTip(self.tr("Result {n}: the sound").format(n=output.index + 1))
            self.strip.addItem(item)
        self.strip.blockSignals(False)
        # Thumbnails (strip icons, posters, stand-ins for missing files) from the pool.
        self._thumbs = []
        outputs = self.outputs
        in_background(
            lambda: [decode.picture(o.thumbnail) for o in outputs],
            lambda images, _e: self._thumbs_decoded(outputs, images or []),
            self,
        )
        self.strip.setVisible(len(self.outputs) > 1)
        if not self.outputs:
            self.output = None
            self._stop_video()
            self.missing.setVisible(False)
            self.zoom_bar.setVisible(False)
            if job is not None and job.status.active:
                self._show_card(job)
                return
            self.card.stop()
            self.placeholder.setText(self._why_nothing(job))
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.card.stop()
        self.strip.blockSignals(True)  # chosen once, below, not also by the signal
        self.strip.setCurrentRow(min(index, len(self.outputs) - 1))
        self.strip.blockSignals(False)
        self._choose(self.strip.currentRow())

    def _show_card(self, job: JobRecord) -> None:
        new = self.card.job is None or self.card.job.id != job.id
        self.card.show_job(job)
        self.stack.setCurrentWidget(self.card)
        if new:  # how long such jobs usually take here, from the pool
            history = self.history
            in_background(
                lambda: history.typical_seconds(job.kind, job.model, job.profile),
                lambda seconds, _e: self.card.set_typical(job.id, seconds),
                self,
            )

    def _why_nothing(self, job: JobRecord | None) -> str:
        if job is None:
            return self.tr("Choose a result in the history to see it here, or make a new one.")
        return self.tr("This job has no result. The details below say why.")

    def refresh(self) -> None:
        """Re-read the shown job (a file came back, a job finished)."""
        if self.job is not None:
            self.show_job(self.job.id, max(0, self.strip.currentRow()), autoplay=self.autoplay)

    def play_video(self) -> None:
        self.autoplay = True
        self._choose(self.strip.currentRow())

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self.outputs):
            return
        output = self.outputs[row]
        self.output = output
        present = output.file_present()
        self.missing.setVisible(not present)
        if not present:
            alive = output.server_copy_alive()
            self.missing_text.setText(
                self.tr(
                    "This file is no longer where it was saved (moved or deleted outside the "
                    "app). Kling still keeps a copy: download it again, or show where it is now."
                )
                if alive
                else self.tr(
                    "This file is no longer where it was saved, and Kling's copy has expired. "
                    "If you moved it, show the app where it is now."
                )
            )
            self.redownload_button.setVisible(alive)
        self.play_button.setVisible(output.media == "video" and present and not self.autoplay)
        if output.media == "audio" and present:
            # A sound has no picture to show first: its player, waiting for Play (the
            # player shows a note where a video would be).
            self.zoom_bar.setVisible(False)
            self.stack.setCurrentWidget(self.video)
            self.video.load(output.path, play=self.autoplay)
            return
        if output.media == "video" and present and self.autoplay:
            self.zoom_bar.setVisible(False)
            self.stack.setCurrentWidget(self.video)
            self.video.load(output.path)
            return
        self._stop_video()
        self.zoom_bar.setVisible(True)
        self.size_label.setText(
            f"{output.width} × {output.height}" if output.width and output.height else ""
        )
        self.stack.setCurrentWidget(self.image)
        # The thumbnail first (once decoded), then the full picture, both from the pool.
        self._full_shown = False
        self.image.set_image(self._thumbs[row] if row < len(self._thumbs) else QImage())
        if output.media == "image" and present:
            in_background(
                lambda: read_picture(output),
                lambda image, _e: self._decoded(output, image),
                self,
            )

    def _thumbs_decoded(self, outputs: list[OutputRecord], images: list[QImage]) -> None:
        if outputs is not self.outputs:
            return  # another job is shown by now
        self._thumbs = images
        for row, image in enumerate(images):
            if not image.isNull():
                self.strip.item(row).setIcon(QIcon(QPixmap.fromImage(image)))
        row = self.strip.currentRow()
        if self.stack.currentWidget() is self.image and not self._full_shown and row < len(images):
            self.image.set_image(images[row])

    def _decoded(self, output: OutputRecord, image: QImage | None) -> None:
        if self.output is output and image is not None and not image.isNull():
            self._full_shown = True
            fitting = self.image.fitting
            self.image.set_image(image)
            if not fitting:
                self.image.actual_size()

    def _stop_video(self) -> None:
        if self._video is not None:
            self._video.unload()

    def pause(self) -> None:
        if self._video is not None:
            self._video.player.pause()

    def hideEvent(self, event) -> None:
        if self._video is not None:
            self._video.player.pause()
        super().hideEvent(event)

    def current_path(self):
        return self.output.path if self.output and self.output.file_present() else None

    def open_current(self) -> None:
        from PySide6.QtGui import QDesktopServices

        path = self.current_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
