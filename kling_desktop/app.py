"""main(): arguments, logging, QApplication, single instance, and wiring.

kling-desktop [--sandbox] [--data-dir DIR]        the window
kling-desktop generate KIND --prompt ... [--wait] a job from the command line
kling-desktop connection add|list|test|use|remove  connections, for scripts
kling-desktop effects list | voices list|add|remove  Kling's effects, voices
kling-desktop --self-test                         a smoke test for frozen builds
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import kling_desktop
from kling_desktop import __version__

log = logging.getLogger("kling_desktop")


# Start-up and responsiveness: two process-wide settings the window's figures depend on --------

#: Seconds a thread keeps Python's lock while others wait (5 ms by default). The engine's
#: workers share the lock with the window's thread; handing it over every millisecond keeps
#: a slot from waiting long behind a worker writing a download (bench/responsiveness.py,
#: two batches of alternating runs: the median run's longest stall 22 -> 18 ms and 29 -> 25
#: ms; the jobs take as long as before; rare 50-60 ms stalls while a result is followed
#: remain either way). Set when the window's engine starts, not at import.
SWITCH_INTERVAL = 0.001


def share_python_lock() -> None:
    """The switch interval above, for a window that runs the engine beside it."""
    sys.setswitchinterval(SWITCH_INTERVAL)


def set_aside_what_lasts() -> None:
    """Once the window is complete and started: what it is made of, set aside from
    Python's cycle collector.

    A full collection walks every object Python tracks: with the window, PySide and the
    app loaded, that took 53-68 ms on the GUI thread, the longest stall of a batch of 200
    pictures (bench/responsiveness.py --jobs 200 --pictures, timed by the collector's own
    callbacks; with this, 17 ms). `gc.freeze()` moves the objects alive now (modules,
    classes, the window's wrappers, the catalogue), which live as long as the app, out of
    every later collection. Called in an idle moment after start-up: the one collection
    before it costs about 40 ms once."""
    import gc

    gc.collect()
    gc.freeze()


# Spare the app PySide's look at every module's source as it is imported.
#
# Once PySide6 is loaded it hooks `import`: after each import it reads the new module's
# source, looking for the word "PySide6", to decide whether the module may switch on
# PySide's optional `__feature__` syntax (snake_case, true_property). The app uses no such
# switch, yet the reading cost about 26 ms of the window's start-up (77 modules, the
# standard library's included), a known PySide start-up cost. So, before the window's
# modules are imported, PySide's table is filled in up front: the app's own modules with
# the value the scan gives a module that uses PySide ("no feature"), the modules already
# loaded (the standard library's, loaded before PySide) with the value it gives one that
# does not ("ignore"). The scan still runs for any other module imported later.
#
# If PySide's internals are not as expected, nothing is done (the scan simply runs). A
# frozen build has no sources to scan, and no folder to list here, so it is untouched.
# (bench/startup.py, A/B over 30 launches: the window ready in 628 ms against 651.)

_NO_FEATURE = 0  # PySide's value for a module that uses it and has switched nothing on
_IGNORE = -1  # its value for a module that does not use it


def _module_names(folder: str, prefix: str) -> Iterator[str]:
    """The dotted names of the modules in package `folder`, subpackages included,
    without importing anything."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_file() and entry.name.endswith(".py"):
            stem = entry.name[:-3]
            yield prefix.rstrip(".") if stem == "__init__" else prefix + stem
        elif entry.is_dir() and os.path.isfile(os.path.join(entry.path, "__init__.py")):
            yield from _module_names(entry.path, f"{prefix}{entry.name}.")


def register_pyside_modules() -> int:
    """Enter the app's modules and those already loaded in PySide's feature table; how
    many were entered."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    entries = {}
    for folder in kling_desktop.__path__:
        entries.update(dict.fromkeys(_module_names(folder, "kling_desktop."), _NO_FEATURE))
    for name in list(sys.modules):
        if name not in entries and not name.startswith(("PySide6", "shiboken6")):
            entries[name] = _IGNORE
    added = {name: value for name, value in entries.items() if name not in table}
    table.update(added)
    return len(added)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kling-desktop", description="Make images and videos with Kling AI."
    )
    parser.add_argument("--version", action="version", version=f"Kling Desktop {__version__}")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="demo mode: use the built-in sandbox instead of Kling",
    )
    parser.add_argument(
        "--data-dir", type=Path, help="portable mode: keep history, media, settings and logs here"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen, check every part, and exit 0 if all is well",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    parser.add_argument(
        "--language",
        choices=("system", "en", "zh_CN"),
        help="language of the window (default: the setting, else the system)",
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help="colour scheme (default: the setting, else the system)",
    )
    parser.set_defaults(command=None)
    if not any(
        arg in ("generate", "connection", "effects", "voices", "-h", "--help") for arg in argv
    ):
        # Starting the window: the subcommand's options (and the request code they need)
        # are not loaded.
        return parser.parse_args(argv)
    from kling_desktop import cli, cli_connection, cli_library

    # The same options are accepted after the subcommand (`generate ... --data-dir D`).
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--sandbox", action="store_true", default=argparse.SUPPRESS)
    shared.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    shared.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command")
    cli.add_parser(commands, parents=[shared])
    cli_connection.add_parser(commands, parents=[shared])
    cli_library.add_parser(commands, parents=[shared])
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from kling_desktop.store import AppPaths

    paths = AppPaths.portable_in(args.data_dir) if args.data_dir else AppPaths.for_user()
    try:
        return _main(args, paths)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from kling_desktop import failures, logs

        sentence = failures.handle(exc, paths.database, paths.logs / logs.LOG_FILE)
        _tell(sentence, window=args.command is None and not args.self_test)
        return 1


def _main(args: argparse.Namespace, paths) -> int:
    from kling_desktop import logs

    paths.ensure()
    logs.setup(paths.logs, verbose=args.verbose, console=args.command is not None)
    log.info("Kling Desktop %s starting (data: %s)", __version__, paths.data)
    if args.command == "generate":
        from kling_desktop import cli

        return cli.run(args, paths)
    if args.command == "connection":
        from kling_desktop import cli_connection

        return cli_connection.run(args, paths)
    if args.command in ("effects", "voices"):
        from kling_desktop import cli_library

        return cli_library.run(args, paths)
    if args.self_test:
        from kling_desktop import selftest

        return selftest.run(paths)
    return _window(args, paths)


def _window(args: argparse.Namespace, paths) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    register_pyside_modules()  # before the window's modules are imported

    from kling_desktop import i18n, instance
    from kling_desktop.context import AppContext
    from kling_desktop.ui import theme
    from kling_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kling Desktop")
    app.setApplicationVersion(__version__)
    held = _take_folder(paths)
    if held is None:  # already open on this data folder: it came to the front instead
        return 0
    if held is False:
        from kling_desktop.text import tr

        _tell(
            tr(
                "Kling Desktop is already running on this data folder but does not answer. "
                "Wait a moment and try again, or close it first."
            )
        )
        return 1
    # Cheap: the history is opened by the window once its first frame is on screen.
    context = AppContext(paths, demo=args.sandbox)
    i18n.install(app, args.language or context.settings.language)
    theme.apply(app, args.theme or context.settings.theme)
    first_run = not paths.settings.exists() and not args.sandbox
    window = MainWindow(context, staged=True)
    window.ask_before_quit = True

    def ready() -> None:
        # The engine (and the HTTP, JWT and image code it needs) starts once the window is
        # complete, and so does listening for the command line and second launches.
        from kling_desktop.ui.icon import app_icon

        app.setWindowIcon(app_icon())  # for the dialogs to come
        server = instance.InstanceServer(paths.data, window)
        server.message.connect(lambda data, reply: _answer(context, window, data, reply))
        share_python_lock()
        window.attach_engine()
        engine = context.start_engine()
        engine.history_failed.connect(lambda exc: sys.excepthook(type(exc), exc, None))
        if first_run:
            QTimer.singleShot(0, lambda: window.add_connection(welcome=True))
        QTimer.singleShot(3000, set_aside_what_lasts)

    if os.environ.get("KLING_DESKTOP_STARTUP_PROBE"):  # bench/startup.py times a start
        window.first_painted.connect(lambda: print("shown", flush=True))
        window.ready.connect(lambda: print("ready", flush=True))
    window.ready.connect(ready)
    if os.environ.get("KLING_DESKTOP_STARTUP_PROBE"):
        window.ready.connect(lambda: (print("engine", flush=True), app.quit()))
    stopped_by: list[BaseException] = []
    sys.excepthook = lambda kind, exc, tb: _uncaught(app, exc, stopped_by)
    window.show()
    code = app.exec()
    stopped = context.close()
    if stopped_by:  # the history turned out damaged: set it aside, now that it is closed
        from kling_desktop import failures

        window.hide()
        _tell(failures.handle(stopped_by[0], paths.database))
    held.unlock()
    if not stopped:
        # A worker is still inside a network call: nothing is lost (every step leaves the
        # history consistent), and waiting for it would keep the user waiting.
        logging.shutdown()
        os._exit(code)
    return code


def _uncaught(app, exc: BaseException, stopped_by: list[BaseException]) -> None:
    """An error no slot handled: into the log, not onto the terminal. A damaged history
    closes the window (the file is set aside once everything has let go of it)."""
    from kling_desktop import failures
    from kling_desktop.store.db import is_damage

    failures.record(exc)
    if is_damage(exc) and not stopped_by:
        stopped_by.append(exc)
        app.exit(1)


def _take_folder(paths):
    """The data folder's lock; None when a window already has it (and was brought to the
    front); False when its holder does not answer. A command line running jobs on the
    folder hands it over: its jobs continue here."""
    import time

    from kling_desktop import instance
    from kling_desktop.runner import HANDOVER_WAIT

    deadline = time.monotonic() + 20
    while True:
        held = instance.lock(paths.data)
        if held is not None:
            return held
        answer = instance.ask(
            paths.data, {"cmd": "show", "handover": True}, int(HANDOVER_WAIT * 1000) + 5000
        )
        if answer is not None and answer.get("released"):
            held = instance.lock(paths.data, wait_ms=10_000)
            if held is not None:
                return held
        elif answer is not None and answer.get("ok"):
            return None
        if time.monotonic() > deadline:
            return False
        time.sleep(0.3)


def _tell(sentence, *, window: bool = True) -> None:
    """A sentence for the user: on the terminal, and in a message box when the window was
    asked for (translated, once a language is installed)."""
    text = str(sentence)
    try:
        if window:
            from PySide6.QtWidgets import QApplication, QMessageBox

            from kling_desktop.ui.words import translated

            text = translated(sentence)
            app = QApplication.instance() or QApplication(sys.argv[:1])
            if app.platformName() not in ("offscreen", "minimal"):
                QMessageBox.critical(None, "Kling Desktop", text)
    except Exception:
        pass
    print(text, file=sys.stderr)


def _answer(context, window, data: dict, reply) -> None:
    """Requests from other processes (the command line, a second launch)."""
    from kling_desktop.jobs import JobSpec, codec

    command = data.get("cmd")
    if command == "show":
        window.showNormal()
        window.raise_()
        window.activateWindow()
        reply({"ok": True})
    elif command == "enqueue":
        try:
            request, profile, tags = codec.spec_from_json(data["spec"])
        except (KeyError, TypeError, ValueError) as exc:
            reply({"ok": False, "error": f"The job could not be read: {exc}"})
            return
        engine = context.engine
        token = engine.enqueue(JobSpec(request, profile or context.active_profile, {}, tags))

        def recorded(t: int, job_id: int) -> None:
            if t == token:
                engine.job_recorded.disconnect(recorded)
                reply({"ok": True, "job_id": job_id})

        engine.job_recorded.connect(recorded)
    elif command == "resume":  # the command line's `generate --resume`: done here
        reply({"ok": True, "jobs": context.engine.active_jobs()})
    else:
        reply({"ok": False, "error": f"unknown command {command!r}"})
