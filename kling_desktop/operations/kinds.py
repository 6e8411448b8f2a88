"""Kinds of parameter, as objects: everything the house does with a value of one kind, in one
place.

A kind knows the shape a value must have (`check`) and what to say when the catalogue
refuses one (`refused`); how the command line reads it (`option`, `from_command_line`); how
it becomes what Kling takes (`resolve`); how the history keeps it (`store`, `restore`:
files the user gave are kept as job inputs, not as Base64 in the JSON); and how a person
reads a stored value (`words`). The window keeps one table from a kind's `name` to its
widget (`ui/form_fields.py`); nothing else asks which kind a parameter is.

A new kind of input (a sound, a face, a voice) is a new `Kind` here or in the operation's
own module, its widget in the window's table, and, for a file kind, a reader for its
`media` (`jobs/inputs.py`).
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import ParamSpec


class Param(Protocol):
    """What a kind reads of a parameter (`base.Param` is one; named here so that the
    module defining parameters, which reads this one, need not be read by it)."""

    name: str
    label: Message
    subject: Message
    tip: Message
    choices: Mapping[Any, Message]
    unit: Message | str
    max_length: int | None
    option: str | None

    def words(self, value: Any) -> Message | str: ...


#: Keeps a file's bytes with the job and returns what the JSON holds instead (role, bytes).
Keep = Callable[[str, bytes], Any]


class InputError(Exception):
    """A file the user gave cannot be used; `message` says why, in words."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class PreparedInput:
    """A file the user gave, ready to send (`data` meets Kling's rules), with what the
    history shows of it: its size in pixels and a small preview for a picture, its length
    for a sound."""

    data: bytes
    format: str  # "jpeg", "png", "mp3"...
    width: int
    height: int
    thumbnail: bytes
    note: Message | None = None  # what the app changed, for the form to show
    original_path: str | None = None
    source: int | None = None  # the history result (output id) it came from, if any
    duration: float | None = None  # seconds, for a sound or a video


@dataclass(frozen=True)
class ResultRef:
    """How a value names one of the user's results: the history's id for it, Kling's id, or
    its address (the first one known is used)."""

    output_id: int | None = None
    remote_id: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Option:
    """How the command line reads a parameter: `add_argument(flag, dest=..., **settings)`."""

    flag: str
    settings: Mapping[str, Any] = field(default_factory=dict)


def flag_of(param: Param) -> str:
    return "--" + (param.option or param.name).replace("_", "-")


def stored_input(value: Any) -> bool:
    """Whether `value` is the history's stand-in for a file kept with the job."""
    return isinstance(value, Mapping) and "input" in value


