"""Light and dark: follow the system, or the user's choice (settings: system/light/dark).

An explicit choice uses the Fusion style with a palette of our own, because asking the
platform for a colour scheme (QStyleHints.setColorScheme) is ignored on some desktops.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    base, window, text = QColor(30, 30, 32), QColor(45, 45, 48), QColor(230, 230, 230)
    for r, c in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, window),
        (role.ToolTipBase, window),
        (role.ToolTipText, text),
        (role.Text, text),
        (role.Button, window),
        (role.ButtonText, text),
        (role.BrightText, QColor(255, 80, 80)),
        (role.Highlight, QColor(42, 130, 218)),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.Link, QColor(110, 170, 255)),
        (role.PlaceholderText, QColor(140, 140, 140)),
    ):
        p.setColor(r, c)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(disabled, r, QColor(120, 120, 120))
    p.setColor(disabled, role.Base, QColor(40, 40, 42))
    return p


def apply(app: QApplication, setting: str = "system") -> None:
    if setting not in ("light", "dark"):
        return  # Qt follows the desktop's colour scheme
    from PySide6.QtCore import Qt  # not at import: see ui/main_window.py

    app.setStyle("Fusion")
    dark = setting == "dark"
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
