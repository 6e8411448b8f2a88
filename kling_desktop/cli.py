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
import itertools
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
    from kling_desktop.operations import registry

    p = commands.add_parser(
        "generate", help="queue a generation from the command line", parents=list(parents)
    )
    names = registry.names()
    p.add_argument(
        "kind",
        nargs="?",
        # add-sound or add_sound: both spellings of a name
        type=lambda word: word.replace("-", "_") if word.replace("-", "_") in names else word,
        choices=names,
        metavar="{" + ",".join(name.replace("_", "-") for name in names) + "}",
        help="what to make; leave it out (or give --resume) to finish interrupted jobs",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="finish the jobs a crash or a closed window left unfinished, then exit",
    )
    p.add_argument("--model", help="a model id (any: one the app does not list is sent as is)")
    # A flag that gives differently named parameters of several operations says which.
    shared: dict[str, dict[str, list[str]]] = {}  # flag -> parameter -> its operations
    for operation in registry.all_operations():
        for param in operation.params:
            option = param.kind.option(param)
            if option is not None:
                users = shared.setdefault(option.flag, {}).setdefault(param.name, [])
                users.append(operation.name.replace("_", "-"))
    taken = set()
    for option, dest in _options():
        if option is not None and option.flag not in taken:  # operations may share a flag
            taken.add(option.flag)
            settings = dict(option.settings)
            by_name = shared[option.flag]
            if len(by_name) > 1 and settings.get("help"):
                users = [op for ops in by_name.values() for op in ops]
                settings["help"] = f"{settings['help']} (for {', '.join(users)})"
            p.add_argument(option.flag, dest=dest, **settings)
    for name, helptext in _COMPAT.items():
        if _option(name) not in taken:
            p.add_argument(_option(name), help=helptext)
    p.add_argument("--profile", help="connection profile name (default: the active one)")
    p.add_argument("--wait", action="store_true", help="wait for the files, print their paths")
    p.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="with --wait or --resume: stop waiting after this long (exit code 4); the job "
        "is not lost, the next start or --resume finishes it",
    )
    p.add_argument(
        "--audio-job",
        metavar="JOB_ID",
        help="the sound a job of the history made (its file), as what is said",
    )
    p.add_argument(
        "--speech",
        metavar="TEXT",
        help="words said first by a speech job (with --voice, --language, --speed), then "
        "used as what is said (a talking photo, lip-sync)",
    )
    p.add_argument("--tag", action="append", default=[], help="tag the job (repeatable)")
    p.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        help="a batch: one job per row of a CSV or JSON Lines (.jsonl) file whose columns "
        "are settings (prompt, model, duration, aspect_ratio...); the options given here "
        "fill the cells left empty",
    )
    p.add_argument(
        "--models",
        type=lambda text: [m.strip() for m in text.split(",") if m.strip()],
        metavar="A,B",
        help="with --from: one job per row and per model",
    )
    p.add_argument(
        "--max-units",
        type=_units,
        metavar="N",
        help="with --from: send jobs in file order while the batch's estimated price stays "
        "within N units",
    )


