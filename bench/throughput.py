"""Many videos at once: does the engine keep every slot Kling allows busy, and are the
results on disk seconds after Kling finishes them?

    python bench/throughput.py [--jobs 12] [--slots 4] [--seconds 20] [--standard new]

The Kling sandbox runs in this process with a limit of `--slots` tasks at once (one more
is answered 1303, as Kling does) and every video taking exactly `--seconds`. The engine
is the command line's (`runner.Runner`) with its real pacing and "Jobs running together"
left on Automatic: it must learn the limit from the 1303 answers. First a warm-up of
`--warmup` videos, so the app knows how long such a video takes here (as it does for
anyone who has made one before); then `--jobs` videos are started together.

Prints the makespan against the ideal schedule (ceil(jobs / slots) × seconds), the
pick-up delay (from the moment the sandbox finished a video until its file was saved:
median and 95th percentile; `noticed`: until a poll saw it finished), the poll requests
per job (with `alone`, what per-task polls every 2 s would have needed), the 1303
answers, and the most tasks that ran at once. Exit code 1 when a job failed or a task
was made twice.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

API_KEY = "bench-kling-api-key-not-real"
RELAY_KEY = "sk-bench-relay-key-not-real"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=12)
    parser.add_argument("--slots", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20.0, help="time per video")
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--standard", choices=("new", "legacy"), default="new")
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from kling_desktop import instance
    from kling_desktop.jobs import JobSpec
    from kling_desktop.operations import Request
    from kling_desktop.runner import FINISH, Runner
    from kling_desktop.sandbox import Sandbox
    from kling_desktop.sandbox.tasks import Timings
    from kling_desktop.store import AppPaths, CredentialStore, Profile, Secret
    from tests.store.test_credentials import MemoryKeyring

    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    timings = Timings(image=(1.0, args.seconds), video=(1.0, args.seconds))
    sandbox = Sandbox(
        relay_key=RELAY_KEY, api_key=API_KEY, timings=timings, max_concurrency=args.slots
    )
    with tempfile.TemporaryDirectory(prefix="kling-throughput-") as tmp, sandbox:
        paths = AppPaths.portable_in(Path(tmp) / "app").ensure()
        runner = Runner(
            paths, instance.lock(paths.data), credentials=CredentialStore(MemoryKeyring())
        )
        if args.standard == "new":  # videos go Kling's new way: polled together
            profile, secret = Profile("Bench", "api_key", sandbox.url), Secret(api_key=API_KEY)
        else:
            profile, secret = Profile("Bench", "relay", sandbox.url), Secret(api_key=RELAY_KEY)
        runner.context.add_profile(profile, secret)
        runner.start()

        def run(count: int, label: str) -> tuple[float, list[int]]:
            before = set(runner.outcomes)
            for n in range(count):
                request = Request("text2video", prompt=f"{label} {n}", duration=5)
                runner.add(JobSpec(request, "Bench"), FINISH)
            started = time.monotonic()
            runner.run()
            return time.monotonic() - started, sorted(set(runner.outcomes) - before)

        run(args.warmup, "warm-up")
        seen: dict[int, float] = {}  # job -> when the app learned Kling had finished it

        def changed(update) -> None:
            if update.status.value == "downloading":
                seen.setdefault(update.id, time.time())

        runner.context.engine.job_changed.connect(changed)
        peak = _peak_watch(sandbox)
        counts = _requests(sandbox)
        makespan, jobs = run(args.jobs, "batch")
        peak.stop()
        used = {k: v - counts[k] for k, v in _requests(sandbox).items()}
        history = runner.context.history
        records = {history.get(j).task_id: history.get(j) for j in jobs}
        statuses = [runner.outcomes[j].status for j in jobs]
        runner.close()
    pickups, noticed = [], []
    first = min(t.created for t in sandbox.tasks())
    for task in sorted(sandbox.tasks(), key=lambda t: t.created):
        record = records.get(task.task_id)
        if record is not None and record.finished_at is not None:
            done = task.created + task.timings[1]
            pickups.append(max(0.0, record.finished_at.timestamp() - done))
            if record.id in seen:
                noticed.append(max(0.0, seen[record.id] - done))
        if os.environ.get("BENCH_VERBOSE") and record is not None:
            sent = record.submitted_at.timestamp() - task.created if record.submitted_at else 0
            print(
                f"  task made {task.created - first:6.1f}  done {done - first:6.1f}  "
                f"saved {record.finished_at.timestamp() - first:6.1f}  (recorded +{sent:.1f})"
            )
    pickups.sort()
    ideal = math.ceil(args.jobs / args.slots) * args.seconds
    polls = used["query"] + used["list"]
    alone = args.jobs * (args.seconds / 2)  # one request per job every 2 s while it runs
    twice = sum(n > 1 for n in sandbox.counters.tasks_by_external_id.values())
    report = {
        "jobs": args.jobs,
        "succeeded": statuses.count("succeeded"),
        "standard": args.standard,
        "makespan_s": f"{makespan:.1f}",
        "ideal_s": f"{ideal:.1f}",
        "makespan_ratio": f"{makespan / ideal:.2f}",
        "pickup_median_s": f"{statistics.median(pickups):.2f}" if pickups else "-",
        "pickup_p95_s": f"{pickups[max(0, math.ceil(0.95 * len(pickups)) - 1)]:.2f}"
        if pickups
        else "-",
        "noticed_median_s": f"{statistics.median(noticed):.2f}" if noticed else "-",
        "poll_requests": polls,
        "poll_requests_per_job": f"{polls / args.jobs:.1f}",
        "alone_per_job": f"{alone / args.jobs:.1f}",
        "refused_1303": used["refused"],
        "most_at_once": peak.most,
        "tasks_made_twice": twice,
    }
    for name, value in report.items():
        print(f"{name}: {value}")
    return 0 if statuses.count("succeeded") == args.jobs and twice == 0 else 1


def _requests(sandbox) -> dict[str, int]:
    return {
        "query": sandbox.counters["query"],
        "list": sandbox.counters["list"],
        "refused": sandbox.counters["refused_1303"],
    }


class _peak_watch:
    """The most tasks the sandbox ran at once, sampled every 50 ms on a thread."""

    def __init__(self, sandbox) -> None:
        import threading

        self.most = 0
        self._stop = threading.Event()

        def watch() -> None:
            while not self._stop.wait(0.05):
                now = time.time()
                busy = sum(t.status(now) in ("submitted", "processing") for t in sandbox.tasks())
                self.most = max(self.most, busy)

        self._thread = threading.Thread(target=watch, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


if __name__ == "__main__":
    raise SystemExit(main())
