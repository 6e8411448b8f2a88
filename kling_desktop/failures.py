"""The last net: an error that reaches an entry point (the window, `generate`,
`connection`, the self-test) becomes one sentence for the user. The traceback goes to the
log file only (when the log can be written); nothing else is printed.

Qt-free: the command line prints the English sentence, the window translates it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import sqlite3
from pathlib import Path

from kling_desktop.text import Message, tr

log = logging.getLogger("kling_desktop")


def explain(exc: BaseException, log_file: Path | None = None) -> Message:
    """What went wrong, in words, for any exception."""
    from kling_desktop.store.db import StoreError, is_damage

    message = getattr(exc, "message", None)
    if isinstance(message, Message):  # KlingError, StoreError, ImageError...
        return message
    if is_damage(exc) and not isinstance(exc, StoreError):
        return tr("Your history file is damaged and cannot be read.")
    if isinstance(exc, MemoryError):
        return tr("There was not enough memory for this. Close other apps, or use a smaller file.")
    if isinstance(exc, OSError):
        return _os_words(exc)
    if isinstance(exc, sqlite3.Error):
        return tr("Your history could not be read or written ({reason}).", reason=str(exc))
    if isinstance(exc, UnicodeError):
        return tr("Some text could not be read or sent: {reason}", reason=str(exc))
    where = str(log_file) if log_file else ""
    return tr(
        "Kling Desktop stopped because of an unexpected problem ({name}). The details are in "
        "the log file {path}.",
        name=type(exc).__name__,
        path=where,
    )


def _os_words(exc: OSError) -> Message:
    name = exc.filename or ""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        return tr(
            "The disk is full: {path} could not be written. Free some space and try again.",
            path=name,
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return tr(
            "Kling Desktop may not write to {path} ({reason}). Check the folder's "
            "permissions, or choose another data folder with --data-dir.",
            path=name,
            reason=reason,
        )
    if exc.errno in (errno.ENOTDIR, errno.EEXIST) and isinstance(exc, OSError):
        return tr(
            "{path} is a file where Kling Desktop needs a folder. Move the file, or choose "
            "another data folder with --data-dir.",
            path=name,
        )
    return tr("Kling Desktop could not use {path}: {reason}.", path=name, reason=reason)


def record(exc: BaseException) -> None:
    """The traceback, in the log file only. Without a log file (not set up yet, or it
    cannot be written) it goes nowhere: Python's fallback would print it on the terminal."""
    if not any(isinstance(h, logging.FileHandler) for h in logging.getLogger().handlers):
        return
    with contextlib.suppress(Exception):  # the last net must not throw
        log.error("stopped by %s", type(exc).__name__, exc_info=exc)


def handle(exc: BaseException, database: Path | None = None, log_file: Path | None = None):
    """Log `exc` and say what happened. A damaged history (`database`) is moved aside
    first, and the sentence says where; the caller must have closed it."""
    from kling_desktop.store.db import is_damage, move_aside

    record(exc)
    if database is not None and is_damage(exc) and database.exists():
        try:
            target = move_aside(database)
        except OSError:
            return explain(exc, log_file)
        return tr(
            "Your history file was damaged and could not be read. It was moved to {path} "
            "(nothing was deleted); the next start begins a new history.",
            path=str(target),
        )
    return explain(exc, log_file)
