"""The forms, as a user meets them: built from the operation and the catalogue, greying out
what a model, its rules or the connection cannot do, messages beside fields, the price,
Generate."""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtCore import Qt

from kling_desktop import catalogue
from kling_desktop.api import LEGACY, NEW
from kling_desktop.catalogue import Catalogue
from kling_desktop.media.images import prepare
from kling_desktop.operations import Request, registry
from kling_desktop.sandbox.media import render_image
from kling_desktop.ui.form_env import FormEnv
from kling_desktop.ui.forms import OTHER, OperationForm

BOTH = frozenset((LEGACY, NEW))


def make_form(qtbot, kind: str, *, standards=BOTH, demo=False, cat=None) -> OperationForm:
    env = FormEnv(
        profile=lambda: "Demo",
        standards=lambda: standards,
        catalogue=lambda: cat or catalogue.shipped(),
        demo=lambda: demo,
    )
    form = OperationForm(registry.get(kind), env)
    qtbot.addWidget(form)
    return form


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, f"{data} is not offered"
    combo.setCurrentIndex(index)


def offered(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def item(combo, data):
    return combo.model().item(combo.findData(data))


def type_prompt(qtbot, form, text):
    edit = form.fields["prompt"].edit.edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    form.revalidate()


def frame(words="start"):
    return prepare(render_image(words, "16:9", 0, 1), "The first frame")


@pytest.fixture
def image_form(qtbot):
    return make_form(qtbot, "image")


def test_a_fresh_form_is_not_scolded_but_cannot_generate(image_form):
    image_form.revalidate()
    assert not image_form.generate_button.isEnabled()
    assert image_form.why.text() == "Write a prompt: describe what you want to see."
    assert all(e.isHidden() for e in image_form._errors.values())


def test_typing_a_prompt_enables_generate(qtbot, image_form):
    type_prompt(qtbot, image_form, "a lighthouse at dawn")
    assert image_form.generate_button.isEnabled()
    assert image_form.fields["prompt"].edit.counter.text() == "20 / 2500"


def test_too_long_a_prompt_is_said_beside_it(qtbot, image_form):
    image_form.fields["prompt"].set_value("x" * 2501)
    image_form.touched()
    image_form.revalidate()
    error = image_form._errors["prompt"]
    assert error.isVisibleTo(image_form)
    assert error.text() == "The prompt is 2501 characters long; Kling Image 3.0 takes at most 2500."
    assert "problems above" in image_form.why.text()
    assert not image_form.generate_button.isEnabled()


def test_the_model_picker_offers_live_models_by_name_newest_first(qtbot):
    form = make_form(qtbot, "text2video")
    assert offered(form.model) == [
        "kling-3.0-turbo",
        "kling-3.0",
        "kling-2.6",
        "kling-2.5-turbo",
        OTHER,
    ]
    assert form.model.currentData() == "kling-3.0"  # the catalogue's default
    assert form.model.currentText() == "Kling 3.0"
    assert "native sound" in form.model_note.text()
    assert "(kling-3.0)" in form.model.itemData(1, Qt.ItemDataRole.ToolTipRole)


def test_a_model_offers_its_own_lengths_qualities_and_sound(qtbot):
    form = make_form(qtbot, "text2video")
    duration, resolution = form.fields["duration"].combo, form.fields["resolution"].combo
    assert offered(duration) == list(range(3, 16))
    assert offered(resolution) == ["720p", "1080p", "4k"]
    assert duration.currentData() == 5 and resolution.currentData() == "1080p"
    choose(form.model, "kling-2.5-turbo")
    assert offered(duration) == [5, 10]
    assert offered(resolution) == ["720p", "1080p"]
    audio = form.fields["audio"]
    assert not audio.widget.isEnabled()
    # The same sentence validation gives, with the models that do take it.
    assert form._captions["audio"].toolTip() == (
        "The sound cannot be used with Kling 2.5 Turbo. Choose Kling 3.0 or Kling 2.6 for it."
    )
    choose(form.model, "kling-2.6")
    assert audio.widget.isEnabled()


def test_a_rule_greys_a_choice_with_its_reason(qtbot):
    form = make_form(qtbot, "text2video")
    choose(form.model, "kling-2.6")
    choose(form.fields["resolution"].combo, "720p")
    choose(form.fields["audio"].combo, "native")
    resolution = form.fields["resolution"].combo
    assert resolution.currentData() == "1080p"  # moved off the greyed choice
    assert not item(resolution, "720p").isEnabled()
    assert item(resolution, "720p").toolTip() == "Kling 2.6 makes sound only in 1080p videos."
    choose(form.fields["audio"].combo, "off")
    assert item(resolution, "720p").isEnabled()


def test_what_the_connection_cannot_carry_is_greyed(qtbot):
    form = make_form(qtbot, "text2video", standards=frozenset((LEGACY,)))
    resolution = form.fields["resolution"].combo
    assert item(resolution, "4k").isEnabled()  # Kling 3.0 takes mode "4k" on these routes
    assert not item(form.model, "kling-3.0-turbo").isEnabled()
    assert (
        item(form.model, "kling-3.0-turbo")
        .toolTip()
        .startswith("Kling 3.0 Turbo needs a Kling API key: this connection cannot reach it.")
    )
    assert form.fields["negative_prompt"].widget.isEnabled()  # the legacy API has it
    newer = make_form(qtbot, "text2video")
    assert not newer.fields["negative_prompt"].widget.isEnabled()


def test_the_request_is_what_the_form_shows(qtbot):
    form = make_form(qtbot, "text2video")
    choose(form.fields["duration"].combo, 10)
    choose(form.fields["resolution"].combo, "4k")
    choose(form.fields["audio"].combo, "off")
    form.fields["aspect_ratio"].set_value("9:16")
    type_prompt(qtbot, form, "a red fox")
    request = form.request()
    assert request == Request(
        "text2video",
        model="kling-3.0",
        prompt="a red fox",
        duration=10,
        resolution="4k",
        audio="off",
        aspect_ratio="9:16",
    )
    call = request.to_call(BOTH)
    assert call.path == "text-to-video/kling-3.0"
    assert call.body["settings"] == {
        "resolution": "4k",
        "duration": 10,
        "audio": "off",
        "aspect_ratio": "9:16",
    }


def test_a_reference_picture_and_its_settings(qtbot, image_form, qapp):
    choose(image_form.model, "kling-v2-1")
    keep = image_form.fields["image_reference"]
    assert not keep.widget.isEnabled()
    assert image_form._captions["image_reference"].toolTip() == (
        "Keeping part of the reference needs a reference picture."
    )
    image_form.fields["image"].set_value(prepare(render_image("ref", "1:1", 0, 1), "ref"))
    assert keep.widget.isEnabled()
    assert image_form.fields["human_fidelity"].widget.isEnabled()  # "subject" by default
    choose(keep.combo, "face")
    assert not image_form.fields["human_fidelity"].widget.isEnabled()
    type_prompt(qtbot, image_form, "same person, in a garden")
    body = image_form.request().to_call(BOTH).body
    assert body["image_reference"] == "face" and body["image"]
    choose(image_form.model, "kling-v3")
    assert not keep.widget.isEnabled()
    assert "image_reference" not in image_form.request().params


def test_ctrl_enter_generates(qtbot, image_form):
    type_prompt(qtbot, image_form, "shortcut")
    with qtbot.waitSignal(image_form.generate_requested) as blocker:
        qtbot.keyClick(
            image_form.fields["prompt"].edit.edit,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier,
        )
    spec = blocker.args[0]
    assert spec.profile == "Demo"
    assert spec.request.prompt == "shortcut"
    assert spec.request.model == "kling-v3"


def test_ctrl_enter_on_an_invalid_form_shows_the_problems(qtbot, image_form):
    with qtbot.assertNotEmitted(image_form.generate_requested):
        qtbot.keyClick(
            image_form.fields["prompt"].edit.edit,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier,
        )
    assert image_form._errors["prompt"].isVisibleTo(image_form)


def test_image_to_video_needs_a_frame_and_the_model_decides_the_last(qtbot, qapp):
    form = make_form(qtbot, "image2video")
    form.revalidate()
    assert not form.generate_button.isEnabled()
    assert form.why.text() == "Add a first frame: the video starts from it."
    form.fields["first_frame"].set_value(frame())
    form.revalidate()
    assert form.generate_button.isEnabled()
    choose(form.model, "kling-3.0-turbo")
    assert not form.fields["last_frame"].widget.isEnabled()
    assert form._captions["last_frame"].toolTip() == (
        "The last frame cannot be used with Kling 3.0 Turbo. Choose Kling 3.0 or Kling 2.6 or "
        "Kling 2.5 Turbo for it."
    )
    choose(form.model, "kling-2.6")
    form.fields["last_frame"].set_value(frame("end"))
    audio = form.fields["audio"].combo
    assert audio.currentData() == "off"
    assert not item(audio, "native").isEnabled()
    assert item(audio, "native").toolTip() == (
        "With a last frame, Kling 2.6 makes only silent 1080p videos."
    )


def test_the_price_is_estimated_from_the_catalogue(qtbot):
    form = make_form(qtbot, "text2video")
    choose(form.fields["duration"].combo, 10)
    choose(form.fields["resolution"].combo, "1080p")
    choose(form.fields["audio"].combo, "native")
    form.revalidate()
    assert form.estimate.text() == "About 12 video units"
    pictures = make_form(qtbot, "image")
    pictures.fields["n"].set_value(4)
    pictures.revalidate()
    assert pictures.estimate.text() == "About 32 picture units"
    demo = make_form(qtbot, "text2video", demo=True)
    demo.revalidate()
    assert demo.estimate.text() == "Free in demo mode"
    # An operation without a model has its price in the catalogue too (8 per picture).
    extend = make_form(qtbot, "expand")
    extend.fields["n"].set_value(2)
    extend.revalidate()
    assert extend.estimate.text() == "About 16 picture units"
    # Sound costs a quarter of a unit a request, whatever its length (Kling's pages).
    sound = make_form(qtbot, "sound_effect")
    sound.fields["duration"].set_value(10)
    sound.revalidate()
    assert sound.estimate.text() == "About 0.25 sound units"


def test_another_model_can_be_typed_and_is_sent_as_is(qtbot):
    form = make_form(qtbot, "text2video")
    choose(form.model, OTHER)
    assert form.other_model.isVisibleTo(form)
    assert "server decides" in form.model_note.text()
    form.other_model.setText("kling-4.0-preview")
    type_prompt(qtbot, form, "a kite")
    assert form.generate_button.isEnabled()
    assert form.estimate.text() == "Price: Kling's server decides"  # no price it could know
    assert form.estimate.text() == "Price: Kling's server decides"
    assert form.request().to_call(BOTH).path == "text-to-video/kling-4.0-preview"


def test_forms_remember_their_values(qtbot):
    form = make_form(qtbot, "text2video")
    choose(form.model, "kling-2.6")
    choose(form.fields["duration"].combo, 10)
    form.fields["aspect_ratio"].set_value("9:16")
    form.fields["prompt"].set_value("remember me")
    again = make_form(qtbot, "text2video")
    again.restore(json.loads(json.dumps(form.state())))
    assert again.request() == form.request()


def test_reusing_a_retired_models_job_switches_to_its_successor(qtbot):
    form = make_form(qtbot, "text2video")
    old = Request("text2video", model="kling-v1-6", prompt="the harbour", duration=10)
    note = form.load(old, {})
    assert str(note) == (
        "Kling retired Kling 1.6; the form uses Kling 3.0 instead. Check the settings, "
        "then Generate."
    )
    assert form.model_id() == "kling-3.0"
    assert form.request().params["duration"] == 10
    assert form.request().prompt == "the harbour"


def test_a_new_catalogue_changes_the_models_and_rules_without_code(qtbot):
    data = json.loads(catalogue.catalogue.SHIPPED.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["version"] = "2027-01-15"
    future = copy.deepcopy(next(m for m in data["models"] if m["id"] == "kling-2.6"))
    future.update(id="kling-3.5", ids={"new": "kling-3.5"}, released="2027-01-14")
    future["name"] = {"en": "Kling 3.5", "zh_CN": "可灵 3.5"}
    future["operations"]["text2video"]["params"]["duration"] = {"values": [4, 8], "default": 4}
    data["models"].append(future)
    turbo = next(m for m in data["models"] if m["id"] == "kling-3.0-turbo")
    turbo["retired"] = {"on": "2027-01-10", "successor": "kling-3.0"}
    newer = Catalogue.parse(json.dumps(data), "test")
    form = make_form(qtbot, "text2video", cat=newer)
    assert offered(form.model)[:2] == ["kling-3.5", "kling-3.0"]
    assert "kling-3.0-turbo" not in offered(form.model)
    choose(form.model, "kling-3.5")
    assert offered(form.fields["duration"].combo) == [4, 8]
