"""The window's side of "dub": a widget for the sound kind, and the operation's own form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from kling_desktop.operations.kinds import PreparedInput
from kling_desktop.ui.background import in_background
from kling_desktop.ui.form_fields import Field
from kling_desktop.ui.forms import OperationForm


class SoundField(Field):
    """A sound: chosen as a file, or taken from a sound result in the history."""

    def __init__(self, param, parent=None) -> None:
        super().__init__(param, parent)
        self.held: PreparedInput | None = None
        self.choose = QPushButton("Choose a sound…")
        self.words = QLabel("No sound yet")
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose)
        row.addWidget(self.words, 1)
        self.widget = box
        self.choose.clicked.connect(self._choose)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.widget, "Choose a sound")
        if path:
            self.load(Path(path))

    def load(self, path: Path, made_from: int | None = None) -> None:
        """Read the file on the thread pool, never on the GUI thread."""

        def read() -> PreparedInput:
            from tests.extension.dub import SOUND_READER

            prepared = SOUND_READER.prepare(path, "The sound")
            return PreparedInput(
                prepared.data, prepared.format, 0, 0, b"", original_path=str(path), source=made_from
            )

        in_background(read, lambda prepared, _error: self.set_value(prepared))

    def value(self) -> bytes | None:
        return self.held.data if self.held else None

    def set_value(self, value: Any) -> None:
        if isinstance(value, bytes):
            value = PreparedInput(value, "mp3", 0, 0, b"")
        self.held = value if isinstance(value, PreparedInput) else None
        self.words.setText(f"{len(self.held.data) // 1024} KB" if self.held else "No sound yet")
        self.changed.emit()

    def prepared(self) -> dict[str, PreparedInput]:
        return {self.param.name: self.held} if self.held else {}

    def take(self, output, job, how: str) -> None:
        if output.path is not None and output.file_present():
            self.load(output.path, made_from=output.id)


class DubForm(OperationForm):
    """The generic form, with a line that says what a dub is."""

    def __init__(self, operation, env, parent=None) -> None:
        super().__init__(operation, env, parent)
        self.about = QLabel("Words said over your sound, as a video.")
        layout = self.scroll.widget().layout()
        layout.insertWidget(0, self.about)
