"""Languages: English (the source) and Simplified Chinese, chosen by the setting or the
system locale. The .ts sources and compiled .qm files live beside this module so they
travel with the package (installed, editable or frozen alike)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent
LANGUAGES = ("en", "zh_CN")


def choose(setting: str) -> str:
    """The language to show for a setting of "system", "en" or "zh_CN"."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install(app: QCoreApplication, setting: str = "system") -> str:
    """Load the translations for `setting` into `app`; returns the language chosen."""
    from kling_desktop.text import set_language

    language = choose(setting)
    set_language(language)  # for text that carries its own translations (the catalogue)
    ours = QTranslator(app)
    if ours.load(str(FOLDER / f"kling_desktop_{language}.qm")):
        app.installTranslator(ours)
    if language == "en":  # the source language: only its plural forms are loaded
        return language
    qt = QTranslator(app)  # Qt's own words: OK/Cancel buttons, file dialogs
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    QLocale.setDefault(QLocale(language))
    return language
