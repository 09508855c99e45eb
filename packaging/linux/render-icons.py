"""Render the app icon (resources/icons/grenzen.svg) into the hicolor PNG sizes.

Run from anywhere: ``python packaging/linux/render-icons.py``. It writes
``packaging/linux/icons/hicolor/<N>x<N>/apps/de.grenzen.Grenzen.png`` for every size and
copies the SVG to ``scalable/apps/``. Uses PySide6 (already a dependency) offscreen, so it
needs no display and no extra tool such as Inkscape or rsvg-convert.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "de.grenzen.Grenzen"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SOURCE = REPO / "resources" / "icons" / "grenzen.svg"
TARGET = HERE / "icons" / "hicolor"


def render(sizes: tuple[int, ...] = SIZES, target: Path = TARGET) -> list[Path]:
    # Before the first Qt import: no display is needed to paint into an image.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    written: list[Path] = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        out = target / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        # Straight (not premultiplied) alpha is what PNG stores.
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(out), "PNG"):
            raise SystemExit(f"cannot write {out}")
        written.append(out)
    scalable = target / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    written.append(scalable)
    return written


def main() -> int:
    for path in render():
        print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
