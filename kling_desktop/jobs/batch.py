"""A batch: many jobs from one click or one command, planned before anything is sent.

Where the jobs come from: several prompts on one form's settings, the form's settings
across choices (models, lengths, shapes, variations of one prompt), or the rows of a CSV
or JSON Lines file whose columns are settings. Each becomes an `Item` (a request, or the
problems that keep it from being one); `plan` checks every request as `Request.validate`
does, prices it with the one estimate (`operations.pricing`) and, given a cap, leaves out
in order what would take the batch past it. Nothing here sends anything.

Qt-free: the window's "Several at once…" and `kling-desktop generate --from` both use it.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kling_desktop.catalogue import Catalogue, current
from kling_desktop.operations import Operation, Request
from kling_desktop.operations.pricing import estimate
from kling_desktop.text import Message, tr

#: Rows read from one file at most: a batch is a spreadsheet, not a database.
MAX_ROWS = 2000
#: Jobs one batch makes at most (a window's batch and a command line's alike).
MAX_JOBS = 500
#: Fields every job has its own of, which say nothing about what it makes.
BOOKKEEPING = frozenset({"external_task_id", "callback_url"})
TRUE, FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


class BatchFileError(Exception):
    """The file cannot be read as a batch at all (missing, not CSV or JSON Lines)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Item:
    """One job of a batch as planned: its request, or why it cannot be one."""

    label: str  # "line 3", "kling-v3 · 10 s", "2/4"
    request: Request | None
    problems: tuple[str, ...] = ()
    differs: str = ""  # the setting that sets it apart, in words ("Kling 3.0 · 9:16")


@dataclass(frozen=True)
class Planned:
    item: Item
    units: float | None  # estimated; None when Kling's server decides
    pack: str | None


@dataclass
class Plan:
    jobs: list[Planned] = field(default_factory=list)
    refused: list[tuple[str, Message | str]] = field(default_factory=list)  # (label, why)
    over_cap: list[tuple[str, Message | str]] = field(default_factory=list)  # over the cap

    def total(self) -> dict[str, float]:
        """Estimated units by pack (video, image, audio) of the jobs to send."""
        out: dict[str, float] = {}
        for job in self.jobs:
            if job.pack and job.units is not None:
                out[job.pack] = round(out.get(job.pack, 0.0) + job.units, 2)
        return out

    def unpriced(self) -> int:
        return sum(job.units is None for job in self.jobs)


def plan(
    items: Iterable[Item], *, max_units: float | None = None, catalogue: Catalogue | None = None
) -> Plan:
    """Check and price each item in order; with `max_units`, stop before the first job
    whose estimate would take the batch past it (a job priced by Kling's server cannot be
    counted against a cap, so it is refused then)."""
    catalogue = catalogue or current()
    out = Plan()
    spent = 0.0
    for item in items:
        if item.request is None or item.problems:
            out.refused += [(item.label, p) for p in item.problems or ("?",)]
            continue
        problems = item.request.validate(catalogue)
        if problems:
            out.refused += [
                (item.label, tr("{field}: {problem}", field=p.field, problem=p.message))
                for p in problems
            ]
            continue
        resolved = item.request.resolved(catalogue)
        found = estimate(resolved.op, catalogue, resolved.model, resolved.params)
        units = found.units if found is not None else None
        pack = found.pack if found is not None else None
        if max_units is not None:
            if found is None or units is None:
                why = tr("its price is Kling's to decide, so it cannot be counted against a cap")
                out.refused.append((item.label, why))
                continue
            if out.over_cap or spent + units > max_units:
                why = tr(
                    "not sent: with it the batch would pass {cap} units (about {total})",
                    cap=f"{max_units:g}",
                    total=f"{spent + units:g}",
                )
                out.over_cap.append((item.label, why))
                continue
            spent += units
        if len(out.jobs) >= MAX_JOBS:
            out.over_cap.append((item.label, tr("not sent: a batch has at most 500 jobs")))
            continue
        out.jobs.append(Planned(item, units, pack))
    return out


def tag_for(name: str) -> str:
    """The tag a batch's jobs share: the history filters to it."""
    return f"batch {name} {time.strftime('%Y-%m-%d %H:%M')}"


