"""Retries, measured by the sandbox's counters: what is retried, how long it waits, and the
billing rule that one submit never creates two tasks."""

from __future__ import annotations

import threading
import time

import pytest

from kling_desktop.api import (
    LEGACY,
    AccountError,
    ConcurrencyLimitError,
    KlingClient,
    NetworkError,
    OperationCancelled,
    RateLimitError,
    RetryPolicy,
    ServerError,
    SubmitUncertainError,
    TaskRef,
)
from kling_desktop.operations import Request
from kling_desktop.sandbox import Fault
from tests.conftest import FAST, make_connection

IMAGES = TaskRef("image", LEGACY, "v1/images/generations")


def test_rate_limit_backs_off_and_succeeds(relay_client, sandbox):
    sandbox.faults.script("list", *[Fault.rate_limit(retry_after=None)] * 3)
    assert relay_client.list(IMAGES) == []
    assert sandbox.counters["list"] == 4


def test_backoff_grows_exponentially(sandbox):
    policy = RetryPolicy(initial=0.05, maximum=1.0, total=10, attempts=5, jitter=0)
    sandbox.faults.script("list", *[Fault.html_error(503)] * 3)
    with KlingClient(make_connection("relay", sandbox), retry=policy) as c:
        started = time.monotonic()
        c.list(IMAGES)
        elapsed = time.monotonic() - started
    assert 0.05 + 0.1 + 0.2 <= elapsed < 1.5


def test_retry_after_is_honoured(relay_client, sandbox):
    sandbox.faults.script("list", Fault.rate_limit(retry_after=1))
    started = time.monotonic()
    relay_client.list(IMAGES)
    assert time.monotonic() - started >= 1.0
    assert sandbox.counters["list"] == 2


def test_a_retry_after_beyond_the_budget_gives_up_at_once(sandbox):
    sandbox.faults.script("list", Fault.rate_limit(retry_after=30))
    with KlingClient(make_connection("relay", sandbox), retry=FAST) as c:
        started = time.monotonic()
        with pytest.raises(RateLimitError) as info:
            c.list(IMAGES)
    assert time.monotonic() - started < 1.0
    assert info.value.retry_after == 30  # the engine can schedule the next try
    assert sandbox.counters["list"] == 1


def test_quota_used_up_is_never_retried(relay_client, sandbox):
    sandbox.faults.script("submit", Fault.kling_error(429, 1102, "resource pack exhausted"))
    with pytest.raises(AccountError):
        relay_client.submit(Request("image", prompt="x"))
    assert sandbox.counters["submit"] == 1


def test_retries_stop_within_the_total_time(sandbox):
    sandbox.faults.sometimes("list", Fault.html_error(502), probability=1.0)
    policy = RetryPolicy(initial=0.05, maximum=0.2, total=0.6, attempts=100)
    with KlingClient(make_connection("relay", sandbox), retry=policy) as c:
        started = time.monotonic()
        with pytest.raises(Exception) as info:
            c.list(IMAGES)
    assert time.monotonic() - started < 0.9
    assert info.value.http_status == 502
    assert 2 <= sandbox.counters["list"] <= 10


def test_server_errors_on_queries_are_retried(client, sandbox):
    task = client.submit(Request("image", prompt="x"))
    sandbox.faults.script(
        "query", Fault.kling_error(500, 5000), Fault.html_error(504), Fault.reset()
    )
    assert client.get(task).task_id == task.task_id
    assert sandbox.counters["query"] == 4


def test_cancel_interrupts_a_backoff_at_once(sandbox):
    cancel = threading.Event()
    sandbox.faults.script("list", Fault.rate_limit(retry_after=20))
    policy = RetryPolicy(total=60)
    with KlingClient(make_connection("relay", sandbox), retry=policy, cancel=cancel) as c:
        threading.Timer(0.2, cancel.set).start()
        started = time.monotonic()
        with pytest.raises(OperationCancelled):
            c.list(IMAGES)
    assert time.monotonic() - started < 1.0


