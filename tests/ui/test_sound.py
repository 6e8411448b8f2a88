"""Sound, as a user gets it: "Give it sound…" on a video of theirs, the video shown by its
picture and prompt (not an id), the video with sound and the sound itself saved side by
side and played in the window; a video Kling has deleted refused in a sentence first; a
sound effect from words."""

from __future__ import annotations

import sqlite3

from PySide6.QtMultimedia import QMediaPlayer

from tests.ui.test_history_actions import choose


def _video(qtbot, win) -> int:
    finished = []
    win.context.engine.job_finished.connect(lambda update: finished.append(update.id))
    form = win.forms["text2video"]
    form.prompt.setText("a kite over the dunes")
    form.generate()
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    job_id = finished[0]
    qtbot.waitUntil(lambda: win.viewer.job is not None and win.viewer.job.id == job_id)
    qtbot.waitUntil(
        lambda: win.history_actions.using("add_sound", "video_id", "kling_id").isEnabled(),
        timeout=5000,
    )
    return job_id


def test_give_a_video_sound_from_the_history(qtbot, make_window):
    win = make_window(demo=True)
    win.show()
    video_job = _video(qtbot, win)
    (video,) = win.context.history.outputs(video_job)

    win.history_actions.using("add_sound", "video_id", "kling_id").trigger()
    form = win.current_form()
    assert form is win.forms["add_sound"]
    assert not form.fields["video_id"].widget.isVisible()  # no id for a person to read
    assert "a kite over the dunes" in form.words.text()
    assert "Kling keeps it until" in form.words.text()
    assert form.picture.pixmap() is not None and not form.picture.pixmap().isNull()
    form.prompt.setText("wind, sand hissing")
    form.revalidate()
    assert form.generate_button.isEnabled(), form.why.text()
    assert form.estimate.text() == "Free in demo mode"

    ended = []
    win.context.engine.job_finished.connect(lambda update: ended.append(update))
    form.generate_button.click()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    update = ended[0]
    assert update.status.value == "succeeded"
    new_video, sound = win.context.history.outputs(update.id)
    assert (new_video.media, sound.media) == ("video", "audio")
    assert sound.path.parent == new_video.path.parent  # side by side, named alike
    assert sound.path.stem[:-2] == new_video.path.stem[:-2]
    assert win.context.library_folder("audio") == win.context.library_folder("video")
    # Made from the video, said in the details; the new video plays with its sound.
    assert [link.job_id for link in win.context.history.made_from(update.id)] == [video_job]
    qtbot.waitUntil(lambda: win.history_panel.current_job() == update.id, timeout=5000)
    qtbot.waitUntil(lambda: "Made from" in win.details.toPlainText(), timeout=5000)
    assert "Give a video sound" in win.details.toPlainText()
    # The sound alone plays in the same player.
    choose(qtbot, win, update.id)
    # Both results in the strip: the video, and the sound marked as one.
    strip = win.viewer.strip
    assert strip.isVisibleTo(win.viewer) and strip.count() == 2
    assert not strip.item(1).icon().isNull()
    assert strip.item(1).toolTip() == "Result 2: the sound"
    win.viewer.strip.setCurrentRow(1)
    # Chosen, it waits in its player: a sound never starts by itself.
    assert win.viewer.stack.currentWidget() is win.viewer.video
    qtbot.wait(300)
    state = win.viewer.video.player.playbackState()
    assert state != QMediaPlayer.PlaybackState.PlayingState
    win.viewer.play_video()
    assert win.viewer.stack.currentWidget() is win.viewer.video
    player = win.viewer.video.player
    qtbot.waitUntil(lambda: player.duration() > 4000, timeout=10_000)
    assert player.source().toLocalFile() == str(sound.path)
    qtbot.waitUntil(
        lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState, timeout=5000
    )
    assert video.path.is_file()  # the original stays as it was


def test_a_video_kling_deleted_is_refused_before_anything_is_sent(qtbot, make_window):
    win = make_window(demo=True)
    win.show()
    video_job = _video(qtbot, win)
    (video,) = win.context.history.outputs(video_job)
    conn = sqlite3.connect(win.context.paths.database)
    conn.execute("UPDATE outputs SET url_expires_at = 86400000 WHERE id = ?", (video.id,))
    conn.commit()
    conn.close()
    choose(qtbot, win, video_job)
    win.history_actions.update()
    win.history_actions.using("add_sound", "video_id", "kling_id").trigger()
    form = win.forms["add_sound"]
    assert "Kling deleted it on" in form.words.text()
    assert not form.generate_button.isEnabled()
    said = form._errors["video_id"].text()
    assert "Kling deleted this video on" in said and "30 days after it was made" in said
    form.generate()  # as Ctrl+Return does: nothing is queued, nothing is sent
    qtbot.waitUntil(win.context.engine.settled, timeout=5000)
    assert [j.kind for j in win.context.history.page()] == ["text2video"]


def test_a_sound_effect_from_words(qtbot, make_window):
    win = make_window(demo=True)
    win.show()
    form = win.show_form("sound_effect")
    assert form.fields["duration"].value() == 5  # the usual length to start with
    assert form.fields["duration"].combo.count() == 8  # 3 to 10 seconds
    assert not form.model.isVisible()  # no model to choose
    form.prompt.setText("a door creaks open")
    form.fields["duration"].set_value(3)
    ended = []
    win.context.engine.job_finished.connect(lambda update: ended.append(update))
    form.generate()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    (sound,) = win.context.history.outputs(ended[0].id)
    assert sound.media == "audio" and sound.duration == 3.0 and sound.path.is_file()
    assert ended[0].job.request["duration"] == 3
