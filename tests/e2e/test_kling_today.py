"""Late-2026 Kling end to end, as a user reaches it: from the window's forms and from the
command line, against the sandbox over HTTP (both API standards), into the history with
the files on disk and the units each job cost.

The five jobs: a `kling-v3` picture; a `kling-3.0` 10 s 1080p video with native sound
told as a 3-shot storyboard; image to video on `kling-2.6` in 1080p from a first and a
last frame; an omni video from 3 reference pictures; an omni picture series of 4. And:
a model id the app does not know is sent, and the server's answer is shown."""

from __future__ import annotations

import pytest

from kling_desktop.api import NEW
from kling_desktop.media.images import prepare
from kling_desktop.sandbox.media import render_image
from kling_desktop.store import JobStatus
from tests.e2e.test_app import ENV, job
from tests.reliability.test_bad_inputs import run
from tests.ui.test_forms import choose

QUICK_DEMO = {"KLING_DESKTOP_DEMO_SECONDS": "0.5"}
SHOTS = [
    {"prompt": "a kite lifts off the beach", "duration": 3},
    {"prompt": "it climbs over the waves", "duration": 3},
    {"prompt": "the string snaps at sunset", "duration": 4},
]


def picture(words: str, ratio: str = "16:9"):
    return prepare(render_image(words, ratio, 0, 1), words)


def check(history, job_id, *, kind, model, files, media, standard=None):
    """The job is in the history as it was asked, with its files whole and its units."""
    record = history.get(job_id)
    assert record.status is JobStatus.SUCCEEDED, record.error
    assert record.kind == kind and record.model == model
    if standard:
        assert record.standard == standard
    outputs = history.outputs(job_id)
    assert len(outputs) == files
    assert all(o.media == media and o.file_present() for o in outputs)
    assert record.credits is not None and record.credits > 0  # what the server billed
    return record


# From the window ---------------------------------------------------------------------------


@pytest.fixture
def win(make_window):
    window = make_window()
    window.show()
    return window


def generate(qtbot, win, kind, fill) -> int:
    """Fill the form of `kind` as a user would, press Generate, wait for the end."""
    form = win.forms[kind]
    fill(form)
    form.revalidate()
    assert form.generate_button.isEnabled(), form.why.text()
    ended = []
    win.context.engine.job_finished.connect(lambda update: ended.append(update.id))
    form.generate_button.click()
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=30_000)
    return ended[0]


def test_a_kling_v3_picture_from_the_window(qtbot, win):
    def fill(form):
        choose(form.model, "kling-v3")
        form.fields["prompt"].set_value("a lighthouse in fog")

    job_id = generate(qtbot, win, "image", fill)
    check(win.context.history, job_id, kind="image", model="kling-v3", files=1, media="image")


def test_a_kling_3_storyboard_with_native_sound_from_the_window(qtbot, win):
    def fill(form):
        choose(form.model, "kling-3.0")
        form.fields["prompt"].set_value("a kite's day")
        choose(form.fields["duration"].combo, 10)
        choose(form.fields["resolution"].combo, "1080p")
        choose(form.fields["audio"].combo, "native")
        form.fields["shots"].set_value(SHOTS)

    job_id = generate(qtbot, win, "text2video", fill)
    record = check(
        win.context.history,
        job_id,
        kind="text2video",
        model="kling-3.0",
        files=1,
        media="video",
        standard=NEW,
    )
    sent = record.request
    assert sent["duration"] == 10 and sent["resolution"] == "1080p" and sent["audio"] == "native"
    assert [s["duration"] for s in sent["shots"]] == [3, 3, 4]


def test_first_and_last_frame_on_kling_2_6_from_the_window(qtbot, win):
    def fill(form):
        choose(form.model, "kling-2.6")
        form.fields["first_frame"].set_value(picture("dawn"))
        form.fields["last_frame"].set_value(picture("dusk"))
        form.fields["prompt"].set_value("the day passes")
        choose(form.fields["resolution"].combo, "1080p")

    job_id = generate(qtbot, win, "image2video", fill)
    record = check(
        win.context.history, job_id, kind="image2video", model="kling-2.6", files=1, media="video"
    )
    roles = {i.role for i in win.context.history.inputs(job_id)}
    assert roles == {"first_frame", "last_frame"}
    assert record.request["resolution"] == "1080p"


def test_an_omni_video_from_three_pictures_from_the_window(qtbot, win):
    def fill(form):
        form.fields["reference_images"].set_value(
            [picture("cat", "1:1"), picture("hat", "1:1"), picture("garden", "16:9")]
        )
        form.fields["prompt"].set_value("the cat from @image1 wears @image2 in @image3")

    job_id = generate(qtbot, win, "omni_video", fill)
    record = win.context.history.get(job_id)
    check(
        win.context.history, job_id, kind="omni_video", model=record.model, files=1, media="video"
    )
    assert record.model.startswith("kling-3.0-omni")
    assert len(win.context.history.inputs(job_id)) == 3


