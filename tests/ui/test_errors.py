"""Unexpected errors: logged and copyable without anything the user wrote."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from grenzen.ui.errors import safe_details, show_unexpected

SECRET = "Frau Weiß hat mich angeschrien"


def _raise_with_user_text() -> None:
    raise ValueError(f"INSERT failed [parameters: ('{SECRET}',)]")


def _caught() -> tuple[type[BaseException], object]:
    try:
        _raise_with_user_text()
    except ValueError:
        exc_type, _exc, tb = sys.exc_info()
        assert exc_type is not None
        return exc_type, tb
    raise AssertionError("unreachable")


def test_details_name_the_place_but_not_the_message() -> None:
    exc_type, tb = _caught()
    details = safe_details(exc_type, tb)  # type: ignore[arg-type]
    assert "ValueError" in details
    assert "_raise_with_user_text" in details
    assert SECRET not in details
    assert "parameters" not in details


def test_dialog_offers_copy_and_logs_without_user_text(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    exc_type, tb = _caught()

    def press_copy() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert box.objectName() == "unexpectedErrorDialog"
        [copy] = [b for b in box.buttons() if b.text() == "Copy details"]
        copy.click()

    QTimer.singleShot(0, press_copy)
    with caplog.at_level(logging.ERROR, logger="grenzen"):
        show_unexpected(None, exc_type, tb)  # type: ignore[arg-type]
    assert "ValueError" in QApplication.clipboard().text()
    assert SECRET not in QApplication.clipboard().text()
    assert "ValueError" in caplog.text
    assert SECRET not in caplog.text
