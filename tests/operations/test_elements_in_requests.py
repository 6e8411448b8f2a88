"""Elements named in a prompt, for videos and pictures: sent by the legacy routes as
`element_list`, the prompt's @names as Kling's <<<element_N>>>; on the new standard as
content items the prompt names as @element_N; a job naming one goes by a route that takes
them; the model's limits (its own, and shared with reference pictures) are said; the
sandbox refuses what Kling refuses."""

from __future__ import annotations

import json

import pytest

from kling_desktop.api import LEGACY, NEW
from kling_desktop.catalogue import Catalogue, CatalogueError, current
from kling_desktop.catalogue.catalogue import SHIPPED
from kling_desktop.operations import Request, choose_standard, registry
from kling_desktop.operations.common import LEGACY_REFERENCE, with_elements
from kling_desktop.sandbox.products import image, omni_image, omni_video, video
from kling_desktop.sandbox.rules import Invalid
from tests.conftest import png_bytes

MIA = {"element_id": "101", "name": "Mia"}
MIAMI = {"element_id": "202", "name": "Miami"}
PICTURE = png_bytes(640, 480)


def test_names_become_kling_references_longest_first():
    text = "@Mia walks through @Miami at night; @Mia smiles"
    assert with_elements(text, [MIA, MIAMI], LEGACY_REFERENCE) == (
        "<<<element_1>>> walks through <<<element_2>>> at night; <<<element_1>>> smiles"
    )


def test_the_legacy_body_lists_the_elements():
    request = Request("text2video", model="kling-3.0", prompt="@Mia flies a kite",
                      duration=5, elements=[MIA])  # fmt: skip
    call = request.to_call([LEGACY, NEW])
    assert call.path == "v1/videos/text2video"  # elements pick the legacy route
    assert call.body["element_list"] == [{"element_id": 101}]  # a number, as Kling's are
    assert call.body["prompt"] == "<<<element_1>>> flies a kite"
    shots = Request("image2video", model="kling-3.0", first_frame=b"\x89PNG", duration=5,
                    elements=[MIA], shots=[{"prompt": "@Mia waves", "duration": 5}])  # fmt: skip
    body = shots.call_on(LEGACY).body
    assert body["multi_prompt"][0]["prompt"] == "<<<element_1>>> waves"


def test_without_elements_the_preferred_route_stays():
    op = registry.get("text2video")
    model = current().model("text2video", "kling-3.0")
    assert choose_standard(op, model, frozenset({LEGACY, NEW}), {}) == NEW
    assert choose_standard(op, model, frozenset({LEGACY, NEW}), {"elements": [MIA]}) == LEGACY


def test_a_model_takes_at_most_three_and_older_ones_none():
    four = [{"element_id": str(i), "name": f"E{i}"} for i in range(4)]
    problems = Request("text2video", model="kling-3.0", prompt="x", elements=four).validate()
    assert [str(p.message) for p in problems] == [
        "The elements: Kling 3.0 takes at most 3; there are 4."
    ]
    older = Request("text2video", model="kling-2.6", prompt="x", elements=[MIA]).validate()
    assert older and "cannot be used with Kling 2.6" in str(older[0].message)
    bad = Request("text2video", model="kling-3.0", prompt="x", elements=["Mia"]).validate()
    assert "must be a list of your elements" in str(bad[0].message)


def test_the_sandbox_holds_kling_to_its_rules():
    body = {"model_name": "kling-v3", "prompt": "<<<element_1>>> runs", "duration": "5",
            "element_list": [{"element_id": "101"}]}  # fmt: skip
    video.check("text2video", LEGACY, None, body)
    with pytest.raises(Invalid, match="names no element"):
        video.check("text2video", LEGACY, None, {**body, "prompt": "<<<element_2>>>"})
    with pytest.raises(Invalid, match="1 to 3"):
        video.check("text2video", LEGACY, None, {**body, "element_list": [{"element_id": "1"}] * 4})
    with pytest.raises(Invalid, match="not supported by kling-v2-6"):
        video.check("text2video", LEGACY, None, {**body, "model_name": "kling-v2-6"})


def test_image_to_video_on_the_new_standard_names_content_items():
    request = Request("image2video", model="kling-3.0", first_frame=PICTURE, duration=5,
                      prompt="@Mia waves from @Miami", elements=[MIA, MIAMI])  # fmt: skip
    call = request.to_call([LEGACY, NEW])
    assert call.path == "image-to-video/kling-3.0"  # both standards take them here
    contents = call.body["contents"]
    assert contents[0] == {"type": "prompt", "text": "@element_1 waves from @element_2"}
    assert contents[-2:] == [
        {"type": "element", "element_id": "101", "id": "element_1"},
        {"type": "element", "element_id": "202", "id": "element_2"},
    ]
    video.check("image2video", NEW, "kling-3.0", call.body)  # Kling would take it
    shots = request.replace(prompt="", shots=[{"prompt": "@Mia runs", "duration": 5}])
    text = shots.to_call([NEW]).body["contents"][0]["text"]
    assert text == "shot 1, 5, @element_1 runs;"