class Kind:
    """A kind of parameter. Subclasses say what differs from a plain value."""

    #: What a file of this kind is ("image", "audio"...), for a kind whose value is a file
    #: the user gives: its bytes are kept with the job (an input), read from a path on the
    #: command line by the reader for this media, and sent as Kling takes them.
    media: str | None = None
    #: A list of them (a parameter the command line repeats).
    many: bool = False
    #: The value is the Kling id of one of the user's results of this media: the job is
    #: linked to it, and one Kling has deleted (30 days on) is refused before sending.
    names_result: str | None = None

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<kind {self.name}>"

    @property
    def is_file(self) -> bool:
        return self.media is not None

    # Checks ----------------------------------------------------------------------------

    def empty(self, value: Any) -> bool:
        """Whether `value` counts as not given (None, "", an empty list)."""
        return value is None or value == "" or value == [] or value == ()

    def check(self, param: Param, value: Any) -> Message | None:
        """What is wrong with the form of `value` whatever the model, or None."""
        return None

    def without_spec(self, param: Param, value: Any) -> Message | None:
        """What is wrong with a well-formed `value` when no model's catalogue entry says
        (an operation without models), or None."""
        return None

    def allowed(self, value: Any, spec: ParamSpec) -> bool:
        """Whether the model's spec allows `value` (its choices, its range)."""
        return spec.allows(value)

    def refused(self, param: Param, value: Any, spec: ParamSpec, model: Message | str) -> Message:
        """Why the model's spec (which does not allow `value`) refuses it, in words."""
        if spec.values is not None:
            return tr(
                "{subject} cannot be {value} with {model}; choose {choices}.",
                subject=param.subject,
                value=param.words(value),
                model=model,
                choices=choice_words(param, spec.values),
            )
        return tr(
            "{subject} must be from {low} to {high} with {model}.",
            subject=param.subject,
            low=_number(spec.min),
            high=_number(spec.max),
            model=model,
        )

    # The command line ------------------------------------------------------------------

    def option(self, param: Param) -> Option | None:
        """The option that gives `param` on the command line (None: it has none)."""
        return Option(flag_of(param), {"help": _help(param)})

    def from_command_line(self, param: Param, given: Any) -> tuple[Any, list[str]]:
        """(the value, problems as lines) from what argparse read."""
        return given, []

    # Sending, keeping, saying ----------------------------------------------------------

    def resolve(self, param: Param, value: Any) -> Any:
        """What a route's codec is given for `value` (a file: its URL or Base64)."""
        return value

    def result_ref(self, value: Any) -> ResultRef | None:
        """The user's result `value` names (for a kind with `names_result`), if any."""
        return None

    def store(self, param: Param, value: Any, keep: Keep) -> Any:
        """The JSON the history keeps for `value`."""
        return value

    def restore(self, param: Param, stored: Any, inputs: Mapping[str, bytes]) -> Any:
        """The value `store` was given, from the history's JSON and the job's inputs."""
        return stored

    def words(self, param: Param, value: Any) -> Message | str:
        """A value (as given or as stored) as a person reads it."""
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            if value in param.choices:
                return param.choices[value]
            if isinstance(param.unit, Message):
                return Message(param.unit.template, {"value": value})
            return param.unit.format(value=value)
        if isinstance(value, bool):
            return tr("yes") if value else tr("no")
        return str(value)


def choice_words(param: Param, values) -> Message | str:
    return ", ".join(str(param.words(v)) for v in values)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _help(param: Param) -> str | None:
    # argparse formats help with %: a tip's own "200 %" is written %% for it.
    text = str(param.tip) if isinstance(param.tip, Message) else ""
    return text.replace("%", "%%") or None


class TextKind(Kind):
    """Words (a prompt)."""

    def empty(self, value):
        return super().empty(value) or (isinstance(value, str) and not value.strip())

    def check(self, param, value):
        if not isinstance(value, str):
            return tr("{subject} must be text.", subject=param.subject)
        if param.max_length and len(value) > param.max_length:
            return tr(
                "{subject} is {n} characters long; Kling takes at most {limit}.",
                subject=param.subject,
                n=len(value),
                limit=param.max_length,
            )
        return None

    def refused(self, param, value, spec, model):
        return tr(
            "{subject} is {n} characters long; {model} takes at most {limit}.",
            subject=param.subject,
            n=len(value),
            model=model,
            limit=int(spec.max or 0),
        )

    def words(self, param, value):
        return str(value)


class UrlKind(TextKind):
    """A web address (a reference video, which Kling takes only by address)."""

    def check(self, param, value):
        if not isinstance(value, str):
            return tr("{subject} must be text.", subject=param.subject)
        if not _web_address(value):
            return tr(
                "{subject} must be a web address that starts with https://.",
                subject=param.subject,
            )
        return None


class ChoiceKind(Kind):
    """One value of those the model offers (a length, a quality, a sound)."""

    def check(self, param, value):
        if isinstance(value, bool) or not isinstance(value, str | int):
            return tr("{subject} has a value the app cannot send.", subject=param.subject)
        return None

    def from_command_line(self, param, given):
        # "5" is the length 5: the catalogue lists whole numbers as numbers.
        return (int(given) if isinstance(given, str) and given.isdigit() else given), []


class CountKind(Kind):
    """A whole number in a range (how many results: Kling's own range is 1 to 9, which a
    model's catalogue entry may narrow)."""

    low, high = 1, 9

    def check(self, param, value):
        if isinstance(value, bool) or not isinstance(value, int):
            return tr("{subject} must be a whole number.", subject=param.subject)
        return None

    def without_spec(self, param, value):
        if not self.low <= value <= self.high:
            return tr(
                "{subject} is {value}; it must be from {low} to {high}.",
                subject=param.subject,
                value=value,
                low=self.low,
                high=self.high,
            )
        return None

    def option(self, param):
        return Option(flag_of(param), {"type": int, "help": _help(param)})


