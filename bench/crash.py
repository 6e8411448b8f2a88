"""Kill the app at random moments and count what was lost.

    python bench/crash.py [--rounds 20] [--seed 1] [--seconds 4]

The Kling sandbox runs as its own process (tasks kept in a state file, and a second task
with the same external id accepted, as some relays do, so that paying twice would show).
Each round starts the window (a job or two handed to it from the command line) or a
command-line job with `--wait`, and SIGKILLs it after a random 0.2–5 s: while sending,
polling, downloading or starting up. Then `generate --resume` finishes what is left, and
the data folder and the server's tasks are checked:

    kills            processes killed
    jobs             jobs in the history
    jobs_lost        jobs not succeeded at the end, or printed by a command and missing
    duplicate_tasks  tasks beyond the first for one external id (a job paid twice)
    orphan_tasks     tasks no job of the history asked for
    stray_files      files in the results folders that no job owns (`.part` leftovers too)
    missing_files    results recorded but not on disk whole
    integrity        SQLite's integrity_check of the history

Expected: 0 lost, 0 duplicates, 0 orphans, 0 stray, 0 missing, integrity ok; the exit code
is 1 otherwise. CI runs a few rounds; the full check is 20.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RELAY_KEY = "sk-bench-relay-key-not-real"


def environment(folder: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONUNBUFFERED="1",
        PYTHONPATH=os.pathsep.join([str(ROOT / "bench"), str(ROOT)]),
        PYTHON_KEYRING_BACKEND="_bench_keyring.BenchKeyring",
        KLING_BENCH_KEYRING=str(folder / "keyring.json"),
        BENCH_KEY=RELAY_KEY,
    )


class Bench:
    def __init__(self, folder: Path, seed: int, seconds: float) -> None:
        self.folder = folder
        self.data = folder / "app"
        self.env = environment(folder)
        self.rng = random.Random(seed)
        self.kills = 0
        self.printed: set[int] = set()
        self.server = subprocess.Popen(
            [
                sys.executable, "-m", "kling_desktop.sandbox",
                "--seconds", str(seconds),
                "--state-file", str(folder / "sandbox.json"),
                "--allow-duplicate-ids",
                "--relay-key", RELAY_KEY,
            ],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )  # fmt: skip
        self.url = self.server.stdout.readline().strip()
        added = self.app(
            "connection", "add", "Bench", "--relay", self.url, "--key-env", "BENCH_KEY"
        )
        if added.returncode != 0:
            raise SystemExit(f"could not add the connection: {added.stderr}")
        # The test finds that the relay forwards Kling's new standard too: videos go there.
        tested = self.app("connection", "test", "Bench")
        if tested.returncode != 0 or "newer" not in tested.stdout + tested.stderr:
            raise SystemExit(f"the connection test failed: {tested.stdout}{tested.stderr}")

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "kling_desktop", *args, "--data-dir", str(self.data)]

    def app(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            self.command(*args), env=self.env, capture_output=True, text=True, timeout=timeout
        )

    def job_args(self, n: int) -> list[str]:
        if self.rng.random() < 0.5:
            return [
                "generate",
                "image",
                "--prompt",
                f"round {n}",
                "--n",
                str(self.rng.randint(1, 3)),
            ]
        return ["generate", "text2video", "--prompt", f"round {n}", "--duration", "5"]

    def kill(self, process: subprocess.Popen) -> str:
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate(timeout=30)
        self.kills += 1
        return out

    def remember(self, out: str) -> None:
        for line in out.splitlines():
            if line.strip().isdigit():
                self.printed.add(int(line))

    def window_round(self, n: int) -> None:
        from kling_desktop import instance

        window = subprocess.Popen(
            self.command(), env=self.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while instance.ask(self.data / "data", {"cmd": "show"}, 2000) is None:
            if time.monotonic() > deadline or window.poll() is not None:
                break
            time.sleep(0.2)
        for _ in range(self.rng.randint(1, 2)):
            handed = self.app(*self.job_args(n))
            self.remember(handed.stdout)
        time.sleep(self.rng.uniform(0.2, 5.0))
        self.kill(window)

    def command_line_round(self, n: int) -> None:
        process = subprocess.Popen(
            self.command(*self.job_args(n), "--wait"), env=self.env, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        time.sleep(self.rng.uniform(0.2, 5.0))
        if process.poll() is None:
            self.remember(self.kill(process))
        else:
            self.remember(process.communicate()[0])

    def finish(self) -> subprocess.CompletedProcess:
        return self.app("generate", "--resume", timeout=600)

    def check(self) -> dict[str, object]:
        from kling_desktop.api.filetypes import is_complete, sniff
        from kling_desktop.store import AppPaths, Database, History

        paths = AppPaths.portable_in(self.data)
        db = Database(paths.database)
        history = History(db, paths.inputs)
        jobs = history.page(limit=1_000_000)
        ids = {job.id for job in jobs}
        not_done = [job for job in jobs if job.status.value != "succeeded"]
        for job in not_done:
            print(f"  job {job.id}: {job.status.value} {job.error or ''}", file=sys.stderr)
        owned: set[Path] = set()
        missing = 0
        for job in jobs:
            for output in history.outputs(job.id):
                if output.path is None:
                    missing += 1
                    continue
                owned.add(output.path.resolve())
                head = output.path.read_bytes()[:16] if output.path.is_file() else b""
                kind = sniff(head)
                if kind is None or not is_complete(output.path, kind):
                    missing += 1
        files = [p for p in (self.data / "library").rglob("*") if p.is_file()]
        stray = [p for p in files if p.resolve() not in owned]
        for path in stray:
            print(f"  stray: {path.name}", file=sys.stderr)
        tasks = json.loads((self.folder / "sandbox.json").read_text())
        external = [t["external_task_id"] for t in tasks]
        known = {job.external_task_id for job in jobs}
        integrity = db.integrity()
        db.close()
        return {
            "kills": self.kills,
            "jobs": len(jobs),
            "new_standard_jobs": sum(job.standard == "new" for job in jobs),
            "jobs_lost": len(not_done) + len(self.printed - ids),
            "duplicate_tasks": len(external) - len(set(external)),
            "orphan_tasks": len(set(external) - known),
            "stray_files": len(stray),
            "missing_files": missing,
            "integrity": integrity,
        }

    def close(self) -> None:
        self.server.terminate()
        self.server.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=4.0, help="how long each task takes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kling-crash-") as tmp:
        bench = Bench(Path(tmp), args.seed, args.seconds)
        try:
            started = time.monotonic()
            for n in range(args.rounds):
                if bench.rng.random() < 0.5:
                    bench.window_round(n)
                else:
                    bench.command_line_round(n)
            finished = bench.finish()
            if finished.returncode != 0:
                print(finished.stderr[-2000:], file=sys.stderr)
            report = bench.check()
        finally:
            bench.close()
    for name, value in report.items():
        print(f"{name}: {value}")
    print(f"seconds: {time.monotonic() - started:.0f}")
    counts = ("kills", "jobs", "new_standard_jobs", "integrity")
    bad = [k for k in report if k not in counts and report[k]]
    return 1 if bad or report["integrity"] != "ok" else 0


if __name__ == "__main__":
    raise SystemExit(main())
