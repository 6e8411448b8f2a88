"""What the sandbox can make: one `Product` per Kling operation, in a module of its own that
mirrors `kling_desktop/operations/` (its routes on each API standard, the checks Kling makes
on its body, how many results it makes and what it charges).

A product module registers itself once (`register`); a test or a new operation adds its
own the same way, and nothing else in the sandbox changes.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

BUILT_IN = (
    "kling_desktop.sandbox.products.image",
    "kling_desktop.sandbox.products.omni_image",
    "kling_desktop.sandbox.products.expand",
    "kling_desktop.sandbox.products.video",
    "kling_desktop.sandbox.products.omni_video",
    "kling_desktop.sandbox.products.motion_control",
    "kling_desktop.sandbox.products.sound",
    "kling_desktop.sandbox.products.speech",
    "kling_desktop.sandbox.products.effect",
    "kling_desktop.sandbox.products.avatar",
    "kling_desktop.sandbox.products.lip_sync",
    "kling_desktop.sandbox.products.element",
    "kling_desktop.sandbox.products.voice",
)


@dataclass(frozen=True)
class Product:
    """One operation as the server sees it.

    `legacy_path` is below `/v1/` (None: not on the legacy standard); `new_path` is the
    create path of the new standard, the model following it (None: legacy only).
    `check(standard, model_from_path, body)` raises `rules.Invalid` the way Kling refuses
    a body; `count(body)` is how many results (and concurrency slots) a task makes;
    `units(standard, model_from_path, body)` what it charges.
    """

    kind: str
    media: str  # image, video, audio, speech, video+audio (a video, then its sound), element, voice
    legacy_path: str | None
    new_path: str | None
    check: Callable[[str, str | None, dict], Any]
    count: Callable[[dict], int] = lambda body: 1
    units: Callable[[str, str | None, dict], float] = lambda standard, model, body: 1.0
    pack: str = "video"  # the resource pack it draws on
    #: The results' shape ("16:9", or "W:H" in pixels), if not the body's aspect ratio.
    shape: Callable[[dict], str] | None = None
    #: The create answer is the finished task (speech): made at once, never queried.
    at_once: bool = False


_products: dict[str, Product] = {}
_loaded = False
_lock = threading.RLock()


def register(product: Product) -> Product:
    """Serve `product` from every sandbox made from now on (once per kind); returns it."""
    with _lock:
        _products[product.kind] = product
    return product


def unregister(kind: str) -> None:
    with _lock:
        _products.pop(kind, None)


def all_products() -> list[Product]:
    global _loaded
    with _lock:
        if not _loaded:
            for module in BUILT_IN:
                importlib.import_module(module)
            for found in pkgutil.iter_modules(__path__, f"{__name__}."):
                importlib.import_module(found.name)  # a product module not listed yet
            _loaded = True
        return list(_products.values())