def test_omni_video_takes_elements_with_its_references():
    call = Request("omni_video", prompt="@Mia holds @image_1", reference_images=[PICTURE],
                   elements=[MIA]).to_call([LEGACY, NEW])  # fmt: skip
    assert call.path == "omni-video/kling-3.0-omni"
    assert [(c["type"], c.get("id")) for c in call.body["contents"]] == [
        ("prompt", None),
        ("refer_image", "image_1"),
        ("element", "element_1"),
    ]
    assert call.body["contents"][0]["text"] == "@element_1 holds @image_1"
    omni_video.check(NEW, "kling-3.0-omni", call.body)
    alone = Request("omni_video", model="kling-o1", elements=[MIA]).validate()
    assert alone == []  # an element is enough to start from


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"first_frame": PICTURE, "elements": "four"},
            "From a first frame, Kling 3.0 Omni takes at most 3 elements.",
        ),
        (
            {"reference_images": [PICTURE] * 5, "elements": "three"},
            "Kling takes at most 7 reference pictures and elements together; you have 5 "
            "pictures and 3 elements.",
        ),
        (
            {
                "reference_images": [PICTURE] * 2,
                "elements": "three",
                "audio": "original",
                "reference_video": "https://cdn.example.com/mine.mp4",
            },
            "Kling takes at most 4 reference pictures and elements together; you have 2 "
            "pictures and 3 elements.",
        ),
        (
            {
                "model": "kling-o1",
                "first_frame": PICTURE,
                "last_frame": PICTURE,
                "elements": "one",
            },
            "With a first and a last frame, Kling O1 takes no elements.",
        ),
        (
            {"model": "kling-o1", "elements": "eight"},
            "The elements: Kling O1 takes at most 7; there are 8.",
        ),
    ],
)
def test_omni_video_says_each_limit(params, message):
    count = {"one": 1, "three": 3, "four": 4, "eight": 8}[params.pop("elements")]
    elements = [{"element_id": str(i), "name": f"E{i}"} for i in range(count)]
    problems = Request("omni_video", prompt="x", elements=elements, **params).validate()
    assert ("elements", message) in [(p.field, str(p.message)) for p in problems]


def test_omni_image_lists_elements_like_the_legacy_videos():
    call = Request("omni_image", prompt="@Mia in the style of <<<image_1>>>",
                   reference_images=[PICTURE], elements=[MIA]).to_call([LEGACY, NEW])  # fmt: skip
    assert call.path == "v1/images/omni-image"
    assert call.body["element_list"] == [{"element_id": 101}]
    assert call.body["prompt"] == "<<<element_1>>> in the style of <<<image_1>>>"
    omni_image.check(LEGACY, None, call.body)
    plain = Request("omni_image", prompt="a cat", reference_images=[PICTURE]).to_call([LEGACY])
    assert "element_list" not in plain.body
    many = [{"element_id": str(i), "name": f"E{i}"} for i in range(3)]
    problems = Request("omni_image", prompt="x", reference_images=[PICTURE] * 8,
                       elements=many).validate()  # fmt: skip
    assert [str(p.message) for p in problems] == [
        "Kling takes at most 10 reference pictures and elements together; you have 8 "
        "pictures and 3 elements."
    ]


def test_the_sandbox_holds_kling_to_its_element_rules_on_every_route():
    frame = {"type": "first_frame", "url": "https://cdn.example.com/f.png"}
    item = {"type": "element", "element_id": "101", "id": "element_1"}
    i2v = {"contents": [{"type": "prompt", "text": "@element_1 waves"}, frame, item]}
    video.check("image2video", NEW, "kling-3.0", i2v)
    with pytest.raises(Invalid, match="must not be duplicated"):
        video.check("image2video", NEW, "kling-3.0", {"contents": [*i2v["contents"], item]})
    with pytest.raises(Invalid, match="@element_2 names no content item"):
        prompt = {"type": "prompt", "text": "@element_2 waves"}
        video.check("image2video", NEW, "kling-3.0", {"contents": [prompt, frame, item]})
    with pytest.raises(Invalid, match=r"contents\.type 'element' is invalid"):
        video.check("image2video", NEW, "kling-2.6", i2v)
    with pytest.raises(Invalid, match="element_id is required"):
        bare = {"type": "element", "id": "element_1"}
        video.check("image2video", NEW, "kling-3.0", {"contents": [frame, bare]})
    refs = [{"type": "refer_image", "url": "https://cdn.example.com/r.png", "id": f"image_{i}"}
            for i in range(5)]  # fmt: skip
    items = [{**item, "id": f"element_{i}"} for i in range(3)]
    with pytest.raises(Invalid, match="too many reference images and elements"):
        omni_video.check(NEW, "kling-3.0-omni", {"contents": refs + items})
    last = {**frame, "type": "last_frame"}
    with pytest.raises(Invalid, match="no reference images or elements"):
        omni_video.check(NEW, "kling-o1", {"contents": [frame, last, item]})
    body = {"prompt": "<<<element_1>>>", "element_list": [{"element_id": 1}] * 3,
            "image_list": [{"image": "https://cdn.example.com/r.png"}] * 8}  # fmt: skip
    with pytest.raises(Invalid, match="must not exceed 10"):
        omni_image.check(LEGACY, None, body)


