"""The job engine: records jobs, then submits, polls and downloads them on QThread workers,
and resumes them after a restart (QtCore only, no widgets).

Names load on first use (PEP 562) so the window can paint before the engine's
dependencies are imported.
"""

_WHERE = {
    "ClientPool": "kling_desktop.jobs.clients",
    "Engine": "kling_desktop.jobs.engine",
    "JobSpec": "kling_desktop.jobs.spec",
    "Outcome": "kling_desktop.jobs.steps",
    "Pacing": "kling_desktop.jobs.steps",
    "Steps": "kling_desktop.jobs.steps",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'kling_desktop.jobs' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = sorted(_WHERE)
