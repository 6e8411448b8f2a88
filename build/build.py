"""Build Kling Desktop for this OS: the frozen app, its smoke test, then the installer.

    python build/build.py [--no-installer]

1. PyInstaller runs `kling_desktop.spec` (scratch files in `.build/`, the app in `dist/`);
2. the frozen app's `--self-test` must pass (store, real keyring backend, sample image and
   MP4 decoded, window shown, one demo generation to the end);
3. the installer for this OS goes to `dist/`:
   - Linux: `kling-desktop-<version>-linux-<arch>.tar.gz`, `kling-desktop_<version>_<arch>.deb`
     and `KlingDesktop-<version>-<arch>.AppImage` (when `appimagetool` is found; the
     `KlingDesktop.AppDir` it is packed from is always made)
   - Windows: `KlingDesktop-<version>-setup.exe` (NSIS, per-user, no admin rights)
   - macOS: `KlingDesktop-<version>.dmg` (drag to Applications), signed and notarised when
     the signing secrets are set (see build/macos/sign.sh), unsigned otherwise.
The release workflow (.github/workflows/release.yml) runs exactly this script.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / ".build"
sys.path.insert(0, str(ROOT))
from kling_desktop import __version__ as VERSION  # noqa: E402

NAME = "kling-desktop"


def frozen_executable() -> Path:
    """The frozen program whose output can be read: on Windows the console twin of the
    windowed kling-desktop.exe (same code, same folder)."""
    if sys.platform == "darwin":
        return DIST / "Kling Desktop.app" / "Contents" / "MacOS" / NAME
    return DIST / NAME / (f"{NAME}-cli.exe" if sys.platform == "win32" else NAME)


def freeze() -> None:
    WORK.mkdir(exist_ok=True)
    if sys.platform == "win32":
        (WORK / "version-info.txt").write_text(windows_version_info(), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "kling_desktop.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--workpath",
            str(WORK / "pyinstaller"),
            "--distpath",
            str(DIST),
        ],
        cwd=ROOT,
        check=True,
    )


def self_test(executable: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run(
        [str(executable), "--self-test"], env=env, capture_output=True, text=True, timeout=180
    )
    print(result.stdout, end="")
    if result.returncode != 0:
        print(result.stderr[-4000:], file=sys.stderr)
        raise SystemExit(f"the frozen app's self-test failed ({executable})")
    # A frozen app that lost its keyring backends still "works", keeping keys for the
    # session only: refuse that build. On a build box with no keyring service running,
    # KLING_ALLOW_SESSION_KEYRING=1 accepts it (the CI runs a real one and does not).
    keyring_line = next((ln for ln in result.stdout.splitlines() if ln.startswith("keyring:")), "")
    if "persistent" not in keyring_line and not os.environ.get("KLING_ALLOW_SESSION_KEYRING"):
        raise SystemExit(f"the frozen app found no real keyring: {keyring_line}")


def arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(
        machine, machine
    )


def linux_installers() -> list[Path]:
    sys.path.insert(0, str(ROOT / "build" / "linux"))
    from make_appimage import make_appdir, make_appimage
    from make_deb import make_deb

    tarball = DIST / f"{NAME}-{VERSION}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(DIST / NAME, arcname=f"{NAME}-{VERSION}")
    made = [tarball, make_deb(DIST / NAME, DIST, VERSION, arch())]
    appimage = make_appimage(make_appdir(DIST / NAME, DIST), DIST, VERSION, platform.machine())
    return made + ([appimage] if appimage else [])


def windows_installer() -> list[Path]:
    makensis = shutil.which("makensis") or r"C:\Program Files (x86)\NSIS\makensis.exe"
    target = DIST / f"KlingDesktop-{VERSION}-setup.exe"
    subprocess.run(
        [
            makensis,
            f"-DVERSION={VERSION}",
            f"-DSOURCE={DIST / NAME}",
            f"-DOUTFILE={target}",
            f"-DICON={ROOT / 'resources' / 'icons' / 'kling-desktop.ico'}",
            str(ROOT / "build" / "windows" / "installer.nsi"),
        ],
        check=True,
    )
    return [target]


def macos_installer() -> list[Path]:
    app = DIST / "Kling Desktop.app"
    sign = ROOT / "build" / "macos" / "sign.sh"
    subprocess.run(["bash", str(sign), "app", str(app)], check=True)
    target = DIST / f"KlingDesktop-{VERSION}-{platform.machine()}.dmg"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "dmgbuild",
            "-s",
            str(ROOT / "build" / "macos" / "dmg_settings.py"),
            "-D",
            f"app={app}",
            "-D",
            f"icon={ROOT / 'resources' / 'icons' / 'kling-desktop.icns'}",
            "Kling Desktop",
            str(target),
        ],
        check=True,
    )
    subprocess.run(["bash", str(sign), "dmg", str(target)], check=True)
    return [target]


def windows_version_info() -> str:
    parts = [int(p) for p in VERSION.split(".")[:3]]
    numbers = ", ".join(str(p) for p in [*parts, 0, 0, 0, 0][:4])
    strings = {
        "CompanyName": "Kling Desktop",
        "FileDescription": "Kling Desktop",
        "FileVersion": VERSION,
        "InternalName": NAME,
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": "Kling Desktop",
        "ProductVersion": VERSION,
    }
    items = ",\n".join(f"          StringStruct('{k}', '{v}')" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers}), mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{items}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-installer", action="store_true", help="stop after the self-test")
    args = parser.parse_args()
    freeze()
    self_test(frozen_executable())
    if args.no_installer:
        return 0
    if sys.platform.startswith("linux"):
        made = linux_installers()
    elif sys.platform == "win32":
        made = windows_installer()
    else:
        made = macos_installer()
    for path in made:
        print(f"built {path} ({path.stat().st_size / 2**20:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
