"""How the history behaves with 100,000 jobs. A benchmark, not a test.

    python bench/history_scale.py [--jobs N]

Builds a history of N jobs (each with an output and a real JPEG thumbnail made by the
app's own thumbnail code) in a temporary folder, then prints one `name: value` a line:
rows, db_mb, kb_per_job, open_ms (open + first page of 50 with its thumbnails), page_ms
(a page deep in the history), search_ms (full-text, a common and a rare word: the slower),
insert_ms (one job with four outputs). Times are medians of repeated runs.
Targets (2-core machine): open <= 50, page <= 20, search <= 50, insert <= 5, <= 40 KB/job.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from kling_desktop.media.images import thumbnail
from kling_desktop.sandbox.media import render_image
from kling_desktop.store import Database, Filter, History, NewJob, NewOutput

# A vocabulary for random prompts.
WORDS = tuple(
    """
    lighthouse dawn cinematic portrait fox snow forest river city night neon rain street
    market dragon castle mountain ocean waves sunset golden hour cat dog child old fisherman
    boat harbour desert camel star galaxy nebula robot samurai garden flower cherry blossom
    tea house lantern festival mask dancer violin piano jazz coffee bakery bread train
    station bridge tower skyline aerial drone macro dew leaf butterfly owl wolf horse field
    wheat storm lightning fog misty valley waterfall cave crystal ice glacier aurora volcano
    lava jungle parrot tiger temple monk scroll ink painting watercolor oil sketch pixel art
    anime film grain 35mm bokeh portrait studio light soft shadows
    """.split()
)


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def prompt(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18)))


def photo_thumbnails(rng: random.Random) -> list[bytes]:
    """Photo-like thumbnails: blurred noise compresses about as a real photo does (the demo
    images, flat gradients, would flatter the file size)."""
    thumbs = []
    for i in range(20):
        noise = QImage(rng.randbytes(96 * 54 * 3), 96, 54, 96 * 3, QImage.Format.Format_RGB888)
        photo = noise.scaled(1024, 576, mode=Qt.TransformationMode.SmoothTransformation)
        thumbs.append(
            thumbnail(photo if i % 2 else QImage.fromData(render_image(prompt(rng), "16:9", i, 20)))
        )
    return thumbs


def build(history: History, jobs: int, thumbs: list[bytes], rng: random.Random) -> None:
    for n in range(jobs):
        text = prompt(rng)
        job_id = history.add_job(
            NewJob(
                kind=rng.choice(("image", "text2video", "image2video")),
                profile="Bench",
                model=rng.choice(("kling-v1", "kling-v1-6", "kling-v2-1")),
                prompt=text,
                request={"prompt": text, "n": 1, "aspect_ratio": "16:9", "mode": "std"},
                external_task_id=f"kd-bench-{n}",
            )
        )
        history.finish(
            job_id,
            [
                NewOutput(
                    index=0,
                    media="image",
                    url=f"https://cdn.example.com/{n}.png",
                    path=f"/library/2026-11/{n}.png",
                    size=1_500_000,
                    width=1024,
                    height=576,
                    thumbnail=thumbs[n % len(thumbs)],
                )
            ],
            credits=1,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100_000)
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (image plugins)
    rng = random.Random(42)
    thumbs = photo_thumbnails(rng)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history.sqlite"
        db = Database(path)
        history = History(db, Path(tmp) / "inputs")
        started = time.perf_counter()
        build(history, args.jobs, thumbs, rng)
        build_s = time.perf_counter() - started
        db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()

        def open_first_page() -> None:
            fresh = Database(path)
            page = History(fresh, Path(tmp) / "inputs").page(limit=50)
            History(fresh, Path(tmp) / "inputs").thumbnails([j.id for j in page])
            fresh.close()

        open_ms = median_ms(open_first_page, 9)
        db = Database(path)
        history = History(db, Path(tmp) / "inputs")
        deep = args.jobs // 2
        page_ms = median_ms(lambda: history.page(after=deep, limit=50), 21)
        common = median_ms(lambda: history.page(Filter(text="light"), limit=50), 21)
        rare = median_ms(lambda: history.page(Filter(text="aurora glacier volcano"), limit=50), 21)
        filtered = median_ms(
            lambda: history.page(
                Filter(kinds=frozenset({"text2video"}), favourites_only=False), after=deep, limit=50
            ),
            21,
        )
        counter = iter(range(10**9))

        def insert() -> None:
            n = next(counter)
            job_id = history.add_job(
                NewJob(
                    kind="image",
                    profile="Bench",
                    model="kling-v1",
                    prompt=prompt(rng),
                    request={"n": 4},
                    external_task_id=f"kd-insert-{n}",
                )
            )
            history.finish(
                job_id,
                [
                    NewOutput(index=i, media="image", url="https://c/x.png", thumbnail=thumbs[i])
                    for i in range(4)
                ],
            )

        insert_ms = median_ms(insert, 51)
        rows = history.count()
        db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = path.stat().st_size
        db.close()
    print(f"rows: {rows}")
    print(f"build_s: {build_s:.1f}")
    print(f"db_mb: {size / 2**20:.1f}")
    print(f"kb_per_job: {size / rows / 1024:.1f}")
    print(f"thumbnail_kb: {statistics.mean(len(t) for t in thumbs) / 1024:.1f}")
    print(f"open_ms: {open_ms:.2f}")
    print(f"page_ms: {page_ms:.2f}")
    print(f"filtered_page_ms: {filtered:.2f}")
    print(f"search_ms: {max(common, rare):.2f}")
    print(f"search_common_ms: {common:.2f}")
    print(f"search_rare_ms: {rare:.2f}")
    print(f"insert_ms: {insert_ms:.2f}")


if __name__ == "__main__":
    main()
