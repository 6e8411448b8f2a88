"""An AppImage of the frozen app: one file that runs on most Linux desktops without
installing anything.

`make_appdir` lays out the AppDir (the frozen app under usr/lib, AppRun, the menu entry
and icons) and is checked on every CI run by starting `AppRun --self-test`.
`make_appimage` packs it with `appimagetool`, which is not packaged by Debian: the release
workflow downloads it; where it is missing (as in .ci/run) the AppDir is all there is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from make_deb import DESKTOP, ICONS, add_icons

APPRUN = """#!/bin/sh
# Start Kling Desktop from wherever this AppImage (or AppDir) is.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/kling-desktop/kling-desktop" "$@"
"""


def make_appdir(app: Path, out: Path) -> Path:
    appdir = out / "KlingDesktop.AppDir"
    if appdir.exists():
        shutil.rmtree(appdir)
    shutil.copytree(app, appdir / "usr" / "lib" / "kling-desktop", symlinks=True)
    desktop = DESKTOP.format(exec="kling-desktop")
    (appdir / "kling-desktop.desktop").write_text(desktop, encoding="utf-8")
    applications = appdir / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / "kling-desktop.desktop").write_text(desktop, encoding="utf-8")
    add_icons(appdir / "usr" / "share" / "icons" / "hicolor")
    shutil.copy(ICONS / "kling-desktop-256.png", appdir / "kling-desktop.png")
    (appdir / ".DirIcon").symlink_to("kling-desktop.png")
    (appdir / "AppRun").write_text(APPRUN, encoding="utf-8")
    (appdir / "AppRun").chmod(0o755)
    return appdir


def appimagetool() -> str | None:
    return os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")


def make_appimage(appdir: Path, out: Path, version: str, machine: str) -> Path | None:
    """The AppImage, or None (with a line saying why) when appimagetool is not here."""
    tool = appimagetool()
    if tool is None:
        print("appimagetool not found (set APPIMAGETOOL): AppImage skipped, AppDir kept")
        return None
    target = out / f"KlingDesktop-{version}-{machine}.AppImage"
    # APPIMAGE_EXTRACT_AND_RUN: the tool is itself an AppImage; build machines lack FUSE.
    env = dict(os.environ, ARCH=machine, APPIMAGE_EXTRACT_AND_RUN="1")
    subprocess.run([tool, "--no-appstream", str(appdir), str(target)], check=True, env=env)
    return target
