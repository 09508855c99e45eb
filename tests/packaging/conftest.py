"""Packaging tests build real artefacts (wheel, PyInstaller bundle): minutes, not seconds.

They run only with ``GRENZEN_PACKAGING=1`` (the second step of ``.ci/run``); the everyday
test command skips them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ENABLED = os.environ.get("GRENZEN_PACKAGING") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason="packaging tests run with GRENZEN_PACKAGING=1")
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.packaging)
            if not ENABLED:
                item.add_marker(skip)
