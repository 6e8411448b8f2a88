"""What users do with past results: view, reuse, re-run, export, delete and undo, fix a
missing file; and all of it offline."""

from __future__ import annotations

import json
import os
import zipfile

import pytest
from PySide6.QtWidgets import QApplication

from kling_desktop.jobs import codec
from kling_desktop.jobs.spec import JobSpec
from kling_desktop.operations import Request
from kling_desktop.store.export import MANIFEST
from tests.ui.conftest import seed


@pytest.fixture(autouse=True)
def private_trash(tmp_path, monkeypatch):
    """The system trash of these tests is a folder of their own."""
    (tmp_path / "xdg").mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "Trash" / "files"


def seeded_window(make_window, *, demo=False, **seed_args):
    made: dict = {}

    def before(context):
        made["ids"] = seed(context.history, context.paths.data / "lib", **seed_args)

    win = make_window(demo=demo, before=before)
    return win, made["ids"]


def choose(qtbot, win, job_id):
    assert win.history_panel.select_job(job_id)
    status = win.context.history.get(job_id).status
    # Shown as it is now (not as the progress card showed it a moment ago).
    qtbot.waitUntil(lambda: win.viewer.job is not None and win.viewer.job.id == job_id)
    qtbot.waitUntil(lambda: win.viewer.job.status == status)
    win.viewer.refresh()  # what the window does when it comes back to the front
    win.history_actions.update()


def test_browsing_works_with_no_server_at_all(qtbot, make_window):
    # No connection configured, no sandbox started: everything comes from the disk.
    win, ids = seeded_window(make_window, n=3, outputs=2)
    win.show()
    qtbot.waitExposed(win)
    assert win.context._sandbox is None
    assert win.history_panel.model.rowCount() == 3
    choose(qtbot, win, ids[1])
    qtbot.waitUntil(lambda: win.viewer.image.has_image(), timeout=3000)
    assert win.viewer.strip.count() == 2 and win.viewer.strip.isVisibleTo(win.viewer)
    strip = win.viewer.strip
    qtbot.waitUntil(lambda: not strip.item(1).icon().isNull(), timeout=3000)
    first, second = (strip.visualItemRect(strip.item(i)) for i in (0, 1))
    assert first.width() >= 64 and second.left() >= first.right()  # side by side, full size
    text = win.details.toPlainText()
    assert "seeded job 1" in text and "Kling 1.0" in text and "Server copy expires in" in text
    win.viewer.strip.setCurrentRow(1)
    assert win.viewer.output.index == 1
    assert win.context._sandbox is None


def test_the_image_viewer_fits_zooms_and_shows_actual_pixels(qtbot, make_window):
    win, ids = seeded_window(make_window, n=1)
    win.show()
    choose(qtbot, win, ids[0])
    view = win.viewer.image
    qtbot.waitUntil(lambda: view.has_image())
    win.viewer.actual_button.click()
    assert view.scale_factor() == 1.0 and not view.fitting
    win.viewer.zoom_in_button.click()
    assert view.scale_factor() == pytest.approx(1.25)
    win.viewer.zoom_out_button.click()
    win.viewer.zoom_out_button.click()
    assert view.scale_factor() == pytest.approx(0.8)
    win.viewer.fit_button.click()
    assert view.fitting


def test_reuse_fills_the_form_with_everything_the_job_used(qtbot, make_window):
    params = {
        "model": "kling-2.6",
        "duration": 10,
        "resolution": "1080p",
        "audio": "off",
    }
    win, (job_id,) = seeded_window(
        make_window,
        n=1,
        kind="image2video",
        prompt="the boat drifts away",
        with_input=True,
        **params,
    )
    choose(qtbot, win, job_id)
    win.history_actions.reuse.trigger()
    form = win.forms["image2video"]
    qtbot.waitUntil(lambda: form.picker("first_frame").prepared is not None, timeout=3000)
    assert win.current_form() is win.forms["image2video"]
    (record,) = win.context.history.inputs(job_id)
    frame = win.context.history.input_bytes(record)
    assert form.picker("first_frame").prepared.data == frame
    assert form.request() == Request(
        "image2video",
        model="kling-2.6",
        first_frame=frame,
        prompt="the boat drifts away",
        **{k: v for k, v in params.items() if k != "model"},
    )
    assert "holds that job's settings" in win.statusBar().currentMessage()


