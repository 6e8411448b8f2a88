"""The form of "Extend a picture": the picture, how much to add on each side, what to fill
the new area with. The picture is drawn inside the frame of what it will become, whose
edges the user drags outward (the four numbers follow, and can be typed too); the new
size, shape and area are said as they change, and the usual targets are one click away
("To 16:9", "To 9:16", "Square"), the new area spread evenly on the two sides that need it.
"""

from __future__ import annotations

from math import gcd

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kling_desktop.media import decode
from kling_desktop.operations.expand import MAX_SIDE, SIDES, area, sides
from kling_desktop.ui.expand_canvas import ExpandCanvas
from kling_desktop.ui.forms import OperationForm

#: Shapes people name, to say "about 16:9" of a new picture.
NAMED = ((16, 9), (9, 16), (1, 1), (4, 3), (3, 4), (3, 2), (2, 3), (21, 9))


def shape_words(width: int, height: int) -> str:
    """ "16:9" when the shape is (nearly) a named one, else the reduced ratio."""
    if width <= 0 or height <= 0:
        return ""
    for w, h in NAMED:
        if abs(width / height - w / h) < 0.02:
            return f"{w}:{h}"
    d = gcd(width, height)
    return f"{width // d}:{height // d}" if width // d < 100 else f"{width / height:.2f}:1"


def to_shape(width: int, height: int, target: float) -> dict[str, float]:
    """The extensions that turn a `width` × `height` picture into `target` (width over
    height) with the least new area, split evenly between the two sides."""
    now = width / height
    out = dict.fromkeys(SIDES, 0.0)
    if target > now:  # wider: add left and right
        each = (height * target - width) / width / 2
        out["left"] = out["right"] = min(MAX_SIDE, round(each, 4))
    elif target < now:  # taller: add above and below
        each = (width / target - height) / height / 2
        out["up"] = out["down"] = min(MAX_SIDE, round(each, 4))
    return out


class ExpandForm(OperationForm):
    def __init__(self, operation, env, parent: QWidget | None = None) -> None:
        super().__init__(operation, env, parent)
        self.canvas = ExpandCanvas()
        self.canvas.changed.connect(self._dragged)
        self.result = QLabel()
        self.result.setObjectName("expandResult")
        self.result.setWordWrap(True)
        self.presets: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for name, label, tip in (
            ("16:9", self.tr("To 16:9"), self.tr("Add to the sides that make it 16:9")),
            ("9:16", self.tr("To 9:16"), self.tr("Add to the sides that make it 9:16")),
            ("1:1", self.tr("Square"), self.tr("Add to the sides that make it square")),
            ("", self.tr("Reset"), self.tr("Add nothing on any side")),
        ):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, n=name: self.apply_preset(n))
            self.presets[name] = button
            row.addWidget(button)
        box = QWidget()
        box.setLayout(row)
        layout = self.scroll.widget().layout()
        at = layout.indexOf(self._captions["up_expansion_ratio"])
        layout.insertWidget(at, self.canvas)
        layout.insertWidget(at + 1, self.result)
        layout.insertWidget(at + 2, box)
        self.picker("image").changed.connect(self._picture_changed)
        for side in SIDES:
            self.fields[f"{side}_expansion_ratio"].changed.connect(self._show_result)
        self._show_result()

    def _picture_changed(self, *_) -> None:
        prepared = self.picker("image").prepared
        image = decode.picture(prepared.thumbnail) if prepared is not None else None
        self.canvas.set_image(image)
        self._show_result()

    def _dragged(self, values: dict[str, float]) -> None:
        for side, value in values.items():
            self.fields[f"{side}_expansion_ratio"].set_value(value)
        self.touched()

    def source_size(self) -> tuple[int, int] | None:
        prepared = self.picker("image").prepared
        return (prepared.width, prepared.height) if prepared is not None else None

    def apply_preset(self, name: str) -> None:
        size = self.source_size()
        if name and size is None:
            self.result.setText(self.tr("Choose the picture first: the shape starts from it."))
            return
        if name:
            w, h = (int(n) for n in name.split(":"))
            values = to_shape(size[0], size[1], w / h)
        else:
            values = dict.fromkeys(SIDES, 0.0)
        for side, value in values.items():
            self.fields[f"{side}_expansion_ratio"].set_value(value)
        self.touched()

    def _show_result(self, *_) -> None:
        values = self.values()
        size = self.source_size()
        times = area(values)
        self.canvas.set_values(sides(values))
        if size is None:
            self.result.setText(
                self.tr("The new picture: {times}× the original's area.").format(
                    times=f"{times:.2f}"
                )
            )
            return
        s = sides(values)
        width = round(size[0] * (1 + s["left"] + s["right"]))
        height = round(size[1] * (1 + s["up"] + s["down"]))
        self.result.setText(
            self.tr("The new picture: {w} × {h} ({shape}), {times}× the original's area.").format(
                w=width, h=height, shape=shape_words(width, height), times=f"{times:.2f}"
            )
        )
