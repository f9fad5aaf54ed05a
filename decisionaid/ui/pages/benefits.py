"""Placeholder: Benefits and risks (replaced by the walkthrough work)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import StepPage


class BenefitsPage(StepPage):
    step_id = "benefits"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Benefits and risks")

    def build(self) -> None:
        self.add_paragraph("...")