def is_batch_tag(tag: str) -> bool:
    return tag.startswith("batch ")


# Where the items come from ------------------------------------------------------------------


def prompts(base: Request, lines: Iterable[str]) -> list[Item]:
    """One job a prompt (an empty line is skipped), on the base request's settings."""
    texts = [line.strip() for line in lines if line.strip()]
    return [
        Item(f"{n}/{len(texts)}", base.replace(prompt=text), differs=_short(text))
        for n, text in enumerate(texts, start=1)
    ]


def across(
    base: Request,
    choices: Mapping[str, Iterable[Any]],
    *,
    copies: int = 1,
    words: Callable[[str, Any], str] = lambda name, value: str(value),
) -> list[Item]:
    """The base request for each combination of `choices` ({"model": [...],
    "duration": [5, 10]}: an empty list keeps the base's value), `copies` times each (a
    variation of one prompt is the same request again: Kling makes each anew)."""
    names = [name for name, values in choices.items() if list(values)]
    grids = [list(choices[name]) for name in names]
    out = []
    for combination in itertools.product(*grids):
        changes = dict(zip(names, combination, strict=True))
        differs = " · ".join(words(name, value) for name, value in changes.items())
        for copy in range(1, copies + 1):
            label = differs or str(copy)
            if copies > 1:
                label = f"{label} · {copy}/{copies}" if differs else f"{copy}/{copies}"
            out.append(Item(label, base.replace(**changes), differs=differs))
    return out


def from_rows(
    base: Request,
    rows: Iterable[tuple[int, Mapping[str, Any]]],
    columns: Mapping[str, tuple[str, Mapping[str, Any]]],
    convert: Callable[[str, Any], tuple[Any, list[str]]] = lambda name, value: (value, []),
) -> list[Item]:
    """One job a row: its cells (named by `columns`: spelling -> (parameter, its command
    line settings)) over the base request; `convert` turns a cell read as the command line
    reads it into the parameter's value."""
    out = []
    for line, row in rows:
        changes: dict[str, Any] = {}
        cells, problems = read_cells(row, columns, "here")
        for column, name, value in cells:
            if name != "model":
                value, bad = convert(name, value)
                problems += [f"{column}: {b}" for b in bad]
            changes[name] = value
        request = None if problems else base.replace(**changes)
        differs = _short(str(changes.get("prompt", ""))) if "prompt" in changes else ""
        out.append(Item(f"line {line}", request, tuple(problems), differs))
    return out


def columns_of(operation: Operation) -> dict[str, tuple[str, Mapping[str, Any]]]:
    """The columns a file may give for `operation`: each setting by its parameter's name and
    by its command line option without the dashes -> (parameter, option settings). Files
    (pictures) come from the form, not from a row."""
    out: dict[str, tuple[str, Mapping[str, Any]]] = {}
    for param in operation.params:
        option = param.kind.option(param)
        if option is None or param.is_file:
            continue
        found = (param.name, dict(option.settings))
        out[param.name] = found
        out[option.flag.lstrip("-").replace("-", "_")] = found
    return out


def reader_of(operation: Operation) -> Callable[[str, Any], tuple[Any, list[str]]]:
    """How a cell read as the command line reads it becomes the parameter's value."""

    def read(name: str, value: Any) -> tuple[Any, list[str]]:
        param = operation.param(name)
        return param.kind.from_command_line(param, value) if param is not None else (value, [])

    return read


def differing(
    settings: list[Mapping[str, Any]], words: Callable[[str, Any], str] | None = None
) -> list[str]:
    """For each job of a batch (its model and parameters), the settings that set it apart
    from the others, in words ("Kling 3.0 · 10 s"): what a grid shows under each result.
    Settings all the jobs share are left out; the prompt is shortened."""
    words = words or (
        lambda name, value: _short(str(value), 30) if name == "prompt" else str(value)
    )
    names: list[str] = []
    for job in settings:
        names += [n for n in job if n not in names and n not in BOOKKEEPING]
    apart = [
        n
        for n in sorted(names, key=lambda n: (n != "model", n != "prompt", n))
        if len({json.dumps(job.get(n), sort_keys=True, default=str) for job in settings}) > 1
    ]
    return [
        " · ".join(words(n, job[n]) for n in apart if job.get(n) not in (None, ""))
        for job in settings
    ]


