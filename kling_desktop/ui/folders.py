"""Where file dialogs open: the user's Pictures (or Videos) folder, else home; never the
folder the app happened to be started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def _first(location: QStandardPaths.StandardLocation) -> str:
    for folder in QStandardPaths.standardLocations(location):
        if Path(folder).is_dir():
            return folder
    return str(Path.home())


def pictures_folder() -> str:
    return _first(QStandardPaths.StandardLocation.PicturesLocation)


def home_folder() -> str:
    return str(Path.home())
