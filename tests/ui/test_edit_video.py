"""Edit a video from the window: "Edit this video…" on one of the user's videos opens the
form with the video in it (its length and the day Kling deletes it beside it), and the edit
runs end to end in the demo, linked to the video it changed."""

from __future__ import annotations

from kling_desktop.operations import Request
from tests.ui.test_motion_control import finished_job, show


def test_a_video_of_yours_is_edited_from_its_menu(qtbot, make_window):
    win = make_window()
    video_job = finished_job(win, qtbot, Request("text2video", prompt="a green parrot"))
    show(win, qtbot, video_job)
    action = win.history_actions.using("edit_video", "video", "kling_url")
    assert action.isEnabled() and action.text() == "Edit this video…"
    action.trigger()
    form = win.current_form()
    assert form is win.forms["edit_video"]
    assert form.fields["video"].facts.text().startswith("one of your videos · 5 s")
    assert form.fields["audio"].value() == "original"  # its own sound, unless told
    form.fields["prompt"].set_value("make the parrot blue")
    form.revalidate()
    assert form.generate_button.isEnabled(), form.why.text()
    done = []
    win.context.engine.job_finished.connect(done.append)
    form.generate()
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    (update,) = done
    assert update.status.value == "succeeded" and update.job.kind == "edit_video"
    (link,) = win.context.history.made_from(update.id)
    assert (link.job_id, link.role) == (video_job, "video")
