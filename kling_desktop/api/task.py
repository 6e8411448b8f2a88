"""Tasks as the server reports them, parsed tolerantly.

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
from kling_desktop.text import tr


class TaskKind(enum.StrEnum):
    """The three generation capabilities, with their API paths (below `/v1`)."""

    IMAGE = "image"
    TEXT2VIDEO = "text2video"
    IMAGE2VIDEO = "image2video"

    @property
    def path(self) -> str:
        return _PATHS[self]

    @property
    def is_video(self) -> bool:
        return self is not TaskKind.IMAGE


_PATHS = {
    TaskKind.IMAGE: "images/generations",
    TaskKind.TEXT2VIDEO: "videos/text2video",
    TaskKind.IMAGE2VIDEO: "videos/image2video",
}


class TaskStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    PROCESSING = "processing"
    SUCCEED = "succeed"
    FAILED = "failed"

    @property
    def finished(self) -> bool:
        return self in (TaskStatus.SUCCEED, TaskStatus.FAILED)


_STATUS_ALIASES = {
    "submitted": TaskStatus.SUBMITTED,
    "queued": TaskStatus.SUBMITTED,
    "pending": TaskStatus.SUBMITTED,
    "not_start": TaskStatus.SUBMITTED,
    "processing": TaskStatus.PROCESSING,
    "in_progress": TaskStatus.PROCESSING,
    "running": TaskStatus.PROCESSING,
    "succeed": TaskStatus.SUCCEED,
    "succeeded": TaskStatus.SUCCEED,
    "success": TaskStatus.SUCCEED,
    "failed": TaskStatus.FAILED,
    "failure": TaskStatus.FAILED,
    "fail": TaskStatus.FAILED,
}


@dataclass(frozen=True)
class TaskResult:
    """One produced image or video."""

    url: str
    watermark_url: str | None = None
    index: int | None = None
    id: str | None = None
    duration: float | None = None  # seconds, videos only


@dataclass(frozen=True)
class Task:
    """A generation task on the server."""

    task_id: str
    kind: TaskKind
    status: TaskStatus
    status_message: str = ""
    external_task_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    credits: float | None = None  # `final_unit_deduction`, when the server gives it
    results: tuple[TaskResult, ...] = field(default_factory=tuple)

    @property
    def finished(self) -> bool:
        return self.status.finished

    @property
    def succeeded(self) -> bool:
        return self.status is TaskStatus.SUCCEED

    @property
    def failed(self) -> bool:
        return self.status is TaskStatus.FAILED

    @classmethod
    def from_json(cls, kind: TaskKind, data: Any, *, http_status: int = 200) -> Task:
        """Build a task from the `data` object of a submit, query or list answer."""
        if not isinstance(data, Mapping):
            raise _unexpected(http_status, "task is not an object")
        task_id = data.get("task_id")
        if not isinstance(task_id, str | int) or task_id == "":
            raise _unexpected(http_status, "task has no task_id")
        raw_status = str(data.get("task_status", "")).strip().lower()
        status = _STATUS_ALIASES.get(raw_status)
        if status is None:
            raise _unexpected(http_status, f"unknown task status {raw_status!r}")
        info = data.get("task_info")
        external = info.get("external_task_id") if isinstance(info, Mapping) else None
        external = external or data.get("external_task_id") or None
        return cls(
            task_id=str(task_id),
            kind=kind,
            status=status,
            status_message=str(data.get("task_status_msg") or ""),
            external_task_id=str(external) if external else None,
            created_at=_ms_time(data.get("created_at")),
            updated_at=_ms_time(data.get("updated_at")),
            credits=_number(data.get("final_unit_deduction")),
            results=_results(data.get("task_result"), http_status),
        )


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


def _results(value: Any, http_status: int) -> tuple[TaskResult, ...]:
    if not isinstance(value, Mapping):
        return ()
    items = []
    for key in ("images", "videos"):
        entries = value.get(key) or []
        if not isinstance(entries, list):
            raise _unexpected(http_status, f"task_result.{key} is not a list")
        for position, entry in enumerate(entries):
            if not isinstance(entry, Mapping) or not isinstance(entry.get("url"), str):
                raise _unexpected(http_status, f"task_result.{key} entry without url")
            index = entry.get("index")
            items.append(
                TaskResult(
                    url=entry["url"],
                    watermark_url=entry.get("watermark_url") or None,
                    index=int(index)
                    if isinstance(index, int | str) and str(index).isdigit()
                    else position,
                    id=str(entry["id"]) if entry.get("id") not in (None, "") else None,
                    duration=_number(entry.get("duration")),
                )
            )
    return tuple(items)
