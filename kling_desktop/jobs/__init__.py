"""The job engine: records jobs, then submits, polls and downloads them on QThread workers,
and resumes them after a restart (QtCore only, no widgets).

Names load on first use (PEP 562) so the window can paint before the engine's
dependencies are imported.
"""

from kling_desktop._lazy import loader

_WHERE = {
    "ClientPool": "kling_desktop.jobs.clients",
    "Engine": "kling_desktop.jobs.engine",
    "JobSpec": "kling_desktop.jobs.spec",
    "JobUpdate": "kling_desktop.jobs.update",
    "Outcome": "kling_desktop.jobs.steps",
    "Pacing": "kling_desktop.jobs.steps",
    "Steps": "kling_desktop.jobs.steps",
}


__getattr__ = loader("kling_desktop.jobs", _WHERE, globals())
__all__ = sorted(_WHERE)
