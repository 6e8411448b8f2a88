"""What a job will cost before it is sent: the one estimate the form's price line, a
batch's total and the command line's `--max-units` all use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kling_desktop.catalogue import Capability, Catalogue, Price
from kling_desktop.operations.base import Operation


@dataclass(frozen=True)
class Estimate:
    """`units` from the resource pack of `pack` (video, image, audio); `units` is None when
    the price is by the second and the length is Kling's to decide (motion control), and
    `per_second` is then what a second costs."""

    pack: str
    units: float | None
    per_second: float


def estimate(
    operation: Operation,
    catalogue: Catalogue,
    model_id: str | None,
    values: Mapping[str, Any],
) -> Estimate | None:
    """What a job of `operation` with `values` costs on the chosen model; None when the
    catalogue has no price for it (Kling's server decides)."""
    capability = catalogue.capability(operation.name, model_id) if model_id else None
    price = _price(operation, catalogue, capability)
    if price is None:
        return None
    values = {**(capability.defaults() if capability is not None else {}), **values}
    seconds, results = operation.quantity(values)
    rate = round(price.units(values, seconds=1.0, results=results), 2)
    if price.per == "second" and not seconds:
        return Estimate(price.pack, None, rate)
    return Estimate(
        price.pack, round(price.units(values, seconds=seconds, results=results), 2), rate
    )


def _price(
    operation: Operation, catalogue: Catalogue, capability: Capability | None
) -> Price | None:
    if capability is not None:
        return capability.price
    if not operation.uses_model:
        return catalogue.general.get(operation.name)
    return None
