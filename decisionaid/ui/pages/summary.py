"""Placeholder: Summary (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class SummaryPage(StepPage):
    step_id = "summary"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Summary")

    def build(self) -> None:
        self.add_paragraph("...")
