"""What a model, on a connection, with these values, can do, and why not: one answer, in
the same sentences, for `Request.validate` (a problem beside a value given) and a form's
greying (a field or a choice that cannot be used now, with its reason as a tooltip).

    now = Availability(operation, catalogue, "kling-3.0", values, standard="new")
    now.setting(param).off        # why the parameter cannot be used at all, or None
    now.setting(param).why(value)  # why this value cannot be chosen, or None
    now.problems(values)           # every problem of a request with these values

A model the catalogue does not know is not refused: its values are checked only for their
form, and the server decides the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import Problem
from kling_desktop.catalogue import Capability, Catalogue, Model, is_set
from kling_desktop.catalogue.catalogue import matches
from kling_desktop.operations.base import Operation, Param
from kling_desktop.operations.kinds import TextKind, choice_words
from kling_desktop.text import Localised, Message, tr

if TYPE_CHECKING:
    from kling_desktop.catalogue import ParamSpec

STANDARD = "standard"  # the pseudo-parameter catalogue rules may test


def choose_standard(
    op: Operation,
    model: Model | None,
    available: frozenset[str],
    params: Mapping[str, Any] | None = None,
) -> str | None:
    """The first of `op`'s routes (its preference) that the connection speaks, on which
    the model has an id and, of those, one that carries the settings given in `params`
    that pick the route (text to video's elements go by the legacy route); a model the
    catalogue does not know is tried under its own id."""
    reachable = []
    for route in op.routes:
        if route.standard not in available:
            continue
        if model is not None and op.uses_model and model.id_for(route.standard) is None:
            continue
        reachable.append(route.standard)
    for standard in reachable:
        if all(
            standard in param.standards
            for param in op.params
            if param.picks_route and params is not None and is_set(params.get(param.name))
        ):
            return standard
    return reachable[0] if reachable else None


def model_name(model: Model | None, model_id: str | None) -> Message | str:
    """How to name a model in a sentence: its display name, or the id as typed."""
    if model is not None:
        return Localised({"en": model.name.en, "zh_CN": model.name.zh_CN})
    return model_id or ""


def unreachable(model: Model | None, model_id: str | None) -> Message:
    """Why a job for `model` cannot go through this connection."""
    return tr(
        "{model} needs a Kling API key: this connection cannot reach it. Add a connection "
        "with a Kling API key, or choose another model.",
        model=model_name(model, model_id),
    )


@dataclass(frozen=True)
class Setting:
    """One parameter as things stand: what the model accepts (`spec`; None when the model
    is unknown or does not take it), why it cannot be used at all now (`off`), and the
    choices left (`allowed`; None: any the spec allows)."""

    param: Param
    spec: ParamSpec | None
    off: Message | None
    allowed: tuple[Any, ...] | None
    _now: Availability

    def why(self, value: Any) -> Message | None:
        """Why `value` cannot be chosen now, or None."""
        return self._now.refusal(self.param, value)


class Availability:
    """One operation, one model, one connection's API standard, the values as they are."""

    def __init__(
        self,
        op: Operation,
        catalogue: Catalogue,
        model_id: str | None,
        values: Mapping[str, Any],
        *,
        standard: str | None = None,
        standards: frozenset[str] | None = None,
    ) -> None:
        """`standard`: the API standard the request goes by, if known; `standards`: those
        the connection speaks (a form: a setting that would move the job to a route that
        carries it is not greyed)."""
        self.op = op
        self.catalogue = catalogue
        self.model_id = model_id
        self.values = dict(values)
        self.model_problems: list[Problem] = []
        self.model: Model | None = None
        self.capability: Capability | None = None
        self.name: Message | str = model_id or ""
        if op.uses_model:
            self._read_model()
        self.standards = standards
        if standard is None and standards is not None:
            standard = choose_standard(op, self.model, standards, self.values)
        self.standard = standard
        self.facts = {**self.values, STANDARD: standard} if standard else self.values

    # The model -------------------------------------------------------------------------

    def _read_model(self) -> None:
        op, catalogue, out = self.op, self.catalogue, self.model_problems
        model_id = self.model_id
        if not model_id:
            default = catalogue.default(op.name)
            if default is None:
                out.append(Problem("model_name", tr("Choose a model.")))
                return
            model_id = default.id
        if not isinstance(model_id, str) or not model_id.strip() or " " in model_id.strip():
            out.append(Problem("model_name", tr("A model id is one word, such as kling-3.0.")))
            self.name = str(model_id)
            return
        model = catalogue.model(op.name, model_id)
        self.model, self.name = model, model_name(model, model_id)
        if model is None:
            return  # "other model": the server decides
        if not model.offers(op.name):
            out.append(
                Problem(
                    "model_name", tr("{model} cannot do “{what}”.", model=self.name, what=op.title)
                )
            )
            return
        retirement = model.retirement(op.name)
        if retirement is not None:
            successor = catalogue.successor(op.name, model)
            out.append(
                Problem(
                    "model_name",
                    tr(
                        "Kling retired {model} on {date}. Choose {successor} instead.",
                        model=self.name,
                        date=retirement.on.isoformat(),
                        successor=model_name(successor, None) if successor else "",
                    ),
                )
            )
            return
        self.capability = model.capability(op.name)

    @property
    def reachable(self) -> bool:
        """Whether the connection can send this operation for this model at all."""
        return self.standard is not None

    # Parameters --------------------------------------------------------------------------

    def setting(self, param: Param) -> Setting:
        capability = self.capability
        spec = capability.spec(param.name) if capability is not None else None
        allowed = capability.allowed_values(param.name, self.facts) if capability else None
        limit = self._limit(param)
        if limit is not None:
            base = allowed if allowed is not None else (spec.values if spec else None)
            allowed = tuple(v for v in (base or limit) if v in limit)
        return Setting(param, spec, self.off(param), allowed, self)

    def off(self, param: Param) -> Message | None:
        """Why `param` cannot be used at all with this model, connection and values."""
        if self.capability is not None and self.capability.spec(param.name) is None:
            return self._who_takes_it(
                tr(
                    "{subject} cannot be used with {model}.", subject=param.subject, model=self.name
                ),
                param,
            )
        standard = self.standard
        if (
            standard is not None
            and standard not in param.standards
            and not self._route_carries(param)
        ):
            return tr(
                "{subject} cannot be sent through this connection: Kling's newer API has "
                "no such setting.",
                subject=param.subject,
            )
        if param.needs and not matches(param.needs, self.values):
            return param.needs_why or tr(
                "{subject} does not apply to the other settings.", subject=param.subject
            )
        return None

    def refusal(self, param: Param, value: Any) -> Message | None:
        """Why `value` cannot be given to `param` now (the connection's API standard, the
        model's rules, what the model accepts), or None."""
        limit = self._limit(param)
        if limit is not None and value not in limit:
            return tr(
                "{subject} cannot be {value} through this connection (that needs a Kling API "
                "key); choose {choices}.",
                subject=param.subject,
                value=param.words(value),
                choices=choice_words(param, limit),
            )
        capability = self.capability
        if capability is None:
            return None
        rule = capability.rule_against(param.name, value, self.facts)
        if rule is not None:
            return Localised({"en": rule.why.en, "zh_CN": rule.why.zh_CN})
        spec = capability.spec(param.name)
        if spec is not None and not param.kind.allowed(value, spec):
            return param.kind.refused(param, value, spec, self.name)
        return None

    def _limit(self, param: Param) -> tuple[Any, ...] | None:
        """What the connection's API standard allows of `param` whatever the model."""
        return self.op.standard_limits.get(self.standard or "", {}).get(param.name)

    def _route_carries(self, param: Param) -> bool:
        """Whether giving `param` would move the job to a route that carries it (known
        only when the connection's standards are)."""
        if not param.picks_route or self.standards is None:
            return False
        moved = choose_standard(self.op, self.model, self.standards, {param.name: [1]})
        return moved in param.standards

    def _who_takes_it(self, problem: Message, param: Param) -> Message:
        """ "X cannot be used with this model", and which live models take it, by name."""
        op = self.op
        takers = [
            m
            for m in self.catalogue.models_for(op.name)
            if (c := m.capability(op.name)) is not None and c.spec(param.name) is not None
        ]
        if not takers:
            return problem
        names: dict[str, Any] = {f"m{i}": model_name(m, m.id) for i, m in enumerate(takers[:3])}
        # "A or B or C", each name and the "or" in the user's language.
        either = Message("{or}".join(f"{{{key}}}" for key in names), {**names, "or": tr(" or ")})
        return tr("{problem} Choose {models} for it.", problem=problem, models=either)

    # A request ---------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Every problem of a request with these values, in parameter order, then the
        model's rules."""
        op = self.op
        out = list(self.model_problems)
        for key in self.values:
            if op.param(key) is None:
                out.append(
                    Problem(
                        key, tr("“{name}” is not a setting of {what}.", name=key, what=op.title)
                    )
                )
        for param in op.params:
            value = self.values.get(param.name)
            if value == "" and not isinstance(param.kind, TextKind):
                # Given, but as nothing (`--aspect-ratio ''`): not the same as not given.
                out.append(Problem(param.name, tr("{subject} is empty.", subject=param.subject)))
                continue
            if param.kind.empty(value):
                if param.required:
                    out.append(Problem(param.name, param.missing or _required(param)))
                continue
            problem = (
                param.kind.check(param, value)
                or self.off(param)
                or self.refusal_by_standard(param, value)
                or self._refused_by_model(param, value)
            )
            if problem is not None:
                out.append(Problem(param.name, problem))
        if self.capability is not None:
            for rule in self.capability.rules:
                broken = rule.broken_by(self.facts)
                if broken:
                    why = rule.why
                    out.append(Problem(broken[0], Localised({"en": why.en, "zh_CN": why.zh_CN})))
        return out

    def refusal_by_standard(self, param: Param, value: Any) -> Message | None:
        limit = self._limit(param)
        if limit is not None and value not in limit:
            return self.refusal(param, value)
        return None

    def _refused_by_model(self, param: Param, value: Any) -> Message | None:
        """What the model's spec says of `value` (its rules are said once, at the end)."""
        capability = self.capability
        spec = capability.spec(param.name) if capability is not None else None
        if spec is None:
            if self.op.uses_model:
                return None  # a model the catalogue does not know: the server decides
            # An operation without models: its own choices are the values there are.
            if param.choices and value not in param.choices:
                if len(param.choices) > LONGEST_SAID:
                    return tr(
                        "{subject} cannot be “{value}”: the app's list does not have it. Choose "
                        "one from the list, or update the model list.",
                        subject=param.subject,
                        value=value,
                    )
                return tr(
                    "{subject} cannot be {value}; choose {choices}.",
                    subject=param.subject,
                    value=param.words(value),
                    choices=choice_words(param, list(param.choices)),
                )
            return param.kind.without_spec(param, value)
        if param.kind.allowed(value, spec):
            return None
        return param.kind.refused(param, value, spec, self.name)


#: The most choices a refusal lists in words (a longer list, Kling's effects or voices, is
#: not read out).
LONGEST_SAID = 12


def _required(param: Param) -> Message:
    return tr("{subject} is needed.", subject=param.subject)
