"""The model catalogue: the shipped file is valid and agrees with the operations; lookups,
successors and prices; a newer file in the data folder replaces it, a broken one does not."""

from __future__ import annotations

import copy
import json
from datetime import date

import fastjsonschema
import pytest

from kling_desktop import catalogue
from kling_desktop.catalogue import Catalogue, CatalogueError
from kling_desktop.catalogue.catalogue import SCHEMA, SHIPPED
from kling_desktop.operations import registry

#: Operations the catalogue describes ahead of their modules (they come with the next step).
NOT_YET_REGISTERED = {"omni_video", "omni_image"}


def shipped_data() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def test_the_shipped_catalogue_meets_its_schema():
    validate = fastjsonschema.compile(json.loads(SCHEMA.read_text(encoding="utf-8")))
    validate(shipped_data())
    assert catalogue.shipped().problems() == []


def test_the_generated_schema_check_is_up_to_date():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "make_validator", root / "tools" / "make_catalogue_validator.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.TARGET.read_text(encoding="utf-8") == tool.generated(), (
        "run python tools/make_catalogue_validator.py"
    )


def test_every_parameter_the_catalogue_names_belongs_to_its_operation():
    known = {op.name: {p.name for p in op.params} for op in registry.all_operations()}
    for model in catalogue.shipped().models:
        for name, capability in model.operations.items():
            if name not in known:
                assert name in NOT_YET_REGISTERED, f"{model.id}: unknown operation {name}"
                continue
            extra = set(capability.params) - known[name]
            assert not extra, f"{model.id} {name}: {extra} are not parameters of {name}"
            for rule in capability.rules:
                names = set(rule.when) | set(rule.then)
                assert names <= known[name] | {"standard"}, (model.id, rule)


def test_defaults_are_the_newest_general_models():
    shipped = catalogue.shipped()
    assert shipped.default("image").id == "kling-v3"
    assert shipped.default("text2video").id == "kling-3.0"
    assert shipped.default("image2video").id == "kling-3.0"


def test_pickers_offer_live_models_newest_first():
    names = [m.id for m in catalogue.shipped().models_for("text2video")]
    assert names == ["kling-3.0-turbo", "kling-3.0", "kling-2.6", "kling-2.5-turbo"]
    assert "kling-v1" not in names


def test_a_model_is_found_by_any_id_it_is_sent_under():
    shipped = catalogue.shipped()
    assert shipped.model("text2video", "kling-v2-6").id == "kling-2.6"  # the legacy id
    assert shipped.model("text2video", "kling-v3").id == "kling-3.0"
    assert shipped.model("image", "kling-v3").id == "kling-v3"  # Kling Image 3.0
    assert shipped.model("text2video", "kling-9.9") is None


def test_retired_models_name_a_live_successor():
    shipped = catalogue.shipped()
    old = shipped.get("kling-v1")
    assert not old.live_for("text2video")
    assert old.retirement("text2video").on == date(2026, 9, 15)
    assert shipped.successor("text2video", old).id == "kling-3.0"
    assert shipped.successor("image", old).id == "kling-v3"  # the default for pictures
    both = shipped.get("kling-v2-1")
    assert both.live_for("image") and not both.live_for("image2video")


@pytest.mark.parametrize(
    ("operation", "model", "values", "units"),
    [
        ("text2video", "kling-3.0", {"resolution": "1080p", "audio": "native"}, 12.0),
        ("text2video", "kling-3.0", {"resolution": "720p", "audio": "off"}, 6.0),
        ("text2video", "kling-3.0", {"resolution": "4k", "audio": "native"}, 30.0),
        ("text2video", "kling-2.6", {"resolution": "1080p", "audio": "native"}, 10.0),
        ("text2video", "kling-2.5-turbo", {"resolution": "720p"}, 3.0),
        ("text2video", "kling-3.0-turbo", {"resolution": "1080p"}, 10.0),
    ],
)
def test_video_prices_are_per_second(operation, model, values, units):
    price = catalogue.shipped().capability(operation, model).price
    assert price.pack == "video"
    assert price.units(values, seconds=10) == pytest.approx(units)


