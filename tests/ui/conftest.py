"""History fixtures for the window tests: real files, real thumbnails, real SQLite."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from kling_desktop.context import AppContext
from kling_desktop.media.images import encode, thumbnail
from kling_desktop.sandbox import Timings
from kling_desktop.store import AppPaths, NewInput, NewJob, NewOutput
from kling_desktop.store.history import History
from tests.jobs.conftest import QUICK

_serial = itertools.count()


def picture(colour: str = "#c04030", size=(640, 360)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def seed(
    history: History,
    folder: Path,
    n: int,
    *,
    kind: str = "image",
    prompt: str = "seeded job {i}",
    outputs: int = 1,
    with_input: bool = False,
    **request,
) -> list[int]:
    """`n` finished jobs with real PNG files and thumbnails; returns their ids, oldest first."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(n):
        text = prompt.format(i=i)
        inputs = []
        params = {"prompt": text, "model": "kling-v1", **request}
        model = params["model"]
        if with_input:
            frame = picture("#3060c0", (640, 360))
            data = encode(frame, "PNG")
            inputs.append(NewInput("image", data, "/photos/frame.png", 640, 360, thumbnail(frame)))
            params["image"] = {"input": "image"}
        job_id = history.add_job(
            NewJob(kind, "Demo", model, text, params, f"kd-seed-{next(_serial)}", inputs=inputs)
        )
        made = []
        for k in range(outputs):
            image = picture(["#c04030", "#30a050", "#8040c0", "#d0a020"][k % 4])
            path = folder / f"job{job_id}-{k}.png"
            path.write_bytes(encode(image, "PNG"))
            made.append(
                NewOutput(
                    index=k,
                    media="image",
                    url=f"https://cdn.invalid/{job_id}/{k}.png",
                    path=str(path),
                    size=path.stat().st_size,
                    sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                    width=image.width(),
                    height=image.height(),
                    thumbnail=thumbnail(image),
                )
            )
        history.finish(job_id, made, credits=1.0)
        ids.append(job_id)
    return ids


@pytest.fixture
def chinese(qapp):
    """The app in Simplified Chinese for one test."""
    from PySide6.QtCore import QTranslator

    from kling_desktop import i18n

    yield i18n.install(qapp, "zh_CN")
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


@pytest.fixture
def make_window(qtbot, tmp_path):
    """A real window on a demo context (the in-app sandbox), closed after the test."""
    from kling_desktop.ui.main_window import MainWindow

    made = []

    def make(*, demo: bool = True, start: bool = True, timings: Timings | None = None, before=None):
        context = AppContext(
            AppPaths.portable_in(tmp_path / "app"),
            demo=demo,
            pacing=QUICK,
            demo_timings=timings or Timings(),
        )
        if before is not None:
            before(context)
        if start:
            context.start_engine()
        else:
            context.create_engine()
        win = MainWindow(context)
        qtbot.addWidget(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.history_actions.deletion.commit(wait=True)
        win.context.close(timeout=5)
