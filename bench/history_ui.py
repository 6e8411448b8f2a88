"""The history sidebar with a big history: first rows, search, and memory after a full scroll.

    python bench/history_ui.py [--jobs 100000]

Runs the real window twice, each in a fresh process (so resident memory is its own): once
on an empty history and once on `--jobs` jobs (built once with bench/history_scale.py's
builder, photo-like thumbnails). Each run measures
- first rows: from `show()` to the list's first paint that has rows in it (with no history:
  its first paint);
- search: from one keystroke in the search box (completing a word) to the list's first
  paint with the new results, the debounce included;
- memory: resident set size after scrolling the list from the top to the very bottom one
  screen at a time (every row painted, every page of ids fetched, thumbnails decoded),
  against the same figure right after the window was shown.
Prints `name: value` lines for both runs and the differences. Targets: first rows and
search <= 100 ms, growth of memory from the scroll <= 100 MB more than with no history.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

app = QApplication(sys.argv[:1])
from kling_desktop import i18n
from kling_desktop.context import AppContext
from kling_desktop.store import AppPaths
from kling_desktop.ui.main_window import MainWindow
i18n.install(app, "en")
context = AppContext(AppPaths.portable_in(sys.argv[1]), demo=True)
context.start_engine()
window = MainWindow(context)
panel = window.history_panel
view = panel.list
# With no history the list's first paint (empty) is the figure to compare against.
expect_rows = context.history.count() > 0

class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.at = None
    def eventFilter(self, obj, event):
        has_rows = panel.model.rowCount() or not expect_rows
        if event.type() == QEvent.Type.Paint and has_rows and self.at is None:
            self.at = time.perf_counter()
        return False

def wait_for_paint(watch, started, limit=5.0):
    while watch.at is None and time.perf_counter() - started < limit:
        app.processEvents()
    app.processEvents()  # the paint itself
    return (time.perf_counter() - started) * 1000 if watch.at is not None else -1

watch = Painted()
view.viewport().installEventFilter(watch)
started = time.perf_counter()
window.show()
first_rows = wait_for_paint(watch, started)
for _ in range(20):
    app.processEvents(); time.sleep(0.01)
rss_shown = rss_mb()

# Search: the box holds "lighthous"; the measured keystroke completes the word.
QTest.keyClicks(panel.search, "lighthous")
for _ in range(30):
    app.processEvents(); time.sleep(0.01)
watch.at = None
panel.model.modelReset.connect(lambda: setattr(watch, "at", None))
started = time.perf_counter()
QTest.keyClick(panel.search, "e")
search = wait_for_paint(watch, started)
found = panel.model.rowCount()
panel.search.clear()
panel.apply_filter()
app.processEvents()

# Scroll from top to bottom, one screen at a time.
bar = view.verticalScrollBar()
steps = 0
while True:
    app.processEvents()
    if bar.value() >= bar.maximum() and not panel.model.canFetchMore():
        break
    bar.setValue(bar.value() + max(1, view.viewport().height()))
    view.viewport().repaint()
    steps += 1
for _ in range(50):
    app.processEvents(); time.sleep(0.01)
print(json.dumps({
    "rows": panel.model.rowCount(), "first_rows_ms": first_rows, "search_ms": search,
    "search_rows": found, "rss_shown_mb": rss_shown, "rss_scrolled_mb": rss_mb(),
    "scroll_steps": steps,
}), flush=True)
context.close()
"""


def run(data: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from bench.startup import build_history

    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        empty, full = Path(tmp) / "empty", Path(tmp) / "full"
        build_history(full, args.jobs)
        results = {"empty": run(empty), "full": run(full)}
    for name, result in results.items():
        for key, value in result.items():
            print(
                f"{name}_{key}: {value:.1f}"
                if isinstance(value, float)
                else f"{name}_{key}: {value}"
            )
    e, f = results["empty"], results["full"]
    print(f"first_rows_ms: {f['first_rows_ms']:.1f}")
    print(f"search_ms: {f['search_ms']:.1f}")
    growth_empty = e["rss_scrolled_mb"] - e["rss_shown_mb"]
    growth_full = f["rss_scrolled_mb"] - f["rss_shown_mb"]
    print(f"scroll_memory_growth_mb: {growth_full:.1f} (empty history: {growth_empty:.1f})")
    print(f"memory_vs_empty_mb: {f['rss_scrolled_mb'] - e['rss_scrolled_mb']:.1f}")


if __name__ == "__main__":
    main()
