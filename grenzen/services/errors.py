"""Errors a service raises for the user; the CLI maps them to exit code 2."""

from __future__ import annotations

from grenzen.storage.errors import InvalidInput


class NotFound(InvalidInput):
    """The thing the user named does not exist."""
