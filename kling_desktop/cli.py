"""`kling-desktop generate KIND ...`: queue a job from a script, through the same engine and
history as the window (so it shows up there). KIND is any operation the registry lists;
the options are built from the operations' parameters.

If the app is running on the same data folder, the job is handed to it. Otherwise this
process runs the engine itself: until the job is on the server (without `--wait`; the app
finishes it next time it starts), or until its files are saved (`--wait`).
Exit codes: 0 done, 2 invalid input (each problem on its own line), 1 failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kling_desktop.text import from_stored

if TYPE_CHECKING:
    from kling_desktop.store import AppPaths, History

# Options older versions had, kept for scripts: the operation's `upgrade` reads them.
_COMPAT = {
    "image_tail": "last frame (same as --last-frame)",
    "mode": "std (720p) or pro (1080p); same as --resolution",
}


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def add_parser(commands: argparse._SubParsersAction, parents=()) -> None:
    from kling_desktop.operations import (
        COUNT,
        FRACTION,
        IMAGE,
        IMAGES,
        SHOTS,
        registry,
    )
    from kling_desktop.text import Message

    p = commands.add_parser(
        "generate", help="queue a generation from the command line", parents=list(parents)
    )
    p.add_argument("kind", choices=registry.names())
    p.add_argument("--model", help="a model id (any: one the app does not list is sent as is)")
    seen: set[str] = set()
    for operation in registry.all_operations():
        for param in operation.params:
            if param.name in seen:
                continue
            seen.add(param.name)
            helptext = str(param.tip) if isinstance(param.tip, Message) else None
            flag = _option(param.option or param.name)
            if param.kind == IMAGE:
                p.add_argument(flag, dest=param.name, type=Path, help=helptext)
            elif param.kind == IMAGES:
                p.add_argument(
                    flag,
                    dest=param.name,
                    type=Path,
                    action="append",
                    metavar="PICTURE",
                    help=(helptext or "") + " (repeatable)",
                )
            elif param.kind == SHOTS:
                p.add_argument(
                    "--shot",
                    dest="shots",
                    action="append",
                    metavar="SECONDS:WORDS",
                    help="one shot of a storyboard (repeat for each, in order)",
                )
            elif param.kind == COUNT:
                p.add_argument(flag, dest=param.name, type=int, help=helptext)
            elif param.kind == FRACTION:
                p.add_argument(flag, dest=param.name, type=float, help=helptext)
            else:
                p.add_argument(flag, dest=param.name, help=helptext)
    for name, helptext in _COMPAT.items():
        if name not in seen:
            p.add_argument(_option(name), help=helptext)
    p.add_argument("--profile", help="connection profile name (default: the active one)")
    p.add_argument("--wait", action="store_true", help="wait for the files, print their paths")
    p.add_argument("--tag", action="append", default=[], help="tag the job (repeatable)")


def _shots(values: list[str]) -> tuple[list[dict], list[str]]:
    shots, problems = [], []
    for text in values:
        seconds, _, words = text.partition(":")
        if not seconds.strip().isdigit():
            problems.append(f"--shot {text!r}: write SECONDS:WORDS, e.g. 3:a kite rises")
            continue
        shots.append({"prompt": words.strip(), "duration": int(seconds)})
    return shots, problems


def _number(text: Any) -> Any:
    return int(text) if isinstance(text, str) and text.isdigit() else text


def _build(args: argparse.Namespace):
    """(request, prepared images by parameter, problems as lines)."""
    from kling_desktop.media.images import ImageError, prepare
    from kling_desktop.operations import IMAGE, IMAGES, Request, new_external_task_id, registry

    operation = registry.get(args.kind)
    given: dict[str, Any] = {}
    problems: list[str] = []
    names = {p.name for p in operation.params}
    known = {p.name for op in registry.all_operations() for p in op.params} | set(_COMPAT)
    for name in sorted(known):
        value = getattr(args, name, None)
        if value is None or value == []:
            continue
        given[name] = value
    if "shots" in given:
        given["shots"], bad = _shots(given["shots"])
        problems += bad
    # Older spellings (--image for a first frame, --mode, --image-tail, "5") become today's.
    given = operation.upgrade({k: _number(v) for k, v in given.items()})
    options = {p.name: p.option for o in registry.all_operations() for p in o.params}
    for name in list(given):
        if name not in names:
            problems.append(f"{_option(options.get(name) or name)}: not used for {args.kind}")
            del given[name]
    images: dict[str, Any] = {}
    for param in operation.file_params:
        value = given.get(param.name)
        if value is None:
            continue
        paths = value if param.kind == IMAGES else [value]
        prepared = []
        for path in paths:
            try:
                item = prepare(Path(path).expanduser(), str(param.subject))
            except (ImageError, OSError) as exc:
                flag = _option(param.option or param.name)
                problems.append(f"{flag}: {getattr(exc, 'message', exc)}")
                continue
            if item.note:
                print(item.note, file=sys.stderr)
            prepared.append(item)
        if param.kind == IMAGE and prepared:
            given[param.name] = prepared[0].data
            images[param.name] = prepared[0]
        elif param.kind == IMAGES:
            given[param.name] = [item.data for item in prepared]
            for i, item in enumerate(prepared):
                images[f"{param.name}:{i}"] = item
        else:
            del given[param.name]
    request = Request(
        args.kind,
        model=args.model,
        external_task_id=new_external_task_id(),
        **given,
    )
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
                request.operation, profile or "", params, raw, tuple(args.tag)
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

    def changed(update):
        if (
            update.id == state.get("job")
            and not args.wait
            and update.status.value in ("submitted", "processing", "downloading")
        ):
            loop.quit()  # on the server: the app will finish it

    def finished(update):
        if update.id == state.get("job"):
            state["status"] = update.status.value
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
        reason = state.get("message") or (job and str(from_stored(job.error or job.note))) or status
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
