"""The model catalogue: which Kling models exist, what each accepts and what it costs.

Models are data, read from `models.json` beside this module, or from a newer catalogue the
user placed in the data folder or fetched. Nothing about a particular model is written in
Python: a form, a validation rule and a price all come from here. A model id the catalogue
does not know can still be sent; the server then decides.

The file is checked against `schema.json` when it loads (by `_validate.py`, the schema
turned into Python by tools/make_catalogue_validator.py), then for what a schema cannot
say (ids unique, defaults and successors that exist, ranges the right way round).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from kling_desktop.text import Message, tr

log = logging.getLogger("kling_desktop.catalogue")

FOLDER = Path(__file__).resolve().parent
SHIPPED = FOLDER / "models.json"
SCHEMA = FOLDER / "schema.json"
FILE_NAME = "catalogue.json"  # a newer catalogue in the data folder overrides the shipped one

PRESENT = "present"
ABSENT = "absent"


class CatalogueError(Exception):
    """A catalogue file that cannot be used, with the reason in words."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Words:
    """A sentence in English and Simplified Chinese."""

    en: str
    zh_CN: str

    def get(self, language: str) -> str:
        return self.zh_CN if language.startswith("zh") else self.en

    def __str__(self) -> str:
        return self.en


def is_set(value: Any) -> bool:
    """Whether a parameter counts as given: None, "" and empty lists do not."""
    return value is not None and value != "" and value != [] and value != ()


