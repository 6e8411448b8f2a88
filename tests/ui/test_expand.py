"""Extend a picture, as a user does it: from a result in the history or a file, with the
new size and shape said as the numbers change and the usual shapes one click away; into
the history from the window and from the command line."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from kling_desktop.sandbox.media import render_image
from kling_desktop.store import JobStatus
from kling_desktop.ui.expand_form import shape_words, to_shape
from tests.e2e.test_app import job
from tests.reliability.test_bad_inputs import run


def test_shapes_in_words():
    assert shape_words(1920, 1080) == "16:9" and shape_words(1000, 1000) == "1:1"
    assert shape_words(1500, 1000) == "3:2" and shape_words(1234, 1000) == "1.23:1"


def test_to_a_shape_with_the_least_new_area_split_evenly():
    wide = to_shape(1000, 1000, 16 / 9)
    assert wide["up"] == wide["down"] == 0
    assert wide["left"] == wide["right"] == pytest.approx(0.3889, abs=1e-4)
    tall = to_shape(1920, 1080, 9 / 16)
    assert tall["left"] == tall["right"] == 0 and tall["up"] == tall["down"] == 1.0802
    assert to_shape(3000, 1000, 9 / 16)["up"] == 2.0  # no side beyond 2


@pytest.fixture
def form(make_window, tmp_path, qtbot):
    win = make_window()
    win.show()
    form = win.show_form("expand")
    path = tmp_path / "square.png"
    path.write_bytes(render_image("a square harbour", "1:1", 0, 1))
    form.picker("image").load(path)
    qtbot.waitUntil(lambda: form.picker("image").prepared is not None, timeout=5000)
    form.win = win
    return form


def test_the_new_size_is_said_and_presets_fill_the_sides(qtbot, form):
    w = form.picker("image").prepared.width
    assert "1.00× the original's area" in form.result.text()
    form.presets["16:9"].click()
    assert form.fields["left_expansion_ratio"].value() == pytest.approx(0.3889, abs=1e-3)
    assert (
        form.fields["right_expansion_ratio"].value() == form.fields["left_expansion_ratio"].value()
    )
    assert (
        f"({shape_words(round(w * 1.7778), w)})" in form.result.text()
        or "16:9" in form.result.text()
    )
    assert "1.78× the original's area" in form.result.text()
    form.presets["1:1"].click()  # already square: nothing to add
    assert form.result.text().endswith("1.00× the original's area.")
    # Too much is said before anything is sent.
    form.fields["left_expansion_ratio"].set_value(1.5)
    form.fields["up_expansion_ratio"].set_value(0.5)
    form.generate()
    assert not form.generate_button.isEnabled()
    assert "Kling allows at most 3×" in form._errors["left_expansion_ratio"].text()


def test_extend_a_result_from_the_window(qtbot, form):
    win = form.win
    form.presets["16:9"].click()
    form.prompt.setText("more harbour")
    form.revalidate()
    assert form.generate_button.isEnabled(), form.why.text()
    ended = []
    win.context.engine.job_finished.connect(lambda update: ended.append(update))
    form.generate_button.click()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    record = win.context.history.get(ended[0].id)
    assert record.status is JobStatus.SUCCEEDED and record.kind == "expand"
    (output,) = win.context.history.outputs(record.id)
    image = QImage(str(output.path))
    assert abs(image.width() / image.height() - 16 / 9) < 0.02  # the shape asked for
    # In the history in words, and the result can be extended again from there.
    qtbot.waitUntil(lambda: win.history_panel.current_job() == record.id, timeout=5000)
    qtbot.waitUntil(lambda: win.viewer.stack.currentWidget() is win.viewer.image, timeout=5000)
    assert "Extend a picture" in win.details.toPlainText()
    win.history_actions.update()
    assert win.history_actions.using("expand", "image").isEnabled()
    form.picker("image").set_prepared(None)
    win.history_actions.using("expand", "image").trigger()
    qtbot.waitUntil(lambda: form.picker("image").prepared is not None, timeout=5000)
    assert form.picker("image").prepared.width == image.width()


def test_extend_from_the_command_line(tmp_path):
    source = tmp_path / "boat.png"
    source.write_bytes(render_image("a boat", "1:1", 0, 1))
    result = run(
        "generate", "expand", "--image", str(source), "--left", "0.5", "--right", "50%",
        "--prompt", "open water", "--n", "2", "--sandbox", "--data-dir", str(tmp_path / "d"),
        "--wait", env={"KLING_DESKTOP_DEMO_SECONDS": "0.5"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    job_id = int(result.stdout.splitlines()[0])
    record, outputs = job(tmp_path / "d", job_id)
    assert record.kind == "expand" and record.status is JobStatus.SUCCEEDED
    assert len(outputs) == 2 and all(o.path.is_file() for o in outputs)
    assert record.request["left_expansion_ratio"] == 0.5
    assert record.request["right_expansion_ratio"] == 0.5  # "50%" as the form says it


def test_too_much_is_refused_on_the_command_line_in_a_sentence(tmp_path):
    source = tmp_path / "boat.png"
    source.write_bytes(render_image("a boat", "1:1", 0, 1))
    result = run(
        "generate", "expand", "--image", str(source), "--left", "2", "--right", "1",
        "--sandbox", "--data-dir", str(tmp_path / "d"),
    )  # fmt: skip
    assert result.returncode != 0
    assert "Kling allows at most 3×" in result.stderr and "Traceback" not in result.stderr


def test_the_whole_stays_within_three_times_the_area():
    from kling_desktop.ui.expand_canvas import clamp

    assert clamp({"up": 0, "down": 0, "left": 0, "right": 2.5}, "right")["right"] == 2.0
    # A quarter above and below makes it 1.5× as tall: the width may be at most 2×, so with
    # 0.25 on the left the right may take 0.75.
    values = clamp({"up": 0.25, "down": 0.25, "left": 0.25, "right": 1.0}, "right")
    assert values["right"] == 0.75
    assert clamp({"up": 0, "down": 0, "left": 0, "right": -1}, "right")["right"] == 0


def test_dragging_an_edge_outward_extends_that_side(qtbot, form):
    from PySide6.QtCore import QPoint, Qt

    canvas = form.canvas
    form.scroll.ensureWidgetVisible(canvas)
    qtbot.waitUntil(lambda: not canvas.image.isNull(), timeout=3000)
    outer, inner = canvas.frames()
    edge = QPoint(round(outer.right()), round(outer.center().y()))
    assert canvas.edge_at(edge.toPointF()) == "right"
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(canvas, edge + QPoint(round(inner.width() / 2), 0))
    qtbot.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, pos=edge + QPoint(round(inner.width() / 2), 0)
    )
    right = form.fields["right_expansion_ratio"].value()
    assert right == pytest.approx(0.5, abs=0.02)  # half the picture's width, in the form too
    assert form.fields["left_expansion_ratio"].value() == 0
    assert (
        "1.50× the original's area" in form.result.text()
        or "1.49" in form.result.text()
        or "1.51" in form.result.text()
    )
    # Dragging far beyond what Kling allows stops at its limit.
    outer, inner = canvas.frames()
    edge = QPoint(round(outer.right()), round(outer.center().y()))
    far = edge + QPoint(round(inner.width() * 5), 0)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(canvas, far)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=far)
    assert form.fields["right_expansion_ratio"].value() == 2.0


def test_a_side_is_typed_and_said_as_a_share_of_the_picture(qtbot, form):
    from kling_desktop.ui.details import parameter_value

    field = form.fields["up_expansion_ratio"]
    field.set_value(0.365)
    assert field.spin.text() == "36.5 %"  # not "0.365 ×"
    assert field.value() == 0.365  # what Kling is sent
    field.spin.setValue(50)
    assert field.value() == 0.5
    assert parameter_value("up_expansion_ratio", "expand", 0.365) == "36.5 %"
