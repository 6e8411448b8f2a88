"""The queue panel: every job the engine is working on, in words, updating live."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressBar, QTreeWidget, QTreeWidgetItem, QWidget

from kling_desktop.jobs import Engine
from kling_desktop.store import History


def kind_words(kind: str) -> str:
    tr = QCoreApplication.translate
    return {
        "image": tr("QueuePanel", "Image"),
        "text2video": tr("QueuePanel", "Text to video"),
        "image2video": tr("QueuePanel", "Image to video"),
    }.get(kind, kind)


def status_words(status: str) -> str:
    tr = QCoreApplication.translate
    return {
        "queued": tr("QueuePanel", "Waiting to be sent"),
        "submitting": tr("QueuePanel", "Sending"),
        "submitted": tr("QueuePanel", "Waiting on Kling"),
        "processing": tr("QueuePanel", "Kling is making it"),
        "downloading": tr("QueuePanel", "Saving the result"),
        "succeeded": tr("QueuePanel", "Done"),
        "failed": tr("QueuePanel", "Failed"),
        "cancelled": tr("QueuePanel", "Cancelled"),
    }.get(status, status)


class QueuePanel(QTreeWidget):
    """Reads job facts from the history (quick SELECTs) and follows the engine's signals."""

    COLUMNS = 4

    def __init__(self, engine: Engine, history: History, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine = engine
        self.history = history
        self.setHeaderLabels(
            [self.tr("Kind"), self.tr("Prompt"), self.tr("Status"), self.tr("Time")]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setColumnWidth(0, 120)
        self.setColumnWidth(1, 320)
        self.setColumnWidth(2, 220)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._started: dict[int, float] = {}
        engine.job_changed.connect(self._changed)
        engine.job_finished.connect(self._changed)
        engine.job_message.connect(self._message)
        engine.job_progress.connect(self._progress)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def item(self, job_id: int) -> QTreeWidgetItem | None:
        return self._items.get(job_id)

    def _changed(self, job_id: int, status: str) -> None:
        item = self._items.get(job_id)
        if item is None:
            job = self.history.get(job_id)
            if job is None:
                return
            item = QTreeWidgetItem(
                [kind_words(job.kind), " ".join(job.prompt.split())[:80], "", ""]
            )
            item.setToolTip(1, job.prompt)
            item.setData(0, Qt.ItemDataRole.UserRole, job_id)
            self.insertTopLevelItem(0, item)
            self._items[job_id] = item
            self._started[job_id] = time.monotonic()
        item.setText(2, status_words(status))
        if status != "downloading":
            self.removeItemWidget(item, 2)

    def _message(self, job_id: int, text: str) -> None:
        item = self._items.get(job_id)
        if item is not None:
            item.setToolTip(2, text)

    def _progress(self, job_id: int, received: int, total: int) -> None:
        item = self._items.get(job_id)
        if item is None:
            return
        bar = self.itemWidget(item, 2)
        if not isinstance(bar, QProgressBar):
            bar = QProgressBar()
            bar.setTextVisible(True)
            self.setItemWidget(item, 2, bar)
        bar.setRange(0, max(total, 0))
        bar.setValue(received if total > 0 else 0)

    def _tick(self) -> None:
        now = time.monotonic()
        for job_id, item in self._items.items():
            if self.engine.status(job_id) is not None:
                seconds = int(now - self._started[job_id])
                item.setText(3, f"{seconds // 60}:{seconds % 60:02d}")
