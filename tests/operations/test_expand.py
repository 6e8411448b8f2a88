"""Extend a picture (outpainting): the rules the app says before anything is sent, the body
it sends, and the sandbox that holds Kling's side of the contract."""

from __future__ import annotations

import pytest

from kling_desktop.api import LEGACY
from kling_desktop.operations import Encoding, Request, registry
from kling_desktop.operations.expand import area
from kling_desktop.sandbox.media import render_image
from kling_desktop.sandbox.products import expand
from kling_desktop.sandbox.rules import Invalid

PNG = render_image("a harbour", "1:1", 0, 1)


def sentences(request: Request) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in request.validate()]


def test_at_least_one_side_grows():
    assert sentences(Request("expand", image=PNG)) == [
        (
            "left_expansion_ratio",
            "Extend at least one side: drag an edge of the frame outward, or type how much.",
        )
    ]


def test_the_new_picture_may_be_at_most_three_times_the_area():
    ok = Request("expand", image=PNG, left_expansion_ratio=1.0, right_expansion_ratio=1.0)
    assert area(ok.params) == 3 and sentences(ok) == []
    big = Request("expand", image=PNG, left_expansion_ratio=0.5, up_expansion_ratio=0.5,
                  down_expansion_ratio=0.75)  # fmt: skip
    assert sentences(big) == [
        (
            "left_expansion_ratio",
            "The new picture would be 3.38× the original's area; Kling allows at most 3×. "
            "Extend less.",
        )
    ]


@pytest.mark.parametrize("value", [-0.1, 2.5, "wide", True])
def test_each_side_is_a_number_from_0_to_2(value):
    problems = dict(sentences(Request("expand", image=PNG, up_expansion_ratio=value)))
    said = problems["up_expansion_ratio"]
    assert "from 0 to 2" in said or "between 0 and 2" in said


def test_the_picture_is_needed():
    assert ("image", "The picture to extend is needed.") in sentences(
        Request("expand", left_expansion_ratio=0.5)
    )


def test_the_body_kling_gets():
    operation = registry.find("expand")
    route = operation.route(LEGACY)
    assert route.path == "v1/images/editing/expand" and not operation.uses_model
    request = Request("expand", prompt="more sea", left_expansion_ratio=0.5, n=2)
    from kling_desktop.api.images import ResolvedImage

    body = route.encode(Encoding(request, None, {"image": ResolvedImage(data=b"ABC")}, "kd-1"))
    assert body == {
        "external_task_id": "kd-1",
        "image": "QUJD",
        "up_expansion_ratio": 0,
        "down_expansion_ratio": 0,
        "left_expansion_ratio": 0.5,
        "right_expansion_ratio": 0,
        "prompt": "more sea",
        "n": 2,
    }


def test_the_sandbox_refuses_what_kling_refuses():
    import base64

    good = {
        "image": base64.b64encode(PNG).decode(),
        "up_expansion_ratio": 0,
        "down_expansion_ratio": 0,
        "left_expansion_ratio": 1,
        "right_expansion_ratio": 1,
    }
    expand.check(LEGACY, None, good)
    with pytest.raises(Invalid, match="3 times"):
        expand.check(LEGACY, None, {**good, "up_expansion_ratio": 0.5})
    with pytest.raises(Invalid, match="between 0 and 2"):
        expand.check(LEGACY, None, {**good, "left_expansion_ratio": 2.5})
    with pytest.raises(Invalid, match="right_expansion_ratio is required"):
        expand.check(LEGACY, None, {k: v for k, v in good.items() if "right" not in k})


def test_the_forms_keep_their_order_whatever_was_imported_first():
    # A module imported directly (as this file imports expand's) registers early; the
    # list the window builds its "Make" choices from keeps the listed order all the same.
    image = registry.get("image")
    registry.unregister("image")
    registry.register(image)  # now the last one registered
    try:
        assert registry.names()[:3] == ["image", "omni_image", "expand"]
    finally:
        assert registry.get("image") is image
