"""What import-linter cannot see at sub-package level: exports use QtGui, never widgets."""

from __future__ import annotations

import ast
from pathlib import Path

EXPORTS = Path(__file__).resolve().parents[1] / "grenzen" / "exports"


def test_exports_import_no_qt_widgets() -> None:
    offenders = []
    for path in EXPORTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith("PySide6.QtWidgets")]
    assert not offenders
