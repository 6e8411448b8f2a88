"""Packages whose names load on first use (PEP 562), so the window paints before heavy
dependencies (httpx, PyJWT, tenacity, keyring) are imported."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def loader(package: str, where: dict[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `where[name]` and caches the name."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return __getattr__
