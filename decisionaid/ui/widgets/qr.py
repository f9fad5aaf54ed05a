"""A QR code drawn in memory (segno gives the modules; Qt paints them). Nothing is written to disk."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap


def qr_matrix(text: str) -> tuple:
    """The dark (1) and light (0) modules of a regular QR code of ``text`` (medium error correction)."""
    import segno                     # imported when a QR code is first asked for: start-up never needs it
    return tuple(tuple(row) for row in segno.make_qr(text, error="m").matrix)


def qr_pixmap(text: str, module_px: int = 8, quiet: int = 4) -> QPixmap:
    """The QR code as a black-on-white pixmap with the standard quiet zone of ``quiet`` modules."""
    m = qr_matrix(text)
    n = len(m)
    side = (n + 2 * quiet) * module_px
    img = QImage(side, side, QImage.Format.Format_RGB32)
    img.fill(QColor("#ffffff"))
    p = QPainter(img)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#000000"))
    for y, row in enumerate(m):
        for x, dark in enumerate(row):
            if dark:
                p.drawRect((x + quiet) * module_px, (y + quiet) * module_px, module_px, module_px)
    p.end()
    return QPixmap.fromImage(img)
