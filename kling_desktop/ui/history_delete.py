"""Deleting history items: asked first, the rows gone at once, undone with Ctrl+Z for a
while (`UNDO_SECONDS`), then the files moved to the system trash on the thread pool. A
delete the app could not finish (it quit or crashed inside the undo window) is finished at
the next start: the user had confirmed it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from kling_desktop.ui.background import in_background

if TYPE_CHECKING:
    from kling_desktop.context import AppContext
    from kling_desktop.ui.history_panel import HistoryPanel
    from kling_desktop.ui.viewer import ResultViewer


class Window(Protocol):
    """What a delete needs of the main window: what the middle shows, and to empty it."""

    viewer: ResultViewer

    def show_job(self, job_id: int | None) -> None: ...


log = logging.getLogger("kling_desktop.ui")

UNDO_SECONDS = 20  # how long a delete can be undone before the files go to the trash


class Deletion(QObject):
    #: Whether a delete can be undone now.
    undoable = Signal(bool)

    def __init__(
        self,
        window: Window,
        context: AppContext,
        panel: HistoryPanel,
        selected: Callable[[], list[int]],
    ) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.context = context
        self.history = context.history
        self.panel = panel
        self.selected = selected
        self._pending: list[int] = []
        self._commit_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._commit_timer.timeout.connect(self.commit)
        self.panel.undo_button.clicked.connect(self.undo)
        # Looked for off the GUI thread: it reads the whole history.
        in_background(self.history.deleted_ids, self._finish_interrupted, self)

    def delete_selected(self, *, confirm: bool = True) -> None:
        self.delete(self.selected(), confirm=confirm)

    def delete(self, ids: list[int], *, confirm: bool = True) -> bool:
        """Delete `ids` (asked first, undone with Ctrl+Z for a while); True if done."""
        if not ids:
            return False
        if confirm:
            from kling_desktop.ui.ask import ask

            if not ask(
                self.window,
                self.tr("Delete"),
                self.tr(
                    "Delete %n job(s) from the history? Their files go to the system trash. "
                    "You can undo this for a little while.",
                    "",
                    len(ids),
                ),
                self.tr("Delete"),
                self.tr("Keep"),
            ):
                return False
        self.commit()  # one undo at a time: the previous delete becomes final
        for job_id in ids:
            if self.context.engine.status(job_id) is not None:
                self.context.engine.cancel(job_id)
        self.history.set_deleted(ids, True)
        model = self.panel.model
        rows = [r for r in map(model.row_of, ids) if r is not None]
        model.remove_jobs(ids)
        self._pending = ids
        self.undoable.emit(True)
        self.panel.show_undo(self.tr("Deleted %n job(s).", "", len(ids)))
        self._commit_timer.start()
        viewer = self.window.viewer
        if viewer.job is not None and viewer.job.id in ids:
            self.window.show_job(None)
        self._after_delete(min(rows, default=0))
        return True

    def _after_delete(self, row: int) -> None:
        """The row that took the deleted ones' place is chosen (selected, shown, as in a
        file manager: Delete again goes on), and the keys are the history's, so Ctrl+Z
        undoes at once, whatever had the focus (the menu, the confirmation)."""
        from PySide6.QtCore import QItemSelectionModel

        view = self.panel.list
        model = self.panel.model
        index = model.index(min(row, model.rowCount() - 1), 0)
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            view.selectionModel().setCurrentIndex(index, flags)
        view.setFocus()

    def _take_pending(self) -> list[int]:
        """The delete that could still be undone (none after this)."""
        ids, self._pending = self._pending, []
        self._commit_timer.stop()
        self.undoable.emit(False)
        self.panel.show_undo("")
        return ids

    def undo(self) -> None:
        ids = self._take_pending()
        if not ids:
            return
        self.history.set_deleted(ids, False)
        self.panel.model.reload()
        self.panel.select_job(ids[0])

    def commit(self, *, wait: bool = False) -> None:
        """Make the pending delete final: files to the trash, rows removed."""
        ids = self._take_pending()
        if not ids:
            return
        from kling_desktop.jobs.trash import trash_jobs

        history = self.history
        if wait:  # quitting: a few renames, done before the window goes
            self._trashed(trash_jobs(history, ids), None)
        else:
            in_background(lambda: trash_jobs(history, ids), self._trashed)

    def _finish_interrupted(self, ids: list[int] | None, error) -> None:
        if error is not None:
            log.warning("could not look for unfinished deletes: %s", error)
            return
        ids = [i for i in ids or () if i not in self._pending]  # not one to undo
        if ids:
            from kling_desktop.jobs.trash import trash_jobs

            history = self.history
            in_background(lambda: trash_jobs(history, ids), self._trashed)

    def _trashed(self, report, error) -> None:
        if report is None:
            log.error("delete failed: %s", error)
            return
        if report.kept:
            self.panel.model.reload()
            QMessageBox.warning(
                self.window,
                self.tr("Delete"),
                self.tr(
                    "%n job(s) were kept: a file could not be moved to the trash "
                    "(the disk may have no trash, or the file is in use).",
                    "",
                    len(report.kept),
                ),
            )
