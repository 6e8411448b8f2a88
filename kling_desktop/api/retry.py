"""How long and how often the client retries (a small module: the app imports it early)."""

from __future__ import annotations

import random
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """How long and how often to retry what is worth retrying.

    The n-th wait is `initial * 2**(n-1)`, capped at `maximum`, less up to `jitter` of
    itself at random, and never shorter than the server's `Retry-After`. No retry starts
    once `total` seconds would be exceeded.
    """

    initial: float = 1.0
    maximum: float = 30.0
    total: float = 120.0
    attempts: int = 8
    jitter: float = 0.5
    #: After an unclear submit that the task list does not show yet, how long to wait
    #: and look once more before the request may be sent again (a slow server may still
    #: be creating the task).
    settle: float = 3.0

    def wait(self, attempt: int, retry_after: float | None = None) -> float:
        base = min(self.maximum, self.initial * 2 ** (attempt - 1))
        base -= base * self.jitter * random.random()
        return max(base, retry_after or 0.0)


#: For a reading someone is watching (the Account window): a passing fault is tried again
#: once or twice, an unreachable server is said within seconds, not after two minutes.
INTERACTIVE = RetryPolicy(initial=0.5, maximum=2.0, total=5.0, attempts=3, settle=0.0)

#: Who to tell, on this thread, that a request failed and will be tried again (the error,
#: the seconds until the next try): the engine's worker sets it around a job's step, so a
#: job waiting on an unreachable server says why at once instead of sitting silent.
retry_notice: ContextVar[Callable[[BaseException, float], None] | None] = ContextVar(
    "retry_notice", default=None
)
