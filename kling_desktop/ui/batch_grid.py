"""A batch's results as a grid: each result's picture (or first frame) with the setting
that sets it apart from the others under it, its state when it is not done; Compare
(2 to 4 chosen), Export, and a double-click to show one in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.ui.background import in_background
from kling_desktop.ui.fit import fit_to_screen

if TYPE_CHECKING:
    from kling_desktop.store.history import History

TILE = 180  # side of a result's picture in the grid
JOB = Qt.ItemDataRole.UserRole + 1


class BatchGrid(QDialog):
    compare_requested = Signal(list)  # 2 to 4 job ids
    export_requested = Signal(list)  # job ids
    show_requested = Signal(int)  # a job id, double-clicked

    def __init__(self, history: History, tag: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.history = history
        self.tag = tag
        self.setWindowTitle(self.tr("Batch “{name}”").format(name=name))
        self.grid = QListWidget()
        self.grid.setObjectName("batchGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(TILE, TILE))
        self.grid.setGridSize(QSize(TILE + 24, TILE + 56))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setUniformItemSizes(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.itemSelectionChanged.connect(self._selection)
        self.grid.itemDoubleClicked.connect(lambda item: self.show_requested.emit(item.data(JOB)))
        self.note = QLabel(self.tr("Loading…"))
        self.compare = QPushButton(self.tr("Compare side by side"))
        self.compare.setToolTip(self.tr("Choose 2 to 4 results (Ctrl+click)."))
        self.compare.setEnabled(False)
        self.compare.clicked.connect(lambda: self.compare_requested.emit(self.chosen()))
        self.export = QPushButton(self.tr("Export…"))
        self.export.setToolTip(self.tr("The chosen results, or the whole batch."))
        self.export.clicked.connect(lambda: self.export_requested.emit(self.chosen() or self.jobs))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.compare)
        buttons.addWidget(self.export)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        self.jobs: list[int] = []
        fit_to_screen(self, QSize(4 * (TILE + 24) + 40, 2 * (TILE + 56) + 90))
        self.reload()

    def reload(self) -> None:
        """Read the batch on the pool, then show it (the grid never waits on the disk)."""
        in_background(self._read, self._loaded, self)

    def _read(self) -> list[tuple[int, str, str, QImage | None]]:
        from kling_desktop.jobs.batch import MAX_JOBS, differing
        from kling_desktop.store.records import Filter
        from kling_desktop.ui.words import setting_words, status_words

        ids = self.history.ids(Filter(tag=self.tag), limit=MAX_JOBS, oldest_first=True)
        jobs = [job for job in (self.history.get(i) for i in ids) if job is not None]

        def words(name: str, value: Any) -> str:
            return setting_words(jobs[0].kind, name, value)

        apart = differing([{"model": j.model, **j.request} for j in jobs], words)
        thumbs = self.history.thumbnails([j.id for j in jobs])
        out = []
        for job, label in zip(jobs, apart, strict=True):
            image = QImage.fromData(thumbs[job.id]) if job.id in thumbs else None
            state = "" if job.status.value == "succeeded" else status_words(job.status.value)
            out.append((job.id, label, state, image))
        return out

    def _loaded(self, rows, error: Exception | None) -> None:
        self.grid.clear()
        if error is not None:
            self.note.setText(self.tr("The batch could not be read: {error}").format(error=error))
            return
        self.jobs = [job_id for job_id, *_ in rows]
        for job_id, label, state, image in rows:
            text = "\n".join(part for part in (label, state) if part) or "—"
            item = QListWidgetItem(text)
            item.setData(JOB, job_id)
            item.setToolTip(text)
            if image is not None and not image.isNull():
                item.setIcon(QIcon(_square(image)))
            self.grid.addItem(item)
        self.note.setText(self.tr("%n result(s)", "", len(rows)))

    def chosen(self) -> list[int]:
        return [item.data(JOB) for item in self.grid.selectedItems()]

    def _selection(self) -> None:
        self.compare.setEnabled(2 <= len(self.chosen()) <= 4)


def _square(image: QImage) -> QPixmap:
    """The picture whole, centred on a square: every tile the same size, whatever the
    result's shape, so the words under each line up."""
    scaled = image.scaled(
        TILE, TILE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    square = QPixmap(TILE, TILE)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawImage((TILE - scaled.width()) // 2, (TILE - scaled.height()) // 2, scaled)
    painter.end()
    return square
