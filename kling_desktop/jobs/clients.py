"""One `KlingClient` per connection profile, created on first use, shared by the workers.

All clients share one cancel event: setting it (at quit) makes every wait, request and
download on every worker give up within moments.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from kling_desktop.api.retry import RetryPolicy

if TYPE_CHECKING:
    from kling_desktop.api import Connection, KlingClient


class ClientPool:
    def __init__(
        self,
        connection_for: Callable[[str], Connection],
        *,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._connection_for = connection_for
        self._retry = retry or RetryPolicy(total=60.0)
        self._timeout = timeout
        self.cancel = threading.Event()
        self._clients: dict[str, KlingClient] = {}
        self._lock = threading.Lock()

    def __call__(self, profile: str) -> KlingClient:
        from kling_desktop.api.client import KlingClient  # httpx: not needed to paint

        with self._lock:
            client = self._clients.get(profile)
            if client is None:
                client = KlingClient(
                    self._connection_for(profile),
                    retry=self._retry,
                    timeout=self._timeout,
                    cancel=self.cancel,
                )
                self._clients[profile] = client
            return client

    def forget(self, profile: str) -> None:
        """Drop a profile's client (its key or address changed)."""
        with self._lock:
            client = self._clients.pop(profile, None)
        if client is not None:
            client.close()

    def close(self) -> None:
        self.cancel.set()
        with self._lock:
            clients = list(self._clients.values())
            self._clients.clear()
        for client in clients:
            client.close()
