"""Guards against a broken Qt binding that would crash the app after a while of use."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qapp) -> None:
    # PySide6 6.12.0 released one reference to None per call of a method returning
    # nothing; on Python 3.11 the process aborts once the count reaches zero.
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
