"""Placeholder: Your options (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class OptionsPage(StepPage):
    step_id = "options"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Your options")

    def build(self) -> None:
        self.add_paragraph("...")
