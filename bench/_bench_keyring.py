"""A keyring for benchmarks that start the app as separate processes: a JSON file named by
`KLING_BENCH_KEYRING`, chosen with `PYTHON_KEYRING_BACKEND=_bench_keyring.BenchKeyring`.
It only ever holds the obviously fake keys the benchmarks make up."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class BenchKeyring(KeyringBackend):
    priority = 1

    @property
    def _file(self) -> Path:
        return Path(os.environ["KLING_BENCH_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._file.read_text())
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._file.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._file.write_text(json.dumps(data))
