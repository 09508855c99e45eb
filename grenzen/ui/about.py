"""About Grenzen: version, what it is, and the disclaimer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from grenzen import version
from grenzen.ui.i18n import translate


def about_box(parent: QWidget | None) -> QMessageBox:
    """Built apart from showing it, so screenshots and tests need no modal loop."""
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(translate("About", "About Grenzen"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64) if parent else box.iconPixmap())
    box.setText(f"<h3>Grenzen {version()}</h3>")
    box.setInformativeText(
        translate(
            "About",
            "A private journal, coach and exit planner for freelancers and consultants "
            "who are treated badly by a client.<br><br>"
            "Everything stays encrypted on this computer. Grenzen never connects to the "
            "internet and collects no data.<br><br>"
            "Dates and legal notes are orientation, not legal advice: check your contract "
            "and ask a lawyer when in doubt.",
        )
    )
    return box


def show_about(parent: QWidget | None) -> None:
    about_box(parent).exec()