def _units(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of units") from None
    if not 0 < value < 1e9:
        raise argparse.ArgumentTypeError("give a number of units above 0")
    return value


def _number(text: Any) -> Any:
    return int(text) if isinstance(text, str) and text.isdigit() else text


def _options():
    """(each job option as its parameter's kind spells it, the name argparse keeps its value
    under): one entry a parameter name, in the operations' order; a flag two operations
    share (`--video-url`) is read into the first one's name."""
    from kling_desktop.operations import registry

    seen: set[str] = set()
    for operation in registry.all_operations():
        for param in operation.params:
            if param.name not in seen:
                seen.add(param.name)
                yield param.kind.option(param), param.name


def _flags() -> dict[str, str]:
    """Each name argparse keeps a job option under -> its flag."""
    out = {name: _option(name) for name in _COMPAT}
    taken: dict[str, str] = {}
    for option, dest in _options():
        if option is not None and option.flag not in taken:
            taken[option.flag] = dest
            out[dest] = option.flag
    return out


def _job_arguments(args: argparse.Namespace) -> list[str]:
    """The options given that describe a new job (as the user typed them)."""
    flags = {**_flags(), "model": "--model"}
    return [flag for name, flag in sorted(flags.items()) if getattr(args, name, None)]


def _build(args: argparse.Namespace, where: AppPaths | None = None):
    """(request, prepared files by input role, problems as lines)."""
    from kling_desktop.jobs import inputs as files
    from kling_desktop.operations import Request, new_external_task_id, registry
    from kling_desktop.operations.kinds import InputError

    operation = registry.get(args.kind)
    flags = _flags()
    ours = {}  # this operation's parameters by their flag
    for param in operation.params:
        option = param.kind.option(param)
        if option is not None:
            ours[option.flag] = param
    given: dict[str, Any] = {}
    problems: list[str] = []
    for name, flag in sorted(flags.items()):
        value = getattr(args, name, None)
        if value is None or value == []:
            continue
        param = ours.get(flag)
        if param is not None:
            value, bad = param.kind.from_command_line(param, value)
            problems += bad
            name = param.name  # the option may be kept under another operation's name
        given[name] = value
    unsaid: set[str] = set()  # fields whose problem is already said by their option
    if where is not None and "video_id" in given and operation.param("video_id") is None:
        bad = _video_by_id(operation, given, where)
        problems += bad
        if bad:
            unsaid.update(p.name for p in operation.params if p.kind.names_result == "video")
    if given.get("mode") not in (None, "std", "pro"):
        problems.append(f"--mode: “{given.pop('mode')}” is neither std nor pro (or: --resolution)")
    if args.model and not operation.uses_model:
        problems.append(f"--model: not used for {args.kind} (it has no choice of model)")
    # Older spellings (--image for a first frame, --mode, --image-tail, "5") become today's.
    given = operation.upgrade({k: _number(v) if k in _COMPAT else v for k, v in given.items()})
    for name in list(given):
        if operation.param(name) is None:
            problems.append(f"{flags.get(name) or _option(name)}: not used for {args.kind}")
            del given[name]
    if where is not None:
        problems += _results_of_jobs(operation, given, ours, where)
        if args.audio_job:
            problems += _sound_of_job(operation, given, args.audio_job, where)
    prepared: dict[str, Any] = {}
    for param in operation.file_params:
        value = given.get(param.name)
        if value is None:
            continue
        paths = value if param.kind.many else [value]
        read = []
        for path in paths:
            try:
                item = files.prepare(param.kind.media, Path(path).expanduser(), str(param.subject))
            except (InputError, OSError) as exc:
                flag = next((f for f, p in ours.items() if p is param), _option(param.name))
                problems.append(f"{flag}: {getattr(exc, 'message', exc)}")
                continue
            if item.note:
                print(item.note, file=sys.stderr)
            read.append(item)
        if param.kind.many:
            given[param.name] = [item.data for item in read]
            prepared.update({f"{param.name}:{i}": item for i, item in enumerate(read)})
        elif read:
            given[param.name] = read[0].data
            prepared[param.name] = read[0]
        else:
            del given[param.name]
    first_failed = False
    if operation.first is not None and where is not None and not problems:
        # Only once the rest is known to be right: Kling charges for the first step too.
        early = Request(args.kind, model=args.model, **given).validate()
        if all(p.field in operation.first_gives for p in early):
            failed = _first_step(operation, given, args, where)
            problems += failed
            first_failed = bool(failed)
    request = Request(
        args.kind,
        model=args.model,
        external_task_id=new_external_task_id(),
        **given,
    )
    found = request.validate()
    if first_failed or any(p.field not in operation.first_gives for p in found):
        # What the first step gives is missing because it did not run: not said.
        found = [p for p in found if p.field not in operation.first_gives]
    problems += [f"{p.field}: {p.message}" for p in found if p.field not in unsaid]
    return request, prepared, problems


def _results_of_jobs(operation, given: dict[str, Any], ours: dict, paths: AppPaths) -> list[str]:
    """A result named by its job's number in the history (`--audio-id 12`: job 12's sound)
    becomes the id Kling gave it; Kling's own ids (long numbers, or words) stay as given."""
    problems: list[str] = []
    for param in operation.params:
        value = given.get(param.name)
        media = param.kind.names_result
        if not media or not isinstance(value, str) or not value.isdigit() or len(value) > 9:
            continue
        flag = next((f for f, p in ours.items() if p is param), _option(param.name))
        from kling_desktop.store import Database, History

        if not paths.database.exists():
            problems.append(f"{flag}: there is no job {value} in the history")
            continue
        db = Database(paths.database)
        try:
            history = History(db, paths.inputs)
            job = history.get(int(value))
            found = [o for o in history.outputs(int(value)) if o.media == media and o.remote_id]
        finally:
            db.close()
        if job is None:
            problems.append(f"{flag}: there is no job {value} in the history")
        elif not found:
            word = {"audio": "sound", "image": "picture"}.get(media, media)
            problems.append(f"{flag}: job {value} has no {word} Kling knows by an id")
        else:
            given[param.name] = found[0].remote_id
    return problems


def _video_by_id(operation, given: dict[str, Any], where: AppPaths) -> list[str]:
    """`--video-id JOB_OR_KLING_VIDEO_ID` for an operation that takes a video by address
    (motion control, edit a video, lip-sync): the history's video, with its length and
    the day Kling deletes it, so that limits are said before anything is sent."""
    from kling_desktop.operations.kinds import VIDEO

    wanted = str(given.pop("video_id")).strip()
    param = next((p for p in operation.params if p.kind is VIDEO), None)
    if param is None:
        return [f"--video-id: not used for {operation.name.replace('_', '-')}"]
    if param.name in given:
        return ["--video-id: give one video (--video-id or --video-url), not both"]
    from kling_desktop.store import Database, History

    found = None
    if where.database.exists():
        db = Database(where.database)
        try:
            history = History(db, where.inputs)
            if wanted.isdigit() and len(wanted) <= 9:  # the history's job number
                videos = [o for o in history.outputs(int(wanted)) if o.media == "video"]
            else:  # Kling's id for one of the user's videos
                known = history.output_by_remote_id(wanted)
                videos = [known] if known is not None and known.media == "video" else []
            found = videos[0] if videos else None
        finally:
            db.close()
    if found is None:
        return [
            f"--video-id: {wanted} is not one of your videos in this history; Kling takes "
            "other videos only by address (--video-url https://…)"
        ]
    until = found.url_expires_at
    given[param.name] = {
        "url": found.url,
        "seconds": found.duration,
        "until": int(until.timestamp() * 1000) if until is not None else None,
        "source": found.id,
        "width": found.width,
        "height": found.height,
    }
    return []


def _speak_first(args: argparse.Namespace, paths: AppPaths) -> int:
    """`--speech TEXT`: a job of the operation that makes this job's sound from words
    (speech; waited for, in the history like any other), whose sound is then what the
    face or photo says (as with `--audio-job`). That operation's own options (the voice,
    its language and speed) are its, not this job's."""
    from kling_desktop.operations import registry

    operation = registry.get(args.kind)
    param = next((p for p in operation.file_params if p.from_words), None)
    if param is None:
        print(f"--speech: not used for {args.kind.replace('_', '-')}", file=sys.stderr)
        return 2
    if args.audio_job or getattr(args, param.name, None):
        print("--speech: give one sound (words, a file or a job's), not several", file=sys.stderr)
        return 2
    maker = registry.get(param.from_words)
    its_own = {p.name for p in maker.params} - {"prompt"}
    spoken = argparse.Namespace(**vars(args))
    for name, _flag in _flags().items():
        if name not in its_own:
            setattr(spoken, name, None)
    spoken.kind, spoken.prompt, spoken.wait, spoken.model = maker.name, args.speech, True, None
    spoken.speech, spoken.audio_job = None, None
    status = run(spoken, paths)
    if status:
        return status
    from kling_desktop.store import Database, History
    from kling_desktop.store.records import Filter

    db = Database(paths.database)
    try:
        newest = History(db, paths.inputs).page(Filter(kinds=frozenset({maker.name})), limit=1)
    finally:
        db.close()
    if not newest:
        return 1
    args.audio_job = str(newest[0].id)
    for name in its_own:
        setattr(args, name, None)
    return 0


def _sound_of_job(operation, given: dict[str, Any], job: str, where: AppPaths) -> list[str]:
    """`--audio-job N`: the file of job N's sound, as the operation's sound file."""
    param = next((p for p in operation.file_params if p.kind.media == "audio"), None)
    if param is None:
        return [f"--audio-job: not used for {operation.name.replace('_', '-')}"]
    if param.name in given:
        return ["--audio-job: give one sound (a file or a job's), not both"]
    from kling_desktop.store import Database, History

    found = []
    if job.isdigit() and where.database.exists():
        db = Database(where.database)
        try:
            outputs = History(db, where.inputs).outputs(int(job))
        finally:
            db.close()
        found = [o for o in outputs if o.media == "audio" and o.file_present()]
    if not found:
        return [f"--audio-job: job {job} has no sound saved on this computer"]
    given[param.name] = str(found[0].path)
    return []


def _first_step(operation, given: dict[str, Any], args, paths: AppPaths) -> list[str]:
    """The request Kling answers before this operation's (lip-sync's face search), on the
    connection the job will use."""
    from kling_desktop.api import KlingClient, KlingError
    from kling_desktop.context import AppContext

    context = AppContext(paths, demo=bool(args.sandbox))
    try:
        profile = args.profile or context.active_profile
        with KlingClient(context.connection_for(profile)) as client:
            operation.first(client, given)
    except KlingError as exc:
        return [str(exc.message)]
    finally:
        context.close()
    return []


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["kling-desktop"])  # noqa: F841
    paths.ensure()
    _WAITING["timeout"] = args.timeout
    _WAITING["until"] = time.monotonic() + args.timeout if args.timeout else None
    if args.kind is None or args.resume:
        stray = _job_arguments(args)
        if args.kind is not None or stray:
            print(
                "--resume finishes the jobs already in the history; give it without "
                + (f"{args.kind}" if args.kind else ", ".join(stray)),
                file=sys.stderr,
            )
            return 2
        return _resume(args, paths)
    if args.from_file:
        return _run_batch(args, paths)
    if args.models or args.max_units is not None:
        print("--models and --max-units go with --from FILE (a batch)", file=sys.stderr)
        return 2
    if args.speech:
        status = _speak_first(args, paths)
        if status:
            return status
    request, images, problems = _build(args, paths)
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        return 2
    from kling_desktop.jobs import codec

    params, raw = codec.encode(request)
    profile = args.profile
    spec = codec.spec_to_json(request.operation, profile or "", params, raw, tuple(args.tag))
    answer, held = _reach(paths, {"cmd": "enqueue", "spec": spec, "wait": args.wait})
    if answer is not None:
        if not answer.get("ok"):
            print(answer.get("error", "The running app refused the job."), file=sys.stderr)
            return 2
        print(answer["job_id"], flush=True)
        return _wait_in_history(paths, answer["job_id"]) if args.wait else 0
    if held is None:
        print(NO_ANSWER, file=sys.stderr)
        return 1
    return _run_here(args, paths, held, request, images, profile)