def test_reusing_a_job_of_a_retired_model_says_it_switched(qtbot, make_window):
    # Recorded by an older version: kling-v1-5, "mode", "duration" as text, a camera move.
    old = {
        "model": "kling-v1-5",
        "mode": "pro",
        "duration": "10",
        "cfg_scale": 0.3,
        "camera_control": {"type": "simple", "zoom": -4.0},
    }
    win, (job_id,) = seeded_window(
        make_window, n=1, kind="image2video", prompt="old times", with_input=True, **old
    )
    choose(qtbot, win, job_id)
    win.history_actions.reuse.trigger()
    form = win.forms["image2video"]
    qtbot.waitUntil(lambda: form.picker("first_frame").prepared is not None, timeout=3000)
    assert form.model_id() == "kling-3.0"
    request = form.request()
    assert request.params["resolution"] == "1080p" and request.params["duration"] == 10
    assert "camera_control" not in request.params and "cfg_scale" not in request.params
    assert win.statusBar().currentMessage() == (
        "Kling retired Kling 1.5; the form uses Kling 3.0 instead. Check the settings, "
        "then Generate."
    )


def test_export_as_zip_and_to_a_folder(qtbot, make_window, tmp_path):
    win, ids = seeded_window(make_window, n=2, outputs=2)
    choose(qtbot, win, ids[0])
    win.history_panel.list.selectAll()
    actions = win.history_actions
    assert sorted(actions.selected()) == sorted(ids)
    actions.exporting.to(actions.selected(), tmp_path / "out.zip", as_zip=True)
    qtbot.waitUntil(lambda: actions.exporting.last is not None, timeout=5000)
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        manifest = json.loads(archive.read(MANIFEST))
        assert len([n for n in archive.namelist() if n.endswith(".png")]) == 4
    assert {j["prompt"] for j in manifest["jobs"]} == {"seeded job 0", "seeded job 1"}
    assert "Exported 4 file" in win.statusBar().currentMessage()
    actions.exporting.last = None
    actions.exporting.to(ids, tmp_path / "folder", as_zip=False)
    qtbot.waitUntil(lambda: actions.exporting.last is not None, timeout=5000)
    assert (tmp_path / "folder" / MANIFEST).is_file()
    assert len(list((tmp_path / "folder").glob("*.png"))) == 4


def test_delete_moves_files_to_the_trash_and_can_be_undone(qtbot, make_window, private_trash):
    win, ids = seeded_window(make_window, n=3)
    history = win.context.history
    victim = ids[1]
    path = history.outputs(victim)[0].path
    choose(qtbot, win, victim)
    actions = win.history_actions
    actions.deletion.delete_selected(confirm=False)
    assert victim not in [win.history_panel.model.job_id(r) for r in range(3)]
    assert win.history_panel.model.rowCount() == 2
    assert win.history_panel.undo_bar.isVisibleTo(win.history_panel)
    assert path.exists()  # nothing is final while it can be undone
    actions.undo.trigger()
    assert win.history_panel.model.rowCount() == 3
    assert history.get(victim) is not None and not history.get(victim).deleted
    # Delete again and let it become final: the file is in the trash, the job gone.
    choose(qtbot, win, victim)
    actions.deletion.delete_selected(confirm=False)
    actions.deletion.commit()
    qtbot.waitUntil(lambda: history.get(victim) is None, timeout=3000)
    assert not path.exists()
    assert (private_trash / path.name).read_bytes().startswith(b"\x89PNG")
    assert [j.id for j in history.page()] == [ids[2], ids[0]]


def test_a_delete_left_unfinished_is_finished_at_the_next_start(qtbot, make_window, private_trash):
    def before(context):
        (job_id,) = seed(context.history, context.paths.data / "lib", 1)
        context.history.set_deleted([job_id])  # as if the app died inside the undo window
        before.path = context.history.outputs(job_id)[0].path
        before.job_id = job_id

    win = make_window(demo=False, before=before)
    qtbot.waitUntil(lambda: win.context.history.get(before.job_id) is None, timeout=3000)
    assert (private_trash / before.path.name).exists()


def test_a_confirmed_delete_asks_first(qtbot, make_window, monkeypatch):
    win, ids = seeded_window(make_window, n=1)
    choose(qtbot, win, ids[0])
    asked = []
    monkeypatch.setattr("kling_desktop.ui.ask.ask", lambda *a: asked.append(a[2:]) or False)
    win.history_actions.delete.trigger()
    assert win.history_panel.model.rowCount() == 1
    ((text, do, dont),) = asked
    assert text.startswith("Delete 1 job") and (do, dont) == ("Delete", "Keep")


