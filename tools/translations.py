"""Refresh the translation sources from the code, then compile them for the app.

    python tools/translations.py

Runs pyside6-lupdate over the package (new strings appear in the .ts files, untranslated,
for a translator to fill in with Qt Linguist or any editor), then pyside6-lrelease to
write the .qm files the app loads. Both kinds of file are committed.

A string that only moved (to another class, so another translation context: code split
out of the main window, say) keeps its translation: lupdate would drop the old entry and
add an untranslated one, so the translations known before the run are carried over to any
untranslated entry with the same English source.
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
        known = translations(ts) if ts.exists() else {}
        update = [
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
        ]
        subprocess.run(update, cwd=ROOT, check=True)
        if carry(ts, known):
            subprocess.run(update, cwd=ROOT, check=True)  # back in lupdate's own layout
        if language == "en":
            english_plurals(ts)
        subprocess.run(
            [str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    return 0


def translations(ts: Path) -> dict[str, list[str]]:
    """English source -> its finished translation (one text, or the plural forms)."""
    import xml.etree.ElementTree as ET

    out: dict[str, list[str]] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        out.setdefault(message.findtext("source") or "", forms or [translation.text or ""])
    return out


def carry(ts: Path, known: dict[str, list[str]]) -> bool:
    """Fill each untranslated entry whose English source had a translation before; True
    if any was."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = known.get(message.findtext("source") or "")
        if translation is None or translation.get("type") != "unfinished" or not forms:
            continue
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = forms[0]
        translation.attrib.pop("type", None)
        changed = True
    if changed:
        write(tree, ts)
    return changed


def write(tree, ts: Path) -> None:
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)


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
    write(tree, ts)


if __name__ == "__main__":
    raise SystemExit(main())
