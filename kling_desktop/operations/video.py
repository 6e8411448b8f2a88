"""What the video operations share: length, quality, sound and the storyboard, and how
they are written on each API standard.

The legacy standard (`/v1/videos/...`, what relays and access keys reach) says quality as
`mode` (std is 720p, pro is 1080p), length as a string, sound as `sound: on|off` and a
storyboard as `multi_prompt`; it has no 4K and cannot keep a reference video's sound. The
new standard (`/text-to-video/<model>`...) puts them in `settings`, writes a storyboard into
the prompt (`shot 1, 3, words;`) and has no negative prompt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY
from kling_desktop.catalogue import is_set
from kling_desktop.operations import common
from kling_desktop.operations.base import Encoding, Param
from kling_desktop.operations.kinds import CHOICE, SHOTS
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import RequestLike

LEGACY_MODES = {"720p": "std", "1080p": "pro", "4k": "4k"}  # 4k: Kling 3.0 (2026-04-23)
LEGACY_SOUND = {"native": "on", "off": "off"}
#: What the legacy standard cannot carry, whatever the model.
LIMITS = {LEGACY: {"resolution": tuple(LEGACY_MODES), "audio": tuple(LEGACY_SOUND)}}


def prompt() -> Param:
    return common.prompt(tr("What happens in the video, in your own words."))


def negative_prompt() -> Param:
    return common.negative_prompt(
        tr(
            "Things the video should not contain. Only connections that use Kling's older API "
            "take it."
        ),
        standards=(LEGACY,),
    )


DURATION = Param(
    "duration",
    CHOICE,
    tr("Length"),
    tr("The length"),
    tr("How long the video is; each second is charged."),
    unit=tr("{value} s"),
)
RESOLUTION = Param(
    "resolution",
    CHOICE,
    tr("Quality"),
    tr("The quality"),
    tr("1080p is sharper than 720p and costs more; 4K is sharpest."),
    choices={"720p": tr("720p"), "1080p": tr("1080p"), "4k": tr("4K")},
)
AUDIO = Param(
    "audio",
    CHOICE,
    tr("Sound"),
    tr("The sound"),
    tr("Whether Kling makes a soundtrack with the video."),
    choices={
        "native": tr("made with the video"),
        "original": tr("the reference video's own"),
        "off": tr("none (silent)"),
    },
)
SHOTS_PARAM = Param(
    "shots",
    SHOTS,
    tr("Storyboard"),
    tr("The storyboard"),
    tr("Up to 6 shots, each with its own words and seconds; together they fill the video."),
    more=True,
)


def check_prompt_or_shots(request: RequestLike, out: list[Problem]) -> None:
    if not str(request.get("prompt") or "").strip() and not is_set(request.get("shots")):
        out.append(Problem("prompt", tr("Write a prompt: describe what you want to see.")))


def check_shots(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    """A storyboard fills the video: its shots' seconds add up to the length."""
    shots = request.get("shots")
    if not is_set(shots) or not isinstance(shots, list | tuple):
        return
    duration = request.get("duration")
    total = shots_total(request)
    if total is None:
        return  # the shape check has said what is wrong
    if duration is None:
        # No length given: the shots' total is the video's length, one the model makes.
        spec = capability.spec("duration") if capability is not None else None
        if spec is not None and not DURATION.kind.allowed(total, spec):
            lengths = _lengths(spec.values, spec.min, spec.max)
            out.append(
                Problem(
                    "shots",
                    tr(
                        "The shots last {total} s in all; this model makes videos of {lengths}.",
                        total=total,
                        lengths=lengths,
                    ),
                )
            )
        return
    if isinstance(duration, int) and total != duration:
        out.append(
            Problem(
                "shots",
                tr(
                    "The shots last {total} s in all, but the video is {duration} s long: "
                    "make them add up.",
                    total=total,
                    duration=duration,
                ),
            )
        )


def _lengths(values, low, high) -> str:
    """Lengths in few words: "3 to 15 s" for a run of whole seconds, else "5 s, 10 s"."""
    if values:
        numbers = sorted(v for v in values if isinstance(v, int))
        if len(numbers) == len(values) and numbers == list(range(numbers[0], numbers[-1] + 1)):
            low, high = numbers[0], numbers[-1]
        else:
            return ", ".join(f"{v} s" for v in values)
    return f"{low:g} to {high:g} s"


