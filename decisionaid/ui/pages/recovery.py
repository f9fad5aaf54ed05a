"""Placeholder: Recovery (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class RecoveryPage(StepPage):
    step_id = "recovery"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Recovery")

    def build(self) -> None:
        self.add_paragraph("...")
