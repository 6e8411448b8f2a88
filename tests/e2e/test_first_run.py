"""A newcomer, from the first launch to a demo result, reading nothing but the window: the
welcome offers the free demo first, one click starts it, a prompt and Generate make a
result, which shows where they look."""

from __future__ import annotations

from kling_desktop.context import AppContext
from kling_desktop.sandbox import Timings
from kling_desktop.store import AppPaths
from kling_desktop.ui.connection_dialog import ConnectionDialog
from kling_desktop.ui.main_window import MainWindow
from tests.jobs.conftest import QUICK


def test_first_launch_to_a_demo_result(qtbot, tmp_path, monkeypatch):
    context = AppContext(
        AppPaths.portable_in(tmp_path), pacing=QUICK, demo_timings=Timings(image=(0.5, 1.0))
    )
    assert not context.paths.settings.exists()  # a first launch
    context.start_engine()
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    seen = {}

    def newcomer(dialog: ConnectionDialog):
        # What is in front of them: the free demo, already chosen, and its button.
        seen["first"] = dialog.demo_choice.isChecked()
        seen["button"] = dialog.save_button.text()
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(ConnectionDialog, "exec", newcomer)
    try:
        win.add_connection(welcome=True)
        assert seen == {"first": True, "button": "Start the demo"}
        assert context.demo and win.banner.isVisibleTo(win)
        form = win.current_form()
        assert win.make.currentText() == "Text to image"
        form.prompt.setText("a paper boat on a pond")
        qtbot.waitUntil(lambda: form.estimate.text() == "Free in demo mode", timeout=3000)
        assert form.generate_button.isEnabled() and form.generate_button.isVisible()
        form.generate_button.click()
        card = win.viewer.card
        qtbot.waitUntil(lambda: win.viewer.stack.currentWidget() is card, timeout=5000)
        qtbot.waitUntil(
            lambda: win.viewer.stack.currentWidget() is win.viewer.image, timeout=20_000
        )
        qtbot.waitUntil(win.viewer.image.has_image, timeout=5000)
        assert "a paper boat on a pond" in win.details.toPlainText()
        assert "0 — demo" in win.details.toPlainText()
    finally:
        context.close(timeout=5)
