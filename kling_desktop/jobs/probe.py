"""Testing a connection before it is saved: free requests that say whether the key works and
which of Kling's API standards it reaches. Blocking: call it off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kling_desktop.api import Connection


def probe(connection: Connection) -> frozenset[str]:
    """The API standards that answer `connection`'s key; raises `KlingError` (with the
    reason in words) when none does."""
    from kling_desktop.api import KlingClient, RetryPolicy

    with KlingClient(connection, retry=RetryPolicy(attempts=2, total=10), timeout=15) as client:
        return client.probe()
