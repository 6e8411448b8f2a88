"""A new operation's module is found where it lies: neither the operations' registry nor
the sandbox's needs a line for it (`BUILT_IN` only orders the Make list)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

OPERATION = """
from kling_desktop.api.standards import LEGACY
from kling_desktop.operations import TEXT, Operation, Param, Route
from kling_desktop.operations.registry import register
from kling_desktop.text import tr

ECHO = register(
    Operation(
        name="echo",
        title=tr("Echo"),
        media="image",
        params=(Param("words", TEXT, tr("Words"), tr("The words"), required=True),),
        routes=(Route(LEGACY, "v1/echo", lambda e: {"words": e.request.get("words")}),),
        uses_model=False,
    )
)
"""

PRODUCT = """
from kling_desktop.sandbox.products import Product, register

ECHO = register(
    Product(kind="echo", media="image", legacy_path="echo", new_path=None, check=lambda *a: None)
)
"""


def test_a_module_dropped_in_is_an_operation_and_a_product(tmp_path):
    copy = tmp_path / "kling_desktop"
    shutil.copytree(ROOT / "kling_desktop", copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "operations" / "echo.py").write_text(OPERATION, encoding="utf-8")
    (copy / "sandbox" / "products" / "echo.py").write_text(PRODUCT, encoding="utf-8")
    program = (
        "from kling_desktop.operations import registry; from kling_desktop.sandbox import "
        "Sandbox; print(registry.names()[-1], registry.names()[0]); "
        "print(sorted(Sandbox().products))"
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    names, products = result.stdout.splitlines()
    assert names == "echo image"  # found, and after the listed ones
    assert "'echo'" in products
