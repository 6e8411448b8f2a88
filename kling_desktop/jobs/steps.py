"""The blocking work of a job, one short step at a time, on a worker thread.

record → submit → poll … poll → download. Each step reads the job from the history,
does one thing, writes the result back *before* returning, and says what should happen
next and when (`Outcome`). Because every step starts from the history, a crash or a quit
between any two of them resumes at the same place; the status `submitting` is written
before the POST so an interrupted submit is looked up, never re-sent blindly.
No Qt event loop is needed here except for video poster frames (media/).
"""

from __future__ import annotations

import glob
import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kling_desktop.api import (
    AccountError,
    AuthenticationError,
    ConcurrencyLimitError,
    ConnectionConfigError,
    KlingError,
    ModelUnavailableError,
    NotFoundError,
    NotKlingError,
    OperationCancelled,
    SaveError,
    SubmitUncertainError,
    Task,
    TaskRef,
    TaskStatus,
    ValidationError,
)
from kling_desktop.api.download import PARTIAL_SUFFIX
from kling_desktop.api.filetypes import sniff
from kling_desktop.api.task import NEW
from kling_desktop.catalogue import current
from kling_desktop.jobs import codec
from kling_desktop.jobs import inputs as inputs_
from kling_desktop.jobs.spec import JobSpec
from kling_desktop.jobs.update import JobUpdate
from kling_desktop.media.images import (
    ImageError,
    PreparedImage,
    thumbnail,
    thumbnail_of_file,
)
from kling_desktop.operations import Request, fit_to, model_name, new_external_task_id, registry
from kling_desktop.operations.kinds import ResultRef
from kling_desktop.store import History, JobRecord, JobStatus, NewInput, NewJob, NewOutput
from kling_desktop.store.db import StoreError
from kling_desktop.store.library import month_folder, result_name, unique_path
from kling_desktop.store.records import OutputRecord, now_ms
from kling_desktop.text import Message, from_stored, stored, tr

if TYPE_CHECKING:
    from kling_desktop.api import KlingClient

log = logging.getLogger("kling_desktop.jobs")

PARTIAL_MAX_AGE = 120.0  # seconds: an older `.part` file is a crash's leftover
# How the note of a paid result left to be saved later begins (`Steps._unsaved`).
UNSAVED_START = "Made and paid for, but not saved yet:"
MAX_BYTES = {"image": 100 * 2**20, "video": 2 * 2**30, "audio": 200 * 2**20}


@dataclass(frozen=True)
class Outcome:
    """What a step did, and what comes next."""

    status: JobStatus
    next: str | None = None  # "submit", "poll", "download", or None when the job is over
    delay: float = 0.0  # seconds before `next`
    message: Message | None = None  # for the user (failure reason, why it waits)
    block_profile: bool = False  # auth or quota: stop this profile's queue until fixed
    # Still to do, but not in this session: a paid result that could not be saved within
    # the download budget waits (as `downloading`) for the next start or "Download again".
    later: bool = False
    # Kling answered 1303 (every slot of the pack busy): the job waits for one of ours to
    # end, not for a fixed time, and the engine learns the account's limit from it.
    slot_busy: bool = False