def _run_batch(args: argparse.Namespace, paths: AppPaths) -> int:
    """`generate KIND --from FILE`: plan the batch (every row checked, priced and cut at
    `--max-units` before anything is sent), say it, then run it like one job a row."""
    from kling_desktop import cli_batch
    from kling_desktop.jobs import batch, codec

    try:
        rows = batch.read_rows(Path(args.from_file).expanduser())
    except batch.BatchFileError as exc:
        print(f"--from: {exc}", file=sys.stderr)
        return 2
    plan, files = cli_batch.planned(args, rows, _columns(args.kind), _build)
    for label, why in plan.refused + plan.over_cap:
        print(f"{label}: {why}", file=sys.stderr)
    print(_batch_words(plan, demo=bool(args.sandbox)), file=sys.stderr, flush=True)
    if not plan.jobs:
        return 2
    tag = batch.tag_for(Path(args.from_file).stem)
    specs = []
    for job in plan.jobs:
        params, raw = codec.encode(job.item.request)
        tags = (*args.tag, tag)
        specs.append(
            codec.spec_to_json(job.item.request.operation, args.profile or "", params, raw, tags)
        )
    answer, held = _reach(paths, {"cmd": "enqueue", "spec": specs[0], "wait": args.wait})
    refused = 2 if plan.refused else 0
    if answer is not None:  # the window (or another command) runs this folder's jobs
        ids = [answer]
        for spec in specs[1:]:
            ids.append(_reach(paths, {"cmd": "enqueue", "spec": spec, "wait": args.wait})[0])
        codes = []
        for reply in ids:
            if not reply or not reply.get("ok"):
                print((reply or {}).get("error", "The running app refused a job."), file=sys.stderr)
                codes.append(2)
                continue
            print(reply["job_id"], flush=True)
        if args.wait:
            codes += [_wait_in_history(paths, r["job_id"], True) for r in ids if r and r.get("ok")]
        return max([refused, *codes])
    if held is None:
        print(NO_ANSWER, file=sys.stderr)
        return 1
    return max(refused, _run_batch_here(args, paths, held, plan, files, tag))


