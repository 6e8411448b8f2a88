"""Guards against known-broken versions of what the app is built on."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def test_void_qt_calls_keep_none_alive(qapp):
    """PySide6 6.12.0 under CPython 3.11 decremented None on every void call, so a running
    app aborted after enough calls. A version with that bug must not be installed."""
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(5000):
        timer.stop()
    assert sys.getrefcount(None) >= before - 100
