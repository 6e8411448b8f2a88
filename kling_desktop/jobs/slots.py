"""How many tasks each connection may have running on Kling at once, per kind of resource
pack (video, image, audio), and so how many of its jobs the engine keeps in flight.

Kling runs a number of tasks at once per pack (its pack names say it: "…-Video-…-5Con-…")
and answers 1303 to one more. The user may fix a number in Settings; otherwise
("Automatic") the limit is what the account's packs say, when the account was read, or
what Kling's 1303 answers taught: one that comes while `n` of our tasks run means the
limit is `n` for now. Such a lesson may be too low (another app held slots at the time),
so once no 1303 has come for `PROBE_AFTER` seconds one more is tried; a success above the
learned limit raises it. A 1303 costs nothing and sends nothing twice (the task was not
made), so trying one more is safe. Images count their number of results, as Kling does.

Qt-free and thread-safe; the engine asks it on the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Tasks at once before anything is known: what Kling's common packs allow.
FIRST_GUESS = 5
#: Seconds without a 1303 after which one task more than learned is tried.
PROBE_AFTER = 600.0
#: A limit never learned above this (a number typed in Settings may be up to 20).
HIGHEST = 20


@dataclass
class _Lesson:
    limit: int
    refused_at: float | None = None  # time.monotonic() of the last 1303


class Slots:
    """`limit(profile, pack)`: how many slots the engine may fill now."""

    def __init__(
        self,
        fixed: Callable[[str], int | None] = lambda profile: None,
        told: Callable[[str, str], int | None] = lambda profile, pack: None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fixed = fixed  # the user's number (None or 0: automatic)
        self._told = told  # what the account's packs say (None: not read, or no pack)
        self._clock = clock
        self._lessons: dict[tuple[str, str], _Lesson] = {}
        self._lock = threading.Lock()

    def automatic(self, profile: str) -> bool:
        return not self._fixed(profile)

    def limit(self, profile: str, pack: str) -> int:
        fixed = self._fixed(profile)
        if fixed:
            return fixed
        with self._lock:
            lesson = self._lessons.get((profile, pack))
            if lesson is None:
                told = self._told(profile, pack)
                return told if told else FIRST_GUESS
            quiet = lesson.refused_at is None or self._clock() - lesson.refused_at >= PROBE_AFTER
            return min(HIGHEST, lesson.limit + 1) if quiet else lesson.limit

    def refused(self, profile: str, pack: str, running: int) -> None:
        """Kling answered 1303 while `running` slots of ours were in use."""
        with self._lock:
            self._lessons[(profile, pack)] = _Lesson(max(1, running), self._clock())

    def accepted(self, profile: str, pack: str, running: int) -> None:
        """A task was made with `running` slots of ours in use (itself included)."""
        with self._lock:
            lesson = self._lessons.get((profile, pack))
            if lesson is not None and running > lesson.limit:
                lesson.limit = min(HIGHEST, running)
                lesson.refused_at = self._clock()  # proved: probe again only later

    def forget(self, profile: str) -> None:
        """The connection changed (another key or address): learn again."""
        with self._lock:
            for key in [k for k in self._lessons if k[0] == profile]:
                del self._lessons[key]