def matches(condition: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
    """Whether `values` (parameter -> value, missing = absent) meet every clause."""
    for name, wanted in condition.items():
        value = values.get(name)
        if wanted == PRESENT:
            ok = is_set(value)
        elif wanted == ABSENT:
            ok = not is_set(value)
        elif isinstance(wanted, Container) and not isinstance(wanted, str):
            ok = value in wanted  # a list of values (or the app's own lists, as a mapping)
        else:
            ok = value == wanted
        if not ok:
            return False
    return True


@dataclass(frozen=True)
class ParamSpec:
    """What one model accepts for one parameter: any value (`values` and the range None),
    one of `values`, or a number (a length, a count) between `min` and `max`. `mention`
    is how a legacy body's prompt names the n-th item (`<<<element_{n}>>>`), when the
    catalogue says: Kling's spelling can then change without a new release."""

    values: tuple[Any, ...] | None = None
    min: float | None = None
    max: float | None = None
    default: Any = None
    mention: str | None = None
    #: For a video: the shortest and the longest side it may have, in pixels.
    sides: tuple[int, int] | None = None

    def allows(self, value: Any) -> bool:
        if self.values is not None and value not in self.values:
            return False
        measure = len(value) if isinstance(value, str | list | tuple) else value
        if isinstance(measure, int | float) and not isinstance(measure, bool):
            if self.min is not None and measure < self.min:
                return False
            if self.max is not None and measure > self.max:
                return False
        return True


@dataclass(frozen=True)
class Most:
    """A rule's limit on how many: at most `max` pictures, shots or characters."""

    max: int

    def allows(self, value: Any) -> bool:
        return not isinstance(value, str | list | tuple) or len(value) <= self.max


@dataclass(frozen=True)
class Rule:
    """When `when` holds, each parameter of `then` may only take the values listed (False:
    must not be given at all; `Most`: at most so many); `why` says so in words."""

    when: Mapping[str, Any]
    then: Mapping[str, tuple[Any, ...] | bool | Most]
    why: Words

    def applies(self, values: Mapping[str, Any]) -> bool:
        return matches(self.when, values)

    def broken_by(self, values: Mapping[str, Any]) -> tuple[str, ...]:
        """The parameters of `then` that `values` break (empty if the rule does not apply)."""
        if not self.applies(values):
            return ()
        out = []
        for name, allowed in self.then.items():
            value = values.get(name)
            if not is_set(value):
                continue
            if allowed is False or (
                not allowed.allows(value) if isinstance(allowed, Most) else value not in allowed  # type: ignore[operator]
            ):
                out.append(name)
        return tuple(out)


@dataclass(frozen=True)
class Price:
    """Units charged: the first row whose condition holds, per second of video, per result
    or per task, from the resource pack of `pack` (video, image or audio)."""

    per: str
    pack: str
    rows: tuple[tuple[Mapping[str, Any], float], ...]

    def units(self, values: Mapping[str, Any], *, seconds: float = 0, results: int = 1) -> float:
        rate = next((units for when, units in self.rows if matches(when, values)), 0.0)
        if self.per == "second":
            return rate * seconds
        if self.per == "result":
            return rate * results
        return rate


@dataclass(frozen=True)
class Retirement:
    on: date
    successor: str


@dataclass(frozen=True)
class Capability:
    """What one model accepts for one operation, and what it costs."""

    params: Mapping[str, ParamSpec] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()
    price: Price | None = None
    retired: Retirement | None = None

    def spec(self, name: str) -> ParamSpec | None:
        return self.params.get(name)

    def defaults(self) -> dict[str, Any]:
        return {n: s.default for n, s in self.params.items() if s.default is not None}

    def allowed_values(self, name: str, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """The values of choice parameter `name` allowed with the rest of `values` as they
        are (rules included); None when the parameter is not a choice here."""
        spec = self.params.get(name)
        if spec is None or spec.values is None:
            return None
        allowed = spec.values
        for rule in self.rules:
            limit = rule.then.get(name)
            if limit is None or limit is False or isinstance(limit, Most):
                continue
            if rule.applies(values):
                allowed = tuple(v for v in allowed if v in limit)
        return allowed

    def most(self, name: str, values: Mapping[str, Any]) -> int | None:
        """How many `name` may hold with the rest of `values` as they are (its own maximum,
        lowered by the rules that apply; 0 when a rule forbids it); None when unlimited."""
        spec = self.params.get(name)
        limit = spec.max if spec is not None else None
        for rule in self.rules:
            allowed = rule.then.get(name)
            if not (allowed is False or isinstance(allowed, Most)) or not rule.applies(values):
                continue
            cap = 0 if allowed is False else allowed.max  # type: ignore[union-attr]
            limit = cap if limit is None else min(limit, cap)
        return int(limit) if limit is not None else None

    def rule_against(self, name: str, value: Any, values: Mapping[str, Any]) -> Rule | None:
        """The rule that forbids `name` = `value` given the rest of `values`, if one does
        (a value False forbids the parameter itself)."""
        for rule in self.rules:
            limit = rule.then.get(name)
            if limit is None or not rule.applies(values):
                continue
            if limit is False or (
                not limit.allows(value) if isinstance(limit, Most) else value not in limit
            ):
                return rule
        return None


@dataclass(frozen=True)
class Model:
    id: str  # the catalogue's key, what the history records
    ids: Mapping[str, str]  # API standard -> the id sent on it
    name: Words
    description: Words
    released: date
    badges: tuple[str, ...]
    retired: Retirement | None
    operations: Mapping[str, Capability]

    def offers(self, operation: str) -> bool:
        return operation in self.operations

    def capability(self, operation: str) -> Capability | None:
        return self.operations.get(operation)

    def retirement(self, operation: str) -> Retirement | None:
        capability = self.operations.get(operation)
        return (capability.retired if capability else None) or self.retired

    def live_for(self, operation: str) -> bool:
        return self.offers(operation) and self.retirement(operation) is None

    def id_for(self, standard: str) -> str | None:
        return self.ids.get(standard)


@dataclass(frozen=True)
class Voice:
    """A voice Kling's speech speaks in: `id` is sent as `voice_id`, `languages` are the
    `voice_language` values it speaks ("en", "zh")."""

    id: str
    name: Words
    languages: tuple[str, ...]


@dataclass(frozen=True)
class Effect:
    """One of Kling's effect scenes: `id` is sent as `effect_scene`; it takes one picture
    or two (side by side, left then right)."""

    id: str
    name: Words
    pictures: int
    retired: date | None = None


class Catalogue:
    """Every model the app knows, looked up by operation and id; and the lists Kling keeps
    changing (speech voices, effect scenes)."""

    def __init__(
        self,
        models: Iterable[Model],
        defaults: Mapping[str, str],
        *,
        version: str,
        source: str = "shipped",
        general: Mapping[str, Price] | None = None,
        voices: Iterable[Voice] = (),
        effects: Iterable[Effect] = (),
    ) -> None:
        self.models = tuple(models)
        self.defaults = dict(defaults)
        self.version = version
        self.source = source
        #: What operations without a model cost (extending a picture, say), by name.
        self.general = dict(general or {})
        self.voices = {v.id: v for v in voices}
        self.effects = {e.id: e for e in effects}
        self._by_id = {m.id: m for m in self.models}

    def __repr__(self) -> str:
        return f"Catalogue(version={self.version!r}, models={len(self.models)}, {self.source})"

    def get(self, model_id: str) -> Model | None:
        return self._by_id.get(model_id)

    def model(self, operation: str, model_id: str | None) -> Model | None:
        """The model `model_id` names for `operation`: by the catalogue's id first, then by
        an id it is sent under (the legacy `kling-v2-6` names Kling 2.6). None when unknown."""
        if not model_id:
            return None
        found = self._by_id.get(model_id)
        if found is not None and found.offers(operation):
            return found
        for model in self.models:
            if model.offers(operation) and model_id in model.ids.values():
                return model
        return found

    def capability(self, operation: str, model_id: str | None) -> Capability | None:
        model = self.model(operation, model_id)
        return model.capability(operation) if model else None

    def models_for(self, operation: str, *, live_only: bool = True) -> list[Model]:
        """The models offering `operation`, newest first."""
        chosen = [
            m
            for m in self.models
            if m.offers(operation) and (m.live_for(operation) or not live_only)
        ]
        return sorted(chosen, key=lambda m: (m.released, m.id), reverse=True)

    def operations(self) -> set[str]:
        return {name for m in self.models for name in m.operations}

    def default(self, operation: str) -> Model | None:
        chosen = self._by_id.get(self.defaults.get(operation, ""))
        if chosen is not None and chosen.live_for(operation):
            return chosen
        live = self.models_for(operation)
        return live[0] if live else None

    def retire(self, operation: str, model_id: str, on: date) -> Catalogue:
        """This catalogue with `model_id` retired for `operation` (Kling said so before the
        list did): its successor is the default, or the newest other live model."""
        model = self.model(operation, model_id)
        if model is None or not model.live_for(operation):
            return self
        others = [m for m in self.models_for(operation) if m.id != model.id]
        default = self._by_id.get(self.defaults.get(operation, ""))
        successor = default if default is not None and default is not model else None
        successor = successor or (others[0] if others else None)
        if successor is None:
            return self
        capability = replace(model.operations[operation], retired=Retirement(on, successor.id))
        retired = replace(model, operations={**model.operations, operation: capability})
        defaults = dict(self.defaults)
        if defaults.get(operation) == model.id:
            defaults[operation] = successor.id
        return Catalogue(
            [retired if m is model else m for m in self.models],
            defaults,
            version=self.version,
            source=self.source,
            general=self.general,
            voices=self.voices.values(),
            effects=self.effects.values(),
        )

    def successor(self, operation: str, model: Model) -> Model | None:
        """The live model to use instead of retired `model` (itself when it is live)."""
        seen: set[str] = set()
        current: Model | None = model
        while current is not None and current.id not in seen:
            if current.live_for(operation):
                return current
            seen.add(current.id)
            retirement = current.retirement(operation)
            current = self._by_id.get(retirement.successor) if retirement else None
        return self.default(operation)

    # Reading ------------------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str | bytes, source: str, *, checked: bool = False) -> Catalogue:
        """Build a catalogue from JSON text, or raise `CatalogueError` saying what is wrong.
        `checked`: the text is known to meet the schema (the shipped file, which a test
        checks), so the schema check, and the ~20 ms of loading it at start-up, is skipped."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise CatalogueError(
                tr("The model list {source} is not valid JSON: {error}", source=source, error=exc)
            ) from None
        try:
            if not checked:
                _validator()(data)
        except Exception as exc:  # fastjsonschema.JsonSchemaException
            raise CatalogueError(
                tr(
                    "The model list {source} does not have the expected form: {error}",
                    source=source,
                    error=getattr(exc, "message", str(exc)),
                )
            ) from None
        catalogue = cls(
            (_model(m) for m in data["models"]),
            data["defaults"],
            version=data["version"],
            source=source,
            general={
                name: _price(op["price"])
                for name, op in data.get("general", {}).items()
                if op.get("price")
            },
            voices=(
                Voice(v["id"], _words(v["name"]), tuple(v["languages"]))
                for v in data.get("voices", ())
            ),
            effects=(
                Effect(
                    e["id"],
                    _words(e["name"]),
                    int(e["pictures"]),
                    date.fromisoformat(e["retired"]) if e.get("retired") else None,
                )
                for e in data.get("effects", ())
            ),
        )
        problems = catalogue.problems()
        if problems:
            raise CatalogueError(
                tr(
                    "The model list {source} is inconsistent: {problems}",
                    source=source,
                    problems="; ".join(problems),
                )
            )
        return catalogue

    @classmethod
    def load(cls, path: str | Path, *, checked: bool = False) -> Catalogue:
        path = Path(path)
        try:
            text = path.read_bytes()
        except OSError as exc:
            raise CatalogueError(
                tr(
                    "The model list {source} cannot be read ({reason}).",
                    source=str(path),
                    reason=exc.strerror or type(exc).__name__,
                )
            ) from None
        return cls.parse(text, str(path), checked=checked)

    def problems(self) -> list[str]:
        """What a schema cannot check: unique ids, existing defaults and successors, sane
        ranges and defaults."""
        out = []
        seen: set[str] = set()
        for model in self.models:
            if model.id in seen:
                out.append(f"model {model.id} is listed twice")
            seen.add(model.id)
        for operation, model_id in self.defaults.items():
            model = self._by_id.get(model_id)
            if model is None or not model.live_for(operation):
                out.append(f"the default for {operation}, {model_id}, is not a live model of it")
        for model in self.models:
            for operation, capability in model.operations.items():
                retirement = model.retirement(operation)
                if retirement and retirement.successor not in self._by_id:
                    out.append(f"{model.id}: successor {retirement.successor} is not listed")
                for name, spec in capability.params.items():
                    if spec.min is not None and spec.max is not None and spec.min > spec.max:
                        out.append(f"{model.id} {operation} {name}: min is above max")
                    if spec.default is not None and not spec.allows(spec.default):
                        out.append(f"{model.id} {operation} {name}: the default is not allowed")
        return out


def _words(data: Mapping[str, str]) -> Words:
    return Words(data["en"], data["zh_CN"])


def _values(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _condition(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _values(v) for k, v in data.items()}


def _retirement(data: Mapping[str, str] | None) -> Retirement | None:
    if not data:
        return None
    return Retirement(date.fromisoformat(data["on"]), data["successor"])


def _param(data: Any) -> ParamSpec:
    if data is True:
        return ParamSpec()
    values = data.get("values")
    return ParamSpec(
        values=tuple(values) if values is not None else None,
        min=data.get("min"),
        max=data.get("max"),
        default=data.get("default"),
        mention=data.get("mention"),
        sides=tuple(data["sides"]) if data.get("sides") else None,
    )


def _limit(value: Any) -> tuple[Any, ...] | bool | Most:
    if value is False:
        return False
    if isinstance(value, dict):
        return Most(int(value["max"]))
    return tuple(value)


def _price(data: Mapping[str, Any]) -> Price:
    return Price(
        data["per"],
        data["pack"],
        tuple((_condition(row.get("if", {})), float(row["units"])) for row in data["rows"]),
    )


def _capability(data: Mapping[str, Any]) -> Capability:
    price = data.get("price")
    return Capability(
        params={name: _param(spec) for name, spec in data.get("params", {}).items()},
        rules=tuple(
            Rule(
                _condition(r["if"]), {k: _limit(v) for k, v in r["then"].items()}, _words(r["why"])
            )
            for r in data.get("rules", ())
        ),
        price=_price(price) if price else None,
        retired=_retirement(data.get("retired")),
    )


def _model(data: Mapping[str, Any]) -> Model:
    return Model(
        id=data["id"],
        ids=dict(data["ids"]),
        name=_words(data["name"]),
        description=_words(data["description"]),
        released=date.fromisoformat(data["released"]),
        badges=tuple(data.get("badges", ())),
        retired=_retirement(data.get("retired")),
        operations={name: _capability(op) for name, op in data["operations"].items()},
    )


def _validator():
    from kling_desktop.catalogue._validate import validate

    return validate


# The catalogue in use ------------------------------------------------------------------------

_current: Catalogue | None = None


@cache
def shipped() -> Catalogue:
    """The catalogue that came with this version of the app."""
    return Catalogue.load(SHIPPED, checked=True)


def current() -> Catalogue:
    """The catalogue the app uses now: the shipped one unless `install` chose another."""
    return _current if _current is not None else shipped()


def install(catalogue: Catalogue | None) -> None:
    """Use `catalogue` from now on (None: back to the shipped one)."""
    global _current
    _current = catalogue


def newest(override: Path) -> tuple[Catalogue, Message | None]:
    """The catalogue to use given a possible override file: the override when it is valid
    and not older than the shipped one, else the shipped one, with the reason why the
    override was not used (None when there is none to report)."""
    base = shipped()
    if not override.exists():
        return base, None
    try:
        candidate = Catalogue.load(override)
    except CatalogueError as exc:
        log.warning("model list %s not used: %s", override, exc)
        return base, exc.message
    if candidate.version < base.version:
        log.info(
            "model list %s (%s) is older than the app's own (%s); using the app's",
            override,
            candidate.version,
            base.version,
        )
        return base, None
    return candidate, None
