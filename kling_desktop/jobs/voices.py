"""The Voices library's work: one connection's voices (Kling's presets and the user's own)
as last seen, kept on disk so they can be browsed offline, brought up to date, made and
deleted. Blocking (network and files): a window calls it off the GUI thread."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kling_desktop.api.voices import CREATING, Voice

if TYPE_CHECKING:
    from kling_desktop.api import KlingClient

log = logging.getLogger("kling_desktop.jobs")


@dataclass(frozen=True)
class Shelf:
    """The voices as last seen, and when (None: never)."""

    voices: tuple[Voice, ...]
    seen_at: datetime | None

    @property
    def presets(self) -> list[Voice]:
        return [v for v in self.voices if v.preset]

    @property
    def custom(self) -> list[Voice]:
        return [v for v in self.voices if not v.preset]


class Voices:
    """One connection's voices, from the cache (offline) and from Kling."""

    def __init__(self, folder: Path, client: Callable[[str], KlingClient]) -> None:
        self.folder = folder
        self._client = client  # the connection's client, by connection name
        self._known: dict[str, Shelf] = {}

    def cached(self, profile: str) -> Shelf:
        """The voices as last seen (read from disk once; forms ask on each keystroke)."""
        known = self._known.get(profile)
        if known is not None:
            return known
        try:
            data = json.loads(self._file(profile).read_text(encoding="utf-8"))
            voices = tuple(Voice.from_json(v) for v in data["voices"])
            shelf = Shelf(voices, datetime.fromtimestamp(float(data["seen_at"]), tz=UTC))
        except (OSError, ValueError, KeyError, TypeError):
            shelf = Shelf((), None)
        self._known[profile] = shelf
        return shelf

    def refresh(self, profile: str) -> Shelf:
        """Kling's presets and the account's own voices, kept for offline browsing."""
        from kling_desktop.api import voices

        client = self._client(profile)
        seen = voices.presets(client) + voices.custom(client)
        shelf = Shelf(tuple(seen), datetime.now(UTC))
        self._keep(profile, shelf)
        return shelf

    def create(
        self,
        profile: str,
        name: str,
        *,
        sample_url: str | None = None,
        video_id: str | None = None,
    ) -> Voice:
        """Start making a custom voice; it is kept as "creating" until `follow` finds it."""
        from kling_desktop.api import voices
        from kling_desktop.operations import new_external_task_id

        made = voices.create(
            self._client(profile),
            name=name,
            sample_url=sample_url,
            video_id=video_id,
            external_task_id=new_external_task_id(),
        )
        self._keep(profile, self._with(self.cached(profile), made)[0])
        return made

    def follow(
        self, profile: str, task_id: str, *, timeout: float = 300.0, every: float = 2.0
    ) -> Voice:
        """Ask Kling about a voice being made until it is ready or failed (or `timeout`)."""
        from kling_desktop.api import voices

        client = self._client(profile)
        deadline = time.monotonic() + timeout
        while True:
            voice = voices.get(client, task_id)
            if voice.status != CREATING or time.monotonic() >= deadline:
                shelf, voice = self._with(self.cached(profile), voice)
                self._keep(profile, shelf)
                return voice
            time.sleep(every)

    def check(self, profile: str, task_id: str) -> Voice:
        """Ask Kling once about a voice being made; what it said is kept."""
        return self.follow(profile, task_id, timeout=0.0)

    def delete(self, profile: str, voice_id: str) -> None:
        from kling_desktop.api import voices

        voices.delete(self._client(profile), voice_id)
        shelf = self.cached(profile)
        kept = tuple(v for v in shelf.voices if v.voice_id != voice_id)
        self._keep(profile, Shelf(kept, shelf.seen_at))

    # The cache -----------------------------------------------------------------------------

    @staticmethod
    def _with(shelf: Shelf, voice: Voice) -> tuple[Shelf, Voice]:
        """`shelf` with `voice` in place of what it knew of the same task (whose name it
        keeps when Kling's answer has none yet)."""
        old = next((v for v in shelf.voices if voice.task_id and v.task_id == voice.task_id), None)
        if old is not None and not voice.name:
            voice = replace(voice, name=old.name)
        others = tuple(v for v in shelf.voices if v is not old)
        return Shelf((*others, voice), shelf.seen_at), voice

    def _file(self, profile: str) -> Path:
        digest = hashlib.sha256(profile.encode("utf-8")).hexdigest()[:16]
        return self.folder / f"voices-{digest}.json"

    def _keep(self, profile: str, shelf: Shelf) -> None:
        self._known[profile] = shelf
        path = self._file(profile)
        data = {
            "profile": profile,
            "seen_at": (shelf.seen_at or datetime.now(UTC)).timestamp(),
            "voices": [v.to_json() for v in shelf.voices],
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:  # a cache: the list still shows, just not offline later
            log.warning("voices could not be kept for offline browsing: %s", exc)
