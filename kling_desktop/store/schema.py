"""The history schema, as ordered migrations. Never edit a released step: add a new one.

Every step runs inside one transaction together with its `PRAGMA user_version` bump, and
`tests/store/fixtures/` keeps a database of each released format so upgrades stay tested.
"""

from __future__ import annotations

import sqlite3

# Times are milliseconds since the epoch (UTC), like Kling's own timestamps.
V1 = """
CREATE TABLE jobs (
    id               INTEGER PRIMARY KEY,     -- insertion order = history order
    kind             TEXT NOT NULL CHECK (kind IN ('image', 'text2video', 'image2video')),
    profile          TEXT NOT NULL,           -- connection profile name, never a key
    model            TEXT NOT NULL,
    prompt           TEXT NOT NULL DEFAULT '',
    negative_prompt  TEXT NOT NULL DEFAULT '',
    request_json     TEXT NOT NULL,           -- every parameter as sent (images by input role)
    external_task_id TEXT NOT NULL UNIQUE,    -- chosen before any network: never pay twice
    task_id          TEXT,
    status           TEXT NOT NULL,
    status_message   TEXT NOT NULL DEFAULT '',
    error            TEXT NOT NULL DEFAULT '',
    queued_at        INTEGER NOT NULL,
    submitted_at     INTEGER,
    finished_at      INTEGER,
    credits          REAL,
    favourite        INTEGER NOT NULL DEFAULT 0,
    tags             TEXT NOT NULL DEFAULT '', -- comma-separated, normalised
    deleted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX jobs_status ON jobs (status) WHERE status NOT IN ('succeeded', 'failed', 'cancelled');
CREATE INDEX jobs_kind ON jobs (kind, id);
CREATE INDEX jobs_favourite ON jobs (id) WHERE favourite = 1;

CREATE TABLE job_inputs (
    id            INTEGER PRIMARY KEY,
    job_id        INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    role          TEXT NOT NULL,              -- image, image_tail, static_mask, dynamic_mask:N
    sha256        TEXT NOT NULL,              -- names the prepared copy in the inputs folder
    original_path TEXT,
    width         INTEGER,
    height        INTEGER,
    thumbnail     BLOB
);
CREATE INDEX job_inputs_job ON job_inputs (job_id);

CREATE TABLE outputs (
    id             INTEGER PRIMARY KEY,
    job_id         INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    media          TEXT NOT NULL CHECK (media IN ('image', 'video')),
    url            TEXT NOT NULL,
    watermark_url  TEXT,
    url_expires_at INTEGER,
    remote_id      TEXT,                      -- the video id, usable for follow-ups
    path           TEXT,
    size           INTEGER,
    sha256         TEXT,
    width          INTEGER,
    height         INTEGER,
    duration       REAL,
    thumbnail      BLOB,
    UNIQUE (job_id, idx)
);

-- Full-text index over prompt, negative prompt and tags, kept by the app (CJK text is
-- stored one character per token so that any run of characters matches as a phrase).
CREATE VIRTUAL TABLE jobs_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
"""


def _script(conn: sqlite3.Connection, script: str) -> None:
    """Run a step's statements one by one, inside the migration's transaction (unlike
    `executescript`, which would commit first)."""
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    _script(conn, V1)


# Format 2: any operation (the registry names them, not this file) and any kind of result
# (sound too); the API standard a job was sent on; `note` for what is said while a job
# waits, `error` only for why it failed. SQLite cannot drop a CHECK, so `jobs` and
# `outputs` are rebuilt; foreign keys are off while that happens (see Database._migrate).
V2_JOBS = """
CREATE TABLE jobs_v2 (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,           -- the operation's name
    profile          TEXT NOT NULL,
    model            TEXT NOT NULL,
    prompt           TEXT NOT NULL DEFAULT '',
    negative_prompt  TEXT NOT NULL DEFAULT '',
    request_json     TEXT NOT NULL,
    external_task_id TEXT NOT NULL UNIQUE,
    task_id          TEXT,
    standard         TEXT NOT NULL DEFAULT 'legacy',  -- the API standard it was sent on
    status           TEXT NOT NULL,
    note             TEXT NOT NULL DEFAULT '', -- why it waits (rate limit, busy slots...)
    error            TEXT NOT NULL DEFAULT '', -- why it failed
    queued_at        INTEGER NOT NULL,
    submitted_at     INTEGER,
    finished_at      INTEGER,
    credits          REAL,
    favourite        INTEGER NOT NULL DEFAULT 0,
    tags             TEXT NOT NULL DEFAULT '',
    deleted          INTEGER NOT NULL DEFAULT 0
)
"""
V2_OUTPUTS = """
CREATE TABLE outputs_v2 (
    id             INTEGER PRIMARY KEY,
    job_id         INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    media          TEXT NOT NULL,             -- image, video or audio
    url            TEXT NOT NULL,
    watermark_url  TEXT,
    url_expires_at INTEGER,
    remote_id      TEXT,
    path           TEXT,
    size           INTEGER,
    sha256         TEXT,
    width          INTEGER,
    height         INTEGER,
    duration       REAL,
    thumbnail      BLOB,
    UNIQUE (job_id, idx)
)
"""


