"""What the main window keeps between runs, in the config folder: where the window and its
docks were (`window.json`) and what each form held (`forms.json`). Files are replaced
whole (written beside, then renamed), so a crash never leaves half of one; one that cannot
be read is as if there were none."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow

log = logging.getLogger("kling_desktop.ui")


class WindowMemory:
    def __init__(self, window: QMainWindow, config: Path) -> None:
        self.window = window
        self.layout_file = config / "window.json"
        self.forms_file = config / "forms.json"

    # The window and its docks -----------------------------------------------------------

    def restore_layout(self) -> bool:
        """Put the window and its docks as the user left them; False if there is no saved
        layout (or it cannot be read)."""
        try:
            saved = json.loads(self.layout_file.read_text(encoding="utf-8"))
            geometry = QByteArray.fromBase64(saved["geometry"].encode("ascii"))
            state = QByteArray.fromBase64(saved["state"].encode("ascii"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return False
        self.window.restoreGeometry(geometry)
        # Places the docks (children of the window, found by name) where they were.
        return self.window.restoreState(state)

    def place_docks(self, history: QDockWidget, create: QDockWidget, queue: QDockWidget) -> None:
        """The default layout: history left, forms right, queue below."""
        from PySide6.QtCore import Qt

        areas = Qt.DockWidgetArea
        window = self.window
        window.addDockWidget(areas.RightDockWidgetArea, create)
        window.addDockWidget(areas.LeftDockWidgetArea, history)
        window.addDockWidget(areas.BottomDockWidgetArea, queue)
        # On a narrow window the history gives up width first (its filters fold into
        # three rows), so the picture in the middle keeps a third of the window; the forms
        # keep theirs, to fit without a sideways scroll.
        width = window.width()
        sides = [max(200, min(320, round(width - 430 - width / 3))), 430]
        window.resizeDocks([history, create], sides, Qt.Orientation.Horizontal)
        window.resizeDocks([queue], [120], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        window = self.window
        self._write(
            self.layout_file,
            {
                "geometry": bytes(window.saveGeometry().toBase64()).decode("ascii"),
                "state": bytes(window.saveState().toBase64()).decode("ascii"),
            },
            "the window layout",
        )

    # The forms ----------------------------------------------------------------------------

    def saved_forms(self) -> dict[str, Any]:
        try:
            saved = json.loads(self.forms_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return saved if isinstance(saved, dict) else {}

    def save_forms(self, states: dict[str, Any]) -> None:
        self._write(self.forms_file, states, "the forms")

    @staticmethod
    def _write(path: Path, data: dict[str, Any], what: str) -> None:
        try:
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            log.warning("could not save %s: %s", what, exc)
