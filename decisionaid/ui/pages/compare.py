"""Placeholder: Compare the options (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class ComparePage(StepPage):
    step_id = "compare"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Compare the options")

    def build(self) -> None:
        self.add_paragraph("...")
