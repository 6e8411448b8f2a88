from __future__ import annotations

import pytest

from kling_desktop.store import Database, History, NewInput, NewJob


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "history.sqlite")
    yield database
    assert database.integrity() == "ok"
    database.close()


@pytest.fixture
def history(db, tmp_path):
    return History(db, tmp_path / "inputs")


def new_job(n: int = 0, **overrides) -> NewJob:
    values = dict(
        kind="image",
        profile="Demo",
        model="kling-v1",
        prompt=f"prompt number {n}",
        request={"prompt": f"prompt number {n}", "n": 1, "aspect_ratio": "16:9"},
        external_task_id=f"kd-test-{n}",
    )
    values.update(overrides)
    return NewJob(**values)


def new_input(data: bytes = b"\x89PNG fake image bytes", role: str = "image") -> NewInput:
    return NewInput(
        role=role,
        data=data,
        original_path="/photos/cat.png",
        width=640,
        height=480,
        thumbnail=b"thumb:" + data[:8],
    )
