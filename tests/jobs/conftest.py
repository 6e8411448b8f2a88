from __future__ import annotations

import pytest

from kling_desktop.jobs import ClientPool, Engine, Pacing, Steps
from kling_desktop.store import Database, History
from tests.conftest import FAST, make_connection


class Outcome(str):
    """A final status that shows the job's messages when an assertion on it fails."""

    def __new__(cls, status: str, messages: list[str]):
        obj = super().__new__(cls, status)
        obj.messages = messages
        return obj

    def __repr__(self) -> str:
        return f"{str(self)!r} (messages: {self.messages})"


QUICK = Pacing(image_first=0.05, video_first=0.05, maximum=0.2, retry=0.1)


class Rig:
    """An engine wired to the sandbox and a history in a temporary folder."""

    def __init__(self, sandbox, tmp_path, qtbot, *, threads=3, max_running=3, mode="relay"):
        self.sandbox = sandbox
        self.mode = mode  # relay: the legacy standard; api_key: video on the new one
        self.tmp_path = tmp_path
        self.qtbot = qtbot
        self.threads = threads
        self.max_running = max_running
        self.library = tmp_path / "library"
        self.engine = None
        self.start()

    def start(self):
        self.db = Database(self.tmp_path / "history.sqlite")
        self.history = History(self.db, self.tmp_path / "inputs")
        self.pool = ClientPool(
            lambda profile: make_connection(self.mode, self.sandbox), retry=FAST, timeout=5
        )
        self.steps = Steps(self.history, self.pool, lambda media: self.library, QUICK)
        self.engine = Engine(
            self.steps,
            pool=self.pool,
            threads=self.threads,
            max_running=lambda profile: self.max_running,
        )
        self.finished: dict[int, str] = {}
        self.messages: list[tuple[int, str]] = []
        self.blocked: list[tuple[str, str]] = []
        self.recorded: dict[int, int] = {}
        self.engine.job_finished.connect(
            lambda update: self.finished.__setitem__(update.id, update.status.value)
        )
        self.engine.job_message.connect(lambda j, m: self.messages.append((j, m)))
        self.engine.profile_blocked.connect(lambda p, m: self.blocked.append((p, m)))
        self.engine.job_recorded.connect(lambda t, j: self.recorded.__setitem__(t, j))
        self.engine.start()

    def stop(self):
        if self.engine is not None:
            self.engine.shutdown(timeout=5)
            self.engine.deleteLater()
            self.engine = None
            self.db.close()

    def restart(self):
        self.stop()
        self.start()

    def run(self, spec, timeout=10_000) -> int:
        """Enqueue `spec` and wait until its job ends; returns the job id."""
        token = self.engine.enqueue(spec)
        self.qtbot.waitUntil(lambda: token in self.recorded, timeout=timeout)
        job_id = self.recorded[token]
        self.wait(job_id, timeout)
        return job_id

    def enqueue(self, spec) -> int:
        token = self.engine.enqueue(spec)
        self.qtbot.waitUntil(lambda: token in self.recorded, timeout=5000)
        return self.recorded[token]

    def wait(self, job_id, timeout=10_000) -> str:
        self.qtbot.waitUntil(lambda: job_id in self.finished, timeout=timeout)
        return Outcome(self.finished[job_id], [m for j, m in self.messages if j == job_id])


@pytest.fixture
def rig(sandbox, tmp_path, qtbot):
    r = Rig(sandbox, tmp_path, qtbot)
    yield r
    r.stop()


@pytest.fixture(params=["relay", "api_key"])
def any_rig(request, sandbox, tmp_path, qtbot):
    """A rig once per API standard video goes out on (legacy through a relay, new with a
    Kling API key)."""
    r = Rig(sandbox, tmp_path, qtbot, mode=request.param)
    yield r
    r.stop()