# --- Never pay twice -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        Fault.reset_after_receipt(),
        Fault.html_error(502),
        Fault.kling_error(500, 5000),
        Fault.empty(502),
    ],
    ids=["reset-after-receipt", "html-502", "5000", "empty-502"],
)
def test_an_unclear_submit_is_looked_up_not_resent(client, sandbox, fault):
    # reset_after_receipt creates the task and then drops the answer; the others answer
    # with an error although (for the test's purpose) the task may exist: the client must
    # look it up before sending again.
    sandbox.faults.script("submit", fault)
    task = client.submit(Request("text2video", prompt="one click"))
    assert sandbox.counters.tasks_by_external_id[task.external_task_id] == 1
    assert sandbox.counters.tasks_created == 1
    assert sandbox.counters["query"] >= 1  # it looked (directly, by external id) before re-sending


def test_reset_after_receipt_returns_the_created_task_without_a_second_post(client, sandbox):
    sandbox.faults.script("submit", Fault.reset_after_receipt())
    task = client.submit(Request("image", prompt="x"))
    assert sandbox.counters["submit"] == 1
    assert [t.task_id for t in sandbox.tasks()] == [task.task_id]


@pytest.mark.parametrize("mode", ["relay", "api_key"])
def test_the_client_never_relies_on_the_server_refusing_a_second_task(sandbox, mode):
    """A server that does not refuse a repeated external id (as some relays do not) still
    gets one task per click: the client looks before it sends again."""
    sandbox.unique_external_ids = False
    sandbox.faults.script("submit", Fault.reset_after_receipt())
    with KlingClient(make_connection(mode, sandbox), retry=FAST) as c:
        task = c.submit(Request("text2video", prompt="one click"))
    assert sandbox.counters["submit"] == 1
    assert sandbox.counters.tasks_created == 1
    assert task.task_id == sandbox.tasks()[0].task_id


def test_the_last_attempt_is_looked_up_too(sandbox):
    """The first POST fails before the server acts (nothing created), the last one creates
    the task and loses the answer; with no attempt left, the client still looks once
    more instead of reporting a failure that would send the job again."""
    sandbox.unique_external_ids = False
    sandbox.faults.script("submit", Fault.html_error(502), Fault.reset_after_receipt())
    policy = RetryPolicy(initial=0.01, maximum=0.05, total=5, attempts=2, settle=0)
    with KlingClient(make_connection("relay", sandbox), retry=policy) as c:
        task = c.submit(Request("image", prompt="x"))
    assert sandbox.counters["submit"] == 2
    assert sandbox.counters.tasks_created == 1
    assert task.task_id == sandbox.tasks()[0].task_id


def test_a_timeout_after_sending_is_looked_up(sandbox):
    # The server takes 1 s to create the task; the client gives up waiting at 0.3 s, finds
    # nothing yet, waits `settle` and looks again: the task is there, no second POST.
    sandbox.faults.script("submit", Fault.slow(1.0))
    policy = RetryPolicy(initial=0.01, maximum=0.05, total=5, settle=1.5)
    with KlingClient(make_connection("relay", sandbox), retry=policy, timeout=0.3) as c:
        task = c.submit(Request("image", prompt="slow server"))
    assert sandbox.counters["submit"] == 1
    assert sandbox.counters.tasks_created == 1
    assert task.task_id == sandbox.tasks()[0].task_id


def test_a_lookup_too_early_is_still_saved_by_the_external_id(sandbox):
    # Without settling, the second POST races the slow first one; the server's rule that an
    # external_task_id is unique per account keeps it to one task, and the client finds it.
    sandbox.faults.script("submit", Fault.slow(0.6))
    policy = RetryPolicy(initial=0.2, maximum=0.4, total=5, settle=0)
    with KlingClient(make_connection("relay", sandbox), retry=policy, timeout=0.3) as c:
        task = c.submit(Request("image", prompt="slow server"))
    assert sandbox.counters.tasks_created == 1
    assert task.task_id == sandbox.tasks()[0].task_id


def test_a_reset_before_the_server_acted_is_sent_again_once(client, sandbox):
    sandbox.faults.script("submit", Fault.reset())
    task = client.submit(Request("image", prompt="x"))
    assert sandbox.counters["submit"] == 2
    assert sandbox.counters.tasks_created == 1
    assert task.task_id == sandbox.tasks()[0].task_id


def test_rate_limited_submit_is_resent_after_waiting(client, sandbox):
    sandbox.faults.script("submit", Fault.rate_limit(retry_after=None))
    client.submit(Request("image", prompt="x"))
    assert sandbox.counters["submit"] == 2
    assert sandbox.counters.tasks_created == 1


