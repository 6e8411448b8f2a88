"""The history file: formats, migrations, damage, full disks, crashes and threads."""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kling_desktop.store import (
    BusyError,
    Database,
    DatabaseTooNewError,
    DiskFullError,
    History,
    JobStatus,
    ReadOnlyError,
    StoreError,
)
from kling_desktop.store import db as store_db
from kling_desktop.store.db import translate_error
from kling_desktop.store.schema import MIGRATIONS
from tests.store.conftest import new_input, new_job

FIXTURES = Path(__file__).parent / "fixtures"
CURRENT = MIGRATIONS[-1][0]
NEXT = CURRENT + 1  # a format a later version of the app would write


def test_a_new_file_is_current_and_in_wal_mode(db):
    conn = db.connection()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == MIGRATIONS[-1][0]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.report.migrated_from == 0
    assert db.report.backup is None  # nothing to copy in an empty file


@pytest.mark.parametrize(
    "fixture", sorted(FIXTURES.glob("history-v*.sqlite")), ids=lambda p: p.name
)
def test_every_released_format_opens_with_its_data(fixture, tmp_path):
    path = tmp_path / "history.sqlite"
    shutil.copy(fixture, path)
    db = Database(path)
    history = History(db, tmp_path / "inputs")
    jobs = history.page()
    assert [j.prompt for j in jobs] == ["一只橘猫在窗台上晒太阳", "a lighthouse at dawn"]
    assert history.outputs(jobs[1].id)[0].media == "image"
    assert db.integrity() == "ok"
    db.close()


