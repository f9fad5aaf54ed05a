"""Placeholder: Where you are leaning (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class LeaningPage(StepPage):
    step_id = "leaning"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Where you are leaning")

    def build(self) -> None:
        self.add_paragraph("...")
