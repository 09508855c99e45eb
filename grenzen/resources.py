"""Where the app's resources are: inside the installed package, or ``resources/`` in a checkout."""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path


def resource_root() -> Path:
    """The folder holding ``icons/``, ``translations/`` and ``content/``."""
    packaged = Path(str(importlib_resources.files("grenzen"))) / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
