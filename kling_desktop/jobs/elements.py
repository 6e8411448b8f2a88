"""The Elements library's work: the account's elements (characters saved on Kling) as last
seen, brought up to date, made, followed and deleted. Blocking (network and the history
database): the window calls it off the GUI thread."""

from __future__ import annotations

import base64
import logging
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kling_desktop.store.elements import CachedElement, ElementShelf

if TYPE_CHECKING:
    from kling_desktop.api import KlingClient
    from kling_desktop.operations.kinds import PreparedInput

log = logging.getLogger("kling_desktop.jobs")


class Elements:
    """One connection's elements, read from the cache (offline) and from Kling."""

    def __init__(self, shelf: ElementShelf, client: Callable[[str], KlingClient]) -> None:
        self.shelf = shelf
        self._client = client  # the connection's client, by connection name

    # The cache, as the library and the forms read it --------------------------------------

    def all(self, profile: str) -> list[CachedElement]:
        return self.shelf.all(profile)

    def ready(self, profile: str) -> list[CachedElement]:
        return self.shelf.ready(profile)

    def get(self, profile: str, task_id: str) -> CachedElement | None:
        return self.shelf.get(profile, task_id)

    def rename(self, profile: str, task_id: str, name: str) -> None:
        """The app's own name for it (Kling has no rename; its list never overwrites it)."""
        self.shelf.rename(profile, task_id, name)

    # Kling ---------------------------------------------------------------------------------

    def refresh(self, profile: str) -> None:
        """Bring the cache to the account's list and fetch the pictures it lacks."""
        from kling_desktop.api import elements

        client = self._client(profile)
        seen = elements.list_all(client) + elements.presets(client)
        self.shelf.merge(profile, seen, complete=True)
        for element in self.shelf.all(profile):
            if element.thumbnail is None and element.picture_url:
                self._picture(profile, element.task_id, element.picture_url)

    def create(
        self,
        profile: str,
        name: str,
        description: str,
        photos: Sequence[PreparedInput] = (),
        *,
        video_url: str | None = None,
        voice_id: str | None = None,
    ) -> str:
        """Start making an element from `photos` (the front one first) or from a video of a
        person (`video_url`), with a voice bound to it if given; its task id. Kept in the
        cache at once, with the front photo as its picture."""
        from kling_desktop.api import elements
        from kling_desktop.operations import new_external_task_id

        made = elements.create(
            self._client(profile),
            name=name,
            description=description,
            photos=[base64.b64encode(p.data).decode("ascii") for p in photos],
            video_url=video_url,
            voice_id=voice_id,
            external_task_id=new_external_task_id(),
        )
        self.shelf.merge(profile, [made])
        if photos and photos[0].thumbnail:
            self.shelf.set_thumbnail(profile, made.task_id, photos[0].thumbnail)
        return made.task_id

    def check(self, profile: str, task_id: str) -> str:
        """Ask Kling how an element being made is doing; its status now."""
        from kling_desktop.api import elements

        found = elements.get(self._client(profile), task_id)
        self.shelf.merge(profile, [found])
        return found.status

    def delete(self, profile: str, task_id: str) -> None:
        from kling_desktop.api import elements

        if elements.is_preset(task_id):
            return  # Kling's own: not the user's to delete
        cached = self.shelf.get(profile, task_id)
        if cached is not None and cached.element_id:
            elements.delete(self._client(profile), cached.element_id)
        self.shelf.mark_deleted(profile, task_id)

    def _picture(self, profile: str, task_id: str, url: str) -> None:
        from kling_desktop.api.errors import KlingError
        from kling_desktop.media.images import ImageError, thumbnail_of_file

        with tempfile.TemporaryDirectory() as folder:
            try:
                path = self._client(profile).download(
                    url, Path(folder) / "element", max_bytes=20 << 20, expect="image"
                )
                thumb, _, _ = thumbnail_of_file(path)
            except (KlingError, ImageError, OSError) as exc:
                log.info("no picture for element %s: %s", task_id, exc)
                return
        self.shelf.set_thumbnail(profile, task_id, thumb)
