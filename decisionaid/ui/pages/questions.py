"""Placeholder: Questions for your doctor (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class QuestionsPage(StepPage):
    step_id = "questions"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Questions for your doctor")

    def build(self) -> None:
        self.add_paragraph("...")
