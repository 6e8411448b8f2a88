"""The account, as Kling answers about it: resource packs (`GET /account/costs`: units left by
kind, until when, and how many tasks at once; Kling says a pack's kind and its tasks at
once only in the pack's name, "Trial-Video-100Units-5Con-1Months"), and the two ledgers of
deductions (`POST /account/billing/package` for units, `/account/billing/balance` for
money, cursor-paged). There is no balance endpoint: the latest `balance_after_deduction` of
the money ledger is the nearest thing to one. Free requests, which Kling asks to keep
under one a second; relays may not offer them. Kling counts what is left up to 12 hours
late."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import UnexpectedResponseError
from kling_desktop.api.retry import INTERACTIVE
from kling_desktop.api.task import _ms_time, _number
from kling_desktop.text import tr

if TYPE_CHECKING:
    from kling_desktop.api.client import KlingClient

KINDS = ("video", "image", "audio")
LAG_HOURS = 12  # how late Kling's counts of what is left may be
_SLOTS = re.compile(r"(\d+)\s*con\b", re.IGNORECASE)  # "…-5Con-…": 5 tasks at once


@dataclass(frozen=True)
class ResourcePack:
    name: str
    kind: str  # video, image, audio, or "" when Kling does not say
    total: float
    remaining: float
    status: str  # online, toBeOnline, expired, runOut
    valid_until: datetime | None
    slots: int | None = None  # tasks at once, when the name says

    @property
    def usable(self) -> bool:
        return self.status in ("", "online") and self.remaining > 0


@dataclass(frozen=True)
class Charge:
    """One deduction: units from a pack, or money from the balance."""

    task_id: str
    when: datetime | None
    amount: float
    money: bool  # True: in `currency`; False: units of a pack of `kind`
    currency: str = ""
    kind: str = ""
    what: str = ""  # Kling's words for the task ("Image to Video"), or its model
    balance_after: float | None = None  # money left after it (money ledger only)


@dataclass(frozen=True)
class Account:
    packs: tuple[ResourcePack, ...]
    balance: str | None = None  # money left after the latest charge, with its currency
    fetched: datetime | None = None
    charges: tuple[Charge, ...] = ()  # recent charges, newest first

    def remaining(self, kind: str) -> float | None:
        """Units left for `kind` (video, image, audio); None when no pack says."""
        packs = [p for p in self.packs if p.kind == kind and p.usable]
        return sum(p.remaining for p in packs) if packs else None

    def slots(self, kind: str) -> int | None:
        """Tasks of `kind` Kling runs at once: the highest among the usable packs."""
        found = [p.slots for p in self.packs if p.kind == kind and p.usable and p.slots]
        return max(found) if found else None


def resource_packs(client: KlingClient, start_ms: int, end_ms: int) -> tuple[ResourcePack, ...]:
    params = {"start_time": start_ms, "end_time": end_ms}
    payload = client.call("GET", "account/costs", params=params, retry=INTERACTIVE)
    data = payload.get("data")
    infos = data.get("resource_pack_subscribe_infos") if isinstance(data, Mapping) else None
    if not isinstance(infos, list):
        raise UnexpectedResponseError(
            tr("The server's account answer could not be understood."), http_status=200
        )
    return tuple(_pack(item) for item in infos if isinstance(item, Mapping))


def charges(
    client: KlingClient, start_ms: int, end_ms: int, *, money: bool, most: int = 100
) -> tuple[Charge, ...]:
    """The latest deductions (at most `most`), newest first: units (`money=False`) or money."""
    path = "account/billing/balance" if money else "account/billing/package"
    body: dict[str, Any] = {"start_time": start_ms, "end_time": end_ms, "limit": min(most, 500)}
    found: list[Charge] = []
    while len(found) < most:
        data = client.call("POST", path, body=body, retry=INTERACTIVE).get("data")
        result = data.get("result") if isinstance(data, Mapping) else None
        detail = result.get("detail") if isinstance(result, Mapping) else None
        if not isinstance(detail, list):
            raise UnexpectedResponseError(
                tr("The server's account answer could not be understood."), http_status=200
            )
        found += [_charge(item, money) for item in detail if isinstance(item, Mapping)]
        cursor = data.get("next_cursor")
        if not data.get("has_more") or not cursor or not detail:
            break
        body = {"cursor": cursor}  # a cursor stands for every other field
    found.sort(key=lambda c: c.when.timestamp() if c.when else 0.0, reverse=True)
    return tuple(found[:most])


def balance_after(money: tuple[Charge, ...]) -> str | None:
    """The money left after the latest charge, with its currency ("13032.3 USD")."""
    latest = next((c for c in money if c.balance_after is not None), None)
    if latest is None:
        return None
    return f"{latest.balance_after:g} {latest.currency}".strip()


def _pack(item: Mapping[str, Any]) -> ResourcePack:
    name = str(item.get("resource_pack_name") or "")
    lowered = name.lower()
    kind = next((k for k in KINDS if k in lowered), "")
    if not kind:  # a relay that names the kind in a field of its own
        given = str(item.get("package_type") or item.get("product_type") or "")
        kind = given if given in KINDS else ""
    slots = _SLOTS.search(name)
    return ResourcePack(
        name=name,
        kind=kind,
        total=_number(item.get("total_quantity")) or 0.0,
        remaining=_number(item.get("remaining_quantity")) or 0.0,
        status=str(item.get("status") or ""),
        valid_until=_ms_time(item.get("invalid_time")),
        slots=int(slots.group(1)) if slots else None,
    )


def _charge(item: Mapping[str, Any], money: bool) -> Charge:
    kind = str(item.get("product_type") or "")
    return Charge(
        task_id=str(item.get("task_id") or ""),
        when=_ms_time(_number(item.get("deduction_time"))),
        amount=_number(item.get("deduction_amount")) or 0.0,
        money=money,
        currency=str(item.get("currency") or "") if money else "",
        kind=kind if kind in KINDS else "",
        what=str(item.get("product_function") or item.get("model_name") or ""),
        balance_after=_number(item.get("balance_after_deduction")) if money else None,
    )
