"""Words in a voice: what a talking photo or a face says, typed, in one of Kling's speech
voices; the form sends it as a Speech job first (kept in the history like any other)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.operations import Request, registry
from kling_desktop.ui.widgets import PromptEdit
from kling_desktop.ui.words import translated


class SpeakDialog(QDialog):
    def __init__(self, operation: str, parent: QWidget | None = None) -> None:
        """`operation`: the one that says words (speech), as the sound's parameter names it."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Words in a voice"))
        self.operation = registry.get(operation)
        self._params = {p.name: p for p in self.operation.params}
        self.text = PromptEdit(translated(self._params["prompt"].tip), 1000)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(translated(self._params["prompt"].label), self.text)
        for param in self.operation.params:
            if not param.choices:
                continue
            name = param.name
            combo = QComboBox()
            for value in param.choices:
                combo.addItem(translated(param.words(value)), value)
            combo.setCurrentIndex(max(0, combo.findData(param.default)))
            combo.currentIndexChanged.connect(self._check)
            self.combos[name] = combo
            form.addRow(translated(param.label), combo)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Say it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.text.changed.connect(self._check)
        self._check()

    def request(self) -> Request:
        values = {name: combo.currentData() for name, combo in self.combos.items()}
        return Request(self.operation.name, prompt=self.text.text(), **values)

    def _check(self, *_) -> None:
        problems = self.request().validate()
        self.problem.setText(translated(problems[0].message) if problems else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