def _run_batch_here(args, paths, held, plan, files, tag: str) -> int:
    from kling_desktop.jobs import JobSpec
    from kling_desktop.runner import FINISH, SUBMIT, Runner

    runner = Runner(paths, held, demo=bool(args.sandbox))
    runner.said = _say_while_waiting
    try:
        profile = args.profile or runner.context.active_profile
        if profile != "Demo" and runner.context.settings.profile(profile) is None:
            print(f"--profile: there is no connection named “{profile}”.", file=sys.stderr)
            return 2
        _mention_history(runner.context.db)
        if args.wait:  # the files of each job as it ends, not all at the end
            history = runner.context.history

            def ended(job_id: int, outcome) -> None:
                if outcome.status == "succeeded":
                    for output in history.outputs(job_id):
                        print(output.path, flush=True)

            runner.ended = ended
        runner.start()
        jobs: list[int] = []
        unsaved: list[str] = []

        def recorded(job_id: int | None, why: str) -> None:
            if job_id is None:
                unsaved.append(why)
            else:
                jobs.append(job_id)
                print(job_id, flush=True)

        for job in plan.jobs:
            images = files.get(job.item.label, {})
            spec = JobSpec(job.item.request, profile, images, (*args.tag, tag))
            runner.add(spec, FINISH if args.wait else SUBMIT, recorded)
        runner.run(_remaining())
        for why in unsaved:
            print(why, file=sys.stderr)
        if runner.released:
            runner.close()
            return max([0, *(_wait_in_history(paths, j, True) for j in jobs)]) if args.wait else 0
        codes = [1 if unsaved else 0]
        for job_id in jobs:
            outcome = runner.outcomes.get(job_id)
            if outcome is None and runner.timed_out:
                codes.append(_timed_out(job_id, prefix=True))
            elif outcome is not None and outcome.status == "succeeded":
                codes.append(0)  # its files were printed as it ended
            else:
                history = runner.context.history
                codes.append(_report(history, job_id, outcome, True, runner.told))
        return max(codes)
    finally:
        runner.close()


