"""Run a function on Qt's thread pool and get its result back on the GUI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Call(QRunnable):
    class Done(QObject):
        finished = Signal(object, object)  # result, exception

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.done = _Call.Done()

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:
            result, error = None, exc
        # RuntimeError: the app quit while this ran and took the receiver with it.
        with contextlib.suppress(RuntimeError):
            self.done.finished.emit(result, error)


_running: set[_Call] = set()


def in_background(
    fn: Callable[[], Any],
    then: Callable[[Any, Exception | None], None],
    owner: QObject | None = None,
) -> None:
    """Call `fn()` on a pool thread, then `then(result, error)` on the GUI thread, unless
    `owner` (the widget that asked) has been destroyed in the meantime."""
    if owner is None and isinstance(getattr(then, "__self__", None), QObject):
        owner = then.__self__  # a method of a widget: that widget
    call = _Call(fn)
    _running.add(call)  # keep the signal's owner alive until it reports

    def finished(result: Any, error: Exception | None) -> None:
        _running.discard(call)
        if owner is not None and not shiboken6.isValid(owner):
            return
        then(result, error)

    call.done.finished.connect(finished)
    QThreadPool.globalInstance().start(call)
