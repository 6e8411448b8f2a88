"""Every slot Kling allows is used, never more: the limit learned from the account and from
1303 answers, the next job sent the moment one ends, images counted by their results,
and polls that follow when a job is expected to finish."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from kling_desktop.jobs import JobSpec, Pacing
from kling_desktop.jobs.slots import FIRST_GUESS, PROBE_AFTER, Slots
from kling_desktop.operations import Request
from kling_desktop.sandbox import Fault
from tests.jobs.conftest import Rig


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_automatic_starts_from_the_account_or_a_guess_and_learns_from_1303():
    clock = Clock()
    packs = {("A", "video"): 3}
    slots = Slots(told=lambda profile, pack: packs.get((profile, pack)), clock=clock)
    assert slots.limit("A", "video") == 3  # the account's pack says "…-3Con-…"
    assert slots.limit("A", "image") == FIRST_GUESS  # nothing known yet
    slots.refused("A", "image", running=2)
    assert slots.limit("A", "image") == 2
    clock.now += PROBE_AFTER  # no 1303 for a while: one more is tried
    assert slots.limit("A", "image") == 3
    slots.accepted("A", "image", running=3)  # and it was made: three it is
    assert slots.limit("A", "image") == 3
    clock.now += PROBE_AFTER
    assert slots.limit("A", "image") == 4
    slots.refused("A", "image", running=0)  # another app holds them all: at least one
    assert slots.limit("A", "image") == 1
    slots.forget("A")  # the connection changed: learn again
    assert slots.limit("A", "image") == FIRST_GUESS


def test_a_number_in_settings_wins():
    slots = Slots(fixed=lambda profile: 2, told=lambda profile, pack: 10)
    slots.refused("A", "video", running=1)
    assert slots.limit("A", "video") == 2
    assert not slots.automatic("A")


def video(n: int) -> JobSpec:
    return JobSpec(Request("text2video", prompt=f"kite {n}", duration=5), "Sandbox")


def test_automatic_fills_every_slot_and_learns_the_limit(sandbox, tmp_path, qtbot):
    sandbox.max_concurrency = 2  # the account allows two videos at once
    sandbox.timings = type(sandbox.timings)(image=(0.05, 0.6), video=(0.05, 0.6))
    rig = Rig(sandbox, tmp_path, qtbot, max_running=None)  # "Automatic"
    try:
        ids = [rig.enqueue(video(n)) for n in range(8)]
        for job_id in ids:
            assert rig.wait(job_id, 30_000) == "succeeded"
        assert sandbox.counters.tasks_created == 8
        # The first guess met 1303 once or a few times; once learned, no more refusals.
        assert 1 <= sandbox.counters["refused_1303"] <= FIRST_GUESS
        assert rig.engine.slots.limit("Sandbox", "video") == 2
    finally:
        rig.stop()


def test_a_job_refused_with_1303_goes_the_moment_a_slot_frees(sandbox, tmp_path, qtbot):
    """Not after a fixed wait: the job held back is sent when ours ends."""
    sandbox.max_concurrency = 1
    sandbox.timings = type(sandbox.timings)(image=(0.05, 1.0), video=(0.05, 1.0))
    rig = Rig(sandbox, tmp_path, qtbot, max_running=None)
    rig.steps.pacing = dataclasses.replace(rig.steps.pacing, slot_wait=60.0, retry=60.0)
    try:
        first, second = rig.enqueue(video(1)), rig.enqueue(video(2))
        assert rig.wait(first, 10_000) == "succeeded"
        assert rig.wait(second, 10_000) == "succeeded"  # far sooner than 60 s
        assert sandbox.counters.tasks_created == 2
    finally:
        rig.stop()


def test_slots_held_by_another_app_wait_without_spending_the_budget(sandbox, tmp_path, qtbot):
    rig = Rig(sandbox, tmp_path, qtbot, max_running=None)
    pacing = Pacing(image_first=0.05, video_first=0.05, maximum=0.2, retry=0.1)
    rig.steps.pacing = dataclasses.replace(pacing, submit_budget=0.3, slot_wait=0.15)
    sandbox.faults.script("submit", *[Fault.concurrency()] * 6)  # ~0.9 s of 1303
    try:
        job_id = rig.run(video(1), timeout=15_000)
        assert rig.finished[job_id] == "succeeded"
        assert any("slots are busy" in m for j, m in rig.messages if j == job_id)
        assert sandbox.counters.tasks_created == 1
    finally:
        rig.stop()


def test_pictures_take_one_slot_each(sandbox, tmp_path, qtbot):
    """Kling counts an image task's pictures against the slots; the app does too, so a
    limit of 4 runs two jobs of two pictures and is never answered 1303."""
    sandbox.max_concurrency = 4
    sandbox.timings = type(sandbox.timings)(image=(0.05, 0.5), video=(0.05, 0.5))
    rig = Rig(sandbox, tmp_path, qtbot, max_running=4)
    try:
        ids = [
            rig.enqueue(JobSpec(Request("image", prompt=f"kite {n}", n=2), "Sandbox"))
            for n in range(5)
        ]
        for job_id in ids:
            assert rig.wait(job_id, 20_000) == "succeeded"
        assert sandbox.counters["refused_1303"] == 0
    finally:
        rig.stop()


def test_one_task_list_request_per_connection_every_two_seconds(sandbox, tmp_path, qtbot):
    sandbox.timings = type(sandbox.timings)(image=(0.05, 3.0), video=(0.05, 3.0))
    rig = Rig(sandbox, tmp_path, qtbot, mode="api_key", max_running=None)  # polls every 0.05 s
    try:
        ids = [rig.enqueue(video(n)) for n in range(3)]
        for job_id in ids:
            assert rig.wait(job_id, 20_000) == "succeeded"
        # About 3 s of work: at most one request every 2 s (plus the first and the last).
        assert sandbox.counters["query:tasks"] <= 4
    finally:
        rig.stop()


@pytest.mark.parametrize(
    ("expected", "together", "most"),
    [(20, True, 9), (20, False, 9), (300, True, 56), (300, False, 13), (60, False, 13)],
)
def test_polls_follow_when_a_job_is_expected_to_finish(expected, together, most):
    """The first poll waits for 70 % of the usual time; then polls come close together,
    one just after the usual time, until half as long again; the legacy routes (one
    request per job) stay within 13."""
    pacing = Pacing()
    elapsed, polls, times = 0.0, 0, []
    while elapsed < 1.5 * expected:
        elapsed += pacing.poll_delay(
            "text2video", polls, elapsed=elapsed, expected=expected, together=together
        )
        polls += 1
        times.append(elapsed)
    spacing = max(2.0, min(5.0 if together else 20.0, expected / 15))
    assert 0.7 * expected <= times[0] <= 0.7 * expected + spacing
    assert any(expected < t <= expected + 0.5 for t in times)  # just after the usual time
    assert polls <= most
    # Near the usual time, the next poll is never more than a fifteenth of it away.
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert max(gaps) <= spacing + 1e-9
    # A job running late is asked less and less often, up to the maximum.
    assert pacing.poll_delay("text2video", 99, elapsed=10 * expected, expected=expected) == 30


def test_a_1303_storm_loses_no_job_and_sends_none_twice(sandbox, tmp_path, qtbot):
    """Kling refuses every submit with 1303 for a while (another app holds the slots),
    then lets them through: every job ends, each with one task."""
    sandbox.unique_external_ids = False  # a second send would make a second task
    sandbox.timings = type(sandbox.timings)(image=(0.05, 0.3), video=(0.05, 0.3))
    rig = Rig(sandbox, tmp_path, qtbot, max_running=None)
    rig.steps.pacing = dataclasses.replace(rig.steps.pacing, slot_wait=0.1)
    sandbox.faults.sometimes("submit", Fault.concurrency(), probability=1.0)
    try:
        ids = [rig.enqueue(video(n)) for n in range(10)]
        qtbot.waitUntil(lambda: sandbox.counters["submit"] >= 30, timeout=10_000)  # the storm
        assert sandbox.counters.tasks_created == 0
        assert all(rig.history.get(i).status.value in ("queued", "submitting") for i in ids)
        assert rig.finished == {}  # nothing ended: a 1303 is no failure
        sandbox.faults.clear()
        for job_id in ids:
            assert rig.wait(job_id, 30_000) == "succeeded"
        assert sandbox.counters.tasks_created == 10
        assert max(sandbox.counters.tasks_by_external_id.values()) == 1
    finally:
        rig.stop()


def test_a_number_above_what_kling_allows_waits_between_tries(sandbox, tmp_path, qtbot):
    """With 3 typed in Settings and 1 allowed, a 1303 is tried again after a pause, not
    at once and again: the submits stay few."""
    sandbox.max_concurrency = 1
    sandbox.timings = type(sandbox.timings)(image=(0.05, 1.5), video=(0.05, 1.5))
    rig = Rig(sandbox, tmp_path, qtbot, max_running=3)
    rig.steps.pacing = dataclasses.replace(rig.steps.pacing, slot_wait=0.5)
    try:
        ids = [rig.enqueue(video(n)) for n in range(2)]
        for job_id in ids:
            assert rig.wait(job_id, 20_000) == "succeeded"
        assert sandbox.counters["refused_1303"] <= 6  # ~1.5 s of waiting, a try each 0.5 s
    finally:
        rig.stop()
