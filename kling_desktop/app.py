"""main(): arguments, QApplication, and the main window.

Today the window is a shell: it starts the built-in sandbox (demo mode) and says plainly
that the generation forms are not built yet. The forms, the job engine and first-run
setup replace this shell; the command line stays as it is.
"""

from __future__ import annotations

import argparse
import sys

from kling_desktop import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kling-desktop", description="Make images and videos with Kling AI."
    )
    parser.add_argument("--version", action="version", version=f"Kling Desktop {__version__}")
    parser.add_argument(
        "--sandbox", action="store_true", help="start in demo mode, with the built-in sandbox"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from kling_desktop.sandbox import Sandbox, Timings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kling Desktop")
    app.setApplicationVersion(__version__)
    with Sandbox(timings=Timings.demo()) as sandbox:
        window = QMainWindow()
        window.setWindowTitle(app.tr("Kling Desktop — demo mode"))
        label = QLabel(
            app.tr(
                "<h2>Kling Desktop {version}</h2>"
                "<p>Demo mode: the built-in Kling sandbox is running at {url}.</p>"
                "<p>Not yet available in this build: the generation forms, the history "
                "sidebar and first-run key setup. The Kling client and the sandbox can be "
                "used from Python today (see README.md).</p>"
            ).format(version=__version__, url=sandbox.url)
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setMargin(24)
        window.setCentralWidget(label)
        window.resize(720, 420)
        window.show()
        return app.exec()
