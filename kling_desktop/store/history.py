"""The history of every job: what was asked, what the server said, what was produced.

Jobs are recorded *before* any network (with their `external_task_id`), their inputs are
kept as prepared copies (content-addressed, so a queued job can be sent after a restart
and "reuse these settings" works after the source file moved), and outputs are added in
one transaction with the job's final status. Pages are by key (`id < last`), newest first,
so page 2,000 costs what page 1 does.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kling_desktop.store.db import Database
from kling_desktop.store.records import (
    RESULT_LIFETIME_MS,
    Filter,
    InputRecord,
    JobRecord,
    JobStatus,
    Link,
    NewJob,
    NewOutput,
    OutputRecord,
    Summary,
    now_ms,
    to_datetime,
)

_JOB_COLUMNS = (
    "id, kind, profile, model, prompt, negative_prompt, request_json, external_task_id, "
    "task_id, standard, status, note, error, queued_at, submitted_at, finished_at, credits, "
    "favourite, tags, deleted"
)


class History:
    """Read and write the history. Safe to use from any thread."""

    def __init__(self, db: Database, inputs_dir: str | Path) -> None:
        self.db = db
        self.inputs_dir = Path(inputs_dir)

    # Jobs ------------------------------------------------------------------------------------

    def add_job(self, job: NewJob) -> int:
        """Record a job (status `queued`) with its inputs; returns its id."""
        stored = [(item, self._store_input(item.data)) for item in job.inputs]
        tags = normalise_tags(job.tags)
        with self.db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO jobs (kind, profile, model, prompt, negative_prompt, request_json,"
                " external_task_id, status, queued_at, tags) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    job.kind,
                    job.profile,
                    job.model,
                    job.prompt,
                    job.negative_prompt,
                    json.dumps(job.request, ensure_ascii=False, sort_keys=True),
                    job.external_task_id,
                    JobStatus.QUEUED.value,
                    job.queued_at if job.queued_at is not None else now_ms(),
                    ",".join(tags),
                ),
            )
            job_id = cursor.lastrowid
            assert job_id is not None
            conn.executemany(
                "INSERT INTO job_inputs (job_id, role, sha256, original_path, width, height,"
                " thumbnail) VALUES (?,?,?,?,?,?,?)",
                [
                    (job_id, i.role, sha, i.original_path, i.width, i.height, i.thumbnail)
                    for i, sha in stored
                ],
            )
            self._link(conn, job_id, job)
            _index(conn, job_id, job.prompt, job.negative_prompt, tags)
        return job_id

    @staticmethod
    def _link(conn: sqlite3.Connection, job_id: int, job: NewJob) -> None:
        """Record what `job` is made from: its pictures' known sources, else a result
        whose file a picture was read from, and its other sources."""
        links = [(job_id, output, role) for role, output in job.sources]
        for item in job.inputs:
            if item.source is not None:
                links.append((job_id, item.source, item.role))
            elif item.original_path:
                row = conn.execute(
                    "SELECT id FROM outputs WHERE path = ? ORDER BY id DESC LIMIT 1",
                    (item.original_path,),
                ).fetchone()
                if row is not None:
                    links.append((job_id, row[0], item.role))
        conn.executemany(
            "INSERT OR IGNORE INTO job_sources (job_id, output_id, role)"
            " SELECT ?, id, ? FROM outputs WHERE id = ?",
            [(job, role, output) for job, output, role in links],
        )

    def update(self, job_id: int, status: JobStatus | None = None, **fields: Any) -> bool:
        """Change a job's status and/or fields: task_id, standard, note, error, credits,
        submitted_at, finished_at (ms). A status only moves forward (a job that succeeded
        is never set to downloading; a finished job stays finished), except `submitting`
        back to `queued` when the request is known not to have arrived. Returns whether
        the job was changed."""
        allowed = {"task_id", "standard", "note", "error", "credits", "submitted_at", "finished_at"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}")
        condition, params = "id = ?", [job_id]
        if status is not None:
            status = JobStatus(status)
            fields["status"] = status.value
            if not status.active and "finished_at" not in fields:
                fields["finished_at"] = now_ms()
            before = sorted(s.value for s in JobStatus if s.may_become(status))
            condition += f" AND status IN ({','.join('?' * len(before))})"
            params += before
        if not fields:
            return False
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self.db.write() as conn:
            cursor = conn.execute(
                f"UPDATE jobs SET {assignments} WHERE {condition}", (*fields.values(), *params)
            )
        return cursor.rowcount > 0

    def record_results(self, job_id: int, results: Sequence[NewOutput]) -> None:
        """Kling made the results: keep their addresses (and when Kling deletes them) before
        anything is downloaded, so nothing paid for is lost if a download fails; the job
        moves to `downloading`. Safe to repeat."""
        now = now_ms()
        with self.db.write() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO outputs (job_id, idx, media, url, watermark_url,"
                " url_expires_at, remote_id, duration) VALUES (?,?,?,?,?,?,?,?)",
                [
                    (
                        job_id,
                        o.index,
                        o.media,
                        o.url,
                        o.watermark_url,
                        now + RESULT_LIFETIME_MS,
                        o.remote_id,
                        o.duration,
                    )
                    for o in results
                ],
            )
            conn.execute(
                "UPDATE jobs SET status = ? WHERE id = ? AND status IN (?, ?, ?, ?)",
                (
                    JobStatus.DOWNLOADING.value,
                    job_id,
                    "queued",
                    "submitting",
                    "submitted",
                    "processing",
                ),
            )

    def save_file(self, job_id: int, output: NewOutput) -> None:
        """A result's file is on disk: its path, size, checksum, pixels and preview."""
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO outputs (job_id, idx, media, url, watermark_url, url_expires_at,"
                " remote_id, path, size, sha256, width, height, duration, thumbnail)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (job_id, idx) DO UPDATE SET path = excluded.path,"
                " size = excluded.size, sha256 = excluded.sha256, width = excluded.width,"
                " height = excluded.height, duration = coalesce(excluded.duration, duration),"
                " thumbnail = excluded.thumbnail",
                _output_row(job_id, output, now_ms()),
            )

    def finish(self, job_id: int, outputs: Sequence[NewOutput] = (), *, credits=None) -> bool:
        """Record every output given (again is harmless) and mark the job succeeded, in one
        transaction. A job that has ended already stays as it was: returns False."""
        finished = now_ms()
        with self.db.write() as conn:
            conn.executemany(
                "INSERT INTO outputs (job_id, idx, media, url, watermark_url, url_expires_at,"
                " remote_id, path, size, sha256, width, height, duration, thumbnail)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (job_id, idx) DO UPDATE SET path = excluded.path,"
                " size = excluded.size, sha256 = excluded.sha256, width = excluded.width,"
                " height = excluded.height, thumbnail = excluded.thumbnail",
                [_output_row(job_id, o, finished) for o in outputs],
            )
            cursor = conn.execute(
                "UPDATE jobs SET status = ?, finished_at = ?, credits = coalesce(?, credits)"
                " WHERE id = ? AND status NOT IN ('succeeded', 'failed', 'cancelled')",
                (JobStatus.SUCCEEDED.value, finished, credits, job_id),
            )
        return cursor.rowcount > 0

    def get(self, job_id: int) -> JobRecord | None:
        row = (
            self.db.connection()
            .execute(f"SELECT {_JOB_COLUMNS} FROM jobs WHERE id = ?", (job_id,))
            .fetchone()
        )
        return _job(row) if row else None

    def by_external_id(self, external_task_id: str) -> JobRecord | None:
        row = (
            self.db.connection()
            .execute(
                f"SELECT {_JOB_COLUMNS} FROM jobs WHERE external_task_id = ?", (external_task_id,)
            )
            .fetchone()
        )
        return _job(row) if row else None

    def typical_seconds(
        self, kind: str, model: str, profile: str, *, last: int = 15
    ) -> float | None:
        """How long the `last` successful jobs of this kind and model on this connection
        took from being sent to being saved (the median, in seconds); None before the
        first. What the progress card compares a running job against."""
        rows = (
            self.db.connection()
            .execute(
                "SELECT finished_at - coalesce(submitted_at, queued_at) FROM jobs"
                " WHERE kind = ? AND model = ? AND profile = ? AND status = 'succeeded'"
                " AND finished_at IS NOT NULL ORDER BY id DESC LIMIT ?",
                (kind, model, profile, last),
            )
            .fetchall()
        )
        took = sorted(max(0, r[0]) / 1000 for r in rows if r[0] is not None)
        if not took:
            return None
        import statistics  # not at start-up: it brings fractions and decimal (~9 ms)

        return statistics.median(took)

    def active(self) -> list[JobRecord]:
        """Jobs to resume after a restart, oldest first."""
        rows = (
            self.db.connection()
            .execute(
                f"SELECT {_JOB_COLUMNS} FROM jobs WHERE status NOT IN"
                " ('succeeded', 'failed', 'cancelled') ORDER BY id"
            )
            .fetchall()
        )
        return [_job(r) for r in rows]

    def page(
        self,
        filter: Filter = Filter(),
        *,
        after: int | None = None,
        limit: int = 50,
        oldest_first: bool = False,
    ) -> list[JobRecord]:
        """Up to `limit` jobs matching `filter`, newest first (or oldest first), past job id
        `after` in that order."""
        rows = self._select(_prefixed("j"), filter, after, limit, oldest_first)
        return [_job(r) for r in rows]

    def ids(
        self,
        filter: Filter = Filter(),
        *,
        after: int | None = None,
        limit: int = 500,
        oldest_first: bool = False,
    ) -> list[int]:
        """Like `page`, only the ids: what a list of 100,000 rows keeps in memory."""
        return [r[0] for r in self._select("j.id", filter, after, limit, oldest_first)]

    def _select(
        self, columns: str, filter: Filter, after: int | None, limit: int, oldest_first: bool
    ) -> list[sqlite3.Row]:
        where, params = _where(filter)
        match = fts_query(filter.text)
        if match:
            # Drive from the full-text index in rowid order (FTS5 yields it without sorting)
            # and stop at `limit`: a common word costs what a rare one does.
            sql = f"SELECT {columns} FROM jobs_fts f CROSS JOIN jobs j ON j.id = f.rowid"
            where.insert(0, "jobs_fts MATCH ?")
            params.insert(0, match)
            order = "f.rowid"
        else:
            sql = f"SELECT {columns} FROM jobs j"
            order = "j.id"
        if after is not None:
            where.append(f"{order} {'>' if oldest_first else '<'} ?")
            params.append(after)
        direction = "ASC" if oldest_first else "DESC"
        sql += f" WHERE {' AND '.join(where)} ORDER BY {order} {direction} LIMIT ?"
        params.append(limit)
        return self.db.connection().execute(sql, params).fetchall()

    def matches(self, job_id: int, filter: Filter) -> bool:
        """Whether job `job_id` belongs in a list showing `filter` (a job that just
        appeared, before it is added to that list)."""
        return self._filtered("1", filter, ("j.id = ?", job_id)) is not None

    def summaries(self, job_ids: Sequence[int]) -> dict[int, Summary]:
        """What a list row shows, for each id (missing ids are left out)."""
        if not job_ids:
            return {}
        marks = ",".join("?" * len(job_ids))
        rows = (
            self.db.connection()
            .execute(
                "SELECT id, kind, status, model, substr(prompt, 1, 300), queued_at, finished_at,"
                " favourite, tags, (SELECT count(*) FROM outputs o WHERE o.job_id = jobs.id),"
                f" request_json, credits, profile FROM jobs WHERE id IN ({marks})",
                list(job_ids),
            )
            .fetchall()
        )
        return {
            r[0]: Summary(
                r[0],
                r[1],
                JobStatus(r[2]),
                r[3],
                r[4],
                r[5],
                r[6],
                bool(r[7]),
                tuple(t for t in r[8].split(",") if t),
                r[9],
                r[10],
                r[11],
                r[12],
            )
            for r in rows
        }

    def count(self, filter: Filter = Filter()) -> int:
        return self._filtered("count(*)", filter)[0]

    def _filtered(self, columns: str, filter: Filter, *extra: tuple[str, Any]) -> sqlite3.Row:
        """The first row of `SELECT columns` over the jobs matching `filter` (and `extra`
        conditions with their parameter)."""
        where, params = _where(filter)
        sql = f"SELECT {columns} FROM jobs j"
        match = fts_query(filter.text)
        if match:
            sql += " JOIN jobs_fts f ON f.rowid = j.id"
            where.append("jobs_fts MATCH ?")
            params.append(match)
        for condition, value in extra:
            where.append(condition)
            params.append(value)
        return self.db.connection().execute(f"{sql} WHERE {' AND '.join(where)}", params).fetchone()

    # What came from what ------------------------------------------------------------------

    def made_from(self, job_id: int) -> list[Link]:
        """The results this job was made from (those still in the history), in the order
        of the request's fields."""
        rows = self.db.connection().execute(
            "SELECT j.id, j.kind, j.prompt, s.role, o.id, o.media, o.thumbnail"
            " FROM job_sources s JOIN outputs o ON o.id = s.output_id"
            " JOIN jobs j ON j.id = o.job_id WHERE s.job_id = ? AND j.deleted = 0"
            " ORDER BY s.role, o.id",
            (job_id,),
        )
        return [Link(*row) for row in rows]

    def used_in(self, job_id: int) -> list[Link]:
        """The jobs made from this job's results (those still in the history), oldest
        first, each with its first result's thumbnail."""
        rows = self.db.connection().execute(
            "SELECT j.id, j.kind, j.prompt, s.role, o.id, f.media, f.thumbnail"
            " FROM outputs o JOIN job_sources s ON s.output_id = o.id"
            " JOIN jobs j ON j.id = s.job_id"
            " LEFT JOIN outputs f ON f.job_id = j.id AND f.idx = 0"
            " WHERE o.job_id = ? AND j.deleted = 0 ORDER BY j.id, s.role",
            (job_id,),
        )
        return [Link(*row) for row in rows]

    def output_by_remote_id(self, remote_id: str) -> OutputRecord | None:
        """The result Kling knows by `remote_id` (a video's id), newest first."""
        row = (
            self.db.connection()
            .execute(
                "SELECT * FROM outputs WHERE remote_id = ? ORDER BY id DESC LIMIT 1", (remote_id,)
            )
            .fetchone()
        )
        return _output(row) if row is not None else None

    def output_by_url(self, url: str) -> OutputRecord | None:
        """The result Kling gave at `url` (a video named by its address), newest first."""
        row = (
            self.db.connection()
            .execute("SELECT * FROM outputs WHERE url = ? ORDER BY id DESC LIMIT 1", (url,))
            .fetchone()
        )
        return _output(row) if row is not None else None

    def has_family(self, job_id: int) -> bool:
        """Whether the job was made from a result or any of its results was used."""
        return (
            self.db.connection()
            .execute(
                "SELECT EXISTS (SELECT 1 FROM job_sources WHERE job_id = ?)"
                " OR EXISTS (SELECT 1 FROM outputs o JOIN job_sources s ON s.output_id = o.id"
                " WHERE o.job_id = ?)",
                (job_id, job_id),
            )
            .fetchone()[0]
            == 1
        )

    def family(self, job_id: int) -> set[int]:
        """The job and every job linked to it through "made from", both ways and any
        number of steps: what it came from, what came from it, and their other
        relatives (two extensions of one picture are one family)."""
        rows = self.db.connection().execute(_FAMILY, (job_id,))
        return {row[0] for row in rows}

    def models(self) -> list[str]:
        rows = self.db.connection().execute("SELECT DISTINCT model FROM jobs ORDER BY model")
        return [r[0] for r in rows]

    # User actions --------------------------------------------------------------------------

    def set_favourite(self, job_ids: Iterable[int], favourite: bool) -> None:
        ids = list(job_ids)
        with self.db.write() as conn:
            conn.executemany(
                "UPDATE jobs SET favourite = ? WHERE id = ?", [(int(favourite), i) for i in ids]
            )

    def set_tags(self, job_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        clean = normalise_tags(tags)
        with self.db.write() as conn:
            row = conn.execute(
                "SELECT prompt, negative_prompt FROM jobs WHERE id = ?", (job_id,)
            ).fetchone()
            if row is None:
                raise KeyError(job_id)
            conn.execute("UPDATE jobs SET tags = ? WHERE id = ?", (",".join(clean), job_id))
            _index(conn, job_id, row["prompt"], row["negative_prompt"], clean)
        return clean

    def set_deleted(self, job_ids: Iterable[int], deleted: bool = True) -> None:
        """Soft delete (or restore): rows stay until they are purged."""
        with self.db.write() as conn:
            conn.executemany(
                "UPDATE jobs SET deleted = ? WHERE id = ?", [(int(deleted), i) for i in job_ids]
            )

    def deleted_ids(self) -> list[int]:
        """Jobs deleted but not purged yet (a delete the app could not finish)."""
        rows = self.db.connection().execute("SELECT id FROM jobs WHERE deleted = 1 ORDER BY id")
        return [r[0] for r in rows]

    def purge(self, job_ids: Iterable[int]) -> None:
        """Remove jobs for good: rows, outputs, inputs' rows and search entries. Prepared
        input copies no other job uses are removed too."""
        ids = list(job_ids)
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        with self.db.write() as conn:
            digests = {
                r[0]
                for r in conn.execute(
                    f"SELECT DISTINCT sha256 FROM job_inputs WHERE job_id IN ({marks})", ids
                )
            }
            conn.execute(f"DELETE FROM jobs_fts WHERE rowid IN ({marks})", ids)
            conn.execute(f"DELETE FROM outputs WHERE job_id IN ({marks})", ids)
            conn.execute(f"DELETE FROM job_inputs WHERE job_id IN ({marks})", ids)
            conn.execute(f"DELETE FROM jobs WHERE id IN ({marks})", ids)
            marks = ",".join("?" * len(digests))
            still_used = {
                r[0]
                for r in conn.execute(
                    f"SELECT sha256 FROM job_inputs WHERE sha256 IN ({marks})", list(digests)
                )
            }
        for digest in digests - still_used:
            with contextlib.suppress(OSError):  # a leftover copy costs space, never correctness
                (self.inputs_dir / digest).unlink(missing_ok=True)

    # Inputs and outputs --------------------------------------------------------------------

    def inputs(self, job_id: int) -> list[InputRecord]:
        rows = (
            self.db.connection()
            .execute(
                "SELECT i.role, i.sha256, i.original_path, i.width, i.height, i.thumbnail,"
                " (SELECT output_id FROM job_sources s WHERE s.job_id = i.job_id"
                " AND s.role = i.role) AS source FROM job_inputs i WHERE i.job_id = ?"
                " ORDER BY i.id",
                (job_id,),
            )
            .fetchall()
        )
        return [
            InputRecord(
                r["role"],
                r["sha256"],
                self.inputs_dir / r["sha256"],
                r["original_path"],
                r["width"],
                r["height"],
                r["thumbnail"],
                r["source"],
            )
            for r in rows
        ]

    def input_bytes(self, record: InputRecord) -> bytes:
        return record.stored_path.read_bytes()

    def outputs(self, job_id: int) -> list[OutputRecord]:
        rows = (
            self.db.connection()
            .execute("SELECT * FROM outputs WHERE job_id = ? ORDER BY idx", (job_id,))
            .fetchall()
        )
        return [_output(r) for r in rows]

    def thumbnails(self, job_ids: Sequence[int]) -> dict[int, bytes]:
        """The first output's thumbnail of each job (or its first input's, while running)."""
        if not job_ids:
            return {}
        marks = ",".join("?" * len(job_ids))
        rows = (
            self.db.connection()
            .execute(
                f"SELECT j.id, coalesce("
                f"(SELECT thumbnail FROM outputs o WHERE o.job_id = j.id ORDER BY idx LIMIT 1),"
                f"(SELECT thumbnail FROM job_inputs i WHERE i.job_id = j.id ORDER BY id LIMIT 1))"
                f" FROM jobs j WHERE j.id IN ({marks})",
                list(job_ids),
            )
            .fetchall()
        )
        return {r[0]: r[1] for r in rows if r[1] is not None}

    def kept_results(self, media: str, *, limit: int = 20) -> list[tuple[str, OutputRecord]]:
        """The newest results of `media` whose server copy Kling still keeps, with their
        job's prompt: what can be given to Kling again by its address."""
        rows = (
            self.db.connection()
            .execute(
                "SELECT o.*, j.prompt AS job_prompt FROM outputs o JOIN jobs j ON j.id = o.job_id"
                " WHERE o.media = ? AND o.url_expires_at > ? AND j.deleted = 0"
                " ORDER BY o.id DESC LIMIT ?",
                (media, now_ms(), limit),
            )
            .fetchall()
        )
        return [(r["job_prompt"], _output(r)) for r in rows]

    def relocate(self, output_id: int, path: str | Path) -> None:
        """Point an output at its file's new place (after "locate file" or re-download)."""
        path = Path(path)
        with self.db.write() as conn:
            conn.execute(
                "UPDATE outputs SET path = ?, size = ? WHERE id = ?",
                (str(path), path.stat().st_size, output_id),
            )

    def output(self, output_id: int) -> OutputRecord | None:
        row = (
            self.db.connection()
            .execute("SELECT * FROM outputs WHERE id = ?", (output_id,))
            .fetchone()
        )
        return _output(row) if row else None

    def _store_input(self, data: bytes) -> str:
        import hashlib  # loads OpenSSL: only when a file is saved

        digest = hashlib.sha256(data).hexdigest()
        target = self.inputs_dir / digest
        if not target.exists():
            self.inputs_dir.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{digest}.part")
            with open(tmp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        return digest


# Full-text search ------------------------------------------------------------------------------

# Compiled on first use by `re` (and kept in its cache): compiling the CJK ranges costs
# more than the rest of this module's import, and the window's first frame does not search.
_CJK = (
    r"([\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f])"
)
_WORD = r"\w+"


def _fts_text(*parts: str) -> str:
    text = unicodedata.normalize("NFKC", " ".join(p for p in parts if p)).lower()
    return re.sub(_CJK, r" \1 ", text)


def fts_query(text: str) -> str | None:
    """The user's words as a safe FTS5 query: every word must appear (prefix match for
    Latin words, exact character runs for CJK). Operators typed by the user are ignored."""
    terms = []
    for word in re.findall(_WORD, unicodedata.normalize("NFKC", text).lower()):
        if re.search(_CJK, word):
            chars = " ".join(c for c in re.sub(_CJK, r" \1 ", word).split())
            terms.append(f'"{chars}"')
        else:
            terms.append(f'"{word}"*')
    return " AND ".join(terms) or None


def _index(
    conn: sqlite3.Connection, job_id: int, prompt: str, negative: str, tags: Sequence[str]
) -> None:
    conn.execute("DELETE FROM jobs_fts WHERE rowid = ?", (job_id,))
    conn.execute(
        "INSERT INTO jobs_fts (rowid, body) VALUES (?, ?)",
        (job_id, _fts_text(prompt, negative, " ".join(tags))),
    )


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in tags:
        clean = " ".join(unicodedata.normalize("NFKC", tag).replace(",", " ").split())
        if clean:
            seen.setdefault(clean.lower(), None)
    return tuple(seen)


# Rows --------------------------------------------------------------------------------------------


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in _JOB_COLUMNS.split(","))


# The connected part of the "made from" graph that holds a job (UNION, not UNION ALL: each
# job is visited once, so a cycle cannot make it loop).
_FAMILY = """
WITH RECURSIVE
    edge(a, b) AS (
        SELECT s.job_id, o.job_id FROM job_sources s JOIN outputs o ON o.id = s.output_id
    ),
    kin(id) AS (
        SELECT ?
        UNION
        SELECT CASE WHEN edge.a = kin.id THEN edge.b ELSE edge.a END
        FROM edge JOIN kin ON edge.a = kin.id OR edge.b = kin.id
    )
SELECT id FROM kin
"""


def _where(filter: Filter) -> tuple[list[str], list[Any]]:
    where = ["j.deleted = ?"]
    params: list[Any] = [int(filter.deleted)]
    if filter.family_of is not None:
        where.append(f"j.id IN ({_FAMILY})")
        params.append(filter.family_of)
    if filter.tag:
        where.append("(',' || j.tags || ',') LIKE ? ESCAPE '\\'")
        tag = normalise_tags([filter.tag])
        escaped = (tag[0] if tag else "").replace("\\", "\\\\").replace("%", "\\%")
        params.append("%," + escaped.replace("_", "\\_") + ",%")
    for column, values in (
        ("kind", filter.kinds),
        ("status", filter.statuses),
        ("model", filter.models),
    ):
        if values:
            where.append(f"j.{column} IN ({','.join('?' * len(values))})")
            params.extend(sorted(values))
    if filter.favourites_only:
        where.append("j.favourite = 1")
    if filter.since is not None:
        where.append("j.queued_at >= ?")
        params.append(int(filter.since.timestamp() * 1000))
    if filter.until is not None:
        where.append("j.queued_at < ?")
        params.append(int(filter.until.timestamp() * 1000))
    return where, params


def _output_row(job_id: int, o: NewOutput, now: int) -> tuple:
    return (
        job_id,
        o.index,
        o.media,
        o.url,
        o.watermark_url,
        now + RESULT_LIFETIME_MS,
        o.remote_id,
        o.path,
        o.size,
        o.sha256,
        o.width,
        o.height,
        o.duration,
        o.thumbnail,
    )


def _job(row: sqlite3.Row) -> JobRecord:
    return JobRecord(
        id=row["id"],
        kind=row["kind"],
        profile=row["profile"],
        model=row["model"],
        prompt=row["prompt"],
        negative_prompt=row["negative_prompt"],
        request=json.loads(row["request_json"]),
        external_task_id=row["external_task_id"],
        task_id=row["task_id"],
        standard=row["standard"],
        status=JobStatus(row["status"]),
        note=row["note"],
        error=row["error"],
        queued_at=to_datetime(row["queued_at"]),
        submitted_at=to_datetime(row["submitted_at"]),
        finished_at=to_datetime(row["finished_at"]),
        credits=row["credits"],
        favourite=bool(row["favourite"]),
        tags=tuple(t for t in row["tags"].split(",") if t),
        deleted=bool(row["deleted"]),
    )


def _output(row: sqlite3.Row) -> OutputRecord:
    return OutputRecord(
        id=row["id"],
        job_id=row["job_id"],
        index=row["idx"],
        media=row["media"],
        url=row["url"],
        watermark_url=row["watermark_url"],
        url_expires_at=to_datetime(row["url_expires_at"]),
        remote_id=row["remote_id"],
        path=Path(row["path"]) if row["path"] else None,
        size=row["size"],
        sha256=row["sha256"],
        width=row["width"],
        height=row["height"],
        duration=row["duration"],
        thumbnail=row["thumbnail"],
    )
