"""The list of operations the app knows. Each operation module registers itself once; the
engine, the history, the forms, the command line and the details panel read the list here.

The operations' modules are imported on first use, so the window's first frame does not
pay for them: those `BUILT_IN` names first (their order is the order of the Make list),
then any other module of this package (a new operation's module needs no line here to be
found; it comes last in Make until it is given a place).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import sys
import threading

from kling_desktop.api.errors import InvalidRequestError
from kling_desktop.operations.base import Operation
from kling_desktop.text import tr

BUILT_IN = (
    "kling_desktop.operations.image",
    "kling_desktop.operations.omni_image",
    "kling_desktop.operations.expand",
    "kling_desktop.operations.text2video",
    "kling_desktop.operations.image2video",
    "kling_desktop.operations.omni_video",
    "kling_desktop.operations.motion_control",
    "kling_desktop.operations.edit_video",
    "kling_desktop.operations.effect",
    "kling_desktop.operations.avatar",
    "kling_desktop.operations.lip_sync",
    "kling_desktop.operations.sound",
    "kling_desktop.operations.speech",
)

_operations: dict[str, Operation] = {}
_loaded = False
_lock = threading.RLock()


class UnknownOperation(InvalidRequestError, KeyError):
    """An operation name the app does not have: one of the app's errors (a `KlingError`
    with its sentence), and a `KeyError` for code that looks names up."""

    def __init__(self, name: str) -> None:
        super().__init__(tr("The app does not know the operation “{name}”.", name=name))
        self.name = name

    def __str__(self) -> str:
        return str(self.message)


def _load() -> None:
    global _loaded
    if _loaded:
        return
    with _lock:
        if not _loaded:
            for module in BUILT_IN:
                importlib.import_module(module)
            package = sys.modules[__package__]
            for found in pkgutil.iter_modules(package.__path__, f"{__package__}."):
                importlib.import_module(found.name)
            _loaded = True


def register(operation: Operation) -> Operation:
    """Make `operation` known (once per name); returns it, so a module can write
    `ECHO = register(Operation(...))`."""
    with _lock:
        existing = _operations.get(operation.name)
        if existing is not None and existing is not operation:
            raise ValueError(f"an operation named {operation.name!r} is registered already")
        _operations[operation.name] = operation
    return operation


def unregister(name: str) -> None:
    with _lock:
        _operations.pop(name, None)


def get(name: str) -> Operation:
    _load()
    try:
        return _operations[name]
    except KeyError:
        raise UnknownOperation(name) from None


def find(name: str) -> Operation | None:
    _load()
    return _operations.get(name)


def all_operations() -> list[Operation]:
    """Every operation: the built-ins in the order `BUILT_IN` lists their modules (not
    in whichever order something happened to import them), then the others in the
    order they were registered."""
    _load()
    with _lock:
        ops = list(_operations.values())
    place = {name: i for i, name in enumerate(_built_in_names())}
    return sorted(ops, key=lambda op: place.get(op.name, len(place)))


@functools.cache
def _built_in_names() -> tuple[str, ...]:
    """The names of the built-in operations, module by module as `BUILT_IN` lists them
    (read once, after they are loaded: they do not change)."""
    names: list[str] = []
    for module in BUILT_IN:
        for value in vars(sys.modules[module]).values():
            if isinstance(value, Operation) and value.name not in names:
                names.append(value.name)
    return tuple(names)


def names() -> list[str]:
    return [op.name for op in all_operations()]
