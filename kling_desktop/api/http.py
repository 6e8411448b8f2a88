"""The wire in the app's terms: an httpx failure as a `NetworkError` that says whether the
request may have arrived, and an answer as Kling's JSON or the error it stands for (a
refusal by code, or a web page, an empty body or text where Kling's JSON should be)."""

from __future__ import annotations

import email.utils
import ssl
import time
from typing import Any

import httpx

from kling_desktop.api.errors import (
    NetworkError,
    TlsError,
    UnexpectedResponseError,
    error_for,
)
from kling_desktop.text import tr


def network_error(exc: httpx.HTTPError) -> NetworkError:
    """Say in words what went wrong on the wire, and whether the request may have arrived."""
    if isinstance(exc, httpx.ConnectError) and _is_tls(exc):
        return TlsError(
            tr(
                "A secure connection to the server could not be made. Check the server "
                "address; a company network or antivirus may be intercepting the connection."
            )
        )
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return NetworkError(
            tr(
                "The server could not be reached. Check your internet connection and the "
                "server address."
            ),
            request_sent=False,
        )
    if isinstance(exc, httpx.TimeoutException):
        return NetworkError(tr("The server took too long to answer."), request_sent=True)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return NetworkError(tr("The server address is not a valid web address."))
    return NetworkError(tr("The connection to the server was interrupted."), request_sent=True)


def _is_tls(exc: BaseException) -> bool:
    seen = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    text = str(exc).upper()
    return "SSL" in text or "CERTIFICATE" in text


def parse(response: httpx.Response) -> dict[str, Any]:
    status = response.status_code
    retry_after = retry_after_of(response)
    try:
        payload = response.json() if response.content else None
    except ValueError:
        payload = None
    if not isinstance(payload, dict) or "code" not in payload:
        raise _not_kling(response, payload, retry_after)
    try:
        code = int(payload["code"])
    except (TypeError, ValueError):
        raise _not_kling(response, payload, retry_after) from None
    if code != 0 or status >= 400:
        raise error_for(
            status,
            code if code != 0 else None,
            str(payload.get("message") or ""),
            request_id=payload.get("request_id"),
            retry_after=retry_after,
        )
    return payload


def _not_kling(response: httpx.Response, payload: Any, retry_after: float | None):
    status = response.status_code
    body = response.content.lstrip()[:200].lower()
    if not body:
        what = tr("an empty answer")
    elif body.startswith((b"<!doctype", b"<html", b"<")):
        what = tr("a web page")
    elif payload is not None:
        what = tr("data without a result code")
    else:
        what = tr("text that is not JSON")
    if status >= 500 or status == 429:
        message = tr(
            "The server sent {what} instead of an answer (HTTP {status}). This is usually a "
            "passing problem of the server or a relay; the app will try again.",
            what=what,
            status=status,
        )
    else:
        message = tr(
            "The server sent {what} instead of Kling's answer (HTTP {status}). Check the "
            "server address: it may not be a Kling API or relay.",
            what=what,
            status=status,
        )
    return UnexpectedResponseError(
        message, http_status=status, retry_after=retry_after, garbled=True, what=what
    )


def retry_after_of(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