@dataclass(frozen=True)
class Pacing:
    """How often to poll (images finish in seconds, videos in minutes), how long to wait
    before trying again, and for how long a step keeps trying through passing failures
    (an unreachable server, 5xx answers, cut downloads) before the job ends with a
    sentence. Nothing waits for ever."""

    image_first: float = 2.0
    video_first: float = 5.0
    maximum: float = 30.0
    retry: float = 15.0  # after a network failure or a busy slot
    submit_budget: float = 30 * 60.0
    poll_budget: float = 60 * 60.0  # generous: a video can take a while to make
    download_budget: float = 30 * 60.0
    # How long a task the new standard's task list does not show may stay unlisted: one
    # just created shows within moments; one still missing after this is gone, as the
    # legacy standard's "not found" says at once.
    unlisted_budget: float = 3 * 60.0
    # Once the app knows how long such a job takes here, it polls around that time: the
    # closest spacing (one request a tick per connection on the new standard, which asks
    # for every job at once; one per job on the legacy routes) and the widest.
    fast: float = 2.0
    fast_together: float = 5.0
    fast_alone: float = 20.0
    slot_wait: float = 5.0  # after a 1303 while none of ours runs: another app holds them

    def budget(self, step: str) -> float:
        return {
            "submit": self.submit_budget,
            "poll": self.poll_budget,
            "unlisted": self.unlisted_budget,
        }.get(step, self.download_budget)

    def poll_delay(
        self,
        kind: str,
        polls: int,
        *,
        elapsed: float = 0.0,
        expected: float | None = None,
        together: bool = False,
    ) -> float:
        """Seconds until the next poll of a job sent `elapsed` seconds ago.

        Knowing that such jobs usually take `expected` seconds (the median of the last
        ones), polls come every `expected` / 15 seconds (at least `fast`, at most
        `fast_together` when one request asks for every job of the connection,
        `fast_alone` when each job is asked alone) from 70 % of that until 150 %, on a
        grid that puts one poll just after `expected` itself; then they slow down as the
        job runs late, up to `maximum`. A legacy job that takes as long as usual is so
        asked about 0.8 × 15 + 1 = 13 times at most. Before the first such job, polls
        start at `image_first` / `video_first` and back off."""
        if expected:
            spacing = max(self.fast, min(self.fast_together if together else self.fast_alone,
                                         expected / 15))  # fmt: skip
            if elapsed < 1.5 * expected:
                anchor = expected + 0.25  # Kling has surely finished a usual job by then
                target = anchor + spacing * math.ceil((elapsed + 0.2 - anchor) / spacing)
                if target < 0.7 * expected:
                    target += spacing * math.ceil((0.7 * expected - target) / spacing)
                return target - elapsed
            return min(self.maximum, max(spacing, (elapsed - expected) / 4))
        operation = registry.find(kind)
        if operation is None or operation.media == "image":
            return min(self.maximum, self.image_first * (1 + 0.5 * polls))
        return min(self.maximum, self.video_first * (1 + polls))


