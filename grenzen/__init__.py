"""Grenzen: a private journal, coach and exit planner for freelancers."""

from importlib import metadata

try:
    __version__ = metadata.version("grenzen")
except metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+source"