class NumberKind(Kind):
    """A number from 0 to `high` (a strength, how much to add on one side)."""

    def __init__(self, name: str, high: float) -> None:
        super().__init__(name)
        self.high = high

    def check(self, param, value):
        high = _number(self.high)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return tr(
                "{subject} must be a number from 0 to {high}.", subject=param.subject, high=high
            )
        if not 0 <= value <= self.high:
            return tr(
                "{subject} is {value}; it must be between 0 and {high}.",
                subject=param.subject,
                value=value,
                high=high,
            )
        return None

    def option(self, param):
        return Option(flag_of(param), {"type": float, "help": _help(param)})


class ShareKind(NumberKind):
    """A part of the picture's own width or height (0.365), said and typed as a share of
    it ("36.5 %"); the command line and Kling take the number."""

    def words(self, param, value):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return f"{round(value * 100, 1):g} %"
        return str(value)

    def option(self, param):
        return Option(
            flag_of(param),
            {"type": _share, "metavar": "N%|RATIO", "help": _help(param)},
        )


def _share(text: str) -> float:
    """A share typed on the command line: "36.5%" or the ratio itself, "0.365"."""
    import argparse

    try:
        if text.strip().endswith("%"):
            return float(text.strip()[:-1]) / 100
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a share: write it as 50% or as 0.5"
        ) from None


class PictureKind(Kind):
    """One picture: bytes, a file, Base64 or a web address; kept with the job."""

    media = "image"

    def check(self, param, value):
        from kling_desktop.api.images import resolve

        for item in value if self.many and isinstance(value, list | tuple) else [value]:
            if not isinstance(item, str | bytes | bytearray | os.PathLike):
                return tr(
                    "{subject} must be a picture: a file, its bytes, Base64 text or a web address.",
                    subject=param.subject,
                )
            resolved = resolve(item, str(param.subject))
            if resolved.problem:
                return resolved.problem
        return None

    def option(self, param):
        from pathlib import Path

        return Option(flag_of(param), {"type": Path, "metavar": "PICTURE", "help": _help(param)})

    def resolve(self, param, value):
        from kling_desktop.api.images import resolve

        return resolve(value, str(param.subject))

    def store(self, param, value, keep):
        return _keep(param.name, value, keep)

    def restore(self, param, stored, inputs):
        return _restore(stored, inputs)

    def words(self, param, value):
        if stored_input(value) or isinstance(value, bytes | bytearray):
            return tr("a picture, kept with the job")
        return str(value)


@dataclass(frozen=True)
class ResolvedFile:
    """A file as a codec takes it: `value` is its web address or its Base64."""

    value: str | None


class SoundKind(Kind):
    """A sound the user gives: an MP3, WAV, M4A or AAC file (kept with the job, sent as
    Base64; Kling takes at most 5 MB), or a web address."""

    media = "audio"
    formats = ("mp3", "wav", "mp4")  # as `sniff` names them: AAC reads as mp3, M4A as mp4
    most_bytes = 5 * 2**20

    def check(self, param, value):
        from kling_desktop.api.filetypes import sniff

        if isinstance(value, str) and _web_address(value):
            return None
        if not isinstance(value, bytes | bytearray):
            return tr(
                "{subject} must be a sound: a file, or its web address (https://…).",
                subject=param.subject,
            )
        if sniff(bytes(value[:16])) not in self.formats:
            return tr("{subject} is not an MP3, WAV, M4A or AAC sound.", subject=param.subject)
        if len(value) > self.most_bytes:
            return tr(
                "{subject} is {mb:.1f} MB; Kling takes sounds of at most 5 MB.",
                subject=param.subject,
                mb=len(value) / 2**20,
            )
        return None

    def option(self, param):
        from pathlib import Path

        return Option(flag_of(param), {"type": Path, "metavar": "SOUND", "help": _help(param)})

    def resolve(self, param, value):
        if isinstance(value, str):
            return ResolvedFile(value.strip())
        return ResolvedFile(base64.b64encode(bytes(value)).decode("ascii"))

    def store(self, param, value, keep):
        return _keep(param.name, value, keep)

    def restore(self, param, stored, inputs):
        return _restore(stored, inputs)

    def words(self, param, value):
        if stored_input(value) or isinstance(value, bytes | bytearray):
            seconds = sound_seconds(value)
            if seconds:
                return tr("a sound of {seconds} s, kept with the job", seconds=f"{seconds:.1f}")
            return tr("a sound, kept with the job")
        return str(value)


