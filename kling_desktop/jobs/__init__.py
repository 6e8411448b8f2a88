"""The job engine: records jobs, then submits, polls and downloads them on QThread workers,
and resumes them after a restart (QtCore only, no widgets)."""

from kling_desktop.jobs.clients import ClientPool
from kling_desktop.jobs.engine import Engine
from kling_desktop.jobs.steps import JobSpec, Outcome, Pacing, Steps

__all__ = ["ClientPool", "Engine", "JobSpec", "Outcome", "Pacing", "Steps"]
