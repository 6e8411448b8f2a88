"""What an operation is: its parameters, its routes on each API standard, its results.

An `Operation` describes one Kling capability (text to image, text to video, ...) once:
the parameters a request may carry (`Param`), how a request becomes a body on each API
standard (`Route`), what its results are, which rules hold whatever the model (an
endpoint's own rules; a model's rules live in the catalogue), and how a history row
summarises it. Forms, validation, the history codec, the command line and the details
panel are all built from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from kling_desktop.api.errors import Problem
from kling_desktop.api.standards import LEGACY, NEW
from kling_desktop.operations.kinds import Kind
from kling_desktop.text import Message

if TYPE_CHECKING:
    from kling_desktop.catalogue import Capability


class RequestLike(Protocol):
    """What an operation's codec and checks read of a request (`request.Request` is one;
    named here so that this module, which the request module reads, need not read it)."""

    operation: str
    model: str | None
    params: Mapping[str, Any]
    external_task_id: str | None
    callback_url: str | None
    watermark: bool | None

    @property
    def prompt(self) -> str: ...

    def get(self, name: str, default: Any = None) -> Any: ...


@dataclass(frozen=True)
class Param:
    """One setting of a request.

    `label` names it in a form, `subject` starts a sentence about it ("The length"),
    `tip` explains it; `choices` gives words for values that need them ("native" is
    "Sound made with the video"), `unit` a template for the rest ("{value} s").
    `standards` lists the API standards that have the setting at all, `more` puts it
    under "More settings".
    """

    name: str
    kind: Kind
    label: Message
    subject: Message
    tip: Message = field(default_factory=lambda: Message(""))
    choices: Mapping[Any, Message] = field(default_factory=dict)
    unit: Message | str = "{value}"
    required: bool = False
    more: bool = False
    standards: tuple[str, ...] = (LEGACY, NEW)
    missing: Message | None = None  # what to say when a required value is not given
    option: str | None = None  # the command line's name for it, if not the parameter's
    #: What other parameters must be for this one to apply, in the catalogue's terms
    #: (a value, a list of values, "present"), and what to say when they are not.
    needs: Mapping[str, Any] = field(default_factory=dict)
    needs_why: Message | None = None
    #: The value a form starts with when no model's catalogue entry says (operations
    #: without a model).
    default: Any = None
    #: The most characters a text may have when no model's catalogue entry says.
    max_length: int | None = None
    #: The operation that makes this parameter's file from words (a sound, by "speech"):
    #: the form offers "Words in a voice…", the command line `--speech TEXT`.
    from_words: str | None = None
    #: When given, the request goes by a route that carries it, even if not the preferred
    #: one (text to video takes elements only by the legacy route); other settings are
    #: refused instead.
    picks_route: bool = False

    @property
    def is_file(self) -> bool:
        return self.kind.is_file

    def words(self, value: Any) -> Message | str:
        """A value (as given or as the history stores it) as a person reads it."""
        return self.kind.words(self, value)


@dataclass(frozen=True)
class Encoding:
    """What a route's codec is given: the request, the id of the model on this standard,
    every file parameter already resolved by its kind (a picture to a URL or Base64), and
    what the catalogue says the model accepts (None for a model it does not know)."""

    request: RequestLike
    model_id: str | None
    inputs: Mapping[str, Any]
    external_task_id: str
    capability: Capability | None = None

    def mention(self, name: str, default: str) -> str:
        """How the prompt names the n-th item of parameter `name` on a legacy route: the
        catalogue's spelling for this model, else `default`."""
        spec = self.capability.spec(name) if self.capability is not None else None
        return spec.mention if spec is not None and spec.mention else default

    def file(self, name: str) -> str | None:
        """A file parameter as Kling takes it (a URL or Base64), or None."""
        resolved = self.inputs.get(name)
        return resolved.value if resolved is not None and not isinstance(resolved, list) else None

    image = file  # a picture, as most codecs name it

    def image_list(self, name: str) -> list[str]:
        """A list of files as Kling takes them."""
        resolved = self.inputs.get(name)
        return [r.value for r in resolved if r.value] if isinstance(resolved, list) else []

    def options(self) -> dict[str, Any]:
        """The new standard's `options` object."""
        request = self.request
        out: dict[str, Any] = {"external_task_id": self.external_task_id}
        if request.callback_url:
            out["callback_url"] = request.callback_url
        if request.watermark is not None:
            out["watermark_info"] = {"enabled": bool(request.watermark)}
        return out

    def legacy_common(self) -> dict[str, Any]:
        """Fields every legacy body has: the model (`model_name`, as Kling documents it;
        the client adds `model` for relays, which read that), the external id, the
        callback and the watermark."""
        request = self.request
        body: dict[str, Any] = {"external_task_id": self.external_task_id}
        if self.model_id:
            body["model_name"] = self.model_id
        if request.callback_url:
            body["callback_url"] = request.callback_url
        if request.watermark is not None:
            body["watermark_info"] = {"enabled": bool(request.watermark)}
        return body


