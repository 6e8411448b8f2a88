"""The job engine: a handful of QThread workers serve any number of jobs.

The engine lives on the GUI thread and only schedules: it never touches the network or
the disk. Each job advances one short `Steps` call at a time on a free worker; between
steps it waits on a `QTimer`, not in a sleeping thread, so 500 jobs in flight cost 500
timers and `threads` threads. Per profile and kind of pack, jobs fill as many of Kling's
concurrency slots as `Slots` allows (the user's number, or what the account says or 1303
answers taught) and the next is sent the moment one ends; a 1303 holds the job until
then. An auth or quota failure pauses the profile's queue and is reported once. Jobs on
Kling's new API standard are polled together: one `GET /tasks` per connection (at most
every 2 s) covers every such job waiting for news.

Workers never touch widgets: they send values. After each step the worker reads the job
back from the history, and `job_changed` / `job_finished` carry that `JobUpdate`, so the
window shows a job without reading the history on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from kling_desktop.api.errors import OperationCancelled
from kling_desktop.api.retry import retry_notice
from kling_desktop.api.task import LEGACY, NEW
from kling_desktop.jobs.slots import Slots
from kling_desktop.jobs.update import JobUpdate
from kling_desktop.operations import registry
from kling_desktop.store.db import StoreError
from kling_desktop.store.records import JobRecord, JobStatus
from kling_desktop.text import Message, from_stored, stored, tr

if TYPE_CHECKING:
    from kling_desktop.jobs.clients import ClientPool
    from kling_desktop.jobs.spec import JobSpec
    from kling_desktop.jobs.steps import Outcome, Steps

log = logging.getLogger("kling_desktop.jobs")

# Steps that are not part of a job's own progress (keyed by a token, not a job id).
_NOT_JOB_STEPS = ("record", "retry", "resume", "redownload", "poll_batch")
SLOT_STATUSES = (JobStatus.SUBMITTING, JobStatus.SUBMITTED, JobStatus.PROCESSING)
MAX_STEP_ERRORS = 5
POLL_TOGETHER_EVERY = 2.0  # seconds between two task-list requests of one connection


def _slots_of(record: JobRecord) -> tuple[str, int]:
    """The kind of pack a job's task uses on Kling, and how many of its slots: an image
    job takes one per result, as Kling counts them."""
    operation = registry.find(record.kind)
    if operation is None:
        return "video", 1
    if operation.media != "image":
        return operation.media, 1
    return "image", max(1, operation.quantity(record.request)[1])


def _words(message: Message | str) -> str:
    """Signals carry sentences in the user's language (the translator is installed)."""
    if isinstance(message, Message):
        return message.translated(lambda s: QCoreApplication.translate("", s))
    return str(message)


