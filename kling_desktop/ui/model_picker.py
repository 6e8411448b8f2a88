"""The model picker's list: each model by its name with its badges (New, Fast, Sound, 4K),
its one-line description and what it costs per unit of output, newest first. The closed
picker shows the name alone; the raw id is in the tooltip and the job's technical details.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from kling_desktop.catalogue import Capability, Model

BADGES_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple of badge words
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # the one-line description
PRICE_ROLE = Qt.ItemDataRole.UserRole + 3  # "from 0.8 video units a second"

_BADGES = {
    "new": QT_TRANSLATE_NOOP("ModelPicker", "New"),
    "fast": QT_TRANSLATE_NOOP("ModelPicker", "Fast"),
    "sound": QT_TRANSLATE_NOOP("ModelPicker", "Sound"),
    "4k": QT_TRANSLATE_NOOP("ModelPicker", "4K"),
    "storyboard": QT_TRANSLATE_NOOP("ModelPicker", "Storyboard"),
    "budget": QT_TRANSLATE_NOOP("ModelPicker", "Budget"),
}


def badge_words(model: Model) -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return tuple(translate("ModelPicker", _BADGES[b]) for b in model.badges if b in _BADGES)


def price_words(capability: Capability | None) -> str:
    """The lowest rate, per unit of output: "from 0.8 video units a second"."""
    translate = QCoreApplication.translate
    if capability is None or capability.price is None:
        return ""
    price = capability.price
    lowest = min((units for _, units in price.rows), default=0.0)
    pack = {
        "video": translate("ModelPicker", "video units"),
        "image": translate("ModelPicker", "picture units"),
        "audio": translate("ModelPicker", "sound units"),
    }.get(price.pack, "")
    many = len({units for _, units in price.rows}) > 1
    if price.per == "second":
        text = translate("ModelPicker", "{units} {pack} a second")
    elif price.per == "result":
        text = translate("ModelPicker", "{units} {pack} a result")
    else:
        text = translate("ModelPicker", "{units} {pack} a job")
    text = text.format(units=f"{lowest:g}", pack=pack)
    return translate("ModelPicker", "from {price}").format(price=text) if many else text


class ModelItemDelegate(QStyledItemDelegate):
    """Two lines per model: the name, its badges and its price; its description."""

    PAD = 6

    def sizeHint(self, option, index) -> QSize:
        metrics = QFontMetrics(option.font)
        if not index.data(DETAIL_ROLE):
            return QSize(320, metrics.height() + 2 * self.PAD)
        return QSize(320, 2 * metrics.height() + 3 * self.PAD)

    def paint(self, painter, option, index) -> None:
        # Imported when the list first opens: PySide builds QStyle's twenty-odd enums
        # (about 17 ms) the first time the class is named, which the window's start
        # need not wait for.
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        detail = index.data(DETAIL_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if option.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(group, text_role)
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(self.PAD * 2, self.PAD, -self.PAD * 2, -self.PAD)
        if not detail:
            # A one-line entry ("Other model…") starts where the models' names start.
            painter.save()
            painter.setPen(colour)
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            line = option.rect.adjusted(self.PAD * 2, 0, -self.PAD * 2, 0)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            painter.restore()
            return
        painter.save()
        bold = QFontMetrics(option.font)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        name = index.data(Qt.ItemDataRole.DisplayRole)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        x = rect.left() + QFontMetrics(font).horizontalAdvance(name) + self.PAD * 2
        font.setBold(False)
        small = font
        small.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        for badge in index.data(BADGES_ROLE) or ():
            width = small_metrics.horizontalAdvance(badge) + 10
            pill = QRect(x, rect.top() + 1, width, bold.height() - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1f62b0") if not selected else QColor(255, 255, 255, 60))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
            x += width + 4
        price = index.data(PRICE_ROLE)
        if price:
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, price)
        painter.setFont(option.font)
        painter.setPen(colour)
        second = rect.adjusted(0, metrics.height() + self.PAD, 0, 0)
        elided = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, second.width())
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, elided)
        painter.restore()