Encoder = Callable[[Encoding], dict[str, Any]]


@dataclass(frozen=True)
class Uses:
    """A result from the history that an operation takes, and as which parameter: each
    becomes an action on history items ("Use as first frame", "Give it sound…"), enabled
    for results of `media`.

    `how` is what of the result goes in: "file" (the result itself), "last_frame" (a
    video's last frame, as a picture), "kling_id" or "kling_url" (the result as Kling
    knows it, by its id or its address: needs Kling's copy, not the file). `said` is shown
    in the status line when the action runs.
    """

    media: str
    param: str
    label: Message
    tip: Message = field(default_factory=lambda: Message(""))
    how: str = "file"
    said: Message | None = None

    @property
    def needs_file(self) -> bool:
        return self.how in ("file", "last_frame")


@dataclass(frozen=True)
class Route:
    """How an operation is sent on one API standard: the create path (`{model}` is
    filled with the model's id on that standard) and the body codec. On the legacy
    standard the create path is also where its tasks are queried and listed.

    `at_once`: Kling answers the create request with the finished task (speech): there is
    no query to poll and no lookup by the caller's id, so an answer lost on the way can
    never be found again."""

    standard: str
    path: str
    encode: Encoder
    at_once: bool = False

    @property
    def product(self) -> str:
        return self.path if self.standard == LEGACY else ""


def _no_check(request: RequestLike, capability: Capability | None, out: list[Problem]) -> None:
    return None


def _same(params: dict[str, Any]) -> dict[str, Any]:
    return params


def _no_summary(params: Mapping[str, Any]) -> list[Message | str]:
    return []


def _quantity(params: Mapping[str, Any]) -> tuple[float, int]:
    seconds = params.get("duration")
    results = params.get("n")
    return (
        float(seconds) if isinstance(seconds, int | float) else 0.0,
        results if isinstance(results, int) and results > 0 else 1,
    )


@dataclass(frozen=True)
class Operation:
    """One Kling operation, described once."""

    name: str  # the history's `kind`, the command line's word
    title: Message  # "Text to video"
    media: str  # what its results are: image, video or audio
    params: tuple[Param, ...]
    routes: tuple[Route, ...]  # in order of preference
    check: Callable[[RequestLike, Capability | None, list[Problem]], None] = _no_check
    #: Limits of an API standard whatever the model, e.g. the legacy one has no 4K.
    standard_limits: Mapping[str, Mapping[str, tuple[Any, ...]]] = field(default_factory=dict)
    #: Parameters recorded by older versions of the app, brought to today's names.
    upgrade: Callable[[dict[str, Any]], dict[str, Any]] = _same
    #: Short facts for a history row ("10 s", "1080p", "with sound").
    summary: Callable[[Mapping[str, Any]], list[Message | str]] = _no_summary
    uses_model: bool = True
    #: (seconds of video, number of results) a request asks for: what a price is per.
    quantity: Callable[[Mapping[str, Any]], tuple[float, int]] = _quantity
    #: Results from the history it takes, and as which parameter (the "Use as…" actions).
    uses: tuple[Uses, ...] = ()
    #: Its own form, when the generic one will not do: "module:Class" of a form in the
    #: window's layer (loaded when first shown; named here, never imported here).
    form: str | None = None
    #: A request Kling must answer before this one can be made (lip-sync's search for the
    #: video's faces): `first(client, params)` fills in what it answered, or raises a
    #: `KlingError` saying why it cannot. The command line runs it before the job; a form
    #: runs it from its own button, so the user sees and chooses.
    first: Callable[[Any, dict[str, Any]], None] | None = None
    first_gives: tuple[str, ...] = ()  # the parameters `first` fills in

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def route(self, standard: str) -> Route | None:
        return next((r for r in self.routes if r.standard == standard), None)

    @property
    def standards(self) -> tuple[str, ...]:
        return tuple(r.standard for r in self.routes)

    @property
    def file_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.is_file)

    def product(self, standard: str) -> str:
        route = self.route(standard)
        return route.product if route else ""