def sound_seconds(value: Any) -> float | None:
    """How long a sound value lasts, when the app can tell from its bytes."""
    from kling_desktop.api.filetypes import sound_seconds as seconds_of

    return seconds_of(bytes(value)) if isinstance(value, bytes | bytearray) else None


class PicturesKind(PictureKind):
    """Several pictures (references), in order."""

    many = True

    def check(self, param, value):
        if not isinstance(value, list | tuple):
            return tr("{subject} must be a list of pictures.", subject=param.subject)
        return super().check(param, value)

    def refused(self, param, value, spec, model):
        return _too_many(param, value, spec, model)

    def option(self, param):
        option = super().option(param)
        help_text = (option.settings.get("help") or "") + " (repeatable)"
        return Option(option.flag, {**option.settings, "action": "append", "help": help_text})

    def resolve(self, param, value):
        return [PictureKind.resolve(self, param, v) for v in value]

    def store(self, param, value, keep):
        return [_keep(f"{param.name}:{i}", v, keep) for i, v in enumerate(value)]

    def restore(self, param, stored, inputs):
        return [_restore(v, inputs) for v in stored] if isinstance(stored, list) else stored

    def words(self, param, value):
        n = len(value) if isinstance(value, list | tuple) else 0
        return (
            tr("{n} pictures, kept with the job", n=n)
            if n != 1
            else tr("a picture, kept with the job")
        )


def _keep(role: str, value: Any, keep: Keep) -> Any:
    """A file's bytes go to the job's inputs; an address stays in the JSON."""
    if isinstance(value, bytes | bytearray):
        return keep(role, bytes(value))
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{role}: prepare files as bytes before recording a job")
    return value


def _restore(value: Any, inputs: Mapping[str, bytes]) -> Any:
    if stored_input(value):
        return inputs[value["input"]]
    return value


def _too_many(param, value, spec, model) -> Message:
    return tr(
        "{subject}: {model} takes at most {limit}; there are {n}.",
        subject=param.subject,
        model=model,
        limit=int(spec.max or 0),
        n=len(value),
    )


class ShotsKind(Kind):
    """A storyboard: [{"prompt": words, "duration": whole seconds}, ...]."""

    def check(self, param, value):
        if not isinstance(value, list | tuple) or not all(isinstance(s, Mapping) for s in value):
            return tr("A storyboard is a list of shots, each with words and seconds.")
        for i, shot in enumerate(value, start=1):
            prompt = shot.get("prompt")
            seconds = shot.get("duration")
            if not isinstance(prompt, str) or not prompt.strip():
                return tr("Shot {i} needs words: say what happens in it.", i=i)
            if len(prompt) > 512:
                return tr(
                    "Shot {i}'s words are {n} characters long; the limit is 512.",
                    i=i,
                    n=len(prompt),
                )
            if isinstance(seconds, bool) or not isinstance(seconds, int) or seconds < 1:
                return tr("Shot {i} must last at least 1 whole second.", i=i)
        return None

    def refused(self, param, value, spec, model):
        return _too_many(param, value, spec, model)

    def option(self, param):
        return Option(
            "--shot",
            {
                "action": "append",
                "metavar": "SECONDS:WORDS",
                "help": "one shot of a storyboard (repeat for each, in order)",
            },
        )

    def from_command_line(self, param, given):
        shots, problems = [], []
        for text in given:
            seconds, _, words = str(text).partition(":")
            if not seconds.strip().isdigit():
                problems.append(f"--shot {text!r}: write SECONDS:WORDS, e.g. 3:a kite rises")
                continue
            shots.append({"prompt": words.strip(), "duration": int(seconds)})
        return shots, problems

    def words(self, param, value):
        if not isinstance(value, list | tuple):
            return str(value)
        parts = []
        for i, shot in enumerate(value, start=1):
            if isinstance(shot, Mapping):
                parts.append(
                    tr(
                        "{i}. {words} ({seconds} s)",
                        i=i,
                        words=str(shot.get("prompt", "")),
                        seconds=shot.get("duration", "?"),
                    )
                )
        return Message(
            "; ".join(f"{{p{i}}}" for i in range(len(parts))),
            {f"p{i}": part for i, part in enumerate(parts)},
        )


