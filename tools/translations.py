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
LANGUAGES = ("zh_CN", "en")  # English: only the plural forms ("1 file", "2 files")


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
                *(["-pluralonly"] if language == "en" else []),
            ],
            cwd=ROOT,
            check=True,
        )
        if language == "en":
            english_plurals(ts)
        subprocess.run(
            [str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    return 0


def english_plurals(ts: Path) -> None:
    """Fill the English plural forms from the sources' "(s)" convention: "%n file(s) were
    missing" becomes "%n file was missing" / "%n files were missing"."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        singular = source.replace("(s)", "").replace(" were ", " was ")
        for text in (singular, source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)


if __name__ == "__main__":
    raise SystemExit(main())
