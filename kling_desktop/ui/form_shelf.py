"""The Create panel's forms, one per operation, each built when it is first needed.

A start shows one form; building all six first cost a returning user ~60 ms before the
window was complete. The shelf holds a page per operation from the start (the "Make" list
and the tab order never change) and puts the form in its page when the page is shown,
when the code asks for it (`shelf["image2video"]`, a history action filling a picture),
or, after the window is ready, one per idle moment (`build_rest`), so that choosing
another kind later never waits.

Each form gets its state from the last run (`saved`) when it is built; `states()` gives
the state of every form, built or not, for saving.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kling_desktop.operations.base import Operation
from kling_desktop.ui.forms import OperationForm
from kling_desktop.ui.words import translated


class FormShelf(Mapping[str, OperationForm]):
    """`name -> form` for every operation; reading a form builds it if need be."""

    def __init__(
        self,
        tabs: QTabWidget,
        operations: list[Operation],
        build: Callable[[Operation], OperationForm],
        saved: Mapping[str, Any] | None = None,
        on_restore_error: Callable[[str, Exception], None] | None = None,
    ) -> None:
        self._tabs = tabs
        self._operations = {operation.name: operation for operation in operations}
        self._build = build
        self._saved = dict(saved or {})
        self._on_restore_error = on_restore_error
        self._built: dict[str, OperationForm] = {}
        self._pages: dict[str, QWidget] = {}
        for operation in operations:
            page = QWidget()
            box = QVBoxLayout(page)
            box.setContentsMargins(0, 0, 0, 0)
            self._pages[operation.name] = page
            tabs.addTab(page, translated(operation.title))
        tabs.currentChanged.connect(self._page_shown)

    # Mapping --------------------------------------------------------------------------

    def __getitem__(self, name: str) -> OperationForm:
        form = self._built.get(name)
        if form is None:
            if name not in self._operations:
                raise KeyError(name)
            form = self._make(name)
        return form

    def __iter__(self) -> Iterator[str]:
        return iter(self._operations)

    def __len__(self) -> int:
        return len(self._operations)

    # The shelf's own ------------------------------------------------------------------

    def built(self) -> list[OperationForm]:
        """The forms built so far (what a catalogue or account change must update)."""
        return list(self._built.values())

    def is_built(self, name: str) -> bool:
        return name in self._built

    def index_of(self, name: str) -> int:
        return list(self._operations).index(name)

    def current(self) -> OperationForm | None:
        """The form on show (built by showing it)."""
        index = self._tabs.currentIndex()
        return self[list(self._operations)[index]] if index >= 0 else None

    def states(self) -> dict[str, Any]:
        """Every form's state to keep: the built ones as they are now, the others as
        they were saved."""
        states = {name: state for name, state in self._saved.items() if name in self._operations}
        states.update({name: form.state() for name, form in self._built.items()})
        return states

    def build_rest(self) -> None:
        """Build the forms not built yet, one per turn of the event loop."""
        for name in self._operations:
            if name not in self._built:
                self[name]
                QTimer.singleShot(0, self._tabs, self.build_rest)
                return

    def _page_shown(self, index: int) -> None:
        if index >= 0:
            self[list(self._operations)[index]]

    def _make(self, name: str) -> OperationForm:
        form = self._build(self._operations[name])
        self._built[name] = form
        self._pages[name].layout().addWidget(form)
        state = self._saved.get(name)
        if isinstance(state, dict):
            try:
                form.restore(state)
            except (TypeError, ValueError) as exc:
                if self._on_restore_error is not None:
                    self._on_restore_error(name, exc)
        return form
