"""Storage problems are named for what they are (#25): a data folder where the lock file
cannot be made (read-only, full, no permission) is said at once in the app's words for
those, never as "another Kling Desktop" after a wait."""

from __future__ import annotations

import errno
import sqlite3
import time

import pytest

from kling_desktop import instance

#: The command line in a process of its own, where Qt cannot make the lock file (it
#: says only "permission") and the folder's own answer to a write is `errno` ({code}).
REFUSING = """
import errno, os, sys
from PySide6.QtCore import QLockFile
QLockFile.tryLock = lambda self, timeout=0: False
QLockFile.error = lambda self: QLockFile.LockError.PermissionError
def fsync(fd):
    raise OSError({code}, os.strerror({code}))
os.fsync = fsync
from kling_desktop.app import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    ("code", "said"),
    [
        (errno.ENOSPC, "The disk is full: {folder} could not be written."),
        (errno.EROFS, "Kling Desktop may not write to {folder} (Read-only file system)."),
        (errno.EACCES, "Kling Desktop may not write to {folder} (Permission denied)."),
    ],
)
def test_a_folder_that_cannot_be_written_is_named_at_once(tmp_path, code, said):
    import subprocess
    import sys

    from tests.reliability.test_bad_inputs import ENV

    folder = tmp_path / "d"
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", REFUSING.format(code=code), "generate", "image", "--prompt",
         "x", "--sandbox", "--data-dir", str(folder)],
        env=ENV, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert time.monotonic() - started < 15  # not 20 s of waiting for another app
    assert said.format(folder=folder / "data") in result.stderr
    assert "Another Kling Desktop" not in result.stderr


def test_a_lock_held_by_another_app_is_still_waited_for(tmp_path):
    held = instance.lock(tmp_path)
    assert held is not None
    assert instance.lock(tmp_path) is None  # held: not an error of the folder
    held.unlock()


def test_why_a_folder_cannot_be_written_is_the_systems_reason(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    problem = instance.why_not_writable(not_a_folder)
    assert problem.errno == errno.ENOTDIR and problem.filename == str(not_a_folder)


# A damaged history: indexes rebuilt in place, a damaged file set aside, and both said.


def history_with_jobs(path, n=3):
    from kling_desktop.store.db import Database
    from kling_desktop.store.history import History
    from tests.store.conftest import new_job

    db = Database(path)
    history = History(db, path.parent / "inputs")
    ids = [history.add_job(new_job(i)) for i in range(n)]
    db.close()
    return ids


def damage_an_index(path) -> None:
    """Index entries that no longer match their rows ("row 1 missing from index"), as
    damaged index pages leave them; the file's header and its rows are intact."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX jobs_kind ON jobs (model, id)' "
        "WHERE name = 'jobs_kind'"
    )
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    assert "missing from index" in conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()


def test_damaged_indexes_are_rebuilt_and_nothing_is_lost(tmp_path):
    from kling_desktop.store.db import Database

    path = tmp_path / "history.sqlite"
    ids = history_with_jobs(path)
    damage_an_index(path)
    db = Database(path)
    assert db.repair_indexes() is True
    assert db.integrity() == "ok"
    assert "were rebuilt from the jobs themselves" in str(db.report.message)
    rows = db.connection().execute("SELECT id FROM jobs ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ids
    assert db.repair_indexes() is False  # healthy now: nothing to do
    db.close()


def test_a_damaged_table_is_not_mistaken_for_an_index(tmp_path, monkeypatch):
    from kling_desktop.store.db import DamagedError, Database

    path = tmp_path / "history.sqlite"
    history_with_jobs(path)
    db = Database(path)
    monkeypatch.setattr(db, "_findings", lambda: ["Page 5: btreeInitPage() returns error"])
    with pytest.raises(DamagedError):
        db.repair_indexes()
    db.close()


def test_resume_rebuilds_damaged_indexes_and_says_so(tmp_path):
    from kling_desktop.store import AppPaths
    from tests.reliability.test_bad_inputs import run

    paths = AppPaths.portable_in(tmp_path / "d").ensure()
    history_with_jobs(paths.database)
    damage_an_index(paths.database)
    result = run("generate", "--resume", "--sandbox", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "were rebuilt from the jobs themselves, and nothing was lost" in result.stderr
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_history_set_aside_is_said_on_the_command_line(tmp_path):
    from kling_desktop.store import AppPaths
    from tests.reliability.test_bad_inputs import run

    paths = AppPaths.portable_in(tmp_path / "d").ensure()
    paths.database.write_bytes(b"this is not a history file" * 100)
    result = run(
        "generate", "image", "--prompt", "x", "--sandbox", "--data-dir", str(tmp_path / "d")
    )
    assert result.returncode == 0, result.stderr
    assert "Your history file was damaged and could not be read. It was moved to" in (result.stderr)
    assert list(paths.data.glob("history.sqlite.damaged-*"))


def test_the_window_rebuilds_damaged_indexes_once_it_is_up(qtbot, make_window):
    def before(context):
        history_with_jobs(context.paths.database)
        damage_an_index(context.paths.database)

    win = make_window(before=before)
    qtbot.waitUntil(lambda: "were rebuilt" in win.statusBar().currentMessage(), timeout=10_000)
    assert win.context.db.integrity() == "ok"
    assert win.history_panel.model.rowCount() == 3
