"""The application icon, drawn in code so every size is sharp (the installers' .ico/.icns/.png
files are rendered from this same drawing by the packaging scripts)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QLinearGradient, QPainter, QPainterPath, QPixmap


def draw(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(rect.topLeft(), rect.bottomRight())
    gradient.setColorAt(0, QColor(255, 120, 60))
    gradient.setColorAt(1, QColor(190, 40, 120))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(rect, size * 0.22, size * 0.22)
    # A play triangle inside a frame: pictures that move.
    frame = rect.adjusted(size * 0.2, size * 0.26, -size * 0.2, -size * 0.26)
    p.setBrush(Qt.BrushStyle.NoBrush)
    pen = p.pen()
    pen.setStyle(Qt.PenStyle.SolidLine)
    pen.setColor(QColor(255, 255, 255))
    pen.setWidthF(max(1.0, size * 0.05))
    p.setPen(pen)
    p.drawRoundedRect(frame, size * 0.06, size * 0.06)
    c = frame.center()
    r = frame.height() * 0.28
    triangle = QPainterPath(QPointF(c.x() - r * 0.7, c.y() - r))
    triangle.lineTo(QPointF(c.x() + r, c.y()))
    triangle.lineTo(QPointF(c.x() - r * 0.7, c.y() + r))
    triangle.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255))
    p.drawPath(triangle)
    p.end()
    return pixmap


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(draw(size))
    return icon
