"""`kling-desktop generate KIND --from FILE`: a batch of jobs from a CSV or JSON Lines file
(one job a row, and a row per model with `--models`), planned before anything is sent.

A row's columns are the job's settings, named as the command line names them without
the dashes or as the parameters are named (`prompt`, `model`, `duration`,
`aspect_ratio` or `aspect-ratio`); a cell left empty takes the command line's value, so
`--duration 10 --from prompts.csv` gives every row ten seconds. Every row is checked as
`generate` checks its options (`build`, the command line's own, reads its files too);
the plan itself (checks, prices, the `--max-units` cap) is `jobs.batch.plan`, the same as
the window's "Several at once…".
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from typing import Any

from kling_desktop.jobs.batch import Item, Plan, plan, read_cells


def planned(
    args: argparse.Namespace,
    rows: list[tuple[int, Mapping[str, Any]]],
    options: Mapping[str, tuple[str, Mapping[str, Any]]],
    build: Callable[[argparse.Namespace], tuple[Any, dict[str, Any], list[str]]],
) -> tuple[Plan, dict[str, dict[str, Any]]]:
    """(the batch's plan, each job's prepared input files by its label).

    `options` maps each column spelling this operation accepts to (the name argparse
    keeps its value under, the option's argparse settings)."""
    items, files = [], {}
    for line, row in rows:
        for model in args.models or [None]:
            label = f"line {line}" + (f", {model}" if model else "")
            ns, problems = _namespace(args, row, options)
            request = None
            if model:
                ns.model = model
            if not problems:
                request, files[label], problems = build(ns)
            items.append(Item(label, None if problems else request, tuple(problems)))
    return plan(items, max_units=args.max_units), files


def _namespace(
    args: argparse.Namespace,
    row: Mapping[str, Any],
    options: Mapping[str, tuple[str, Mapping[str, Any]]],
) -> tuple[argparse.Namespace, list[str]]:
    ns = argparse.Namespace(**vars(args))
    cells, problems = read_cells(row, options, f"of {args.kind}")
    for _, dest, value in cells:
        setattr(ns, dest, value)
    return ns, problems
