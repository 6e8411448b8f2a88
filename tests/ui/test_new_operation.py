"""Adding an operation is one registration: an "echo" operation, defined here with its
sandbox product, runs end to end through the engine and the history, gets a form, a
history filter, words in the details and a command-line kind, with no other module
edited."""

from __future__ import annotations

from typing import Any

import pytest

from kling_desktop.api import LEGACY
from kling_desktop.jobs import JobSpec
from kling_desktop.operations import TEXT, Encoding, Operation, Param, Request, Route, registry
from kling_desktop.sandbox import Product
from kling_desktop.sandbox import rules as sandbox_rules
from kling_desktop.store.records import Filter
from kling_desktop.text import tr


def encode(e: Encoding) -> dict[str, Any]:
    return {"words": e.request.get("words"), "external_task_id": e.external_task_id}


ECHO = Operation(
    name="echo",
    title=tr("Echo"),
    media="image",
    params=(
        Param("words", TEXT, tr("Words"), tr("The words"), tr("What to echo."), required=True),
    ),
    routes=(Route(LEGACY, "v1/echo/generations", encode),),
    summary=lambda params: [f"{len(params.get('words', ''))} characters"],
    uses_model=False,
)


def check(standard: str, model: str | None, body: dict) -> None:
    sandbox_rules.text(body, "words", required=True)


ECHO_PRODUCT = Product(
    kind="echo", media="image", legacy_path="echo/generations", new_path=None, check=check
)


@pytest.fixture
def echo(sandbox):
    registry.register(ECHO)
    sandbox.add_product(ECHO_PRODUCT)
    yield ECHO
    registry.unregister("echo")


def test_an_operation_registered_here_runs_end_to_end(echo, sandbox, tmp_path, qtbot):
    from tests.jobs.conftest import Rig

    rig = Rig(sandbox, tmp_path, qtbot)
    try:
        job_id = rig.run(JobSpec(Request("echo", words="hello there"), "Sandbox"))
        assert rig.finished[job_id] == "succeeded"
        job = rig.history.get(job_id)
        assert job.kind == "echo" and job.request["words"] == "hello there"
        (output,) = rig.history.outputs(job_id)
        assert output.media == "image" and output.file_present()
        assert sandbox.tasks()[0].body["words"] == "hello there"
        assert rig.history.ids(Filter(kinds=frozenset({"echo"}))) == [job_id]
        # It comes back from the history as the same request (run again, reuse).
        assert rig.steps.request_of(job) == Request(
            "echo", words="hello there", external_task_id=job.external_task_id
        )
    finally:
        rig.stop()


def test_its_problems_are_said_like_any_other(echo):
    problems = Request("echo").validate()
    assert [(p.field, str(p.message)) for p in problems] == [("words", "The words is needed.")]


def test_the_window_offers_it_everywhere(echo, make_window, qtbot):
    win = make_window()
    win.context.sandbox().add_product(ECHO_PRODUCT)  # the demo's own server
    form = win.forms["echo"]
    assert win.tabs.tabText(list(win.forms).index("echo")) == "Echo"
    assert win.history_panel.kind.findData("echo") > 0
    form.fields["words"].set_value("from the window")
    finished = []
    win.context.engine.job_finished.connect(lambda update: finished.append(update))
    form.generate()
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    (update,) = finished
    assert update.status.value == "succeeded" and update.job.kind == "echo"
    win.details.show_job(update.id)
    text = win.details.toPlainText()
    assert "Echo" in text and "Words" in text and "from the window" in text


def test_the_command_line_knows_it(echo):
    from kling_desktop.app import parse_args

    args = parse_args(["generate", "echo", "--words", "hi"])
    assert (args.kind, args.words) == ("echo", "hi")
