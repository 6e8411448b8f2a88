"""One engine per data folder: the window and command lines on the same folder take turns
(a command line hands its job to whoever runs the engine, or runs it itself holding the
lock; a window that starts takes the folder over), and `generate --resume` finishes what
a crash left behind. Every job ends once, with one task on the server."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

from kling_desktop import instance
from kling_desktop.store import JobStatus
from tests.e2e.test_app import ENV, app, job, wait_for

#: Demo tasks that stay on the server long enough for another process to step in.
SLOW = dict(ENV, KLING_DESKTOP_DEMO_SECONDS="8")


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kling_desktop", *args],
        env=SLOW,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def first_line(process: subprocess.Popen) -> str:
    return process.stdout.readline().strip()


def tasks(tmp_path) -> list[str]:
    state = tmp_path / "data" / "demo-sandbox.json"
    return [t["external_task_id"] for t in json.loads(state.read_text())]


def on_the_server(tmp_path, job_id):
    return job(tmp_path, job_id)[0].status in (JobStatus.SUBMITTED, JobStatus.PROCESSING)


def test_a_window_that_starts_takes_over_a_command_line_job(tmp_path, qapp):
    cli = start(
        "generate", "text2video", "--prompt", "a slow wave", "--sandbox",
        "--data-dir", str(tmp_path), "--wait",
    )  # fmt: skip
    window = None
    try:
        job_id = int(first_line(cli))
        wait_for(lambda: on_the_server(tmp_path, job_id), 30, "the job to be on the server")
        window = start("--sandbox", "--data-dir", str(tmp_path))
        out, err = cli.communicate(timeout=90)
        assert cli.returncode == 0, err[-2000:]
        files = out.splitlines()
        assert len(files) == 1 and files[0].endswith(".mp4"), out
        record, outputs = job(tmp_path, job_id)
        assert record.status is JobStatus.SUCCEEDED
        assert [str(o.path) for o in outputs] == files
        assert tasks(tmp_path) == [record.external_task_id]  # paid once
        assert "Traceback" not in err
        log = (tmp_path / "logs" / "kling-desktop.log").read_text()
        assert "handing the data folder over to the window" in log
        # The window has the folder now: it answers, and a new command line hands over to it.
        assert instance.ask(tmp_path / "data", {"cmd": "show"}, 5000) == {"ok": True}
    finally:
        cli.kill()
        if window is not None:
            window.kill()
            window.wait(10)


def test_a_second_command_line_hands_its_job_to_the_first(tmp_path):
    first = start(
        "generate", "text2video", "--prompt", "first", "--sandbox", "--data-dir", str(tmp_path),
        "--wait",
    )  # fmt: skip
    try:
        first_id = int(first_line(first))
        second = app(
            "generate", "image", "--prompt", "second", "--sandbox", "--data-dir", str(tmp_path),
            "--wait",
        )  # fmt: skip
        assert second.returncode == 0, second.stderr[-2000:]
        second_id = int(second.stdout.splitlines()[0])
        assert second_id != first_id
        _, err = first.communicate(timeout=90)
        assert first.returncode == 0, err[-2000:]
        for job_id in (first_id, second_id):
            record, outputs = job(tmp_path, job_id)
            assert record.status is JobStatus.SUCCEEDED and outputs[0].path.is_file()
        assert len(tasks(tmp_path)) == 2
    finally:
        first.kill()


def test_after_a_kill_resume_finishes_the_job_without_a_second_task(tmp_path):
    cli = start(
        "generate", "text2video", "--prompt", "killed", "--sandbox", "--data-dir", str(tmp_path),
        "--wait",
    )  # fmt: skip
    job_id = int(first_line(cli))
    wait_for(lambda: on_the_server(tmp_path, job_id), 30, "the job to be on the server")
    cli.send_signal(signal.SIGKILL)
    cli.wait(10)
    assert job(tmp_path, job_id)[0].status.active

    again = app("generate", "image", "--prompt", "next", "--data-dir", str(tmp_path))
    assert again.returncode == 0, again.stderr
    assert f"1 earlier job(s) were interrupted ({job_id})" in again.stderr
    assert "generate --resume" in again.stderr

    resumed = app("generate", "--resume", "--data-dir", str(tmp_path))
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "Finishing 2 unfinished job(s)" in resumed.stderr
    record, outputs = job(tmp_path, job_id)
    assert record.status is JobStatus.SUCCEEDED
    assert str(outputs[0].path) in resumed.stdout.splitlines()
    assert tasks(tmp_path).count(record.external_task_id) == 1

    nothing = app("generate", "--data-dir", str(tmp_path))
    assert nothing.returncode == 0
    assert "There are no unfinished jobs" in nothing.stderr


def test_resume_with_job_options_is_refused(tmp_path):
    result = app("generate", "--resume", "--prompt", "x", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "give it without --prompt" in result.stderr


def test_a_command_line_waiting_on_a_window_that_dies_finishes_the_job_itself(tmp_path, qapp):
    window = start("--sandbox", "--data-dir", str(tmp_path))
    try:
        wait_for(lambda: instance.ask(tmp_path / "data", {"cmd": "show"}, 2000), 30, "window")
        cli = start(
            "generate", "image", "--prompt", "orphan", "--data-dir", str(tmp_path), "--wait"
        )  # fmt: skip
        job_id = int(first_line(cli))
        wait_for(lambda: on_the_server(tmp_path, job_id), 30, "the job to be on the server")
        window.send_signal(signal.SIGKILL)
        window.wait(10)
        out, err = cli.communicate(timeout=90)
        assert cli.returncode == 0, err[-2000:]
        record, outputs = job(tmp_path, job_id)
        assert record.status is JobStatus.SUCCEEDED
        assert out.splitlines() == [str(outputs[0].path)]
        assert tasks(tmp_path) == [record.external_task_id]
    finally:
        window.kill()
        window.wait(10)
