"""The main window: the history on the left, the result viewer and its details in the
middle, the forms on the right, the queue below. Each side panel is a dock the user can
move, resize or close (View menu); the layout is kept between runs.

The app builds the window in three steps (`staged=True`), each after the previous one is
on screen: its frame (title, menus, the demo notice, the status line and the docks where
the user left them), which needs neither the history database, the panels' code nor Qt's
enums; then the history list; then the viewer, details, forms, queue and actions. `ready`
is emitted when the window is complete; the app starts the engine on it. If the history
cannot be opened, the user is told why and the app quits. Tests build it in one go.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

# `Qt` (the namespace) is imported where it is used: PySide builds all of its ~90 enums on
# first touch (~30 ms), and a returning user's first frame does without them.
from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from kling_desktop.context import AppContext
from kling_desktop.ui.connections import Connections
from kling_desktop.ui.fit import fit_to_screen
from kling_desktop.ui.result_follower import ResultFollower
from kling_desktop.ui.window_memory import WindowMemory

if TYPE_CHECKING:
    from kling_desktop.jobs.spec import JobSpec
    from kling_desktop.jobs.update import JobUpdate
    from kling_desktop.ui.forms import OperationForm
    from kling_desktop.ui.history_panel import HistoryPanel

log = logging.getLogger("kling_desktop.ui")


class _AfterPaint(QObject):
    """Runs `then` once, from the event loop, after `widget` has been painted; or after
    `fallback_ms` if it has not been by then (a window that starts hidden may not be)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int = 500):
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)  # not a paintEvent override: later paints stay in C++
        self._fallback = QTimer(self, singleShot=True, interval=fallback_ms)
        self._fallback.timeout.connect(self._run)
        self._fallback.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            # A parent is painted before its children: the rest of the frame is painted
            # and flushed before this zero timer runs.
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        self.deleteLater()
        then()


def _now_ms() -> int:
    import time

    return int(time.time() * 1000)


