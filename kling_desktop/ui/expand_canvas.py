"""The picture inside the frame of what it will become: drag an edge of the frame outward
to extend that side (0 to 2 times the picture's width or height; the whole at most 3 times
its area, as Kling allows). The new area is drawn hatched; the numbers in the form follow.

While an edge is dragged the scale stays as it was when the drag began, so the edge stays
under the pointer; the frame is fitted to the panel again when the button is let go.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kling_desktop.operations.expand import MAX_AREA, MAX_SIDE, SIDES

GRAB = 8  # pixels either side of an edge that pick it up
MARGIN = 10


def clamp(values: dict[str, float], side: str) -> dict[str, float]:
    """`values` with `side` cut back so that it stays within 0..2 and the whole within 3×
    the area (the other sides as they are)."""
    out = dict(values)
    out[side] = min(MAX_SIDE, max(0.0, out[side]))
    across = ("left", "right") if side in ("left", "right") else ("up", "down")
    along = ("up", "down") if side in ("left", "right") else ("left", "right")
    other_span = 1 + out[along[0]] + out[along[1]]
    partner = across[1] if side == across[0] else across[0]
    room = MAX_AREA / other_span - 1 - out[partner]  # what this side may still take
    out[side] = round(max(0.0, min(out[side], room)), 4)
    return out


class ExpandCanvas(QWidget):
    changed = Signal(dict)  # {"up": .., "down": .., "left": .., "right": ..}, by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(200, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setToolTip(self.tr("Drag an edge of the frame outward to extend that side."))
        self.image = QImage()
        self.values = dict.fromkeys(SIDES, 0.0)
        self._drag: str | None = None
        self._drag_scale = 0.0
        self._press = QPointF()
        self._start = dict(self.values)
        self._anchor = QPointF()

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_image(self, image: QImage | None) -> None:
        self.image = image if image is not None else QImage()
        self.update()

    def set_values(self, values: dict[str, float]) -> None:
        if self._drag is None:
            self.values = {side: float(values.get(side, 0.0)) for side in SIDES}
            self.update()

    # Geometry ----------------------------------------------------------------------------

    def _source(self) -> tuple[float, float]:
        if self.image.isNull():
            return 4.0, 3.0  # no picture yet: a 4:3 stand-in
        return float(self.image.width()), float(self.image.height())

    def _scale(self) -> float:
        if self._drag is not None:
            return self._drag_scale
        w, h = self._source()
        v = self.values
        total_w = w * (1 + v["left"] + v["right"])
        total_h = h * (1 + v["up"] + v["down"])
        room = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        return min(room.width() / total_w, room.height() / total_h)

    def frames(self) -> tuple[QRectF, QRectF]:
        """(the new picture's frame, the original inside it), in widget coordinates."""
        w, h = self._source()
        v = self.values
        s = self._scale()
        outer_w = w * (1 + v["left"] + v["right"]) * s
        outer_h = h * (1 + v["up"] + v["down"]) * s
        if self._drag is not None:  # the original stays where it was when the drag began
            inner = QRectF(self._anchor.x(), self._anchor.y(), w * s, h * s)
        else:
            x = (self.width() - outer_w) / 2 + v["left"] * w * s
            y = (self.height() - outer_h) / 2 + v["up"] * h * s
            inner = QRectF(x, y, w * s, h * s)
        outer = QRectF(
            inner.left() - v["left"] * w * s,
            inner.top() - v["up"] * h * s,
            outer_w,
            outer_h,
        )
        return outer, inner

    def edge_at(self, point: QPointF) -> str | None:
        outer, _ = self.frames()
        inside_y = outer.top() - GRAB <= point.y() <= outer.bottom() + GRAB
        inside_x = outer.left() - GRAB <= point.x() <= outer.right() + GRAB
        if inside_y and abs(point.x() - outer.left()) <= GRAB:
            return "left"
        if inside_y and abs(point.x() - outer.right()) <= GRAB:
            return "right"
        if inside_x and abs(point.y() - outer.top()) <= GRAB:
            return "up"
        if inside_x and abs(point.y() - outer.bottom()) <= GRAB:
            return "down"
        return None

    # Dragging ----------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        side = self.edge_at(event.position())
        if side is None or event.button() != Qt.MouseButton.LeftButton:
            return
        _, inner = self.frames()
        self._drag_scale = self._scale()
        self._anchor = inner.topLeft()
        self._drag = side
        self._press = event.position()
        self._start = dict(self.values)

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            side = self.edge_at(event.position())
            cursor = {
                "left": Qt.CursorShape.SizeHorCursor,
                "right": Qt.CursorShape.SizeHorCursor,
                "up": Qt.CursorShape.SizeVerCursor,
                "down": Qt.CursorShape.SizeVerCursor,
            }.get(side or "", Qt.CursorShape.ArrowCursor)
            self.setCursor(cursor)
            return
        w, h = self._source()
        s = self._drag_scale
        delta = event.position() - self._press
        side = self._drag
        moved = {
            "left": -delta.x() / (w * s),
            "right": delta.x() / (w * s),
            "up": -delta.y() / (h * s),
            "down": delta.y() / (h * s),
        }[side]
        values = dict(self._start)
        values[side] = self._start[side] + moved
        self.values = clamp(values, side)
        self.update()
        self.changed.emit(dict(self.values))

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is not None:
            self._drag = None
            self.update()  # fitted to the panel again
            self.changed.emit(dict(self.values))

    # Painting ----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        outer, inner = self.frames()
        painter.fillRect(outer, palette.color(QPalette.ColorRole.AlternateBase))
        hatch = QBrush(palette.color(QPalette.ColorRole.Mid), Qt.BrushStyle.BDiagPattern)
        painter.fillRect(outer, hatch)  # the new area, for Kling to fill
        if self.image.isNull():
            painter.fillRect(inner, palette.color(QPalette.ColorRole.Base))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, self.tr("your picture"))
        else:
            painter.drawImage(inner, self.image)
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(outer)
        # A handle in the middle of each edge says it can be moved.
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(QColor("white"), 1))
        for centre in (
            QPointF(outer.left(), outer.center().y()),
            QPointF(outer.right(), outer.center().y()),
            QPointF(outer.center().x(), outer.top()),
            QPointF(outer.center().x(), outer.bottom()),
        ):
            painter.drawEllipse(centre, 5, 5)
        painter.end()