class ElementsKind(Kind):
    """Saved characters the prompt names as @name: [{"element_id", "name"}, ...]. They come
    from the window's library: the command line has no option for them."""

    key = "element_id"  # what names each one to Kling

    def well_formed(self, value: Any) -> bool:
        return isinstance(value, list | tuple) and all(
            isinstance(v, Mapping) and v.get(self.key) for v in value
        )

    def check(self, param, value):
        if not self.well_formed(value):
            return tr("{subject} must be a list of your elements.", subject=param.subject)
        return None

    def refused(self, param, value, spec, model):
        return _too_many(param, value, spec, model)

    def option(self, param):
        return None

    def words(self, param, value):
        if not isinstance(value, list | tuple):
            return str(value)
        return ", ".join(
            f"@{v.get('name') or v.get(self.key)}" for v in value if isinstance(v, Mapping)
        )


class VoicesKind(ElementsKind):
    """Voices of the account (Kling's or the user's own) that speak in a video, named in
    the prompt as @name: [{"voice_id", "name"}, ...]. From the window's Voices library, or
    on the command line as Kling's ids, comma-separated."""

    key = "voice_id"

    def check(self, param, value):
        if not self.well_formed(value):
            return tr("{subject} must be a list of voices.", subject=param.subject)
        return None

    def option(self, param):
        return Option(flag_of(param), {"metavar": "ID[,ID]", "help": _help(param)})

    def from_command_line(self, param, given):
        ids = [part.strip() for part in str(given).split(",") if part.strip()]
        return [{self.key: i, "name": i} for i in ids], []


class ResultIdKind(TextKind):
    """One of the user's results, named by the id Kling gave it (a video Kling keeps for
    30 days, to give it sound)."""

    def __init__(self, name: str, media: str) -> None:
        super().__init__(name)
        self.names_result = media

    def check(self, param, value):
        if not isinstance(value, str):
            return tr("{subject} must be text.", subject=param.subject)
        text = value.strip()
        if not text or any(c.isspace() for c in text) or len(text) > 200:
            return tr("{subject} is not an id Kling gave.", subject=param.subject)
        return None

    def result_ref(self, value):
        return ResultRef(remote_id=value.strip()) if isinstance(value, str) else None


