"""Faults the sandbox can be told to inject, by script or by chance, per endpoint.

Endpoints are named `submit`, `query`, `list`, `costs` and `download`; the first three may
be narrowed to a kind (`submit:image`, `query:text2video`, ...). A scripted fault is used
once, in order; a random one fires with its probability on every matching request.
"""

from __future__ import annotations

import random
import threading
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Fault:
    """One misbehaviour. Build it with the class methods."""

    action: str
    status: int = 500
    code: int | None = None
    message: str = ""
    retry_after: float | None = None
    delay: float = 0.0
    fraction: float = 0.5
    payload: Any = None

    # Answers that replace the real one ------------------------------------------------

    @classmethod
    def html_error(cls, status: int = 502) -> Fault:
        """A proxy's HTML error page (500/502/504...)."""
        return cls("html", status=status)

    @classmethod
    def kling_error(cls, status: int, code: int, message: str = "") -> Fault:
        """Kling's JSON error with the given HTTP status and code."""
        return cls("kling", status=status, code=code, message=message or f"error {code}")

    @classmethod
    def rate_limit(cls, retry_after: float | None = 1.0) -> Fault:
        """429 with code 1302 and a `Retry-After` header."""
        return cls("kling", status=429, code=1302, message="rate limit", retry_after=retry_after)

    @classmethod
    def concurrency(cls) -> Fault:
        """429 with code 1303: every concurrency slot is busy."""
        return cls("kling", status=429, code=1303, message="parallel task over resource pack limit")

    @classmethod
    def content_policy(cls) -> Fault:
        """400 with code 1301: the prompt tripped the content safety rules."""
        return cls("kling", status=400, code=1301, message="content security policy triggered")

    @classmethod
    def respond(cls, status: int, payload: Any) -> Fault:
        """Any JSON answer, e.g. an empty task list while the task exists (a lagging list)."""
        return cls("json", status=status, payload=payload)

    @classmethod
    def empty(cls, status: int = 200) -> Fault:
        """An empty body."""
        return cls("empty", status=status)

    @classmethod
    def no_code(cls, status: int = 200) -> Fault:
        """JSON without a `code` field."""
        return cls("nocode", status=status)

    # Connection-level -----------------------------------------------------------------

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Answer normally, but only after `seconds` (a timeout if the client waits less)."""
        return cls("slow", delay=seconds)

    @classmethod
    def reset(cls) -> Fault:
        """Reset the connection before doing anything: nothing is created."""
        return cls("reset")

    @classmethod
    def reset_after_receipt(cls) -> Fault:
        """Do the work (a submit creates its task), then reset instead of answering."""
        return cls("reset_after")

    # Tasks and downloads --------------------------------------------------------------

    @classmethod
    def task_fails(cls, message: str = "Image pixel is invalid") -> Fault:
        """For `submit`: the task is created and later ends `failed` with `message`."""
        return cls("fail_task", message=message)

    @classmethod
    def truncated(cls, fraction: float = 0.5, *, announce_length: bool = True) -> Fault:
        """For `download`: send only `fraction` of the file, then close the connection."""
        return cls("truncate", fraction=fraction, code=1 if announce_length else 0)

    @classmethod
    def expired(cls, status: int = 404) -> Fault:
        """For `download`: the result URL is gone (404 or 403 with an HTML body)."""
        return cls("expired", status=status)

    @classmethod
    def wrong_type(cls) -> Fault:
        """For `download`: a 200 answer whose body is an HTML page, not the media."""
        return cls("wrong_type")

    @classmethod
    def garbage(cls) -> Fault:
        """For `download`: a 200 answer of bytes that are no media at all (a cut or mangled
        body from a proxy)."""
        return cls("garbage")

    @classmethod
    def undecodable(cls) -> Fault:
        """For `download`: a whole MP4 container with nothing playable inside."""
        return cls("undecodable")


class FaultInjector:
    """Holds the faults to inject; thread-safe."""

    def __init__(self, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._scripts: dict[str, deque[Fault | None]] = defaultdict(deque)
        self._random: list[tuple[str, Fault, float]] = []
        self._rng = random.Random(seed)

    def script(self, endpoint: str, *faults: Fault | None) -> None:
        """Inject `faults` on the next matching requests, one each (None = behave)."""
        with self._lock:
            self._scripts[endpoint].extend(faults)

    def sometimes(
        self, endpoint: str, fault: Fault | tuple[Fault, ...], probability: float
    ) -> None:
        """Inject `fault` on each matching request with `probability` (one of several,
        chosen at random, when a tuple is given)."""
        with self._lock:
            self._random.append((endpoint, fault, probability))

    def everywhere(self, probability: float) -> None:
        """The audit's fault run: each request to submit, query, list or download fails
        with `probability`, in one of the ways a real network and server fail (5xx, 429,
        connection resets before and after the request arrived, HTML error pages, cut
        downloads, downloads answered with a page or with garbage, slow answers)."""
        common = (
            Fault.html_error(502),
            Fault.html_error(504),
            Fault.kling_error(500, 5000, "internal error"),
            Fault.kling_error(503, 5001, "service unavailable"),
            Fault.rate_limit(0.5),
            Fault.reset(),
            Fault.slow(2.0),
            Fault.html_error(200),
        )
        self.sometimes("submit", (*common, Fault.reset_after_receipt()), probability)
        self.sometimes("query", common, probability)
        self.sometimes("list", common, probability)
        self.sometimes(
            "download",
            (
                Fault.truncated(0.5),
                Fault.html_error(502),
                Fault.reset(),
                Fault.slow(2.0),
                Fault.wrong_type(),  # a CDN's or a proxy's page, answered with 200
                Fault.garbage(),
            ),
            probability,
        )

    def clear(self) -> None:
        with self._lock:
            self._scripts.clear()
            self._random.clear()

    def pending(self, endpoint: str) -> int:
        """How many scripted faults are still waiting for `endpoint`."""
        with self._lock:
            return len(self._scripts.get(endpoint, ()))

    def take(self, endpoint: str) -> Fault | None:
        """The fault for this request to `endpoint` (e.g. `submit:image`), if any."""
        names = (endpoint, endpoint.split(":", 1)[0])
        with self._lock:
            for name in names:
                queue = self._scripts.get(name)
                if queue:
                    return queue.popleft()
            for name, fault, probability in self._random:
                if name in names and self._rng.random() < probability:
                    return self._rng.choice(fault) if isinstance(fault, tuple) else fault
        return None
