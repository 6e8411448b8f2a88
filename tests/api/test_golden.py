"""Kling's documented answers (`tests/golden/`) are read by the app's parsers, and the
sandbox writes nothing those answers do not have: the parser, the sandbox and Kling's
pages cannot drift apart without a test saying so."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from kling_desktop.api import LEGACY, NEW, TaskRef, TaskStatus
from kling_desktop.api.account import balance_after, charges, resource_packs
from kling_desktop.api.errors import ConcurrencyLimitError, InvalidRequestError, error_for
from kling_desktop.api.task import Task
from kling_desktop.sandbox import Fault, Sandbox, Timings

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
IMAGE = TaskRef("image", LEGACY, "v1/images/generations")
VIDEO = TaskRef("text2video", LEGACY, "v1/videos/text2video")
SOUND = TaskRef("add_sound", LEGACY, "v1/audio/video-to-audio")
NEW_VIDEO = TaskRef("text2video", NEW, "")


def golden(name: str) -> dict[str, Any]:
    return json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))


def task_of(name: str, ref: TaskRef) -> Task:
    doc = golden(name)
    data = doc["answer"]["data"]
    return Task.parse(ref, data[0] if isinstance(data, list) else data, http_status=doc["status"])


def test_every_golden_file_names_its_source_and_is_kling_json():
    names = sorted(p.stem for p in GOLDEN.glob("*.json"))
    assert len(names) >= 14
    for name in names:
        doc = golden(name)
        assert doc["source"] and doc["status"] in (200, 400, 429)
        assert isinstance(doc["answer"]["code"], int) and doc["answer"]["request_id"]


# The app's parsers read Kling's answers ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "ref", "status"),
    [
        ("legacy-created", IMAGE, TaskStatus.SUBMITTED),
        ("legacy-processing", IMAGE, TaskStatus.PROCESSING),
        ("legacy-failed", IMAGE, TaskStatus.FAILED),
        ("new-created", NEW_VIDEO, TaskStatus.SUBMITTED),
        ("new-processing", NEW_VIDEO, TaskStatus.PROCESSING),
        ("new-failed", NEW_VIDEO, TaskStatus.FAILED),
    ],
)
def test_unfinished_and_failed_tasks_are_read(name, ref, status):
    task = task_of(name, ref)
    assert task.status is status and task.results == ()
    assert task.external_task_id and task.external_task_id.startswith("kd-golden-")
    if status is TaskStatus.FAILED:
        assert task.status_message == "Failure to pass the risk control system"


def test_pictures_are_read_with_the_units_charged():
    task = task_of("legacy-succeeded-images", IMAGE)
    assert task.status is TaskStatus.SUCCEEDED and task.credits == 16
    assert [(r.media, r.index) for r in task.results] == [("image", 0), ("image", 1)]
    assert task.results[0].url.endswith("1fa0ac67d8ce6cd55b50d68b967b3a59.png")
    assert task.results[0].watermark_url.endswith("-w.png")


def test_a_video_is_read_with_its_id_and_length():
    (video,) = task_of("legacy-succeeded-video", VIDEO).results
    assert video.media == "video" and video.duration == 5.1
    assert video.id == "e3a7b2c1-5d4f-4a8e-9c6b-7f1e2d3c4b5a"
    (new,) = task_of("new-succeeded-video", NEW_VIDEO).results
    assert (new.media, new.id, new.duration) == ("video", "893605946553806918", 3.0)
    assert task_of("new-succeeded-video", NEW_VIDEO).credits == 3


def test_a_video_given_sound_is_read_as_the_video_then_its_sound():
    task = task_of("legacy-succeeded-video-and-audio", SOUND)
    assert [r.media for r in task.results] == ["video", "audio"]
    assert task.results[1].url.endswith("sound.mp3") and task.results[1].duration == 5.1
    assert task.credits == 0.25


def test_a_new_standard_sound_is_read_by_its_mp3_and_cash_is_not_units():
    task = task_of("new-succeeded-audio", NEW_VIDEO)
    (sound,) = task.results
    assert (sound.media, sound.duration) == ("audio", 4.0) and sound.url.endswith(".mp3")
    assert task.credits is None  # charged in money, not in units


def test_kling_refusals_become_the_app_errors():
    for name, kind in (("error-1201", InvalidRequestError), ("error-1303", ConcurrencyLimitError)):
        doc = golden(name)
        answer = doc["answer"]
        error = error_for(doc["status"], answer["code"], answer["message"])
        assert isinstance(error, kind)
    assert isinstance(error, ConcurrencyLimitError) and error.retryable


class _Answers:
    """Stands in for a client: answers one call with a golden answer."""

    def __init__(self, answer: dict) -> None:
        self.answer = answer

    def call(self, method, path, **kwargs):
        return self.answer


def test_the_account_answer_is_read_kinds_from_the_pack_names():
    packs = resource_packs(_Answers(golden("account-costs")["answer"]), 0, 1)
    assert [(p.kind, p.remaining, p.status, p.slots) for p in packs] == [
        ("video", 62.5, "online", 5),  # "Trial-Video-100Units-5Con-1Months"
        ("image", 118.0, "expired", None),
    ]
    assert packs[0].usable and not packs[1].usable


def test_the_ledgers_are_read_and_the_money_left_is_the_latest_charge():
    units = charges(_Answers(golden("account-package-ledger")["answer"]), 0, 1, money=False)
    assert [(c.kind, c.amount, c.what, c.money) for c in units] == [
        ("video", 6.0, "Image to Video", False),
        ("image", 16.0, "Text to Image", False),
    ]
    money = charges(_Answers(golden("account-balance-ledger")["answer"]), 0, 1, money=True)
    assert [(c.amount, c.currency) for c in money] == [(5.0, "USD"), (1.5, "USD")]
    assert money[0].when is not None and money[0].when > money[1].when  # newest first
    assert balance_after(money) == "13032.3 USD"
    assert balance_after(units) is None  # units say nothing of money


# The sandbox writes only what Kling's answers have -------------------------------------------


def extra_keys(written: Any, documented: Any, path: str = "") -> list[str]:
    """Where `written` has a key `documented` lacks, or a value of another JSON type."""
    kinds = (dict, list, str, bool, int | float, type(None))

    def kind_of(value):
        return next(k for k in kinds if isinstance(value, k))

    if documented is None or written is None:
        return []
    if kind_of(written) is not kind_of(documented):
        return [f"{path or '/'}: {type(written).__name__}, documented {type(documented).__name__}"]
    if isinstance(written, dict):
        out = []
        for key, value in written.items():
            if key not in documented:
                out.append(f"{path}/{key}")
            else:
                out += extra_keys(value, documented[key], f"{path}/{key}")
        return out
    if isinstance(written, list) and written and documented:
        return [e for item in written for e in extra_keys(item, documented[0], f"{path}[]")]
    return []


@pytest.fixture
def server():
    with Sandbox(timings=Timings(image=(0.3, 0.6), video=(0.3, 0.6))) as sandbox:
        yield sandbox


def ask(server: Sandbox, method: str, path: str, body: dict | None = None) -> httpx.Response:
    return httpx.request(
        method,
        f"{server.url}/{path}",
        json=body,
        headers={"Authorization": f"Bearer {server.api_key}"},
        timeout=10,
    )


def documented(name: str) -> dict:
    return golden(name)["answer"]


def test_the_sandbox_writes_legacy_tasks_as_kling_does(server):
    created = ask(server, "POST", "v1/images/generations", {"prompt": "a kite", "n": 2})
    assert extra_keys(created.json(), documented("legacy-created")) == []
    task_id = created.json()["data"]["task_id"]
    time.sleep(0.35)
    processing = ask(server, "GET", f"v1/images/generations/{task_id}").json()
    assert processing["data"]["task_status"] == "processing"
    assert extra_keys(processing, documented("legacy-processing")) == []
    time.sleep(0.35)
    done = ask(server, "GET", f"v1/images/generations/{task_id}").json()
    assert done["data"]["task_status"] == "succeed"
    assert extra_keys(done, documented("legacy-succeeded-images")) == []
    server.faults.script("submit", Fault.task_fails("Failure to pass the risk control system"))
    failing = ask(server, "POST", "v1/images/generations", {"prompt": "a kite"}).json()
    time.sleep(0.7)
    failed = ask(server, "GET", f"v1/images/generations/{failing['data']['task_id']}").json()
    assert failed["data"]["task_status"] == "failed"
    assert extra_keys(failed, documented("legacy-failed")) == []


def test_the_sandbox_writes_videos_and_sounds_as_kling_does(server):
    video = ask(
        server, "POST", "v1/videos/text2video", {"prompt": "a kite", "model_name": "kling-v2-6"}
    ).json()
    sound = ask(server, "POST", "v1/audio/video-to-audio", {"video_id": "v-1"}).json()
    time.sleep(0.7)
    video = ask(server, "GET", f"v1/videos/text2video/{video['data']['task_id']}").json()
    assert extra_keys(video, documented("legacy-succeeded-video")) == []
    sound = ask(server, "GET", f"v1/audio/video-to-audio/{sound['data']['task_id']}").json()
    assert extra_keys(sound, documented("legacy-succeeded-video-and-audio")) == []


def test_the_sandbox_writes_new_standard_tasks_as_kling_does(server):
    body = {"prompt": "a kite", "settings": {"duration": 5}, "options": {"external_task_id": "x"}}
    created = ask(server, "POST", "text-to-video/kling-3.0", body)
    assert extra_keys(created.json(), documented("new-created")) == []
    time.sleep(0.35)
    processing = ask(server, "GET", "tasks?external_task_ids=x").json()
    assert extra_keys(processing, documented("new-processing")) == []
    time.sleep(0.35)
    done = ask(server, "GET", "tasks?external_task_ids=x").json()
    assert done["data"][0]["status"] == "succeeded"
    assert extra_keys(done, documented("new-succeeded-video")) == []


def test_the_sandbox_refuses_and_counts_as_kling_does(server):
    refused = ask(server, "POST", "v1/images/generations", {"prompt": "a", "aspect_ratio": "5:1"})
    assert refused.status_code == 400 and refused.json()["code"] == 1201
    assert extra_keys(refused.json(), documented("error-1201")) == []
    server.max_concurrency = 0
    busy = ask(server, "POST", "v1/images/generations", {"prompt": "a"})
    assert busy.status_code == 429 and busy.json()["code"] == 1303
    assert extra_keys(busy.json(), documented("error-1303")) == []
    costs = ask(server, "GET", "account/costs?start_time=0&end_time=1")
    assert extra_keys(costs.json(), documented("account-costs")) == []


def test_the_sandbox_writes_its_ledgers_as_kling_does(server):
    ask(server, "POST", "v1/images/generations", {"prompt": "a kite"})
    time.sleep(0.7)
    units = ask(server, "POST", "account/billing/package", {"start_time": 0, "end_time": 1})
    assert units.json()["data"]["result"]["count"] == 1
    assert extra_keys(units.json(), documented("account-package-ledger")) == []
    server.cash_balance = 20.0  # an account that pays in money
    money = ask(server, "POST", "account/billing/balance", {"start_time": 0, "end_time": 1})
    assert money.json()["data"]["result"]["detail"][0]["balance_after_deduction"] < 20.0
    assert extra_keys(money.json(), documented("account-balance-ledger")) == []
