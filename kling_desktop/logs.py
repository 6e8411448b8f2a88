"""Logging to a file in the user's log folder, rotated at start, with secrets redacted.

The client never logs keys; redaction is the second line of defence: every formatted
line (traceback included) passes through `redact`, which removes registered secrets,
bearer tokens and anything shaped like a JWT.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

LOG_FILE = "kling-desktop.log"
MAX_BYTES = 2 * 2**20
BACKUPS = 3
_JWT = re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+")
_BEARER = re.compile(r"(Bearer\s+)[^\s\"',]+", re.IGNORECASE)
_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """Never let `value` reach a log line (keys are registered when they are loaded)."""
    if value and len(value) >= 6:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    text = _JWT.sub("[redacted-jwt]", text)
    return _BEARER.sub(r"\1[redacted]", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class ConsoleFormatter(logging.Formatter):
    """For a terminal: the message only, never a traceback (that is in the file)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(f"{record.levelname.lower()}: {record.getMessage()}")


def rotate(path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
    """Start a new file when `path` has grown past `max_bytes`, keeping `backups` old ones
    (`.1` the newest).

    Done once when a process starts rather than while it writes: the window and the
    command line may log to the same file at once, and renaming a file that another
    process is writing to loses its lines (or, on Windows, fails)."""
    try:
        if path.stat().st_size < max_bytes:
            return
        for n in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # missing, or held open by another process: keep appending


def setup(log_dir: Path, *, verbose: bool = False, console: bool = False) -> Path | None:
    """Send the app's log to `log_dir/kling-desktop.log` (2 MB × 4 files); the file, or None
    when it cannot be written (a read-only or full disk: the app goes on without it)."""
    # A handler that fails later (the disk filled up, the folder turned read-only) drops
    # the line instead of printing a traceback of its own.
    logging.raiseExceptions = False
    path: Path | None = log_dir / LOG_FILE
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        path = None
    else:
        handler.setFormatter(
            RedactingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(ConsoleFormatter())
        stream.setLevel(logging.ERROR)
        stream.addFilter(lambda record: not record.exc_info)  # the sentence says it
        root.addHandler(stream)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