def _columns(kind: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each column spelling a batch row may use for `kind`'s settings -> (the name
    argparse keeps the option under, the option's argparse settings)."""
    from kling_desktop.operations import registry

    dests = {flag: dest for dest, flag in _flags().items()}
    out = {}
    for param in registry.get(kind).params:
        option = param.kind.option(param)
        if option is None:
            continue
        found = (dests.get(option.flag, param.name), dict(option.settings))
        out[param.name] = found
        out[option.flag.lstrip("-").replace("-", "_")] = found
    return out


def _batch_words(plan, *, demo: bool) -> str:
    names = {"video": "video units", "image": "picture units", "audio": "sound units"}
    total = plan.total()
    price = " and ".join(f"{units:g} {names.get(pack, pack)}" for pack, units in total.items())
    text = f"Batch: {len(plan.jobs)} job(s)"
    if price:
        text += f", about {price} in all"
    if plan.unpriced():
        text += f" ({plan.unpriced()} priced by Kling's server)"
    if demo:
        text += " (free in the demo)"
    left = len(plan.refused) + len(plan.over_cap)
    if left:
        text += f"; {left} row(s) not sent (above)"
    return text + "."


NO_ANSWER = (
    "Another Kling Desktop is using this data folder and does not answer. Close it, or try "
    "again in a moment."
)


def _reach(paths: AppPaths, message: dict, patience: float = 20.0):
    """(the answer of the process that runs this folder's engine, None) or (None, the
    folder's lock, now ours); (None, None) if neither came within `patience` seconds (a
    window still starting answers within a few)."""
    from kling_desktop import instance

    deadline = time.monotonic() + patience
    while True:
        answer = instance.ask(paths.data, message)
        if answer is not None and not answer.get("busy"):
            return answer, None
        held = instance.lock(paths.data)
        if held is not None:
            return None, held
        if time.monotonic() > deadline:
            return None, None
        time.sleep(0.3)


def _run_here(args, paths, held, request, images, profile) -> int:
    """No app has the folder: this process runs the engine (holding the folder's lock)."""
    from kling_desktop.jobs import JobSpec
    from kling_desktop.runner import FINISH, SUBMIT, Runner

    runner = Runner(paths, held, demo=bool(args.sandbox))
    runner.said = _say_while_waiting
    try:
        profile = profile or runner.context.active_profile
        if profile != "Demo" and runner.context.settings.profile(profile) is None:
            print(f"--profile: there is no connection named “{profile}”.", file=sys.stderr)
            return 2
        _mention_history(runner.context.db)
        _mention_interrupted(runner.context.history)
        runner.start()
        state: dict[str, Any] = {}

        def recorded(job_id: int | None, why: str) -> None:
            if job_id is None:
                state["why"] = why
                return
            state["job"] = job_id
            print(job_id, flush=True)

        spec = JobSpec(request, profile, images, tuple(args.tag))
        runner.add(spec, FINISH if args.wait else SUBMIT, recorded)
        runner.run(_remaining())
        if "why" in state:
            print(state["why"], file=sys.stderr)
            return 1
        job_id = state.get("job")
        if runner.released:  # a window took the folder over: it finishes the job
            runner.close()
            return _wait_in_history(paths, job_id) if args.wait and job_id else 0
        outcome = runner.outcomes.get(job_id)
        if outcome is None and runner.timed_out and job_id is not None:
            return _timed_out(job_id)
        return _report(runner.context.history, job_id, outcome, told=runner.told)
    finally:
        runner.close()


def _say_while_waiting(job_id: int, text: str) -> None:
    print(f"job {job_id}: {text}", file=sys.stderr, flush=True)


def _mention_history(db) -> None:
    """What opening the history found (a damaged file set aside, indexes rebuilt): said
    on the terminal, not only in the log."""
    message = db.report.message
    if message:
        print(str(message), file=sys.stderr)


def _mention_interrupted(history: History) -> None:
    waiting = history.active()
    if waiting:
        ids = ", ".join(str(job.id) for job in waiting[:10])
        print(
            f"{len(waiting)} earlier job(s) were interrupted ({ids}): "
            "`kling-desktop generate --resume` finishes them without the window.",
            file=sys.stderr,
        )


def _resume(args, paths: AppPaths) -> int:
    """`generate --resume` (or `generate` alone): finish the folder's interrupted jobs."""
    from kling_desktop.runner import Runner

    answer, held = _reach(paths, {"cmd": "resume"})
    if answer is not None:  # the app (or another command line) is finishing them
        jobs = answer.get("jobs") or []
        if not jobs:
            print("There are no unfinished jobs in this data folder.", file=sys.stderr)
            return 0
        return max(_wait_in_history(paths, job_id, prefix=True) for job_id in jobs)
    if held is None:
        print(NO_ANSWER, file=sys.stderr)
        return 1
    runner = Runner(paths, held, demo=bool(args.sandbox))
    runner.said = _say_while_waiting
    try:
        # The maintenance command checks the whole history first (indexes rebuilt when
        # they are what is damaged), and says what it found.
        runner.context.db.repair_indexes()
        _mention_history(runner.context.db)
        runner.start(resume=True)
        jobs = sorted(runner.goals)
        if not jobs:
            print("There are no unfinished jobs in this data folder.", file=sys.stderr)
            return 0
        print(f"Finishing {len(jobs)} unfinished job(s): {_ids(jobs)}", file=sys.stderr)
        runner.run(_remaining())
        if runner.released:
            runner.close()
            return max(_wait_in_history(paths, job_id, prefix=True) for job_id in jobs)
        history = runner.context.history
        return max(
            _report(history, job_id, runner.outcomes.get(job_id), True, runner.told)
            if job_id in runner.outcomes or not runner.timed_out
            else _timed_out(job_id, prefix=True)
            for job_id in jobs
        )
    finally:
        runner.close()


def _ids(jobs: list[int]) -> str:
    return ", ".join(str(job_id) for job_id in jobs)


#: Exit code of a job Kling made (and charged for) whose result could not be saved yet:
#: `generate --resume` saves it while Kling keeps it (30 days).
NOT_SAVED_YET = 3
#: Exit code of a job not done when `--timeout` ran out: it goes on at the next start.
TIMED_OUT = 4


#: How long this command waits in all (`--timeout`): the seconds given, and when they end.
_WAITING: dict[str, float | None] = {"timeout": None, "until": None}


def _remaining() -> float | None:
    until = _WAITING["until"]
    return None if until is None else max(0.0, until - time.monotonic())


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of seconds") from None
    if not 0 < value <= 30 * 86400:
        raise argparse.ArgumentTypeError("give a number of seconds above 0 (at most 30 days)")
    return value


def _timed_out(job_id: int, prefix: bool = False) -> int:
    lead = f"job {job_id}: " if prefix else ""
    seconds = _WAITING["timeout"] or 0
    print(
        f"{lead}not done after {seconds:g} s; it is not lost: `kling-desktop generate "
        "--resume` (or the window) finishes it.",
        file=sys.stderr,
    )
    return TIMED_OUT


def _report(
    history: History, job_id: int | None, outcome, prefix: bool = False, told=frozenset()
) -> int:
    """Print where a job got to (a sentence already said while it ran is not repeated);
    its exit code."""
    if job_id is None or outcome is None:
        return 0  # on the server; the app finishes it
    lead = f"job {job_id}: " if prefix else ""
    if outcome.status == "succeeded":
        for output in history.outputs(job_id):
            print(output.path, flush=True)
        return 0
    if outcome.status in ("failed", "cancelled", "blocked"):
        job = history.get(job_id)
        reason = outcome.message or (job and str(from_stored(job.error or job.note)))
        if (job_id, reason) not in told:
            print(lead + (reason or outcome.status), file=sys.stderr)
        if outcome.status == "blocked":
            print(
                f"job {job_id} waits: once the connection is fixed (`kling-desktop "
                "connection add` replaces it), `kling-desktop generate --resume` finishes it.",
                file=sys.stderr,
            )
        return 1
    if outcome.status == "downloading" and outcome.message:
        # Made and paid for, not saved yet: not a failure, and not done.
        if (job_id, outcome.message) not in told:
            print(lead + outcome.message, file=sys.stderr)
        return NOT_SAVED_YET
    return 0  # submitted; the app finishes it


def _wait_in_history(paths: AppPaths, job_id: int, prefix: bool = False) -> int:
    """Another process runs the engine: follow the job in the shared history. If that
    process ends before the job does, this one takes the folder and finishes it."""
    from kling_desktop import instance
    from kling_desktop.jobs.steps import left_for_later
    from kling_desktop.runner import Outcome
    from kling_desktop.store import Database, History

    db = Database(paths.database)
    history = History(db, paths.inputs)
    try:
        for turn in itertools.count():
            job = history.get(job_id)
            if job is None:
                print(f"job {job_id} disappeared from the history", file=sys.stderr)
                return 1
            if not job.status.active:
                outcome = Outcome(job.status.value)
                return _report(history, job_id, outcome, prefix)
            if left_for_later(job):  # the process running it saves it at its next start
                outcome = Outcome(job.status.value, str(from_stored(job.note)))
                return _report(history, job_id, outcome, prefix)
            if _remaining() == 0:
                return _timed_out(job_id, prefix)
            if turn % 4 == 3:
                held = instance.lock(paths.data)
                if held is not None:
                    db.close()
                    return _finish_here(paths, held, job_id, prefix)
            time.sleep(0.5)
    finally:
        db.close()
    return 1  # not reached


def _finish_here(paths: AppPaths, held, job_id: int, prefix: bool) -> int:
    """The process that ran the job has gone: finish it here."""
    from kling_desktop.runner import Outcome, Runner

    runner = Runner(paths, held)
    try:
        job = runner.context.history.get(job_id)
        if job is None or not job.status.active:
            outcome = Outcome(job.status.value) if job else Outcome("failed", "job vanished")
            return _report(runner.context.history, job_id, outcome, prefix)
        runner.start(resume=True, finish=[job_id])
        runner.run(_remaining())
        if runner.timed_out:
            return _timed_out(job_id, prefix)
        if runner.released:
            runner.close()
            return _wait_in_history(paths, job_id, prefix)
        return _report(runner.context.history, job_id, runner.outcomes.get(job_id), prefix)
    finally:
        runner.close()
