"""Keys that belong to one part of the window, named so the Help menu can list them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def native(keys: str | QKeySequence) -> str:
    """Keys as this system writes them ("Ctrl+Return", "⌘↩")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def with_keys(what: str, *keys: str | QKeySequence) -> str:
    """A tooltip that ends with its keys: "Zoom in (+)"."""
    return f"{what} ({', '.join(native(k) for k in keys)})"


def local_key(widget: QWidget, key: str | QKeySequence, slot, text: str = "") -> QAction:
    """A key that works while the focus is inside `widget` (never while typing a prompt);
    `text` says what it does in the Help menu's list of keys."""
    action = QAction(text, widget)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action