def test_busy_slots_are_left_to_the_queue(client, sandbox):
    sandbox.faults.script("submit", Fault.concurrency())
    with pytest.raises(ConcurrencyLimitError) as info:
        client.submit(Request("image", prompt="x"))
    assert info.value.retryable
    assert sandbox.counters["submit"] == 1


def test_real_concurrency_limit(sandbox):
    sandbox.max_concurrency = 3
    with KlingClient(make_connection("relay", sandbox), retry=FAST) as c:
        c.submit(Request("image", prompt="x", n=2))
        with pytest.raises(ConcurrencyLimitError):
            c.submit(Request("image", prompt="y", n=2))
        c.submit(Request("image", prompt="z", n=1))


def test_if_the_lookup_fails_the_submit_is_never_resent(sandbox):
    sandbox.faults.script("submit", Fault.reset_after_receipt())
    sandbox.faults.sometimes("query", Fault.html_error(502), probability=1.0)
    sandbox.faults.sometimes("list", Fault.html_error(502), probability=1.0)
    with (
        KlingClient(make_connection("relay", sandbox), retry=FAST) as c,
        pytest.raises(SubmitUncertainError) as info,
    ):
        c.submit(Request("image", prompt="x", external_task_id="kd-remember-me"))
    assert info.value.external_task_id == "kd-remember-me"
    assert "may have received this request" in str(info.value)
    assert sandbox.counters["submit"] == 1
    assert sandbox.counters.tasks_created == 1


def test_a_duplicate_external_id_after_an_unclear_submit_finds_the_task(sandbox):
    # The lookup misses (say the server lags behind), the second POST is refused as a
    # duplicate by the server, and the client then finds the task instead of failing.
    sandbox.faults.script("submit", Fault.reset_after_receipt())
    sandbox.faults.script("query:image", Fault.kling_error(404, 1203, "task not found"))
    sandbox.faults.script("list:image", Fault.respond(200, {"code": 0, "data": []}))
    policy = RetryPolicy(initial=0.01, maximum=0.05, total=5, settle=0)
    with KlingClient(make_connection("relay", sandbox), retry=policy) as c:
        task = c.submit(Request("image", prompt="x"))
    assert sandbox.counters["submit"] == 2  # the second POST was refused as a duplicate
    assert sandbox.counters.tasks_created == 1
    assert task.task_id == sandbox.tasks()[0].task_id


def test_server_errors_on_every_submit_end_in_a_clear_error(sandbox):
    sandbox.faults.sometimes("submit", Fault.kling_error(503, 5001), probability=1.0)
    with (
        KlingClient(make_connection("relay", sandbox), retry=FAST) as c,
        pytest.raises(ServerError) as info,
    ):
        c.submit(Request("image", prompt="x"))
    assert "try again" in str(info.value)
    assert sandbox.counters.tasks_created == 0


def test_network_down_for_a_submit_is_a_network_error(sandbox):
    url = sandbox.url
    sandbox.stop()
    from kling_desktop.api import Connection

    with (
        KlingClient(Connection.relay(url, "sk-test-relay-key-not-real"), retry=FAST) as c,
        pytest.raises(NetworkError) as info,
    ):
        c.submit(Request("image", prompt="x"))
    assert not isinstance(info.value, SubmitUncertainError)  # nothing can have been sent


def test_a_submit_that_may_have_been_sent_before_is_looked_up_first(client, sandbox):
    first = client.submit(Request("image", prompt="x", external_task_id="kd-crashed-mid-submit"))
    again = client.submit(
        Request("image", prompt="x", external_task_id="kd-crashed-mid-submit"), maybe_sent=True
    )
    assert again.task_id == first.task_id
    assert sandbox.counters["submit"] == 1


def test_a_submit_that_may_have_been_sent_but_was_not_is_sent(client, sandbox):
    task = client.submit(
        Request("image", prompt="x", external_task_id="kd-never-arrived"), maybe_sent=True
    )
    assert sandbox.counters["submit"] == 1
    assert sandbox.counters.tasks_by_external_id["kd-never-arrived"] == 1
    assert task.external_task_id == "kd-never-arrived"


def test_a_second_submit_with_the_same_external_id_returns_the_first_task(client, sandbox):
    first = client.submit(Request("image", prompt="x", external_task_id="kd-sent-by-another"))
    again = client.submit(Request("image", prompt="x", external_task_id="kd-sent-by-another"))
    assert again.task_id == first.task_id
    assert sandbox.counters.tasks_created == 1
