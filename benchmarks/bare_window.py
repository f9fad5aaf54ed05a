"""The baseline for start-up ratios: create QApplication, show a QLabel, quit from a zero-delay timer after
exec() starts."""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello")
label.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
