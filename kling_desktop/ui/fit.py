"""Windows that fit the screen they open on: a size asked for is the most a window takes,
never more than the screen's free area (less the title bar and frame the system adds), and
a window that opens is placed wholly on that screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a system's title bar and frame usually add, until the window is shown and the
# real figures are known.
FRAME = QSize(16, 40)


def available(widget: QWidget) -> QRect:
    """The free area (without task bars and docks) of the screen `widget` is on, or of the
    main screen for a window not shown yet."""
    parent = widget.parentWidget()
    screen = (
        (widget.screen() if widget.isVisible() else None)
        or (parent.window().screen() if parent is not None else None)
        or QGuiApplication.primaryScreen()
    )
    return screen.availableGeometry()


def frame_of(widget: QWidget) -> QSize:
    if widget.isVisible():
        outer, inner = widget.frameGeometry(), widget.geometry()
        return QSize(outer.width() - inner.width(), outer.height() - inner.height())
    return FRAME


def fitting(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, made small enough for the widget's screen."""
    area = available(widget)
    frame = frame_of(widget)
    room = QSize(area.width() - frame.width(), area.height() - frame.height())
    return QSize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))


def fit_to_screen(widget: QWidget, wanted: QSize | None = None, *, place: bool = False) -> QSize:
    """Resize `widget` to `wanted` (its current size by default) or as near as its screen
    allows; the size given. With `place`, also move it wholly onto that screen (a dialog
    is left to Qt, which centres it over its window and keeps it on the screen)."""
    size = fitting(widget, wanted or widget.size())
    widget.resize(size)
    if place:
        area = available(widget)
        frame = frame_of(widget)
        pos = widget.pos()
        x = min(pos.x(), area.right() + 1 - size.width() - frame.width())
        y = min(pos.y(), area.bottom() + 1 - size.height() - frame.height())
        widget.move(max(x, area.left()), max(y, area.top()))
    return size


def fits(widget: QWidget) -> bool:
    """Whether the whole window, frame included, is on its screen's free area."""
    area = available(widget)
    outer = widget.frameGeometry() if widget.isVisible() else widget.geometry()
    return area.contains(outer)