def test_a_missing_file_can_be_located_and_is_checked(qtbot, make_window, tmp_path, monkeypatch):
    win, (job_id,) = seeded_window(make_window, n=1)
    history = win.context.history
    output = history.outputs(job_id)[0]
    moved = tmp_path / "moved.png"
    os.replace(output.path, moved)
    choose(qtbot, win, job_id)
    assert win.viewer.missing.isVisibleTo(win.viewer)
    assert "no longer where it was saved" in win.viewer.missing_text.text()
    qtbot.waitUntil(lambda: win.viewer.image.has_image(), timeout=3000)  # the thumbnail
    qtbot.waitUntil(lambda: "The file is missing" in win.details.toPlainText(), timeout=3000)
    assert win.history_actions.locate.isEnabled() and not win.history_actions.open.isEnabled()
    # A different file is not taken silently.
    impostor = tmp_path / "other.png"
    impostor.write_bytes(b"\x89PNG not the same")
    asked = []
    monkeypatch.setattr("kling_desktop.ui.ask.ask", lambda *a: asked.append(a) or False)
    win.history_actions.relocate(history.output(output.id), impostor)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert not history.output(output.id).file_present()
    # The right file is.
    win.history_actions.relocate(history.output(output.id), moved)
    qtbot.waitUntil(lambda: history.output(output.id).path == moved, timeout=3000)
    qtbot.waitUntil(lambda: not win.viewer.missing.isVisibleTo(win.viewer), timeout=3000)


def test_a_deleted_file_is_downloaded_again_while_the_server_keeps_it(qtbot, make_window):
    win = make_window(demo=True)
    finished = []
    win.context.engine.job_finished.connect(
        lambda update: finished.append((update.id, update.status.value))
    )
    win.forms["image"].prompt.setText("download me twice")
    win.forms["image"].generate()
    qtbot.waitUntil(lambda: bool(finished), timeout=15_000)
    ((job_id, status),) = finished
    assert status == "succeeded"
    history = win.context.history
    (output,) = history.outputs(job_id)
    original = output.path.read_bytes()
    output.path.unlink()
    choose(qtbot, win, job_id)
    assert win.viewer.redownload_button.isVisibleTo(win.viewer)
    done = []
    win.context.engine.redownloaded.connect(lambda job, problem: done.append(problem))
    win.viewer.redownload_button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == [""]
    assert history.outputs(job_id)[0].path.read_bytes() == original
    qtbot.waitUntil(lambda: not win.viewer.missing.isVisibleTo(win.viewer), timeout=3000)


def test_an_expired_result_cannot_be_downloaded_again_and_says_so(qtbot, make_window):
    win, (job_id,) = seeded_window(make_window, n=1)
    history = win.context.history
    output = history.outputs(job_id)[0]
    with history.db.write() as conn:
        conn.execute("UPDATE outputs SET url_expires_at = 1 WHERE id = ?", (output.id,))
    output.path.unlink()
    choose(qtbot, win, job_id)
    assert "expired" in win.viewer.missing_text.text()
    assert not win.viewer.redownload_button.isVisibleTo(win.viewer)
    qtbot.waitUntil(
        lambda: "only your local copy remains" in win.details.toPlainText(), timeout=3000
    )
    message = win.context.steps.redownload(job_id)
    assert "no longer keeps this result" in str(message)


def test_pictures_go_where_the_user_wants_them(qtbot, make_window):
    win, (job_id,) = seeded_window(make_window, n=1)
    choose(qtbot, win, job_id)
    actions = win.history_actions
    actions.using("image", "image").trigger()
    reference = win.forms["image"].picker("image")
    qtbot.waitUntil(lambda: reference.prepared is not None, timeout=3000)
    assert (reference.prepared.width, reference.prepared.height) == (640, 360)
    actions.using("image2video", "last_frame").trigger()
    qtbot.waitUntil(
        lambda: win.forms["image2video"].picker("last_frame").prepared is not None, timeout=3000
    )
    assert win.current_form() is win.forms["image2video"]
    actions.copy_image.trigger()
    qtbot.waitUntil(lambda: not QApplication.clipboard().image().isNull(), timeout=3000)
    assert QApplication.clipboard().image().width() == 640
    actions.copy_prompt.trigger()
    assert QApplication.clipboard().text() == "seeded job 0"
    actions.favourite.trigger()
    assert win.context.history.get(job_id).favourite


