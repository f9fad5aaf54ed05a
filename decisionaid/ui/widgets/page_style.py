"""What the information steps add to a StepPage: local style rules (focus rings of read-only cells, radio
buttons), re-applied on a theme change, and no minimum height of their own in the resizable scroll area."""
from __future__ import annotations

from PySide6.QtCore import QSize


def local_style_sheet(ctx) -> str:
    """Rules the information pages add to the app style (theme colours from ``ui.style``)."""
    from ..style import THEMES
    t = THEMES.get(getattr(ctx, "theme", "default"), THEMES["default"])
    fw = t.focus_width
    return (
        f"QFrame#focusBox {{ border: {fw}px solid transparent; border-radius: 3px; background: transparent; }}\n"
        f"QFrame#focusBox[focused=\"true\"] {{ border-color: {t.accent}; }}\n"
        # radio buttons keep their size when focused: the focus ring recolours a transparent border
        f"QRadioButton {{ border: {fw}px solid transparent; border-radius: 4px; }}\n"
        f"QRadioButton:focus {{ border-color: {t.accent}; }}\n"
        f"QGroupBox[situationQuestion=\"true\"] {{ background: {t.window}; border: 1px solid {t.border}; "
        "border-radius: 6px; }\n"
        "QGroupBox QLabel, QWidget#compareCellBox, QWidget#sourceMarkers { background: transparent; }\n"
        f"QFrame#rowSeparator {{ color: {t.border}; }}\n")


class FitHeightMixin:
    """For a StepPage in the window's resizable scroll area.

    - No minimum height of its own, so the scroll area sizes the page by height-for-width. Otherwise every
      wrapped label's minimum height (worked out at a narrow width) adds up and leaves a long empty space
      under the content.
    - Adds the local style rules (focus rings for read-only cells, radio buttons) and re-applies them when
      the theme changes."""

    def install_local_style(self) -> None:
        self._apply_local_style()
        self.ctx.display_changed.connect(self._apply_local_style)

    def _apply_local_style(self) -> None:
        sheet = local_style_sheet(self.ctx)
        if self.styleSheet() != sheet:      # theme colours only: a text-size change leaves it alone
            self.setStyleSheet(sheet)

    def minimumSizeHint(self):   # noqa: N802 - Qt name
        s = super().minimumSizeHint()
        return QSize(s.width(), 0)
