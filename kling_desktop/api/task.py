"""Tasks as the server reports them, on both of Kling's API standards, parsed tolerantly.

Kling speaks two standards side by side. The *legacy* one has `/v1/<product>` routes with
`model_name` in the body; its tasks have `task_id`, `task_status` (`succeed`) and
`task_result`. The *new* one has the model in the path (`/text-to-video/kling-3.0`) and
one `/tasks` endpoint for every product; its tasks have `id`, `status` (`succeeded`),
`outputs[]` and `billing[]`. Both become the same `Task` here.

Relays differ in small ways (results with or without `index`, an `id` instead, durations
as strings or numbers, extra fields): all of that is accepted. What cannot be understood
raises `UnexpectedResponseError`, never a `KeyError`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kling_desktop.api.errors import UnexpectedResponseError
from kling_desktop.api.standards import LEGACY, NEW, STANDARDS  # noqa: F401 (re-exported)
from kling_desktop.text import tr


@dataclass(frozen=True)
class TaskRef:
    """Where a task is looked up: its operation (`kind`), its standard, and on the legacy
    standard the product path its queries go to (`v1/videos/text2video`)."""

    kind: str
    standard: str
    product: str = ""
    task_id: str = ""

    def with_id(self, task_id: str) -> TaskRef:
        return TaskRef(self.kind, self.standard, self.product, task_id)


@dataclass(frozen=True)
class Call:
    """One create-task request, ready to send: `path` below the API root, the JSON body,
    and where the task will be looked up afterwards."""

    ref: TaskRef
    path: str
    body: dict[str, Any]
    external_task_id: str
    #: The answer is the finished task (see `operations.base.Route.at_once`).
    at_once: bool = False

    @property
    def kind(self) -> str:
        return self.ref.kind

    @property
    def standard(self) -> str:
        return self.ref.standard


class TaskStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    PROCESSING = "processing"
    SUCCEEDED = "succeeded"
    FAILED = "failed"

    @property
    def finished(self) -> bool:
        return self in (TaskStatus.SUCCEEDED, TaskStatus.FAILED)


_STATUS_ALIASES = {
    "submitted": TaskStatus.SUBMITTED,
    "queued": TaskStatus.SUBMITTED,
    "pending": TaskStatus.SUBMITTED,
    "not_start": TaskStatus.SUBMITTED,
    "processing": TaskStatus.PROCESSING,
    "in_progress": TaskStatus.PROCESSING,
    "running": TaskStatus.PROCESSING,
    "succeed": TaskStatus.SUCCEEDED,  # the legacy standard's spelling
    "succeeded": TaskStatus.SUCCEEDED,  # the new standard's
    "success": TaskStatus.SUCCEEDED,
    "failed": TaskStatus.FAILED,
    "failure": TaskStatus.FAILED,
    "fail": TaskStatus.FAILED,
}


@dataclass(frozen=True)
class TaskResult:
    """One produced file: an image, a video or a sound."""

    url: str
    media: str = "image"  # image, video or audio
    watermark_url: str | None = None
    index: int | None = None
    id: str | None = None  # a video's id, usable for follow-up work while it lives
    duration: float | None = None  # seconds, videos and sounds


@dataclass(frozen=True)
class Task:
    """A generation task on the server."""

    task_id: str
    kind: str
    status: TaskStatus
    status_message: str = ""
    external_task_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    credits: float | None = None  # units charged, when the server says
    results: tuple[TaskResult, ...] = field(default_factory=tuple)
    standard: str = LEGACY
    product: str = ""

    @property
    def ref(self) -> TaskRef:
        return TaskRef(self.kind, self.standard, self.product, self.task_id)

    @property
    def finished(self) -> bool:
        return self.status.finished

    @property
    def succeeded(self) -> bool:
        return self.status is TaskStatus.SUCCEEDED

    @property
    def failed(self) -> bool:
        return self.status is TaskStatus.FAILED

    @classmethod
    def parse(cls, ref: TaskRef, data: Any, *, http_status: int = 200) -> Task:
        """A task from the `data` of a submit or query answer on `ref`'s standard."""
        if ref.standard == NEW:
            return cls._from_new(ref, data, http_status)
        return cls._from_legacy(ref, data, http_status)

    @classmethod
    def _from_legacy(cls, ref: TaskRef, data: Any, http_status: int) -> Task:
        if not isinstance(data, Mapping):
            raise _unexpected(http_status, "task is not an object")
        task_id = data.get("task_id")
        if not isinstance(task_id, str | int) or task_id == "":
            raise _unexpected(http_status, "task has no task_id")
        info = data.get("task_info")
        external = info.get("external_task_id") if isinstance(info, Mapping) else None
        external = external or data.get("external_task_id") or None
        return cls(
            task_id=str(task_id),
            kind=ref.kind,
            status=_status(data.get("task_status"), http_status),
            status_message=str(data.get("task_status_msg") or ""),
            external_task_id=str(external) if external else None,
            created_at=_ms_time(data.get("created_at")),
            updated_at=_ms_time(data.get("updated_at")),
            credits=_number(data.get("final_unit_deduction")),
            results=_legacy_results(data.get("task_result"), http_status),
            standard=LEGACY,
            product=ref.product,
        )

    @classmethod
    def _from_new(cls, ref: TaskRef, data: Any, http_status: int) -> Task:
        if not isinstance(data, Mapping):
            raise _unexpected(http_status, "task is not an object")
        task_id = data.get("id")
        if not isinstance(task_id, str | int) or task_id == "":
            raise _unexpected(http_status, "task has no id")
        external = data.get("external_id") or data.get("external_task_id") or None
        return cls(
            task_id=str(task_id),
            kind=ref.kind,
            status=_status(data.get("status"), http_status),
            status_message=str(data.get("message") or ""),
            external_task_id=str(external) if external else None,
            created_at=_ms_time(data.get("create_time")),
            updated_at=_ms_time(data.get("update_time")),
            credits=_billed_units(data.get("billing")),
            results=_outputs(data.get("outputs"), http_status),
            standard=NEW,
            product=ref.product,
        )


