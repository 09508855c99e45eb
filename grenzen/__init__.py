"""Grenzen: a private journal, coach and exit planner for freelancers."""

from __future__ import annotations


def version() -> str:
    """The installed version, looked up only when asked (the lookup costs ~35 ms)."""
    from importlib import metadata

    try:
        return metadata.version("grenzen")
    except metadata.PackageNotFoundError:  # running from a source tree without install
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'grenzen' has no attribute {name!r}")
