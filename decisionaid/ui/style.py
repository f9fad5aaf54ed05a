"""Themes and text size, applied app-wide at once (style sheet + application font).

Colours are chosen for WCAG 2.2 AA: text at least 4.5:1 against its background, UI parts 3:1
(tests compute the ratios from these very values). Meaning is never carried by colour alone: notices start
with a bold word and answered steps carry a check mark.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    text: str
    muted: str
    accent: str          # links, focus ring, selected step
    accent_text: str     # text on accent
    border: str
    button: str
    draft_bg: str
    draft_text: str
    info_bg: str
    warning_bg: str
    warning_border: str
    emergency_bg: str
    emergency_text: str
    focus_width: int


THEMES = {
    "default": Theme("default", window="#ffffff", text="#1a1a1a", muted="#4a4a4a", accent="#1f5fa8",
                     accent_text="#ffffff", border="#6b6b6b", button="#f0f3f7", draft_bg="#fff4ce",
                     draft_text="#3d2e00", info_bg="#eef3fa", warning_bg="#fdecea", warning_border="#a4262c",
                     emergency_bg="#8e1b1b", emergency_text="#ffffff", focus_width=3),
    "high-contrast": Theme("high-contrast", window="#ffffff", text="#000000", muted="#000000",
                           accent="#0000c0", accent_text="#ffffff", border="#000000", button="#ffffff",
                           draft_bg="#ffff00", draft_text="#000000", info_bg="#ffffff", warning_bg="#ffffff",
                           warning_border="#000000", emergency_bg="#000000", emergency_text="#ffffff",
                           focus_width=4),
}
TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)
BASE_POINT_SIZE = 11.0
KIOSK_POINT_SIZE = 16.0


def base_point_size(ctx) -> float:
    return (KIOSK_POINT_SIZE if ctx.kiosk else BASE_POINT_SIZE) * ctx.text_scale


def style_sheet(theme: Theme, pt: float, kiosk: bool) -> str:
    t = theme
    fw = t.focus_width
    target = 48 if kiosk else 32
    return f"""
QWidget {{ color: {t.text}; background: {t.window}; font-size: {pt:.1f}pt; }}
QLabel[headingLevel="1"] {{ font-size: {pt * 1.6:.1f}pt; font-weight: bold; }}
QLabel[headingLevel="2"] {{ font-size: {pt * 1.3:.1f}pt; font-weight: bold; }}
QLabel[headingLevel="3"] {{ font-size: {pt * 1.1:.1f}pt; font-weight: bold; }}
QLabel#progressLabel {{ font-weight: bold; }}
QLabel#handoffCode {{ font-size: {pt * 1.6:.1f}pt; font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }}
QPushButton, QToolButton {{ background: {t.button}; border: 1px solid {t.border}; border-radius: 4px;
    padding: 6px 14px; min-height: {target - 14 if not kiosk else target}px; min-width: {target}px; }}
QPushButton:checked {{ background: {t.accent}; color: {t.accent_text}; }}
QPushButton:disabled {{ color: {t.muted}; border-style: dashed; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QComboBox:focus, QSpinBox:focus, QListWidget:focus, QTableWidget:focus, QSlider:focus {{
    border: {fw}px solid {t.accent}; }}
QRadioButton:focus, QCheckBox:focus {{ border: {fw}px solid {t.accent}; border-radius: 4px; }}
QRadioButton, QCheckBox {{ padding: 4px; min-height: {target - 8 if not kiosk else target}px;
    min-width: {0 if not kiosk else target}px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {int(pt * 1.4)}px; height: {int(pt * 1.4)}px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox {{ border: 1px solid {t.border}; padding: 4px;
    min-height: {target - 12 if not kiosk else target}px; }}
QListWidget#stepList {{ border: 1px solid {t.border}; padding: 2px 6px; }}
QListWidget#stepList::item {{ padding: 6px 0px; min-height: {target - 16}px; }}
QListWidget#stepList::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
QTableWidget {{ gridline-color: {t.border}; }}
QHeaderView::section {{ background: {t.button}; font-weight: bold; border: 1px solid {t.border}; padding: 4px; }}
QFrame[noticeKind="draft"] {{ background: {t.draft_bg}; border: 2px solid {t.draft_text}; }}
QFrame[noticeKind="draft"] QLabel {{ background: {t.draft_bg}; color: {t.draft_text}; }}
QFrame[noticeKind="info"] {{ background: {t.info_bg}; border: 1px solid {t.border}; }}
QFrame[noticeKind="info"] QLabel {{ background: {t.info_bg}; }}
QFrame[noticeKind="warning"] {{ background: {t.warning_bg}; border: 3px solid {t.warning_border}; }}
QFrame[noticeKind="warning"] QLabel {{ background: {t.warning_bg}; }}
QFrame[noticeKind="emergency"] {{ background: {t.emergency_bg}; border: 3px solid {t.text}; }}
QFrame[noticeKind="emergency"] QLabel {{ background: {t.emergency_bg}; color: {t.emergency_text};
    font-weight: bold; }}
QFrame#card {{ border: 1px solid {t.border}; border-radius: 6px; }}
QFrame#card QLabel {{ background: transparent; }}
QLabel {{ background: transparent; }}
a {{ color: {t.accent}; }}
"""


def apply_style(app, ctx) -> None:
    """Apply theme and text size now, and again whenever the context's display settings change."""

    def apply() -> None:
        theme = THEMES.get(ctx.theme, THEMES["default"])
        pt = base_point_size(ctx)
        if abs(app.font().pointSizeF() - pt) > 0.01:
            f = QFont(app.font())
            f.setPointSizeF(pt)
            app.setFont(f)
        sheet = style_sheet(theme, pt, ctx.kiosk)
        if app.styleSheet() != sheet:       # re-polishing every widget is expensive: only when it changed
            app.setStyleSheet(sheet)

    apply()
    if not getattr(ctx, "_style_connected", False):
        ctx.display_changed.connect(apply)
        ctx._style_connected = True
