"""When Kling retires a model: a "discontinued" answer ends the job in one sentence that
names the replacement, nothing is retried or charged, the app remembers it (the forms
drop the model, now and at the next start), and "Run again" moves to the successor, as
it does for a job of a model the catalogue lists as retired."""

from __future__ import annotations

from kling_desktop.api import ModelUnavailableError
from kling_desktop.jobs.spec import JobSpec
from kling_desktop.operations import Request
from tests.ui.conftest import seed


def finish(qtbot, win, job_id: int, timeout=15_000):
    qtbot.waitUntil(lambda: not win.context.history.get(job_id).status.active, timeout=timeout)
    return win.context.history.get(job_id)


def recorded(qtbot, win, token) -> int:
    ids = {}
    win.context.engine.job_recorded.connect(lambda t, j: ids.__setitem__(t, j))
    qtbot.waitUntil(lambda: token in ids, timeout=5000)
    return ids[token]


def test_the_client_knows_a_discontinued_answer(relay_client, sandbox):
    import pytest

    sandbox.retired_models.add("kling-v2-6")
    with pytest.raises(ModelUnavailableError) as info:
        relay_client.submit(Request("text2video", model="kling-2.6", prompt="a kite"))
    assert "has been discontinued" in str(info.value)
    assert not info.value.retryable
    assert sandbox.counters["submit"] == 1


def test_a_discontinued_model_ends_the_job_and_is_remembered(qtbot, make_window):
    from kling_desktop.context import AppContext

    win = make_window()
    server = win.context.sandbox()
    server.retired_models.add("kling-3.0")
    form = win.forms["text2video"]
    assert form.model_id() == "kling-3.0"
    form.prompt.setText("a kite over the sea")
    events = []
    win.context.engine.job_recorded.connect(lambda token, job_id: events.append(job_id))
    form.generate()
    qtbot.waitUntil(lambda: bool(events), timeout=5000)
    job = finish(qtbot, win, events[0])
    assert job.status.value == "failed"
    from kling_desktop.text import from_stored

    assert str(from_stored(job.error)) == (
        "Kling no longer offers Kling 3.0, so nothing was charged. Kling 3.0 Turbo takes its "
        "place: “Run again” uses it."
    )
    assert server.counters["submit"] == 1  # refused once, never retried
    assert server.counters.tasks_created == 0
    qtbot.waitUntil(lambda: form.model.findData("kling-3.0") < 0, timeout=3000)
    assert form.model_id() == "kling-3.0-turbo"
    # One click: run it again, on the successor.
    token = win.context.engine.retry(job.id)
    again = finish(qtbot, win, recorded(qtbot, win, token))
    assert again.status.value == "succeeded" and again.model == "kling-3.0-turbo"
    assert str(from_stored(again.note)) == "Kling retired Kling 3.0; this run uses Kling 3.0 Turbo."
    # The next start knows it too.
    later = AppContext(win.context.paths, demo=True)
    assert not later.catalogue().get("kling-3.0").live_for("text2video")


def test_run_again_on_a_retired_model_uses_its_successor(qtbot, make_window, tmp_path):
    win = make_window()
    (old,) = seed(
        win.context.history,
        tmp_path / "files",
        1,
        kind="text2video",
        prompt="the old harbour",
        model="kling-v1-6",
        mode="pro",
        duration="10",
        cfg_scale=0.5,
    )
    token = win.context.engine.retry(old)
    job = finish(qtbot, win, recorded(qtbot, win, token))
    assert job.status.value == "succeeded"
    assert job.model == "kling-3.0"
    assert job.request["duration"] == 10 and job.request["resolution"] == "1080p"
    assert "cfg_scale" not in job.request and "mode" not in job.request


def test_a_queued_job_of_a_retired_model_says_why_it_cannot_go(qtbot, make_window):
    win = make_window()
    token = win.context.engine.enqueue(
        JobSpec(Request("image", model="kling-v1", prompt="a lighthouse"), "Demo")
    )
    job = finish(qtbot, win, recorded(qtbot, win, token))
    from kling_desktop.text import from_stored

    assert str(from_stored(job.error)) == (
        "Kling retired Kling 1.0 on 2026-09-15. Choose Kling Image 3.0 instead."
    )
    assert win.context.sandbox().counters["submit"] == 0
