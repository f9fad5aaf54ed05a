"""Placeholder: Check your understanding (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class KnowledgePage(StepPage):
    step_id = "knowledge"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Check your understanding")

    def build(self) -> None:
        self.add_paragraph("...")
