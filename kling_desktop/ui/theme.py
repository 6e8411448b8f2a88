"""Light and dark: follow the system, or the user's choice (settings: system/light/dark).

An explicit choice uses the Fusion style with a palette of our own, because asking the
platform for a colour scheme (QStyleHints.setColorScheme) is ignored on some desktops.
Both palettes meet WCAG AA (tests/ui/test_contrast.py measures them): text 4.5:1 against
its background, controls 3:1. Fusion draws the edge of a check box or radio button a
shade darker than the window, which on a dark window is all but invisible; the style below
draws that edge in a colour that stands out, and disabled controls (sliders included) are
greyed in both palettes so they do not look enabled.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

# QStyle and QProxyStyle are touched only when a theme is chosen: PySide builds their
# Python types on first use (~15 ms), which a returning user's first frame does without.

_ROLE = QPalette.ColorRole
_DISABLED = QPalette.ColorGroup.Disabled


def _set(p: QPalette, colours: dict, group: QPalette.ColorGroup | None = None) -> QPalette:
    for role, colour in colours.items():
        if group is None:
            p.setColor(role, colour)
        else:
            p.setColor(group, role, colour)
    return p


def light_palette(base: QPalette | None = None) -> QPalette:
    p = QPalette(base) if base is not None else QPalette()
    window, text = QColor(239, 239, 239), QColor(20, 20, 20)
    _set(
        p,
        {
            _ROLE.Window: window,
            _ROLE.WindowText: text,
            _ROLE.Base: QColor(255, 255, 255),
            _ROLE.AlternateBase: QColor(246, 246, 246),
            _ROLE.ToolTipBase: QColor(255, 255, 220),
            _ROLE.ToolTipText: text,
            _ROLE.Text: text,
            _ROLE.Button: window,
            _ROLE.ButtonText: text,
            _ROLE.BrightText: QColor(255, 255, 255),
            _ROLE.Highlight: QColor(0, 95, 184),
            _ROLE.HighlightedText: QColor(255, 255, 255),
            _ROLE.Link: QColor(0, 80, 170),
            _ROLE.PlaceholderText: QColor(108, 108, 108),
            _ROLE.Mid: QColor(160, 160, 160),
        },
    )
    grey = QColor(118, 118, 118)
    return _set(
        p,
        {
            _ROLE.Text: grey,
            _ROLE.WindowText: grey,
            _ROLE.ButtonText: grey,
            _ROLE.Highlight: QColor(190, 190, 190),
            _ROLE.Button: QColor(232, 232, 232),
            _ROLE.Base: QColor(244, 244, 244),
        },
        _DISABLED,
    )


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 30, 32), QColor(45, 45, 48), QColor(230, 230, 230)
    _set(
        p,
        {
            _ROLE.Window: window,
            _ROLE.WindowText: text,
            _ROLE.Base: base,
            _ROLE.AlternateBase: window,
            _ROLE.ToolTipBase: window,
            _ROLE.ToolTipText: text,
            _ROLE.Text: text,
            _ROLE.Button: QColor(58, 58, 62),
            _ROLE.ButtonText: text,
            _ROLE.BrightText: QColor(255, 80, 80),
            _ROLE.Highlight: QColor(30, 100, 190),
            _ROLE.HighlightedText: QColor(255, 255, 255),
            _ROLE.Link: QColor(120, 178, 255),
            _ROLE.PlaceholderText: QColor(150, 150, 150),
            _ROLE.Mid: QColor(110, 110, 115),
        },
    )
    grey = QColor(128, 128, 128)
    return _set(
        p,
        {
            _ROLE.Text: grey,
            _ROLE.WindowText: grey,
            _ROLE.ButtonText: grey,
            _ROLE.Highlight: QColor(75, 75, 78),
            _ROLE.Button: QColor(42, 42, 45),
            _ROLE.Base: QColor(38, 38, 40),
        },
        _DISABLED,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(_ROLE.Window).lightness() < 128


def error_red(palette: QPalette | None = None) -> QColor:
    """Red that reads at 4.5:1 on the palette's window and base colours."""
    palette = palette or QApplication.palette()
    return QColor(255, 138, 128) if is_dark(palette) else QColor(190, 30, 30)


def success_green(palette: QPalette | None = None) -> QColor:
    palette = palette or QApplication.palette()
    return QColor(110, 210, 130) if is_dark(palette) else QColor(20, 110, 45)


def control_edge(palette: QPalette, enabled: bool = True) -> QColor:
    """The edge of a check box or radio button: 3:1 against the window when enabled,
    fainter (but there) when disabled."""
    dark = is_dark(palette)
    if enabled:
        return QColor(160, 160, 165) if dark else QColor(110, 110, 110)
    return QColor(95, 95, 98) if dark else QColor(170, 170, 170)


def visible_indicators(base: QStyle) -> QStyle:
    """`base` (Fusion), with check box and radio button edges drawn to be seen."""
    return _visible_indicators_class()(base)


@cache
def _visible_indicators_class() -> type:
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class VisibleIndicators(QProxyStyle):
        def drawPrimitive(self, element, option, painter, widget=None) -> None:
            super().drawPrimitive(element, option, painter, widget)
            indicator = element in (
                QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                QStyle.PrimitiveElement.PE_IndicatorRadioButton,
            )
            if not indicator:
                return
            from PySide6.QtCore import QRectF, Qt
            from PySide6.QtGui import QPainter, QPen

            enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(control_edge(option.palette, enabled), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = QRectF(option.rect).adjusted(0.6, 0.6, -0.6, -0.6)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(rect)
            else:
                painter.drawRoundedRect(rect, 2, 2)
            painter.restore()

    return VisibleIndicators


def apply(app: QApplication, setting: str = "system") -> None:
    if setting not in ("light", "dark"):
        return  # Qt follows the desktop's colour scheme
    from PySide6.QtCore import Qt  # not at import: see ui/main_window.py
    from PySide6.QtWidgets import QStyleFactory

    style = visible_indicators(QStyleFactory.create("Fusion"))
    app.setStyle(style)
    dark = setting == "dark"
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if dark else light_palette(style.standardPalette()))
