"""A batch planned without Qt: where its jobs come from, what sets each apart, the cap."""

from __future__ import annotations

from kling_desktop.jobs import batch
from kling_desktop.operations import Request


def test_across_makes_every_combination_and_says_what_differs():
    base = Request("text2video", prompt="waves", duration=5)
    items = batch.across(base, {"model": ["kling-v3", "kling-v2-6"], "duration": [5, 10]}, copies=2)
    assert len(items) == 8
    assert items[0].label == "kling-v3 · 5 · 1/2"
    assert items[0].request.model == "kling-v3" and items[0].request.get("duration") == 5
    assert {i.request.get("prompt") for i in items} == {"waves"}
    # An empty list keeps the base's value.
    assert len(batch.across(base, {"model": [], "duration": []}, copies=3)) == 3


def test_differing_names_only_what_sets_each_job_apart():
    jobs = [
        {"model": "kling-v3", "prompt": "a kite", "duration": 5, "aspect_ratio": "16:9"},
        {"model": "kling-v3", "prompt": "a kite", "duration": 10, "aspect_ratio": "16:9"},
        {"model": "kling-v2-6", "prompt": "a kite", "duration": 5, "aspect_ratio": "16:9"},
    ]
    assert batch.differing(jobs) == ["kling-v3 · 5", "kling-v3 · 10", "kling-v2-6 · 5"]
    assert batch.differing([{"prompt": "same"}, {"prompt": "same"}]) == ["", ""]


def test_the_cap_keeps_file_order_and_refusals_name_their_row():
    base = Request("image", prompt="x")
    items = batch.prompts(base, ["a kite", "", "a boat", "a cat"])
    assert [i.label for i in items] == ["1/3", "2/3", "3/3"]
    plan = batch.plan(items, max_units=16)  # 8 units a picture
    assert [p.item.request.prompt for p in plan.jobs] == ["a kite", "a boat"]
    assert plan.total() == {"image": 16}
    assert [label for label, _ in plan.over_cap] == ["3/3"]
    bad = batch.plan([batch.Item("line 7", None, ("n: “x” is not a whole number",))])
    assert bad.refused == [("line 7", "n: “x” is not a whole number")] and not bad.jobs
