"""Errors from the Kling API, sorted by what the user (or the engine) must do about them.

Every error has a human `message` (a translatable `Message`), knows whether it is worth
retrying (`retryable`), and keeps the raw facts (`http_status`, `code`, `server_message`,
`request_id`) for the details panel and the log. No error ever carries a key, secret or
token: they are built from status codes and server text only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from kling_desktop.text import Message, tr


class Problem(NamedTuple):
    """One thing wrong with a request: the parameter it concerns, and why, in words."""

    field: str
    message: Message


class KlingError(Exception):
    """Base class of every error the client raises."""

    retryable: bool = False

    def __init__(
        self,
        message: Message | str,
        *,
        http_status: int | None = None,
        code: int | None = None,
        server_message: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.message = message if isinstance(message, Message) else Message(message)
        self.http_status = http_status
        self.code = code
        self.server_message = server_message
        self.request_id = request_id
        self.retry_after = retry_after
        super().__init__(str(self.message))

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({str(self.message)!r}, http_status={self.http_status}, "
            f"code={self.code})"
        )


class AuthenticationError(KlingError):
    """The key, access key/secret key or token was refused (401, codes 1000-1004)."""


class AccountError(KlingError):
    """The account cannot run tasks now: suspended, in arrears, or out of credits."""


class PermissionDeniedError(KlingError):
    """The account may not use this API or model, or this IP address (1103, 1304)."""


class InvalidRequestError(KlingError):
    """The server refused the request's content (1200, 1201) or the path (1202, 1203)."""


class NotFoundError(InvalidRequestError):
    """The task, model or route does not exist (404, 1202/1203)."""


class ModelUnavailableError(InvalidRequestError):
    """Kling no longer offers the model (retired, "discontinued", "not available"): not
    worth retrying; the app moves to a live model instead."""


class ContentPolicyError(KlingError):
    """The prompt or an image was refused by the platform's content rules (1300, 1301)."""


class RateLimitError(KlingError):
    """Too many requests (1302 or a bare 429): wait and try again."""

    retryable = True


class ConcurrencyLimitError(KlingError):
    """Every concurrency slot of the resource pack is busy (1303): keep the job queued."""

    retryable = True


class ServerError(KlingError):
    """The server failed or is under maintenance (5xx, 5000-5002): try again later."""

    retryable = True


class NetworkError(KlingError):
    """No usable answer arrived: unreachable host, timeout, reset connection, TLS failure.

    `request_sent` tells whether the request may have reached the server (a timeout
    while waiting for the answer, a reset after sending). A submit that fails that way is
    *ambiguous*: the task may exist and be charged.
    """

    retryable = True

    def __init__(self, message: Message | str, *, request_sent: bool = False, **kw) -> None:
        super().__init__(message, **kw)
        self.request_sent = request_sent


class TlsError(NetworkError):
    """The secure connection could not be established (certificate, protocol)."""

    retryable = False


class SubmitUncertainError(NetworkError):
    """A submit may or may not have created a task, and the task could not be looked up.

    Never re-send the request blindly: look it up later by `external_task_id`.
    """

    retryable = False

    def __init__(self, message: Message | str, *, external_task_id: str, **kw) -> None:
        super().__init__(message, request_sent=True, **kw)
        self.external_task_id = external_task_id


class AnswerLostError(KlingError):
    """A request whose result comes only in its answer (speech) may have been made, and
    its answer was lost: Kling keeps nothing to look it up by, so it is never sent again
    by itself (that could charge twice)."""

    retryable = False


class UnexpectedResponseError(KlingError):
    """The answer was not Kling's JSON: an HTML page, an empty body, JSON without `code`
    (`garbled`: likely a proxy's or a network's passing fault), or Kling's JSON in a shape
    the app cannot read."""

    def __init__(
        self,
        message: Message | str,
        *,
        garbled: bool = False,
        what: Message | str = "",
        **kw,
    ) -> None:
        super().__init__(message, **kw)
        self.garbled = garbled
        self.what = what  # what came instead of Kling's answer, in words ("a web page")
        status = self.http_status or 0
        # A proxy's 502/504 page or a bare 429 is a passing condition; a 200 with HTML is not.
        self.retryable = status >= 500 or status == 429


class DownloadError(KlingError):
    """A result file could not be saved."""


class SaveError(DownloadError):
    """A result could not be written on this computer (disk full, folder gone or not
    writable): a passing condition, said in words."""

    retryable = True

    @classmethod
    def of(cls, exc: OSError) -> SaveError:
        return cls(
            tr(
                "A result could not be written to disk ({reason}). Free some space or check "
                "the results folder in Settings; the app will try again.",
                reason=exc.strerror or type(exc).__name__,
            )
        )


class RedirectRefusedError(DownloadError):
    """A result address led somewhere the app does not fetch from (plain http to another
    computer, a local file...)."""


class ResultExpiredError(DownloadError):
    """The result URL is gone (the server deletes results after 30 days)."""


class DownloadTooLargeError(DownloadError):
    """The file is larger than the limit the caller set."""


class UnexpectedContentError(DownloadError):
    """What arrived is not the image or video that was expected, or it is incomplete."""