def read_cells(
    row: Mapping[str, Any], columns: Mapping[str, tuple[str, Mapping[str, Any]]], where: str
) -> tuple[list[tuple[str, str, Any]], list[str]]:
    """(column, what it sets, value) for each cell of `row` with something in it, read as
    the command line reads its option (`columns`: spelling -> (what it sets, the option's
    settings); `model` sets the model), and the problems, each naming its column."""
    cells: list[tuple[str, str, Any]] = []
    problems: list[str] = []
    for column, raw in row.items():
        if column == "\0":
            problems.append(
                f"this line is {raw}" if isinstance(raw, str) else "more cells than columns"
            )
            continue
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue  # empty: the value it would have without the file
        key = column.strip().lstrip("-").replace("-", "_").lower()
        if key == "model":
            cells.append((column, "model", str(raw).strip()))
            continue
        found = columns.get(key)
        if found is None:
            problems.append(f"column “{column}” is not a setting {where}")
            continue
        target, settings = found
        try:
            cells.append((column, target, as_option(raw, settings)))
        except (TypeError, ValueError) as exc:
            problems.append(f"{column}: {exc}")
    return cells, problems


def _short(text: str, limit: int = 40) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


# Files ------------------------------------------------------------------------------------


def read_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, {column: value}) for each row of a CSV file (its first line names the
    columns) or a JSON Lines file (`.jsonl`: an object a line) with anything in it."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BatchFileError(tr("There is no file {path}.", path=str(path))) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BatchFileError(
            tr("{path} cannot be read as text ({error}).", path=str(path), error=str(exc))
        ) from None
    rows = list(_jsonl(text) if path.suffix.lower() in (".jsonl", ".ndjson") else _csv(text))
    if not rows:
        raise BatchFileError(tr("{path} has no rows.", path=str(path)))
    if len(rows) > MAX_ROWS:
        raise BatchFileError(
            tr(
                "{path} has {rows} rows; a batch reads at most 2000.",
                path=str(path),
                rows=len(rows),
            )
        )
    return rows


def _csv(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not any(f and f.strip() for f in reader.fieldnames):
        raise BatchFileError(tr("The first line of a CSV file names its columns."))
    for row in reader:
        values = {(k or "").strip(): v for k, v in row.items() if k is not None}
        extra = row.get(None)  # a row with more cells than the header has columns
        if extra:
            values["\0"] = len(extra)
        if any(isinstance(v, str) and v.strip() for v in values.values()) or extra:
            yield reader.line_num, values


def _jsonl(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            yield number, {"\0": "not JSON"}
            continue
        yield number, value if isinstance(value, dict) else {"\0": "not an object"}


def as_option(raw: Any, settings: Mapping[str, Any]) -> Any:
    """A cell as argparse would have read it from the command line (`settings` are the
    option's `add_argument` keywords)."""
    action = settings.get("action")
    if action in ("store_true", "store_false"):
        text = str(raw).strip().lower()
        if text not in TRUE + FALSE:
            raise ValueError(f"“{raw}” is neither true nor false")
        return (text in TRUE) == (action == "store_true")
    convert = settings.get("type") or str
    if action == "append" or settings.get("nargs") in ("+", "*"):
        items = raw if isinstance(raw, list) else [raw]
        return [_convert(convert, item) for item in items]
    if isinstance(raw, list | dict):
        raise ValueError("give one value here, not a list")
    value = _convert(convert, raw)
    choices = settings.get("choices")
    if choices is not None and value not in choices:
        raise ValueError(f"“{raw}” is not one of {', '.join(map(str, choices))}")
    return value


def _convert(convert: Callable[[str], Any], raw: Any) -> Any:
    try:
        return convert(raw.strip() if isinstance(raw, str) and convert is not str else str(raw))
    except (ValueError, TypeError):
        what = {int: "a whole number", float: "a number"}.get(convert, "a value it takes")
        raise ValueError(f"“{raw}” is not {what}") from None