class _Worker(QObject):
    """Runs one step at a time on its own thread and sends the result back, with the job
    as the step left it."""

    done = Signal(int, str, int, object, object)  # worker, step, key, result, JobUpdate
    progress = Signal(int, int, int)  # job id, bytes received, total (-1: unknown)
    retrying = Signal(int, str, object, float)  # job id, step, the error, seconds to the next try

    def __init__(self, steps: Steps, index: int) -> None:
        super().__init__()
        self.steps = steps
        self.index = index

    @Slot(str, int, object)
    def run(self, step: str, key: int, payload: object) -> None:
        # A request of this job's step that fails and will be tried again is said at once.
        token = retry_notice.set(
            (lambda exc, seconds: self.retrying.emit(key, step, exc, seconds))
            if step in ("submit", "poll", "download", "cancel", "redownload")
            else None
        )
        try:
            self._run(step, key, payload)
        finally:
            retry_notice.reset(token)

    def _run(self, step: str, key: int, payload: object) -> None:
        try:
            if step == "record":
                result: object = self.steps.record(payload)  # type: ignore[arg-type]
            elif step == "resume":
                result = self.steps.resume()
            elif step == "retry":
                result = self.steps.retry(payload)  # type: ignore[arg-type]
            elif step == "redownload":
                result = self.steps.redownload(key)
            elif step == "poll_batch":
                profile, job_ids = payload  # type: ignore[misc]
                result = self.steps.poll_batch(profile, job_ids)
            elif step == "give_up":
                result = self.steps.give_up(key, payload)  # type: ignore[arg-type]
            elif step == "download":
                result = self.steps.download(key, self._progress_for(key))
            else:
                result = getattr(self.steps, step)(key)
        except OperationCancelled:
            result = None
        except Exception as exc:
            if not isinstance(exc, StoreError):
                log.exception("step %s of job %s failed", step, key)
            result = exc
        update = None
        job_id = result if step in ("record", "retry") else key
        if step == "poll_batch" and isinstance(result, dict):
            update = {i: self._update_of(i) for i in result}
        elif step not in ("resume", "redownload") and isinstance(job_id, int) and job_id > 0:
            try:
                update = self.steps.update_of(job_id)
            except Exception:  # the history cannot be read: the step's own error says why
                log.debug("could not read job %s back", job_id, exc_info=True)
        self.done.emit(self.index, step, key, result, update)

    def _update_of(self, job_id: int):
        try:
            return self.steps.update_of(job_id)
        except Exception:
            log.debug("could not read job %s back", job_id, exc_info=True)
            return None

    def _progress_for(self, job_id: int) -> Callable[[int, int | None], None]:
        last = [0.0]

        def report(received: int, total: int | None) -> None:
            now = time.monotonic()
            if now - last[0] >= 0.1 or (total is not None and received >= total):
                last[0] = now
                self.progress.emit(job_id, received, -1 if total is None else total)

        return report


class _Channel(QObject):
    """Carries requests from the engine's thread to one worker's thread (queued)."""

    request = Signal(str, int, object)  # step, key, payload


@dataclass
class _Job:
    id: int
    profile: str
    kind: str
    status: JobStatus
    standard: str = LEGACY
    busy: str | None = None  # the step running now
    timer: QTimer | None = None
    timer_step: str | None = None  # the step the timer will start
    last: JobUpdate | None = None  # the job as last reported
    cancel_requested: bool = False
    errors: int = 0
    parked: str | None = None  # a step waiting for its profile to be unblocked
    pack: str = "video"  # the kind of resource pack whose slots it uses on Kling
    weight: int = 1  # slots it takes there (an image job: one per result)
    told_budget: set[str] = field(default_factory=set)  # steps whose patience was said


@dataclass
class _Lane:
    """One worker thread and how the engine talks to it."""

    thread: QThread
    worker: _Worker
    channel: _Channel
    busy: bool = False