def _status(value: Any, http_status: int) -> TaskStatus:
    raw = str(value or "").strip().lower()
    status = _STATUS_ALIASES.get(raw)
    if status is None:
        raise _unexpected(http_status, f"unknown task status {raw!r}")
    return status


def _unexpected(http_status: int, what: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        tr(
            "The server's answer could not be understood (HTTP {status}: {what}).",
            status=http_status,
            what=what,
        ),
        http_status=http_status,
    )


def _number(value: Any) -> float | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _ms_time(value: Any) -> datetime | None:
    ms = _number(value)
    if ms is None:
        return None
    try:
        return datetime.fromtimestamp(ms / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _index(value: Any, position: int) -> int:
    if isinstance(value, int | str) and str(value).isdigit():
        return int(value)
    return position


def _legacy_results(value: Any, http_status: int) -> tuple[TaskResult, ...]:
    if not isinstance(value, Mapping):
        return ()
    items: list[TaskResult] = []
    taken: set[int] = set()
    for key, media in (("images", "image"), ("series_images", "image"), ("videos", "video")):
        entries = value.get(key) or []
        if not isinstance(entries, list):
            raise _unexpected(http_status, f"task_result.{key} is not a list")
        for entry in entries:
            if not isinstance(entry, Mapping) or not isinstance(entry.get("url"), str):
                raise _unexpected(http_status, f"task_result.{key} entry without url")
            index = _index(entry.get("index"), len(items))
            if index in taken:  # series_images number from 0 too; a relay may repeat
                index = max(taken) + 1
            taken.add(index)
            items.append(
                TaskResult(
                    url=entry["url"],
                    media=media,
                    watermark_url=entry.get("watermark_url") or None,
                    index=index,
                    id=str(entry["id"]) if entry.get("id") not in (None, "") else None,
                    duration=_number(entry.get("duration")),
                )
            )
    # Sound (audio endpoints; and video-to-audio, after the video it gave sound to): the
    # MP3, which plays everywhere, or the WAV when that is all there is; speech answers
    # one `url` and `duration`.
    entries = value.get("audios") or []
    if not isinstance(entries, list):
        raise _unexpected(http_status, "task_result.audios is not a list")
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise _unexpected(http_status, "task_result.audios entry without url")
        key = next((k for k in ("url_mp3", "url_wav", "url") if entry.get(k)), "url")
        url = entry.get(key)
        if not isinstance(url, str) or not url:
            raise _unexpected(http_status, "task_result.audios entry without url")
        index = max(taken, default=-1) + 1
        taken.add(index)
        duration = {"url_mp3": "duration_mp3", "url_wav": "duration_wav"}.get(key, "duration")
        items.append(
            TaskResult(
                url=url,
                media="audio",
                index=index,
                id=str(entry["id"]) if entry.get("id") not in (None, "") else None,
                duration=_number(entry.get(duration)),
            )
        )
    return tuple(items)


def _outputs(value: Any, http_status: int) -> tuple[TaskResult, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _unexpected(http_status, "outputs is not a list")
    items = []
    for entry in value:
        if not isinstance(entry, Mapping):
            raise _unexpected(http_status, "an output is not an object")
        media = str(entry.get("type") or "")
        if media not in ("image", "video", "audio"):
            continue  # elements and voices describe account assets, not files to keep
        url = entry.get("url") if media != "audio" else (entry.get("mp3_url") or entry.get("url"))
        if not isinstance(url, str) or not url:
            raise _unexpected(http_status, f"a {media} output without url")
        duration = entry.get("duration") if media != "audio" else entry.get("mp3_duration")
        items.append(
            TaskResult(
                url=url,
                media=media,
                watermark_url=entry.get("watermark_url") or None,
                index=len(items),  # the new standard numbers nothing: keep the order given
                id=str(entry["id"]) if entry.get("id") not in (None, "") else None,
                duration=_number(duration),
            )
        )
    return tuple(items)


def _billed_units(value: Any) -> float | None:
    """Units taken from resource packs, summed over `billing[]` (cash charges are not units)."""
    if not isinstance(value, list):
        return None
    units = [
        _number(entry.get("amount"))
        for entry in value
        if isinstance(entry, Mapping) and entry.get("charge_type") == "unit"
    ]
    known = [u for u in units if u is not None]
    return sum(known) if known else None
