"""Clinician mode: File > Open hand-off code… . Type the code from the patient's kiosk summary; a code that
cannot be read gets its reason under the field, keeps what was typed, and changes nothing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from ..handoff import HandoffError, decode, fill


def tr(text: str) -> str:
    return QCoreApplication.translate("Handoff", text)


def error_text(exc: HandoffError) -> str:
    """The reason a code was refused, in the interface language."""
    return fill(tr(exc.template), exc.values)


class HandoffDialog(QDialog):
    def __init__(self, pack, today, parent=None):
        super().__init__(parent)
        self.pack, self.today = pack, today
        self.session = None
        self.setObjectName("handoffDialog")
        self.setWindowTitle(tr("Open hand-off code"))
        lay = QVBoxLayout(self)
        intro = QLabel(tr("Type the code from the patient's kiosk summary, or scan its QR code into this field. "
                          "Upper or lower case, hyphens and spaces are all fine. The answers open as a new "
                          "discussion."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.edit = QLineEdit()
        self.edit.setObjectName("handoffCodeEdit")
        self.edit.setAccessibleName(tr("Hand-off code"))
        self.edit.setMaxLength(80)
        self.edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX")
        self.edit.textEdited.connect(lambda _t: self.error.setVisible(False))
        lay.addWidget(self.edit)
        self.error = QLabel()
        self.error.setObjectName("handoffError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel#handoffError { color: #8e1b1b; font-weight: bold; }")
        self.error.setVisible(False)
        lay.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = box.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setText(tr("Open"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        box.accepted.connect(self.try_open)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.resize(620, 240)

    def try_open(self) -> bool:
        try:
            self.session = decode(self.pack, self.edit.text(), today=self.today)
        except HandoffError as exc:
            self.session = None
            self.error.setText(error_text(exc))
            self.error.setVisible(True)
            self.edit.setFocus()
            return False
        self.accept()
        return True
