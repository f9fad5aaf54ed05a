"""Placeholder: What matters to you (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class ValuesPage(StepPage):
    step_id = "values"
    TITLE = QT_TRANSLATE_NOOP("Steps", "What matters to you")

    def build(self) -> None:
        self.add_paragraph("...")
