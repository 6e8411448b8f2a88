"""Start-up time: process start to the main window shown, against a bare PySide6 window.

    python bench/startup.py [--jobs 100000] [--runs 15] [--data DIR]

Both are launched as fresh processes (allowed to cache bytecode), alternately, and timed
from `Popen` until the child reports its first frame painted. The app is started exactly as
a user starts it (`python -m kling_desktop`, demo mode, portable data folder) on a history
of `--jobs` jobs (built once, with bench/history_scale.py's builder, or the one already
in `--data`);
KLING_DESKTOP_STARTUP_PROBE makes it print "shown" after its first frame, "ready" once the
whole window (history, viewer, details, queue and the form on show) is built and painted,
and "engine" once the job engine has been created and started after it. The other forms
are built after "ready", one per turn of the event loop. Prints `name: value` lines
(medians) and the ratios. Targets: first frame <= 1.5x the bare window, the whole
window <= 2.5x.
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

# The baseline, here and in bench/bundle.py: an empty main window, the app's size, reported
# once its first frame is painted.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1280, 820); window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def launch(command: list[str]) -> tuple[float, float | None, float | None]:
    """(ms to "shown", to "ready" and to "engine", or None if the child does not say it)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["KLING_DESKTOP_STARTUP_PROBE"] = "1"
    # Installed apps run from compiled bytecode (pip and PyInstaller both compile it); a
    # machine that forbids writing it would time the compiler instead of the app.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT
    )
    line = proc.stdout.readline()
    shown = (time.perf_counter() - started) * 1000
    ready = engine = None
    if proc.stdout.readline().strip() == "ready":
        ready = (time.perf_counter() - started) * 1000
        if proc.stdout.readline().strip() == "engine":
            engine = (time.perf_counter() - started) * 1000
    proc.kill()
    proc.wait()
    if line.strip() != "shown":
        raise RuntimeError(f"{command} did not show a window")
    return shown, ready, engine


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
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data", type=Path, help="a data folder already built by this script")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp)
        if args.data is None:
            build_history(data, args.jobs)
        app_command = [sys.executable, "-m", "kling_desktop", "--sandbox", "--data-dir", str(data)]
        launch(bare_command), launch(app_command)  # warm the file cache for both
        bare, shown, ready, engine = [], [], [], []
        for _ in range(args.runs):
            bare.append(launch(bare_command)[0])
            app_shown, app_ready, app_engine = launch(app_command)
            shown.append(app_shown)
            ready.append(app_ready)
            engine.append(app_engine)
    b, a = statistics.median(bare), statistics.median(shown)
    print(f"history_jobs: {args.jobs if args.data is None else 'as in ' + str(args.data)}")
    print(f"bare_window_ms: {b:.0f}")
    print(f"app_window_ms: {a:.0f}")
    print(f"app_ready_ms: {statistics.median(ready):.0f}")
    print(f"startup_ratio: {a / b:.2f}")
    print(f"ready_ratio: {statistics.median(ready) / b:.2f}")
    print(f"app_engine_started_ms: {statistics.median(engine):.0f}")


if __name__ == "__main__":
    main()