def test_an_omni_picture_series_of_four_from_the_window(qtbot, win):
    def fill(form):
        choose(form.model, "kling-v3-omni")  # the default, Image O1, makes single pictures
        form.fields["reference_images"].set_value([picture("a red chair", "1:1")])
        form.fields["prompt"].set_value("the chair from @image1 in four rooms")
        choose(form.fields["series"].combo, 4)

    job_id = generate(qtbot, win, "omni_image", fill)
    record = win.context.history.get(job_id)
    check(
        win.context.history, job_id, kind="omni_image", model=record.model, files=4, media="image"
    )


# From the command line ---------------------------------------------------------------------


@pytest.fixture
def pictures(tmp_path):
    made = {}
    for words, ratio in (("dawn", "16:9"), ("dusk", "16:9"), ("cat", "1:1"), ("hat", "1:1")):
        path = tmp_path / f"{words}.png"
        path.write_bytes(render_image(words, ratio, 0, 1))
        made[words] = str(path)
    return made


COMMANDS = {
    "kling-v3 picture": (
        ["image", "--model", "kling-v3", "--prompt", "a lighthouse in fog"],
        dict(kind="image", model="kling-v3", files=1, media="image"),
    ),
    "kling-3.0 storyboard": (
        ["text2video", "--model", "kling-3.0", "--prompt", "a kite's day", "--duration", "10",
         "--resolution", "1080p", "--audio", "native",
         "--shot", "3:a kite lifts off", "--shot", "3:it climbs", "--shot", "4:the string snaps"],
        dict(kind="text2video", model="kling-3.0", files=1, media="video", standard=NEW),
    ),
    "kling-2.6 first and last frame": (
        ["image2video", "--model", "kling-2.6", "--resolution", "1080p", "--prompt", "a day",
         "--first-frame", "{dawn}", "--last-frame", "{dusk}"],
        dict(kind="image2video", model="kling-2.6", files=1, media="video"),
    ),
    "omni video from 3 pictures": (
        ["omni_video", "--prompt", "@image1 wears @image2 by @image3",
         "--reference", "{cat}", "--reference", "{hat}", "--reference", "{dawn}"],
        dict(kind="omni_video", model="kling-3.0-omni", files=1, media="video"),
    ),
    "omni picture series of 4": (
        ["omni_image", "--model", "kling-v3-omni", "--prompt", "@image1 in four rooms",
         "--reference", "{cat}", "--series", "4"],
        dict(kind="omni_image", model="kling-v3-omni", files=4, media="image"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(COMMANDS))
def test_from_the_command_line(tmp_path, pictures, name):
    args, expected = COMMANDS[name]
    args = [a.format(**pictures) if a.startswith("{") else a for a in args]
    result = run("generate", *args, "--sandbox", "--data-dir", str(tmp_path), "--wait",
                 env=QUICK_DEMO)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    job_id = int(result.stdout.splitlines()[0])
    files = result.stdout.splitlines()[1:]
    record, outputs = job(tmp_path, job_id)
    assert sorted(str(o.path) for o in outputs) == sorted(files)
    assert record.status is JobStatus.SUCCEEDED
    assert record.kind == expected["kind"] and record.model == expected["model"]
    assert len(outputs) == expected["files"]
    assert all(o.media == expected["media"] and o.path.is_file() for o in outputs)
    assert record.credits and record.credits > 0
    if "standard" in expected:
        assert record.standard == expected["standard"]


def test_a_series_on_a_model_without_one_names_the_model_that_has_it(tmp_path):
    result = run(
        "generate", "omni_image", "--prompt", "four rooms", "--series", "4", "--sandbox",
        "--data-dir", str(tmp_path),
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "series: The series cannot be used with Kling Image O1. Choose Kling Image 3.0 Omni for it."
    ]


def test_an_unknown_model_is_sent_and_the_servers_answer_shown(tmp_path):
    result = run(
        "generate", "image", "--model", "kling-v9-preview", "--prompt", "x", "--sandbox",
        "--data-dir", str(tmp_path), "--wait", env=QUICK_DEMO,
    )  # fmt: skip
    assert result.returncode == 1
    job_id = int(result.stdout.splitlines()[0])
    record, _ = job(tmp_path, job_id)
    assert record.status is JobStatus.FAILED and record.model == "kling-v9-preview"
    assert "kling-v9-preview" in result.stderr  # the server's words, in a sentence
    assert "Traceback" not in result.stderr
    assert ENV  # the same environment as every end-to-end test
