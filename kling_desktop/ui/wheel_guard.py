"""The mouse wheel scrolls a form; it changes a setting only once the user has clicked or
tabbed into it. Without this, scrolling down a form over a drop-down or a number box moved
the length from 5 s to 14 s (and the price with it), and "How many" from 1 to 4."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollArea, QWidget

#: The widgets the wheel would change.
GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def guarded_in(root: QWidget) -> list[QWidget]:
    """The widgets under `root` the wheel would change."""
    return [w for kind in GUARDED for w in root.findChildren(kind)]


class WheelGuard(QObject):
    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll

    def guard(self, root: QWidget) -> None:
        """Guard every such widget under `root` (again after fields add rows: harmless)."""
        for widget in guarded_in(root):
            if widget is self.scroll.verticalScrollBar():
                continue
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        # The form scrolls instead, as if the wheel were over the form's background.
        QCoreApplication.sendEvent(self.scroll.verticalScrollBar(), event)
        return True
