"""Models Kling has said are gone, remembered in the data folder: the catalogue in use
(and every later start's) treats them as retired, so forms and "Run again" move to their
successors, even before a newer model list says so."""

from __future__ import annotations

import json
import logging
import threading
from datetime import date
from pathlib import Path

from kling_desktop.catalogue import Catalogue

log = logging.getLogger("kling_desktop.jobs")


class Retirements:
    def __init__(self, file: Path) -> None:
        self.file = file
        self._lock = threading.Lock()

    def learned(self) -> dict[str, str]:
        """ "operation/model" -> the day Kling said the model was gone."""
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def applied(self, catalogue: Catalogue) -> Catalogue:
        """`catalogue` with every model learned to be gone retired."""
        for key, day in self.learned().items():
            operation, _, model_id = key.partition("/")
            try:
                catalogue = catalogue.retire(operation, model_id, date.fromisoformat(day))
            except ValueError:
                continue
        return catalogue

    def remember(self, operation: str, model_id: str) -> None:
        """Kling answered that `model_id` is gone (for `operation`), today."""
        with self._lock:
            learned = self.learned()
            learned.setdefault(f"{operation}/{model_id}", date.today().isoformat())
            try:
                tmp = self.file.with_suffix(".tmp")
                tmp.write_text(json.dumps(learned, indent=1), encoding="utf-8")
                tmp.replace(self.file)
            except OSError as exc:
                log.warning("could not remember that %s is retired: %s", model_id, exc)
