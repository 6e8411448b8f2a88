"""One running app per data folder, and a way for other processes to talk to it.

Whoever runs the engine (the window, or `kling-desktop generate` when no window is open;
see `runner.py`) holds a lock file in the data folder and listens on a local socket named
after that folder. Another `generate` (or a second double-click) asks it to queue the job
(or to come to the front) instead of running a second engine on the same history.
Messages are one JSON object per line, answered by one JSON object:

- `{"cmd": "enqueue", "spec": ..., "wait": bool}` -> `{"ok": true, "job_id": N}`
- `{"cmd": "show", "handover": true}` -> a window comes to the front (`{"ok": true}`); the
  command line lets go of the folder for the window (`{"ok": true, "released": true}`)
- `{"cmd": "resume"}` -> `{"ok": true, "jobs": [...]}`: the unfinished jobs it finishes
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, Signal

log = logging.getLogger("kling_desktop")

Reply = Callable[[dict[str, Any]], None]


def server_name(data_dir: Path) -> str:
    import hashlib  # loads OpenSSL: not needed before the window is up

    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"kling-desktop-{digest}"


def lock(data_dir: Path, wait_ms: int = 0) -> QLockFile | None:
    """The data folder's lock, or None if another live process holds it (after waiting up
    to `wait_ms` for it to let go). Raises the folder's own `OSError` when the lock file
    cannot be made at all (read-only, full, no permission): that is not another app, and
    waiting for one would only delay the sentence that says so."""
    file = QLockFile(str(Path(data_dir) / "app.lock"))
    file.setStaleLockTime(0)  # only a dead process's lock is stale
    if file.tryLock(wait_ms):
        return file
    if file.error() != QLockFile.LockError.LockFailedError:
        raise why_not_writable(Path(data_dir))
    return None


def why_not_writable(folder: Path) -> OSError:
    """Why nothing can be written in `folder`, as the system says it: found by writing a
    small file there (Qt's lock says only "permission" or "unknown")."""
    probe = folder / f".kling-desktop-write-test-{os.getpid()}"
    try:
        with open(probe, "wb") as file:
            file.write(b"x")
            file.flush()
            os.fsync(file.fileno())
    except OSError as exc:
        return type(exc)(exc.errno, exc.strerror, str(folder))
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return PermissionError(errno.EACCES, "the lock file cannot be created", str(folder))


def ask(data_dir: Path, message: dict[str, Any], timeout_ms: int = 10_000) -> dict[str, Any] | None:
    """Send `message` to the app running on `data_dir`; None if none is running."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(1000):
        return None
    socket.write(json.dumps(message).encode() + b"\n")
    socket.waitForBytesWritten(timeout_ms)
    data = b""
    while b"\n" not in data:
        if not socket.waitForReadyRead(timeout_ms):
            break
        data += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        return json.loads(data.split(b"\n", 1)[0])
    except ValueError:
        return None


class InstanceServer(QObject):
    """Listens for other processes; emits `message(data, reply)` for each request."""

    message = Signal(dict, object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer  # started after the window is shown

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # left behind by a crashed run (we hold the lock)
            if not self._server.listen(name):
                log.warning("cannot listen for other processes: %s", self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def close(self) -> None:
        """Stop listening (before the lock is released, so nobody is left unanswered)."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()

            def read(socket=socket, buffer=buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" not in buffer:
                    return
                line = bytes(buffer).split(b"\n", 1)[0]
                try:
                    data = json.loads(line)
                except ValueError:
                    data = {}

                def reply(answer: dict[str, Any], socket=socket) -> None:
                    socket.write(json.dumps(answer).encode() + b"\n")
                    socket.flush()
                    socket.disconnectFromServer()

                self.message.emit(data if isinstance(data, dict) else {}, reply)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
