"""`kling-desktop generate ...`: queue a job from a script, through the same engine and
history as the window (so it shows up there).

If the app is running on the same data folder, the job is handed to it. Otherwise this
process runs the engine itself: until the job is on the server (without `--wait`; the app
finishes it next time it starts), or until its files are saved (`--wait`).
Exit codes: 0 done, 2 invalid input (with the validation messages), 1 failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kling_desktop.api import capabilities as caps
from kling_desktop.text import from_stored

if TYPE_CHECKING:
    from kling_desktop.api import CameraControl
    from kling_desktop.store import AppPaths, History

# Kind on the command line -> request class in kling_desktop.api (imported when a job is
# built: `kling-desktop` parses these options on every start, the window's included).
KINDS = {
    "image": "ImageRequest",
    "text2video": "TextToVideoRequest",
    "image2video": "ImageToVideoRequest",
}


def request_class(kind: str):
    from kling_desktop import api

    return getattr(api, KINDS[kind])


def add_parser(commands: argparse._SubParsersAction, parents=()) -> None:
    p = commands.add_parser(
        "generate", help="queue a generation from the command line", parents=list(parents)
    )
    p.add_argument("kind", choices=list(KINDS))
    p.add_argument("--prompt", default="")
    p.add_argument("--negative-prompt")
    p.add_argument("--model")
    p.add_argument("--aspect-ratio")
    p.add_argument("--n", type=int, help="number of images (1-9)")
    p.add_argument("--mode", choices=caps.MODES)
    p.add_argument("--duration", choices=caps.DURATIONS)
    p.add_argument("--cfg-scale", type=float, help="creativity, 0-1")
    p.add_argument("--camera", help="a preset, or AXIS=VALUE (e.g. zoom=5)")
    p.add_argument("--image", type=Path, help="reference image or first frame")
    p.add_argument("--image-tail", type=Path, help="last frame")
    p.add_argument("--profile", help="connection profile name (default: the active one)")
    p.add_argument("--wait", action="store_true", help="wait for the files, print their paths")
    p.add_argument("--tag", action="append", default=[], help="tag the job (repeatable)")


def _camera(text: str | None) -> CameraControl | None:
    if not text:
        return None
    if "=" in text:
        axis, _, value = text.partition("=")
        from kling_desktop.api import CameraControl

        return CameraControl.simple(**{axis.strip(): float(value)})
    from kling_desktop.api import CameraControl

    return CameraControl.preset(text.strip())


def _build(args: argparse.Namespace):
    """(request, prepared images by role, problems as lines)."""
    from kling_desktop.api import new_external_task_id
    from kling_desktop.media.images import ImageError, prepare

    fields: dict = {"prompt": args.prompt, "external_task_id": new_external_task_id()}
    optional = {
        "negative_prompt": args.negative_prompt,
        "model": args.model,
        "aspect_ratio": args.aspect_ratio,
        "n": args.n,
        "mode": args.mode,
        "duration": args.duration,
        "cfg_scale": args.cfg_scale,
    }
    cls = request_class(args.kind)
    names = set(cls.__dataclass_fields__)
    problems = [
        f"--{k.replace('_', '-')}: not used for {args.kind}"
        for k, v in optional.items()
        if v is not None and k not in names
    ]
    fields.update({k: v for k, v in optional.items() if v is not None and k in names})
    try:
        camera = _camera(args.camera)
    except (TypeError, ValueError):
        camera, problems = None, [*problems, "--camera: use a preset name or AXIS=VALUE"]
    if camera and "camera_control" in names:
        fields["camera_control"] = camera
    images = {}
    for role, path in (("image", args.image), ("image_tail", args.image_tail)):
        if path is None:
            continue
        if role not in names:
            problems.append(f"--{role.replace('_', '-')}: not used for {args.kind}")
            continue
        label = (
            "The first frame"
            if args.kind == "image2video" and role == "image"
            else ("The last frame" if role == "image_tail" else "The reference image")
        )
        try:
            prepared = prepare(path.expanduser(), label)
        except (ImageError, OSError) as exc:
            problems.append(f"--{role.replace('_', '-')}: {getattr(exc, 'message', exc)}")
            continue
        fields[role] = prepared.data
        images[role] = prepared
        if prepared.note:
            print(prepared.note, file=sys.stderr)
    request = cls(**fields)
    problems += [f"{p.field}: {p.message}" for p in request.validate()]
    return request, images, problems


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["kling-desktop"])  # noqa: F841
    paths.ensure()
    request, images, problems = _build(args)
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        return 2
    from kling_desktop import instance
    from kling_desktop.jobs import codec

    params, raw = codec.encode(request)
    profile = args.profile
    answer = instance.ask(
        paths.data,
        {
            "cmd": "enqueue",
            "spec": codec.spec_to_json(
                request.kind.value, profile or "", params, raw, tuple(args.tag)
            ),
        },
    )
    if answer is not None:
        if not answer.get("ok"):
            print(answer.get("error", "The running app refused the job."), file=sys.stderr)
            return 2
        print(answer["job_id"], flush=True)
        return _wait_in_history(paths, answer["job_id"]) if args.wait else 0
    return _run_here(args, paths, request, images, profile)


def _run_here(args, paths, request, images, profile) -> int:
    from PySide6.QtCore import QEventLoop

    from kling_desktop.context import AppContext
    from kling_desktop.jobs import JobSpec

    context = AppContext(paths, demo=bool(args.sandbox))
    profile = profile or context.active_profile
    if profile != "Demo" and context.settings.profile(profile) is None:
        print(f"--profile: there is no connection named “{profile}”.", file=sys.stderr)
        context.close()
        return 2
    engine = context.start_engine(resume=False)
    loop = QEventLoop()
    state: dict = {}

    def recorded(token, job_id):
        if token == state.get("token"):
            state["job"] = job_id
            print(job_id, flush=True)

    def changed(job_id, status):
        if (
            job_id == state.get("job")
            and not args.wait
            and status in ("submitted", "processing", "downloading")
        ):
            loop.quit()  # on the server: the app will finish it

    def finished(job_id, status):
        if job_id == state.get("job"):
            state["status"] = status
            loop.quit()

    def message(job_id, text):
        if job_id == state.get("job"):
            state["message"] = text

    def blocked(profile_name, text):
        state["status"] = "blocked"
        state["message"] = text
        loop.quit()

    engine.job_recorded.connect(recorded)
    engine.record_failed.connect(
        lambda token, text: (state.update(status="failed", message=text), loop.quit())
    )
    engine.job_changed.connect(changed)
    engine.job_finished.connect(finished)
    engine.job_message.connect(message)
    engine.profile_blocked.connect(blocked)
    state["token"] = engine.enqueue(JobSpec(request, profile, images, tuple(args.tag)))
    loop.exec()
    code = _report(context.history, state)
    context.close()
    return code


def _report(history: History, state: dict) -> int:
    status = state.get("status")
    job_id = state.get("job")
    if status == "succeeded":
        for output in history.outputs(job_id):
            print(output.path, flush=True)
        return 0
    if status in ("failed", "cancelled", "blocked"):
        job = history.get(job_id) if job_id else None
        reason = (
            state.get("message")
            or (job and str(from_stored(job.error or job.status_message)))
            or status
        )
        print(reason, file=sys.stderr)
        return 1
    return 0  # submitted; the app finishes it


def _wait_in_history(paths: AppPaths, job_id: int) -> int:
    """The running app does the work; follow the job in the shared history."""
    from kling_desktop.store import Database, History

    db = Database(paths.database)
    history = History(db, paths.inputs)
    try:
        while True:
            job = history.get(job_id)
            if job is None:
                print(f"job {job_id} disappeared from the history", file=sys.stderr)
                return 1
            if not job.status.active:
                return _report(history, {"status": job.status.value, "job": job_id})
            time.sleep(0.5)
    finally:
        db.close()