def test_kling_image_3_takes_elements_beside_its_reference():
    call = Request("image", model="kling-v3", prompt="@Mia at the beach",
                   elements=[MIA]).to_call([LEGACY, NEW])  # fmt: skip
    assert call.path == "v1/images/generations"
    assert call.body["element_list"] == [{"element_id": 101}]
    assert call.body["prompt"] == "<<<element_1>>> at the beach"
    image.check(LEGACY, None, call.body)
    ten = [{"element_id": str(i), "name": f"E{i}"} for i in range(10)]
    assert Request("image", model="kling-v3", prompt="x", elements=ten).validate() == []
    beside = Request("image", model="kling-v3", prompt="x", image=PICTURE, elements=ten)
    assert [str(p.message) for p in beside.validate()] == [
        "Kling takes at most 10 reference pictures and elements together: 9 elements beside "
        "a reference picture."
    ]
    older = Request("image", model="kling-v2-1", prompt="x", elements=[MIA]).validate()
    assert older and "cannot be used with Kling Image 2.1" in str(older[0].message)
    body = {"model_name": "kling-v3", "prompt": "x", "image": "https://cdn.example.com/r.png",
            "element_list": [{"element_id": 1}] * 10}  # fmt: skip
    with pytest.raises(Invalid, match="must not exceed 10"):
        image.check(LEGACY, None, body)
    with pytest.raises(Invalid, match="not supported by kling-v2-1"):
        image.check(LEGACY, None, {**body, "model_name": "kling-v2-1", "image": None})


def _spelled(model: str, operation: str, mention: str | None) -> Catalogue:
    """The shipped catalogue, with `model`'s elements named another way in its prompts
    (None: the catalogue says nothing, and the app's own spelling is used)."""
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    entry = next(m for m in data["models"] if m["id"] == model)
    spec = entry["operations"][operation]["params"]["elements"]
    spec.pop("mention", None)
    if mention is not None:
        spec["mention"] = mention
    return Catalogue.parse(json.dumps(data), "newer.json")


def test_the_catalogue_says_how_a_prompt_names_an_element():
    """Kling's picture pages spell an element's place three ways: a newer catalogue can
    change the spelling of one model without a new release of the app."""
    request = Request("omni_image", model="kling-image-o1", prompt="@Mia with @Miami",
                      reference_images=[PICTURE], elements=[MIA, MIAMI])  # fmt: skip
    shipped = request.to_call([LEGACY])
    assert shipped.body["prompt"] == "<<<element_1>>> with <<<element_2>>>"
    newer = request.to_call([LEGACY], _spelled("kling-image-o1", "omni_image", "<<object_{n}>>"))
    assert newer.body["prompt"] == "<<object_1>> with <<object_2>>"
    silent = request.to_call([LEGACY], _spelled("kling-image-o1", "omni_image", None))
    assert silent.body["prompt"] == "<<<element_1>>> with <<<element_2>>>"
    # The storyboard of a legacy video follows its model's spelling too.
    shots = Request("image2video", model="kling-3.0", first_frame=b"\x89PNG", duration=5,
                    elements=[MIA], shots=[{"prompt": "@Mia waves", "duration": 5}])  # fmt: skip
    catalogue = _spelled("kling-3.0", "image2video", "[[element_{n}]]")
    assert shots.call_on(LEGACY, catalogue).body["multi_prompt"][0]["prompt"] == (
        "[[element_1]] waves"
    )
    # The new standard names its content items by the ids the app gave them.
    contents = shots.call_on(NEW, catalogue).body["contents"]
    assert contents[0] == {"type": "prompt", "text": "shot 1, 5, @element_1 waves;"}


@pytest.mark.parametrize("mention", ["<<<element>>>", "{n}{n}", "<<<{name}_{n}>>>", ""])
def test_a_spelling_without_one_place_for_the_number_is_refused(mention):
    with pytest.raises(CatalogueError, match="does not have the expected form"):
        _spelled("kling-v3", "image", mention)
