"""The latest result, large enough to see, beside the queue (the full viewer comes with
the history sidebar). Pictures are decoded on the thread pool, never on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.store.history import History, OutputRecord
from kling_desktop.ui.background import in_background

PREVIEW = QSize(420, 300)


def _load(output: OutputRecord) -> QImage:
    if output.media == "image" and output.file_present():
        reader = QImageReader(str(output.path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if not image.isNull():
            return image
    return QImage.fromData(output.thumbnail or b"")  # a video's poster frame


class FitLabel(QLabel):
    """Shows a whole picture at whatever size the label has, rescaling as it changes."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.source: QPixmap | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The picture follows the panel's size, never the other way round.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_source(self, pixmap: QPixmap) -> None:
        self.source = pixmap
        self._fit()

    def _fit(self) -> None:
        if self.source is not None and self.width() > 1 and self.height() > 1:
            self.setPixmap(
                self.source.scaled(
                    self.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


class ResultPreview(QWidget):
    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.output: OutputRecord | None = None
        self.picture = FitLabel(self.tr("Your latest result will appear here."))
        self.picture.setMinimumSize(160, 90)
        self.picture.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        for button in (self.open_button, self.folder_button):
            button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open(folder=False))
        self.folder_button.clicked.connect(lambda: self._open(folder=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)

    def show_job(self, job_id: int) -> None:
        job = self.history.get(job_id)
        outputs = self.history.outputs(job_id)
        if job is None or not outputs:
            return
        self.output = outputs[0]
        more = len(outputs) - 1
        caption = " ".join(job.prompt.split())[:160]
        if more:
            caption += "  " + self.tr("(+%n more)", "", more)
        self.caption.setText(caption)
        for button in (self.open_button, self.folder_button):
            button.setEnabled(self.output.file_present())
        output = self.output
        in_background(lambda: _load(output), self._loaded)

    def _loaded(self, image: QImage | None, error: Exception | None) -> None:
        if image is not None and not image.isNull():
            self.picture.set_source(QPixmap.fromImage(image))

    def _open(self, *, folder: bool) -> None:
        if self.output and self.output.file_present():
            target = self.output.path.parent if folder else self.output.path
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
