"""Spare the app PySide's look at every module's source as it is imported.

Once PySide6 is loaded it hooks `import`: after each import it reads the new module's
source, looking for the word "PySide6", to decide whether the module may switch on
PySide's optional `__feature__` syntax (snake_case, true_property). The app uses no such
switch, yet the reading cost about 26 ms of the window's start-up (77 modules, the
standard library's included), a known PySide start-up cost. So, before the window's
modules are imported, PySide's table is filled in up front: the app's own modules with
the value the scan gives a module that uses PySide ("no feature"), the modules already
loaded (the standard library's, loaded before PySide) with the value it gives one that
does not ("ignore"). The scan still runs for any other module imported later.

If PySide's internals are not as expected, nothing is done (the scan simply runs). A
frozen build has no sources to scan, and no folder to list here, so it is untouched.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import kling_desktop

_NO_FEATURE = 0  # PySide's value for a module that uses it and has switched nothing on
_IGNORE = -1  # its value for a module that does not use it


def _module_names(folder: str, prefix: str) -> Iterator[str]:
    """The dotted names of the modules in package `folder`, subpackages included,
    without importing anything."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_file() and entry.name.endswith(".py"):
            stem = entry.name[:-3]
            yield prefix.rstrip(".") if stem == "__init__" else prefix + stem
        elif entry.is_dir() and os.path.isfile(os.path.join(entry.path, "__init__.py")):
            yield from _module_names(entry.path, f"{prefix}{entry.name}.")


def register_modules() -> int:
    """Enter the app's modules and those already loaded in PySide's feature table; how
    many were entered."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    entries = {}
    for folder in kling_desktop.__path__:
        entries.update(dict.fromkeys(_module_names(folder, "kling_desktop."), _NO_FEATURE))
    for name in list(sys.modules):
        if name not in entries and not name.startswith(("PySide6", "shiboken6")):
            entries[name] = _IGNORE
    added = {name: value for name, value in entries.items() if name not in table}
    table.update(added)
    return len(added)
