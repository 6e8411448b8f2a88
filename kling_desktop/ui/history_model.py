"""The history as a list model: 100,000 jobs without holding 100,000 jobs.

The model keeps only the ids of the rows fetched so far (8 bytes each, paged in from the
store as the view scrolls), the row summaries of the blocks recently painted (a bounded
cache), and the thumbnails recently painted, decoded on the thread pool and kept in a
bounded cache as well. Everything the GUI thread reads comes from quick indexed SELECTs.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage

from kling_desktop.media import decode
from kling_desktop.store.history import History
from kling_desktop.store.records import Filter, Summary
from kling_desktop.ui.background import in_background

JOB_ID = Qt.ItemDataRole.UserRole + 1
SUMMARY = Qt.ItemDataRole.UserRole + 2

ID_PAGE = 400  # ids fetched per scroll step
BLOCK = 64  # summaries read at once
MAX_BLOCKS = 48  # summaries kept: ~3,000 rows
MAX_THUMBS = 400
MAX_WANTED = 96  # thumbnails waiting to be decoded: the rows on screen and a few more
THUMB = QSize(128, 128)  # kept pixels per thumbnail (a 64 px row at 2× scale)

_NONE = QImage()  # "this job has no thumbnail (yet)": remembered so it is not asked again


def _decode(history: History, job_ids: list[int]) -> dict[int, QImage]:
    images = {}
    for job_id, data in history.thumbnails(job_ids).items():
        image = decode.picture(data)
        if not image.isNull():
            images[job_id] = image.scaled(
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
    return images


Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class HistoryModel(QAbstractListModel):
    """Rows are jobs matching `filter`, newest first unless `oldest_first`."""

    count_known = Signal(int)  # how many jobs match the filter (counted in the background)
    thumbnails_ready = Signal()  # new thumbnails decoded: repaint the visible rows

    def __init__(self, history: History, parent=None) -> None:
        super().__init__(parent)
        self.history = history
        self.filter = Filter()
        self.oldest_first = False
        self._ids = array("q")
        self._exhausted = True
        self._blocks: OrderedDict[int, dict[int, Summary]] = OrderedDict()
        self._thumbs: OrderedDict[int, QImage] = OrderedDict()
        self._wanted: dict[int, None] = {}
        self._decoding = False
        self._generation = 0  # bumps on every reset: late answers for an old list are dropped
        self._flush = QTimer(self, singleShot=True, interval=0)
        self._flush.timeout.connect(self._decode_wanted)
        self._recount = QTimer(self, singleShot=True, interval=300)
        self._recount.timeout.connect(self._count)
        self.set_filter(Filter())

    # The list --------------------------------------------------------------------------

    def set_filter(self, filter: Filter, *, oldest_first: bool | None = None) -> None:
        self.beginResetModel()
        self.filter = filter
        if oldest_first is not None:
            self.oldest_first = oldest_first
        self._generation += 1
        self._ids = array("q", self._fetch_ids(None))
        self._exhausted = len(self._ids) < ID_PAGE
        self._blocks.clear()
        self._wanted.clear()
        self.endResetModel()
        self._count()

    def _count(self) -> None:
        generation, wanted = self._generation, self.filter
        in_background(
            lambda: self.history.count(wanted),
            lambda n, error: (
                n is not None and generation == self._generation and self.count_known.emit(n)
            ),
            self,
        )

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _fetch_ids(self, after: int | None) -> list[int]:
        return self.history.ids(
            self.filter, after=after, limit=ID_PAGE, oldest_first=self.oldest_first
        )

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or self._exhausted:
            return
        more = self._fetch_ids(self._ids[-1] if self._ids else None)
        self._exhausted = len(more) < ID_PAGE
        if more:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._ids.extend(more)
            self.endInsertRows()

    def job_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, job_id: int) -> int | None:
        try:
            return self._ids.index(job_id)
        except ValueError:
            return None

    def summary(self, row: int) -> Summary | None:
        if not 0 <= row < len(self._ids):
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            ids = self._ids[block * BLOCK : (block + 1) * BLOCK].tolist()
            rows = self.history.summaries(ids)
            self._blocks[block] = rows
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return rows.get(self._ids[row])

    # Qt's questions ------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if role == JOB_ID:
            return self.job_id(row)
        summary = self.summary(row)
        if summary is None:
            return None
        if role == SUMMARY:
            return summary
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(summary.prompt.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.prompt
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(summary.id)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes) -> QMimeData:
        """Dragging rows out hands the result files to the other app."""
        urls = []
        for index in indexes:
            job_id = self.job_id(index.row())
            if job_id is not None:
                urls += [
                    QUrl.fromLocalFile(str(o.path))
                    for o in self.history.outputs(job_id)
                    if o.file_present()
                ]
        mime = QMimeData()
        mime.setUrls(urls)
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # Thumbnails ----------------------------------------------------------------------

    def thumbnail(self, job_id: int) -> QImage | None:
        image = self._thumbs.get(job_id)
        if image is not None:
            self._thumbs.move_to_end(job_id)
            return None if image is _NONE else image
        self._wanted[job_id] = None
        if len(self._wanted) > MAX_WANTED:  # scrolled past before they were decoded
            del self._wanted[next(iter(self._wanted))]
        if not self._decoding:
            self._flush.start()
        return None

    def _decode_wanted(self) -> None:
        if self._decoding or not self._wanted:
            return
        batch = list(self._wanted)[-48:]  # the latest asked for: what is on screen now
        for job_id in batch:
            del self._wanted[job_id]
        self._decoding = True
        generation = self._generation
        in_background(
            lambda: _decode(self.history, batch),
            lambda images, error: self._decoded(generation, batch, images or {}),
            self,
        )

    def _decoded(self, generation: int, batch: list[int], images: dict[int, QImage]) -> None:
        self._decoding = False
        for job_id in batch:
            self._thumbs[job_id] = images.get(job_id, _NONE)
            self._thumbs.move_to_end(job_id)
        while len(self._thumbs) > MAX_THUMBS:
            self._thumbs.popitem(last=False)
        # Views repaint what they show. (dataChanged over every row would cost the view
        # time in proportion to the whole list, and finding each row costs as much.)
        self.thumbnails_ready.emit()
        if self._wanted:
            self._flush.start()

    # Changes -------------------------------------------------------------------------------

    def job_changed(self, job_id: int) -> None:
        """A job was added or moved on (engine signal): update its row in place, or add it
        where it belongs if it now matches the list."""
        self._forget(job_id)
        row = self.row_of(job_id)
        if row is not None:
            if not self.history.matches(job_id, self.filter):
                self._remove_row(row)
                return
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return
        if not self.history.matches(job_id, self.filter):
            return
        if self.oldest_first:
            if self._exhausted:  # the end of the list is loaded: it goes there
                self._insert(len(self._ids), job_id)
        elif not self._ids or job_id > self._ids[0]:
            self._insert(0, job_id)
        else:
            self.reload()  # an older job reappearing (an undone delete): rare

    def set_favourite(self, job_ids: list[int], favourite: bool) -> None:
        self.history.set_favourite(job_ids, favourite)
        for job_id in job_ids:
            self.job_changed(job_id)

    def remove_jobs(self, job_ids: list[int]) -> None:
        for job_id in job_ids:
            row = self.row_of(job_id)
            if row is not None:
                self._remove_row(row)

    def _forget(self, job_id: int) -> None:
        self._thumbs.pop(job_id, None)
        for block, rows in self._blocks.items():
            if job_id in rows:
                del self._blocks[block]  # re-read when next painted
                return

    def _insert(self, row: int, job_id: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.insert(row, job_id)
        self._blocks.clear()
        self.endInsertRows()
        self._recount.start()

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self._blocks.clear()
        self.endRemoveRows()
        self._recount.start()
