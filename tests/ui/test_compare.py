"""Compare results side by side, as a user does: select 2 to 4 in the history, see them at
one zoom (pictures) or on one timeline (videos), the settings that differ marked, keep one
and send the others to the trash in one step (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtMultimedia import QMediaPlayer

from kling_desktop.jobs import JobSpec, codec
from kling_desktop.ui.compare import CompareWindow, settings_rows


def _make(qtbot, win, kind: str, prompts: list[str], **params) -> list[int]:
    done = []
    win.context.engine.job_finished.connect(lambda update: done.append(update.id))
    for prompt in prompts:
        request = codec.decode(kind, {"prompt": prompt, **params}, {})
        win.context.engine.enqueue(JobSpec(request, "Demo"))
    qtbot.waitUntil(lambda: len(done) == len(prompts), timeout=30_000)
    qtbot.waitUntil(lambda: win.history_panel.model.rowCount() >= len(prompts), timeout=5000)
    return sorted(done)


def _select(win, job_ids: list[int]) -> None:
    """Click the first, Ctrl+click the others."""
    panel = win.history_panel
    panel.list.setCurrentIndex(panel.model.index(panel.model.row_of(job_ids[0])))
    for job_id in job_ids[1:]:
        index = panel.model.index(panel.model.row_of(job_id))
        panel.list.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)
    win.history_actions.update()


def test_pictures_side_by_side_at_one_zoom_with_differences_marked(qtbot, make_window, monkeypatch):
    win = make_window(demo=True)
    win.show()
    (a,) = _make(qtbot, win, "image", ["a red fox"], model="kling-v3", aspect_ratio="16:9")
    (b,) = _make(qtbot, win, "image", ["a red fox"], model="kling-v3", aspect_ratio="1:1")
    _select(win, [a])
    assert not win.history_actions.compare.isEnabled()  # one is not a comparison
    _select(win, [a, b])
    assert win.history_actions.compare.isEnabled()
    win.history_actions.compare.trigger()
    dialog = win.history_actions.last_compare
    assert len(dialog.panes) == 2 and dialog.picture_tools.isVisible()
    assert not dialog.video_tools.isVisible()
    # Only the shape differs: it alone is marked.
    marked = [p.settings.text().count("<b style") for p in dialog.panes]
    assert marked == [1, 1]
    assert "16:9" in dialog.panes[0].settings.text() or "16:9" in dialog.panes[1].settings.text()
    assert "Settings that differ" in dialog.differ_note.text()
    # One zoom for all: at first every picture whole at one scale; zooming one zooms the
    # others to the same scale.
    first, second = dialog.images
    qtbot.waitUntil(lambda: first.scale_factor() == second.scale_factor() < 1, timeout=3000)
    first.zoom(2.0)
    assert abs(second.scale_factor() - first.scale_factor()) < 1e-6
    dialog.fit_all()
    assert first.scale_factor() == second.scale_factor()
    for view in (first, second):  # both wholly in view
        shown = view.mapFromScene(view.item.boundingRect()).boundingRect()
        assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)

    # Keep one: starred, and the other goes to the trash in one step, undoably.
    assert not dialog.trash_others.isEnabled()
    keep = next(p for p in dialog.panes if p.job.id == a)
    keep.keep.click()
    assert win.context.history.get(a).favourite
    assert dialog.trash_others.isEnabled() and "other 1" in dialog.trash_others.text()
    asked = []
    monkeypatch.setattr("kling_desktop.ui.ask.ask", lambda *a: asked.append(a[2]) or True)
    dialog.trash_others.click()
    assert "Delete 1 job" in asked[0]
    assert win.context.history.get(b).deleted and not win.context.history.get(a).deleted
    assert win.history_actions.undo.isEnabled()
    win.history_actions.deletion.undo()
    assert not win.context.history.get(b).deleted


def test_settings_that_differ_are_found_across_kinds():
    class Job:  # the fields of a JobRecord that are compared
        def __init__(self, kind, model, prompt, request):
            self.kind, self.model, self.prompt, self.request = kind, model, prompt, request

    names, values, differ = settings_rows(
        [
            Job("text2video", "kling-3.0", "a kite", {"duration": 5, "aspect_ratio": "16:9"}),
            Job("text2video", "kling-3.0", "a kite", {"duration": 10, "aspect_ratio": "16:9"}),
            Job("text2video", "kling-2.6", "a kite", {"aspect_ratio": "16:9"}),
        ]
    )
    assert names[:2] == ["Model", "Prompt"]
    length = names.index("Length")
    assert differ == {0, length}  # the model and the length
    assert [v[length] for v in values] == ["5 s", "10 s", "—"]


def test_videos_play_and_move_together(qtbot, make_window):
    win = make_window(demo=True)
    win.show()
    ids = _make(qtbot, win, "text2video", ["a kite", "a kite at dusk"], model="kling-3.0")
    dialog = CompareWindow(win.context.history, ids, win)
    dialog.show()
    assert len(dialog.players) == 2 and dialog.video_tools.isVisible()
    assert not dialog.panes[0].audio.isMuted() and dialog.panes[1].audio.isMuted()
    qtbot.waitUntil(lambda: all(p.duration() > 0 for p in dialog.players), timeout=10_000)
    dialog.toggle_play()
    qtbot.waitUntil(
        lambda: all(
            p.playbackState() == QMediaPlayer.PlaybackState.PlayingState for p in dialog.players
        ),
        timeout=5000,
    )
    dialog.toggle_play()
    assert all(p.playbackState() == QMediaPlayer.PlaybackState.PausedState for p in dialog.players)
    dialog.seek(2500)
    qtbot.waitUntil(
        lambda: all(abs(p.position() - 2500) < 200 for p in dialog.players), timeout=5000
    )
    dialog.close()