class ValidationError(KlingError):
    """The request breaks Kling's rules; `problems` lists every (field, message) pair."""

    def __init__(self, problems: Iterable[tuple[str, Message]]) -> None:
        self.problems = [Problem(*p) for p in problems]
        summary = "; ".join(f"{field}: {msg}" for field, msg in self.problems)
        super().__init__(tr("The request is not valid: {summary}", summary=summary))


class ConnectionConfigError(KlingError, ValueError):
    """The connection settings themselves are wrong (bad URL, insecure http, empty key)."""


class NotKlingError(ConnectionConfigError):
    """Answer after answer from this address was not Kling's (web pages, text that is not
    JSON) and none was: the address is not a Kling API or relay, or something between
    (a proxy, a network's sign-in page) answers in its place. Jobs wait for it to be
    fixed rather than retrying for their whole budget."""


class OperationCancelled(Exception):
    """The caller's cancel event was set while the client was waiting. Not an error."""


def _auth(code: int, status: int) -> tuple[type[KlingError], Message]:
    if code == 1001:
        return AuthenticationError, tr(
            "The server received no API key. Enter your key in the connection settings."
        )
    if code in (1003, 1004):
        return AuthenticationError, tr(
            "The server refused the sign-in token as not yet valid or expired. Check that "
            "this computer's clock is set correctly."
        )
    return AuthenticationError, tr(
        "The server did not accept your API key. Check the key in the connection settings; "
        "it may have been mistyped, revoked or be for another server."
    )


_ACCOUNT = {
    1100: tr(
        "Your Kling account has a problem and cannot run tasks. "
        "Check the account on the Kling website."
    ),
    1101: tr("Your Kling account is in arrears. Recharge it on the Kling website, then try again."),
    1102: tr(
        "Your Kling resource pack is used up or has expired. Buy or renew a pack, then try again."
    ),
}


_UNAVAILABLE = (
    "discontinued",
    "no longer available",
    "no longer supported",
    "not available",
    "has been retired",
    "has been deprecated",
    "model is offline",
    "已下线",
    "已停用",
    "不再支持",
)


def _says_unavailable(detail: str) -> bool:
    """Whether the server's words say a model is gone (Kling gives no code of its own for
    it: 1201 and 1203 have both been seen)."""
    text = detail.lower()
    return ("model" in text and any(words in text for words in _UNAVAILABLE)) or any(
        words in detail for words in _UNAVAILABLE[-3:]
    )


def error_for(
    http_status: int,
    code: int | None,
    server_message: str | None,
    *,
    request_id: str | None = None,
    retry_after: float | None = None,
) -> KlingError:
    """Map an HTTP status and a Kling error code to an error the app knows what to do with."""
    detail = (server_message or "").strip()
    kw = dict(
        http_status=http_status,
        code=code,
        server_message=server_message,
        request_id=request_id,
        retry_after=retry_after,
    )
    cls: type[KlingError]
    if _says_unavailable(detail) and http_status in (400, 403, 404):
        cls, msg = (
            ModelUnavailableError,
            tr("Kling no longer offers this model ({detail}).", detail=detail),
        )
    elif (code is not None and 1000 <= code <= 1004) or (code is None and http_status == 401):
        cls, msg = _auth(code or 1000, http_status)
    elif code in _ACCOUNT:
        cls, msg = AccountError, _ACCOUNT[code]
    elif code == 1103 or (code is None and http_status == 403):
        cls, msg = (
            PermissionDeniedError,
            tr(
                "Your account may not use this feature or model ({detail}). "
                "Choose another model or check your plan.",
                detail=detail or http_status,
            ),
        )
    elif code == 1304:
        cls, msg = (
            PermissionDeniedError,
            tr(
                "The server refused this computer's IP address (IP allow-list). "
                "Add it to the allow-list in your Kling console."
            ),
        )
    elif code in (1300, 1301):
        cls, msg = (
            ContentPolicyError,
            tr(
                "The request was refused by the content safety rules. "
                "Change the prompt or the image and try again."
            ),
        )
    elif code == 1302 or (code is None and http_status == 429):
        cls, msg = (
            RateLimitError,
            tr("The server is receiving too many requests. The app will wait and try again."),
        )
    elif code == 1303:
        cls, msg = (
            ConcurrencyLimitError,
            tr(
                "All of your account's generation slots are busy. "
                "The job stays queued until one is free."
            ),
        )
    elif code in (1202, 1203) or (code is None and http_status == 404):
        cls, msg = (
            NotFoundError,
            tr(
                "The server could not find what was asked for ({detail}).",
                detail=detail or http_status,
            ),
        )
    elif (code is not None and 1200 <= code < 1300) or (code is None and 400 <= http_status < 500):
        cls, msg = (
            InvalidRequestError,
            tr("The server refused the request: {detail}", detail=detail or f"HTTP {http_status}"),
        )
    elif (code is not None and 5000 <= code < 6000) or http_status >= 500:
        cls, msg = (
            ServerError,
            tr(
                "The Kling server had a problem (HTTP {status}). The app will try again.",
                status=http_status,
            ),
        )
    else:
        cls, msg = (
            UnexpectedResponseError,
            tr(
                "The server answered with an error the app does not know "
                "(HTTP {status}, code {code}): {detail}",
                status=http_status,
                code=code,
                detail=detail,
            ),
        )
    return cls(msg, **kw)
