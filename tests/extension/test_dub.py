"""An operation with a new kind of input (a sound) and a form of its own, declared outside
the app (`tests/extension`), works end to end: from the window, from the history's
"Use as…" action its declaration generates, from the command line in a process of its
own, and through the engine and the history (kept, resumed, re-run)."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kling_desktop.jobs import JobSpec, codec
from kling_desktop.operations import Request
from kling_desktop.sandbox.media import silent_mp3
from tests.extension import install, uninstall
from tests.extension.dub import DUB_PRODUCT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dub():
    install(window=True)
    yield
    uninstall()


def test_its_problems_are_said_like_any_other(dub):
    problems = Request("dub", prompt="hello").validate()
    assert [(p.field, str(p.message)) for p in problems] == [("sound", "The sound is needed.")]
    bad = Request("dub", prompt="hello", sound=b"not a sound at all").validate()
    assert [str(p.message) for p in bad] == ["The sound is not an MP3 or WAV sound."]
    assert Request("dub", prompt="hello", sound=silent_mp3(2)).validate() == []


def test_it_runs_through_the_engine_and_comes_back_from_the_history(dub, sandbox, tmp_path, qtbot):
    from tests.jobs.conftest import Rig

    sandbox.add_product(DUB_PRODUCT)  # this test's server was made before it was known
    sound = silent_mp3(2)
    rig = Rig(sandbox, tmp_path, qtbot)
    try:
        job_id = rig.run(JobSpec(Request("dub", prompt="hello", sound=sound), "Sandbox"))
        assert rig.finished[job_id] == "succeeded"
        (task,) = sandbox.tasks()
        assert base64.b64decode(task.body["sound_file"]) == sound
        job = rig.history.get(job_id)
        assert job.request["sound"] == {"input": "sound"}  # kept as an input, not Base64
        (kept,) = rig.history.inputs(job_id)
        assert kept.role == "sound" and rig.history.input_bytes(kept) == sound
        assert kept.thumbnail is None  # no picture was made of a sound
        assert rig.steps.request_of(job) == Request(
            "dub", prompt="hello", sound=sound, external_task_id=job.external_task_id
        )
        (output,) = rig.history.outputs(job_id)
        assert output.media == "video" and output.file_present()
        # Run again: the sound comes back from the history (read by the kind's reader).
        token = rig.engine.retry(job_id)
        qtbot.waitUntil(lambda: token in rig.recorded, timeout=5000)
        again = rig.recorded[token]
        assert rig.wait(again) == "succeeded"
        assert base64.b64decode(sandbox.tasks()[-1].body["sound_file"]) == sound
    finally:
        rig.stop()


def test_the_window_offers_its_form_and_generates(dub, make_window, qtbot):
    from tests.extension.dub_form import DubForm, SoundField

    win = make_window()
    form = win.show_form("dub")
    assert isinstance(form, DubForm) and form.about.text().startswith("Words said over")
    assert isinstance(form.fields["sound"], SoundField)
    assert win.make.findData("dub") >= 0
    form.fields["prompt"].set_value("hello from the window")
    form.revalidate()
    assert not form.generate_button.isEnabled()  # no sound yet
    assert [str(p.message) for p in form.problems()] == ["The sound is needed."]
    form.fields["sound"].set_value(silent_mp3(2))
    finished = []
    win.context.engine.job_finished.connect(finished.append)
    form.generate()
    qtbot.waitUntil(lambda: bool(finished), timeout=15_000)
    (update,) = finished
    assert update.status.value == "succeeded" and update.job.kind == "dub"
    win.details.show_job(update.id)
    text = win.details.toPlainText()
    assert "Dub" in text and "a sound, kept with the job" in text


def test_a_sound_in_the_history_is_dubbed_from_its_menu(dub, make_window, qtbot):
    win = make_window()
    done = []
    win.context.engine.job_finished.connect(done.append)
    effect = win.forms["sound_effect"]
    effect.fields["prompt"].set_value("a door creaks open")
    effect.generate()
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    sound_job = done[0].id
    (sound,) = win.context.history.outputs(sound_job)
    assert sound.media == "audio"
    assert win.history_panel.select_job(sound_job)
    qtbot.waitUntil(lambda: win.viewer.output is not None and win.viewer.output.id == sound.id)
    actions = win.history_actions
    actions.update()
    use = actions.using("dub", "sound")  # generated from the operation's declaration
    assert use.isEnabled() and use.text() == "Dub with this sound…"
    assert use in actions.menu_actions()
    use.trigger()
    form = win.current_form()
    assert form is win.forms["dub"]
    qtbot.waitUntil(lambda: form.fields["sound"].value() is not None, timeout=5000)
    assert form.fields["sound"].value() == sound.path.read_bytes()
    form.fields["prompt"].set_value("over the creak")
    form.generate()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=15_000)
    dubbed = done[1]
    assert dubbed.status.value == "succeeded"
    # What came from what: the dub was made from the sound.
    (link,) = win.context.history.made_from(dubbed.id)
    assert (link.job_id, link.role, link.output_id) == (sound_job, "sound", sound.id)
    # On a video (the dub itself), the action is off: the operation takes sounds.
    assert win.history_panel.select_job(dubbed.id)
    qtbot.waitUntil(lambda: win.viewer.output is not None and win.viewer.output.job_id == dubbed.id)
    actions.update()
    assert not actions.using("dub", "sound").isEnabled()


def test_the_command_line_runs_it_in_a_process_of_its_own(dub, tmp_path):
    sound = tmp_path / "voice.mp3"
    sound.write_bytes(silent_mp3(2))
    data = tmp_path / "data"
    program = (
        "import sys; from tests.extension import install; install(); "
        "from kling_desktop.app import main; sys.exit(main(sys.argv[1:]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KLING_DESKTOP_DEMO_SECONDS": "0.3"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", program, "--data-dir", str(data), *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    help_text = run("generate", "--help").stdout
    assert "dub" in help_text and "--sound SOUND" in help_text
    refused = run(
        "--sandbox", "generate", "dub", "--prompt", "hi", "--sound", str(tmp_path / "none.mp3")
    )
    assert refused.returncode == 2 and refused.stdout == ""
    assert "--sound: The sound: No such file or directory" in refused.stderr
    done = run("--sandbox", "generate", "dub", "--prompt", "hi", "--sound", str(sound), "--wait")
    assert done.returncode == 0, done.stderr
    job_id, path = done.stdout.splitlines()
    assert Path(path).is_file() and path.endswith(".mp4")
    from kling_desktop.store import AppPaths, Database, History

    paths = AppPaths.portable_in(data)
    db = Database(paths.database)
    try:
        history = History(db, paths.inputs)
        job = history.get(int(job_id))
        assert job.kind == "dub" and job.status.value == "succeeded"
        (kept,) = history.inputs(job.id)
        assert history.input_bytes(kept) == sound.read_bytes()
        assert kept.original_path == str(sound)
        request = codec.decode(job.kind, job.request, {"sound": history.input_bytes(kept)})
        assert request.get("sound") == sound.read_bytes()
    finally:
        db.close()