class VideoKind(Kind):
    """A video Kling takes by its web address (it takes no uploaded videos): one of the
    user's results while Kling keeps it, or any https address. The value is the address,
    or, for a result from the history, `{"url", "seconds", "until", "source"}`: its length,
    the day Kling deletes it (ms) and the result's id, so that limits are said before
    sending."""

    names_result = "video"

    def check(self, param, value):
        url = video_url(value)
        if not isinstance(url, str) or not _web_address(url):
            return tr(
                "{subject} must be a video's web address (https://…): Kling takes videos only "
                "by address.",
                subject=param.subject,
            )
        until = value.get("until") if isinstance(value, Mapping) else None
        if isinstance(until, int | float) and until < time.time() * 1000:
            day = time.strftime("%Y-%m-%d", time.localtime(until / 1000))
            return tr(
                "Kling deleted this video on {date}, 30 days after it was made, so it can no "
                "longer be used; nothing was sent. Choose a newer video.",
                date=day,
            )
        return None

    def option(self, param):
        return Option(flag_of(param), {"metavar": "URL", "help": _help(param)})

    def allowed(self, value, spec):
        """A model's range for a video is its length in seconds, and its `sides` in pixels
        (each checked when known)."""
        if spec.sides is not None and sides_problem(value, *spec.sides) is not None:
            return False
        seconds = video_seconds(value)
        if seconds is None:
            return True
        return (spec.min is None or seconds >= spec.min) and (
            spec.max is None or seconds <= spec.max
        )

    def refused(self, param, value, spec, model):
        if spec.sides is not None:
            problem = sides_problem(value, *spec.sides)
            if problem is not None:
                return problem
        return tr(
            "{subject} is {s} seconds long; {model} takes {low} to {high} seconds.",
            subject=param.subject,
            s=f"{video_seconds(value) or 0:g}",
            model=model,
            low=_number(spec.min),
            high=_number(spec.max),
        )

    def result_ref(self, value):
        source = value.get("source") if isinstance(value, Mapping) else None
        return ResultRef(
            output_id=source if isinstance(source, int) else None, url=video_url(value)
        )

    def words(self, param, value):
        seconds = value.get("seconds") if isinstance(value, Mapping) else None
        if isinstance(value, Mapping) and value.get("source") is not None:
            if isinstance(seconds, int | float):
                return tr("one of your videos ({seconds} s)", seconds=f"{seconds:g}")
            return tr("one of your videos")
        return str(video_url(value) or "")


def video_url(value: Any) -> str | None:
    """The address of a video value (a plain address, or a result's record)."""
    if isinstance(value, Mapping):
        url = value.get("url")
        return url if isinstance(url, str) else None
    return value if isinstance(value, str) else None


def video_seconds(value: Any) -> float | None:
    """How long a video value is, when the app knows (a result from the history)."""
    seconds = value.get("seconds") if isinstance(value, Mapping) else None
    return float(seconds) if isinstance(seconds, int | float) else None


def video_pixels(value: Any) -> tuple[int, int] | None:
    """A video value's width and height, when the app knows them (a result of the history)."""
    if not isinstance(value, Mapping):
        return None
    width, height = value.get("width"), value.get("height")
    if isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0:
        return width, height
    return None


def sides_problem(value: Any, low: int, high: int) -> Message | None:
    """What is wrong with a video's size in pixels against Kling's shortest and longest
    side, when the app knows it (a result of the history)."""
    pixels = video_pixels(value)
    if pixels is None:
        return None
    width, height = pixels
    if min(width, height) >= low and max(width, height) <= high:
        return None
    return tr(
        "The video is {w}×{h} pixels; Kling takes videos whose sides are {low} to {high} pixels.",
        w=width,
        h=height,
        low=low,
        high=high,
    )


def _web_address(text: str) -> bool:
    """https, or plain http to this computer (the demo's own server serves its videos so)."""
    text = text.strip()
    if " " in text or len(text) < 12 or len(text) > 2048:
        return False
    if text.startswith("https://"):
        return True
    local = ("http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:", "http://[::1]:")
    return text.startswith(local)


# The built-in kinds.
TEXT = TextKind("text")  # a string (prompt)
CHOICE = ChoiceKind("choice")  # one value the model offers (length, quality, sound)
SHAPE = ChoiceKind("shape")  # the picture's or video's shape, drawn as tiles
COUNT = CountKind("count")  # a whole number in a range (how many results)
FRACTION = NumberKind("fraction", 1)  # a number from 0 to 1 (strengths)
SIDE = ShareKind("side", 2)  # how much to add on one side of a picture (0 to 2 times)
IMAGE = PictureKind("image")  # one picture
IMAGES = PicturesKind("images")  # several pictures
URL = UrlKind("url")  # a web address
SHOTS = ShotsKind("shots")  # a storyboard
ELEMENTS = ElementsKind("elements")  # saved characters named in the prompt
VIDEO_ID = ResultIdKind("video_id", "video")  # one of the user's videos, by Kling's id
VIDEO = VideoKind("video")  # a video, by its web address
SOUND = SoundKind("sound")  # a sound file, or its web address
VOICES = VoicesKind("voices")  # voices of the account that speak in a video
AUDIO_ID = ResultIdKind("audio_id", "audio")  # one of the user's sounds, by Kling's id
