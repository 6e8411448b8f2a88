"""`kling-desktop effects ...` and `kling-desktop voices ...`: Kling's lists from scripts.

    effects list [--pictures 1|2] [--search WORDS]
    voices list [--offline]
    voices add NAME (--from-url URL | --video-id JOB_OR_KLING_VIDEO_ID | --from-file PATH)
               [--wait]
    voices remove VOICE_ID

The effects are the catalogue's list (no network). The voices are the speech voices (the
catalogue's), then the connection's own: Kling's presets and the user's custom voices,
asked of Kling and kept for offline browsing (`--offline`, or when Kling cannot be
reached: the list as last seen, and when). Exit codes: 0 done, 2 a mistake in what was
asked (said on its own line), 1 Kling refused or could not be reached (and why).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kling_desktop.context import AppContext
    from kling_desktop.jobs.voices import Shelf
    from kling_desktop.store import AppPaths


def add_parser(commands: argparse._SubParsersAction, parents=()) -> None:
    parents = list(parents)
    effects = commands.add_parser("effects", help="Kling's effect scenes", parents=parents)
    effect_actions = effects.add_subparsers(dest="action", required=True)
    listing = effect_actions.add_parser(
        "list", help="the scenes Kling offers now, with their names", parents=parents
    )
    listing.add_argument("--pictures", type=int, choices=(1, 2), help="only scenes of 1 or 2")
    listing.add_argument("--search", metavar="WORDS", help="only scenes whose name has these")

    voices = commands.add_parser("voices", help="speech voices and your own", parents=parents)
    actions = voices.add_subparsers(dest="action", required=True)
    actions.add_parser(
        "list", help="the speech voices, Kling's preset voices and yours", parents=parents
    ).add_argument("--offline", action="store_true", help="the list as last seen, no network")
    add = actions.add_parser(
        "add", help="make a voice from a 5-30 s clip of one clean voice", parents=parents
    )
    add.add_argument("name")
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--from-url", metavar="URL", help="the clip's web address (mp3, wav, mp4, mov)"
    )
    source.add_argument(
        "--video-id",
        metavar="JOB_OR_KLING_VIDEO_ID",
        help="one of your videos Kling still keeps: its job number or Kling's video id",
    )
    source.add_argument("--from-file", metavar="PATH", help="a clip on this computer")
    add.add_argument("--wait", action="store_true", help="wait until Kling has made it")
    actions.add_parser("remove", help="delete one of your voices", parents=parents).add_argument(
        "voice_id"
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.command == "effects":
        return _effects(args)
    from kling_desktop.context import AppContext

    context = AppContext(paths, demo=bool(getattr(args, "sandbox", False)))
    try:
        return {"list": _list, "add": _add, "remove": _remove}[args.action](args, context)
    finally:
        context.close()


def _say(text: str, *, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout, flush=True)


# Effects --------------------------------------------------------------------------------------


def _effects(args: argparse.Namespace) -> int:
    from kling_desktop.catalogue import current

    words = (args.search or "").casefold()
    shown = 0
    for effect in current().effects.values():
        if effect.retired is not None:
            continue
        if args.pictures and effect.pictures != args.pictures:
            continue
        if words and words not in f"{effect.id} {effect.name.en} {effect.name.zh_CN}".casefold():
            continue
        pictures = "2 pictures" if effect.pictures == 2 else "1 picture "
        _say(f"{effect.id:<28} {pictures}  {effect.name.en} ({effect.name.zh_CN})")
        shown += 1
    if not shown:
        _say("No effect matches.", error=True)
        return 1
    return 0


# Voices ---------------------------------------------------------------------------------------


def _voices(context: AppContext):
    from kling_desktop.api import KlingClient
    from kling_desktop.jobs.voices import Voices

    clients: dict[str, KlingClient] = {}

    def client(profile: str) -> KlingClient:
        if profile not in clients:
            clients[profile] = KlingClient(context.connection_for(profile))
        return clients[profile]

    return Voices(context.paths.cache, client), clients


def _list(args: argparse.Namespace, context: AppContext) -> int:
    from kling_desktop.api import KlingError
    from kling_desktop.catalogue import current

    _say("Speech voices (for `generate speech --voice ID`):")
    for voice in current().voices.values():
        speaks = " and ".join({"en": "English", "zh": "Chinese"}[x] for x in voice.languages)
        _say(f"  {voice.id:<28} {voice.name.en} ({voice.name.zh_CN}); speaks {speaks}")
    voices, clients = _voices(context)
    profile = context.active_profile
    status = 0
    try:
        if args.offline:
            shelf = voices.cached(profile)
        else:
            try:
                shelf = voices.refresh(profile)
            except KlingError as exc:
                shelf = voices.cached(profile)
                _say(
                    f"Kling could not be asked ({exc.message}): the list as last seen.", error=True
                )
                status = 1 if shelf.seen_at is None else 0
    finally:
        for client in clients.values():
            client.close()
    _shelf(shelf, profile)
    return status


def _shelf(shelf: Shelf, profile: str) -> None:
    if shelf.seen_at is None:
        _say(f"Voices of “{profile}”: not seen yet (run `voices list` while online).")
        return
    when = shelf.seen_at.astimezone().strftime("%Y-%m-%d %H:%M")
    _say(f"Kling's voices on “{profile}” (as of {when}):")
    for voice in shelf.presets:
        _say(f"  {voice.voice_id:<28} {voice.name}")
    _say("Your voices:" if shelf.custom else "Your voices: none yet (`voices add NAME …`).")
    for voice in shelf.custom:
        state = {"creating": "  (being made)", "failed": f"  (failed: {voice.message})"}
        _say(f"  {voice.voice_id or '-':<28} {voice.name}{state.get(voice.status, '')}")


def _add(args: argparse.Namespace, context: AppContext) -> int:
    from kling_desktop.api import KlingError
    from kling_desktop.api.voices import MAX_NAME, READY, SAMPLE_TYPES

    name = args.name.strip()
    if not name or not name.isprintable() or len(name) > MAX_NAME:
        _say(f"A voice's name is one line of 1 to {MAX_NAME} characters.", error=True)
        return 2
    if args.from_file:
        path = Path(args.from_file)
        if not path.is_file():
            _say(f"{path}: no such file.", error=True)
        elif path.suffix.lower() not in SAMPLE_TYPES:
            _say(f"{path}: Kling makes voices from MP3, WAV, MP4 or MOV clips.", error=True)
        else:
            _say(
                f"{path}: Kling takes a voice's clip only by its web address, not as a file. "
                "Put it where it has an https:// address and give that with --from-url, or make "
                "the voice from one of your Kling videos with --video-id.",
                error=True,
            )
        return 2
    if args.from_url and not args.from_url.startswith("https://") and not context.demo:
        _say("--from-url takes a web address that starts with https://.", error=True)
        return 2
    video_id = _video_id(args.video_id, context) if args.video_id else None
    if args.video_id and video_id is None:
        return 2
    voices, clients = _voices(context)
    profile = context.active_profile
    try:
        made = voices.create(profile, name, sample_url=args.from_url, video_id=video_id)
        _say(f"Kling is making the voice “{name}” (task {made.task_id}).")
        if not args.wait:
            return 0
        done = voices.follow(profile, made.task_id)
    except KlingError as exc:
        _say(str(exc.message), error=True)
        return 1
    finally:
        for client in clients.values():
            client.close()
    if done.status == READY:
        _say(done.voice_id)
        return 0
    _say(done.message or "Kling is still making it: `voices list` shows it once made.", error=True)
    return 1


def _video_id(given: str, context: AppContext) -> str | None:
    """Kling's id of a video: given as is, or the video of the history's job `given`."""
    if not (given.isdigit() and len(given) <= 9):  # Kling's own ids are long numbers
        return given
    history = context.history
    job = history.get(int(given))
    videos = [o for o in history.outputs(int(given)) if o.media == "video"] if job else []
    if not videos or not videos[0].remote_id:
        _say(f"Job {given} has no video Kling knows by an id.", error=True)
        return None
    return videos[0].remote_id


def _remove(args: argparse.Namespace, context: AppContext) -> int:
    from kling_desktop.api import KlingError

    voices, clients = _voices(context)
    try:
        voices.delete(context.active_profile, args.voice_id)
    except KlingError as exc:
        _say(str(exc.message), error=True)
        return 1
    finally:
        for client in clients.values():
            client.close()
    _say(f"Deleted the voice {args.voice_id}.")
    return 0