class Steps:
    """The operations the engine schedules. Thread-safe: every method may run anywhere."""

    def __init__(
        self,
        history: History,
        clients: Callable[[str], KlingClient],
        library: Callable[[str], Path],  # media ("image", "video", "audio") -> folder
        pacing: Pacing | None = None,
        on_retired: Callable[[str, str], None] | None = None,  # (operation, model)
    ) -> None:
        self.history = history
        self.clients = clients
        self.library = library
        self.pacing = pacing or Pacing()
        #: Told when Kling says a model is gone, so the catalogue in use learns it.
        self.on_retired = on_retired
        self._polls: dict[int, int] = {}
        self._usual: dict[tuple[str, str, str], tuple[float, float | None]] = {}
        self._took_here: dict[tuple[str, str, str], list[float]] = {}  # Kling's seconds
        self._failing: dict[tuple[int, str], float] = {}  # (job, step) -> first failure
        self._lock = threading.Lock()

    # record ------------------------------------------------------------------------------

    def record(self, spec: JobSpec) -> int:
        """Write the job to the history, before any network. Returns its id."""
        request = spec.request.resolved()
        if not request.external_task_id:
            request = request.with_external_task_id(new_external_task_id())
        params, files = codec.encode(request)
        operation = request.op
        inputs = []
        for role, data in files.items():
            # One that came without a preview (command line, another process, a retry of a
            # job recorded before previews) is described here, on the worker; a file that
            # cannot be read as its kind is refused before anything is recorded or sent.
            prepared = inputs_.described(operation, role, data, spec.images.get(role))
            inputs.append(
                NewInput(
                    role=role,
                    data=data,
                    original_path=prepared.original_path,
                    width=prepared.width or None,
                    height=prepared.height or None,
                    thumbnail=prepared.thumbnail or None,
                    source=prepared.source,
                )
            )
        sources = list(spec.sources)
        for param in operation.params:
            ref = (
                param.kind.result_ref(request.get(param.name)) if param.kind.names_result else None
            )
            if ref is not None:
                self._link_result(param.name, ref, sources)
        return self.history.add_job(
            NewJob(
                kind=request.operation,
                profile=spec.profile,
                model=request.model or "",
                prompt=request.prompt,
                negative_prompt=str(request.get("negative_prompt") or ""),
                request=params,
                external_task_id=request.external_task_id,
                inputs=inputs,
                tags=spec.tags,
                sources=sources,
            )
        )

    def _link_result(self, name: str, ref: ResultRef, sources: list[tuple[str, int]]) -> None:
        """A result of the user's named by a parameter (by the history's id, Kling's id or
        its address): the new job is linked to it, and one Kling has deleted (30 days on) is
        refused before anything is sent."""
        history = self.history
        known = (
            (history.output(ref.output_id) if ref.output_id is not None else None)
            or (history.output_by_remote_id(ref.remote_id) if ref.remote_id else None)
            or (history.output_by_url(ref.url) if ref.url else None)
        )
        if known is None:
            return
        if known.url_expires_at is not None and not known.server_copy_alive():
            raise KlingError(
                tr(
                    "Kling deleted this video on {date}, 30 days after it was made, so "
                    "it can no longer be used; nothing was sent. Choose a newer video.",
                    date=known.url_expires_at.astimezone().strftime("%Y-%m-%d"),
                )
            )
        if not any(role == name for role, _ in sources):
            sources.append((name, known.id))

    def request_of(self, job: JobRecord) -> Request:
        images = {i.role: self.history.input_bytes(i) for i in self.history.inputs(job.id)}
        return codec.decode(job.kind, job.request, images)

    def update_of(self, job_id: int) -> JobUpdate | None:
        """The job as it is now, with its outputs once it has ended (read on a worker)."""
        job = self.history.get(job_id)
        if job is None:
            return None
        outputs = () if job.status.active else tuple(self.history.outputs(job_id))
        return JobUpdate(job, outputs)

    @staticmethod
    def ref_of(job: JobRecord) -> TaskRef:
        operation = registry.get(job.kind)
        return TaskRef(job.kind, job.standard, operation.product(job.standard), job.task_id or "")

    # submit ------------------------------------------------------------------------------

    def submit(self, job_id: int) -> Outcome:
        job = self._job(job_id)
        if job.task_id:  # already on the server (a resumed job): go straight to polling
            return Outcome(JobStatus(job.status), "poll")
        # Interrupted mid-submit: the task may exist. It is looked up on the standard it
        # was sent on before anything is sent again.
        maybe_sent = job.status is JobStatus.SUBMITTING
        try:
            client = self.clients(job.profile)
            request = self.request_of(job)
            if maybe_sent:
                call = request.call_on(job.standard)
            else:
                call = request.to_call(client.connection.standards)
            # Written before the POST: a crash from here on resumes with a lookup.
            self.history.update(job_id, JobStatus.SUBMITTING, standard=call.standard)
            task = client.submit(call, maybe_sent=maybe_sent)
        except SubmitUncertainError as exc:
            # Stays `submitting`: the next attempt looks the task up before sending.
            return self._again(replace_status(job, JobStatus.SUBMITTING), "submit", exc)
        except NotKlingError as exc:
            # The address answers, but never as Kling: the connection's jobs wait for it to
            # be fixed. A request may have gone out, so this one stays `submitting` and is
            # looked up before anything is sent again.
            self.history.update(job_id, JobStatus.SUBMITTING, note=stored(exc.message))
            return Outcome(JobStatus.SUBMITTING, None, message=exc.message, block_profile=True)
        except KlingError as exc:
            return self._submit_failed(job_id, exc)
        self._recovered(job_id, "submit")
        status = _job_status(task.status)
        self.history.update(job_id, status, task_id=task.task_id, submitted_at=now_ms())
        if task.finished or call.at_once:
            # The answer is the task's end (speech answers with its sound): nothing to poll.
            return self._polled(self._job(job_id), task)
        return Outcome(status, "poll", self._poll_delay(self._job(job_id), 0))

    def _submit_failed(self, job_id: int, exc: KlingError) -> Outcome:
        message = stored(exc.message)
        if isinstance(exc, AuthenticationError | AccountError | ConnectionConfigError):
            self.history.update(job_id, JobStatus.QUEUED, note=message)
            return Outcome(JobStatus.QUEUED, None, message=exc.message, block_profile=True)
        if isinstance(exc, ModelUnavailableError):
            message = self._model_gone(self._job(job_id))
            self.history.update(job_id, JobStatus.FAILED, error=stored(message))
            return Outcome(JobStatus.FAILED, message=message)
        if isinstance(exc, ValidationError) and exc.problems:
            # Checked again at sending (the catalogue or the connection may have changed
            # since the job was queued): say the first problem as a sentence.
            message = stored(exc.problems[0].message)
            self.history.update(job_id, JobStatus.FAILED, error=message)
            return Outcome(JobStatus.FAILED, message=exc.problems[0].message)
        if isinstance(exc, ConcurrencyLimitError):
            # Nothing was made and nothing is lost by waiting: no budget runs out here.
            self.history.update(job_id, JobStatus.QUEUED, note=message)
            return Outcome(
                JobStatus.QUEUED, "submit", self.pacing.slot_wait, exc.message, slot_busy=True
            )
        if exc.retryable:
            # Nothing was created (the client makes sure): keep the job queued and try
            # again later, within the step's budget.
            self.history.update(job_id, JobStatus.QUEUED, note=message)
            return self._again(self._job(job_id), "submit", exc)
        return self._fail(job_id, exc.message)

    def _again(
        self,
        job: JobRecord,
        step: str,
        exc: KlingError,
        *,
        say: bool = True,
        budget_of: str | None = None,
    ) -> Outcome:
        """Try `step` again after a passing failure, unless it has kept failing for longer
        than its budget (`budget_of`'s, when another than the step's): then the job ends,
        saying why."""
        key = budget_of or step
        now = time.monotonic()
        with self._lock:
            first = self._failing.setdefault((job.id, key), now)
        budget = self.pacing.budget(key)
        if now - first >= budget:
            with self._lock:
                self._failing.pop((job.id, key), None)
            if step == "download":
                return self._unsaved(job, exc)
            if key == "unlisted":
                return self._fail(job.id, _gone(exc.message))
            return self._fail(
                job.id,
                tr(
                    "The app stopped trying after {minutes} minutes: {reason}",
                    minutes=max(1, round(budget / 60)),
                    reason=exc.message,
                ),
            )
        delay = max(self.pacing.retry, exc.retry_after or 0)
        return Outcome(JobStatus(job.status), step, delay, exc.message if say else None)

    def _unsaved(self, job: JobRecord, exc: KlingError) -> Outcome:  # see UNSAVED_START
        """Kling made the result and charged for it, but it could not be saved within the
        download budget: the job is not failed (its result waits on Kling for 30 days),
        it is left `downloading` for the next start, `generate --resume` or "Download
        again", with the reason."""
        note = tr(
            "Made and paid for, but not saved yet: {reason} Kling keeps the result for 30 "
            "days; the app tries again when it next starts, or now with “Download again”.",
            reason=exc.message,
        )
        self.history.update(job.id, note=stored(note))
        return Outcome(JobStatus.DOWNLOADING, message=note, later=True)

    def _recovered(self, job_id: int, step: str) -> None:
        with self._lock:
            self._failing.pop((job_id, step), None)

    def _fail(self, job_id: int, message: Message) -> Outcome:
        self.history.update(job_id, JobStatus.FAILED, error=stored(message))
        return Outcome(JobStatus.FAILED, message=message)

    def give_up(self, job_id: int, message: Message) -> Outcome:
        """End a job that keeps failing for reasons of this computer (a full disk, an
        unreadable file): it is failed with `message`, its results kept."""
        return self._fail(job_id, message)

    def _model_gone(self, job: JobRecord) -> Message:
        """Kling refused the job's model as gone: remember it, and name what replaces it."""
        if self.on_retired is not None:
            self.on_retired(job.kind, job.model)
        catalogue = current()
        model = catalogue.model(job.kind, job.model)
        successor = catalogue.successor(job.kind, model) if model else catalogue.default(job.kind)
        return tr(
            "Kling no longer offers {model}, so nothing was charged. {successor} takes its "
            "place: “Run again” uses it.",
            model=model_name(model, job.model),
            successor=model_name(successor, None) if successor else "",
        )

    # poll --------------------------------------------------------------------------------

    def poll(self, job_id: int) -> Outcome:
        job = self._job(job_id)
        if not job.task_id:
            return Outcome(job.status, "submit")
        if _answers_at_once(job):
            # Such a task is never queried (Kling has no route for it); its answer did not
            # finish it, so nothing more will come.
            return self._fail(job.id, tr("Kling's answer did not carry the result."))
        try:
            task = self.clients(job.profile).get(self.ref_of(job))
        except (AuthenticationError, AccountError, ConnectionConfigError) as exc:
            return Outcome(job.status, None, message=exc.message, block_profile=True)
        except KlingError as exc:
            return self._poll_failed(job, exc)
        return self._polled(job, task)

    def _poll_failed(self, job: JobRecord, exc: KlingError) -> Outcome:
        # A garbled answer (a proxy's page, an empty or cut body) about a task that is paid
        # for is tried again, within the budget; a well-formed "no" ends the job.
        if exc.retryable or getattr(exc, "garbled", False):
            return self._again(job, "poll", exc)
        if isinstance(exc, NotFoundError):
            return self._fail(job.id, _gone(exc.server_message or exc.message))
        return self._fail(job.id, exc.message)

    def poll_batch(self, profile: str, job_ids: list[int]) -> dict[int, Outcome]:
        """Poll several new-standard jobs of one connection with one request
        (`GET /tasks?task_ids=...`): what each job does next."""
        jobs = [self._job(i) for i in job_ids]
        waiting = [j for j in jobs if j.task_id]
        out = {j.id: Outcome(j.status, "submit") for j in jobs if not j.task_id}
        try:
            found = self.clients(profile).get_many([self.ref_of(j) for j in waiting])
        except (AuthenticationError, AccountError, ConnectionConfigError) as exc:
            blocked = Outcome(JobStatus.SUBMITTED, None, message=exc.message, block_profile=True)
            return {**out, **{j.id: replace(blocked, status=j.status) for j in waiting}}
        except KlingError as exc:
            # Whatever failed, it failed for the list, not for one task: every job tries
            # again within its poll budget and ends, saying why, once that is spent.
            return {**out, **{j.id: self._again(j, "poll", exc) for j in waiting}}
        for job in waiting:
            task = found.get(job.task_id or "")
            if task is None:
                # A task just created may not be listed yet; one that stays unlisted past
                # the poll budget ends its job.
                out[job.id] = self._again(job, "poll", _NOT_LISTED, say=False, budget_of="unlisted")
            else:
                out[job.id] = self._polled(job, task)
        return out

    def _polled(self, job: JobRecord, task: Task) -> Outcome:
        """Record what a query said of the job's task; what comes next."""
        job_id = job.id
        self._recovered(job_id, "poll")
        self._recovered(job_id, "unlisted")
        with self._lock:
            polls = self._polls[job_id] = self._polls.get(job_id, 0) + 1
        if task.status is TaskStatus.FAILED:
            reason = task.status_message or str(tr("The server gave no reason."))
            self.history.update(job_id, JobStatus.FAILED, error=reason, credits=task.credits)
            return Outcome(
                JobStatus.FAILED, message=tr("Kling could not make this: {reason}", reason=reason)
            )
        if task.status is TaskStatus.SUCCEEDED:
            self._took(job, task)
            if not task.results:
                self.history.update(job_id, credits=task.credits)
                return self._fail(
                    job_id,
                    tr(
                        "Kling says it made this but sent no file to save (task {task}). "
                        "Ask Kling's support about it before running it again.",
                        task=task.task_id,
                    ),
                )
            # Kept before any download: a failed download can be tried again later.
            self.history.record_results(job_id, [_expected(r) for r in task.results])
            self.history.update(job_id, credits=task.credits)
            return Outcome(JobStatus.DOWNLOADING, "download")
        status = _job_status(task.status)
        if status != job.status:
            self.history.update(job_id, status)
        return Outcome(status, "poll", self._poll_delay(job, polls))

    def _poll_delay(self, job: JobRecord, polls: int) -> float:
        sent = job.submitted_at or job.queued_at
        return self.pacing.poll_delay(
            job.kind,
            polls,
            elapsed=max(0.0, time.time() - sent.timestamp()),
            expected=self._usual_seconds(job),
            together=job.standard == NEW,
        )

    def _took(self, job: JobRecord, task: Task) -> None:
        """Remember how long Kling took to make this task (its own times, else since the
        job was sent): polls of such jobs aim at it from now on."""
        if task.created_at and task.updated_at:
            seconds = (task.updated_at - task.created_at).total_seconds()
        elif job.submitted_at:
            seconds = time.time() - job.submitted_at.timestamp()
        else:
            return
        if seconds > 0:
            with self._lock:
                took = self._took_here.setdefault((job.kind, job.model, job.profile), [])
                took.append(seconds)
                del took[:-15]

    def _usual_seconds(self, job: JobRecord) -> float | None:
        """How long such jobs usually take on this connection: what Kling took for the last
        ones this session, else the history's figure (read at most every 30 s; from
        sending to saving, so a little long)."""
        key = (job.kind, job.model, job.profile)
        now = time.monotonic()
        with self._lock:
            took = sorted(self._took_here.get(key, ()))
            if took:
                return took[len(took) // 2]
            known = self._usual.get(key)
        if known is not None and now - known[0] < 30.0:
            return known[1]
        try:
            seconds = self.history.typical_seconds(job.kind, job.model, job.profile)
        except StoreError:
            seconds = None
        with self._lock:
            self._usual[key] = (now, seconds)
        return seconds

    # download ----------------------------------------------------------------------------

    def download(
        self, job_id: int, progress: Callable[[int, int | None], None] | None = None
    ) -> Outcome:
        """Save every result Kling made that is not on disk yet, each on its own: one that
        cannot be had (gone, not media) does not stop the others, and stays listed so
        "Download again" can fetch it later."""
        job = self._job(job_id)
        if left_for_later(job):  # taken up again: the note of the last try no longer holds
            self.history.update(job_id, note="")
        try:
            client = self.clients(job.profile)
            outputs = self.history.outputs(job_id)
            if not outputs:  # recorded by an older version: ask for the results again
                task = client.get(self.ref_of(job))
                self._polled(job, task)
                outputs = self.history.outputs(job_id)
                if not outputs:
                    return Outcome(JobStatus(self._job(job_id).status))
        except (AuthenticationError, AccountError, ConnectionConfigError) as exc:
            return Outcome(job.status, None, message=exc.message, block_profile=True)
        except KlingError as exc:
            return (
                self._again(job, "download", exc)
                if exc.retryable
                else self._fail(job_id, exc.message)
            )
        lost: list[Message] = []
        unseen = 0
        for output in outputs:
            if output.file_present():
                continue
            try:
                saved = self._save(client, job, output.index, _kept(output), progress)
            except OperationCancelled:
                raise
            except ImageError as exc:  # not media
                lost.append(exc.message)
                continue
            except KlingError as exc:  # cut short, 5xx, unreachable, disk full: again later
                if not exc.retryable:  # gone, too large, not what was expected
                    lost.append(exc.message)
                    continue
                return self._again(job, "download", exc)
            except OSError as exc:  # disk full, folder gone: said, tried again within budget
                return self._again(job, "download", _disk_error(exc))
            self.history.save_file(job_id, saved)
            if saved.media == "video" and saved.thumbnail is None:
                unseen += 1
        if unseen:
            self.history.update(
                job_id,
                note=stored(
                    tr(
                        "Saved, but this computer cannot show a preview of it: open the file "
                        "in another video player."
                    )
                ),
            )
        self._recovered(job_id, "download")
        with self._lock:
            self._polls.pop(job_id, None)
        if lost:
            return self._fail(
                job_id,
                tr(
                    "{n} of {total} results could not be saved ({reason}). Kling keeps them "
                    "for 30 days: “Download again” may fetch them later.",
                    n=len(lost),
                    total=len(outputs),
                    reason=lost[0],
                ),
            )
        self.history.finish(job_id)
        return Outcome(JobStatus.SUCCEEDED)

    def _save(self, client: KlingClient, job: JobRecord, index: int, result, progress) -> NewOutput:
        media = result.media
        suffix = Path(urlsplit(result.url).path).suffix.lower().lstrip(".")
        ext = suffix if suffix in _EXTENSIONS.values() or suffix == "jpeg" else _DEFAULT_EXT[media]
        folder = month_folder(self.library(media), job.queued_at)
        folder.mkdir(parents=True, exist_ok=True)
        # The name is fixed by the job, so a resumed download finds what it saved before.
        name = result_name(
            job.queued_at,
            job.kind,
            job.prompt,
            job.external_task_id.removeprefix("kd-")[:8],
            index,
            ext,
        )
        path = folder / name
        if not path.exists():
            # An earlier attempt at this very file, cut off by a crash: only the process
            # holding the data folder downloads its jobs' files, so it is nobody's now.
            for leftover in folder.glob(f".{glob.escape(name)}.*{PARTIAL_SUFFIX}"):
                leftover.unlink(missing_ok=True)
            client.download(
                on_this_server(result.url, client.connection.base_url),
                path,
                max_bytes=MAX_BYTES[media],
                progress=progress,
                expect=media,
            )
        with path.open("rb") as f:
            actual = _EXTENSIONS.get(sniff(f.read(16)) or "", ext)
        if actual != ext.replace("jpeg", "jpg"):  # the URL's extension lied: name it right
            path = path.rename(unique_path(folder, f"{path.stem}.{actual}"))
        digest = sha256_of(path)
        thumb = width = height = None
        duration = result.duration
        if media == "video":
            from kling_desktop.media.video import probe

            try:
                info = probe(path)
            except ImageError as exc:  # paid for and saved: kept, without a preview
                log.warning("no preview for %s: %s", path.name, exc)
            else:
                thumb, width, height = thumbnail(info.poster), info.width, info.height
                duration = result.duration or info.duration
        elif media == "image":
            thumb, width, height = thumbnail_of_file(path)
        return NewOutput(
            index=index,
            media=media,
            url=result.url,
            watermark_url=result.watermark_url,
            remote_id=result.id,
            path=str(path),
            size=path.stat().st_size,
            sha256=digest,
            width=width,
            height=height,
            duration=duration,
            thumbnail=thumb,
        )

    # start-up ------------------------------------------------------------------------------

    def resume(self) -> list[JobRecord]:
        """The jobs to take up again, once the half-downloaded files a crash left in the
        results folders are swept away."""
        self.sweep_partial_downloads()
        return self.history.active()

    def sweep_partial_downloads(self, older_than: float = PARTIAL_MAX_AGE) -> int:
        """Remove `.part` files (downloads cut off by a crash) from the results folders and
        their month folders; a file written in the last `older_than` seconds may belong to a
        download in progress and is left. How many were removed."""
        removed = 0
        cutoff = time.time() - older_than
        folders: set[Path] = set()
        for media in ("image", "video"):
            try:
                top = self.library(media)
                folders.add(top)
                folders.update(p for p in top.iterdir() if p.is_dir())
            except OSError:
                continue
        for folder in folders:
            try:
                leftovers = list(folder.glob(f".*{PARTIAL_SUFFIX}"))
            except OSError:
                continue
            for path in leftovers:
                try:
                    if path.is_file() and path.stat().st_mtime < cutoff:
                        path.unlink()
                        removed += 1
                except OSError as exc:
                    log.warning("could not remove %s: %s", path.name, exc)
        if removed:
            log.info("removed %d unfinished download(s) left by an earlier run", removed)
        return removed

    # re-download ---------------------------------------------------------------------------

    def redownload(self, job_id: int) -> Message | None:
        """Fetch again every result of a finished job whose file is gone from the disk, while
        the server still keeps it. None when every file is back; otherwise why not."""
        job = self._job(job_id)
        if job.status is JobStatus.DOWNLOADING:  # left for later: this is its download
            outcome = self.download(job_id)
            return None if outcome.status is JobStatus.SUCCEEDED else outcome.message
        missing = [o for o in self.history.outputs(job_id) if not o.file_present()]
        if not missing:
            return None
        if not any(o.server_copy_alive() for o in missing):
            return tr(
                "Kling no longer keeps this result (results are deleted after 30 days), "
                "so it cannot be downloaded again. Use “Locate file…” if you still have it."
            )
        try:
            client = self.clients(job.profile)
            for output in missing:
                saved = self._save(client, job, output.index, _kept(output), None)
                self.history.save_file(job_id, saved)
        except (KlingError, ImageError) as exc:
            return exc.message
        except OSError as exc:
            return SaveError.of(exc).message
        return None

    # cancel and retry --------------------------------------------------------------------

    def cancel(self, job_id: int) -> Outcome:
        job = self._job(job_id)
        if not job.status.active:
            return Outcome(job.status)
        message = None
        if job.task_id or job.status is JobStatus.SUBMITTING:
            message = tr(
                "Stopped tracking this job. Kling may still finish it and charge "
                "for it; its result will not be downloaded."
            )
        self.history.update(job_id, JobStatus.CANCELLED, note=stored(message) if message else "")
        return Outcome(JobStatus.CANCELLED, message=message)

    def retry(self, job_id: int) -> int:
        """Record the same request again as a new job (a new external id: a new task). A
        model Kling has retired is replaced by its successor, and the new job's note says
        so."""
        job = self._job(job_id)
        request = self.request_of(job).with_external_task_id(new_external_task_id())
        note = None
        catalogue = current()
        model = catalogue.model(job.kind, request.model) if request.model else None
        if model is not None and not model.live_for(job.kind):
            successor = catalogue.successor(job.kind, model)
            if successor is not None and successor is not model:
                request = fit_to(request, successor)
                note = tr(
                    "Kling retired {old}; this run uses {new}.",
                    old=model_name(model, None),
                    new=model_name(successor, None),
                )
        thumbs = {
            i.role: PreparedImage(
                b"",
                "",
                i.width or 0,
                i.height or 0,
                i.thumbnail or b"",
                original_path=i.original_path,
            )
            for i in self.history.inputs(job_id)
        }
        new_id = self.record(JobSpec(request, job.profile, thumbs, job.tags))
        if note is not None:
            self.history.update(new_id, note=stored(note))
        return new_id

    def _job(self, job_id: int) -> JobRecord:
        job = self.history.get(job_id)
        if job is None:
            raise KeyError(f"job {job_id} is not in the history")
        return job


def _expected(result) -> NewOutput:
    """A result Kling made, before its file is saved."""
    return NewOutput(
        index=result.index or 0,
        media=result.media,
        url=result.url,
        watermark_url=result.watermark_url,
        remote_id=result.id,
        duration=result.duration,
    )


_LOOPBACK = ("127.0.0.1", "::1", "localhost")


def on_this_server(url: str, base_url: str) -> str:
    """A result address on this computer, as the server that runs here now serves it: the
    demo's server gets a new port with each process, and a result recorded by a process
    that has exited would otherwise point at nothing. Any other address is left as it
    is."""
    found, base = urlsplit(url), urlsplit(base_url)
    if found.hostname in _LOOPBACK and base.hostname in _LOOPBACK and found.netloc != base.netloc:
        return found._replace(scheme=base.scheme, netloc=base.netloc).geturl()
    return url


def left_for_later(job: JobRecord) -> bool:
    """Whether `job` is a paid result its last download left to be saved later (see
    `Steps._unsaved`), rather than one being saved right now."""
    if job.status is not JobStatus.DOWNLOADING or not job.note:
        return False
    note = from_stored(job.note)
    return isinstance(note, Message) and note.template.startswith(UNSAVED_START)


def _kept(output: OutputRecord) -> _StoredResult:
    return _StoredResult(
        output.url, output.media, output.watermark_url, output.remote_id, output.duration
    )


_NOT_LISTED = KlingError(tr("Kling's task list does not show this task."))


def _gone(detail: Message | str) -> Message:
    """A task Kling no longer knows: said alike on both standards."""
    return tr(
        "Kling no longer knows this task ({detail}), so its result cannot be fetched. "
        "Nothing more will be charged for it.",
        detail=detail,
    )


def _disk_error(exc: OSError) -> KlingError:
    """A file that could not be written, as a passing failure said in words."""
    return SaveError.of(exc)


def replace_status(job: JobRecord, status: JobStatus) -> JobRecord:
    return replace(job, status=status)


@dataclass(frozen=True)
class _StoredResult:
    """A result as the history remembers it, in the shape `_save` reads from a task."""

    url: str
    media: str
    watermark_url: str | None
    id: str | None
    duration: float | None


_EXTENSIONS = {
    "png": "png",
    "jpeg": "jpg",
    "webp": "webp",
    "mp4": "mp4",
    "mp3": "mp3",
    "wav": "wav",
}
_DEFAULT_EXT = {"image": "png", "video": "mp4", "audio": "mp3"}


def _answers_at_once(job: JobRecord) -> bool:
    operation = registry.find(job.kind)
    route = operation.route(job.standard or "") if operation else None
    return bool(route and route.at_once)


def _job_status(status: TaskStatus) -> JobStatus:
    return {
        TaskStatus.SUBMITTED: JobStatus.SUBMITTED,
        TaskStatus.PROCESSING: JobStatus.PROCESSING,
        TaskStatus.SUCCEEDED: JobStatus.DOWNLOADING,
        TaskStatus.FAILED: JobStatus.FAILED,
    }[status]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
