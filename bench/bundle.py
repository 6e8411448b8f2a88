"""The frozen app against a frozen bare PySide6 window: bundle size and start-up time.

    python bench/bundle.py [--runs 5]

Builds (with PyInstaller, the same exclusions as kling_desktop.spec) a one-folder bundle of a
bare QMainWindow, and uses dist/kling-desktop (building it with build/build.py if missing).
Prints both sizes and the median time from launch to the first window shown (the app in
demo mode on an empty data folder, via KLING_DESKTOP_STARTUP_PROBE), and the ratios.
Targets: size <= 1.25x, start-up <= 1.5x.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.startup import BARE_WINDOW, launch  # noqa: E402

WORK = ROOT / ".build" / "bundle-bench"
APP = ROOT / "dist" / "kling-desktop" / "kling-desktop"

SPEC = """
import sys
sys.path.insert(0, {build!r})
from freeze_options import EXCLUDES, keep_binary
a = Analysis([{script!r}], excludes=EXCLUDES)
a.binaries = [b for b in a.binaries if keep_binary(b)]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, exclude_binaries=True, name="bare-window", console=False)
coll = COLLECT(exe, a.binaries, a.datas, name="bare-window")
"""


def build_bare() -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    script = WORK / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    spec = WORK / "bare-window.spec"
    spec.write_text(SPEC.format(build=str(ROOT / "build"), script=str(script)), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(spec),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--workpath",
            str(WORK / "work"),
            "--distpath",
            str(WORK / "dist"),
        ],
        check=True,
    )
    return WORK / "dist" / "bare-window" / "bare-window"


def size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not APP.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "build" / "build.py"), "--no-installer"], check=True
        )
    bare = build_bare()
    with tempfile.TemporaryDirectory() as data:
        app = [str(APP), "--sandbox", "--data-dir", data]
        launch([str(bare)]), launch(app)  # warm the file cache
        bare_ms, app_ms, ready_ms = [], [], []
        for _ in range(args.runs):
            bare_ms.append(launch([str(bare)])[0])
            shown, ready = launch(app)
            app_ms.append(shown)
            ready_ms.append(ready)
    b_size, a_size = size_mb(bare.parent), size_mb(APP.parent)
    b, a = statistics.median(bare_ms), statistics.median(app_ms)
    print(f"bare_bundle_mb: {b_size:.1f}")
    print(f"app_bundle_mb: {a_size:.1f}")
    print(f"bundle_size_ratio: {a_size / b_size:.2f}")
    print(f"bare_frozen_start_ms: {b:.0f}")
    print(f"app_frozen_start_ms: {a:.0f}")
    print(f"app_frozen_ready_ms: {statistics.median(ready_ms):.0f}")
    print(f"frozen_start_ratio: {a / b:.2f}")


if __name__ == "__main__":
    main()
