"""Deleting past results: files go to the system trash (never a hard delete), then the rows
go. Runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QFile

from kling_desktop.store.history import History


@dataclass(frozen=True)
class TrashReport:
    removed: tuple[int, ...]  # jobs gone from the history
    kept: tuple[int, ...]  # jobs put back: one of their files could not go to the trash
    files: int  # files moved to the trash


def trash_jobs(history: History, job_ids: Iterable[int]) -> TrashReport:
    """Move every file of the jobs to the system trash and remove the jobs. A job whose
    file could not be moved (no trash on that disk, no permission) stays in the history,
    visible again, so nothing disappears without the user knowing."""
    removed, kept, files = [], [], 0
    for job_id in job_ids:
        whole = True
        for output in history.outputs(job_id):
            if output.file_present():
                if QFile.moveToTrash(str(output.path)):
                    files += 1
                else:
                    whole = False
        (removed if whole else kept).append(job_id)
    history.purge(removed)
    if kept:
        history.set_deleted(kept, False)
    return TrashReport(tuple(removed), tuple(kept), files)
