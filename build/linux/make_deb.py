"""A .deb of the frozen app: /opt/kling-desktop, a `kling-desktop` command, a menu entry
and hicolor icons. Built with `dpkg-deb`; removing the package leaves nothing behind (the
user's history and results are theirs and stay in their home folder)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
HICOLOR = (16, 24, 32, 48, 64, 128, 256, 512)

# What Qt's xcb/wayland platform plugins and QtMultimedia load from the system.
DEPENDS = (
    "libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, "
    "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, "
    "libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, libxcb-image0, libpulse0"
)

CONTROL = """Package: kling-desktop
Version: {version}
Architecture: {arch}
Maintainer: Kling Desktop <packaging@klingdesktop.invalid>
Section: graphics
Priority: optional
Depends: {depends}
Recommends: gnome-keyring | kwalletmanager
Installed-Size: {size_kb}
Homepage: https://klingdesktop.invalid
Description: Make images and videos with Kling AI
 Paste a key once (or try the built-in demo with no key), fill in a form, press
 Generate, and find every result with its prompt and settings on your disk and in
 the app's history, offline. English and Simplified Chinese.
"""

DESKTOP = """[Desktop Entry]
Type=Application
Name=Kling Desktop
GenericName=AI image and video maker
GenericName[zh_CN]=AI 图片与视频生成
Comment=Make images and videos with Kling AI
Comment[zh_CN]=用可灵 AI 生成图片和视频
Exec={exec} %F
Icon=kling-desktop
Terminal=false
Categories=Graphics;RasterGraphics;
StartupWMClass=kling-desktop
"""

REFRESH = """#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
"""


def add_icons(hicolor: Path) -> None:
    """The app's icon at every hicolor size, under `hicolor/<n>x<n>/apps/`."""
    for size in HICOLOR:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(ICONS / f"kling-desktop-{size}.png", folder / "kling-desktop.png")


def make_deb(app: Path, out: Path, version: str, arch: str) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pkg"
        shutil.copytree(app, root / "opt" / "kling-desktop", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "kling-desktop").symlink_to("/opt/kling-desktop/kling-desktop")
        applications = root / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        (applications / "kling-desktop.desktop").write_text(
            DESKTOP.format(exec="/opt/kling-desktop/kling-desktop"), encoding="utf-8"
        )
        add_icons(root / "usr" / "share" / "icons" / "hicolor")
        size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(
            CONTROL.format(version=version, arch=arch, depends=DEPENDS, size_kb=size_kb),
            encoding="utf-8",
        )
        for script in ("postinst", "postrm"):
            (debian / script).write_text(REFRESH, encoding="utf-8")
            (debian / script).chmod(0o755)
        target = out / f"kling-desktop_{version}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target
