"""Jobs through a bad network: does every job still finish, paid once?

    python bench/faults.py [--jobs 20] [--probability 0.2] [--seed 1]

The Kling sandbox runs as its own process and fails each request (submit, query, list,
download) with the given probability, in one of the ways real servers and networks fail:
502/504 pages, 5000/5001 errors, 429 with Retry-After, connection resets before and after
the request arrived, an HTML page with status 200, cut downloads, downloads answered with
a page or with garbage, and slow answers. A second task with the same external id is
accepted (as some relays do), so paying twice would show. The jobs (half pictures, half
videos) are run by the command line's engine (`runner.Runner`) with the app's real retry
budgets.

Prints `jobs`, `succeeded`, `failed`, `duplicate_tasks`, `requests` (seen by the server)
and `seconds`. Expected: every job succeeded, 0 duplicates; the exit code is 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RELAY_KEY = "sk-bench-relay-key-not-real"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=20)
    parser.add_argument("--probability", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=3.0, help="how long each task takes")
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from kling_desktop import instance
    from kling_desktop.jobs import JobSpec
    from kling_desktop.operations import Request
    from kling_desktop.runner import FINISH, Runner
    from kling_desktop.store import AppPaths, CredentialStore, Profile, Secret
    from tests.store.test_credentials import MemoryKeyring

    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    with tempfile.TemporaryDirectory(prefix="kling-faults-") as tmp:
        folder = Path(tmp)
        server = subprocess.Popen(
            [
                sys.executable, "-m", "kling_desktop.sandbox",
                "--seconds", str(args.seconds),
                "--state-file", str(folder / "sandbox.json"),
                "--allow-duplicate-ids",
                "--faults", str(args.probability),
                "--seed", str(args.seed),
                "--relay-key", RELAY_KEY,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )  # fmt: skip
        try:
            url = server.stdout.readline().strip()
            paths = AppPaths.portable_in(folder / "app").ensure()
            held = instance.lock(paths.data)
            runner = Runner(paths, held, credentials=CredentialStore(MemoryKeyring()))
            # A relay that forwards Kling's new standard: videos are polled in batches.
            runner.context.add_profile(
                Profile("Bench", "relay", url, new_layout=True), Secret(api_key=RELAY_KEY)
            )
            runner.start()
            started = time.monotonic()
            for n in range(args.jobs):
                if n % 2:
                    request = Request("text2video", prompt=f"fault run {n}", duration=5)
                else:
                    request = Request("image", prompt=f"fault run {n}", n=2)
                runner.add(JobSpec(request, "Bench"), FINISH)
            runner.run()
            seconds = time.monotonic() - started
            outcomes = runner.outcomes
            history = runner.context.history
            newer = sum(history.get(job_id).standard == "new" for job_id in outcomes)
            for job_id, outcome in sorted(outcomes.items()):
                if outcome.status != "succeeded":
                    print(f"  job {job_id}: {outcome.status}: {outcome.message}", file=sys.stderr)
            runner.close()
            tasks = json.loads((folder / "sandbox.json").read_text())
        finally:
            server.terminate()
            server.wait(10)
    external = [t["external_task_id"] for t in tasks]
    succeeded = sum(o.status == "succeeded" for o in outcomes.values())
    report = {
        "jobs": len(outcomes),
        "succeeded": succeeded,
        "failed": len(outcomes) - succeeded,
        "new_standard_jobs": newer,
        "duplicate_tasks": len(external) - len(set(external)),
        "seconds": f"{seconds:.0f}",
    }
    for name, value in report.items():
        print(f"{name}: {value}")
    ok = succeeded == args.jobs and report["duplicate_tasks"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
