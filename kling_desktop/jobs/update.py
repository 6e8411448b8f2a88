"""What the engine's signals carry (a small module: the window imports it early)."""

from __future__ import annotations

from dataclasses import dataclass

from kling_desktop.store.records import JobRecord, JobStatus, OutputRecord


@dataclass(frozen=True)
class JobUpdate:
    """A job as it is after a step: what the engine's signals carry, so the window shows
    it without reading the history again. `outputs` is filled once the job has ended."""

    job: JobRecord
    outputs: tuple[OutputRecord, ...] = ()

    @property
    def id(self) -> int:
        return self.job.id

    @property
    def status(self) -> JobStatus:
        return self.job.status
