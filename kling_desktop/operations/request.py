"""A request: an operation, a model, and the values of its parameters, checked against the
catalogue and turned into a `Call` for the API standard the connection speaks.

`validate()` returns *every* problem at once, as (parameter, sentence) pairs, so a form can
show them all beside their fields. A model the catalogue does not know is not refused: its
values are checked only for their form, and the server decides the rest.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem, ValidationError
from kling_desktop.catalogue import Catalogue, Model, current, is_set
from kling_desktop.catalogue.catalogue import Most
from kling_desktop.operations import registry
from kling_desktop.operations.availability import (
    Availability,
    choose_standard,
    unreachable,
)
from kling_desktop.operations.base import Encoding, Operation
from kling_desktop.text import Message, tr

if TYPE_CHECKING:
    # Read and sent only when a job is: not at start-up.
    from kling_desktop.api.task import Call


def new_external_task_id() -> str:
    """A fresh caller-chosen task id (unique per account, chosen before the POST): 128
    random bits, as a random UUID has (`uuid` itself costs ~7 ms at start-up)."""
    return f"kd-{os.urandom(16).hex()}"


@dataclass(frozen=True, init=False)
class Request:
    """What the user asked for. Build one as `Request("text2video", prompt=..., duration=10)`."""

    operation: str
    model: str | None
    params: Mapping[str, Any]
    external_task_id: str | None
    callback_url: str | None
    watermark: bool | None

    def __init__(
        self,
        operation: str,
        /,
        *,
        model: str | None = None,
        external_task_id: str | None = None,
        callback_url: str | None = None,
        watermark: bool | None = None,
        **params: Any,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "operation", operation)
        set_(self, "model", model)
        set_(self, "params", {k: v for k, v in params.items() if v is not None})
        set_(self, "external_task_id", external_task_id)
        set_(self, "callback_url", callback_url)
        set_(self, "watermark", watermark)

    @property
    def op(self) -> Operation:
        return registry.get(self.operation)

    @property
    def prompt(self) -> str:
        value = self.params.get("prompt")
        return value if isinstance(value, str) else ""

    def get(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)

    def replace(self, **changes: Any) -> Request:
        """A copy with some parameters (or `model`, `external_task_id`...) changed; a
        parameter set to None is removed."""
        fixed = {
            k: changes.pop(k)
            for k in ("model", "external_task_id", "callback_url", "watermark")
            if k in changes
        }
        values = {
            "model": self.model,
            "external_task_id": self.external_task_id,
            "callback_url": self.callback_url,
            "watermark": self.watermark,
            **fixed,
        }
        return Request(self.operation, **values, **{**self.params, **changes})

    def with_external_task_id(self, external_task_id: str | None = None) -> Request:
        return self.replace(external_task_id=external_task_id or new_external_task_id())

    def resolved(self, catalogue: Catalogue | None = None) -> Request:
        """The same request with the model spelled out (the catalogue's default when none
        was chosen): what the history records."""
        if self.model or not self.op.uses_model:
            return self
        default = (catalogue or current()).default(self.operation)
        return self.replace(model=default.id) if default else self

    def validate(
        self, catalogue: Catalogue | None = None, standard: str | None = None
    ) -> list[Problem]:
        """Every problem with this request, in parameter order; empty when it can be sent.
        With `standard`, also what that API standard cannot carry."""
        return validate(self, catalogue or current(), standard)

    def to_call(self, standards: Iterable[str], catalogue: Catalogue | None = None) -> Call:
        """The create-task call for the best standard among `standards`, or
        `ValidationError` with every problem. The same request always builds the same
        call (the external id is chosen here if it was not before)."""
        catalogue = catalogue or current()
        request = self.resolved(catalogue)
        op = request.op
        model = catalogue.model(op.name, request.model) if op.uses_model else None
        standard = choose_standard(op, model, frozenset(standards), request.params)
        problems = validate(request, catalogue, standard)
        if standard is None:
            problems.insert(0, Problem("model_name", unreachable(model, request.model)))
        if problems:
            raise ValidationError(problems)
        assert standard is not None
        return request.call_on(standard, catalogue)

    def call_on(self, standard: str, catalogue: Catalogue | None = None) -> Call:
        """The create-task call on `standard` (validated by the caller)."""
        catalogue = catalogue or current()
        op = self.op
        route = op.route(standard)
        if route is None:
            raise ValidationError(
                [("model_name", tr("{what} cannot be sent this way.", what=op.title))]
            )
        model = catalogue.model(op.name, self.model) if op.uses_model else None
        model_id = (model.id_for(standard) if model else None) or self.model
        external = self.external_task_id or new_external_task_id()
        inputs = _resolve_inputs(self, op)
        capability = model.capability(op.name) if model else None
        body = route.encode(Encoding(self, model_id, inputs, external, capability))
        from kling_desktop.api.task import Call, TaskRef

        return Call(
            TaskRef(op.name, standard, route.product),
            route.path.format(model=model_id or ""),
            {k: v for k, v in body.items() if v is not None},
            external,
            at_once=route.at_once,
        )


def fit_to(request: Request, model: Model) -> Request:
    """`request` for `model` instead (a retired model's successor): settings the model does
    not take are left out, values it does not offer become its default, and its rules
    are followed. Pictures and words stay as they were."""
    op = request.op
    capability = model.capability(op.name)
    if capability is None:
        return request.replace(model=model.id)
    params: dict[str, Any] = {}
    for name, value in request.params.items():
        spec = capability.spec(name)
        if spec is None or (op.param(name) is None):
            continue
        if spec.values is not None and value not in spec.values:
            value = spec.default if spec.default is not None else spec.values[0]
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if spec.min is not None and value < spec.min:
                value = type(value)(spec.min)
            if spec.max is not None and value > spec.max:
                value = type(value)(spec.max)
        params[name] = value
    for _ in range(len(capability.rules)):
        broken = [(rule, names) for rule in capability.rules if (names := rule.broken_by(params))]
        if not broken:
            break
        for rule, names in broken:
            for name in names:
                allowed = rule.then[name]
                if allowed is False:
                    params.pop(name, None)
                elif isinstance(allowed, Most):
                    params[name] = params[name][: allowed.max]
                else:
                    params[name] = allowed[0]
    return Request(
        op.name,
        model=model.id,
        external_task_id=request.external_task_id,
        callback_url=request.callback_url,
        watermark=request.watermark,
        **params,
    )


# Validation --------------------------------------------------------------------------------


def validate(request: Request, catalogue: Catalogue, standard: str | None) -> list[Problem]:
    """Every problem of `request` (what `Availability` says of its values), then the
    operation's own checks."""
    op = request.op
    now = Availability(op, catalogue, request.model, request.params, standard=standard)
    out = now.problems()
    if request.callback_url is not None:
        problem = _callback_problem(request.callback_url)
        if problem:
            out.append(Problem("callback_url", problem))
    problem = _external_id_problem(request.external_task_id)
    if problem:
        out.append(Problem("external_task_id", problem))
    if request.watermark is not None and not isinstance(request.watermark, bool):
        out.append(Problem("watermark", tr("The watermark is on (True) or off (False).")))
    op.check(request, now.capability, out)
    return out


def _resolve_inputs(request: Request, op: Operation) -> dict[str, Any]:
    """Every file parameter given, as its kind hands it to a codec."""
    return {
        param.name: param.kind.resolve(param, value)
        for param in op.file_params
        if is_set(value := request.params.get(param.name))
    }


#: The longest request id the app sends (Kling documents none; ours are 35 characters).
MAX_EXTERNAL_ID = 64


def _external_id_problem(value: object) -> Message | None:
    """A request id the caller chose: Kling finds the task by it, so it is sent as it is,
    one line of visible characters."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        return tr("The request id cannot be empty.")
    if any(not c.isprintable() or c.isspace() for c in value):
        return tr("The request id cannot contain spaces, line breaks or invisible characters.")
    if len(value) > MAX_EXTERNAL_ID:
        return tr(
            "The request id is {n} characters long; at most {limit}.",
            n=len(value),
            limit=MAX_EXTERNAL_ID,
        )
    return None


def _callback_problem(url: object) -> Message | None:
    """Kling calls the callback address from its servers: https, and a real address."""
    from kling_desktop.api.connection import check_url
    from kling_desktop.api.errors import ConnectionConfigError

    if not str(url).startswith("https://"):
        return tr("The callback address must start with https://.")
    try:
        check_url(url, what=tr("callback address"))
    except ConnectionConfigError as exc:
        return exc.message
    return None
