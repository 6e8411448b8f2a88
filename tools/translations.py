"""Refresh the translation sources from the code, then compile them for the app.

    python tools/translations.py

Runs pyside6-lupdate over the package (new strings appear in the .ts files, untranslated,
for a translator to fill in with Qt Linguist or any editor), then pyside6-lrelease to
write the .qm files the app loads. Both kinds of file are committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "kling_desktop" / "i18n"
LANGUAGES = ("zh_CN",)


def main() -> int:
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "kling_desktop").rglob("*.py")
        if "sandbox" not in p.parts
    )
    bin_dir = Path(sys.executable).parent
    for language in LANGUAGES:
        ts = I18N / f"kling_desktop_{language}.ts"
        subprocess.run(
            [
                str(bin_dir / "pyside6-lupdate"),
                *sources,
                "-ts",
                str(ts),
                "-source-language",
                "en",
                "-target-language",
                language,
                "-no-obsolete",
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
