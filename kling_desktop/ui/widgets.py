"""Form building blocks: prompt box with counter, image picker, aspect-ratio picker, and
the small red line that says what is wrong with a field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.media import decode
from kling_desktop.ui.background import in_background
from kling_desktop.ui.theme import error_red, is_dark
from kling_desktop.ui.words import error_words

#: A picture to load: its bytes, its file, or a function that gives its bytes (run on a
#: worker: a video's last frame, say).
Source = bytes | Path | Callable[[], bytes]

if TYPE_CHECKING:
    from kling_desktop.media.images import PreparedImage


class FieldError(QLabel):
    """What is wrong with the field above, in a sentence; hidden when nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.hide()

    def setText(self, text: str) -> None:
        # Red for the theme in use (4.5:1 on light and on dark), with the words to say it.
        self.setStyleSheet(f"color: {error_red().name()};")
        super().setText(text)

    def show_problems(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


class InfoLine(QLabel):
    """A line under a picture field: facts in the normal colour, problems in red (and in
    words); a new fact clears an old problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.problem = False

    def setText(self, text: str) -> None:
        self.problem = False
        self.setStyleSheet("")
        super().setText(text)

    def warn(self, text: str) -> None:
        super().setText(text)
        self.problem = True
        self.setStyleSheet(f"color: {error_red().name()};")


class _PlainTextEdit(QPlainTextEdit):
    """A text box that hands Ctrl+Enter (⌘+Enter) to the form instead of typing a newline."""

    submitted = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class PromptEdit(QWidget):
    """A prompt box with a live "123 / 2500" counter."""

    changed = Signal()

    def __init__(self, placeholder: str, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.edit = _PlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(60)
        self.edit.setMaximumHeight(110)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counter.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter)
        # Never taller than the box can grow (110 px) and its counter: a short form's
        # spare room goes below the last field, not into a gap under the prompt.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinAndMaxSize)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.edit.toPlainText()

    def setText(self, text: str) -> None:
        self.edit.setPlainText(text)

    def set_limit(self, limit: int) -> None:
        """The chosen model's limit (the counter turns red past it)."""
        if limit != self.limit:
            self.limit = limit
            self._update()

    def _update(self) -> None:
        n = len(self.text())
        self.counter.setText(f"{n} / {self.limit}")
        palette = self.counter.palette()
        color = (
            error_red()
            if n > self.limit
            else self.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.counter.setPalette(palette)
        self.changed.emit()


class ImagePicker(QWidget):
    """Choose an image by dialog, drag and drop, or paste; shows it with its size and what
    the app had to change. `prepared` is None until a usable image is in."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.prepared: PreparedImage | None = None
        self.setAcceptDrops(True)
        self.preview = QLabel(self.tr("Drop an image here, paste it, or choose a file"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(160, 100)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        self.info = InfoLine()
        self.choose = QPushButton(self.tr("Choose…"))
        self.paste = QPushButton(self.tr("Paste"))
        self.clear = QPushButton(self.tr("Remove"))
        self.clear.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.choose, self.paste, self.clear):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        self.choose.clicked.connect(self._choose)
        self.paste.clicked.connect(self.paste_from_clipboard)
        self.clear.clicked.connect(lambda: self.set_prepared(None))
        self.paste.setToolTip(
            self.tr("Paste an image you copied ({keys})").format(
                keys=QKeySequence(QKeySequence.StandardKey.Paste).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )

    def _choose(self) -> None:
        from kling_desktop.ui.folders import pictures_folder

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            pictures_folder(),
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)"),
        )
        if path:
            self.load(Path(path))

    def paste_from_clipboard(self) -> None:
        from kling_desktop.media.images import image_source_from_mime

        source = image_source_from_mime(QApplication.clipboard().mimeData())
        if source is None:
            self.info.warn(self.tr("The clipboard holds no image."))
            return
        self.load(source)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        from kling_desktop.media.images import image_source_from_mime

        source = image_source_from_mime(event.mimeData())
        if source is not None:
            self.load(source)
            event.acceptProposedAction()

    def load(self, source: Source, *, made_from: int | None = None) -> None:
        """Decode and fix the image on the thread pool, never on the GUI thread (a
        function giving the bytes runs there too). `made_from`: the history result it is
        (the new job will be linked to it)."""
        self.info.setText(self.tr("Preparing the image…"))
        in_background(lambda: _prepare(source, self.label, made_from), self._prepared)

    def _prepared(self, prepared: PreparedImage | None, error: Exception | None) -> None:
        if prepared is None:
            # The picture it was to replace goes too: the error is never read under a
            # picture that would still be sent (and paid for) with the next Generate.
            self.set_prepared(None)
            self.info.warn(error_words(error))
            return
        self.set_prepared(prepared)

    def set_prepared(self, prepared: PreparedImage | None) -> None:
        self.prepared = prepared
        self.clear.setEnabled(prepared is not None)
        if prepared is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Drop an image here, paste it, or choose a file"))
            self.info.clear()
        else:
            thumb = QPixmap.fromImage(decode.picture(prepared.thumbnail))
            self.preview.setPixmap(
                thumb.scaled(
                    QSize(200, 120),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            facts = self.tr("{w}×{h} pixels, {kb} KB").format(
                w=prepared.width, h=prepared.height, kb=len(prepared.data) // 1024
            )
            self.info.setText(f"{facts}\n{prepared.note}" if prepared.note else facts)
        self.changed.emit()


def ratio_icon(ratio: str, size: int = 28) -> QIcon:
    w, h = (int(x) for x in ratio.split(":")) if ":" in ratio else (1, 1)
    scale = (size - 6) / max(w, h)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QApplication.palette().color(QPalette.ColorRole.ButtonText))
    rw, rh = w * scale, h * scale
    painter.drawRoundedRect(QRectF((size - rw) / 2, (size - rh) / 2, rw, rh), 2, 2)
    painter.end()
    return QIcon(pixmap)


class ChoiceTile(QToolButton):
    """A checkable tile whose chosen state reads at a glance in both themes: a frame and
    a tint in the highlight colour (Fusion's own sunken look differs from the window by a
    few shades, invisible in the dark theme)."""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.isChecked():
            return
        palette = self.palette()
        colour = palette.color(QPalette.ColorRole.Highlight)
        if is_dark(palette):
            colour = colour.lighter(170)  # the dark theme's blue is 2.4:1 on its window
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tint = QColor(colour)
        tint.setAlpha(40)
        painter.setBrush(tint)
        painter.setPen(QPen(colour, 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)


class AspectPicker(QWidget):
    """The shape of the result, as a row of little frames; the shapes offered follow the
    chosen model (`set_ratios`)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.group.buttonToggled.connect(lambda _button, on: on and self.changed.emit())

    def set_ratios(self, ratios: Sequence[str], words: Callable[[str], str] = str) -> None:
        if list(ratios) == list(self.buttons):
            return
        current = self.value()
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        columns = 4 if len(ratios) > 5 else max(1, len(ratios))  # rows that fit a side panel
        for i, ratio in enumerate(ratios):
            button = ChoiceTile()
            button.setCheckable(True)
            button.setText(words(ratio))
            button.setIcon(ratio_icon(ratio))
            button.setIconSize(QSize(28, 28))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            self.group.addButton(button)
            self.buttons[ratio] = button
            self._layout.addWidget(button, i // columns, i % columns)
        self._layout.setColumnStretch(columns, 1)
        self.blockSignals(True)
        self.set_value(current if current in self.buttons else next(iter(self.buttons), ""))
        self.blockSignals(False)

    def value(self) -> str | None:
        return next((r for r, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, ratio: str) -> None:
        if ratio in self.buttons:
            self.buttons[ratio].setChecked(True)

    def allow(self, allowed: Sequence[str], why: Callable[[str], str]) -> None:
        """Grey out the shapes not in `allowed`, each with its reason; move off a greyed
        choice."""
        for ratio, button in self.buttons.items():
            ok = ratio in allowed
            button.setEnabled(ok)
            button.setToolTip("" if ok else why(ratio))
        if self.value() not in allowed and allowed:
            self.set_value(allowed[0])


class PictureList(QWidget):
    """Several pictures (references): thumbnails that wrap, added by dialog (several files at
    once), paste or drop, removed one by one. `prepared` holds the usable ones, in order."""

    changed = Signal()

    def __init__(self, label: str, limit: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.limit = limit
        self.prepared: list[PreparedImage] = []
        self.setAcceptDrops(True)
        self.view = QListWidget()
        self.view.setViewMode(QListWidget.ViewMode.IconMode)
        self.view.setFlow(QListWidget.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.view.setIconSize(QSize(64, 64))
        self.view.setMovement(QListWidget.Movement.Static)
        self.view.setMinimumHeight(92)
        self.view.setMaximumHeight(170)
        self.view.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.info = InfoLine()
        self.add = QPushButton(self.tr("Add…"))
        self.paste = QPushButton(self.tr("Paste"))
        self.remove = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        for button in (self.add, self.paste, self.remove):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        self.add.clicked.connect(self._choose)
        self.paste.clicked.connect(self._paste)
        self.remove.clicked.connect(self._remove_selected)
        self.view.itemSelectionChanged.connect(self._update)
        self._update()

    def _choose(self) -> None:
        from kling_desktop.ui.folders import pictures_folder

        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose pictures"),
            pictures_folder(),
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)"),
        )
        for path in paths:
            self.load(Path(path))

    def _paste(self) -> None:
        from kling_desktop.media.images import image_source_from_mime

        source = image_source_from_mime(QApplication.clipboard().mimeData())
        if source is None:
            self.info.warn(self.tr("The clipboard holds no image."))
            return
        self.load(source)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        data = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
        if not paths:
            from kling_desktop.media.images import image_source_from_mime

            source = image_source_from_mime(data)
            paths = [source] if source is not None else []
        for path in paths:
            self.load(path)
        event.acceptProposedAction()

    def load(self, source: bytes | Path, *, made_from: int | None = None) -> None:
        """Prepare one more picture on the thread pool (`made_from` as for ImagePicker)."""
        if len(self.prepared) >= self.limit:
            self.info.warn(self.tr("At most {n} pictures.").format(n=self.limit))
            return
        self.info.setText(self.tr("Preparing the image…"))
        in_background(lambda: _prepare(source, self.label, made_from), self._prepared, self)

    def _prepared(self, prepared: PreparedImage | None, error: Exception | None) -> None:
        if prepared is None:
            self.info.warn(error_words(error))
            return
        if len(self.prepared) >= self.limit:
            return
        self.set_prepared([*self.prepared, prepared])

    def _remove_selected(self) -> None:
        rows = {self.view.row(item) for item in self.view.selectedItems()}
        self.set_prepared([p for i, p in enumerate(self.prepared) if i not in rows])

    def set_limit(self, limit: int) -> None:
        self.limit = limit
        self._update()

    def set_prepared(self, prepared: list[PreparedImage] | None) -> None:
        self.prepared = list(prepared or [])
        self.view.clear()
        for i, picture in enumerate(self.prepared, start=1):
            thumb = QPixmap.fromImage(decode.picture(picture.thumbnail))
            item = QListWidgetItem(QIcon(thumb), f"image_{i}")
            item.setToolTip(f"{picture.width}×{picture.height}")
            self.view.addItem(item)
        self.info.clear()
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        self.add.setEnabled(len(self.prepared) < self.limit)
        self.remove.setEnabled(bool(self.view.selectedItems()))
        if not self.prepared:
            self.info.setText(
                self.tr("Drop pictures here, paste one, or add up to {n}.").format(n=self.limit)
            )


def _prepare(source: Source, label: str, made_from: int | None) -> PreparedImage:
    """`prepare`, remembering the history result the picture came from (on a worker)."""
    import dataclasses

    from kling_desktop.media.images import prepare

    prepared = prepare(source() if callable(source) else source, label)
    return dataclasses.replace(prepared, source=made_from) if made_from else prepared
