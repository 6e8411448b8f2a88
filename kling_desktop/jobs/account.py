"""Reading the account (resource packs, recent charges, the money left) for a connection,
at most once a minute: Kling asks that these free requests stay rare. Blocking: run it off
the GUI thread."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kling_desktop.api.errors import InvalidRequestError, KlingError, UnexpectedResponseError
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.api.account import Account
    from kling_desktop.api.client import KlingClient

MIN_INTERVAL = 60.0  # seconds between two readings of one connection's account


@dataclass(frozen=True)
class AccountReading:
    account: Account | None
    problem: Message | None = None  # why there is no reading (a relay without it...)
    at: float = 0.0  # time.monotonic() of the reading


class AccountReader:
    """Remembers the last reading of each connection; asks Kling again only after a
    minute."""

    def __init__(self) -> None:
        self._readings: dict[str, AccountReading] = {}
        self._lock = threading.Lock()

    def last(self, profile: str) -> AccountReading | None:
        with self._lock:
            return self._readings.get(profile)

    def read(self, profile: str, client: KlingClient, *, force: bool = False) -> AccountReading:
        with self._lock:
            last = self._readings.get(profile)
        if last is not None and (time.monotonic() - last.at < MIN_INTERVAL) and not force:
            return last
        reading = _read(client)
        with self._lock:
            self._readings[profile] = reading
        return reading


LEDGER_DAYS = 30  # how far back the recent charges go


def _read(client: KlingClient) -> AccountReading:
    from kling_desktop.api.account import Account, balance_after, charges, resource_packs

    now = datetime.now(tz=UTC)
    end = int(now.timestamp() * 1000)
    start = end - 365 * 86_400_000
    try:
        packs = resource_packs(client, start, end)
    except (InvalidRequestError, UnexpectedResponseError) as exc:
        if exc.http_status in (400, 403, 404, 405, 200):
            return AccountReading(
                None,
                tr("This connection does not offer account information (units left, packs)."),
                time.monotonic(),
            )
        return AccountReading(None, exc.message, time.monotonic())
    except KlingError as exc:
        return AccountReading(None, exc.message, time.monotonic())
    recent: tuple = ()
    money: tuple = ()
    since = end - LEDGER_DAYS * 86_400_000
    try:  # older accounts and relays may have no ledgers: the packs are what matters
        recent = charges(client, since, end, money=False)
        money = charges(client, since, end, money=True)
    except KlingError:
        pass
    newest_first = tuple(
        sorted((*recent, *money), key=lambda c: c.when.timestamp() if c.when else 0.0)
    )[::-1]
    account = Account(packs, balance_after(money), now, newest_first)
    return AccountReading(account, None, time.monotonic())
