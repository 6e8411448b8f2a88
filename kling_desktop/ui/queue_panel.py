"""The queue panel: every job of this session, in words, updating live.

Active jobs show their status (the same words as the history and the progress card), the
time they have taken (a progress bar while saving) and a Cancel button; finished ones show
their thumbnail. Right-click to retry, open the result or show it in its folder.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QMenu,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from kling_desktop.media import decode
from kling_desktop.store.history import History
from kling_desktop.store.records import JobRecord, JobStatus
from kling_desktop.text import from_stored
from kling_desktop.ui.background import in_background
from kling_desktop.ui.words import (
    clock_words,
    job_seconds,
    kind_words,
    status_words,
    translated,
)

if TYPE_CHECKING:
    from kling_desktop.jobs.engine import Engine
    from kling_desktop.jobs.update import JobUpdate

JOB_ID = Qt.ItemDataRole.UserRole
KIND, PROMPT, STATUS, TIME, ACTION, DETAILS = range(6)
ROW_HEIGHT = 38  # every row, with or without its thumbnail or button: rows never jump
#: Ended jobs the queue keeps listed; older ones leave it (the history keeps them all), so
#: a session of many batches does not grow the window without end.
MAX_ENDED = 300


class QueuePanel(QTreeWidget):
    """Follows the engine's signals, which carry each job as a step left it, so following
    jobs reads nothing from the history; only the user's actions (open, copy) do."""

    result_ready = Signal(int)  # job id of a job that just succeeded
    cancel_requested = Signal(int)  # job id: a row's Cancel button or menu

    def __init__(
        self, engine: Engine | None, history: History, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self.history = history
        self.setHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Prompt"),
                self.tr("Status"),
                self.tr("Time"),
                "",
                self.tr("Details"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setIconSize(QSize(48, 32))
        for column, width in enumerate((150, 280, 170, 60, 90)):
            self.setColumnWidth(column, width)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemDoubleClicked.connect(lambda item, _: self.open_result(self._job_id(item)))
        self._items: dict[int, QTreeWidgetItem] = {}
        self._jobs: dict[int, JobRecord] = {}  # as last reported, for the time column
        # Finished in this session, whatever their status, in the order they ended.
        self._ended: dict[int, None] = {}
        self._status: dict[int, str] = {}
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        if engine is not None:
            self.attach(engine)

    def attach(self, engine: Engine) -> None:
        """Follow `engine` (the window builds the queue before the engine exists)."""
        self.engine = engine
        engine.job_changed.connect(self._changed)
        engine.job_finished.connect(self._finished)
        engine.job_message.connect(self._message)
        engine.job_progress.connect(self._progress)

    def item(self, job_id: int) -> QTreeWidgetItem | None:
        return self._items.get(job_id)

    def status_of(self, job_id: int) -> str | None:
        return self._status.get(job_id)

    # Following the engine -----------------------------------------------------------------

    def _changed(self, update: JobUpdate) -> None:
        job = update.job
        job_id, status = job.id, job.status.value
        item = self._items.get(job_id)
        if item is None:
            item = QTreeWidgetItem(
                [kind_words(job.kind), " ".join(job.prompt.split())[:80], "", "", "", ""]
            )
            item.setToolTip(KIND, item.text(KIND))
            item.setToolTip(PROMPT, job.prompt)
            item.setData(0, JOB_ID, job_id)
            item.setSizeHint(0, QSize(0, ROW_HEIGHT))
            self.insertTopLevelItem(0, item)
            self._items[job_id] = item
        self._jobs[job_id] = job
        item.setText(TIME, clock_words(job_seconds(job)))  # at the end, its final figure
        self._status[job_id] = status
        item.setText(STATUS, status_words(status, job.profile))
        if status != "downloading":
            self.removeItemWidget(item, STATUS)
        if job.status.active and self.itemWidget(item, ACTION) is None:
            button = QPushButton(self.tr("Cancel"))
            button.setToolTip(self.tr("Stop this job"))
            button.clicked.connect(lambda: self._cancel(job_id))
            self.setItemWidget(item, ACTION, button)
        elif not job.status.active:
            self.removeItemWidget(item, ACTION)

    def _cancel(self, job_id: int) -> None:
        item = self._items.get(job_id)
        button = self.itemWidget(item, ACTION) if item is not None else None
        if button is not None:
            button.setEnabled(False)
        self.cancel_requested.emit(job_id)

    def _finished(self, update: JobUpdate) -> None:
        self._changed(update)
        job = update.job
        item = self._items.get(job.id)
        if item is None:
            return
        # Over for this session, even a paid result left to be saved later: no Cancel,
        # and its clock stops.
        self.removeItemWidget(item, ACTION)
        self._ended[job.id] = None
        while len(self._ended) > MAX_ENDED:
            self._forget(next(iter(self._ended)))
        if job.status is JobStatus.FAILED:
            item.setText(DETAILS, translated(from_stored(job.error)))
            item.setToolTip(DETAILS, item.text(DETAILS))
        if job.status is JobStatus.SUCCEEDED:
            data = next((o.thumbnail for o in update.outputs if o.thumbnail), None)
            if data:
                # Decoded on the thread pool; only the ready pixels reach the GUI thread.
                in_background(
                    lambda: _icon_pixels(decode.picture(data)),
                    lambda image, _e: (
                        image is not None and item.setIcon(0, QIcon(QPixmap.fromImage(image)))
                    ),
                    self,
                )
            count = len(update.outputs)
            item.setText(DETAILS, self.tr("%n file(s) saved; double-click to open", "", count))
            self.result_ready.emit(job.id)

    def _forget(self, job_id: int) -> None:
        """Take an ended job's row out of the queue (not out of the history)."""
        self._ended.pop(job_id, None)
        item = self._items.pop(job_id, None)
        self._jobs.pop(job_id, None)
        self._status.pop(job_id, None)
        if item is not None:
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))

    def _message(self, job_id: int, text: str) -> None:
        item = self._items.get(job_id)
        if item is not None:
            item.setText(DETAILS, text)
            item.setToolTip(DETAILS, text)

    def _progress(self, job_id: int, received: int, total: int) -> None:
        item = self._items.get(job_id)
        if item is None:
            return
        bar = self.itemWidget(item, STATUS)
        if not isinstance(bar, QProgressBar):
            bar = QProgressBar()
            self.setItemWidget(item, STATUS, bar)
        bar.setRange(0, max(total, 0))
        bar.setValue(received if total > 0 else 0)

    def _tick(self) -> None:
        now = time.time()
        for job_id, item in self._items.items():
            job = self._jobs[job_id]
            if job.status.active and job_id not in self._ended:
                item.setText(TIME, clock_words(job_seconds(job, now)))

    # Actions ----------------------------------------------------------------------------------

    def _job_id(self, item: QTreeWidgetItem | None) -> int | None:
        return item.data(0, JOB_ID) if item is not None else None

    def _menu(self, position) -> None:
        job_id = self._job_id(self.itemAt(position))
        if job_id is None:
            return
        status = self._status.get(job_id, "")
        menu = QMenu(self)
        if JobStatus(status).active:
            menu.addAction(self.tr("Cancel"), lambda: self._cancel(job_id))
        if status in ("failed", "cancelled"):
            menu.addAction(self.tr("Try again"), lambda: self.engine.retry(job_id))
        if status == "succeeded":
            menu.addAction(self.tr("Open"), lambda: self.open_result(job_id))
            menu.addAction(self.tr("Show in folder"), lambda: self.show_in_folder(job_id))
        menu.addAction(self.tr("Copy prompt"), lambda: self._copy_prompt(job_id))
        menu.exec(self.viewport().mapToGlobal(position))

    def open_result(self, job_id: int | None) -> None:
        if job_id is None:
            return
        outputs = [o for o in self.history.outputs(job_id) if o.file_present()]
        if outputs:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(outputs[0].path)))

    def show_in_folder(self, job_id: int) -> None:
        outputs = [o for o in self.history.outputs(job_id) if o.file_present()]
        if outputs:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(outputs[0].path.parent)))

    def _copy_prompt(self, job_id: int) -> None:
        from PySide6.QtWidgets import QApplication

        job = self.history.get(job_id)
        if job is not None:
            QApplication.clipboard().setText(job.prompt)


def _icon_pixels(image):
    """The thumbnail at the size a row shows it (twice over, for a sharp 2× screen): a
    session's queue keeps every row's icon, so a whole thumbnail's pixels each (about a
    quarter of a megabyte) grew the window by ~48 MB a batch of 200."""
    if image.isNull():
        return image
    return image.scaled(
        96, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
