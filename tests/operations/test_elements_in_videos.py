"""Elements named in a video's prompt: sent by the legacy routes as `element_list`, the
prompt's @names as Kling's <<<element_N>>>; a job naming one goes by a route that takes
them; the model's limit is said; the sandbox refuses what Kling refuses."""

from __future__ import annotations

import pytest

from kling_desktop.api import LEGACY, NEW
from kling_desktop.catalogue import current
from kling_desktop.operations import Request, choose_standard, registry
from kling_desktop.operations.video import with_elements
from kling_desktop.sandbox import rules
from kling_desktop.sandbox.rules import Invalid

MIA = {"element_id": "101", "name": "Mia"}
MIAMI = {"element_id": "202", "name": "Miami"}


def test_names_become_kling_references_longest_first():
    text = "@Mia walks through @Miami at night; @Mia smiles"
    assert with_elements(text, [MIA, MIAMI]) == (
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
    rules.check_video("text2video", LEGACY, None, body)
    with pytest.raises(Invalid, match="names no element"):
        rules.check_video("text2video", LEGACY, None, {**body, "prompt": "<<<element_2>>>"})
    with pytest.raises(Invalid, match="1 to 3"):
        rules.check_video(
            "text2video", LEGACY, None, {**body, "element_list": [{"element_id": "1"}] * 4}
        )
    with pytest.raises(Invalid, match="not supported by kling-v2-6"):
        rules.check_video("text2video", LEGACY, None, {**body, "model_name": "kling-v2-6"})
