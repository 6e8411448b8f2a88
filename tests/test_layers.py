"""The layers hold (`lint-imports`, contracts in pyproject.toml), and a forbidden import is
caught: Qt inside the client, or the sandbox leaning on the app."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(script), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": str(script.parent)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_layers_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("api/task.py", "from PySide6 import QtCore", "import no Qt"),
        ("sandbox/rules.py", "from kling_desktop import text", "imports nothing of the app"),
        ("operations/base.py", "from kling_desktop import jobs", "Layers"),
        ("ui/video_player.py", "from kling_desktop.ui import viewer", "No import circles"),
        ("operations/kinds.py", "from kling_desktop.operations import base", "No import circles"),
        ("sandbox/rules.py", "from kling_desktop.sandbox import server", "No import circles"),
        ("runner.py", "from kling_desktop.ui import main_window", "Layers"),
        ("text.py", "from kling_desktop import catalogue", "Layers"),
    ],
)
def test_a_forbidden_import_breaks_the_build(tmp_path, module, line, contract):
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copytree(ROOT / "kling_desktop", copy / "kling_desktop")
    shutil.copy(ROOT / "pyproject.toml", copy)
    target = copy / "kling_desktop" / module
    target.write_text(line + "\n" + target.read_text(encoding="utf-8"), encoding="utf-8")
    result = lint_imports(copy)
    assert result.returncode != 0
    broken = [ln for ln in result.stdout.splitlines() if ln.endswith("BROKEN")]
    assert any(contract in ln for ln in broken), result.stdout
