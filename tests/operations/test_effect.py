"""Effects: one of Kling's ready-made scenes with the user's picture, or two. The scenes
are data in the catalogue (Kling adds and retires them monthly), each named in both
languages; how many pictures a scene takes and a retired scene are said before sending."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import kling_desktop.catalogue as catalogue_package
from kling_desktop.api import LEGACY
from kling_desktop.catalogue import Catalogue, install, shipped
from kling_desktop.jobs import JobSpec
from kling_desktop.operations import Request
from kling_desktop.operations.registry import get
from kling_desktop.sandbox.products import effect as product
from kling_desktop.sandbox.rules import Invalid
from kling_desktop.text import set_language
from tests.conftest import png_bytes
from tests.jobs.conftest import Rig

LEFT, RIGHT = png_bytes(400, 600), png_bytes(420, 600)


def said(request: Request) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in request.validate()]


def test_the_list_has_kling_s_219_scenes_named_in_both_languages():
    effects = shipped().effects
    assert len(effects) == 219
    assert sum(1 for e in effects.values() if e.pictures == 2) == 15
    for effect in effects.values():
        assert effect.name.en and effect.name.zh_CN
    assert len({e.name.en for e in effects.values()}) == 219  # no two look alike
    assert len({e.name.zh_CN for e in effects.values()}) == 219


def test_a_scene_s_name_follows_the_language_shown():
    scene = get("effect").param("effect_scene")
    try:
        set_language("zh_CN")
        assert scene.words("hug_pro").translated(str) == "拥抱"
    finally:
        set_language("en")
    assert scene.words("hug_pro") == "Hug"


def test_how_many_pictures_a_scene_takes_is_said():
    assert said(Request("effect")) == [
        ("effect_scene", "Choose an effect."),
        ("image", "Add the picture the effect is made from."),
    ]
    assert said(Request("effect", effect_scene="hug_pro", image=LEFT)) == [
        ("image_2", "Hug takes two pictures: add the second (the right one).")
    ]
    assert said(Request("effect", effect_scene="pet_lion_pro", image=LEFT, image_2=RIGHT)) == [
        ("image_2", "This effect takes one picture.")
    ]
    assert said(Request("effect", effect_scene="nope", image=LEFT))[0] == (
        "effect_scene",
        "The effect cannot be “nope”: the app's list does not have it. Choose one from the "
        "list, or update the model list.",
    )


def test_a_scene_kling_retired_is_refused_and_no_longer_listed():
    data = json.loads(shipped_text())
    for entry in data["effects"]:
        if entry["id"] == "santa_gift":
            entry["retired"] = "2026-07-03"
    install(Catalogue.parse(json.dumps(data), "test"))
    try:
        scene = get("effect").param("effect_scene")
        assert "santa_gift" not in list(scene.choices)
        assert len(list(scene.choices)) == 218
        assert said(Request("effect", effect_scene="santa_gift", image=LEFT)) == [
            ("effect_scene", "Kling retired the effect Santa's gift on 2026-07-03: choose another.")
        ]
        assert Catalogue.parse(json.dumps(data), "t").effects["santa_gift"].retired == date(
            2026, 7, 3
        )
    finally:
        install(None)


def shipped_text() -> str:
    return (Path(catalogue_package.__file__).parent / "models.json").read_text("utf-8")


def test_the_bodies_are_kling_s_and_the_sandbox_takes_them():
    one = Request("effect", effect_scene="pet_lion_pro", image=LEFT).to_call({LEGACY})
    assert one.path == "v1/videos/effects"
    assert set(one.body) == {"effect_scene", "input", "external_task_id"}
    assert set(one.body["input"]) == {"image"}
    product.check(LEGACY, None, one.body)
    two = Request("effect", effect_scene="hug_pro", image=LEFT, image_2=RIGHT).to_call({LEGACY})
    assert len(two.body["input"]["images"]) == 2
    product.check(LEGACY, None, two.body)
    with pytest.raises(Invalid, match="must hold 2 images"):
        product.check(LEGACY, None, {**two.body, "input": one.body["input"]})


def test_an_effect_is_made_end_to_end(sandbox, tmp_path, qtbot):
    rig = Rig(sandbox, tmp_path, qtbot, mode="api_key")  # legacy only: sent on it
    try:
        job_id = rig.run(
            JobSpec(Request("effect", effect_scene="hug_pro", image=LEFT, image_2=RIGHT), "Sandbox")
        )
        assert rig.finished[job_id] == "succeeded"
        (video,) = rig.history.outputs(job_id)
        assert video.media == "video" and video.file_present()
        assert sandbox.tasks()[-1].kind == "effect"
    finally:
        rig.stop()
