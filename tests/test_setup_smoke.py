"""The set-up script installed what Qt needs: a widget shows offscreen."""

import os

from PySide6.QtWidgets import QApplication, QLabel, QWidget


def test_a_qt_widget_shows_offscreen(qtbot):
    widget = QWidget()
    widget.setWindowTitle("Grenzen")
    label = QLabel("Grenzen – Größe", widget)
    qtbot.addWidget(widget)

    widget.show()
    qtbot.waitExposed(widget)

    assert widget.isVisible()
    assert label.sizeHint().width() > 0  # fonts are there
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        assert QApplication.platformName() == "offscreen"
