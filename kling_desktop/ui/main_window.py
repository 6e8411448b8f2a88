"""The main window: the three forms, the queue below them, and (next) the history sidebar
on the left."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from kling_desktop.context import AppContext
from kling_desktop.jobs import JobSpec
from kling_desktop.ui.forms import GenerationForm, ImageForm, ImageToVideoForm, TextToVideoForm
from kling_desktop.ui.queue_panel import QueuePanel

log = logging.getLogger("kling_desktop.ui")


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Kling Desktop"))
        central = QWidget()
        layout = QVBoxLayout(central)
        if context.demo:
            banner = QLabel(
                self.tr(
                    "<b>Demo mode.</b> Results are placeholders made by the built-in sandbox on "
                    "this computer; nothing is sent to Kling and nothing is charged."
                )
            )
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            banner.setStyleSheet(
                "#demoBanner { background: palette(highlight); "
                "color: palette(highlighted-text); padding: 8px; }"
            )
            layout.addWidget(banner)
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
        splitter.addWidget(self.queue)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self.statusBar().showMessage(
            self.tr("Connection: {profile}").format(profile=context.active_profile)
        )
        self._restore_forms()
        self.resize(980, 760)

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
