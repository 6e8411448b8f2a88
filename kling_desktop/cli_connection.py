"""`kling-desktop connection ...`: the connections from scripts and CI.

    connection add NAME (--relay URL | --api-key-official | --access-keys)
                   [--region singapore|beijing|global | --base-url URL]
                   [--key-env VAR | --access-key-env VAR --secret-key-env VAR]
    connection list | test NAME | use NAME | remove NAME

Secrets never come from the command line (it is visible to other programs and kept in
shell histories): from the environment variable named by `--key-env` (or
`--access-key-env` and `--secret-key-env`), else from standard input (typed without
echo at a terminal; one line per secret from a pipe). Keys go to the OS keyring, as from
the window. Exit codes: 0 done, 2 a mistake in what was asked (said on its own line), 1
the connection did not work (and why).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from kling_desktop.text import Message

if TYPE_CHECKING:
    from kling_desktop.context import AppContext
    from kling_desktop.store import AppPaths, CredentialStore, Profile

KINDS = {
    "api_key": "Kling API key",
    "relay": "relay",
    "official": "access keys",
    "demo": "demo",
}


def add_parser(commands: argparse._SubParsersAction, parents=()) -> None:
    p = commands.add_parser(
        "connection", help="add, list, test, choose or remove connections", parents=list(parents)
    )
    actions = p.add_subparsers(dest="action", required=True)
    parents = list(parents)  # --data-dir and friends after the action too
    add = actions.add_parser(
        "add",
        help="save a connection (its key in the OS keyring)",
        parents=parents,
        allow_abbrev=False,  # "--key" must not pass for "--key-env": no key on the line
    )
    add.add_argument("name")
    kind = add.add_mutually_exclusive_group(required=True)
    kind.add_argument("--relay", metavar="URL", help="a relay's address")
    kind.add_argument(
        "--api-key-official", action="store_true", help="Kling's API with a Kling API key"
    )
    kind.add_argument(
        "--access-keys", action="store_true", help="Kling's API with an access key + secret key"
    )
    where = add.add_mutually_exclusive_group()
    where.add_argument("--region", choices=("singapore", "beijing", "global"))
    where.add_argument("--base-url", metavar="URL", help="another address for Kling's API")
    add.add_argument("--key-env", metavar="VAR", help="environment variable holding the key")
    add.add_argument("--access-key-env", metavar="VAR")
    add.add_argument("--secret-key-env", metavar="VAR")
    actions.add_parser(
        "list", help="the saved connections; * marks the one in use", parents=parents
    )
    for action, words in (
        ("test", "check that a connection's key works (free requests)"),
        ("use", "make a connection the one in use"),
        ("remove", "remove a connection and its saved key"),
    ):
        actions.add_parser(action, help=words, parents=parents).add_argument("name")


def run(args: argparse.Namespace, paths: AppPaths, credentials: CredentialStore | None = None):
    from kling_desktop.context import AppContext

    context = AppContext(paths, credentials=credentials)
    try:
        return {
            "add": _add,
            "list": _list,
            "test": _test,
            "use": _use,
            "remove": _remove,
        }[args.action](args, context)
    finally:
        context.close()


MAX_NAME = 60  # characters in a connection's name (it heads menus and lists)


def _say(text: str | Message, *, error: bool = False) -> None:
    print(str(text), file=sys.stderr if error else sys.stdout, flush=True)


def _secret(env: str | None, prompt: str) -> str | None:
    """A secret from the environment variable `env`, else from standard input."""
    if env:
        value = os.environ.get(env)
        if value is None:
            _say(f"The environment variable {env} is not set.", error=True)
        return value
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        _say(
            f"{prompt.rstrip(': ')}: nothing arrived on standard input. Pipe it in "
            "(printf '%s\\n' \"$KEY\" | kling-desktop connection add …) or name an "
            "environment variable that holds it.",
            error=True,
        )
        return None
    return line.rstrip("\r\n")


def _add(args: argparse.Namespace, context: AppContext) -> int:
    from kling_desktop.api import REGIONS, Connection, ConnectionConfigError
    from kling_desktop.store import Profile, Secret

    name = args.name.strip()
    if not name:
        _say("Give the connection a name.", error=True)
        return 2
    if not name.isprintable():
        _say(
            "A connection name is one line of visible text; this one holds a line break, a "
            "tab or an invisible character.",
            error=True,
        )
        return 2
    if len(name) > MAX_NAME:
        _say(
            f"A connection name is at most {MAX_NAME} characters; this one has {len(name)}.",
            error=True,
        )
        return 2
    region = args.region or ("" if args.base_url else "singapore")
    address = args.relay or args.base_url or REGIONS[region]
    try:
        if args.access_keys:
            access = _secret(args.access_key_env, "Access key: ")
            secret_key = _secret(args.secret_key_env, "Secret key: ")
            if access is None or secret_key is None:
                return 2
            connection = Connection.official(address, access, secret_key)
            secret = Secret(access_key=access.strip(), secret_key=secret_key.strip())
            mode = "official"
        else:
            key = _secret(args.key_env, "Key: ")
            if key is None:
                return 2
            if args.relay:
                connection = Connection.relay(address, key)
                mode = "relay"
            else:
                connection = Connection.api_key(address, key)
                mode = "api_key"
            secret = Secret(api_key=key.strip())
    except ConnectionConfigError as exc:
        _say(exc.message, error=True)
        return 2
    profile = Profile(name, mode, connection.base_url, "" if args.relay else region)
    status = context.add_profile(profile, secret)
    if status is not None and not status.persistent and status.message:
        _say(status.message, error=True)
    _say(
        f"Saved “{name}” ({KINDS[mode]}) and chose it. Test it: kling-desktop connection test "
        f"{_quoted(name)}"
    )
    return 0


def _quoted(name: str) -> str:
    return f'"{name}"' if " " in name else name


def _list(args: argparse.Namespace, context: AppContext) -> int:
    settings = context.settings
    if not settings.profiles:
        _say("No connection is saved: the window opens in demo mode.")
        return 0
    for profile in settings.profiles:
        mark = "*" if profile.name == settings.active_profile else " "
        address = profile.base_url or "—"
        _say(f"{mark} {profile.name}\t{KINDS.get(profile.mode, profile.mode)}\t{address}")
    return 0


def _find(context: AppContext, name: str) -> Profile | None:
    profile = context.settings.profile(name)
    if profile is None:
        names = ", ".join(p.name for p in context.settings.profiles) or "none"
        _say(f"There is no connection named “{name}” (saved: {names}).", error=True)
    return profile


def _test(args: argparse.Namespace, context: AppContext) -> int:
    import dataclasses

    from kling_desktop.api import NEW, KlingError
    from kling_desktop.jobs.probe import probe

    profile = _find(context, args.name)
    if profile is None:
        return 2
    try:
        standards = probe(context.connection_for(profile.name))
    except KlingError as exc:
        _say(f"{profile.name}: {exc.message}", error=True)
        return 1
    if profile.mode == "relay" and profile.new_layout != (NEW in standards):
        active = context.settings.active_profile  # remembering the finding changes nothing else
        context.add_profile(dataclasses.replace(profile, new_layout=NEW in standards), None)
        context.switch_profile(active or profile.name)
    reach = "Kling's older and newer APIs" if NEW in standards else "Kling's older API"
    _say(f"{profile.name}: the key works; it reaches {reach}.")
    return 0


def _use(args: argparse.Namespace, context: AppContext) -> int:
    if _find(context, args.name) is None:
        return 2
    context.switch_profile(args.name)
    _say(f"“{args.name}” is now the connection in use.")
    return 0


def _remove(args: argparse.Namespace, context: AppContext) -> int:
    if _find(context, args.name) is None:
        return 2
    context.remove_profile(args.name)
    _say(f"Removed “{args.name}” and its saved key.")
    return 0
