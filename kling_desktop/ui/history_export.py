"""Exporting history items: their files and a JSON file of every parameter, to a folder or
a ZIP, written on the thread pool."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kling_desktop.ui.background import in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from kling_desktop.store.history import History


class Window(Protocol):
    """What an export needs of the main window: a parent for its dialogs, and its
    status line."""

    def statusBar(self) -> QStatusBar: ...


class Export(QObject):
    def __init__(self, window: Window, history: History) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.history = history
        self.last = None  # the report of the last finished export

    def ask(self, ids: list[int], *, as_zip: bool) -> None:
        """Ask where, then export `ids` there."""
        if not ids:
            return
        if as_zip:
            target, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export as ZIP"),
                str(Path.home() / "kling-desktop-export.zip"),
                self.tr("ZIP archives (*.zip)"),
            )
            if target and not target.lower().endswith(".zip"):
                target += ".zip"
        else:
            from kling_desktop.ui.folders import home_folder

            target = QFileDialog.getExistingDirectory(
                self.window, self.tr("Export to a folder"), home_folder()
            )
        if target:
            self.to(ids, Path(target), as_zip=as_zip)

    def to(self, ids: list[int], target: Path, *, as_zip: bool) -> None:
        from kling_desktop.store.export import export
        from kling_desktop.ui.details import settings_in_words

        history = self.history
        self.window.statusBar().showMessage(self.tr("Exporting…"))
        in_background(
            lambda: export(history, ids, target, as_zip=as_zip, describe=settings_in_words),
            self._exported,
        )

    def _exported(self, report, error) -> None:
        if report is None:
            QMessageBox.warning(
                self.window,
                self.tr("Export"),
                self.tr("The export could not be written: {error}").format(error=error),
            )
            self.window.statusBar().clearMessage()
            return
        text = self.tr("Exported %n file(s) to {target}.", "", report.files).format(
            target=report.target
        )
        if report.missing:
            text += " " + self.tr(
                "%n file(s) were missing from the disk and are only named in the JSON file.",
                "",
                len(report.missing),
            )
        self.window.statusBar().showMessage(text, 12000)
        self.last = report
