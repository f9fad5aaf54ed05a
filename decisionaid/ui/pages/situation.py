"""Placeholder: Your situation (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class SituationPage(StepPage):
    step_id = "situation"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Your situation")

    def build(self) -> None:
        self.add_paragraph("...")