class Engine(QObject):
    """Queue, run and resume jobs. Create on the GUI thread; call `start()`."""

    job_recorded = Signal(int, int)  # token from enqueue(), job id
    record_failed = Signal(int, str)  # token, why
    job_changed = Signal(object)  # JobUpdate: the job after a step changed its status
    job_progress = Signal(int, int, int)  # job id, received, total (-1: unknown)
    job_message = Signal(int, str)  # job id, a sentence about it (why it waits, failed)
    job_finished = Signal(object)  # JobUpdate of a job that ended (with its outputs)
    profile_blocked = Signal(str, str)  # profile, what the user must fix (said once)
    redownloaded = Signal(int, str)  # job id, why not ("" when every file is back)
    history_failed = Signal(object)  # the exception: the history could not be read at all

    def __init__(
        self,
        steps: Steps | Callable[[], Steps],
        *,
        pool: ClientPool | None = None,
        threads: int = 3,
        max_running: Callable[[str], int | None] = lambda profile: None,
        slots: Slots | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`max_running`: the user's number of jobs at once for a profile (None or 0:
        automatic, as `slots` learns it; `slots` is built from it when not given)."""
        super().__init__(parent)
        # A factory defers building the steps (and importing what they need) to start().
        self._steps = steps
        self.pool = pool
        self.slots = slots or Slots(max_running)
        self._last_batch: dict[str, float] = {}  # profile -> when its last poll_batch went
        self._thread_count = threads
        self._lanes: list[_Lane] = []
        self._jobs: dict[int, _Job] = {}
        self._ready: list[tuple[str, int, object]] = []
        self._blocked: set[str] = set()
        self._batches: dict[int, list[int]] = {}  # poll_batch token -> its jobs
        self._tokens = itertools.count(1)
        self._stopping = False

    # Public API ----------------------------------------------------------------------------

    @property
    def steps(self) -> Steps:
        if callable(self._steps):
            self._steps = self._steps()
        return self._steps

    @property
    def started(self) -> bool:
        return bool(self._lanes)

    def start(self, *, resume: bool = True) -> None:
        """Start the workers and (unless `resume` is False, as for a one-off command)
        resume every job left unfinished last time."""
        for n in range(self._thread_count):
            thread = QThread(self)
            thread.setObjectName(f"kling-worker-{n}")
            worker = _Worker(self.steps, n)
            worker.moveToThread(thread)
            channel = _Channel()
            channel.request.connect(worker.run)
            worker.done.connect(self._on_done)
            worker.progress.connect(self.job_progress)
            worker.retrying.connect(self._retrying)
            self._lanes.append(_Lane(thread, worker, channel))
            thread.start()
        if resume:
            self._queue("resume", 0, None)

    def enqueue(self, spec: JobSpec) -> int:
        """Record `spec` as a job (on a worker) and run it. Returns a token that
        `job_recorded` pairs with the new job's id."""
        token = next(self._tokens)
        self._queue("record", token, spec)
        return token

    def cancel(self, job_id: int) -> None:
        job = self._jobs.get(job_id)
        if job is None:
            return
        job.cancel_requested = True
        self._stop_timer(job)
        self._remove_ready(job_id)
        if not job.busy:
            self._dispatch_job(job, "cancel")

    def retry(self, job_id: int) -> int:
        """Send a finished or failed job's request again, as a new job."""
        token = next(self._tokens)
        self._queue("retry", token, job_id)
        return token

    def redownload(self, job_id: int) -> None:
        """Fetch a finished job's missing files again, or the files of a job left for
        later; `redownloaded` says how it went."""
        if job_id in self._jobs:  # its own download is under way: not a second one
            self.redownloaded.emit(job_id, _words(tr("Its files are being saved right now.")))
            return
        self._queue("redownload", job_id, None)

    def unblock(self, profile: str) -> None:
        """The user fixed the key or recharged: let the profile's jobs go on."""
        self._blocked.discard(profile)
        if self.pool is not None:
            self.pool.forget(profile)
        for job in list(self._jobs.values()):
            if job.profile == profile and job.parked:
                step, job.parked = job.parked, None
                self._dispatch_job(job, step)

    def active_jobs(self) -> list[int]:
        return sorted(self._jobs)

    def profiles_in_flight(self) -> set[str]:
        """The connections of the jobs not yet ended."""
        return {job.profile for job in self._jobs.values()}

    def status(self, job_id: int) -> JobStatus | None:
        job = self._jobs.get(job_id)
        return job.status if job else None

    def settled(self) -> bool:
        """Whether nothing is under way or about to be: no step running or ready to run,
        no step waiting on a timer (a job parked behind a blocked connection waits for
        the user, not for the engine). For tests and benchmarks that check that nothing
        more happens."""
        if any(lane.busy for lane in self._lanes) or self._batches:
            return False
        if self._ready and self._next_ready(self._slots_in_use(), set()) is not None:
            return False
        return not any(job.timer is not None or job.busy for job in self._jobs.values())

    def thread_count(self) -> int:
        return len(self._lanes)

    def shutdown(self, timeout: float = 0.8) -> bool:
        """Stop everything; True if every worker ended within `timeout` seconds.

        Nothing is lost either way: every step leaves the history consistent, and an
        unfinished job resumes at the next start.
        """
        self._stopping = True
        for job in self._jobs.values():
            self._stop_timer(job)
        if self.pool is not None:
            self.pool.cancel.set()
        deadline = time.monotonic() + timeout
        for lane in self._lanes:
            lane.thread.quit()
        stopped = True
        for lane in self._lanes:
            remaining = max(0, int((deadline - time.monotonic()) * 1000))
            stopped = lane.thread.wait(remaining) and stopped
        if self.pool is not None and stopped:
            self.pool.close()
        return stopped

    # Scheduling ----------------------------------------------------------------------------

    def _queue(self, step: str, key: int, payload: object) -> None:
        if self._stopping:
            return
        self._ready.append((step, key, payload))
        self._pump()

    def _dispatch_job(self, job: _Job, step: str) -> None:
        if step != "cancel" and job.profile in self._blocked:
            job.parked = step
            return
        if step == "poll" and job.standard == NEW:
            self._poll_together(job)
            return
        self._queue(step, job.id, None)

    def _slot_busy(self, job: _Job) -> None:
        """Kling refused the job with 1303. When jobs of ours hold the pack's slots, that
        is the account's limit: the job waits until one of them ends (sent at once then).
        When none does, another app holds them: it tries again after a short wait."""
        # What Kling has (or may have) of ours teaches the limit; a submit still on its way
        # does not (it may be refused too), though it counts against the limit below.
        running = sum(
            j.weight
            for j in self._jobs.values()
            if (j.profile, j.pack) == (job.profile, job.pack) and j.status in SLOT_STATUSES
        )
        self.slots.refused(job.profile, job.pack, running)
        used = self._slots_in_use().get((job.profile, job.pack), 0)  # not this one's
        # Held in the queue only while the limit keeps it there: a number typed in Settings
        # above what Kling allows would otherwise send it again at once, and again.
        if used and used + job.weight > self.slots.limit(job.profile, job.pack):
            self._stop_timer(job)
            self._queue("submit", job.id, None)
        else:
            self._schedule(job, "submit", self.steps.pacing.slot_wait)

    def _poll_together(self, due: _Job) -> None:
        """Poll `due` with every other new-standard job of its connection that waits for
        a poll: one request for all, and their next polls stay in step. One such request
        goes per connection at most every `POLL_TOGETHER_EVERY` seconds."""
        wait = self._last_batch.get(due.profile, -1e9) + POLL_TOGETHER_EVERY - time.monotonic()
        if wait > 0.05:  # a timer a few milliseconds early is not a second request
            self._schedule(due, "poll", wait)
            return
        self._last_batch[due.profile] = time.monotonic()
        batch = [due] + [
            j
            for j in self._jobs.values()
            if j is not due
            and j.profile == due.profile
            and j.standard == NEW
            and j.timer_step == "poll"
            and not j.busy
            and not j.cancel_requested
        ]
        for job in batch:
            self._stop_timer(job)
            job.busy = "poll"
        token = next(self._tokens)
        self._batches[token] = [j.id for j in batch]
        self._queue("poll_batch", token, (due.profile, self._batches[token]))

    def _schedule(self, job: _Job, step: str, delay: float) -> None:
        self._stop_timer(job)
        if delay <= 0:
            self._dispatch_job(job, step)
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        # A coarse timer may fire 5 % early: a poll aimed just after Kling finishes would
        # come just before it, and the next one a whole spacing later.
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: (self._stop_timer(job), self._dispatch_job(job, step)))
        timer.start(int(delay * 1000))
        job.timer = timer
        job.timer_step = step

    def _stop_timer(self, job: _Job) -> None:
        if job.timer is not None:
            job.timer.stop()
            job.timer.deleteLater()
            job.timer = None
        job.timer_step = None

    def _remove_ready(self, job_id: int) -> None:
        self._ready = [r for r in self._ready if r[0] in ("record", "retry") or r[1] != job_id]

    def _slots_in_use(self) -> dict[tuple[str, str], int]:
        """Kling's slots our jobs hold (or are about to), by (profile, pack)."""
        used: dict[tuple[str, str], int] = {}
        for j in self._jobs.values():
            if j.status in SLOT_STATUSES or j.busy == "submit":
                used[(j.profile, j.pack)] = used.get((j.profile, j.pack), 0) + j.weight
        return used

    def _next_ready(
        self, used: dict[tuple[str, str], int], full: set[tuple[str, str]]
    ) -> int | None:
        """The first ready step that may run now (a submit only while its connection has a
        slot of its pack free); `used` counts the one chosen."""
        for index, (step, key, _) in enumerate(self._ready):
            if step != "submit":
                return index
            job = self._jobs.get(key)
            if job is None:
                continue
            if job.status in SLOT_STATUSES:  # already holds its slot (resumed mid-submit)
                return index
            group = (job.profile, job.pack)
            if group in full:
                continue
            taken = used.get(group, 0)
            # A job larger than the whole limit still goes when nothing else runs.
            if taken == 0 or taken + job.weight <= self.slots.limit(*group):
                used[group] = taken + job.weight
                return index
            full.add(group)
        return None

    def _pump(self) -> None:
        free = [lane for lane in self._lanes if not lane.busy]
        if not free or not self._ready:
            return
        # Once per pump, not once per waiting job: a batch of hundreds waits here, and this
        # runs on the GUI thread after every step.
        used = self._slots_in_use()
        full: set[tuple[str, str]] = set()  # groups with no slot left this pump
        for lane in free:
            index = self._next_ready(used, full)
            if index is None:
                return
            step, key, payload = self._ready.pop(index)
            job = self._jobs.get(key) if step not in _NOT_JOB_STEPS else None
            if job is not None:
                job.busy = step
            lane.busy = True
            lane.channel.request.emit(step, key, payload)

    # Results -----------------------------------------------------------------------------------

    @Slot(int, str, int, object, object)
    def _on_done(self, index: int, step: str, key: int, result: object, update: object) -> None:
        self._lanes[index].busy = False
        if self._stopping:
            return
        try:
            if step == "resume":
                self._resume(result)  # type: ignore[arg-type]
            elif step in ("record", "retry"):
                self._recorded(key, result, update)  # type: ignore[arg-type]
            elif step == "redownload":
                self._redownloaded(key, result)
            elif step == "poll_batch":
                self._polled_together(key, result, update)  # type: ignore[arg-type]
            else:
                self._advanced(step, key, result, update)  # type: ignore[arg-type]
        finally:
            self._pump()

    def _polled_together(self, token: int, result: object, updates: object) -> None:
        job_ids = self._batches.pop(token, [])
        updates = updates if isinstance(updates, dict) else {}
        for job_id in job_ids:
            outcome = result.get(job_id) if isinstance(result, dict) else result
            self._advanced("poll", job_id, outcome, updates.get(job_id))

    def _resume(self, result: object) -> None:
        if isinstance(result, Exception):
            log.error("could not read the jobs to resume: %s", result)
            self.history_failed.emit(result)
            return
        for record in result:  # type: ignore[union-attr]
            self._adopt(record)

    def _adopt(self, record: JobRecord) -> None:
        if record.id in self._jobs:  # seen by both the resume scan and its own recording
            return
        job = _Job(record.id, record.profile, record.kind, record.status, record.standard)
        job.pack, job.weight = _slots_of(record)
        job.last = JobUpdate(record)
        self._jobs[record.id] = job
        step = {
            JobStatus.QUEUED: "submit",
            JobStatus.SUBMITTING: "submit",  # looked up before anything is re-sent
            JobStatus.SUBMITTED: "poll",
            JobStatus.PROCESSING: "poll",
            JobStatus.DOWNLOADING: "download",
        }[record.status]
        self._dispatch_job(job, step)

    def _recorded(self, token: int, result: object, update: JobUpdate | None) -> None:
        if isinstance(result, Exception) or result is None or update is None:
            message = getattr(result, "message", None) or tr(
                "The job could not be saved: {error}", error=result
            )
            self.record_failed.emit(token, _words(message))
            return
        job_id = int(result)  # type: ignore[arg-type]
        self.job_recorded.emit(token, job_id)
        self._adopt(update.job)
        self.job_changed.emit(update)
        if update.job.note:  # a re-run that moved to a retired model's successor says so
            self.job_message.emit(job_id, _words(from_stored(update.job.note)))

    def _end_unwritten(self, job: _Job, message: Message | str) -> None:
        """The job could not even be marked failed (the history cannot be written): it is
        ended for this session, so nobody waits on it; the history keeps it as it was and
        the next start takes it up again."""
        del self._jobs[job.id]
        self._stop_timer(job)
        if job.last is not None:
            record = replace(job.last.job, status=JobStatus.FAILED, error=stored(message))
            self.job_finished.emit(replace(job.last, job=record))

    def _retrying(self, job_id: int, step: str, error: object, seconds: float) -> None:
        """A request of the job failed in passing and is tried again: say why, and when
        (the first time, also how long the app keeps trying)."""
        job = self._jobs.get(job_id)
        if job is None:
            return
        reason = _words(getattr(error, "message", None) or tr("The server did not answer."))
        wait = max(1, round(seconds))
        if step in job.told_budget:
            text = tr("{reason} Next try in {seconds} s.", reason=reason, seconds=wait)
        else:
            job.told_budget.add(step)
            text = tr(
                "{reason} Next try in {seconds} s; the app keeps trying for up to {minutes} "
                "minutes.",
                reason=reason,
                seconds=wait,
                minutes=max(1, round(self.steps.pacing.budget(step) / 60)),
            )
        self.job_message.emit(job_id, _words(text))

    def _redownloaded(self, job_id: int, result: object) -> None:
        if isinstance(result, Exception):
            result = getattr(result, "message", None) or tr(
                "The files could not be downloaded again: {error}", error=result
            )
        self.redownloaded.emit(job_id, _words(result) if result else "")  # type: ignore[arg-type]

    def _advanced(self, step: str, job_id: int, result: object, update: JobUpdate | None) -> None:
        job = self._jobs.get(job_id)
        if job is None:
            return
        job.busy = None
        if result is None:  # cancelled at shutdown
            return
        if isinstance(result, Exception):
            job.errors += 1
            message = getattr(result, "message", None) or tr(
                "Something went wrong ({error}). The app will try again.", error=result
            )
            self.job_message.emit(job_id, _words(message))
            if step == "give_up" or job.errors > MAX_STEP_ERRORS:
                self._end_unwritten(job, message)
            elif job.errors == MAX_STEP_ERRORS:
                # It keeps failing here (a full disk, a file that cannot be read): end it
                # with the reason rather than trying for ever.
                ended = tr("The app stopped trying: {reason}", reason=message)
                self._queue("give_up", job.id, ended)
            else:
                self._schedule(job, step, self.steps.pacing.retry)
            return
        job.errors = 0
        outcome: Outcome = result  # type: ignore[assignment]
        if update is not None:
            job.standard = update.job.standard
            job.last = update
        changed = outcome.status != job.status
        job.status = outcome.status
        if changed and update is not None:
            self.job_changed.emit(update)
        if outcome.message:
            self.job_message.emit(job_id, _words(outcome.message))
        if job.cancel_requested and job.status.active and step != "cancel":
            self._dispatch_job(job, "cancel")
            return
        if outcome.block_profile:
            waiting = job.status in (JobStatus.QUEUED, JobStatus.SUBMITTING)
            job.parked = "submit" if waiting else "poll"
            if job.profile not in self._blocked:
                self._blocked.add(job.profile)
                self.profile_blocked.emit(job.profile, _words(outcome.message or ""))
            return
        if outcome.slot_busy:
            self._slot_busy(job)
            return
        if step == "submit" and job.status in (JobStatus.SUBMITTED, JobStatus.PROCESSING):
            used = self._slots_in_use().get((job.profile, job.pack), 0)  # this one's too
            self.slots.accepted(job.profile, job.pack, used)
        if outcome.later:  # still to do, at the next start or on "Download again"
            self._stop_timer(job)
            del self._jobs[job_id]
            if update is not None:
                self.job_finished.emit(update)
        elif outcome.next:
            self._schedule(job, outcome.next, outcome.delay)
        elif not job.status.active:
            del self._jobs[job_id]
            if update is not None:
                self.job_finished.emit(update)
