"""Break a safety rule on purpose and check that the engine's and the reliability tests
notice: each mutation is applied to a copy of the package, `tests/jobs` and
`tests/reliability` run against it, and a mutation they let pass is reported.

    python tools/mutations.py            # every mutation (a few minutes each)
    python tools/mutations.py ambiguous  # those whose name contains the word

Exit 1 when a mutation survives. Not part of CI (too slow); run it after changing the
client's submit or the engine's resume.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: name -> (file in the package, the text to replace, what replaces it)
MUTATIONS = {
    "a lost answer is never ambiguous (re-POST after a reset)": (
        "api/client.py",
        '    """Could this failed submit have created a task anyway?"""\n',
        '    """Could this failed submit have created a task anyway?"""\n    return False\n',
    ),
    "a job interrupted mid-submit is sent without a look-up": (
        "api/client.py",
        "        ambiguous = maybe_sent\n",
        "        ambiguous = False\n",
    ),
}


def run(name: str, file: str, old: str, new: str) -> bool:
    """True if the tests catch the mutation."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder)
        shutil.copytree(ROOT / "kling_desktop", copy / "kling_desktop")
        shutil.copytree(ROOT / "tests", copy / "tests")
        shutil.copy(ROOT / "pyproject.toml", copy)
        target = copy / "kling_desktop" / file
        text = target.read_text(encoding="utf-8")
        if old not in text:
            raise SystemExit(f"{name}: the code to mutate is not in {file} any more")
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-x",
                "-p",
                "no:cacheprovider",
                "tests/jobs",
                "tests/reliability",
            ],
            cwd=copy,
            env=env,
            capture_output=True,
            text=True,
        )
    caught = result.returncode != 0
    print(f"{'caught  ' if caught else 'SURVIVED'} {name}", flush=True)
    return caught


def main(words: list[str]) -> int:
    chosen = {n: m for n, m in MUTATIONS.items() if all(w in n for w in words)}
    survived = [name for name, mutation in chosen.items() if not run(name, *mutation)]
    return 1 if survived else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
