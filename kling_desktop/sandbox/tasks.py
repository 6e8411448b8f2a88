"""The sandbox's tasks: how long each takes, what it made, what was counted."""

from __future__ import annotations

import base64
import os
import secrets
import threading
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kling_desktop.sandbox.rules import LEGACY


@dataclass(frozen=True)
class Timings:
    """Seconds from creation until a task is `processing`, and until it is finished."""

    image: tuple[float, float] = (0.05, 0.2)
    video: tuple[float, float] = (0.05, 0.3)

    @classmethod
    def demo(cls) -> Timings:
        """A few seconds, so a person sees the progress in demo mode.
        `KLING_DESKTOP_DEMO_SECONDS=N` makes every demo task take N seconds (for tests and
        demonstrations that need a job to stay on the server for a while)."""
        try:
            seconds = float(os.environ.get("KLING_DESKTOP_DEMO_SECONDS", ""))
        except ValueError:
            return cls(image=(1.5, 5.0), video=(2.0, 9.0))
        seconds = max(0.1, seconds)
        return cls(image=(seconds / 3, seconds), video=(seconds / 3, seconds))


class Counters:
    """What happened, for tests: requests per endpoint, tasks per external id."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[str] = Counter()
        self.tasks_by_external_id: Counter[str] = Counter()
        self.batch_sizes: list[int] = []  # ids asked for by each GET /tasks?task_ids=

    def count(self, endpoint: str) -> None:
        with self._lock:
            self.requests[endpoint] += 1

    def created(self, external_task_id: str) -> None:
        with self._lock:
            self.tasks_by_external_id[external_task_id] += 1

    def __getitem__(self, endpoint: str) -> int:
        """Requests to `endpoint`; `submit` sums `submit:image`, `submit:text2video`..."""
        with self._lock:
            return sum(
                n
                for name, n in self.requests.items()
                if name == endpoint or name.split(":", 1)[0] == endpoint
            )

    @property
    def tasks_created(self) -> int:
        with self._lock:
            return sum(self.tasks_by_external_id.values())


@dataclass
class SandboxTask:
    task_id: str
    kind: str
    body: dict[str, Any]
    external_task_id: str
    created: float  # time.time(): wall clock, so a saved state survives a restart
    created_ms: int
    fail_message: str | None = None
    slots: int = 1
    timings: tuple[float, float] = (0.0, 0.0)
    polls: int = 0
    files: dict[str, bytes] = field(default_factory=dict)
    standard: str = LEGACY
    results: int = 1
    units: float = 0.0
    media: str = "image"
    pack: str = "image"
    deleted: bool = False  # an element deleted by the user
    model: str = ""  # the model it was made with, as the request named it

    def status(self, now: float) -> str:
        """submitted, processing, succeeded or failed (the new standard's spelling)."""
        age = now - self.created
        if age < self.timings[0]:
            return "submitted"
        if age < self.timings[1]:
            return "processing"
        return "failed" if self.fail_message else "succeeded"

    def changed_ms(self, now: float) -> int:
        """When its status last changed, as Kling's `updated_at` says: a finished task's
        is when it finished, not the time of the question."""
        age = max(0.0, now - self.created)
        since = 0.0 if age < self.timings[0] else min(age, self.timings[1])
        if self.timings[0] <= age < self.timings[1]:
            since = self.timings[0]
        return self.created_ms + int(since * 1000)

    def count(self) -> int:
        return self.results

    def media_at(self, index: int) -> str:
        """What result `index` is: "video+audio" tasks make a video, then its sound."""
        if self.media == "video+audio":
            return "video" if index == 0 else "audio"
        if self.media == "element":
            return "image"  # its front picture
        if self.media in ("speech", "voice"):
            return "audio"  # the sound, or a voice's sample
        return self.media


def prompt_and_shape(body: dict) -> tuple[str, str]:
    """The words and the shape a result is drawn from, on either standard."""
    prompt = body.get("prompt")
    for item in body.get("contents") or []:
        if isinstance(item, dict) and item.get("type") == "prompt":
            prompt = item.get("text")
    settings = body.get("settings") if isinstance(body.get("settings"), dict) else {}
    ratio = body.get("aspect_ratio") or settings.get("aspect_ratio") or "16:9"
    if ratio not in ("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"):
        ratio = "16:9"
    return str(prompt or ""), str(ratio)


def element_id(task: SandboxTask) -> str:
    """The element a sandbox task made (a number, as Kling's are)."""
    return str(int(uuid.uuid5(uuid.NAMESPACE_URL, task.task_id).hex[:8], 16))


def voice_id(task: SandboxTask) -> str:
    """The voice a sandbox task made (a number, as Kling's are)."""
    return str(int(uuid.uuid5(uuid.NAMESPACE_URL, "voice/" + task.task_id).hex[:15], 16))


def video_id(task: SandboxTask) -> str:
    return f"video-{uuid.uuid5(uuid.NAMESPACE_URL, task.task_id).hex[:16]}"


def seconds(task: SandboxTask) -> float:
    body = task.body
    if task.media == "speech":  # about as long as the words take to say (3 s at least)
        return max(3.0, round(len(str(body.get("text") or "")) / 14, 1))
    settings = body.get("settings") if isinstance(body.get("settings"), dict) else {}
    try:
        return float(settings.get("duration") or body.get("duration") or 5)
    except (TypeError, ValueError):
        return 5.0


def new_task_id() -> str:
    # Real ids look like base64 ("CjhMEWdWc0oAAAAAAVh8mw"); '+' and '/' test path escaping.
    return base64.b64encode(secrets.token_bytes(15)).decode()
