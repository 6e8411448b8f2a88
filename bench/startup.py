"""Start-up time: process start to the main window shown, against a bare PySide6 window.

    python bench/startup.py [--jobs 100000] [--runs 7]

Both are launched as fresh processes (allowed to cache bytecode), alternately, and timed
from `Popen` to the moment the child reports its first window painted; the app opens a
history of `--jobs` jobs (built once, with bench/history_scale.py's builder) in portable
mode. Prints `name: value` lines
(medians) and the ratio. Target: ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = {
    "bare": """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(980, 760); w.show(); app.processEvents()
print("shown", flush=True)
""",
    "app": """
import sys
from PySide6.QtWidgets import QApplication
from kling_desktop import i18n
from kling_desktop.context import AppContext
from kling_desktop.store import AppPaths
from kling_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
i18n.install(app, "en")
context = AppContext(AppPaths.portable_in(sys.argv[1]), demo=True)
context.start_engine()
w = MainWindow(context); w.show(); app.processEvents()
print("shown", flush=True)
""",
}


def launch(kind: str, data: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # Installed apps run from compiled bytecode (pip and PyInstaller both compile it); a
    # machine that forbids writing it would time the compiler instead of the app.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD[kind], str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.kill()
    proc.wait()
    if line.strip() != "shown":
        raise RuntimeError(f"{kind} did not start")
    return elapsed * 1000


def build_history(data: Path, jobs: int) -> None:
    from PySide6.QtGui import QGuiApplication

    from bench.history_scale import build, photo_thumbnails
    from kling_desktop.store import AppPaths, Database, History

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    paths = AppPaths.portable_in(data).ensure()
    db = Database(paths.database)
    rng = random.Random(7)
    build(History(db, paths.inputs), jobs, photo_thumbnails(rng), rng)
    db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        build_history(data, args.jobs)
        launch("bare", data), launch("app", data)  # warm the file cache for both
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(launch("bare", data))
            app.append(launch("app", data))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"history_jobs: {args.jobs}")
    print(f"bare_window_ms: {b:.0f}")
    print(f"app_window_ms: {a:.0f}")
    print(f"startup_ratio: {a / b:.2f}")


if __name__ == "__main__":
    main()
