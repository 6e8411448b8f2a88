"""`kling-desktop generate KIND --from FILE`: a batch of jobs from a CSV or JSON Lines file
(one job a row, and a row per model with `--models`), planned before anything is sent.

A row's columns are the job's settings, named as the command line names them without
the dashes or as the parameters are named (`prompt`, `model`, `duration`,
`aspect_ratio` or `aspect-ratio`); a cell left empty takes the command line's value, so
`--duration 10 --from prompts.csv` gives every row ten seconds. Every row is checked as
`generate` checks its options; a row with a problem is named by its line and nothing is
sent for it. With `--max-units N` the batch stops, in file order, before the first job
whose estimated price would take it past N units (and a job whose price Kling decides
cannot be counted against a cap, so it is refused with one).

Qt-free: the command line (`cli.py`) reads the file, prints the plan, and runs the jobs.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Rows read from one file at most: a batch is a spreadsheet, not a database.
MAX_ROWS = 2000
TRUE, FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


class BatchFileError(Exception):
    """The file cannot be read as a batch at all (missing, not CSV or JSON Lines)."""


@dataclass
class Planned:
    line: int  # the row's line in the file
    request: Any  # operations.Request
    images: dict[str, Any]  # prepared input files by role, as `generate` has them
    units: float | None  # estimated; None when Kling's server decides
    pack: str | None
    label: str  # "line 3" or "line 3, kling-v2-6"


@dataclass
class Plan:
    jobs: list[Planned] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # "line 4: --duration: …"
    over_cap: list[str] = field(default_factory=list)  # rows left out by --max-units

    def total(self) -> dict[str, float]:
        """Estimated units by pack (video, image, audio) for the jobs to send."""
        out: dict[str, float] = {}
        for job in self.jobs:
            if job.pack and job.units is not None:
                out[job.pack] = round(out.get(job.pack, 0.0) + job.units, 2)
        return out

    def unpriced(self) -> int:
        return sum(job.units is None for job in self.jobs)


def read_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, {column: value}) for each row with anything in it."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BatchFileError(f"--from: there is no file {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BatchFileError(f"--from: {path} cannot be read as text ({exc})") from None
    rows = list(_jsonl(text) if path.suffix.lower() in (".jsonl", ".ndjson") else _csv(text))
    if not rows:
        raise BatchFileError(f"--from: {path} has no rows")
    if len(rows) > MAX_ROWS:
        raise BatchFileError(f"--from: {path} has {len(rows)} rows; a batch has at most {MAX_ROWS}")
    return rows


def _csv(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not any(f and f.strip() for f in reader.fieldnames):
        raise BatchFileError("--from: the first line of a CSV file names its columns")
    for row in reader:
        values = {(k or "").strip(): v for k, v in row.items() if k is not None}
        extra = row.get(None)  # a row with more cells than the header has columns
        if extra:
            values["\0"] = extra
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


def plan(
    args: argparse.Namespace,
    rows: list[tuple[int, dict[str, Any]]],
    options: dict[str, tuple[str, dict[str, Any]]],
    build: Callable[[argparse.Namespace], tuple[Any, dict[str, Any], list[str]]],
    price: Callable[[Any], tuple[float | None, str | None]],
) -> Plan:
    """The batch as it would go: each row (per model) checked by `build` (the command
    line's own), priced by `price`, and cut at `args.max_units`.

    `options` maps each column spelling this operation accepts to (the name argparse
    keeps its value under, the option's argparse settings)."""
    out = Plan()
    models = args.models or [None]
    spent = 0.0
    for line, row in rows:
        for model in models:
            label = f"line {line}" + (f", {model}" if model else "")
            ns, problems = _namespace(args, row, options)
            if model:
                ns.model = model
            if not problems:
                request, images, problems = build(ns)
            if problems:
                out.refused += [f"{label}: {p}" for p in problems]
                continue
            units, pack = price(request)
            if args.max_units is not None:
                if units is None:
                    out.refused.append(
                        f"{label}: its price is Kling's to decide, so it cannot be counted "
                        "against --max-units"
                    )
                    continue
                if out.over_cap or spent + units > args.max_units:
                    out.over_cap.append(
                        f"{label}: not sent: with it the batch would pass {args.max_units:g} "
                        f"units (about {spent + units:g})"
                    )
                    continue
                spent += units
            out.jobs.append(Planned(line, request, images, units, pack, label))
    return out


def _namespace(
    args: argparse.Namespace, row: dict[str, Any], options: dict[str, tuple[str, dict]]
) -> tuple[argparse.Namespace, list[str]]:
    ns = argparse.Namespace(**vars(args))
    problems = []
    row = dict(row)
    if "\0" in row:
        what = row.pop("\0")
        problems.append(
            f"this line is {what}" if isinstance(what, str) else "more cells than columns"
        )
    for column, raw in row.items():
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue  # empty: the command line's value
        key = column.strip().lstrip("-").replace("-", "_").lower()
        if key == "model":
            ns.model = str(raw).strip()
            continue
        found = options.get(key)
        if found is None:
            problems.append(f"column “{column}” is not a setting of {args.kind}")
            continue
        dest, settings = found
        try:
            setattr(ns, dest, _as_option(raw, settings))
        except (TypeError, ValueError, argparse.ArgumentTypeError) as exc:
            problems.append(f"{column}: {exc or 'not a value it takes'}")
    return ns, problems


def _as_option(raw: Any, settings: dict[str, Any]) -> Any:
    """A cell as argparse would have read it from the command line."""
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
    except ValueError:
        what = {int: "a whole number", float: "a number"}.get(convert, "a value it takes")
        raise ValueError(f"“{raw}” is not {what}") from None
