"""Render the SVG icon to a PNG of one size (make dist, for the hicolor icon theme): render_icon.py SVG PNG SIZE."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

src, out, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
app = QGuiApplication([])
renderer = QSvgRenderer(src)
if not renderer.isValid():
    sys.exit(f"render_icon: {src} is not a valid SVG")
image = QImage(size, size, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
renderer.render(painter)
painter.end()
if not image.save(out, "PNG"):
    sys.exit(f"render_icon: cannot write {out}")