def test_run_again_sends_the_same_request_as_a_new_job(qtbot, make_window):
    win = make_window(demo=True)
    finished = []
    win.context.engine.job_finished.connect(lambda update: finished.append(update.id))
    win.forms["image"].prompt.setText("once more")
    win.forms["image"].generate()
    qtbot.waitUntil(lambda: len(finished) == 1, timeout=15_000)
    choose(qtbot, win, finished[0])
    win.history_actions.rerun.trigger()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=15_000)
    first, second = (win.context.history.get(j) for j in finished)
    assert second.external_task_id != first.external_task_id
    same = {k: v for k, v in first.request.items() if k != "external_task_id"}
    assert {k: v for k, v in second.request.items() if k != "external_task_id"} == same
    assert win.history_panel.model.rowCount() == 2


def test_a_video_plays_in_the_window_and_continues_into_a_new_one(qtbot, make_window):
    from PySide6.QtMultimedia import QMediaPlayer

    win = make_window(demo=True)
    win.show()
    finished = []
    win.context.engine.job_finished.connect(
        lambda update: finished.append((update.id, update.status.value))
    )
    form = win.forms["text2video"]
    form.prompt.setText("a quiet harbour")
    form.generate()
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    ((job_id, status),) = finished
    assert status == "succeeded"
    # A video that simply arrived shows its poster frame (in place of the job's progress
    # card) and waits for Play.
    qtbot.waitUntil(lambda: win.viewer.stack.currentWidget() is win.viewer.image)
    assert win.viewer.job.id == job_id
    qtbot.waitUntil(lambda: win.viewer.image.has_image(), timeout=3000)  # the poster frame
    assert win.viewer.play_button.isVisibleTo(win.viewer)
    win.viewer.play_button.click()
    assert win.viewer.stack.currentWidget() is win.viewer.video
    # Chosen again in the history: nothing plays by itself, Play is there.
    win.show_job(job_id)  # what a click on its row does
    qtbot.waitUntil(lambda: win.viewer.stack.currentWidget() is win.viewer.image)
    assert win.viewer.play_button.isVisibleTo(win.viewer)
    win.viewer.play_button.click()
    player = win.viewer.video
    assert win.viewer.stack.currentWidget() is player
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    qtbot.waitUntil(
        lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
        timeout=5000,
    )
    player.toggle()
    assert player.player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    before = player.player.position()
    player.step(1)
    qtbot.waitUntil(lambda: player.player.position() > before, timeout=3000)
    player.toggle_mute()
    assert player.audio.isMuted()
    assert player.player.loops() == QMediaPlayer.Loops.Infinite
    player.loop_button.setChecked(False)
    assert player.player.loops() == QMediaPlayer.Loops.Once
    # Continue the clip: its last frame becomes the next video's first frame.
    win.history_actions.using("image2video", "first_frame", "last_frame").trigger()
    first = win.forms["image2video"].picker("first_frame")
    qtbot.waitUntil(lambda: first.prepared is not None, timeout=15_000)
    assert win.current_form() is win.forms["image2video"]
    assert first.prepared.width > 0


def test_new_results_appear_in_the_history_while_running(qtbot, make_window):
    win = make_window(demo=True)
    statuses = []
    win.context.engine.job_changed.connect(lambda update: statuses.append(update.status.value))
    win.context.engine.enqueue(
        JobSpec(codec.decode("image", {"prompt": "live row", "model": "kling-v3"}, {}), "Demo")
    )
    qtbot.waitUntil(lambda: win.history_panel.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: "succeeded" in statuses, timeout=15_000)
    summary = win.history_panel.model.summary(0)
    assert summary.prompt == "live row" and summary.status.value == "succeeded"
    qtbot.waitUntil(lambda: win.viewer.job is not None, timeout=3000)  # the result shows


def test_enter_or_a_double_click_opens_the_file_once(qtbot, make_window, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    win, (job_id,) = seeded_window(make_window, n=1)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    choose(qtbot, win, job_id)
    view = win.history_panel.list
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [u.toLocalFile() for u in opened] == [str(win.context.history.outputs(job_id)[0].path)]
    rect = view.visualRect(win.history_panel.model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1  # a single click only chooses
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 2


def test_after_a_delete_the_next_row_is_chosen_and_ctrl_z_undoes_at_once(
    qtbot, make_window, private_trash
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    win, _ = seeded_window(make_window, n=3)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    newest_first = [win.history_panel.model.job_id(r) for r in range(3)]
    choose(qtbot, win, newest_first[1])
    win.current_form().prompt.setFocus()  # the focus elsewhere, as after the History menu
    win.history_actions.deletion.delete_selected(confirm=False)
    # The row below took its place: selected, shown, and the keys are the history's.
    panel = win.history_panel
    assert panel.selected_jobs() == [newest_first[2]]
    qtbot.waitUntil(lambda: win.viewer.job is not None and win.viewer.job.id == newest_first[2])
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.rowCount() == 3
