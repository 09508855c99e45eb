"""Light and dark palettes: warm greys and one soft accent, calm rather than loud.

Red is kept for what is really urgent (a close deadline), never for ordinary errors.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from grenzen.ui.settings import Theme


@dataclass(frozen=True, slots=True)
class Colours:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    highlight: str
    urgent: str
    good: str


LIGHT = Colours(
    window="#f4f1ec",
    base="#fbfaf7",
    alternate="#efebe4",
    text="#2f2b27",
    muted="#6e665e",
    accent="#5f7a6e",
    accent_text="#ffffff",
    border="#d8d2c8",
    highlight="#c9d8cf",
    urgent="#b3412e",
    good="#4f7a4a",
)
DARK = Colours(
    window="#24221f",
    base="#2c2a26",
    alternate="#312e2a",
    text="#ece7df",
    muted="#aaa197",
    accent="#8fb3a2",
    accent_text="#1c1b19",
    border="#45413b",
    highlight="#3f5a4e",
    urgent="#e07a63",
    good="#9cc79a",
)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def colours_for(theme: Theme) -> Colours:
    if theme is Theme.SYSTEM:
        return DARK if system_prefers_dark() else LIGHT
    return DARK if theme is Theme.DARK else LIGHT


def palette(colours: Colours) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, role.Window, QColor(colours.window))
        p.setColor(group, role.WindowText, QColor(colours.text))
        p.setColor(group, role.Base, QColor(colours.base))
        p.setColor(group, role.AlternateBase, QColor(colours.alternate))
        p.setColor(group, role.Text, QColor(colours.text))
        p.setColor(group, role.Button, QColor(colours.alternate))
        p.setColor(group, role.ButtonText, QColor(colours.text))
        p.setColor(group, role.Highlight, QColor(colours.highlight))
        p.setColor(group, role.HighlightedText, QColor(colours.text))
        p.setColor(group, role.ToolTipBase, QColor(colours.base))
        p.setColor(group, role.ToolTipText, QColor(colours.text))
        p.setColor(group, role.PlaceholderText, QColor(colours.muted))
        p.setColor(group, role.Link, QColor(colours.accent))
        p.setColor(group, role.Mid, QColor(colours.border))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(colours.muted))
    return p


def stylesheet(c: Colours, base_points: float = 10.0) -> str:
    """Generous spacing and soft borders. Qt style sheets know no relative font sizes, so
    titles are derived from the system's font size and still follow the user's choice."""
    title_points = round(base_points * 1.5)
    return f"""
    QMainWindow, QDialog {{ background: {c.window}; }}
    QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit {{
        background: {c.base}; border: 1px solid {c.border}; border-radius: 6px; padding: 4px 6px;
    }}
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus {{
        border: 1px solid {c.accent};
    }}
    QPushButton {{
        background: {c.alternate}; border: 1px solid {c.border}; border-radius: 6px;
        padding: 6px 14px;
    }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton[primary="true"] {{
        background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
        font-weight: 600;
    }}
    QToolBar {{ spacing: 6px; padding: 4px 8px; border: none; }}
    QToolButton {{ padding: 5px 12px; border-radius: 6px; }}
    QToolButton:hover {{ background: {c.highlight}; }}
    QToolButton[primary="true"] {{
        background: {c.accent}; color: {c.accent_text}; font-weight: 600;
    }}
    QPushButton:disabled, QPushButton[primary="true"]:disabled {{
        background: {c.alternate}; color: {c.muted}; border-color: {c.border};
    }}
    QListWidget#navigation {{
        background: {c.alternate}; border: none; padding: 8px 4px; outline: 0;
    }}
    QListWidget#navigation::item {{ padding-left: 12px; border-radius: 6px; }}
    QListWidget#navigation::item:selected {{ background: {c.highlight}; color: {c.text}; }}
    QTableView {{
        background: {c.base}; alternate-background-color: {c.alternate};
        border: 1px solid {c.border}; border-radius: 6px; gridline-color: {c.border};
    }}
    QHeaderView::section {{
        background: {c.alternate}; color: {c.muted}; border: none;
        border-bottom: 1px solid {c.border}; padding: 4px 6px;
    }}
    QLabel[role="muted"] {{ color: {c.muted}; }}
    QLabel[role="title"] {{ font-size: {title_points}pt; font-weight: 600; }}
    QLabel[role="quote"] {{
        border-left: 3px solid {c.accent}; padding-left: 8px; font-style: italic;
    }}
    QLabel[role="urgent"] {{ color: {c.urgent}; font-weight: 600; }}
    QLabel[role="good"] {{ color: {c.good}; }}
    QLabel[role="notice"] {{ font-weight: 600; }}
    QFrame[role="card"] {{
        background: {c.base}; border: 1px solid {c.border}; border-radius: 10px;
    }}
    QStatusBar {{ color: {c.muted}; }}
    """


def apply_theme(app: QApplication, theme: Theme) -> Colours:
    colours = colours_for(theme)
    app.setStyle("Fusion")  # the same look everywhere; the palette then decides colours
    app.setPalette(palette(colours))
    base = app.font().pointSizeF()
    app.setStyleSheet(stylesheet(colours, base if base > 0 else 10.0))
    return colours