def shots_total(r: RequestLike) -> int | None:
    """The seconds a storyboard's shots add up to; None without a readable storyboard."""
    shots = r.get("shots")
    if not is_set(shots) or not isinstance(shots, list | tuple):
        return None
    try:
        return sum(int(s["duration"]) for s in shots)
    except (KeyError, TypeError, ValueError):
        return None


def duration_of(r: RequestLike) -> Any:
    """The length to send: the one given, else a storyboard's total (Kling would take
    its default length and refuse shots that do not fill it)."""
    duration = r.get("duration")
    return duration if duration is not None else shots_total(r)


def legacy_body(e: Encoding) -> dict[str, Any]:
    r = e.request
    body = e.legacy_common()
    duration = duration_of(r)
    body.update(
        prompt=r.prompt or None,
        negative_prompt=r.get("negative_prompt") or None,
        mode=LEGACY_MODES.get(r.get("resolution")),
        duration=str(duration) if duration is not None else None,
        sound=LEGACY_SOUND.get(r.get("audio")),
    )
    elements = common.named_elements(r)
    shots = r.get("shots")
    if is_set(shots):
        body.update(
            multi_shot=True,
            shot_type="customize",
            multi_prompt=[
                {
                    "index": i,
                    "prompt": common.legacy_mentions(e, s["prompt"]),
                    "duration": str(s["duration"]),
                }
                for i, s in enumerate(shots, start=1)
            ],
        )
    if elements:
        if body.get("prompt"):
            body["prompt"] = common.legacy_mentions(e, body["prompt"])
        body["element_list"] = common.element_list(elements)
    return body


def new_prompt(r: RequestLike) -> str:
    """The prompt on the new standard: a storyboard is written into it, and the elements
    it names become references to their content items (see `common.element_contents`)."""
    shots = r.get("shots")
    if is_set(shots):
        text = " ".join(
            f"shot {i}, {s['duration']}, {' '.join(s['prompt'].split())};"
            for i, s in enumerate(shots, start=1)
        )
    else:
        text = r.prompt
    return common.with_elements(text, common.named_elements(r), common.NEW_REFERENCE)


def new_settings(r: RequestLike, *, aspect_ratio: bool) -> dict[str, Any]:
    settings = {
        "resolution": r.get("resolution"),
        "duration": duration_of(r),
        "audio": r.get("audio"),
        "aspect_ratio": r.get("aspect_ratio") if aspect_ratio else None,
        "multi_shot": True if is_set(r.get("shots")) else None,
    }
    return {k: v for k, v in settings.items() if v is not None}


def summary(params: Mapping[str, Any]) -> list[Message | str]:
    facts: list[Message | str] = []
    if params.get("duration") is not None:
        facts.append(DURATION.words(params["duration"]))
    if params.get("resolution"):
        facts.append(RESOLUTION.words(params["resolution"]))
    if params.get("audio") in ("native", "original"):
        facts.append(tr("with sound"))
    if is_set(params.get("shots")):
        facts.append(tr("{n} shots", n=len(params["shots"])))
    return facts


def upgrade(params: dict[str, Any], renamed: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Parameters as older versions recorded them, in today's names: `mode` std/pro as
    720p/1080p, `duration` "5" as 5, `sound` true/false as `audio`; features that only
    retired models had (creativity, camera movement, motion brush) are left out."""
    p = dict(params)
    mode = p.pop("mode", None)
    if mode in ("std", "pro") and "resolution" not in p:
        p["resolution"] = "720p" if mode == "std" else "1080p"
    if isinstance(p.get("duration"), str) and p["duration"].isdigit():
        p["duration"] = int(p["duration"])
    sound = p.pop("sound", None)
    if isinstance(sound, bool) and "audio" not in p:
        p["audio"] = "native" if sound else "off"
    for gone in ("cfg_scale", "camera_control", "static_mask", "dynamic_masks"):
        p.pop(gone, None)
    for old, new in (renamed or {}).items():
        if old in p and new not in p:
            p[new] = p.pop(old)
    return p