def _v2(conn: sqlite3.Connection) -> None:
    conn.execute(V2_JOBS)
    conn.execute(
        "INSERT INTO jobs_v2 (id, kind, profile, model, prompt, negative_prompt, request_json,"
        " external_task_id, task_id, status, note, error, queued_at, submitted_at,"
        " finished_at, credits, favourite, tags, deleted)"
        " SELECT id, kind, profile, model, prompt, negative_prompt, request_json,"
        " external_task_id, task_id, status,"
        " CASE WHEN status = 'failed' THEN '' ELSE status_message END,"
        " CASE WHEN status = 'failed' AND error = '' THEN status_message ELSE error END,"
        " queued_at, submitted_at, finished_at, credits, favourite, tags, deleted FROM jobs"
    )
    conn.execute("DROP TABLE jobs")
    conn.execute("ALTER TABLE jobs_v2 RENAME TO jobs")
    conn.execute(
        "CREATE INDEX jobs_status ON jobs (status)"
        " WHERE status NOT IN ('succeeded', 'failed', 'cancelled')"
    )
    conn.execute("CREATE INDEX jobs_kind ON jobs (kind, id)")
    conn.execute("CREATE INDEX jobs_favourite ON jobs (id) WHERE favourite = 1")
    conn.execute(V2_OUTPUTS)
    conn.execute("INSERT INTO outputs_v2 SELECT * FROM outputs")
    conn.execute("DROP TABLE outputs")
    conn.execute("ALTER TABLE outputs_v2 RENAME TO outputs")


# Format 3: what came from what. A job made from a result (a picture used as a reference,
# a first or last frame, extended; a video's last frame; a video given sound) names that
# result, by the request field it went into. Links are read both ways ("made from", "used
# in"), so both ends are indexed; results are found by their file (or a video by its id)
# for the jobs recorded before this format.
V3 = """
CREATE TABLE job_sources (
    job_id    INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    output_id INTEGER NOT NULL REFERENCES outputs (id) ON DELETE CASCADE,
    role      TEXT NOT NULL,              -- the request field: image, first_frame, video...
    PRIMARY KEY (job_id, role, output_id)
) WITHOUT ROWID;
CREATE INDEX job_sources_output ON job_sources (output_id);
CREATE INDEX outputs_path ON outputs (path) WHERE path IS NOT NULL;
CREATE INDEX outputs_remote ON outputs (remote_id) WHERE remote_id IS NOT NULL;
INSERT OR IGNORE INTO job_sources (job_id, output_id, role)
    SELECT i.job_id, o.id, i.role FROM job_inputs i JOIN outputs o ON o.path = i.original_path
    WHERE i.original_path IS NOT NULL AND o.job_id <> i.job_id
"""


def _v3(conn: sqlite3.Connection) -> None:
    _script(conn, V3)


# Format 4: the account's elements (characters saved on Kling from photos), cached per
# connection so the library shows them, with their pictures, offline. `name` is what the
# user calls it (Kling cannot rename one); `kling_name` what Kling was told.
V4 = """
CREATE TABLE elements (
    profile     TEXT NOT NULL,
    task_id     TEXT NOT NULL,            -- Kling's task that made it
    element_id  TEXT NOT NULL DEFAULT '', -- known once made
    name        TEXT NOT NULL,
    kling_name  TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL,            -- creating, ready, failed, deleted
    message     TEXT NOT NULL DEFAULT '',
    picture_url TEXT,
    thumbnail   BLOB,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (profile, task_id)
)
"""


def _v4(conn: sqlite3.Connection) -> None:
    conn.execute(V4)


MIGRATIONS = [(1, _v1), (2, _v2), (3, _v3), (4, _v4)]
