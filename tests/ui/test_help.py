"""Help where a newcomer looks (#24): a Help menu with every key, where the files are,
the log folder and About; Ctrl+Q; and every window fitting a small screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTreeWidget

from kling_desktop import __version__
from kling_desktop.ui import fit
from kling_desktop.ui.keys import native
from kling_desktop.ui.video_player import VideoPlayer
from tests.ui.conftest import seed

SMALL = QRect(0, 0, 1024, 700)


@pytest.fixture
def opened(monkeypatch):
    """Folders the app asked the system to show, instead of opening a file manager."""
    seen: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: seen.append(url.toLocalFile()) or True),
    )
    return seen


def menu(win, title: str):
    for action in win.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title!r}")


def texts(menu_) -> list[str]:
    return [a.text().replace("&", "") for a in menu_.actions() if not a.isSeparator()]


def test_the_menus_a_newcomer_looks_for(make_window):
    win = make_window()
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles[0] == "File" and titles[-1] == "Help"
    assert texts(menu(win, "File")) == [
        "Open the pictures folder",
        "Open the videos folder",
        "Settings…",
        "Quit",
    ]
    assert texts(menu(win, "Help")) == [
        "Keyboard shortcuts…",
        "Where my files are…",
        "Open the log folder",
        "About Kling Desktop",
    ]


def test_ctrl_q_quits(qtbot, make_window):
    win = make_window()
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    view = win.history_panel.list
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=3000)


def test_the_keys_list_is_every_key_the_window_answers_to(qtbot, make_window):
    win = make_window()
    listed = {(keys, what) for _, rows in win.help_menu.shortcuts() for keys, what in rows}
    # Every menu entry with a key, in the words of its menu...
    for top in win.menuBar().actions():
        for action in top.menu().actions():
            if not action.shortcut().isEmpty():
                what = action.text().replace("&", "").rstrip("…").strip()
                assert (native(action.shortcut()), what) in listed
    # ...the viewer's keys, the player's, and Generate.
    for action in win.viewer.actions():
        if not action.shortcut().isEmpty():
            assert (native(action.shortcut()), action.text()) in listed
    player = VideoPlayer()
    qtbot.addWidget(player)
    said = {key for keys, _ in listed for key in keys.split(", ")}
    for action in player.actions():
        if not action.shortcut().isEmpty():
            assert native(action.shortcut()) in said, action.text()
    assert (native("Ctrl+Return"), "Generate") in listed
    assert (native("Ctrl+Q"), "Quit") in listed

    win.help_menu.show_keys()
    tree = win.help_menu.dialog.findChild(QTreeWidget, "keys")
    shown = {tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}
    assert {"Generate", "Quit", "Play or pause", "Zoom in"} <= shown
    assert "Playing a video" in {
        tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())
    }


def test_where_my_files_are_names_and_opens_each_place(qtbot, make_window, opened):
    win = make_window()
    context = win.context
    places = {what: folder for what, folder, _ in win.help_menu.places()}
    assert context.library_folder("image") in places.values()
    assert context.library_folder("video") in places.values()
    assert places["History"] == context.paths.data
    assert places["Log"] == context.paths.logs
    assert places["Settings"] == context.paths.config
    win.help_menu.show_places()
    dialog = win.help_menu.dialog
    assert any("30 days" in label.text() for label in dialog.findChildren(QLabel))
    buttons = sorted(
        (b for b in dialog.findChildren(QPushButton) if b.objectName().startswith("open")),
        key=lambda b: b.objectName(),
    )
    assert len(buttons) == len(places)
    for button in buttons:
        button.click()
    assert opened == [str(folder) for _, folder, _ in win.help_menu.places()]
    # A folder nothing was saved in yet is made, not reported missing by the file manager.
    assert all(Path(p).is_dir() for p in opened)


def test_the_file_menu_and_the_log_folder_open_their_folders(make_window, opened):
    win = make_window()
    for action in menu(win, "File").actions():
        if action.text().startswith("Open the"):
            action.trigger()
    next(a for a in menu(win, "Help").actions() if "log" in a.text()).trigger()
    context = win.context
    assert opened == [
        str(context.library_folder("image")),
        str(context.library_folder("video")),
        str(context.paths.logs),
    ]


def test_about_says_which_version(make_window, monkeypatch):
    win = make_window()
    shown = {}
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: shown.update(t=text))
    )
    next(a for a in menu(win, "Help").actions() if "About" in a.text()).trigger()
    assert f"Kling Desktop {__version__}" in shown["t"]
    assert "not made by Kling" in shown["t"]


def test_the_menus_are_translated(make_window, chinese):
    win = make_window()
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles[0] == "文件(&F)" and titles[-1] == "帮助(&H)"
    # The list of keys names each menu and entry without its mnemonic.
    sections = dict(win.help_menu.shortcuts())
    assert ("Ctrl+Q", "退出") in sections["文件"]


# Every window fits a small screen -------------------------------------------------------


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(fit, "available", lambda widget: QRect(SMALL))
    return SMALL


def inside(widget) -> bool:
    room_w = SMALL.width() - fit.FRAME.width()
    room_h = SMALL.height() - fit.FRAME.height()
    return widget.width() <= room_w and widget.height() <= room_h


def test_the_first_window_fits_a_small_screen(qtbot, make_window, small_screen):
    win = make_window()
    win.show()
    qtbot.waitExposed(win)
    assert inside(win), win.size()
    assert win.create_dock.isVisible() and win.queue_dock.isVisible()
    # The picture in the middle keeps a third of the width (it had a quarter): the
    # history gives up width first, its filters folded into three rows.
    qtbot.waitUntil(lambda: win.is_ready)
    qtbot.wait(50)
    assert win.centralWidget().width() >= 0.3 * win.width(), win.centralWidget().width()
    assert len(win.history_panel.filters.shown) == 3
    win.resize(1600, 1000)
    win.resizeDocks([win.history_dock], [320], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: len(win.history_panel.filters.shown) == 2)
    form = win.current_form()
    button = form.generate_button
    corner = button.mapTo(win, button.rect().bottomRight())
    assert win.rect().contains(corner)  # Generate in sight without moving the window


def test_every_dialog_fits_a_small_screen(qtbot, make_window, small_screen, tmp_path):
    from kling_desktop.ui.account_dialog import AccountDialog
    from kling_desktop.ui.compare import CompareWindow
    from kling_desktop.ui.connection_dialog import ConnectionDialog
    from kling_desktop.ui.elements_dialog import ElementsDialog
    from kling_desktop.ui.settings_dialog import SettingsDialog

    win = make_window()
    context = win.context
    ids = seed(context.history, tmp_path / "results", 4)
    dialogs = [
        CompareWindow(context.history, ids, win),
        AccountDialog(context, "Demo", win),
        ConnectionDialog(win, welcome=True),
        ElementsDialog(context, context.active_profile, win),
        SettingsDialog(context.settings, str(context.paths.default_library)),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    win.help_menu.show_keys()  # these two delete themselves when closed
    dialogs.append(win.help_menu.dialog)
    win.help_menu.show_places()
    dialogs.append(win.help_menu.dialog)
    for dialog in dialogs:
        dialog.show()
        assert inside(dialog), (type(dialog).__name__, dialog.size())
        dialog.close()
