"""The Kling client: submit, query, list, look up and download, with safe retries.

Queries, lists and downloads are retried on network errors, rate limits (429/1302),
busy slots (1303) and server errors, with exponential backoff and jitter that honours
`Retry-After`, inside a bounded total time. A submit is never blindly re-sent: when it may
have reached the server (a timeout after sending, a reset connection, a 5xx, a garbled
answer), the client looks the task up by its `external_task_id` first, so one call can
never create two tasks, nor bill twice.

The client knows both of Kling's API standards (`task.LEGACY`, `task.NEW`) but nothing of
particular operations or models: it sends `Call`s, which the operations build.

Every wait is interruptible through the `cancel` event: setting it makes the client raise
`OperationCancelled` within moments, even mid-backoff or mid-download.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

import httpx
import tenacity

from kling_desktop import __version__
from kling_desktop.api import filetypes
from kling_desktop.api.connection import Connection
from kling_desktop.api.download import Downloader, ProgressCallback
from kling_desktop.api.errors import (
    AnswerLostError,
    AuthenticationError,
    ConcurrencyLimitError,
    InvalidRequestError,
    KlingError,
    NetworkError,
    NotFoundError,
    NotKlingError,
    OperationCancelled,
    ServerError,
    SubmitUncertainError,
    UnexpectedResponseError,
    ValidationError,
)
from kling_desktop.api.http import network_error, parse
from kling_desktop.api.retry import RetryPolicy, retry_notice
from kling_desktop.api.task import LEGACY, NEW, Call, Task, TaskRef
from kling_desktop.text import Message, tr

log = logging.getLogger("kling_desktop.api")


#: How many task ids one `GET /tasks` asks for: Kling refuses more than 20 (code 1201),
#: though its pages do not say so.
BATCH = 20


class CallBuilder(Protocol):
    """What `submit` accepts besides a `Call`: a request that builds its own call for the
    standards a connection speaks (the operations' `Request`)."""

    def to_call(self, standards: frozenset[str]) -> Call: ...


class KlingClient:
    """A synchronous client for one `Connection`. Use it as a context manager.

    It is safe to share between threads (httpx's client is), and is meant to run on
    worker threads: every call may block for as long as its retry policy allows.
    """

    #: How many answers in a row that are not Kling's, over at least how long, before the
    #: address is taken not to speak Kling (see `_not_kling`).
    NOT_KLING_ANSWERS = 4
    NOT_KLING_SECONDS = 10.0

    def __init__(
        self,
        connection: Connection,
        *,
        timeout: float = 30.0,
        connect_timeout: float = 10.0,
        retry: RetryPolicy | None = None,
        cancel: threading.Event | None = None,
        lookup_pages: int = 5,
        lookup_page_size: int = 100,
    ) -> None:
        self.connection = connection
        self.retry = retry or RetryPolicy()
        self.cancel = cancel or threading.Event()
        self._streak = (0, 0.0)  # answers in a row that were not Kling's, since when
        self._streak_lock = threading.Lock()
        self._lookup_pages = lookup_pages
        self._lookup_page_size = lookup_page_size
        agent = f"KlingDesktop/{__version__}"
        timeouts = httpx.Timeout(timeout, connect=connect_timeout)
        self._http = httpx.Client(
            timeout=timeouts,
            headers={
                "User-Agent": agent,
                "Accept": "application/json",
                "Content-Type": "application/json",
            },
            follow_redirects=False,  # never carry the key to another host
            verify=True,
        )
        # Result URLs are public: they get their own client, which never sees the key.
        self._downloads = Downloader(
            what=str(tr("result address")), timeout=timeouts, cancel=self.cancel
        )

    def __enter__(self) -> KlingClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()
        self._downloads.close()

    def __repr__(self) -> str:
        return f"KlingClient({self.connection!r})"

    # Public API ------------------------------------------------------------------------

    def submit(self, call: Call | CallBuilder, *, maybe_sent: bool = False) -> Task:
        """Create a task. A request (rather than a ready `Call`) is validated first:
        `ValidationError`, with every problem, is raised before any network.

        If the outcome is unknown and the task cannot be looked up, raises
        `SubmitUncertainError`: the caller must look the task up later, never re-submit.
        `maybe_sent=True` says an earlier attempt with the same `external_task_id` may
        have reached the server (the app was killed mid-submit): the task is looked up
        before anything is sent.
        """
        if not isinstance(call, Call):
            call = call.to_call(self.connection.standards)
        if call.standard not in self.connection.standards:
            raise ValidationError(
                [
                    (
                        "model_name",
                        tr("This connection cannot reach that model: it needs a Kling API key."),
                    )
                ]
            )
        external_id = call.external_task_id
        url = self.connection.url(call.path)
        body = self._for_this_server(call)
        ambiguous = maybe_sent
        if maybe_sent and call.at_once:
            raise _answer_lost(tr("the app stopped while waiting for it"))

        def attempt() -> Task:
            nonlocal ambiguous
            if ambiguous:  # the previous POST may have created the task: look first
                found = self._lookup_after_ambiguity(call.ref, external_id)
                if found is not None:
                    return found
            try:
                payload = self._call("POST", url, json=body)
                # A 200 whose task cannot be read may still have created one.
                task = Task.parse(call.ref, payload.get("data"))
            except KlingError as exc:
                if call.at_once and _is_ambiguous(exc):
                    raise _answer_lost(exc.message) from exc
                if _is_ambiguous(exc):
                    ambiguous = True
                elif _is_duplicate_id(exc):
                    # The server already has a task with this id (an earlier attempt or
                    # another process sent it): that task is this request's task.
                    found = self._lookup_after_ambiguity(call.ref, external_id)
                    if found is not None:
                        return found
                raise
            log.info("submitted %s task %s (%s)", call.kind, task.task_id, external_id)
            return task

        try:
            return self._retrying(attempt, retry_if=_submit_retryable)
        except KlingError as exc:
            if ambiguous and not isinstance(exc, SubmitUncertainError | NotKlingError):
                found = self._lookup_after_ambiguity(call.ref, external_id)
                if found is not None:
                    return found
                # The lookup proved that no task was made: a garbled answer is then a
                # passing failure, and sending again later is safe.
                if isinstance(exc, UnexpectedResponseError):
                    exc.retryable = True
            raise

    def _for_this_server(self, call: Call) -> dict[str, Any]:
        """The body as this server reads it: Kling documents only `model_name` on its
        legacy routes (and a strict server may refuse a field it does not document), while
        the relay documentation this app started from names the field `model`: a relay
        gets both, Kling itself only its own."""
        body = call.body
        if (
            self.connection.mode == Connection.RELAY
            and call.standard == LEGACY
            and "model_name" in body
            and "model" not in body
        ):
            body = {**body, "model": body["model_name"]}
        return body

    def get(self, ref: TaskRef | Task) -> Task:
        """The task's current state (free: queries are not billed or rate limited)."""
        if isinstance(ref, Task):
            ref = ref.ref
        if ref.standard == NEW:
            found = self.get_many([ref])
            if ref.task_id not in found:
                raise NotFoundError(
                    tr("The server has no task {task}.", task=ref.task_id), http_status=200
                )
            return found[ref.task_id]
        url = self.connection.task_url(ref.product, ref.task_id)
        payload = self._retrying(lambda: self._call("GET", url))
        return Task.parse(ref, payload.get("data"))

    def get_many(self, refs: Iterable[TaskRef]) -> dict[str, Task]:
        """Several new-standard tasks in as few requests as possible (`GET /tasks` takes a
        batch of ids); tasks the server does not know are left out."""
        by_id = {r.task_id: r for r in refs}
        out: dict[str, Task] = {}
        ids = list(by_id)
        for start in range(0, len(ids), BATCH):
            for data in self._batch(ids[start : start + BATCH]):
                task_id = str(data.get("id", "")) if isinstance(data, dict) else ""
                if task_id in by_id:
                    out[task_id] = Task.parse(by_id[task_id], data)
        return out

    def _batch(self, ids: list[str]) -> list[Any]:
        """The tasks of `ids` Kling knows. Unknown ids are usually left out of the answer,
        but Kling has also refused a whole batch with 1201 "not found" for one of them:
        the ids are then asked one by one, and those it does not know are left out."""
        try:
            return self._tasks({"task_ids": ",".join(ids)})
        except InvalidRequestError as exc:
            if not _says_not_found(exc):
                raise
        found: list[Any] = []
        for one in ids if len(ids) > 1 else ():
            try:
                found += self._tasks({"task_ids": one})
            except InvalidRequestError as exc:
                if not _says_not_found(exc):
                    raise
        return found

    def list(self, ref: TaskRef, page: int = 1, page_size: int = 30) -> list[Task]:
        """One page of the account's legacy tasks of `ref`'s product, newest first."""
        if not 1 <= page <= 1000 or not 1 <= page_size <= 500:
            raise ValidationError(
                [("page", tr("A page of tasks is 1 to 1000, with 1 to 500 tasks on it."))]
            )
        url = self.connection.url(ref.product)
        params = {"pageNum": page, "pageSize": page_size}
        payload = self._retrying(lambda: self._call("GET", url, params=params))
        data = payload.get("data")
        if not isinstance(data, list):
            raise UnexpectedResponseError(
                tr("The server's task list could not be understood."), http_status=200
            )
        return [Task.parse(ref, item) for item in data]

    def find_by_external_id(self, ref: TaskRef, external_task_id: str) -> Task | None:
        """The task created with `external_task_id`, or None if the server has none.

        Asked directly first (`GET /tasks?external_task_ids=` on the new standard,
        `GET /v1/<product>/<external id>` on the legacy one); a server that cannot answer
        that is asked for its newest tasks, page by page.
        """
        if ref.standard == NEW:
            for data in self._tasks({"external_task_ids": external_task_id}):
                task = Task.parse(ref, data)
                if task.external_task_id in (None, external_task_id):
                    return task
            return None
        try:
            url = self.connection.task_url(ref.product, external_task_id)
            payload = self._retrying(lambda: self._call("GET", url))
            task = Task.parse(ref, payload.get("data"))
            if task.external_task_id == external_task_id:
                return task
        except (NotFoundError, InvalidRequestError, UnexpectedResponseError) as exc:
            log.debug("direct lookup by external id not answered (%s); scanning", exc)
        for page in range(1, self._lookup_pages + 1):
            tasks = self.list(ref, page=page, page_size=self._lookup_page_size)
            for task in tasks:
                if task.external_task_id == external_task_id:
                    return task
            if len(tasks) < self._lookup_page_size:
                break
        return None

    def call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        retry: RetryPolicy | None = None,
    ) -> dict[str, Any]:
        """Any other endpoint below the API root (the account's), with the same retries
        (or `retry`'s, for a window someone is waiting on), errors and authentication.
        Never for creating tasks: `submit` does that safely."""
        url = self.connection.url(path)
        return self._retrying(
            lambda: self._call(method, url, json=body, params=params), policy=retry
        )

    def listed(
        self,
        path: str,
        not_understood: Callable[[], KlingError],
        *,
        page_size: int,
        most: int,
        retry: RetryPolicy | None = None,
    ) -> list[Any]:
        """Every entry of a paged account list (`pageNum`, `pageSize`: elements, voices),
        up to about `most`; `not_understood()` is raised for an answer that is no list."""
        out: list[Any] = []
        page = 1
        while len(out) < most:
            params = {"pageNum": page, "pageSize": page_size}
            data = self.call("GET", path, params=params, retry=retry).get("data")
            if not isinstance(data, list):
                raise not_understood()
            out += data
            if len(data) < page_size:
                break
            page += 1
        return out

    def probe(self) -> frozenset[str]:
        """Which API standards answer this connection's key, found with free requests: the
        legacy one by listing one picture task, the new one by asking `/tasks` for a task
        that does not exist. Raises the legacy standard's error when neither answers."""
        answered: set[str] = set()
        problem: KlingError | None = None
        try:
            self.list(TaskRef("image", LEGACY, "v1/images/generations"), page_size=1)
            answered.add(LEGACY)
        except KlingError as exc:
            problem = exc
        try:
            self._tasks({"task_ids": "kling-desktop-probe"})
            answered.add(NEW)
        except KlingError as exc:
            log.debug("the new API standard did not answer: %s", exc)
        if not answered and problem is not None:
            raise problem
        return frozenset(answered)

    def _tasks(self, params: dict[str, str]) -> list[Any]:
        url = self.connection.url("tasks")
        payload = self._retrying(lambda: self._call("GET", url, params=params))
        data = payload.get("data")
        if not isinstance(data, list):
            raise UnexpectedResponseError(
                tr("The server's task list could not be understood."), http_status=200
            )
        return data

    def download(
        self,
        url: str,
        dest: str | os.PathLike,
        *,
        max_bytes: int,
        progress: ProgressCallback | None = None,
        expect: str | None = None,
    ) -> Path:
        """Save a result file at `dest`, atomically, and return its path.

        Streams to a temporary file beside `dest` (memory stays flat), refuses more than
        `max_bytes`, checks by its bytes that the file is an image (`expect="image"`), a
        video (`"video"`), a sound (`"audio"`) or any of them (None) and that it arrived
        whole, fsyncs it and only then renames it into place. A failed download leaves
        nothing behind.
        `progress(received, total_or_None)` is called as bytes arrive.
        """
        dest = Path(dest)
        if expect is not None and expect not in filetypes.TYPES:
            raise ValidationError(
                [("expect", tr("What to expect is image, video, audio or nothing."))]
            )
        accepted = filetypes.TYPES[expect] if expect else sum(filetypes.TYPES.values(), start=())
        return self._retrying(
            lambda: self._downloads.save(
                url, dest, max_bytes=max_bytes, progress=progress, accepted=accepted
            )
        )

    # Plumbing ----------------------------------------------------------------------------

    def _sleep(self, seconds: float) -> None:
        if self.cancel.wait(seconds):
            raise OperationCancelled()

    def _retrying(
        self,
        fn: Callable[[], Any],
        retry_if: Callable[[BaseException], bool] | None = None,
        policy: RetryPolicy | None = None,
    ) -> Any:
        policy = policy or self.retry

        def wait(state: tenacity.RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            return policy.wait(state.attempt_number, getattr(exc, "retry_after", None))

        def before_sleep(state: tenacity.RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            log.warning(
                "retrying in %.2fs after %s (attempt %d)",
                state.upcoming_sleep,
                type(exc).__name__,
                state.attempt_number,
            )
            notice = retry_notice.get()
            if notice is not None and exc is not None:
                notice(exc, state.upcoming_sleep)

        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception(retry_if or _retryable),
            wait=wait,
            stop=tenacity.stop_after_attempt(policy.attempts)
            | tenacity.stop_before_delay(policy.total),
            sleep=self._sleep,
            before_sleep=before_sleep,
            reraise=True,
        )
        return retrying(fn)

    def _lookup_after_ambiguity(self, ref: TaskRef, external_id: str) -> Task | None:
        try:
            found = self.find_by_external_id(ref, external_id)
            if found is None and self.retry.settle > 0:
                self._sleep(self.retry.settle)
                found = self.find_by_external_id(ref, external_id)
        except NotKlingError:
            raise  # the address, not this request: the job waits for it to be fixed
        except KlingError as exc:
            raise SubmitUncertainError(
                tr(
                    "The server may have received this request, but the app could not "
                    "check it. It will look the task up again before sending anything."
                ),
                external_task_id=external_id,
                http_status=exc.http_status,
                code=exc.code,
            ) from exc
        if found is not None:
            log.info("found task %s for %s after an unclear submit", found.task_id, external_id)
        return found

    def _call(
        self,
        method: str,
        url: str,
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        renewed = False
        while True:
            if self.cancel.is_set():
                raise OperationCancelled()
            headers = {"Authorization": self.connection.authorization()}
            try:
                response = self._http.request(
                    method, url, json=json, params=params, headers=headers
                )
            except httpx.HTTPError as exc:
                raise network_error(exc) from exc
            log.debug("%s %s -> %s", method, response.request.url.path, response.status_code)
            try:
                payload = parse(response)
            except UnexpectedResponseError as exc:
                self._not_kling(exc)
                raise
            except AuthenticationError as exc:
                # A JWT "not yet valid"/"expired" is often clock skew: re-sign once.
                if exc.code in (1003, 1004) and self.connection.signs_tokens and not renewed:
                    self.connection.authorization(renew=True)
                    renewed = True
                    continue
                self._not_kling(None)
                raise
            except KlingError:
                self._not_kling(None)  # Kling's own JSON, an error of Kling's
                raise
            self._not_kling(None)
            return payload

    def _not_kling(self, exc: UnexpectedResponseError | None) -> None:
        """Count answers that are not Kling's at all (a page, text, JSON without `code`,
        answered with a status that is not a passing one); any answer of Kling's clears the
        count. Once `NOT_KLING_ANSWERS` in a row have come over `NOT_KLING_SECONDS`, the
        address is taken not to speak Kling: `NotKlingError`, which pauses the connection's
        jobs until it is fixed instead of retrying them for half an hour."""
        with self._streak_lock:
            if exc is None or not exc.garbled or exc.retryable:
                self._streak = (0, 0.0)
                return
            count, since = self._streak
            now = time.monotonic()
            count, since = count + 1, since if count else now
            self._streak = (count, since)
            if count < self.NOT_KLING_ANSWERS or now - since < self.NOT_KLING_SECONDS:
                return
        raise NotKlingError(
            tr(
                "{address} answered {count} requests in a row with {what}, never as Kling "
                "does. It is not a Kling API or relay address, or something between (a "
                "proxy, a network's sign-in page) answers in its place. Check the address, "
                "or sign in to the network.",
                address=self.connection.base_url,
                count=count,
                what=exc.what,
            ),
            http_status=exc.http_status,
        ) from exc


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, KlingError) and exc.retryable


def _submit_retryable(exc: BaseException) -> bool:
    # A busy slot (1303) is the job queue's business: it keeps the job queued instead of
    # holding a worker thread here. A garbled answer (HTML, cut JSON, a task that cannot
    # be read) is tried again: the next attempt looks the task up before sending.
    if isinstance(exc, UnexpectedResponseError):
        return True
    return _retryable(exc) and not isinstance(exc, ConcurrencyLimitError)


def _is_ambiguous(exc: KlingError) -> bool:
    """Could this failed submit have created a task anyway?"""
    if isinstance(exc, NetworkError):
        return exc.request_sent
    return isinstance(exc, ServerError | UnexpectedResponseError)


def _answer_lost(reason: Message | str) -> AnswerLostError:
    return AnswerLostError(
        tr(
            "Kling's answer was lost on the way ({reason}). Kling gives this result only in "
            "its answer and keeps nothing the app could look up, so the app does not ask "
            "again by itself: Kling may have charged for it. “Run again” asks anew.",
            reason=reason,
        )
    )


def _says_not_found(exc: KlingError) -> bool:
    text = (exc.server_message or "").lower()
    return "not found" in text or "not exist" in text


def _is_duplicate_id(exc: KlingError) -> bool:
    return isinstance(exc, InvalidRequestError) and "external_task_id" in (exc.server_message or "")
