"""The screenshot kit's checks find what they are for: words cut off, a form wider than
its panel, Generate out of sight (the kit itself runs in CI: tools/screenshots.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kit(qapp, tmp_path):
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Kit(tmp_path, [(1024, 700)])


def test_words_cut_off_are_found(qtbot, kit):
    window = QWidget()
    qtbot.addWidget(window)
    box = QVBoxLayout(window)
    label = QLabel("A sentence far too long for the narrow space it was given")
    label.setFixedWidth(60)
    button = QPushButton("A button with a long name")
    button.setFixedWidth(40)
    box.addWidget(label)
    box.addWidget(button)
    window.show()
    qtbot.waitExposed(window)
    kit.check(window, "test")
    assert any("is cut off" in p and "A sentence" in p for p in kit.problems)
    assert any("button “A button with a long name” is cut off" in p for p in kit.problems)


def test_the_window_at_its_three_sizes_has_nothing_cut_and_generate_in_sight(
    qtbot, kit, make_window
):
    win = make_window()
    win.show()
    qtbot.waitExposed(win)
    for size in ((1024, 700), (1280, 820), (1600, 1000)):
        for index in range(win.tabs.count()):
            win.tabs.setCurrentIndex(index)
            kit.at_size(win, *size)
            kit.check(win, f"{size} {index}")
    assert kit.problems == []


def test_generate_out_of_sight_is_found(qtbot, kit, make_window):
    win = make_window()
    win.show()
    qtbot.waitExposed(win)
    form = win.current_form()
    form.generate_button.move(form.width() + 500, 0)  # pushed off the panel
    kit.check(win, "moved")
    assert any("Generate is not wholly in sight" in p for p in kit.problems)
