"""How one history row is painted: thumbnail, status badge, prompt, kind, date, star.

Painting reads the row's summary and its (already decoded) thumbnail from the model and
nothing else, so a fast scroll through 100,000 rows costs only the rows on screen.
"""

from __future__ import annotations

import time
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate

from kling_desktop.context import DEMO_PROFILE
from kling_desktop.store.records import JobStatus, Summary
from kling_desktop.ui.history_model import SUMMARY
from kling_desktop.ui.words import (
    kind_words,
    relative_time,
    row_facts,
    status_words,
    units_words,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

ROW_HEIGHT = 78
THUMB_SIDE = 64
PAD = 7

#: Badge backgrounds, each 4.5:1 or more behind white text (tests/ui/test_contrast.py).
BADGE_COLOURS = {
    "waiting": QColor("#5f6368"),
    "running": QColor("#1f62b0"),
    "succeeded": QColor("#1e7a43"),
    "failed": QColor("#b3261e"),
    "cancelled": QColor("#5f6368"),
}


def badge_of(status: JobStatus) -> str:
    if status is JobStatus.QUEUED:
        return "waiting"
    if status.active:
        return "running"
    return status.value


@cache
def media_of(kind: str) -> str:
    """What a kind of job makes (image, video or audio), as its operation says; a kind
    this version does not know is taken for a video unless it is named image."""
    from kling_desktop.operations import registry

    operation = registry.find(kind)
    if operation is not None:
        return operation.media
    return "image" if kind == "image" else "video"


@cache
def kind_icon(kind: str, side: int, colour: str) -> QPixmap:
    """A picture frame (images), a frame with a play mark (videos) or with a note
    (sounds), drawn in `colour`."""
    ratio = 2
    pixmap = QPixmap(side * ratio, side * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), max(1.0, side / 12))
    p.setPen(pen)
    frame = QRectF(side * 0.08, side * 0.18, side * 0.84, side * 0.64)
    p.drawRoundedRect(frame, side * 0.08, side * 0.08)
    p.setBrush(QColor(colour))
    if kind == "image":
        path = QPainterPath()
        path.moveTo(frame.left() + side * 0.1, frame.bottom() - side * 0.08)
        path.lineTo(frame.left() + side * 0.36, frame.top() + side * 0.26)
        path.lineTo(frame.left() + side * 0.56, frame.bottom() - side * 0.2)
        path.lineTo(frame.left() + side * 0.66, frame.top() + side * 0.36)
        path.lineTo(frame.right() - side * 0.08, frame.bottom() - side * 0.08)
        path.closeSubpath()
        p.drawPath(path)
    elif kind == "audio":  # a note: head, stem and flag
        p.setPen(Qt.PenStyle.NoPen)
        head = QPointF(frame.center().x() - side * 0.08, frame.bottom() - side * 0.16)
        p.drawEllipse(head, side * 0.11, side * 0.08)
        stem = QRectF(head.x() + side * 0.07, frame.top() + side * 0.1, side * 0.06, side * 0.4)
        p.drawRect(stem)
        flag = QPainterPath()
        flag.moveTo(stem.right(), stem.top())
        flag.lineTo(stem.right() + side * 0.16, stem.top() + side * 0.12)
        flag.lineTo(stem.right(), stem.top() + side * 0.16)
        flag.closeSubpath()
        p.drawPath(flag)
    else:
        centre = frame.center()
        r = side * 0.17
        path = QPainterPath()
        path.moveTo(centre + QPointF(-r * 0.7, -r))
        path.lineTo(centre + QPointF(r, 0))
        path.lineTo(centre + QPointF(-r * 0.7, r))
        path.closeSubpath()
        p.drawPath(path)
    p.end()
    return pixmap


def star_path(rect: QRectF) -> QPainterPath:
    import math

    path = QPainterPath()
    centre, outer, inner = rect.center(), rect.width() / 2, rect.width() / 4.6
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        point = centre + QPointF(r * math.cos(angle), r * math.sin(angle))
        path.moveTo(point) if i == 0 else path.lineTo(point)
    path.closeSubpath()
    return path


class HistoryDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(160, ROW_HEIGHT)  # drawn to the list's width, however narrow

    @staticmethod
    def star_rect(rect: QRect) -> QRect:
        return QRect(rect.right() - PAD - 18, rect.bottom() - PAD - 18, 18, 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        # Imported on the first paint, after the window is ready: PySide builds QStyle's
        # twenty-odd enums (about 19 ms) the first time the class is named.
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        summary: Summary | None = index.data(SUMMARY)
        # The style draws selection, hover and focus the platform's way.
        self.initStyleOption(option, index)
        option.text = ""
        option.icon = QPixmap()  # type: ignore[assignment]
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if summary is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        dim = QColor(text_colour)
        dim.setAlphaF(0.65)
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)

        # Thumbnail, cropped to a square, or the kind's icon while there is none.
        thumb = QRect(rect.left() + PAD, rect.top() + PAD, THUMB_SIDE, THUMB_SIDE)
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(thumb), 6, 6)
        painter.fillPath(clip, palette.alternateBase())
        image: QImage | None = index.data(Qt.ItemDataRole.DecorationRole)
        if image is not None and not image.isNull():
            side = min(image.width(), image.height())
            source = QRect((image.width() - side) // 2, (image.height() - side) // 2, side, side)
            painter.save()
            painter.setClipPath(clip)
            painter.drawImage(thumb, image, source)
            painter.restore()
        else:
            icon = kind_icon(media_of(summary.kind), 32, dim.name())
            painter.drawPixmap(thumb.center().x() - 16, thumb.center().y() - 16, icon)
        if media_of(summary.kind) == "video" and image is not None and not image.isNull():
            painter.drawPixmap(
                thumb.left() + 3, thumb.bottom() - 19, kind_icon("video", 16, "#ffffff")
            )

        # Status badge, top right.
        small = option.font
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        badge = badge_of(summary.status)
        words = status_words(summary.status.value, summary.profile) if badge != "succeeded" else ""
        left = thumb.right() + PAD + 2
        right = rect.right() - PAD
        if words:
            width = metrics.horizontalAdvance(words) + 12
            pill = QRect(right - width, rect.top() + PAD, width, metrics.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE_COLOURS[badge])
            painter.drawRoundedRect(QRectF(pill), pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, words)
            prompt_right = pill.left() - 6
        else:
            prompt_right = right

        # Prompt: two lines, elided.
        painter.setFont(option.font)
        painter.setPen(text_colour)
        body = QFontMetrics(option.font)
        lh = body.lineSpacing() + 3  # room for CJK fallback glyphs
        prompt = " ".join(summary.prompt.split()) or kind_words(summary.kind)
        first_width = prompt_right - left
        cut = _fit(body, prompt, first_width)
        top = rect.top() + PAD
        painter.drawText(QRect(left, top, first_width, lh), 0, prompt[:cut])
        rest = prompt[cut:].lstrip()
        if rest:
            painter.drawText(
                QRect(left, top + lh, right - left, lh),
                0,
                body.elidedText(rest, Qt.TextElideMode.ElideRight, right - left),
            )

        # Bottom line: kind, date, number of results; the favourite star at the right.
        painter.setFont(small)
        painter.setPen(dim)
        # A line box taller than the Latin font's: CJK fallback glyphs reach lower.
        line = metrics.height() + 6
        bottom = rect.bottom() - PAD + 2 - line
        painter.drawPixmap(
            left, bottom + (line - 14) // 2, kind_icon(media_of(summary.kind), 14, dim.name())
        )
        facts = [
            kind_words(summary.kind),
            *row_facts(summary.kind, summary.request_json),
            relative_time(summary.queued_ms, int(time.time() * 1000)),
        ]
        if summary.outputs > 1:
            facts.append(str(summary.outputs))
        if summary.credits and summary.profile != DEMO_PROFILE:
            facts.append(units_words(summary.credits))
        star = self.star_rect(rect)
        painter.drawText(
            QRect(left + 18, bottom, star.left() - left - 22, line),
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(
                "  ·  ".join(facts), Qt.TextElideMode.ElideRight, star.left() - left - 22
            ),
        )
        path = star_path(QRectF(star).adjusted(2, 2, -2, -2))
        if summary.favourite:
            painter.fillPath(path, QColor("#f2b01e"))
        else:
            faint = QColor(dim)
            faint.setAlphaF(0.35)
            painter.setPen(QPen(faint, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.restore()

    def editorEvent(self, event, model, option, index) -> bool:
        """A click on the star toggles the favourite, without changing the selection."""
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and self.star_rect(option.rect).contains(event.position().toPoint())
        ):
            summary: Summary | None = index.data(SUMMARY)
            if summary is not None:
                model.set_favourite([summary.id], not summary.favourite)
            return True
        if event.type() == QEvent.Type.MouseButtonPress and self.star_rect(option.rect).contains(
            event.position().toPoint()
        ):
            return True
        return super().editorEvent(event, model, option, index)


def _fit(metrics: QFontMetrics, text: str, width: int) -> int:
    """How many characters of `text` fit in `width`, broken at a space where possible."""
    if metrics.horizontalAdvance(text) <= width:
        return len(text)
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    space = text.rfind(" ", 0, low)
    return space if space > low // 2 else low
