"""The window as a whole: generate from a form, watch the queue, come back to the form."""

from __future__ import annotations

import pytest

from kling_desktop.context import AppContext
from kling_desktop.sandbox import Timings
from kling_desktop.store import AppPaths
from kling_desktop.ui.main_window import MainWindow
from kling_desktop.ui.queue_panel import DETAILS
from tests.jobs.conftest import QUICK


@pytest.fixture
def window(qtbot, tmp_path):
    def make():
        context = AppContext(
            AppPaths.portable_in(tmp_path), demo=True, pacing=QUICK, demo_timings=Timings()
        )
        context.start_engine()
        win = MainWindow(context)
        qtbot.addWidget(win)
        made.append(win)
        return win

    made: list[MainWindow] = []
    yield make
    for win in made:
        win.context.close(timeout=5)


def test_generate_from_the_window_and_see_it_done(qtbot, window):
    win = window()
    finished = []
    win.context.engine.job_finished.connect(lambda update: finished.append(update.status.value))
    form = win.forms["image"]
    form.prompt.setText("from the window")
    form.generate()
    qtbot.waitUntil(lambda: finished == ["succeeded"], timeout=15_000)
    item = win.queue.topLevelItem(0)
    assert item.text(0) == "Text to image"
    assert item.text(1) == "from the window"
    assert item.text(2) == "Done"
    (job,) = win.context.history.page()
    assert job.prompt == "from the window"
    assert win.context.history.outputs(job.id)[0].file_present()
    # The result shows in the window: chosen in the history, its picture in the viewer,
    # its prompt in the details.
    qtbot.waitUntil(lambda: win.history_panel.current_job() == job.id, timeout=3000)
    assert win.viewer.job.id == job.id
    qtbot.waitUntil(lambda: win.viewer.image.has_image(), timeout=5000)
    assert "from the window" in win.details.toPlainText()
    assert win.history_actions.open.isEnabled()


def test_the_forms_come_back_as_they_were_left(qtbot, window):
    win = window()
    win.tabs.setCurrentIndex(1)
    win.forms["text2video"].prompt.setText("waves at dusk")
    win.close()
    win.context.close(timeout=5)
    again = window()
    assert again.tabs.currentIndex() == 1
    assert again.forms["text2video"].prompt.text() == "waves at dusk"


def test_demo_mode_says_so(window):
    from PySide6.QtWidgets import QLabel

    win = window()
    banner = win.findChild(QLabel, "demoBanner")
    assert "nothing is charged" in banner.text()
    assert win.statusBar().currentMessage() == "Connection: Demo"


def test_the_queue_shows_failures_in_words_and_results_with_thumbnails(qtbot, window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from kling_desktop.sandbox import Fault

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    win = window()
    win.context.sandbox().faults.script("submit", Fault.content_policy())
    finished = []
    win.context.engine.job_finished.connect(
        lambda update: finished.append((update.id, update.status.value))
    )
    form = win.forms["image"]
    form.prompt.setText("refused")
    form.generate()
    qtbot.waitUntil(lambda: len(finished) == 1, timeout=15_000)
    failed_job = finished[0][0]
    failed = win.queue.item(failed_job)
    assert failed.text(2) == "Failed"
    assert "content safety rules" in failed.text(DETAILS)
    win.context.engine.retry(failed_job)
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=15_000)
    done_job, status = finished[1]
    assert status == "succeeded"
    done = win.queue.item(done_job)
    assert done.text(1) == "refused"
    assert "1 file(s) saved" in done.text(DETAILS)
    qtbot.waitUntil(lambda: not done.icon(0).isNull(), timeout=5000)
    win.queue.itemDoubleClicked.emit(done, 0)
    assert opened and opened[0].toLocalFile().endswith(".png")


def test_cancel_from_the_queue(qtbot, window):
    from kling_desktop.sandbox import Timings

    win = window()
    win.context.sandbox().timings = Timings(image=(2.0, 5.0))
    finished = []
    win.context.engine.job_finished.connect(lambda update: finished.append(update.status.value))
    form = win.forms["image"]
    form.prompt.setText("changed my mind")
    form.generate()
    qtbot.waitUntil(lambda: bool(win.queue._items), timeout=5000)
    (job_id,) = win.queue._items
    win.context.engine.cancel(job_id)
    qtbot.waitUntil(lambda: finished == ["cancelled"], timeout=10_000)
    assert win.queue.item(job_id).text(2) == "Cancelled"


def test_settings_are_saved_and_used(qtbot, window, tmp_path):
    from kling_desktop.store import settings as settings_file
    from kling_desktop.ui.settings_dialog import SettingsDialog

    win = window()
    dialog = SettingsDialog(win.context.settings, str(win.context.paths.default_library))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.restart_note.isVisibleTo(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.library.setText(str(tmp_path / "my results"))
    dialog.jobs.setValue(5)
    dialog.notifications.setChecked(False)
    dialog.save()
    win.context.update_settings(dialog.result_settings)
    saved = settings_file.load(win.context.paths.settings)
    assert (saved.language, saved.theme, saved.jobs_together, saved.notifications) == (
        "zh_CN",
        "dark",
        5,
        False,
    )
    assert win.context.library_folder("video") == tmp_path / "my results"
    finished = []
    win.context.engine.job_finished.connect(lambda update: finished.append(update.id))
    win.forms["image"].prompt.setText("into my folder")
    win.forms["image"].generate()
    qtbot.waitUntil(lambda: bool(finished), timeout=15_000)
    (output,) = win.context.history.outputs(finished[0])
    assert output.path.is_relative_to(tmp_path / "my results")


def test_a_job_that_cannot_be_recorded_is_said(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kling_desktop.jobs.spec import JobSpec
    from kling_desktop.operations import Request

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    win = window()
    win.context.engine.enqueue(JobSpec(Request("image2video", first_frame=b"not an image"), "Demo"))
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "cannot be opened as a picture" in warnings[0]
    assert win.context.history.page() == []
