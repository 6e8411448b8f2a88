"""Start-up in steps: the window's frame first, then the history, then everything else."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kling_desktop.context import AppContext
from kling_desktop.operations import registry
from kling_desktop.sandbox import Timings
from kling_desktop.store import AppPaths
from kling_desktop.ui.history_panel import HistoryPanel
from kling_desktop.ui.main_window import MainWindow, _AfterPaint
from tests.jobs.conftest import QUICK
from tests.ui.conftest import seed


@pytest.fixture
def staged(qtbot, tmp_path):
    """A window built the way the app builds it, on a data folder a test can fill first."""
    made: list[MainWindow] = []

    def make(*, staged: bool = True) -> MainWindow:
        context = AppContext(
            AppPaths.portable_in(tmp_path / "app"),
            demo=True,
            pacing=QUICK,
            demo_timings=Timings(),
        )
        win = MainWindow(context, staged=staged)
        qtbot.addWidget(win)
        made.append(win)
        return win

    yield make
    for win in made:
        if win.is_ready:
            win.history_actions.deletion.commit(wait=True)
        win.context.close(timeout=5)


def seed_history(tmp_path, n: int) -> list[int]:
    context = AppContext(AppPaths.portable_in(tmp_path / "app"), demo=True)
    try:
        return seed(context.history, tmp_path / "files", n)
    finally:
        context.close()


def test_the_frame_is_painted_first_then_the_history_then_the_rest(
    qtbot, staged, tmp_path, monkeypatch
):
    from PySide6.QtCore import QRect

    from kling_desktop.ui import fit

    # A screen with room for the first launch's 1280×820 (the offscreen one is 800×800).
    monkeypatch.setattr(fit, "available", lambda _widget: QRect(0, 0, 1600, 1000))
    seed_history(tmp_path, 5)
    win = staged()
    assert win.context._history is None  # the frame is built without the database
    order = []

    def first_frame():
        order.append("first frame")
        # What was painted: the window, its menus and the notice, with the docks empty.
        assert win.context._history is None
        assert type(win.history_dock.widget()) is QWidget
        assert not win.is_ready
        assert win.notice.isVisible()
        assert [a.text() for a in win.menuBar().actions()][:2] == ["&File", "&History"]

    def ready():
        order.append("ready")
        assert isinstance(win.history_dock.widget(), HistoryPanel)
        assert set(win.forms) == {o.name for o in registry.all_operations()}
        assert {"effect", "avatar", "lip_sync", "speech", "motion_control"} <= set(win.forms)
        # The form on show is built; the others wait for idle moments.
        assert [form.operation.name for form in win.forms.built()] == ["image"]
        assert win.create_dock.widget().isAncestorOf(win.current_form())
        assert win.current_form().isVisible()
        assert win.queue_dock.widget() is win.queue
        assert win.context.engine is None  # created by the app once the window is ready

    win.first_painted.connect(first_frame)
    win.ready.connect(ready)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    assert order == ["first frame", "ready"]
    assert win.is_ready
    # The panels arrived without the docks growing into the middle.
    qtbot.wait(50)
    assert abs(win.history_dock.width() - 320) < 20 and abs(win.create_dock.width() - 430) < 20
    assert win.viewer.width() > 400
    assert win.history_panel.model.rowCount() == 5
    # The other forms follow, one per turn of the event loop.
    qtbot.waitUntil(lambda: len(win.forms.built()) == len(win.forms), timeout=3000)
    # The window does not start the engine: the app does, once the window is ready.
    win.attach_engine()
    assert not win.context.engine.started
    # Everything works as in a window built in one go.
    win.history_panel.select_job(win.history_panel.model.job_id(0))
    qtbot.waitUntil(lambda: win.viewer.job is not None, timeout=5000)
    assert win.viewer.job.prompt == "seeded job 4"
    qtbot.waitUntil(win.history_actions.delete.isEnabled, timeout=3000)


def test_a_returning_users_layout_comes_back_and_can_be_reset(qtbot, staged):
    first = staged(staged=False)
    first.show()
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.history_dock)
    first.queue_dock.hide()
    first.close()  # saves the layout

    win = staged()
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    assert win.dockWidgetArea(win.history_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert not win.queue_dock.isVisible()
    win.reset_layout()
    assert win.dockWidgetArea(win.history_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert win.dockWidgetArea(win.create_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert win.dockWidgetArea(win.queue_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert win.queue_dock.isVisible()


def test_a_closed_history_dock_does_not_hold_up_the_rest(qtbot, staged):
    first = staged(staged=False)
    first.show()
    first.history_dock.hide()
    first.close()

    win = staged()
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    assert not win.history_dock.isVisible()
    assert isinstance(win.history_dock.widget(), HistoryPanel)


def test_a_history_that_cannot_be_opened_is_said_and_the_app_quits(
    qtbot, staged, tmp_path, monkeypatch
):
    paths = AppPaths.portable_in(tmp_path / "app").ensure()
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = 99")  # written by a newer version of the app
    conn.close()
    said, exits = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    win = staged()
    ready = []
    win.ready.connect(lambda: ready.append(True))
    win.show()
    qtbot.waitUntil(lambda: bool(exits), timeout=10_000)
    assert exits == [1]
    assert "newer version of Kling Desktop" in said[0]
    qtbot.wait(100)
    assert not ready and not win.is_ready
    win.close()  # and closing saves the layout without the parts never built


def test_a_window_that_is_never_painted_is_completed_anyway(qtbot):
    widget = QWidget()  # never shown, so never painted
    qtbot.addWidget(widget)
    ran = []
    _AfterPaint(widget, lambda: ran.append(True), fallback_ms=50)
    qtbot.waitUntil(lambda: bool(ran), timeout=2000)
    qtbot.wait(100)
    assert ran == [True]  # once


def test_after_a_paint_runs_once(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    ran = []
    _AfterPaint(widget, lambda: ran.append(True), fallback_ms=60_000)
    widget.show()
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)
    widget.update()
    widget.repaint()
    qtbot.wait(100)
    assert ran == [True]


def test_forms_not_shown_yet_keep_their_settings_and_are_built_when_needed(qtbot, staged):
    first = staged(staged=False)
    first.show()
    first.forms["image2video"].fields["prompt"].set_value("a cat turns its head")
    first.show_form("text2video")
    first.close()  # saves the forms and the one on show

    win = staged()
    seen = {}

    def ready():
        seen["built"] = [form.operation.name for form in win.forms.built()]
        win.save_forms()  # e.g. the user quits at once: the unbuilt forms keep their state
        seen["saved"] = win.memory.saved_forms()["image2video"]["params"]["prompt"]

    win.ready.connect(ready)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    assert seen == {"built": ["text2video"], "saved": "a cat turns its head"}
    assert win.make.currentText() == "Text to video"
    # Asked for (here as by a history action), a form is built at once, with its
    # settings from last time.
    win.show_form("image2video")
    assert win.current_form() is win.forms["image2video"]
    assert win.current_form().fields["prompt"].value() == "a cat turns its head"
    assert win.make.currentText() == "Image to video"
