"""The account's elements as last seen, per connection: what the Elements library shows
offline, and where the app keeps its own name for each (Kling cannot rename one). Kling's
list is the truth; `merge` brings the cache to it, keeping the user's names and pictures.
No Qt here."""

from __future__ import annotations

import time
from dataclasses import dataclass

from kling_desktop.store.db import Database


@dataclass(frozen=True)
class CachedElement:
    task_id: str
    element_id: str
    name: str  # what the user calls it: @name in a prompt
    kling_name: str
    description: str
    status: str  # creating, ready, failed, deleted
    message: str
    picture_url: str | None
    thumbnail: bytes | None


_COLUMNS = (
    "task_id, element_id, name, kling_name, description, status, message, picture_url, thumbnail"
)


class ElementShelf:
    """Read and write the cache. Safe to use from any thread."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self, profile: str) -> list[CachedElement]:
        """The connection's elements, newest first, the deleted left out."""
        rows = self.db.connection().execute(
            f"SELECT {_COLUMNS} FROM elements WHERE profile = ? AND status <> 'deleted'"
            " ORDER BY updated_at DESC, task_id DESC",
            (profile,),
        )
        return [CachedElement(*row) for row in rows]

    def ready(self, profile: str) -> list[CachedElement]:
        return [e for e in self.all(profile) if e.status == "ready" and e.element_id]

    def get(self, profile: str, task_id: str) -> CachedElement | None:
        row = (
            self.db.connection()
            .execute(
                f"SELECT {_COLUMNS} FROM elements WHERE profile = ? AND task_id = ?",
                (profile, task_id),
            )
            .fetchone()
        )
        return CachedElement(*row) if row else None

    def merge(self, profile: str, seen, *, complete: bool = False) -> None:
        """Bring the cache to what Kling said (`seen`: api.elements.Element). The user's
        name for an element is kept. With `complete` (the whole list), an element Kling
        no longer lists is gone."""
        now = int(time.time() * 1000)
        with self.db.write() as conn:
            for e in seen:
                conn.execute(
                    "INSERT INTO elements (profile, task_id, element_id, name, kling_name,"
                    " description, status, message, picture_url, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?)"
                    " ON CONFLICT (profile, task_id) DO UPDATE SET"
                    " element_id = CASE WHEN excluded.element_id <> '' THEN excluded.element_id"
                    "   ELSE element_id END,"
                    " kling_name = CASE WHEN excluded.kling_name <> '' THEN excluded.kling_name"
                    "   ELSE kling_name END,"
                    " description = CASE WHEN excluded.description <> ''"
                    "   THEN excluded.description ELSE description END,"
                    " status = excluded.status, message = excluded.message,"
                    " picture_url = coalesce(excluded.picture_url, picture_url)",
                    (
                        profile,
                        e.task_id,
                        e.element_id,
                        e.name or e.task_id,
                        e.name,
                        e.description,
                        e.status,
                        e.message,
                        e.picture_url,
                        now,
                    ),
                )
            if complete:
                known = [e.task_id for e in seen]
                marks = ",".join("?" * len(known)) or "''"
                conn.execute(
                    f"UPDATE elements SET status = 'deleted' WHERE profile = ?"
                    f" AND task_id NOT IN ({marks})",
                    (profile, *known),
                )

    def rename(self, profile: str, task_id: str, name: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                "UPDATE elements SET name = ? WHERE profile = ? AND task_id = ?",
                (name, profile, task_id),
            )

    def set_thumbnail(self, profile: str, task_id: str, thumbnail: bytes) -> None:
        with self.db.write() as conn:
            conn.execute(
                "UPDATE elements SET thumbnail = ? WHERE profile = ? AND task_id = ?",
                (thumbnail, profile, task_id),
            )

    def mark_deleted(self, profile: str, task_id: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                "UPDATE elements SET status = 'deleted' WHERE profile = ? AND task_id = ?",
                (profile, task_id),
            )
