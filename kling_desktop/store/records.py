"""What the history holds, as values: a job's status (and the order it moves in), the job
and its inputs, results and links as recorded, what a new one needs, and the filters the
sidebar asks with. No database here: `history.History` reads and writes them."""

from __future__ import annotations

import enum
import stat
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

RESULT_LIFETIME_MS = 30 * 24 * 3600 * 1000  # the server deletes results after 30 days


class JobStatus(enum.StrEnum):
    QUEUED = "queued"  # recorded, not yet sent
    SUBMITTING = "submitting"  # POST in flight: on restart, look it up before re-sending
    SUBMITTED = "submitted"
    PROCESSING = "processing"
    DOWNLOADING = "downloading"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def active(self) -> bool:
        return self not in (JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED)

    @property
    def rank(self) -> int:
        return _RANK[self]

    def may_become(self, new: JobStatus) -> bool:
        """Whether a job in this status may be set to `new`: forward only (or staying, to
        change its words); back from submitting to queued when nothing was sent."""
        if self is new:
            return True
        if not self.active:
            return False
        if self is JobStatus.SUBMITTING and new is JobStatus.QUEUED:
            return True
        return new.rank > self.rank


_RANK = {
    JobStatus.QUEUED: 0,
    JobStatus.SUBMITTING: 1,
    JobStatus.SUBMITTED: 2,
    JobStatus.PROCESSING: 3,
    JobStatus.DOWNLOADING: 4,
    JobStatus.SUCCEEDED: 5,
    JobStatus.FAILED: 5,
    JobStatus.CANCELLED: 5,
}


def now_ms() -> int:
    return int(time.time() * 1000)


def to_datetime(ms: int | None) -> datetime | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000, tz=UTC)


@dataclass(frozen=True)
class NewInput:
    role: str  # image, image_tail, static_mask, dynamic_mask:N
    data: bytes  # exactly the bytes that are sent
    original_path: str | None = None
    width: int | None = None
    height: int | None = None
    thumbnail: bytes | None = None
    #: The result (output id) this picture came from, when the app knows; otherwise a
    #: result whose file is `original_path` is taken as the source.
    source: int | None = None


@dataclass(frozen=True)
class NewJob:
    kind: str
    profile: str
    model: str
    prompt: str
    request: dict[str, Any]  # parameters as sent; image fields name an input role
    external_task_id: str
    negative_prompt: str = ""
    inputs: Sequence[NewInput] = ()
    tags: Sequence[str] = ()
    queued_at: int | None = None  # ms; now if None
    #: Results the job is made from that are not among its pictures: (role, output id),
    #: e.g. ("video_id", 12) for a video given sound.
    sources: Sequence[tuple[str, int]] = ()


@dataclass(frozen=True)
class NewOutput:
    index: int
    media: str  # image or video
    url: str
    path: str | None = None
    watermark_url: str | None = None
    remote_id: str | None = None
    size: int | None = None
    sha256: str | None = None
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    thumbnail: bytes | None = None


@dataclass(frozen=True)
class InputRecord:
    role: str
    sha256: str
    stored_path: Path
    original_path: str | None
    width: int | None
    height: int | None
    thumbnail: bytes | None
    source: int | None = None  # the result it came from (output id), if any


class Link(NamedTuple):
    """One end of a "made from" link: a result (output) of one job used by another."""

    job_id: int  # the other job: the source's job ("made from") or the user ("used in")
    kind: str
    prompt: str
    role: str  # the request field the result went into
    output_id: int  # the result that was used
    media: str | None  # of the thumbnail: the source itself, or the user's first result
    thumbnail: bytes | None


@dataclass(frozen=True)
class OutputRecord:
    id: int
    job_id: int
    index: int
    media: str
    url: str
    watermark_url: str | None
    url_expires_at: datetime | None
    remote_id: str | None
    path: Path | None
    size: int | None
    sha256: str | None
    width: int | None
    height: int | None
    duration: float | None
    thumbnail: bytes | None

    def server_copy_alive(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(tz=UTC)
        return self.url_expires_at is not None and now < self.url_expires_at

    def file_present(self) -> bool:
        """Whether the local file is still where the app saved it (noticed when shown)."""
        if self.path is None:
            return False
        try:
            found = self.path.stat()  # one stat, not two: asked on every click
        except (OSError, ValueError):
            return False
        return stat.S_ISREG(found.st_mode) and (self.size is None or found.st_size == self.size)


#: The built-in demo's connection: what it makes is never charged (its sandbox reports
#: what Kling would have charged, which is not what the user paid).
DEMO_PROFILE = "Demo"


@dataclass(frozen=True)
class JobRecord:
    id: int
    kind: str
    profile: str
    model: str
    prompt: str
    negative_prompt: str
    request: dict[str, Any]
    external_task_id: str
    task_id: str | None
    standard: str  # the API standard it was sent on ("legacy" or "new")
    status: JobStatus
    note: str  # what was said while it waited (stored sentence)
    error: str  # why it failed (stored sentence)
    queued_at: datetime
    submitted_at: datetime | None
    finished_at: datetime | None
    credits: float | None
    favourite: bool
    tags: tuple[str, ...]
    deleted: bool

    @property
    def charged(self) -> float | None:
        """Units the user paid for this job (0 for the demo; None when Kling did not say)."""
        return 0.0 if self.profile == DEMO_PROFILE else self.credits


@dataclass(frozen=True, slots=True)
class Summary:
    """One row of the history list: small, so that many fit in memory."""

    id: int
    kind: str
    status: JobStatus
    model: str
    prompt: str  # the first 300 characters
    queued_ms: int
    finished_ms: int | None
    favourite: bool
    tags: tuple[str, ...]
    outputs: int
    request_json: str = "{}"  # the parameters, for the row's short facts ("10 s · 1080p")
    credits: float | None = None  # units charged
    profile: str = ""


@dataclass(frozen=True)
class Filter:
    """What the sidebar shows. Empty sets mean "any"."""

    text: str = ""
    kinds: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    models: frozenset[str] = field(default_factory=frozenset)
    favourites_only: bool = False
    since: datetime | None = None
    until: datetime | None = None
    deleted: bool = False  # True: the bin (soft-deleted jobs) instead of the history
    family_of: int | None = None  # only this job and what it was made from or used in
    tag: str | None = None  # only the jobs with this tag (a batch's)
