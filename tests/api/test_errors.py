"""Every error of kling-api.md §5, and the relays' own failures, reach the right class with
a sentence a user can act on."""

from __future__ import annotations

import pytest

from kling_desktop.api import (
    LEGACY,
    AccountError,
    AuthenticationError,
    ConcurrencyLimitError,
    ContentPolicyError,
    InvalidRequestError,
    KlingClient,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TaskRef,
    UnexpectedResponseError,
)
from kling_desktop.operations import Request
from kling_desktop.sandbox import Fault
from tests.conftest import make_connection

NO_RETRY = RetryPolicy(attempts=1)

TABLE = [
    # http, code, class, words the user must see, retryable
    (401, 1000, AuthenticationError, "did not accept your API key", False),
    (401, 1001, AuthenticationError, "received no API key", False),
    (401, 1002, AuthenticationError, "did not accept your API key", False),
    (401, 1003, AuthenticationError, "clock", False),
    (401, 1004, AuthenticationError, "clock", False),
    (429, 1100, AccountError, "account has a problem", False),
    (429, 1101, AccountError, "in arrears. Recharge", False),
    (429, 1102, AccountError, "resource pack is used up", False),
    (403, 1103, PermissionDeniedError, "may not use this feature or model", False),
    (400, 1200, InvalidRequestError, "refused the request", False),
    (400, 1201, InvalidRequestError, "refused the request: error 1201", False),
    (404, 1202, NotFoundError, "could not find", False),
    (404, 1203, NotFoundError, "could not find", False),
    (400, 1300, ContentPolicyError, "content safety rules", False),
    (400, 1301, ContentPolicyError, "content safety rules", False),
    (429, 1302, RateLimitError, "too many requests", True),
    (429, 1303, ConcurrencyLimitError, "generation slots are busy", True),
    (429, 1304, PermissionDeniedError, "IP address", False),
    (500, 5000, ServerError, "had a problem (HTTP 500)", True),
    (503, 5001, ServerError, "had a problem (HTTP 503)", True),
    (504, 5002, ServerError, "had a problem (HTTP 504)", True),
]

IMAGES = TaskRef("image", LEGACY, "v1/images/generations")


@pytest.fixture
def once(sandbox):
    """A client that does not retry, so each fault is seen as raised."""
    with KlingClient(make_connection("relay", sandbox), retry=NO_RETRY) as c:
        yield c


@pytest.mark.parametrize(("status", "code", "cls", "words", "retryable"), TABLE)
def test_each_kling_code_maps_to_its_class(once, sandbox, status, code, cls, words, retryable):
    sandbox.faults.script("list", Fault.kling_error(status, code))
    with pytest.raises(cls) as info:
        once.list(IMAGES)
    error = info.value
    assert type(error) is cls
    assert error.code == code
    assert error.http_status == status
    assert words.lower() in str(error).lower()
    assert error.retryable is retryable
    assert error.request_id  # kept for support requests


def test_a_policy_refusal_on_submit_says_to_change_the_input(once, sandbox):
    sandbox.faults.script("submit", Fault.content_policy())
    with pytest.raises(ContentPolicyError) as info:
        once.submit(Request("image", prompt="something refused"))
    assert "Change the prompt or the image" in str(info.value)
    assert sandbox.counters.tasks_created == 0


@pytest.mark.parametrize(
    ("fault", "words", "retryable"),
    [
        (Fault.html_error(502), "a web page instead of an answer (HTTP 502)", True),
        (Fault.html_error(504), "a web page instead of an answer (HTTP 504)", True),
        (Fault.empty(502), "an empty answer instead of an answer (HTTP 502)", True),
        (Fault.empty(200), "an empty answer instead of Kling's answer (HTTP 200)", False),
        (
            Fault.no_code(200),
            "data without a result code instead of Kling's answer (HTTP 200)",
            False,
        ),
        (Fault.no_code(500), "data without a result code instead of an answer (HTTP 500)", True),
    ],
)
def test_relay_failures_become_unexpected_response(once, sandbox, fault, words, retryable):
    sandbox.faults.script("list", fault)
    with pytest.raises(UnexpectedResponseError) as info:
        once.list(IMAGES)
    assert words in str(info.value)
    assert info.value.retryable is retryable
    assert info.value.http_status == fault.status


def test_html_200_suggests_checking_the_address(once, sandbox):
    sandbox.faults.script("list", Fault("html", status=200))
    with pytest.raises(UnexpectedResponseError) as info:
        once.list(IMAGES)
    assert "Check the server address" in str(info.value)


def test_error_messages_translate(once, sandbox):
    sandbox.faults.script("list", Fault.kling_error(429, 1101))
    with pytest.raises(AccountError) as info:
        once.list(IMAGES)
    table = {info.value.message.template: "您的账户已欠费，请充值后重试。"}
    assert (
        info.value.message.translated(lambda s: table.get(s, s)) == "您的账户已欠费，请充值后重试。"
    )
