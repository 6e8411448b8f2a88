"""`kling-desktop --self-test`: prove that a build works, offscreen, in a few seconds.

Opens the history, resolves the keyring backend, reads the model catalogue, decodes a
bundled sample image and video,
shows the main window, and runs one demo generation to the end against the in-app sandbox.
Prints one `check: result` line each; exits 0 only if every check passed. The packaging
scripts run it against every frozen build.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from kling_desktop.store import AppPaths


def run(paths: AppPaths) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["kling-desktop"])
    failures = 0

    def check(name: str, fn) -> None:
        nonlocal failures
        started = time.perf_counter()
        try:
            result = fn()
            print(f"{name}: ok ({result}) in {time.perf_counter() - started:.2f}s", flush=True)
        except Exception as exc:
            failures += 1
            print(f"{name}: FAILED {type(exc).__name__}: {exc}", flush=True)
            traceback.print_exc(file=sys.stderr)

    # A private data folder: the self-test never touches the user's history.
    with tempfile.TemporaryDirectory(prefix="kling-selftest-") as tmp:
        test_paths = AppPaths.portable_in(Path(tmp))
        from kling_desktop.context import AppContext
        from kling_desktop.sandbox import Timings

        holder: dict = {}
        check("store", lambda: _store(holder, test_paths, AppContext, Timings))
        check("keyring", lambda: _keyring(holder["context"]))
        check("tls", _tls)
        check("models", _models)
        check("image", _image)
        check("video", lambda: _video(Path(tmp)))
        check("window", lambda: _window(holder, app))
        check("demo generation", lambda: _generate(holder["context"], app))
        if "context" in holder:
            holder["context"].close(timeout=5)
    print("self-test: " + ("passed" if not failures else f"{failures} check(s) failed"))
    return 0 if not failures else 1


def _store(holder, paths, AppContext, Timings) -> str:
    context = AppContext(paths, demo=True, demo_timings=Timings(image=(0.2, 0.6)))
    holder["context"] = context
    return f"history format {context.db.version}, {context.db.integrity()}"


def _keyring(context) -> str:
    status = context.credentials.status()
    kind = "persistent" if status.persistent else "session only"
    return f"{status.backend}, {kind}"


def _tls() -> str:
    """The CA certificates httpx verifies Kling's servers with (certifi's bundle, which a
    frozen build must carry)."""
    import ssl

    import certifi

    count = len(ssl.create_default_context(cafile=certifi.where()).get_ca_certs())
    if count < 50:
        raise RuntimeError(f"only {count} CA certificates in {certifi.where()}")
    return f"{count} CA certificates"


def _models() -> str:
    """The model catalogue and the operations it describes (data files a build must carry)."""
    from kling_desktop.catalogue import shipped
    from kling_desktop.operations import registry

    catalogue = shipped()
    live = [m for m in catalogue.models if any(m.live_for(op) for op in m.operations)]
    return (
        f"{len(live)} live models, list of {catalogue.version}, {len(registry.names())} operations"
    )


def _image() -> str:
    from PySide6.QtGui import QImage

    from kling_desktop.sandbox.media import render_image

    image = QImage.fromData(render_image("self-test", "16:9", 0, 1))
    if image.isNull():
        raise RuntimeError("the PNG sample did not decode")
    return f"{image.width()}x{image.height()}"


def _video(folder: Path) -> str:
    from kling_desktop.media.video import probe
    from kling_desktop.sandbox.media import clip

    path = folder / "sample.mp4"
    path.write_bytes(clip("16:9"))
    info = probe(path)
    return f"{info.width}x{info.height}, {info.duration:.1f}s"


def _window(holder, app) -> str:
    from kling_desktop.ui.main_window import MainWindow

    context = holder["context"]
    context.start_engine()
    window = MainWindow(context)
    window.show()
    app.processEvents()
    holder["window"] = window  # kept alive until the end of the self-test
    return f"{window.width()}x{window.height()}"


def _generate(context, app) -> str:
    from PySide6.QtCore import QEventLoop, QTimer

    from kling_desktop.jobs import JobSpec
    from kling_desktop.operations import Request

    engine = context.engine
    loop = QEventLoop()
    state: dict = {}
    engine.job_recorded.connect(lambda token, job: state.setdefault("job", job))
    engine.job_finished.connect(lambda update: (state.update(status=update.status), loop.quit()))
    engine.enqueue(JobSpec(Request("image", prompt="self-test"), "Demo"))
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    if state.get("status") != "succeeded":
        raise RuntimeError(f"the demo job ended as {state.get('status', 'nothing (timeout)')}")
    (output,) = context.history.outputs(state["job"])
    return f"{output.path.name}, {output.size} bytes"
