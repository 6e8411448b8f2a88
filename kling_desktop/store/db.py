"""The SQLite file: opening, migrating, recovering, and writing safely from many threads.

- WAL mode; one connection per thread; writes in `BEGIN IMMEDIATE` transactions so
  readers never see half a job and writers never deadlock on a lock upgrade.
- Schema version in `PRAGMA user_version`; ordered migrations, each in one transaction,
  after a consistent copy of the file (SQLite's backup API) is taken.
- A file from a newer app version is refused and never altered.
- A damaged file is moved aside (never deleted) and a fresh one started; the caller is
  told where the old one went (`OpenReport.moved_aside`). A file that is only busy (another
  process holds its lock) is waited for, never taken for damaged.
- "Disk full" and "read-only folder" become `StoreError`s with a sentence, not tracebacks.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kling_desktop.store.schema import MIGRATIONS
from kling_desktop.text import Message, tr

log = logging.getLogger("kling_desktop.store")

Migration = tuple[int, Callable[[sqlite3.Connection], None]]

# How long a connection waits for another one's lock before giving up with a sentence.
BUSY_SECONDS = 10.0


class StoreError(Exception):
    """A storage problem the user can understand and act on."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class DatabaseTooNewError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class ReadOnlyError(StoreError):
    pass


class BusyError(StoreError):
    """Another connection (another process) kept the file locked for `BUSY_SECONDS`."""


class DamagedError(StoreError):
    """The file's pages cannot be read: it is set aside (`Database.set_aside`)."""


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's "the file is damaged" answers (on any read, not only at open)."""
    if isinstance(exc, DamagedError):
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or (
        "malformed" in text or "not a database" in text
    )


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "another connection holds the lock" answers: the file is fine."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlite3.OperationalError) and (
        (code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED))
        or "database is locked" in str(exc).lower()
    )


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening: a migration (and its backup), or a recovery."""

    migrated_from: int | None = None
    backup: Path | None = None
    moved_aside: Path | None = None
    reindexed: bool = False  # damaged indexes were rebuilt; every row kept

    @property
    def message(self) -> Message | None:
        if self.moved_aside:
            return tr(
                "Your history file was damaged and could not be read. It was moved to "
                "{path} (nothing was deleted) and a new history was started.",
                path=str(self.moved_aside),
            )
        if self.reindexed:
            return tr(
                "Parts of your history file's index were damaged; they were rebuilt from "
                "the jobs themselves, and nothing was lost."
            )
        return None


#: `PRAGMA integrity_check` findings that `REINDEX` repairs: index entries that do not
#: match their rows. Anything else (a damaged table) is not repaired in place.
INDEX_PROBLEMS = (
    "missing from index",
    "wrong # of entries in index",
    "non-unique entry in UNIQUE index",
)


def translate_error(exc: sqlite3.Error, path: Path) -> Exception:
    """Known, user-fixable SQLite failures become `StoreError`s; bugs stay as they are."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    if is_damage(exc):
        return DamagedError(
            tr(
                "Your history file {path} is damaged and cannot be read.",
                path=str(path),
            )
        )
    if is_busy(exc):
        return BusyError(
            tr(
                "Your history {path} is in use by another program and stayed locked for "
                "{seconds} seconds. Close any other copy of Kling Desktop, or the program "
                "that has the file open, and try again.",
                path=str(path),
                seconds=round(BUSY_SECONDS),
            )
        )
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(
            tr(
                "The disk is full, so your history could not be saved. Free some space on "
                "the drive that holds {folder} and try again.",
                folder=str(path.parent),
            )
        )
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM) or (
        "readonly" in text or "unable to open" in text
    ):
        return ReadOnlyError(
            tr(
                "The app may not write to {folder}. Check that the folder exists and that "
                "you may change it, or choose another data folder.",
                folder=str(path.parent),
            )
        )
    return exc


