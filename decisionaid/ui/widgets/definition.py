"""The glossary definition dialog a tapped term opens (``text.Paragraph``)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from .text import escape


class DefinitionDialog(QDialog):
    def __init__(self, term, parent=None):
        super().__init__(parent)
        self.setWindowTitle(term.term)
        self.setModal(True)
        lay = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(term.term)}</b>")
        body = QLabel(escape(term.definition))
        body.setWordWrap(True)
        body.setMinimumWidth(320)
        lay.addWidget(title)
        lay.addWidget(body)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        box.button(QDialogButtonBox.StandardButton.Close).setMinimumHeight(48)
        lay.addWidget(box)
        self.setAccessibleName(self.tr("Definition of {term}").format(term=term.term))
