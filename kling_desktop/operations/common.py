"""Parameters and pieces several operations share: the prompt, the shape, the picture
fields, and the words for their values."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY, NEW
from kling_desktop.catalogue import current, is_set
from kling_desktop.operations.base import Param
from kling_desktop.operations.kinds import ELEMENTS, SHAPE, TEXT, VOICES
from kling_desktop.text import Localised, Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability
    from kling_desktop.operations.base import Encoding, RequestLike


def prompt(tip: Message, *, required: bool = False) -> Param:
    return Param(
        "prompt",
        TEXT,
        tr("Prompt"),
        tr("The prompt"),
        tip,
        required=required,
        missing=tr("Write a prompt: describe what you want to see."),
    )


def negative_prompt(tip: Message, **kw) -> Param:
    return Param(
        "negative_prompt", TEXT, tr("Leave out"), tr("The negative prompt"), tip, more=True, **kw
    )


def aspect_ratio(tip: Message) -> Param:
    return Param(
        "aspect_ratio",
        SHAPE,
        tr("Shape"),
        tr("The shape"),
        tip,
        choices={"auto": tr("auto")},
    )


# Elements (characters saved on the account) are named in the prompt as @name. The legacy
# routes take them as `element_list` and refer to the n-th as <<<element_n>>> (unless the
# catalogue spells it otherwise for a model: its `mention`); the new standard takes each as
# a content item whose `id` the prompt names as @id.
LEGACY_REFERENCE = "<<<element_{n}>>>"
NEW_REFERENCE = "@element_{n}"

ELEMENTS_PARAM = Param(
    "elements",
    ELEMENTS,
    tr("Elements"),
    tr("The elements"),
    tr(
        "Characters or objects saved on your account (Connection → Elements…): insert one "
        "and its @name goes into the prompt, where Kling brings it back."
    ),
    standards=(LEGACY,),  # each operation says where it has them
)


def named_elements(request: RequestLike) -> list[Mapping[str, Any]]:
    """The elements `request` names, in the order given (none: an empty list)."""
    return list(request.get("elements") or [])


# Voices (Kling 2.6 image to video, new standard) are content items too: each one's id is
# what the prompt names, as @voice_1 for the first.
VOICE_REFERENCE = "@voice_{n}"

VOICES_PARAM = Param(
    "voices",
    VOICES,
    tr("Voices"),
    tr("The voices"),
    tr(
        "Who speaks, in up to two voices of yours or Kling's (Connection → Voices…): write "
        "@name in the prompt where each speaks."
    ),
    standards=(NEW,),
    more=True,
)


def voice_contents(r: RequestLike, text: str) -> tuple[str, list[dict[str, Any]]]:
    """The prompt with each voice's @name as its content item's id, and those items."""
    voices = list(r.get("voices") or [])
    text = with_elements(text, voices, VOICE_REFERENCE) if text else text
    items = [
        {"type": "voice", "voice_id": str(v["voice_id"]), "id": f"voice_{n}"}
        for n, v in enumerate(voices, start=1)
    ]
    return text, items


def with_elements(text: str, elements: list[Mapping[str, Any]], reference: str) -> str:
    """`text` with each element's @name as Kling's reference to it (longest names first,
    so that @Mia does not eat the start of @Miami)."""
    order = sorted(enumerate(elements, start=1), key=lambda pair: -len(str(pair[1]["name"])))
    for n, element in order:
        text = text.replace(f"@{element['name']}", reference.format(n=n))
    return text


def legacy_mentions(e: Encoding, text: str) -> str:
    """`text` with the elements it names spelled as the legacy route of `e`'s model
    refers to them (`element_list`'s order)."""
    reference = e.mention("elements", LEGACY_REFERENCE)
    return with_elements(text, named_elements(e.request), reference)


def _element_id(value: Any) -> int | str:
    """Kling numbers its elements (a JSON integer, possibly beyond 2**53); an id that is
    not a number is sent as it came."""
    text = str(value)
    return int(text) if text.isdigit() else text


def element_list(elements: list[Mapping[str, Any]]) -> list[dict[str, Any]] | None:
    """The legacy standard's `element_list` (None when the request names no element)."""
    return [{"element_id": _element_id(e["element_id"])} for e in elements] or None


def element_contents(elements: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The new standard's element content items, whose ids are what `NEW_REFERENCE`
    names in the prompt (Kling's element id is a string there)."""
    return [
        {"type": "element", "element_id": str(e["element_id"]), "id": f"element_{n}"}
        for n, e in enumerate(elements, start=1)
    ]


def check_references_and_elements(
    request: RequestLike, capability: Capability | None, out: list[Problem]
) -> None:
    """Kling counts reference pictures and elements together: the model's limit on
    reference pictures (as its rules leave it) holds for both at once."""
    elements = request.get("elements")
    if capability is None or not is_set(elements) or not isinstance(elements, list | tuple):
        return
    references = request.get("reference_images")
    pictures = len(references) if isinstance(references, list | tuple) else 0
    limit = capability.most("reference_images", request.params)
    if not pictures or not limit or pictures + len(elements) <= limit:
        return  # no pictures to share with, or a rule has already spoken
    out.append(
        Problem(
            "elements",
            tr(
                "Kling takes at most {limit} reference pictures and elements together; you "
                "have {pictures} pictures and {elements} elements.",
                limit=limit,
                pictures=pictures,
                elements=len(elements),
            ),
        )
    )


# A reference picture or video is named the same way in every prompt, as an element is:
# @image_1, @video_1. Kling's legacy omni-image route wants <<<image_1>>>, the new standard
# @image_1; either spelling typed is understood and sent as the route wants it.
_MENTION = re.compile(r"<<<(image|video)_(\d+)>>>|@(image|video)_(\d+)(?![\w])")
_BARE = re.compile(r"(?<![@<\w])(image|video)_(\d+)(?![\w>])")
LEGACY_MEDIA = "<<<{what}_{n}>>>"
NEW_MEDIA = "@{what}_{n}"


def media_mentions(text: str, style: str) -> str:
    """`text` with each reference it names spelled in `style` (`LEGACY_MEDIA`, `NEW_MEDIA`)."""

    def spell(found: re.Match[str]) -> str:
        what = found.group(1) or found.group(3)
        n = found.group(2) or found.group(4)
        return style.format(what=what, n=n)

    return _MENTION.sub(spell, text)


def _prompt_text(request: RequestLike) -> str:
    shots = request.get("shots")
    texts = [request.prompt or ""]
    if isinstance(shots, list | tuple):
        texts += [str(s.get("prompt", "")) for s in shots if isinstance(s, Mapping)]
    return "\n".join(texts)


def check_mentions(request: RequestLike, out: list[Problem], *, videos: int = 0) -> None:
    """The references the prompt names exist (@image_3 with two pictures would be ignored
    by Kling, and paid for), and "image_1" without its @ is pointed out."""
    text = _prompt_text(request)
    references = request.get("reference_images")
    have = {
        "image": len(references) if isinstance(references, list | tuple) else 0,
        "video": videos,
    }
    for found in _MENTION.finditer(text):
        what = found.group(1) or found.group(3)
        n = int(found.group(2) or found.group(4))
        count = have[what]
        if 1 <= n <= count:
            continue
        ref = NEW_MEDIA.format(what=what, n=n)
        if count == 0:
            message = (
                tr("The prompt names {ref}, but no reference picture is given.", ref=ref)
                if what == "image"
                else tr("The prompt names {ref}, but no video is given.", ref=ref)
            )
        else:
            message = tr(
                "The prompt names {ref}, but only {first} to {last} are given.",
                ref=ref,
                first=NEW_MEDIA.format(what=what, n=1),
                last=NEW_MEDIA.format(what=what, n=count),
            )
        out.append(Problem("prompt", message))
        return
    bare = _BARE.search(text)
    if bare is not None:
        out.append(
            Problem(
                "prompt",
                tr(
                    "Write @{ref} for Kling to take “{ref}” as your reference (with the @).",
                    ref=bare.group(0),
                ),
            )
        )


class Listed(Mapping[str, Message]):
    """Choices from one of the catalogue's lists (`voices`, `effects`), read from the
    catalogue in use each time: Kling adds and retires entries every month, and an updated
    catalogue brings them without a new release. Each name is said in the language shown;
    a retired entry is still named (the history keeps it) but no longer listed."""

    def __init__(self, section: str, where: Callable[[Any], bool] | None = None) -> None:
        self.section = section
        self.where = where  # only the entries it holds for (effects of two pictures)

    def _entries(self) -> Mapping[str, Any]:
        entries = getattr(current(), self.section)
        if self.where is None:
            return entries
        return {k: e for k, e in entries.items() if self.where(e)}

    def __getitem__(self, key: str) -> Message:
        name = self._entries()[key].name
        return Localised({"en": name.en, "zh_CN": name.zh_CN})

    def __iter__(self) -> Iterator[str]:
        return iter([k for k, e in self._entries().items() if not getattr(e, "retired", None)])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return f"Listed({self.section!r})"
