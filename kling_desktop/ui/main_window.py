"""The main window: the three forms, the queue below them, and (next) the history sidebar
on the left."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.context import AppContext
from kling_desktop.jobs.spec import JobSpec
from kling_desktop.ui.forms import GenerationForm, ImageForm, ImageToVideoForm, TextToVideoForm
from kling_desktop.ui.icon import app_icon
from kling_desktop.ui.queue_panel import QueuePanel
from kling_desktop.ui.result_preview import ResultPreview

log = logging.getLogger("kling_desktop.ui")


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Kling Desktop"))
        central = QWidget()
        layout = QVBoxLayout(central)
        self.banner = QLabel(
            self.tr(
                "<b>Demo mode.</b> Results are placeholders made by the built-in sandbox on "
                "this computer; nothing is sent to Kling and nothing is charged. "
                "<a href='connect' style='color: white'>Use my own key…</a>"
            )
        )
        self.banner.setObjectName("demoBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "#demoBanner { background: palette(highlight); "
            "color: palette(highlighted-text); padding: 8px; }"
        )
        self.banner.linkActivated.connect(lambda _: self.add_connection())
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.forms: dict[str, GenerationForm] = {
            "image": ImageForm(lambda: context.active_profile),
            "text2video": TextToVideoForm(lambda: context.active_profile),
            "image2video": ImageToVideoForm(lambda: context.active_profile),
        }
        for form in self.forms.values():
            self.tabs.addTab(form, form.title)
            form.generate_requested.connect(self.generate)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        self.queue = QueuePanel(context.engine, context.history)
        self.preview = ResultPreview(context.history)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.queue)
        bottom.addWidget(self.preview)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        splitter.addWidget(bottom)
        self.queue.currentItemChanged.connect(self._row_chosen)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self.setWindowIcon(app_icon())
        self.tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(self.tr("Kling Desktop"))
            self.tray.messageClicked.connect(self._bring_up_result)
            self.tray.show()
        self._last_result: int | None = None
        self.queue.result_ready.connect(self._result_ready)
        app_menu = self.menuBar().addMenu(self.tr("&Kling Desktop"))
        app_menu.addAction(self.tr("&Settings…"), self.open_settings)
        app_menu.addSeparator()
        app_menu.addAction(self.tr("&Quit"), self.close)
        self.connection_menu = self.menuBar().addMenu(self.tr("&Connection"))
        self.connection_menu.aboutToShow.connect(self._fill_connection_menu)
        context.engine.profile_blocked.connect(self._profile_blocked)
        context.engine.record_failed.connect(self._record_failed)
        self._connection_changed()
        self._restore_forms()
        self.resize(980, 760)

    # Connections ------------------------------------------------------------------------

    def _connection_changed(self) -> None:
        self.banner.setVisible(self.context.demo)
        self.statusBar().showMessage(
            self.tr("Connection: {profile}").format(profile=self._profile_label())
        )

    def _profile_label(self) -> str:
        from kling_desktop.context import DEMO_PROFILE

        name = self.context.active_profile
        return self.tr("Demo") if name == DEMO_PROFILE else name

    def _fill_connection_menu(self) -> None:
        menu = self.connection_menu
        menu.clear()
        active = self.context.active_profile
        for profile in self.context.settings.profiles:
            action = menu.addAction(profile.name)
            action.setCheckable(True)
            action.setChecked(profile.name == active)
            action.triggered.connect(lambda _=False, n=profile.name: self.switch_to(n))
        menu.addSeparator()
        menu.addAction(self.tr("Add a connection…"), self.add_connection)
        current = self.context.settings.profile()
        if current is not None:
            remove = menu.addAction(self.tr("Remove “{name}”").format(name=current.name))
            remove.triggered.connect(lambda: self.remove(current.name))

    def switch_to(self, name: str) -> None:
        self.context.switch_profile(name)
        self._connection_changed()

    def remove(self, name: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove connection"),
            self.tr(
                "Remove the connection “{name}” and its saved key? Your history and files stay."
            ).format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.context.remove_profile(name)
            self._connection_changed()

    def add_connection(self, *, welcome: bool = False) -> None:
        from kling_desktop.ui.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self, welcome=welcome)
        self.connection_dialog = dialog  # reachable by tests while it is open
        if not dialog.exec() or dialog.result_profile is None:
            return
        status = self.context.add_profile(dialog.result_profile, dialog.result_secret)
        self.context.engine.unblock(dialog.result_profile.name)
        self._connection_changed()
        if status is not None and not status.persistent and status.message:
            QMessageBox.warning(
                self, self.tr("Key kept for this session only"), str(status.message)
            )

    def _record_failed(self, _token: int, message: str) -> None:
        QMessageBox.warning(self, self.tr("The job was not started"), message)

    def _profile_blocked(self, profile: str, message: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Jobs for “{name}” are paused").format(name=profile),
            self.tr(
                "{message}\n\nThe waiting jobs continue once this is fixed (Connection menu)."
            ).format(message=message),
        )

    def open_settings(self) -> None:
        from PySide6.QtWidgets import QApplication

        from kling_desktop.ui import theme
        from kling_desktop.ui.settings_dialog import SettingsDialog

        paths = self.context.paths
        default = f"{paths.default_library}  ·  {paths.default_video_library}"
        dialog = SettingsDialog(self.context.settings, default, self)
        self.settings_dialog = dialog  # reachable by tests while it is open
        if dialog.exec() and dialog.result_settings is not None:
            self.context.update_settings(dialog.result_settings)
            theme.apply(QApplication.instance(), dialog.result_settings.theme)

    # Results --------------------------------------------------------------------------------

    def _result_ready(self, job_id: int) -> None:
        self._last_result = job_id
        self.preview.show_job(job_id)
        self.queue.setCurrentItem(self.queue.item(job_id))
        if self.isActiveWindow() or self.tray is None or not self.context.settings.notifications:
            return
        job = self.context.history.get(job_id)
        prompt = " ".join(job.prompt.split())[:80] if job else ""
        self.tray.showMessage(self.tr("Your result is ready"), prompt, app_icon(), 8000)

    def _row_chosen(self, item, _previous) -> None:
        from kling_desktop.ui.queue_panel import JOB_ID

        job_id = item.data(0, JOB_ID) if item is not None else None
        if job_id is not None and self.queue.status_of(job_id) == "succeeded":
            self.preview.show_job(job_id)

    def _bring_up_result(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if self._last_result is not None:
            self.queue.setCurrentItem(self.queue.item(self._last_result))
            self.queue.open_result(self._last_result)

    def generate(self, spec: JobSpec) -> None:
        self.context.engine.enqueue(spec)
        self.statusBar().showMessage(
            self.tr("Queued. You can keep working; the result will appear below when it is ready."),
            8000,
        )

    # Remembering the forms between runs ------------------------------------------------

    @property
    def _forms_file(self):
        return self.context.paths.config / "forms.json"

    def _restore_forms(self) -> None:
        try:
            saved = json.loads(self._forms_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        for name, form in self.forms.items():
            if isinstance(saved.get(name), dict):
                try:
                    form.restore(saved[name])
                except (TypeError, ValueError) as exc:
                    log.warning("could not restore the %s form: %s", name, exc)
        self.tabs.setCurrentIndex(int(saved.get("tab", 0)) % self.tabs.count())

    def save_forms(self) -> None:
        data = {name: form.state() for name, form in self.forms.items()}
        data["tab"] = self.tabs.currentIndex()
        try:
            tmp = self._forms_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self._forms_file)
        except OSError as exc:
            log.warning("could not save the forms: %s", exc)

    def closeEvent(self, event) -> None:
        self.save_forms()
        super().closeEvent(event)
