"""The account: resource packs (units left, by kind: video, image, sound) and the balance.
Free requests, which Kling asks to keep under one a second; relays may not offer them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import UnexpectedResponseError
from kling_desktop.api.task import _ms_time, _number
from kling_desktop.text import tr

if TYPE_CHECKING:
    from kling_desktop.api.client import KlingClient


@dataclass(frozen=True)
class ResourcePack:
    name: str
    kind: str  # video, image, audio, or "" when Kling does not say
    total: float
    remaining: float
    status: str  # online, expired, used up...
    valid_until: datetime | None

    @property
    def usable(self) -> bool:
        return self.status in ("", "online") and self.remaining > 0


@dataclass(frozen=True)
class Account:
    packs: tuple[ResourcePack, ...]
    balance: str | None = None  # as Kling writes it, with its currency
    fetched: datetime | None = None

    def remaining(self, kind: str) -> float | None:
        """Units left for `kind` (video, image, audio); None when no pack says."""
        packs = [p for p in self.packs if p.kind == kind and p.usable]
        return sum(p.remaining for p in packs) if packs else None


def resource_packs(client: KlingClient, start_ms: int, end_ms: int) -> tuple[ResourcePack, ...]:
    params = {"start_time": start_ms, "end_time": end_ms}
    payload = client.call("GET", "account/costs", params=params)
    data = payload.get("data")
    infos = data.get("resource_pack_subscribe_infos") if isinstance(data, Mapping) else None
    if not isinstance(infos, list):
        raise UnexpectedResponseError(
            tr("The server's account answer could not be understood."), http_status=200
        )
    return tuple(_pack(item) for item in infos if isinstance(item, Mapping))


def balance(client: KlingClient) -> str | None:
    """The balance as Kling writes it (amount and currency), or None if not given."""
    payload = client.call("POST", "account/billing/balance", body={})
    data = payload.get("data")
    if not isinstance(data, Mapping) or data.get("balance") is None:
        return None
    currency = data.get("currency") or ""
    return f"{data['balance']} {currency}".strip()


def _pack(item: Mapping[str, Any]) -> ResourcePack:
    kind = str(item.get("package_type") or item.get("resource_pack_type_name") or "")
    name = str(item.get("resource_pack_name") or "")
    if kind not in ("video", "image", "audio"):
        lowered = name.lower()
        kind = next((k for k in ("video", "image", "audio") if k in lowered), "")
    return ResourcePack(
        name=name,
        kind=kind,
        total=_number(item.get("total_quantity")) or 0.0,
        remaining=_number(item.get("remaining_quantity")) or 0.0,
        status=str(item.get("status") or ""),
        valid_until=_ms_time(item.get("invalid_time")),
    )
