"""Where a vault lives by default: the platform's per-user application data folder.

Mirrors Qt's ``AppLocalDataLocation`` without importing Qt, so the CLI and the GUI agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

VAULT_ENV = "GRENZEN_VAULT"
APP_NAME = "Grenzen"


def platform_data_dir() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME / APP_NAME.lower()


def vault_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--vault`` wins, then ``GRENZEN_VAULT``, then the platform default."""
    chosen = explicit or os.environ.get(VAULT_ENV)
    return Path(chosen).expanduser().resolve() if chosen else platform_data_dir() / "vault"
