"""Motion control in the window and on the command line: the form offers it with its
price by the second; a video of the user's is one click from the history ("Copy these
moves…"), with its length and the day Kling deletes it beside the field; a picture is the
character ("Make this character move…"); and it runs end to end in the demo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.ui.form_fields import VideoField
from tests.conftest import png_bytes
from tests.e2e.test_app import ENV


def finished_job(win, qtbot, request: Request) -> int:
    done = []
    win.context.engine.job_finished.connect(done.append)
    win.context.engine.enqueue(JobSpec(request, "Demo"))
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert done[0].status.value == "succeeded"
    return done[0].id


def show(win, qtbot, job_id: int) -> None:
    assert win.history_panel.select_job(job_id)
    qtbot.waitUntil(lambda: win.viewer.output is not None and win.viewer.output.job_id == job_id)
    win.history_actions.update()


def test_a_video_and_a_picture_from_the_history_make_a_motion_control_job(qtbot, make_window):
    win = make_window()
    video_job = finished_job(win, qtbot, Request("text2video", prompt="a dancer spins"))
    picture_job = finished_job(win, qtbot, Request("image", prompt="a knight in armour"))
    actions = win.history_actions
    show(win, qtbot, video_job)
    copy = actions.using("motion_control", "video", "kling_url")
    assert copy.isEnabled() and copy.text() == "Copy these moves…"
    copy.trigger()
    form = win.current_form()
    assert form is win.forms["motion_control"]
    field = form.fields["video"]
    assert isinstance(field, VideoField)
    (video,) = win.context.history.outputs(video_job)
    assert field.value()["url"] == video.url and field.value()["source"] == video.id
    assert field.facts.text().startswith("one of your videos · 5 s · Kling keeps it until ")
    show(win, qtbot, picture_job)
    assert not actions.using("motion_control", "video", "kling_url").isEnabled()  # a picture
    actions.using("motion_control", "image").trigger()
    qtbot.waitUntil(lambda: form.picker("image").prepared is not None, timeout=5000)
    form.fields["prompt"].set_value("the knight dances")
    form.revalidate()
    assert form.generate_button.isEnabled(), form.why.text()
    done = []
    win.context.engine.job_finished.connect(done.append)
    form.generate()
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    (update,) = done
    assert update.status.value == "succeeded" and update.job.kind == "motion_control"
    kin = {(link.job_id, link.role) for link in win.context.history.made_from(update.id)}
    assert kin == {(video_job, "video"), (picture_job, "image")}


def test_its_price_is_by_the_second_of_what_kling_makes(qtbot):
    from tests.ui.test_forms import make_form

    form = make_form(qtbot, "motion_control")  # a paid connection
    form.revalidate()
    assert form.estimate.text() == "0.9 video units a second of what Kling makes"
    form.fields["resolution"].set_value("1080p")
    form.fields["video"].set_value({"url": "https://cdn.example.com/a.mp4", "seconds": 8})
    form.revalidate()
    assert form.estimate.text() == "About 9.6 video units"


def test_a_video_too_long_for_the_picture_pose_is_said_beside_its_field(qtbot, make_window):
    win = make_window()
    form = win.show_form("motion_control")
    form.fields["image"].set_value(None)
    form.fields["video"].set_value({"url": "https://cdn.example.com/a.mp4", "seconds": 14})
    form.show_field_errors = True
    form.revalidate()
    assert "following the picture's pose, Kling takes at most 10 seconds" in (
        form._errors["video"].text()
    )
    form.fields["character_orientation"].set_value("video")
    form.revalidate()
    assert form._errors["video"].text() == ""


def test_the_command_line_makes_one(tmp_path):
    picture = tmp_path / "knight.png"
    picture.write_bytes(png_bytes(400, 600))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kling_desktop",
            "generate",
            "motion-control",
            "--image",
            str(picture),
            "--video-url",
            "https://cdn.example.com/dance.mp4",
            "--character-orientation",
            "video",
            "--sandbox",
            "--data-dir",
            str(tmp_path),
            "--wait",
        ],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    job_id, path = result.stdout.splitlines()
    assert Path(path).suffix == ".mp4" and Path(path).is_file() and int(job_id) > 0