def move_aside(path: Path) -> Path:
    """Rename a damaged history file (and its WAL and shared-memory files) to
    `<name>.damaged-<time>` beside it; the new name. Nothing is deleted."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    log.info("damaged history moved to %s", target)
    return target


class Database:
    """One history file, shared by every thread of the app."""

    def __init__(self, path: str | Path, *, migrations: Sequence[Migration] = MIGRATIONS):
        self.path = Path(path)
        self.migrations = list(migrations)
        self.version = self.migrations[-1][0] if self.migrations else 0
        # One connection per OS thread, keyed by its id rather than `threading.local`:
        # Qt's pool threads enter Python afresh for each task, and a thread-local would
        # open (and keep) a new connection every time.
        self._by_thread: dict[int, sqlite3.Connection] = {}
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyError(
                tr(
                    "The data folder {folder} cannot be created ({reason}).",
                    folder=str(self.path.parent),
                    reason=exc.strerror or str(exc),
                )
            ) from exc
        self.report = self._open()

    # Connections ---------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_SECONDS)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL: a process crash loses nothing
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc
        conn.row_factory = sqlite3.Row
        return conn

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (SQLite connections must not be shared across threads)."""
        ident = threading.get_ident()
        conn = self._by_thread.get(ident)
        if conn is None:
            conn = self._connect()
            with self._lock:
                self._by_thread[ident] = conn
        return conn

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: all of it lands, or none of it."""
        conn = self.connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                # SQLite may already have rolled back (e.g. after SQLITE_FULL).
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate_error(exc, self.path) from exc

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot across several SELECTs."""
        conn = self.connection()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for conn in self._by_thread.values():
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._by_thread = {}

    def integrity(self) -> str:
        """`PRAGMA integrity_check`: "ok" for a healthy file."""
        return self.connection().execute("PRAGMA integrity_check").fetchone()[0]

    def repair_indexes(self) -> bool:
        """Check the whole file; rebuild its indexes (`REINDEX`) when they are all that is
        wrong, which SQLite repairs exactly. True when it repaired something (and
        `report` says so); False when the file was healthy. Raises `DamagedError` when
        the rows themselves are damaged, or the rebuild did not make the file whole. A
        full check reads every page: run it off the GUI thread."""
        found = self._findings()
        if found == ["ok"]:
            return False
        if not all(any(p in f for p in INDEX_PROBLEMS) for f in found):
            raise DamagedError(tr("Your history file is damaged ({finding}).", finding=found[0]))
        log.warning("history indexes damaged (%s, ...); rebuilding them", found[0])
        with self.write() as conn:
            conn.execute("REINDEX")
        again = self._findings()
        if again != ["ok"]:
            raise DamagedError(tr("Your history file is damaged ({finding}).", finding=again[0]))
        log.info("history indexes rebuilt; the file checks ok")
        self.report = dataclasses.replace(self.report, reindexed=True)
        return True

    def _findings(self) -> list[str]:
        try:
            rows = self.connection().execute("PRAGMA integrity_check(20)").fetchall()
        except sqlite3.DatabaseError as exc:
            raise DamagedError(
                tr("Your history file is damaged ({finding}).", finding=str(exc))
            ) from exc
        return [str(r[0]) for r in rows]

    # Opening -------------------------------------------------------------------------------

    def _open(self) -> OpenReport:
        moved = None
        reindexed = False
        try:
            version = self._probe_when_free()
        except (sqlite3.DatabaseError, DamagedError) as exc:
            if not is_damage(exc):  # busy, read-only, disk full, I/O...: the file stays put
                error = translate_error(exc, self.path)
                if error is exc:
                    error = StoreError(
                        tr("Your history could not be read or written ({reason}).", reason=str(exc))
                    )
                raise error from exc
            if self._reindexed_after(exc):
                reindexed = True
            else:
                moved = self._move_aside(exc)
            version = self._probe()
        if version > self.version:
            self.close()
            raise DatabaseTooNewError(
                tr(
                    "Your history was saved by a newer version of Kling Desktop (format "
                    "{found}; this version reads up to {known}). Update the app; the file "
                    "was not changed.",
                    found=version,
                    known=self.version,
                )
            )
        if version < self.version:
            backup = self._backup(version) if version > 0 else None
            self._migrate()
            return OpenReport(
                migrated_from=version, backup=backup, moved_aside=moved, reindexed=reindexed
            )
        return OpenReport(moved_aside=moved, reindexed=reindexed)

    def _probe_when_free(self) -> int:
        """The probe, tried again for up to `BUSY_SECONDS` while another connection holds
        the file. SQLite answers "busy" at once, without its busy timeout, when waiting
        could deadlock: two processes creating the same new file (one turning it to WAL
        while the other reads its header) meet exactly that."""
        try:
            return self._probe()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
        import tenacity  # only on this rare path: it is not needed to start

        def end_the_transaction(_state: tenacity.RetryCallState) -> None:
            conn = self.connection()
            if conn.in_transaction:
                conn.execute("ROLLBACK")

        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception(is_busy),
            stop=tenacity.stop_after_delay(BUSY_SECONDS),
            wait=tenacity.wait_random_exponential(multiplier=0.01, max=0.2),
            before_sleep=end_the_transaction,
            reraise=True,
        )
        return retrying(self._probe)

    def _probe(self) -> int:
        conn = self.connection()
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            log.warning("history database is in %s mode, not WAL", mode)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn.execute("PRAGMA user_version").fetchone()[0]

    def set_aside(self, exc: BaseException) -> OpenReport:
        """A real read found damaged pages: rebuild the indexes if they are what is
        damaged; else move the file aside (never delete it) and start a new, empty
        history in its place. Every thread's connection is closed first, so call it only
        when no other thread is using the database."""
        if self._reindexed_after(exc):
            self.report = OpenReport(reindexed=True)
            return self.report
        moved = self._move_aside(exc)
        self._probe()
        self._migrate()
        self.report = OpenReport(moved_aside=moved)
        return self.report

    def _reindexed_after(self, exc: BaseException) -> bool:
        """Damage met while reading: repaired in place when only indexes are hit."""
        log.warning("history database damaged (%s); checking it", exc)
        try:
            self.report = OpenReport()
            return self.repair_indexes()
        except (StoreError, sqlite3.Error) as problem:
            log.warning("not repairable in place: %s", problem)
            return False

    def _move_aside(self, exc: BaseException) -> Path:
        self.close()
        log.warning("history database unreadable (%s); moving it aside", exc)
        return move_aside(self.path)

    def _backup(self, version: int) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.v{version}-{stamp}.bak")
        dest = sqlite3.connect(target)
        try:
            self.connection().backup(dest)
        finally:
            dest.close()
        log.info("copied history (format %d) to %s before migrating", version, target)
        return target

    def _migrate(self) -> None:
        """Run each step not yet applied, each in its own write transaction. The version is
        read again *inside* the transaction: two processes opening a new file at once take
        turns, and the second finds the work done. Foreign keys are off meanwhile (a step
        may rebuild a table; SQLite ignores the pragma inside a transaction) and are checked
        before each step commits."""
        conn = self.connection()
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for version, step in self.migrations:
                with self.write() as conn:
                    if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
                        continue
                    step(conn)
                    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise sqlite3.IntegrityError(
                            f"format {version} would leave {len(broken)} broken references"
                        )
                    conn.execute(f"PRAGMA user_version = {int(version)}")
                log.info("history migrated to format %d", version)
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
