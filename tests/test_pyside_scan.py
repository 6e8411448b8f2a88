"""The app's modules are entered in PySide's feature table before they are imported, so
that PySide does not read each one's source at start-up; nothing breaks if PySide keeps
that table elsewhere."""

from __future__ import annotations

import sys
import types

from PySide6.QtWidgets import QLabel

from kling_desktop.app import register_pyside_modules


def test_own_modules_and_loaded_ones_are_entered_once(qapp):
    table = sys.modules["PySide6.support.feature"].pyside_feature_dict
    register_pyside_modules()
    assert table["kling_desktop.ui.main_window"] == 0  # uses PySide, no feature switched on
    assert table["kling_desktop.sandbox.server"] == 0
    assert {"kling_desktop", "kling_desktop.ui", "kling_desktop.api.elements"} <= table.keys()
    assert table["json"] == -1  # loaded already, and no PySide in it
    assert register_pyside_modules() == 0  # nothing left to enter
    assert QLabel("still PySide as ever").text() == "still PySide as ever"


def test_a_pyside_without_the_table_is_left_alone(monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", types.ModuleType("elsewhere"))
    assert register_pyside_modules() == 0
