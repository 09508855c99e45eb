"""Errors shown in words, never as a traceback; unexpected ones logged without user text.

Exception messages can carry what the user wrote (SQL parameters, file contents), so the
log and the "copy details" text hold only the exception's type and where it happened.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from grenzen import version

log = logging.getLogger("grenzen")


def safe_details(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and stack frames (file, line, function) — no message, no locals."""
    frames = traceback.extract_tb(tb)
    lines = [f"Grenzen {version()}, Python {sys.version.split()[0]}", exc_type.__qualname__]
    lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """An expected problem, explained: wrong input, a file that cannot be read, …"""
    QMessageBox.warning(parent, title, message)


def show_unexpected(
    parent: QWidget | None,
    exc_type: type[BaseException],
    tb: TracebackType | None,
) -> None:
    details = safe_details(exc_type, tb)
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setObjectName("unexpectedErrorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Grenzen ran into an unexpected problem. What you saved before is safe in "
            "your vault. If it happens again, please report the details below "
            "(they contain none of your entries).",
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_excepthook() -> None:
    """Route exceptions that escape Qt slots into a calm dialog instead of a crash."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_unexpected(QApplication.activeWindow(), exc_type, tb)

    sys.excepthook = hook
