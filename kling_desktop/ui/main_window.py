"""The main window. Today: the demo banner and the queue panel; the generation forms and
the history sidebar take their places next to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from kling_desktop import __version__
from kling_desktop.context import AppContext
from kling_desktop.ui.queue_panel import QueuePanel


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
        splitter = QSplitter(Qt.Orientation.Vertical)
        forms = QLabel(
            self.tr(
                "<h2>Kling Desktop {version}</h2><p>The generation forms are not in this build "
                "yet. Jobs queued from the command line (<code>kling-desktop generate</code>) "
                "run here and are listed below.</p>"
            ).format(version=__version__)
        )
        forms.setAlignment(Qt.AlignmentFlag.AlignCenter)
        forms.setWordWrap(True)
        splitter.addWidget(forms)
        self.queue = QueuePanel(context.engine, context.history)
        splitter.addWidget(self.queue)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self.statusBar().showMessage(
            self.tr("Connection: {profile}").format(profile=context.active_profile)
        )
        self.resize(900, 600)