def test_picture_prices_are_per_picture():
    shipped = catalogue.shipped()
    assert shipped.capability("image", "kling-v3").price.units({}, results=4) == 32
    cheap = shipped.capability("image", "kling-v2-1").price
    assert cheap.units({}, results=2) == 8  # text to image
    assert cheap.units({"image": b"x"}, results=2) == 16  # after a reference


# --- broken catalogues are refused in words --------------------------------------------------


def _broken(change) -> bytes:
    data = copy.deepcopy(shipped_data())
    change(data)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format=2), "does not have the expected form"),
        (lambda d: d["models"][0].pop("name"), "does not have the expected form"),
        (
            lambda d: d["models"][0]["operations"]["text2video"]["params"].update(
                duration={"values": "five"}
            ),
            "does not have the expected form",
        ),
        (lambda d: d["models"].append(d["models"][0]), "is listed twice"),
        (lambda d: d["defaults"].update(text2video="kling-v1"), "is not a live model of it"),
        (
            lambda d: d["models"][-1]["retired"].update(successor="kling-99"),
            "successor kling-99 is not listed",
        ),
        (
            lambda d: d["models"][0]["operations"]["text2video"]["params"]["duration"].update(
                default=99
            ),
            "the default is not allowed",
        ),
    ],
)
def test_a_broken_catalogue_is_refused_in_words(change, words):
    with pytest.raises(CatalogueError) as info:
        Catalogue.parse(_broken(change), "test.json")
    assert words in str(info.value)
    assert "test.json" in str(info.value)


def test_text_that_is_not_json_is_refused():
    with pytest.raises(CatalogueError, match="is not valid JSON"):
        Catalogue.parse(b"{nope", "test.json")


# --- a newer catalogue in the data folder -----------------------------------------------------


def _newer(data: dict) -> dict:
    data = copy.deepcopy(data)
    data["version"] = "2027-01-15"
    turbo = next(m for m in data["models"] if m["id"] == "kling-3.0-turbo")
    turbo["retired"] = {"on": "2027-01-10", "successor": "kling-3.0"}
    new = copy.deepcopy(next(m for m in data["models"] if m["id"] == "kling-3.0"))
    new.update(id="kling-3.5", ids={"new": "kling-3.5"}, released="2027-01-14")
    new["name"] = {"en": "Kling 3.5", "zh_CN": "可灵 3.5"}
    data["models"].append(new)
    data["defaults"]["text2video"] = "kling-3.5"
    return data


def test_a_newer_catalogue_replaces_the_shipped_one(tmp_path):
    override = tmp_path / catalogue.FILE_NAME
    override.write_text(json.dumps(_newer(shipped_data())), encoding="utf-8")
    chosen, problem = catalogue.newest(override)
    assert problem is None
    assert chosen.version == "2027-01-15"
    assert [m.id for m in chosen.models_for("text2video")][:2] == ["kling-3.5", "kling-3.0"]
    assert "kling-3.0-turbo" not in [m.id for m in chosen.models_for("text2video")]


def test_an_older_catalogue_in_the_data_folder_is_ignored(tmp_path):
    data = shipped_data()
    data["version"] = "2020-01-01"
    override = tmp_path / catalogue.FILE_NAME
    override.write_text(json.dumps(data), encoding="utf-8")
    chosen, problem = catalogue.newest(override)
    assert chosen is catalogue.shipped() and problem is None


def test_a_broken_catalogue_in_the_data_folder_is_reported_and_not_used(tmp_path):
    override = tmp_path / catalogue.FILE_NAME
    override.write_text('{"format": 1}', encoding="utf-8")
    chosen, problem = catalogue.newest(override)
    assert chosen is catalogue.shipped()
    assert "does not have the expected form" in problem
