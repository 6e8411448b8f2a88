"""The real app, as processes: the self-test, the command line, and a kill mid-poll."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kling_desktop import instance
from kling_desktop.store import Database, History, JobStatus

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")


def app(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kling_desktop", *args],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=kw.pop("timeout", 120),
        **kw,
    )


def job(data: Path, job_id: int):
    db = Database(data / "data" / "history.sqlite")
    try:
        return History(db, data / "data" / "inputs").get(job_id), History(
            db, data / "data" / "inputs"
        ).outputs(job_id)
    finally:
        db.close()


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_self_test_passes(tmp_path):
    result = app("--self-test", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    for check in (
        "store: ok",
        "keyring: ok",
        "tls: ok (",
        "image: ok",
        "video: ok (1280x720",
        "window: ok",
        "demo generation: ok",
        "self-test: passed",
    ):
        assert check in result.stdout


def test_the_window_shows_its_frame_then_completes_and_starts_the_engine(tmp_path):
    # KLING_DESKTOP_STARTUP_PROBE: print "shown" after the first frame, "ready" once the
    # complete window is painted, "engine" once the engine has started after it, then quit.
    result = subprocess.run(
        [sys.executable, "-m", "kling_desktop", "--sandbox", "--data-dir", str(tmp_path)],
        env=dict(ENV, KLING_DESKTOP_STARTUP_PROBE="1"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["shown", "ready", "engine"]
    log = (tmp_path / "logs" / "kling-desktop.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "ERROR" not in log
    assert (tmp_path / "config" / "window.json").exists()  # the layout, for next time


def test_version():
    result = app("--version")
    assert result.stdout.startswith("Kling Desktop ")


def test_invalid_input_exits_2_with_every_message(tmp_path):
    result = app(
        "generate",
        "text2video",
        "--prompt",
        "",
        "--duration",
        "7",
        "--model",
        "kling-2.6",
        "--shot",
        "oops",
        "--n",
        "2",
        "--data-dir",
        str(tmp_path),
        "--sandbox",
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert "prompt: Write a prompt: describe what you want to see." in lines
    assert "duration: The length cannot be 7 s with Kling 2.6; choose 5 s, 10 s." in lines
    assert "--shot 'oops': write SECONDS:WORDS, e.g. 3:a kite rises" in lines
    assert "--n: not used for text2video" in lines
    assert result.stdout == ""


def test_a_missing_image_is_named(tmp_path):
    result = app(
        "generate",
        "image2video",
        "--image",
        str(tmp_path / "gone.png"),
        "--data-dir",
        str(tmp_path),
        "--sandbox",
    )
    assert result.returncode == 2
    assert "gone.png cannot be read" in result.stderr


def test_generate_and_wait_without_the_window(tmp_path):
    result = app(
        "generate",
        "image",
        "--prompt",
        "a red fox in the snow",
        "--n",
        "2",
        "--aspect-ratio",
        "1:1",
        "--sandbox",
        "--data-dir",
        str(tmp_path),
        "--wait",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    job_id = int(result.stdout.splitlines()[0])
    files = [Path(line) for line in result.stdout.splitlines()[1:]]
    assert len(files) == 2 and all(f.is_file() for f in files), result.stdout
    record, outputs = job(tmp_path, job_id)
    assert record.status is JobStatus.SUCCEEDED
    assert sorted(o.path for o in outputs) == sorted(files)


@pytest.mark.parametrize(
    ("kind", "standard", "suffix"),
    [
        ("image", "legacy", ".png"),
        ("text2video", "new", ".mp4"),
        ("sound_effect", "legacy", ".mp3"),
    ],
    ids=["legacy picture", "new-standard video", "sound"],
)
def test_killed_mid_poll_the_job_finishes_once_after_restart(
    tmp_path, qapp, kind, standard, suffix
):
    """The issue's end-to-end check: window in demo mode, a job from the command line,
    SIGKILL while the job is on the server, restart, and exactly one task and one file.
    Once on Kling's legacy standard, once on the new one (polled through GET /tasks)."""
    slow = dict(ENV, KLING_DESKTOP_DEMO_SECONDS="6")
    window = subprocess.Popen(
        [sys.executable, "-m", "kling_desktop", "--sandbox", "--data-dir", str(tmp_path)],
        env=slow,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        data = tmp_path / "data"
        wait_for(lambda: instance.ask(data, {"cmd": "show"}, 2000), 30, "the window")
        queued = app("generate", kind, "--prompt", "survives a crash", "--data-dir", str(tmp_path))
        assert queued.returncode == 0, queued.stderr[-2000:]
        job_id = int(queued.stdout.strip())
        wait_for(
            lambda: job(tmp_path, job_id)[0].status in (JobStatus.SUBMITTED, JobStatus.PROCESSING),
            30,
            "the job to be on the server",
        )
        window.send_signal(signal.SIGKILL)
        window.wait(10)
        assert job(tmp_path, job_id)[0].status.active
        window = subprocess.Popen(
            [sys.executable, "-m", "kling_desktop", "--sandbox", "--data-dir", str(tmp_path)],
            env=slow,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        record = wait_for(
            lambda: (j := job(tmp_path, job_id)[0]).status is JobStatus.SUCCEEDED and j,
            60,
            "the job to finish after the restart",
        )
        assert record.standard == standard
        _, outputs = job(tmp_path, job_id)
        assert len(outputs) == 1 and outputs[0].path.is_file()
        assert [p.suffix for p in (tmp_path / "library").rglob("*.*")] == [suffix]
        tasks = json.loads((data / "demo-sandbox.json").read_text())
        assert [t["external_task_id"] for t in tasks] == [record.external_task_id]
    finally:
        window.kill()
        window.wait(10)


def test_everything_stays_under_the_data_dir(tmp_path):
    app("generate", "image", "--prompt", "x", "--sandbox", "--data-dir", str(tmp_path), "--wait")
    written = {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*")}
    assert written <= {"data", "config", "logs", "cache", "library"}
    assert (tmp_path / "logs" / "kling-desktop.log").is_file()
