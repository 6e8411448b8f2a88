"""The engine without a window: what `kling-desktop generate` runs when no app is open on
the data folder.

One engine per data folder, always: a runner holds the folder's lock (the one the window
takes) and answers the other processes that come while it works:

- another `generate` hands its job over (`enqueue`) and this runner takes it to the point
  the other process asked for;
- a window that starts asks for the folder (`show` with `handover`): the runner lets its
  workers finish their current step, closes the history, releases the lock and says so;
  the window then resumes every unfinished job, and the command lines that were waiting
  follow their jobs in the history;
- `generate --resume` (`resume`) learns which jobs are being finished here.

A job's *goal* is how far the runner takes it: "submit" (on the server; the app finishes
it next time) or "finish" (ended, files saved). The runner's loop ends when every goal is
reached, when the user must fix something (the connection is blocked), or on a handover.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QLockFile, QObject, QTimer

from kling_desktop.context import AppContext

if TYPE_CHECKING:
    from kling_desktop.jobs import JobSpec, JobUpdate
    from kling_desktop.store import AppPaths

log = logging.getLogger("kling_desktop")

SUBMIT, FINISH = "submit", "finish"
ON_THE_SERVER = ("submitted", "processing", "downloading")
#: How long a handover waits for a worker inside a network call (requests time out first).
HANDOVER_WAIT = 90.0


@dataclass
class Outcome:
    """Where one job got to: its status value ("blocked" when the user must act) and the
    sentence that explains a failure, if any."""

    status: str
    message: str = ""


class Runner(QObject):
    """Runs jobs for the command line while holding the data folder's lock."""

    def __init__(
        self, paths: AppPaths, held: QLockFile, *, demo: bool = False, **context: Any
    ) -> None:
        super().__init__()
        from kling_desktop import instance

        self.paths = paths
        self._held: QLockFile | None = held
        self.context = AppContext(paths, demo=demo, **context)
        self._loop = QEventLoop()
        self.goals: dict[int, str] = {}  # job id -> SUBMIT or FINISH
        self.timed_out = False  # `run` stopped waiting at its timeout
        self.outcomes: dict[int, Outcome] = {}
        self._tokens: dict[int, tuple[str, str, Callable[[int | None, str], None] | None]] = {}
        self._profiles: dict[int, str] = {}
        self._blocked_profiles: dict[str, str] = {}  # profile -> what the user must fix
        self._messages: dict[int, str] = {}
        self._handover: list[Callable[[dict], None]] = []
        self.released = False
        self.told: set[tuple[int, str]] = set()  # (job, sentence) already said
        self.error: BaseException | None = None  # the history could not be read
        self._server = instance.InstanceServer(paths.data, self)
        self._server.message.connect(self._answer)

    # Work ----------------------------------------------------------------------------------

    def start(self, *, resume: bool = False, finish: list[int] | None = None) -> None:
        """Start the engine. With `resume` it takes up the folder's unfinished jobs, and
        finishing them is the goal (only those in `finish`, if given)."""
        if resume:
            for record in self.context.history.active():
                if finish is None or record.id in finish:
                    self.goals[record.id] = FINISH
                    self._profiles[record.id] = record.profile
        engine = self.context.start_engine(resume=resume)
        engine.job_recorded.connect(self._recorded)
        engine.record_failed.connect(self._record_failed)
        engine.job_changed.connect(self._changed)
        engine.job_finished.connect(self._finished)
        engine.job_message.connect(self._message)
        engine.profile_blocked.connect(self._blocked)
        engine.history_failed.connect(self._failed)

    def add(
        self,
        spec: JobSpec,
        goal: str,
        recorded: Callable[[int | None, str], None] | None = None,
    ) -> None:
        """Queue `spec`; `recorded(job_id, "")` once it is in the history (or
        `recorded(None, why)` if it could not be saved)."""
        token = self.context.engine.enqueue(spec)
        self._tokens[token] = (goal, spec.profile, recorded)

    def run(self, timeout: float | None = None) -> None:
        """Work until every goal is reached (or the folder is handed over, or `timeout`
        seconds have passed: `timed_out`). Raises what stopped the engine reading the
        history."""
        if not self._done():
            if timeout is not None:
                QTimer.singleShot(int(timeout * 1000), self._stop_waiting)
            self._loop.exec()
        if self.error is not None:
            raise self.error

    def _stop_waiting(self) -> None:
        if not self._done():
            self.timed_out = True
            self._loop.quit()

    def close(self) -> None:
        """Stop the engine, close the history and release the folder."""
        self._server.close()
        if not self.released:
            if not self.context.close(HANDOVER_WAIT):
                log.warning("a worker was still busy when the command line ended")
            self._release()

    # Engine signals ------------------------------------------------------------------------

    def _recorded(self, token: int, job_id: int) -> None:
        goal, profile, callback = self._tokens.pop(token, (None, "", None))
        if goal is None:
            return
        self.goals[job_id] = goal
        self._profiles[job_id] = profile
        if profile in self._blocked_profiles:
            self.outcomes[job_id] = Outcome("blocked", self._blocked_profiles[profile])
        if callback is not None:
            callback(job_id, "")
        self._check()

    def _record_failed(self, token: int, text: str) -> None:
        _, _, callback = self._tokens.pop(token, (None, "", None))
        if callback is not None:
            callback(None, text)
        self._check()

    def _changed(self, update: JobUpdate) -> None:
        self._profiles[update.id] = update.job.profile
        if self.goals.get(update.id) == SUBMIT and update.status.value in ON_THE_SERVER:
            self.outcomes[update.id] = Outcome(update.status.value)
            self._check()

    def _finished(self, update: JobUpdate) -> None:
        if update.id not in self.goals:
            return
        from kling_desktop.text import from_stored

        job = update.job
        message = self._messages.get(update.id, "")
        if job.status.value != "succeeded" and (job.error or job.note):
            message = str(from_stored(job.error or job.note))
        self.outcomes[update.id] = Outcome(job.status.value, message)
        self.ended(update.id, self.outcomes[update.id])
        self._check()

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._loop.quit()

    def _message(self, job_id: int, text: str) -> None:
        if job_id in self.goals and text and (job_id, text) not in self.told:
            self.told.add((job_id, text))
            self.said(job_id, text)
        self._messages[job_id] = text

    def ended(self, job_id: int, outcome: Outcome) -> None:
        """One of its jobs ended (the command line prints a batch's files as they come)."""

    def said(self, job_id: int, text: str) -> None:
        """A sentence about one of its jobs while it works (why it waits); the command line
        prints it. Each sentence once, not at every retry."""

    def _blocked(self, profile: str, text: str) -> None:
        """The connection needs the user (a key, units): its jobs wait for the window."""
        self._blocked_profiles[profile] = text
        for job_id in self.goals:
            if job_id not in self.outcomes and self._profiles.get(job_id) == profile:
                self.outcomes[job_id] = Outcome("blocked", text)
        self._check()

    # Other processes -----------------------------------------------------------------------

    def _answer(self, data: dict, reply: Callable[[dict], None]) -> None:
        command = data.get("cmd")
        if command == "enqueue" and not self._handover:
            self._enqueue_for_another(data, reply)
        elif command == "show" and data.get("handover"):
            self._handover.append(reply)
            self._check()
        elif command == "resume":
            reply({"ok": True, "jobs": sorted(j for j in self.goals if j not in self.outcomes)})
        else:
            reply({"ok": False, "busy": True, "error": "The command line is using this folder."})

    def _enqueue_for_another(self, data: dict, reply: Callable[[dict], None]) -> None:
        from kling_desktop.jobs import JobSpec, codec

        try:
            request, profile, tags = codec.spec_from_json(data["spec"])
        except (KeyError, TypeError, ValueError) as exc:
            reply({"ok": False, "error": f"The job could not be read: {exc}"})
            return

        def recorded(job_id: int | None, why: str) -> None:
            reply({"ok": True, "job_id": job_id} if job_id else {"ok": False, "error": why})

        spec = JobSpec(request, profile or self.context.active_profile, {}, tags)
        self.add(spec, FINISH if data.get("wait") else SUBMIT, recorded)

    # Ending --------------------------------------------------------------------------------

    def _done(self) -> bool:
        return not self._tokens and all(job in self.outcomes for job in self.goals)

    def _check(self) -> None:
        if self._handover and not self._tokens:
            self._hand_over()
        elif self._done():
            self._loop.quit()

    def _hand_over(self) -> None:
        """A window wants the folder: stop after the current steps and let it take over."""
        log.info("handing the data folder over to the window")
        self._server.close()
        stopped = self.context.close(HANDOVER_WAIT)
        if not stopped:
            log.warning("a worker was still inside a network call at the handover")
        self._release()
        for reply in self._handover:
            reply({"ok": True, "released": True})
        self._handover = []
        self._loop.quit()

    def _release(self) -> None:
        if self._held is not None:
            self._held.unlock()
            self._held = None
        self.released = True
