"""Writing export files readable by the user alone (0600); no Qt needed here."""

from __future__ import annotations

import os
from pathlib import Path


def write_private(path: Path | str, content: bytes) -> Path:
    """Write ``content`` with mode 0600: exports hold what the user wrote."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(content)
    return path
