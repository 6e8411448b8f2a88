"""Task parsing tolerates what relays send, and refuses what it cannot understand in words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kling_desktop.api import LEGACY, NEW, Task, TaskRef, TaskStatus, UnexpectedResponseError

IMAGE = TaskRef("image", LEGACY, "v1/images/generations")
TEXT2VIDEO = TaskRef("text2video", LEGACY, "v1/videos/text2video")
IMAGE2VIDEO = TaskRef("image2video", LEGACY, "v1/videos/image2video")


def test_a_full_official_answer():
    task = Task.parse(
        TEXT2VIDEO,
        {
            "task_id": "CjhMEWdWc0oAAAAAAVh8mw",
            "task_status": "succeed",
            "task_status_msg": "",
            "task_info": {"external_task_id": "kd-1"},
            "created_at": 1722769557708,
            "updated_at": 1722769600000,
            "final_unit_deduction": "10",
            "task_result": {
                "videos": [{"id": "v1", "url": "https://cdn/x.mp4", "duration": "10.1"}]
            },
            "watermark_info": {"enabled": False},
            "something_new": [1, 2, 3],
        },
    )
    assert task.status is TaskStatus.SUCCEEDED and task.succeeded and task.finished
    assert task.external_task_id == "kd-1"
    assert task.created_at == datetime.fromtimestamp(1722769557.708, tz=UTC)
    assert task.credits == 10.0
    (video,) = task.results
    assert (video.id, video.duration, video.index) == ("v1", 10.1, 0)


@pytest.mark.parametrize(
    "entries",
    [
        [{"url": "https://a"}, {"url": "https://b"}],  # no index
        [{"index": 0, "url": "https://a"}, {"index": "1", "url": "https://b"}],
        [{"id": "i0", "url": "https://a"}, {"id": 7, "url": "https://b"}],  # id instead
    ],
)
def test_image_results_with_or_without_index(entries):
    task = Task.parse(
        IMAGE,
        {"task_id": 1, "task_status": "succeed", "task_result": {"images": entries}},
    )
    assert [r.index for r in task.results] == [0, 1]
    assert [r.url for r in task.results] == ["https://a", "https://b"]
    assert task.task_id == "1"


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        ("submitted", TaskStatus.SUBMITTED),
        ("PROCESSING", TaskStatus.PROCESSING),
        ("in_progress", TaskStatus.PROCESSING),
        ("SUCCESS", TaskStatus.SUCCEEDED),
        ("failed", TaskStatus.FAILED),
        ("FAILURE", TaskStatus.FAILED),
    ],
)
def test_status_spellings(raw, status):
    assert Task.parse(IMAGE, {"task_id": "t", "task_status": raw}).status is status


def test_numeric_durations_and_missing_optional_fields():
    task = Task.parse(
        IMAGE2VIDEO,
        {
            "task_id": "t",
            "task_status": "succeed",
            "task_result": {"videos": [{"url": "https://v", "duration": 5}]},
            "created_at": "not a time",
        },
    )
    assert task.results[0].duration == 5.0
    assert task.created_at is None
    assert task.credits is None
    assert task.external_task_id is None


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (None, "task is not an object"),
        ([], "task is not an object"),
        ({"task_status": "succeed"}, "task has no task_id"),
        ({"task_id": "t", "task_status": "teleported"}, "unknown task status 'teleported'"),
        (
            {"task_id": "t", "task_status": "succeed", "task_result": {"images": "x"}},
            "task_result.images is not a list",
        ),
        (
            {"task_id": "t", "task_status": "succeed", "task_result": {"videos": [{"id": 1}]}},
            "task_result.videos entry without url",
        ),
    ],
)
def test_what_cannot_be_understood_is_an_unexpected_response(data, words):
    with pytest.raises(UnexpectedResponseError) as info:
        Task.parse(IMAGE, data)
    assert words in str(info.value)
    assert "could not be understood" in str(info.value)


def test_a_new_standard_answer():
    ref = TaskRef("text2video", NEW)
    task = Task.parse(
        ref,
        {
            "id": "893605946402811985",
            "status": "succeeded",
            "message": "",
            "create_time": 1722769557708,
            "update_time": 1722769600000,
            "external_id": "kd-2",
            "outputs": [
                {"type": "video", "id": "v9", "url": "https://cdn/v.mp4", "duration": "10.0"},
                {"type": "audio", "id": "a1", "mp3_url": "https://cdn/a.mp3", "mp3_duration": "9"},
                {"type": "element", "id": "e1", "name": "Zhang"},
            ],
            "billing": [
                {"charge_type": "unit", "amount": "12", "package_type": "video"},
                {"charge_type": "cash", "amount": "0.5", "currency": "USD"},
            ],
        },
    )
    assert task.standard == NEW and task.succeeded
    assert task.external_task_id == "kd-2"
    assert task.credits == 12.0  # units only: a cash charge is not units
    assert [(r.media, r.index, r.url) for r in task.results] == [
        ("video", 0, "https://cdn/v.mp4"),
        ("audio", 1, "https://cdn/a.mp3"),
    ]
    assert task.results[0].duration == 10.0


def test_the_two_standards_are_not_conflated():
    """`succeed` is legacy; `succeeded` new. Each standard reads its own field names."""
    legacy = Task.parse(IMAGE, {"task_id": "t", "task_status": "succeed"})
    new = Task.parse(TaskRef("image", NEW), {"id": "t", "status": "succeeded"})
    assert legacy.succeeded and new.succeeded
    with pytest.raises(UnexpectedResponseError):
        Task.parse(TaskRef("image", NEW), {"task_id": "t", "task_status": "succeed"})


# --- file types (used to check downloads) ---------------------------------------------------


def test_complete_and_truncated_files(tmp_path):
    from kling_desktop.api.filetypes import is_complete
    from kling_desktop.sandbox.media import clip, render_image
    from tests.conftest import jpeg_bytes

    samples = {
        "png": render_image("x", "1:1", 0, 1),
        "mp4": clip("16:9"),
        "jpeg": jpeg_bytes(400, 400),
    }
    for kind, data in samples.items():
        whole = tmp_path / f"whole.{kind}"
        whole.write_bytes(data)
        cut = tmp_path / f"cut.{kind}"
        cut.write_bytes(data[: len(data) * 2 // 3])
        assert is_complete(whole, kind), kind
        assert not is_complete(cut, kind), kind
