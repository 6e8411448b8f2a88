"""Bringing the model catalogue up to date from an address set in Settings: fetched,
checked like any catalogue, and kept in the data folder only if it is valid and newer than
the one in use. Blocking: run it off the GUI thread."""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kling_desktop.api.download import fetch
from kling_desktop.api.errors import KlingError
from kling_desktop.catalogue import Catalogue, CatalogueError
from kling_desktop.text import Message, tr

log = logging.getLogger("kling_desktop.jobs")


@dataclass(frozen=True)
class CatalogueUpdate:
    catalogue: Catalogue | None  # the newer catalogue, now saved; None if nothing changed
    message: Message | None  # what to tell the user (a failure, or what changed)


def update(url: str, current: Catalogue, target: Path) -> CatalogueUpdate:
    """Fetch the catalogue at `url`; save it as `target` if it is valid and newer."""
    try:
        data = fetch(url)
        candidate = Catalogue.parse(data, url)
    except (KlingError, CatalogueError) as exc:
        log.warning("model list from %s not used: %s", url, exc)
        return CatalogueUpdate(None, exc.message)
    if candidate.version <= current.version:
        return CatalogueUpdate(None, None)
    _write(target, data)
    log.info("model list %s saved from %s", candidate.version, url)
    return CatalogueUpdate(
        Catalogue.parse(data, str(target)),
        tr("Kling's model list was brought up to date ({version}).", version=candidate.version),
    )


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".catalogue-", suffix=".json")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
