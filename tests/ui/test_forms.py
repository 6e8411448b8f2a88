"""The forms, as a user meets them: greyed-out choices, messages beside fields, Generate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kling_desktop.media.images import prepare
from kling_desktop.sandbox.media import render_image
from kling_desktop.ui.forms import ImageForm, ImageToVideoForm, TextToVideoForm


@pytest.fixture
def image_form(qtbot):
    form = ImageForm(lambda: "Demo")
    qtbot.addWidget(form)
    return form


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def item_enabled(combo, data) -> bool:
    return combo.model().item(combo.findData(data)).isEnabled()


def type_prompt(qtbot, form, text):
    form.prompt.edit.setFocus()
    qtbot.keyClicks(form.prompt.edit, text)
    form.revalidate()


def test_a_fresh_form_is_not_scolded_but_cannot_generate(image_form):
    image_form.revalidate()
    assert not image_form.generate_button.isEnabled()
    assert image_form.why.text() == "Write a prompt: describe what you want to see."
    assert all(e.isHidden() for e in image_form.findChildren(type(image_form.general_error)))


def test_typing_a_prompt_enables_generate(qtbot, image_form):
    type_prompt(qtbot, image_form, "a lighthouse at dawn")
    assert image_form.generate_button.isEnabled()
    assert image_form.prompt.counter.text() == "20 / 2500"


def test_too_long_a_prompt_is_said_beside_it(qtbot, image_form):
    image_form.prompt.setText("x" * 2501)
    image_form.touched()
    image_form.revalidate()
    error = image_form._errors["prompt"]
    assert error.isVisibleTo(image_form)
    assert error.text() == "The prompt is 2501 characters long; the limit is 2500."
    assert "problems above" in image_form.why.text()
    assert not image_form.generate_button.isEnabled()


def test_models_grey_out_what_they_cannot_do(image_form):
    choose(image_form.model, "kling-v1")
    assert not image_form.aspect.buttons["21:9"].isEnabled()
    assert "cannot make this shape" in image_form.aspect.buttons["21:9"].toolTip()
    assert not item_enabled(image_form.resolution, "2k")
    assert not image_form.negative.isEnabled()
    choose(image_form.model, "kling-v2")
    assert image_form.aspect.buttons["21:9"].isEnabled()
    assert item_enabled(image_form.resolution, "2k")
    assert image_form.negative.isEnabled()


def test_a_greyed_choice_is_left_for_an_allowed_one(image_form):
    choose(image_form.model, "kling-v2")
    image_form.aspect.set_value("21:9")
    choose(image_form.resolution, "2k")
    choose(image_form.model, "kling-v1")
    assert image_form.aspect.value() == "16:9"
    assert image_form.resolution.currentData() == "1k"


def test_the_request_is_what_the_form_shows(qtbot, image_form):
    choose(image_form.model, "kling-v2")
    image_form.aspect.set_value("21:9")
    image_form.count.setValue(9)
    choose(image_form.resolution, "2k")
    image_form.negative.setText("blur")
    type_prompt(qtbot, image_form, "a red fox")
    body = image_form.request().to_body()
    assert body | {"external_task_id": None} == {
        "model_name": "kling-v2",
        "model": "kling-v2",
        "prompt": "a red fox",
        "n": 9,
        "aspect_ratio": "21:9",
        "resolution": "2k",
        "negative_prompt": "blur",
        "external_task_id": None,
    }


def test_a_reference_image_unlocks_its_settings(qtbot, image_form, qapp):
    choose(image_form.model, "kling-v1-5")
    assert not image_form.reference_type.isEnabled()
    image_form.reference.set_prepared(prepare(render_image("ref", "1:1", 0, 1), "ref"))
    assert image_form.reference_type.isEnabled()
    assert image_form.strength.isEnabled()
    assert image_form.human.isEnabled()  # "subject" is the default
    choose(image_form.reference_type, "face")
    assert not image_form.human.isEnabled()
    type_prompt(qtbot, image_form, "same person, in a garden")
    body = image_form.request().to_body()
    assert body["image_reference"] == "face" and body["image"]
    assert "negative_prompt" not in body


def test_ctrl_enter_generates(qtbot, image_form):
    type_prompt(qtbot, image_form, "shortcut")
    with qtbot.waitSignal(image_form.generate_requested) as blocker:
        qtbot.keyClick(
            image_form.prompt.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    spec = blocker.args[0]
    assert spec.profile == "Demo"
    assert spec.request.prompt == "shortcut"


def test_ctrl_enter_on_an_invalid_form_shows_the_problems(qtbot, image_form):
    with qtbot.assertNotEmitted(image_form.generate_requested):
        qtbot.keyClick(
            image_form.prompt.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert image_form._errors["prompt"].isVisibleTo(image_form)


def test_video_camera_only_where_the_model_allows(qtbot):
    form = TextToVideoForm(lambda: "Demo")
    qtbot.addWidget(form)
    choose(form.model, "kling-v1")
    assert form.camera.isEnabled()
    choose(form.mode, "pro")
    assert not form.camera.isEnabled()
    assert "only in: std 5 s" in form.camera.toolTip()
    choose(form.model, "kling-v2-5-turbo")
    assert not item_enabled(form.mode, "std")
    assert form.mode.currentData() == "pro"
    assert "(1080p)" in form.mode.currentText()
    assert not form.creativity.isEnabled()
    choose(form.model, "kling-v2-6")
    assert form.sound.isEnabled()


def test_camera_choice_reaches_the_request(qtbot):
    form = TextToVideoForm(lambda: "Demo")
    qtbot.addWidget(form)
    choose(form.model, "kling-v1")
    form.camera.kind.setCurrentIndex(form.camera.kind.findData("simple"))
    form.camera.axis.setCurrentIndex(form.camera.axis.findData("zoom"))
    form.camera.slider.setValue(-4)
    assert "Zoom -4: moves away" in form.camera.hint.text()
    type_prompt(qtbot, form, "the harbour")
    body = form.request().to_body()
    assert body["camera_control"]["config"]["zoom"] == -4
    assert body["duration"] == "5"


def test_image_to_video_needs_a_frame_and_limits_the_last_one(qtbot, qapp):
    form = ImageToVideoForm(lambda: "Demo")
    qtbot.addWidget(form)
    form.revalidate()
    assert not form.generate_button.isEnabled()
    assert form.why.text() == "Add a first frame, a last frame, or both."
    form.first.set_prepared(prepare(render_image("start", "16:9", 0, 1), "The first frame"))
    form.revalidate()
    assert form.generate_button.isEnabled()
    choose(form.model, "kling-v1-6")
    choose(form.mode, "std")
    assert not form.last.isEnabled()
    assert "pro 5 s" in form.last.toolTip()
    choose(form.mode, "pro")
    assert form.last.isEnabled()


def test_forms_remember_their_values(qtbot):
    form = TextToVideoForm(lambda: "Demo")
    qtbot.addWidget(form)
    choose(form.model, "kling-v1-6")
    choose(form.duration, "10")
    form.aspect.set_value("9:16")
    form.prompt.setText("remember me")
    again = TextToVideoForm(lambda: "Demo")
    qtbot.addWidget(again)
    again.restore(form.state())
    assert again.request() == form.request()
