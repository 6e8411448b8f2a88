"""Everything a user does with past results, as actions with shortcuts: the same actions
fill the History menu, the list's right-click menu and the viewer's buttons.

Nothing here blocks: files are read, copied, zipped and trashed on the thread pool, and
network work (re-download) goes to the job engine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from kling_desktop.store.records import Filter, JobRecord, OutputRecord
from kling_desktop.ui.background import in_background
from kling_desktop.ui.history_delete import Deletion
from kling_desktop.ui.history_export import Export
from kling_desktop.ui.words import translated

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from kling_desktop.context import AppContext
    from kling_desktop.operations import Operation, Uses
    from kling_desktop.ui.forms import OperationForm
    from kling_desktop.ui.history_panel import HistoryPanel
    from kling_desktop.ui.viewer import ResultViewer


class Window(Protocol):
    """What the actions need of the main window (named here, not imported: the window
    builds the actions, so the arrow runs one way)."""

    context: AppContext
    history_panel: HistoryPanel
    viewer: ResultViewer

    def show_form(self, kind: str) -> OperationForm: ...

    def show_job(self, job_id: int | None) -> None: ...

    def statusBar(self) -> QStatusBar: ...


log = logging.getLogger("kling_desktop.ui")


def use_name(operation: str, uses: Uses) -> str:
    return f"use:{operation}:{uses.param}:{uses.how}"


@dataclass(frozen=True)
class Chosen:
    """What the actions are about: the chosen job, the result on show (or the job's first),
    and how many jobs are selected."""

    job: JobRecord | None
    output: OutputRecord | None
    many: int

    @property
    def present(self) -> bool:
        """The result's file is on this computer."""
        return self.output is not None and self.output.file_present()

    def file_of(self, media: str) -> bool:
        return self.present and self.output is not None and self.output.media == media

    @property
    def finished(self) -> bool:
        return self.job is not None and not self.job.status.active


@dataclass(frozen=True)
class Entry:
    """One action on history items: its words and keys, what it needs of the chosen items
    (None: enabled by its own logic), and what it does."""

    name: str
    text: str
    do: Callable[[], None]
    needs: Callable[[Chosen], bool] | None
    keys: str | QKeySequence.StandardKey | None = None
    tip: str = ""
    #: Where its shortcut works: the window (None), or the history list (and its
    #: children, with `children`) only.
    on_list: bool = False
    children: bool = False
    checkable: bool = False


class HistoryActions(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.context = window.context
        self.history = window.context.history
        self.panel = window.history_panel
        self.viewer = window.viewer
        self.last_compare = None  # the compare window opened last
        self.exporting = Export(window, self.history)
        self.deletion = Deletion(window, self.context, self.panel, self.selected)

        #: Every action, in menu order (None: a separator).
        self.entries: list[Entry | None] = self._table()
        self.actions: dict[str, QAction] = {}
        for entry in self.entries:
            if entry is not None:
                self.actions[entry.name] = self._action(entry)
        self.find = self._action(
            Entry("find", self.tr("Search the history"), self.panel.focus_search, None, "Ctrl+F")
        )
        self.panel.addAction(self.undo)
        self.undo.setEnabled(False)
        self.deletion.undoable.connect(self.undo.setEnabled)
        self.panel.list.customContextMenuRequested.connect(self._context_menu)
        self.panel.activated.connect(lambda _job: self.open_file())
        # A click changes the current row and the selection: one update for both, after
        # the viewer has shown the job (whose record and files it then reuses).
        self._update_soon = QTimer(self, singleShot=True, interval=0)
        self._update_soon.timeout.connect(self.update)
        self.panel.selection_changed.connect(self._update_soon.start)
        self.panel.current_changed.connect(lambda _job: self._update_soon.start())
        self.viewer.locate_requested.connect(lambda _output: self.locate_file())
        self.viewer.redownload_requested.connect(lambda _job: self.download_again())
        self.update()

    def _table(self) -> list[Entry | None]:
        """The actions: text, keys, what each needs, what each does."""
        history = self.history
        return [
            Entry(
                "open", self.tr("Open"), self.open_file, lambda c: c.present, "Return", on_list=True
            ),
            Entry(
                "show_folder",
                self.tr("Show in folder"),
                self.show_in_folder,
                lambda c: c.present,
                "Ctrl+Shift+O",
            ),
            None,
            Entry(
                "reuse",
                self.tr("Reuse settings"),
                self.reuse_settings,
                lambda c: c.job is not None,
                "Ctrl+R",
                self.tr("Fill the form with everything this job used, pictures included."),
            ),
            Entry(
                "rerun",
                self.tr("Run again"),
                self.run_again,
                lambda c: c.many > 0 and c.finished,
                "Ctrl+Shift+R",
                self.tr("Send the same request again, as a new job (charged again)."),
            ),
            *self._uses(),
            Entry(
                "family",
                self.tr("Show what came from what"),
                self.show_family,
                lambda c: c.job is not None and history.has_family(c.job.id),
                "Ctrl+Shift+F",
                self.tr("List only this result, what it was made from and what was made from it."),
            ),
            Entry(
                "batch",
                self.tr("Show its batch"),
                self.show_batch,
                lambda c: c.job is not None and batch_tag(c.job.tags) is not None,
                None,
                self.tr("List only the jobs made with this one by “Several at once…”."),
            ),
            Entry(
                "compare",
                self.tr("Compare side by side"),
                self.compare_selected,
                lambda c: 2 <= c.many <= 4,
                "Ctrl+K",
                self.tr(
                    "Select 2 to 4 results to see them together, their different settings marked."
                ),
            ),
            None,
            Entry(
                "copy_prompt",
                self.tr("Copy prompt"),
                self.copy_prompt_text,
                lambda c: c.job is not None,
                "Ctrl+Shift+C",
                on_list=True,
                children=True,
            ),
            Entry(
                "copy_image",
                self.tr("Copy image"),
                self.copy_picture,
                lambda c: c.file_of("image"),
                "Ctrl+Shift+I",
                on_list=True,
                children=True,
            ),
            Entry(
                "favourite",
                self.tr("Favourite"),
                self.toggle_favourite,
                lambda c: c.many > 0,
                "Ctrl+D",
                checkable=True,
            ),
            Entry(
                "tags", self.tr("Edit tags…"), self.edit_tags, lambda c: c.job is not None, "Ctrl+T"
            ),
            None,
            Entry(
                "redownload",
                self.tr("Download again"),
                self.download_again,
                lambda c: c.output is not None and not c.present and c.output.server_copy_alive(),
            ),
            Entry(
                "locate",
                self.tr("Locate file…"),
                self.locate_file,
                lambda c: c.output is not None and not c.present,
            ),
            None,
            Entry(
                "export_folder",
                self.tr("Export to a folder…"),
                lambda: self.exporting.ask(self.selected(), as_zip=False),
                lambda c: c.many > 0,
                "Ctrl+E",
            ),
            Entry(
                "export_zip",
                self.tr("Export as ZIP…"),
                lambda: self.exporting.ask(self.selected(), as_zip=True),
                lambda c: c.many > 0,
                "Ctrl+Shift+E",
            ),
            None,
            Entry(
                "delete",
                self.tr("Delete…"),
                lambda: self.deletion.delete_selected(),
                lambda c: c.many > 0,
                QKeySequence.StandardKey.Delete,
                self.tr("Move the files to the trash and remove the jobs from the history."),
                on_list=True,
            ),
            # Enabled while a delete can be undone.
            Entry(
                "undo",
                self.tr("Undo delete"),
                lambda: self.deletion.undo(),
                None,
                QKeySequence.StandardKey.Undo,
                children=True,
            ),
        ]

    def _uses(self) -> list[Entry]:
        """An action for each result an operation takes from the history ("Use as first
        frame", "Give it sound…"), as the operations declare them, in their order."""
        from kling_desktop.operations import registry

        out = []
        for operation in registry.all_operations():
            for uses in operation.uses:

                def needs(c: Chosen, uses=uses) -> bool:
                    if c.output is None or c.output.media != uses.media:
                        return False
                    return c.present if uses.needs_file else True

                out.append(
                    Entry(
                        use_name(operation.name, uses),
                        translated(uses.label),
                        lambda _=False, op=operation, uses=uses: self.use(op, uses),
                        needs,
                        tip=translated(uses.tip),
                    )
                )
        return out

    def _action(self, entry: Entry) -> QAction:
        act = QAction(entry.text, self.window)
        act.triggered.connect(entry.do)
        if entry.keys is not None:
            act.setShortcut(QKeySequence(entry.keys))
            scope = Qt.ShortcutContext
            if entry.children:
                act.setShortcutContext(scope.WidgetWithChildrenShortcut)
            elif entry.on_list:
                act.setShortcutContext(scope.WidgetShortcut)
            else:
                act.setShortcutContext(scope.WindowShortcut)
        if entry.on_list:
            self.panel.list.addAction(act)
        if entry.tip:
            act.setToolTip(entry.tip)
            act.setStatusTip(entry.tip)
        act.setCheckable(entry.checkable)
        return act

    def __getattr__(self, name: str) -> QAction:
        # The actions by name: `actions.reuse`, `actions.delete`...
        actions = self.__dict__.get("actions")
        if actions is not None and name in actions:
            return actions[name]
        raise AttributeError(name)

    def using(self, operation: str, param: str, how: str = "file") -> QAction:
        """The action that puts a result in `operation`'s `param` (found by what the
        operation declares)."""
        return self.actions[f"use:{operation}:{param}:{how}"]

    # What is chosen ------------------------------------------------------------------------

    def current(self) -> JobRecord | None:
        """The chosen job: as the viewer shows it (kept fresh by the engine's signals), or
        read from the history when the viewer shows another."""
        job_id = self.panel.current_job()
        if job_id is None:
            return None
        shown = self.viewer.job
        return shown if shown is not None and shown.id == job_id else self.history.get(job_id)

    def selected(self) -> list[int]:
        ids = self.panel.selected_jobs()
        current = self.panel.current_job()
        return ids or ([current] if current is not None else [])

    def current_output(self) -> OutputRecord | None:
        """The result on screen in the viewer, or the job's first one."""
        job = self.current()
        if job is None:
            return None
        if self.viewer.job is not None and self.viewer.job.id == job.id:
            return self.viewer.output
        outputs = self.history.outputs(job.id)
        return outputs[0] if outputs else None

    def menu_actions(self) -> list[QAction | None]:
        return [None if e is None else self.actions[e.name] for e in self.entries]

    def fill(self, menu: QMenu) -> None:
        for act in self.menu_actions():
            menu.addSeparator() if act is None else menu.addAction(act)

    def attach(self, engine) -> None:
        """Follow the job engine once the window has one."""
        engine.redownloaded.connect(self._redownloaded)

    def update(self) -> None:
        """Enable what makes sense for the selection (and say why the rest is off)."""
        job = self.current()
        chosen = Chosen(job, self.current_output(), len(self.selected()))
        for entry in self.entries:
            if entry is not None and entry.needs is not None:
                self.actions[entry.name].setEnabled(entry.needs(chosen))
        self.favourite.setChecked(bool(job and job.favourite))

    def _context_menu(self, position) -> None:
        index = self.panel.list.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self.panel)
        self.fill(menu)
        menu.exec(self.panel.list.viewport().mapToGlobal(position))

    # Reuse ---------------------------------------------------------------------------------

    def reuse_settings(self) -> None:
        job = self.current()
        if job is None:
            return
        history = self.history

        def load():
            from kling_desktop.jobs import codec
            from kling_desktop.media.images import PreparedImage

            images = {}
            for record in history.inputs(job.id):
                try:
                    data = history.input_bytes(record)
                except OSError:
                    continue  # the prepared copy is gone: the form shows the field empty
                images[record.role] = PreparedImage(
                    data,
                    "png" if data.startswith(b"\x89PNG") else "jpeg",
                    record.width or 0,
                    record.height or 0,
                    record.thumbnail or b"",
                    original_path=record.original_path,
                    source=record.source,
                )

            # Decoded with the prepared pictures in place of their bytes: the request's
            # picture parameters then hold what the form's pickers show.
            def kept(value):  # a picture whose prepared copy is gone is left out
                if isinstance(value, list):
                    return [v for v in value if kept(v) is not None]
                if isinstance(value, dict) and "input" in value:
                    return value if value["input"] in images else None
                return value

            params = {
                name: kept(value)
                for name, value in job.request.items()
                if kept(value) not in (None, [])
            }
            request = codec.decode(job.kind, params, images)
            return request, {
                name: value
                for name, value in request.params.items()
                if isinstance(value, PreparedImage)
                or (isinstance(value, list) and value and isinstance(value[0], PreparedImage))
            }

        def fill(loaded, error):
            if loaded is None:
                log.warning("could not reuse job %s: %s", job.id, error)
                return
            request, images = loaded
            form = self.window.show_form(job.kind)
            note = form.load(request, images)
            self.window.statusBar().showMessage(
                translated(note)
                if note
                else self.tr(
                    "The form now holds that job's settings. Change anything, then Generate."
                ),
                12000,
            )

        in_background(load, fill, self.window)

    def run_again(self) -> None:
        ids = [i for i in self.selected() if (j := self.history.get(i)) and not j.status.active]
        if not ids:
            return
        if len(ids) > 1:
            from kling_desktop.ui.ask import ask

            if not ask(
                self.window,
                self.tr("Run again"),
                self.tr(
                    "Send %n job(s) again? Each one is a new task and is charged again.",
                    "",
                    len(ids),
                ),
                self.tr("Send again"),
                self.tr("Don't send"),
            ):
                return
        for job_id in ids:
            self.context.engine.retry(job_id)
        self.window.statusBar().showMessage(self.tr("Queued again."), 5000)

    def use(self, operation: Operation, uses: Uses) -> None:
        """Put the chosen result where `operation` takes it, and show that form."""
        job, output = self.current(), self.current_output()
        if job is None or output is None or output.media != uses.media:
            return
        if uses.needs_file and not output.file_present():
            return
        form = self.window.show_form(operation.name)
        form.take(uses, output, job)
        if uses.said is not None:
            self.window.statusBar().showMessage(translated(uses.said), 8000)

    def compare_selected(self) -> None:
        """Open the selected results (2 to 4) side by side."""
        self.compare_these(self.panel.selected_jobs())

    def compare_these(self, ids: list[int]) -> None:
        """Open these results (2 to 4) side by side."""
        from kling_desktop.ui.compare import CompareWindow

        if not 2 <= len(ids) <= 4:
            return
        # Stars go through the list's model, so the rows show them at once.
        dialog = CompareWindow(self.history, ids, self.window, self.panel.model.set_favourite)
        dialog.trash_requested.connect(
            lambda others: self.deletion.delete(others) and dialog.close()
        )
        self.last_compare = dialog
        dialog.show()

    def show_batch(self) -> None:
        job = self.current()
        tag = batch_tag(job.tags) if job is not None else None
        if tag is not None:
            count = self.history.count(Filter(tag=tag))
            self.panel.show_batch(tag, tag.split(" ", 1)[1], count)

    def show_family(self) -> None:
        job = self.current()
        if job is not None:
            self.panel.show_family(job.id, job.prompt)

    # Files ---------------------------------------------------------------------------------

    def open_file(self) -> None:
        output = self.current_output()
        if output is not None and output.file_present():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(output.path)))

    def show_in_folder(self) -> None:
        output = self.current_output()
        if output is not None and output.file_present():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(output.path.parent)))

    def copy_prompt_text(self) -> None:
        job = self.current()
        if job is not None:
            QApplication.clipboard().setText(job.prompt)

    def copy_picture(self) -> None:
        output = self.current_output()
        if output is None or not output.file_present() or output.media != "image":
            return
        path = output.path
        in_background(
            lambda: QImage(str(path)),
            lambda image, _e: (
                image is not None
                and not image.isNull()
                and QApplication.clipboard().setImage(image)
            ),
            self.window,
        )

    def toggle_favourite(self) -> None:
        ids = self.selected()
        if not ids:
            return
        first = self.history.get(ids[0])
        self.panel.model.set_favourite(ids, not (first and first.favourite))
        self.update()

    def edit_tags(self) -> None:
        job = self.current()
        if job is None:
            return
        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Tags"),
            self.tr("Tags for this job, separated by commas:"),
            text=", ".join(job.tags),
        )
        if ok:
            self.history.set_tags(job.id, text.split(","))
            self.panel.model.job_changed(job.id)
            self.window.details.refresh()

    def download_again(self) -> None:
        job = self.current()
        if job is None:
            return
        self.redownload.setEnabled(False)
        self.viewer.redownload_button.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Downloading the files again…"))
        self.context.engine.redownload(job.id)

    def _redownloaded(self, job_id: int, problem: str) -> None:
        self.viewer.redownload_button.setEnabled(True)
        if problem:
            self.window.statusBar().clearMessage()
            QMessageBox.warning(self.window, self.tr("Download again"), problem)
        else:
            self.window.statusBar().showMessage(self.tr("The files are back on your disk."), 8000)
        self._refresh(job_id)

    def locate_file(self) -> None:
        output = self.current_output()
        if output is None:
            return
        start = str(output.path.parent) if output.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Where is the file now?"), start)
        if not path:
            return
        self.relocate(output, Path(path))

    def relocate(self, output: OutputRecord, path: Path) -> None:
        """Point the result at `path`, after checking (off the GUI thread) that it is the
        same file: a different file with the same name would be a silent mix-up."""

        def check() -> bool:
            from kling_desktop.jobs.steps import sha256_of

            return output.sha256 is None or sha256_of(path) == output.sha256

        def checked(same, error) -> None:
            from kling_desktop.ui.ask import ask

            if not same and not ask(
                self.window,
                self.tr("Locate file"),
                self.tr(
                    "This file is not the one the app saved (its content differs). Use it anyway?"
                ),
                self.tr("Use this file"),
                self.tr("Choose another"),
            ):
                return
            self.history.relocate(output.id, path)
            self._refresh(output.job_id)

        in_background(check, checked, self.window)

    def _refresh(self, job_id: int) -> None:
        self.panel.model.job_changed(job_id)
        if self.viewer.job is not None and self.viewer.job.id == job_id:
            self.viewer.refresh()
            self.window.details.refresh()
        self.update()


def batch_tag(tags) -> str | None:
    """The tag of the batch a job was made in (`jobs.batch.tag_for`), if any."""
    from kling_desktop.jobs.batch import is_batch_tag  # not needed to paint

    return next((t for t in tags if is_batch_tag(t)), None)