class MainWindow(QMainWindow):
    first_painted = Signal()  # the first frame is on screen
    ready = Signal()  # every part of the window is built
    #: Say, when quitting with jobs running, that they go on next time (the app sets it;
    #: tests close windows without being asked).
    ask_before_quit = False

    def __init__(self, context: AppContext, *, staged: bool = False) -> None:
        super().__init__()
        self.context = context
        self.is_ready = False
        self._engine_attached = False
        self._staged = staged
        self.setWindowTitle(self.tr("Kling Desktop"))
        self.setDockNestingEnabled(True)
        self.banner = QLabel(
            self.tr(
                "<b>Demo mode.</b> Results are placeholders made by the built-in sandbox on "
                "this computer; nothing is sent to Kling and nothing is charged. "
                "<a href='connect' style='color: white'>Use my own key…</a>"
            )
        )
        self.banner.setObjectName("demoBanner")
        # One line across the window (a toolbar cannot grow for wrapped text).
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.banner.setStyleSheet(
            "#demoBanner { background: palette(highlight); "
            "color: palette(highlighted-text); padding: 8px; }"
        )
        self.banner.linkActivated.connect(lambda _: self.add_connection())
        self.notice = QToolBar(self.tr("Notice"))
        self.notice.setObjectName("notice")
        self.notice.setMovable(False)
        self.notice.setFloatable(False)
        self.notice.toggleViewAction().setVisible(False)
        self.notice.addWidget(self.banner)
        self.addToolBar(self.notice)  # at the top

        # The middle and the docks, empty until their panels are built. The middle grows
        # with the window, as the viewer will: space left over goes to it, not to the
        # docks. (Its panels go inside it later: replacing the central widget would make
        # Qt share the width out again, evenly.)
        self._middle = QWidget()
        self._middle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCentralWidget(self._middle)
        self.create_dock = self._dock(self.tr("Create"), "create", QWidget())
        self.history_dock = self._dock(self.tr("History"), "history", QWidget())
        self.queue_dock = self._dock(self.tr("Queue"), "queue", QWidget())

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self.tr("Open the &pictures folder"), lambda: self._open_library("image")
        )
        file_menu.addAction(self.tr("Open the &videos folder"), lambda: self._open_library("video"))
        file_menu.addSeparator()
        settings = file_menu.addAction(self.tr("&Settings…"), self.open_settings)
        settings.setMenuRole(settings.MenuRole.PreferencesRole)
        file_menu.addSeparator()
        # Ctrl+Q everywhere (Windows' standard Quit key is empty; Alt+F4 still closes).
        quit_ = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_.setShortcut("Ctrl+Q")
        quit_.setMenuRole(quit_.MenuRole.QuitRole)
        self.history_menu = self.menuBar().addMenu(self.tr("&History"))
        self.connection_menu = self.menuBar().addMenu(self.tr("&Connection"))
        self.connections = Connections(self)
        self.connection_menu.aboutToShow.connect(self.connections.fill_menu)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for dock in (self.history_dock, self.create_dock, self.queue_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.tr("Reset the layout"), self.reset_layout)
        from kling_desktop.ui.help_menu import HelpMenu

        self.help_menu = HelpMenu(self, context)
        self.menuBar().addMenu(self.help_menu)
        fit_to_screen(self, QSize(1280, 820), place=True)  # a saved layout replaces it
        self.memory = WindowMemory(self, context.paths.config)
        if not self.memory.restore_layout():
            self.memory.place_docks(self.history_dock, self.create_dock, self.queue_dock)
        self.connections.changed()  # after the layout: it decides whether the notice shows
        if staged:
            _AfterPaint(self, self._first_frame_done)
        elif self._build_history():
            self._complete()

    def _first_frame_done(self) -> None:
        self.first_painted.emit()
        if not self._build_history():
            return
        if self.history_dock.isVisible():  # let the user see the history, then the rest
            _AfterPaint(self.history_panel, self._complete)
        else:
            self._complete()

    def _build_history(self) -> bool:
        """Open the history and fill the history dock; False (and the app quits) if the
        history cannot be opened."""
        from kling_desktop.store import StoreError
        from kling_desktop.ui.history_panel import HistoryPanel
        from kling_desktop.ui.words import translated

        context = self.context
        try:
            history = context.open()
        except StoreError as exc:
            QMessageBox.critical(self, self.tr("Kling Desktop"), translated(exc.message))
            QApplication.exit(1)
            return False
        try:
            panel = HistoryPanel(history)
        except Exception as exc:
            from kling_desktop.store.db import is_damage

            if not is_damage(exc):
                raise
            # Its first rows are unreadable: nothing else uses it yet, so set it aside now.
            panel = None
            context.db.set_aside(exc)
        if context.db.report.message:
            QMessageBox.warning(
                self, self.tr("Kling Desktop"), translated(context.db.report.message)
            )
        self.history_panel: HistoryPanel = panel or HistoryPanel(history)
        self._replace(self.history_dock, self.history_panel)
        return True

    def _complete(self) -> None:
        """Build everything else, then emit `ready`."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QComboBox,
            QHBoxLayout,
            QSplitter,
            QTabWidget,
            QVBoxLayout,
        )

        from kling_desktop.operations import registry
        from kling_desktop.ui.details import DetailsPanel
        from kling_desktop.ui.form_env import FormEnv
        from kling_desktop.ui.form_shelf import FormShelf
        from kling_desktop.ui.forms import form_for
        from kling_desktop.ui.history_actions import HistoryActions
        from kling_desktop.ui.progress_card import ReadyNotice
        from kling_desktop.ui.queue_panel import QueuePanel
        from kling_desktop.ui.viewer import ResultViewer
        from kling_desktop.ui.words import translated

        context = self.context
        history = context.history

        # Middle: the viewer above, the details below.
        self.viewer = ResultViewer(history)
        self.details = DetailsPanel(history)
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.viewer)
        middle.addWidget(self.details)
        middle.setSizes([520, 170])
        middle.setChildrenCollapsible(False)
        self.ready_notice = ReadyNotice()
        self.follower = ResultFollower(self, self)
        self.ready_notice.show_requested.connect(self.follower.open_arrived)
        box = QVBoxLayout(self._middle)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.ready_notice)
        box.addWidget(middle)

        # Right: a form for each operation, built from the registry and the catalogue,
        # chosen from a list that always fits the panel (a row of tabs did not: with six
        # operations most were behind scroll arrows).
        self.tabs = QTabWidget()
        self.tabs.tabBar().hide()
        self.tabs.setDocumentMode(True)
        self.make = QComboBox()
        self.make.setObjectName("makeChoice")
        self.make.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.make.setMinimumContentsLength(10)
        self.make.setToolTip(self.tr("What you want to make: each has its own settings below."))
        env = FormEnv(
            profile=lambda: context.active_profile,
            standards=lambda: context.standards(context.active_profile),
            catalogue=context.catalogue,
            demo=lambda: context.demo,
            videos=self._kept_videos,
            units_left=self.connections.units_left,
            kept_outputs=history.kept_results,
            find_video=self._find_video,
            elements=lambda: [
                (e.name, e.element_id) for e in context.elements.ready(context.active_profile)
            ],
            manage_elements=self.connections.open_elements,
            client=lambda: context.pool(context.active_profile),
            voices_of_account=lambda: [
                (v.name, v.voice_id)
                for v in context.voices.cached(context.active_profile).voices
                if v.voice_id and v.name
            ],
            manage_voices=self.connections.open_voices,
            run_for_form=self.run_for_form,
        )
        self._forms_catalogue = context.catalogue()

        def build(operation) -> OperationForm:
            form = form_for(operation, env)
            form.generate_requested.connect(self.generate)
            form.batch_requested.connect(lambda: self.open_batch(form))
            return form

        operations = registry.all_operations()
        for operation in operations:
            self.make.addItem(translated(operation.title), operation.name)
        saved = self.memory.saved_forms()
        # Each form is built when first shown or asked for; the rest once the window is
        # ready (`_announce_ready`). Tests build the window in one go, forms included.
        self.forms = FormShelf(
            self.tabs,
            operations,
            build,
            saved,
            lambda name, exc: log.warning("could not restore the %s form: %s", name, exc),
        )
        self.make.currentIndexChanged.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self.make.setCurrentIndex)
        self.tabs.setCurrentIndex(int(saved.get("tab", 0)) % self.tabs.count())
        self.forms.current()
        if not self._staged:
            for name in self.forms:
                self.forms[name]
        create = QWidget()
        create_box = QVBoxLayout(create)
        create_box.setContentsMargins(6, 6, 0, 0)
        make_row = QHBoxLayout()
        make_label = QLabel(self.tr("Make"))
        make_label.setBuddy(self.make)
        make_row.addWidget(make_label)
        make_row.addWidget(self.make, 1)
        create_box.addLayout(make_row)
        create_box.addWidget(self.tabs, 1)
        self._replace(self.create_dock, create)

        # Below: this session's queue (following the engine once it exists).
        self.queue = QueuePanel(None, history)
        self._replace(self.queue_dock, self.queue)
        self.queue.currentItemChanged.connect(self._row_chosen)

        self.tray = None
        self._refresh_shown = QTimer(self, singleShot=True, interval=100)
        self._refresh_shown.timeout.connect(self._refresh_viewer)
        self._details_job: int | None = None
        self._shown_update: JobUpdate | None = None
        self._show_details = QTimer(self, singleShot=True, interval=0)
        self._show_details.timeout.connect(lambda: self.details.show_job(self._details_job))
        self.queue.result_ready.connect(self._result_ready)
        self.viewer.card.fix_requested.connect(self.connections.edit)
        self.details.job_requested.connect(self.reveal_job)

        self.history_actions = HistoryActions(self)
        self.history_menu.addAction(self.history_actions.find)
        self.history_menu.addSeparator()
        self.history_actions.fill(self.history_menu)
        self.history_menu.aboutToShow.connect(self.history_actions.update)
        self.history_panel.current_changed.connect(self.show_job)
        self.history_panel.cancel_batch.connect(self.cancel_batch)
        self.history_panel.grid_batch.connect(self.open_batch_grid)
        QApplication.instance().applicationStateChanged.connect(self._application_state_changed)
        if not self._staged:
            self.attach_engine()
            self._show_icons()
        self.is_ready = True
        if self._staged:  # ready once the complete window is on screen
            _AfterPaint(self.tabs, self._announce_ready)
        else:
            self._announce_ready()

    def attach_engine(self) -> None:
        """Create the job engine (not started) and follow it. The app does this once the
        window is on screen, just before starting the engine; a test window at once."""
        if self._engine_attached:
            return
        self._engine_attached = True
        engine = self.context.create_engine()
        self.queue.attach(engine)
        self.queue.cancel_requested.connect(engine.cancel)
        self.viewer.cancel_requested.connect(engine.cancel)
        engine.job_recorded.connect(self.follower.recorded)
        engine.job_message.connect(self.viewer.card.set_message)
        engine.job_progress.connect(self.viewer.card.set_progress)
        engine.job_changed.connect(self._job_changed)
        engine.job_finished.connect(self._job_changed)
        engine.profile_blocked.connect(self.connections.blocked)
        engine.record_failed.connect(self._record_failed)
        self.history_actions.attach(engine)

    def _show_icons(self) -> None:
        """The window's icon and the tray's, drawn once the window is up (the taskbar
        shows the installed icon until then)."""
        from PySide6.QtWidgets import QSystemTrayIcon

        from kling_desktop.ui.icon import app_icon

        icon = app_icon()
        self.setWindowIcon(icon)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Kling Desktop"))
            self.tray.messageClicked.connect(self._bring_up_result)
            self.tray.show()

    def _announce_ready(self) -> None:
        self.ready.emit()
        if self._staged:
            self._show_icons()
        self.forms.build_rest()
        self._update_catalogue()
        self.connections.read_account()
        self._check_history()

    def _check_history(self) -> None:
        """Read the whole history file once per start, off the GUI thread: damaged indexes
        (which queries would trip over later, or answer wrongly) are rebuilt now."""
        from kling_desktop.ui.background import in_background

        in_background(self.context.db.repair_indexes, self._history_checked, self)

    def _history_checked(self, repaired, error) -> None:
        from kling_desktop.ui.words import translated

        if error is not None:  # the rows themselves: the first read that trips says so
            log.warning("history check: %s", error)
        elif repaired and self.context.db.report.message:
            self.statusBar().showMessage(translated(self.context.db.report.message), 30000)

    def _update_catalogue(self) -> None:
        """Look for a newer model list at the address in Settings, off the GUI thread."""
        from kling_desktop.ui.background import in_background
        from kling_desktop.ui.words import translated

        if self.context.settings.catalogue_url:
            in_background(self.context.update_catalogue, self._catalogue_updated, self)
        elif self.context.catalogue_problem:
            self.statusBar().showMessage(translated(self.context.catalogue_problem), 15000)

    def _catalogue_updated(self, result, error) -> None:
        from kling_desktop.ui.words import translated

        if result is None:
            return
        if result.catalogue is not None:
            self.context.use_catalogue(result.catalogue)
            self._forms_catalogue = self.context.catalogue()
            for form in self.forms.built():
                form.reload_catalogue()
        if result.message:
            self.statusBar().showMessage(translated(result.message), 15000)

    def _kept_videos(self) -> list[tuple[str, str]]:
        """The user's videos Kling still keeps (a quick indexed query, when a menu opens)."""
        from kling_desktop.ui.words import relative_time

        found = []
        for prompt, output in self.context.history.kept_results("video"):
            words = " ".join(prompt.split())[:60] or self.tr("(no prompt)")
            if output.url_expires_at is not None:
                made = int(output.url_expires_at.timestamp() * 1000) - 30 * 86_400_000
                words = f"{words} · {relative_time(made, _now_ms())}"
            found.append((words, output.url))
        return found

    def _find_video(self, video_id: str):
        """(its job's prompt, the result) of the user's video Kling knows as `video_id`."""
        history = self.context.history
        output = history.output_by_remote_id(video_id)
        job = history.get(output.job_id) if output is not None else None
        return (job.prompt, output) if job is not None else None

    @staticmethod
    def _replace(dock: QDockWidget, widget: QWidget) -> None:
        old = dock.widget()
        dock.setWidget(widget)
        if old is not None:
            old.deleteLater()

    def _dock(self, title: str, name: str, widget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    # Showing results --------------------------------------------------------------------

    def show_job(self, job_id: int | None) -> None:
        self.follower.showing(job_id)
        # Nothing plays by itself, chosen or arrived: a video shows its poster frame and a
        # Play button, a sound its player waiting for Play (a sound that starts on a click
        # in the history startles, in an office or at night).
        self.viewer.show_job(job_id, autoplay=False)
        # The details (an HTML table Qt parses and lays out) follow in the next turn of
        # the event loop: one long block becomes two short ones while results pour in,
        # and choosing rows quickly lays out only the last one.
        self._details_job = job_id
        self._show_details.start()

    def _job_changed(self, update: JobUpdate) -> None:
        self.history_panel.job_changed(update.id, update.job.model)
        if self.context.catalogue() is not self._forms_catalogue:  # Kling retired a model
            self._forms_catalogue = self.context.catalogue()
            for form in self.forms.built():
                form.reload_catalogue()
        if self.viewer.job is not None and self.viewer.job.id == update.id:
            self._shown_update = update
            self._refresh_shown.start()  # a burst of changes costs one refresh

    def _refresh_viewer(self) -> None:
        update, self._shown_update = self._shown_update, None
        if update is None or self.viewer.job is None or self.viewer.job.id != update.id:
            return
        self.viewer.show_update(update)
        self.details.show_update(update)
        self.history_actions.update()

    def current_form(self) -> OperationForm:
        """The form on show in the Create panel."""
        return self.forms.current()

    def show_form(self, kind: str) -> OperationForm:
        form = self.forms[kind]
        self.tabs.setCurrentIndex(self.forms.index_of(kind))
        self.create_dock.show()
        self.create_dock.raise_()
        return form

    # Connections (the menu's work is `connections`) ----------------------------------------

    def add_connection(self, *, welcome: bool = False) -> None:
        self.connections.add(welcome=welcome)

    def edit_connection(self, name: str) -> None:
        self.connections.edit(name)

    def _record_failed(self, _token: int, message: str) -> None:
        QMessageBox.warning(self, self.tr("The job was not started"), message)

    def make_settings_dialog(self):
        """Settings as they are now, with the default folders for pictures and videos."""
        from kling_desktop.ui.settings_dialog import SettingsDialog

        paths = self.context.paths
        return SettingsDialog(
            self.context.settings,
            str(paths.default_library),
            self,
            default_videos=str(paths.default_video_library),
        )

    def _open_library(self, media: str) -> None:
        from kling_desktop.ui.help_menu import open_folder

        open_folder(self.context.library_folder(media))

    def open_settings(self) -> None:
        from kling_desktop.ui import theme

        dialog = self.make_settings_dialog()
        self.settings_dialog = dialog  # reachable by tests while it is open
        if dialog.exec() and dialog.result_settings is not None:
            self.context.update_settings(dialog.result_settings)
            theme.apply(QApplication.instance(), dialog.result_settings.theme)

    # Results (which one the middle shows is `follower`'s choice) ---------------------------

    def _result_ready(self, job_id: int) -> None:
        self.follower.arrived(job_id)
        if self.isActiveWindow() or self.tray is None or not self.context.settings.notifications:
            return
        job = self.context.history.get(job_id)
        prompt = " ".join(job.prompt.split())[:80] if job else ""
        self.tray.showMessage(self.tr("Your result is ready"), prompt, self.windowIcon(), 8000)

    # The follower's view of the window.

    def shown_job(self):
        return self.viewer.job

    def select(self, job_id: int, *, by_user: bool) -> None:
        if not self.history_panel.select_job(job_id):
            self.show_job(job_id)

    def announce(self, job_id: int, unseen: int) -> None:
        job = self.context.history.get(job_id)
        self.ready_notice.announce(job_id, job.prompt if job else "", unseen)

    def dismiss(self) -> None:
        self.ready_notice.dismiss()

    def reveal_job(self, job_id: int) -> None:
        """Show a job the user asked for by name ("Made from", "Used in"): selected in
        the history, which shows its family if the filters hid it."""
        job = self.context.history.get(job_id)
        if job is None:
            return
        self.history_panel.reveal(job_id, job.prompt)
        if self.history_panel.current_job() != job_id:
            self.show_job(job_id)

    def _row_chosen(self, item, _previous) -> None:
        from kling_desktop.ui.queue_panel import JOB_ID

        job_id = item.data(0, JOB_ID) if item is not None else None
        if job_id is not None:
            self.follower.select(job_id, by_user=True)

    def _bring_up_result(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.follower.open_arrived()

    def generate(self, spec: JobSpec) -> None:
        if not self._units_suffice(spec):
            return
        self.follower.sent(self.context.engine.enqueue(spec))
        self.statusBar().showMessage(
            self.tr("Sent to the queue. You can keep working meanwhile."),
            8000,
        )

    def run_for_form(self, request, done) -> None:
        """Send `request` for a form (a sound made from words, for a photo or a face to
        say) and call `done(result, "")` with its first result once it has one, or
        `done(None, why)`. The job is the history's like any other."""
        from kling_desktop.jobs.spec import JobSpec
        from kling_desktop.text import from_stored
        from kling_desktop.ui.words import translated

        engine = self.context.engine
        token = engine.enqueue(JobSpec(request, self.context.active_profile))
        waiting: dict[str, int] = {}

        def recorded(got: int, job_id: int) -> None:
            if got == token:
                waiting["job"] = job_id

        def finished(update) -> None:
            if update.id != waiting.get("job"):
                return
            engine.job_recorded.disconnect(recorded)
            engine.job_finished.disconnect(finished)
            if update.status.value == "succeeded" and update.outputs:
                done(update.outputs[0], "")
            else:
                why = update.job.error
                done(
                    None, translated(from_stored(why)) if why else self.tr("Kling did not make it.")
                )

        engine.job_recorded.connect(recorded)
        engine.job_finished.connect(finished)

    def open_batch(self, form: OperationForm) -> None:
        """“Several at once…”: plan a batch from `form`, then send every job of it and
        show the batch alone in the history."""
        from kling_desktop.ui.batch_dialog import BatchDialog

        dialog = BatchDialog(form, self)
        if dialog.exec() != BatchDialog.DialogCode.Accepted:
            return
        tag, specs = dialog.specs()
        if not specs or not self._batch_affordable(dialog.plan.total()):
            return
        for spec in specs:
            self.context.engine.enqueue(spec)
        self.history_panel.show_batch(tag, tag.split(" ", 1)[1], len(specs))
        self.statusBar().showMessage(
            self.tr("%n job(s) sent to the queue. You can keep working meanwhile.", "", len(specs)),
            8000,
        )

    def _batch_affordable(self, total: dict[str, float]) -> bool:
        """Ask once before a batch the units left (as last read) cannot cover."""
        if self.context.demo:
            return True
        short = [
            (pack, needed, left)
            for pack, needed in total.items()
            if (left := self.connections.units_left(pack)) is not None and needed > left
        ]
        if not short:
            return True
        from kling_desktop.ui.account_dialog import pack_words
        from kling_desktop.ui.ask import ask

        pack, needed, left = short[0]
        return ask(
            self,
            self.tr("Not enough units"),
            self.tr(
                "This batch costs about {needed} {kind}, and your packs have {left} left. "
                "Kling will probably refuse the jobs it cannot cover. Send it anyway?"
            ).format(
                needed=f"{needed:g}", kind=pack_words(pack, in_sentence=True), left=f"{left:g}"
            ),
            self.tr("Send anyway"),
            self.tr("Don't send"),
            warning=True,
        )

    def open_batch_grid(self, tag: str, name: str) -> None:
        """The batch's results as a grid; Compare, Export and "show it" from there."""
        from kling_desktop.ui.batch_grid import BatchGrid

        grid = BatchGrid(self.context.history, tag, name, self)
        grid.compare_requested.connect(self.history_actions.compare_these)
        grid.export_requested.connect(
            lambda ids: self.history_actions.exporting.ask(ids, as_zip=False)
        )
        grid.show_requested.connect(self.history_panel.select_job)
        self.last_batch_grid = grid
        grid.show()

    def cancel_batch(self, tag: str) -> None:
        """Cancel the batch's jobs not sent to Kling yet (those sent run to their end)."""
        from kling_desktop.store.records import Filter

        waiting = self.context.history.ids(
            Filter(tag=tag, statuses=frozenset({"queued"})), limit=10_000
        )
        for job_id in waiting:
            self.context.engine.cancel(job_id)
        self.statusBar().showMessage(
            self.tr("%n waiting job(s) of the batch cancelled.", "", len(waiting)), 8000
        )

    def _units_suffice(self, spec: JobSpec) -> bool:
        """Ask before sending a job that the units left (as last read) cannot cover."""
        form = self.forms.get(spec.request.operation)
        price = form.price() if form is not None else None
        if form is None or price is None or self.context.demo:
            return True
        left = self.connections.units_left(price.pack)
        needed = form.estimated_units()
        if left is None or needed is None or needed <= left:
            return True
        from kling_desktop.ui.account_dialog import pack_words
        from kling_desktop.ui.ask import ask

        return ask(
            self,
            self.tr("Not enough units"),
            self.tr(
                "This job costs about {needed} {kind}, and your packs have {left} left. Kling "
                "will probably refuse it. Send it anyway?"
            ).format(
                needed=f"{needed:g}",
                kind=pack_words(price.pack, in_sentence=True),
                left=f"{left:g}",
            ),
            self.tr("Send anyway"),
            self.tr("Don't send"),
            warning=True,
        )

    # Remembering the layout and the forms (`memory`) -------------------------------------

    def save_forms(self) -> None:
        data = self.forms.states()
        data["tab"] = self.tabs.currentIndex()
        self.memory.save_forms(data)

    def reset_layout(self) -> None:
        for dock in (self.history_dock, self.create_dock, self.queue_dock):
            dock.setFloating(False)
            dock.show()
        self.memory.place_docks(self.history_dock, self.create_dock, self.queue_dock)

    def _may_quit(self, running: int) -> bool:
        from kling_desktop.ui.ask import ask

        return ask(
            self,
            self.tr("Quit Kling Desktop"),
            self.tr(
                "Not finished yet: %n job(s). Kling goes on making them; they are picked up "
                "and saved the next time you open Kling Desktop (within 30 days).",
                "",
                running,
            ),
            self.tr("Quit"),
            self.tr("Stay"),
        )

    def _application_state_changed(self, state) -> None:
        # Back from another app (a file manager, perhaps): a result's file may have gone.
        from PySide6.QtCore import Qt

        if state != Qt.ApplicationState.ApplicationActive:
            self.viewer.pause()  # no video plays on while the user works elsewhere
        if state == Qt.ApplicationState.ApplicationActive:
            output = self.viewer.output
            if output is not None and output.file_present() == self.viewer.missing.isVisible():
                self.viewer.refresh()
                self.details.refresh()
                self.history_actions.update()

    def closeEvent(self, event) -> None:
        engine = self.context.engine
        running = len(engine.active_jobs()) if engine is not None else 0
        if running and self.ask_before_quit and not self._may_quit(running):
            event.ignore()
            return
        self.memory.save_layout()
        if self.is_ready:
            self.save_forms()
            self.history_actions.deletion.commit(wait=True)
        super().closeEvent(event)
