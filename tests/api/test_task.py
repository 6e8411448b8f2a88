"""Task parsing tolerates what relays send, and refuses what it cannot understand in words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kling_desktop.api import Task, TaskKind, TaskStatus, UnexpectedResponseError


def test_a_full_official_answer():
    task = Task.from_json(
        TaskKind.TEXT2VIDEO,
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
    assert task.status is TaskStatus.SUCCEED and task.succeeded and task.finished
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
    task = Task.from_json(
        TaskKind.IMAGE,
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
        ("SUCCESS", TaskStatus.SUCCEED),
        ("failed", TaskStatus.FAILED),
        ("FAILURE", TaskStatus.FAILED),
    ],
)
def test_status_spellings(raw, status):
    assert Task.from_json(TaskKind.IMAGE, {"task_id": "t", "task_status": raw}).status is status


def test_numeric_durations_and_missing_optional_fields():
    task = Task.from_json(
        TaskKind.IMAGE2VIDEO,
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
        Task.from_json(TaskKind.IMAGE, data)
    assert words in str(info.value)
    assert "could not be understood" in str(info.value)


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