def test_format_1_becomes_format_2_with_every_job_kept(tmp_path):
    """Any operation and any kind of result may be recorded now; a failed job's reason
    moves to `error`, a waiting job's note stays a note; nothing else changes."""
    path = tmp_path / "history.sqlite"
    shutil.copy(FIXTURES / "history-v1.sqlite", path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO jobs (kind, profile, model, prompt, request_json, external_task_id,"
        " status, status_message, queued_at) VALUES ('image', 'Demo', 'kling-v1', 'old fail',"
        " '{}', 'kd-old-fail', 'failed', 'Image pixel is invalid', 1)"
    )
    conn.commit()
    conn.close()
    db = Database(path)
    assert db.report.migrated_from == 1
    history = History(db, tmp_path / "inputs")
    failed = history.by_external_id("kd-old-fail")
    assert (failed.error, failed.note, failed.standard) == ("Image pixel is invalid", "", "legacy")
    waiting = history.by_external_id("kd-fixture-2")
    assert waiting.status is JobStatus.QUEUED and waiting.error == ""
    history.add_job(new_job(9, kind="omni_video"))  # refused by format 1's CHECK
    done = history.by_external_id("kd-fixture-1")
    assert history.outputs(done.id)[0].media == "image"
    assert db.connection().execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.integrity() == "ok"
    db.close()


def test_processes_opening_a_new_file_at_once_take_turns(tmp_path):
    """Six processes open the same new file at the same instant, twenty times over. The
    version is read inside the write transaction, so the later ones find the work done; and
    SQLite's immediate "database is locked" while another turns the file to WAL is waited
    out, never taken for damage (which once moved the history aside under the others)."""
    path = tmp_path / "history.sqlite"
    go = tmp_path / "go"
    code = (
        "import os, sys, time; from kling_desktop.store import Database; print('ready', "
        "flush=True)\nwhile not os.path.exists(sys.argv[2]): time.sleep(0.001)\n"
        "Database(sys.argv[1]).close(); print('ok')"
    )
    for _ in range(20):
        for old in tmp_path.glob("history.sqlite*"):
            old.unlink()
        go.unlink(missing_ok=True)
        runs = [
            subprocess.Popen(
                [sys.executable, "-c", code, str(path), str(go)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(6)
        ]
        for run in runs:  # every one has imported the app and waits for the word
            assert run.stdout.readline().strip() == "ready"
        go.touch()
        for run in runs:
            out, err = run.communicate(timeout=60)
            assert run.returncode == 0, err
            assert (out.strip(), err) == ("ok", "")
        assert not list(tmp_path.glob("*.damaged-*"))
    db = Database(path)
    assert db.integrity() == "ok"
    assert db.connection().execute("PRAGMA user_version").fetchone()[0] == CURRENT
    db.close()


def _history_with_one_job(path: Path) -> None:
    first = Database(path)
    History(first, path.parent / "inputs").add_job(new_job(1))
    first.close()


def _still_has_its_job(db: Database) -> bool:
    job = History(db, db.path.parent / "inputs").by_external_id(new_job(1).external_task_id)
    return db.report.moved_aside is None and job is not None


def _locked_by_another(path: Path) -> sqlite3.Connection:
    """Another program holding the file: an exclusive lock that keeps even readers out."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    return other


def test_a_file_locked_too_long_is_refused_in_a_sentence_and_left_alone(tmp_path, monkeypatch):
    path = tmp_path / "history.sqlite"
    _history_with_one_job(path)
    monkeypatch.setattr(store_db, "BUSY_SECONDS", 0.4)
    other = _locked_by_another(path)
    started = time.monotonic()
    with pytest.raises(BusyError) as refused:
        Database(path)
    assert time.monotonic() - started >= 0.4  # it waited before giving up
    words = str(refused.value)
    assert "in use by another program" in words and str(path) in words
    assert "Traceback" not in words and "locked)" not in words
    assert not list(tmp_path.glob("*.damaged-*"))
    other.close()
    again = Database(path)  # the other program let go: the history is all there
    assert _still_has_its_job(again)
    again.close()


def test_a_lock_let_go_while_waiting_opens_normally(tmp_path, monkeypatch):
    path = tmp_path / "history.sqlite"
    _history_with_one_job(path)
    monkeypatch.setattr(store_db, "BUSY_SECONDS", 5.0)
    other = _locked_by_another(path)
    threading.Timer(0.3, other.close).start()
    db = Database(path)
    assert _still_has_its_job(db)
    db.close()


def test_any_other_failure_to_open_is_said_and_moves_nothing(tmp_path, monkeypatch):
    path = tmp_path / "history.sqlite"
    _history_with_one_job(path)

    def failing_disk(self):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Database, "_probe", failing_disk)
    with pytest.raises(StoreError) as refused:
        Database(path)
    assert str(refused.value) == "Your history could not be read or written (disk I/O error)."
    assert not list(tmp_path.glob("*.damaged-*"))
    monkeypatch.undo()
    again = Database(path)
    assert _still_has_its_job(again)
    again.close()


def test_a_write_kept_waiting_too_long_says_so_in_words(tmp_path, monkeypatch):
    monkeypatch.setattr(store_db, "BUSY_SECONDS", 0.2)
    db = Database(tmp_path / "history.sqlite")
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer, in the middle of its transaction
    try:
        with pytest.raises(BusyError), db.write() as conn:
            conn.execute("PRAGMA user_version")
    finally:
        other.close()
        db.close()


def _with_extra_step(conn):
    conn.execute("ALTER TABLE jobs ADD COLUMN rating INTEGER NOT NULL DEFAULT 0")


def test_a_migration_copies_the_file_first_then_upgrades(tmp_path):
    path = tmp_path / "history.sqlite"
    old = Database(path)
    History(old, tmp_path / "inputs").add_job(new_job(1))
    old.close()
    newer = Database(path, migrations=[*MIGRATIONS, (NEXT, _with_extra_step)])
    assert newer.report.migrated_from == CURRENT
    backup = newer.report.backup
    assert backup.exists() and f".v{CURRENT}-" in backup.name
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == CURRENT
    assert copy.execute("SELECT prompt FROM jobs").fetchone()[0] == "prompt number 1"
    copy.close()
    conn = newer.connection()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == NEXT
    assert conn.execute("SELECT rating FROM jobs").fetchone()[0] == 0
    newer.close()


def _broken_step(conn):
    conn.execute("ALTER TABLE jobs ADD COLUMN half_done INTEGER")
    raise RuntimeError("migration bug")


def test_a_failing_migration_changes_nothing(tmp_path):
    path = tmp_path / "history.sqlite"
    Database(path).close()
    with pytest.raises(RuntimeError):
        Database(path, migrations=[*MIGRATIONS, (NEXT, _broken_step)])
    db = Database(path)
    columns = [r[1] for r in db.connection().execute("PRAGMA table_info(jobs)")]
    assert "half_done" not in columns
    assert db.connection().execute("PRAGMA user_version").fetchone()[0] == CURRENT
    db.close()


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "history.sqlite"
    Database(path, migrations=[*MIGRATIONS, (NEXT, _with_extra_step)]).close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNewError) as info:
        Database(path)
    assert "newer version of Kling Desktop" in str(info.value)
    assert f"format {NEXT}" in str(info.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_damaged_file_is_moved_aside_and_a_new_one_started(tmp_path):
    path = tmp_path / "history.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    db = Database(path)
    moved = db.report.moved_aside
    assert moved.exists() and moved.read_bytes().startswith(b"this is not a database")
    assert str(moved) in db.report.message
    assert "nothing was deleted" in db.report.message
    History(db, tmp_path / "inputs").add_job(new_job(1))
    assert db.integrity() == "ok"
    db.close()


def test_a_damaged_page_inside_is_moved_aside(tmp_path):
    path = tmp_path / "history.sqlite"
    db = Database(path)
    History(db, tmp_path / "inputs").add_job(new_job(1))
    db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage-garbage!"  # the header says it is not SQLite any more
    path.write_bytes(bytes(data))
    db = Database(path)
    assert db.report.moved_aside is not None
    db.close()


def test_disk_full_is_a_sentence_and_leaves_no_half_job(db, history):
    history.add_job(new_job(0))
    conn = db.connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(DiskFullError) as info:
        history.add_job(new_job(1, request={"blob": "x" * 200_000}, inputs=[new_input(b"y" * 10)]))
    assert "disk is full" in str(info.value)
    assert str(db.path.parent) in str(info.value)
    assert history.by_external_id("kd-test-1") is None
    assert conn.execute("SELECT count(*) FROM job_inputs").fetchone()[0] == 0


def test_a_read_only_file_is_a_sentence(tmp_path):
    path = tmp_path / "history.sqlite"
    Database(path).close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        conn.execute("CREATE TABLE x (y)")
    error = translate_error(info.value, path)
    assert isinstance(error, ReadOnlyError)
    assert "may not write to" in str(error)


def test_an_impossible_data_folder_is_a_sentence(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(ReadOnlyError) as info:
        Database(blocker / "history.sqlite")
    assert "cannot be created" in str(info.value)


def test_writers_on_many_threads(db, history):
    def add(worker: int) -> None:
        for i in range(40):
            history.add_job(new_job(worker * 1000 + i, inputs=[new_input(bytes([worker, i]))]))

    threads = [threading.Thread(target=add, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert history.count() == 160


def test_readers_never_see_half_written_jobs(db, history):
    stop = threading.Event()
    bad: list[int] = []

    def read() -> None:
        while not stop.is_set():
            for job in history.page(limit=20):
                if len(history.inputs(job.id)) != 3:
                    bad.append(job.id)

    reader = threading.Thread(target=read)
    reader.start()
    for n in range(60):
        history.add_job(new_job(n, inputs=[new_input(bytes([n, k])) for k in range(3)]))
    stop.set()
    reader.join()
    assert bad == []


CHILD = """
import sys, time
from kling_desktop.store import Database, History, NewJob, NewInput
db = Database(sys.argv[1])
history = History(db, sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    job = history.add_job(NewJob(kind="image", profile="p", model="kling-v1",
        prompt="crash " * 50, request={"blob": "z" * 20000}, external_task_id=f"kd-{n}",
        inputs=[NewInput(role="image", data=bytes([n % 256]) * 5000 + str(n).encode()),
                NewInput(role="image_tail", data=b"tail" + str(n).encode())]))
    history.update(job, task_id=f"t-{n}")
    n += 1
"""


def test_a_crash_mid_write_loses_nothing_committed_and_corrupts_nothing(tmp_path):
    path = tmp_path / "history.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "inputs")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(1.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    db = Database(path)
    history = History(db, tmp_path / "inputs")
    assert db.integrity() == "ok"
    jobs = history.page(limit=100000)
    assert len(jobs) > 5
    for job in jobs:  # every recorded job is whole: both inputs, files on disk
        inputs = history.inputs(job.id)
        assert [i.role for i in inputs] == ["image", "image_tail"]
        assert all(i.stored_path.exists() for i in inputs)
    assert history.active()[0].status is JobStatus.QUEUED
    db.close()
