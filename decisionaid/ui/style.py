"""Themes and text size, applied app-wide at once (style sheet + application font).

Colours are chosen for WCAG 2.2 AA: text at least 4.5:1 against its background, UI parts 3:1
(tests compute the ratios from these very values). Meaning is never carried by colour alone: notices start
with a bold word and answered steps carry a check mark.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory


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
    focus_on_accent: str = "#000000"   # focus ring on an accent fill (checked button, selected step): 3:1 to both


THEMES = {
    "default": Theme("default", window="#ffffff", text="#1a1a1a", muted="#4a4a4a", accent="#1f5fa8",
                     accent_text="#ffffff", border="#6b6b6b", button="#f0f3f7", draft_bg="#fff4ce",
                     draft_text="#3d2e00", info_bg="#eef3fa", warning_bg="#fdecea", warning_border="#a4262c",
                     emergency_bg="#8e1b1b", emergency_text="#ffffff", focus_width=3),
    "high-contrast": Theme("high-contrast", window="#ffffff", text="#000000", muted="#000000",
                           accent="#0000c0", accent_text="#ffffff", border="#000000", button="#ffffff",
                           draft_bg="#ffff00", draft_text="#000000", info_bg="#ffffff", warning_bg="#ffffff",
                           warning_border="#000000", emergency_bg="#000000", emergency_text="#ffffff",
                           focus_width=4, focus_on_accent="#888888"),
}
TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)
BASE_POINT_SIZE = 11.0
KIOSK_POINT_SIZE = 16.0


def base_point_size(ctx) -> float:
    return (KIOSK_POINT_SIZE if ctx.kiosk else BASE_POINT_SIZE) * ctx.text_scale


HEADING_FACTORS = {1: 1.6, 2: 1.3, 3: 1.1}     # heading text size, times the body text size


def style_sheet(theme: Theme, kiosk: bool = False) -> str:
    """The app style sheet. It holds no text size: text follows the application font (``apply_style``), so a
    text-size change never re-polishes every widget; only a theme change replaces the sheet."""
    t = theme
    fw = t.focus_width
    target = 48 if kiosk else 32
    # Back / Next (and the kiosk's Continue) get the size the windows ask for: QSS min sizes are the content
    # box, without padding (6 + 6 px) and border (1 + 1 px)
    nav_w, nav_h = (200, 72) if kiosk else (140, 44)
    return f"""
QWidget {{ color: {t.text}; background: {t.window}; }}
QLabel[headingLevel="1"], QLabel[headingLevel="2"], QLabel[headingLevel="3"] {{ border: {fw}px solid transparent;
    border-radius: 4px; }}
QLabel[headingLevel="1"]:focus, QLabel[headingLevel="2"]:focus, QLabel[headingLevel="3"]:focus {{
    border-color: {t.accent}; }}
QLabel#progressLabel {{ font-weight: bold; }}
QLabel#handoffCode {{ font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }}
QPushButton, QToolButton {{ background: {t.button}; border: 1px solid {t.border}; border-radius: 4px;
    padding: 6px 14px; min-height: {target - 14 if not kiosk else target - 14}px; min-width: {target - 30 if kiosk else target}px; }}
QPushButton#backButton, QPushButton#nextButton {{ min-width: {nav_w - 30}px; min-height: {nav_h - 14}px; }}
QPushButton#sourceMarker {{ padding: 2px 6px; min-height: {target - 6}px; min-width: {target - 14}px; }}
QPushButton#continueButton {{ min-width: {240 - 30}px; min-height: {96 - 14}px; }}
QPushButton:checked {{ background: {t.accent}; color: {t.accent_text}; }}
QPushButton:disabled {{ color: {t.muted}; border-style: dashed; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QComboBox:focus, QSpinBox:focus, QListWidget:focus, QTableWidget:focus, QSlider:focus {{
    border: {fw}px solid {t.accent}; }}
QPushButton:checked:focus {{ border: {fw}px solid {t.focus_on_accent}; }}
QPushButton#glossaryLink {{ background: transparent; color: {t.accent}; text-decoration: underline;
    border: {fw}px solid transparent; border-radius: 3px; padding: 1px 4px; min-height: 20px; min-width: 0px; }}
QPushButton#glossaryLink:focus {{ border: {fw}px solid {t.accent}; background: {t.info_bg}; }}
QPushButton#glossaryLink:hover {{ background: {t.info_bg}; }}
QRadioButton, QCheckBox {{ padding: 4px; border: {fw}px solid transparent; border-radius: 4px;
    min-height: {target - 8 - 2 * fw if not kiosk else target - 8 - 2 * fw}px; min-width: {0 if not kiosk else target - 8 - 2 * fw}px; }}
QRadioButton:focus, QCheckBox:focus {{ border-color: {t.accent}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox {{ border: 1px solid {t.border}; padding: 4px;
    min-height: {target - 12 if not kiosk else target - 10}px; }}
QListWidget#stepList {{ border: 1px solid {t.border}; padding: 2px 6px; outline: 0; }}
QListWidget#stepList:focus {{ border: {fw}px solid {t.accent}; }}
QListWidget#stepList::item {{ padding: 6px 0px; min-height: {target - 16}px; }}
QListWidget#stepList::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
QListWidget#stepList::item:focus {{ padding: {6 - fw}px 0px; border-top: {fw}px solid {t.focus_on_accent};
    border-bottom: {fw}px solid {t.focus_on_accent}; }}
QTableWidget {{ gridline-color: {t.border}; selection-background-color: {t.accent}; selection-color: {t.accent_text}; }}
QHeaderView::section {{ background: {t.button}; font-weight: bold; border: 1px solid {t.border}; padding: 4px; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
QMenu {{ border: 1px solid {t.border}; }}
QMenu::item {{ padding: 6px 24px 6px 24px; }}
QScrollBar:vertical {{ background: {t.window}; border: 1px solid {t.border}; width: {target if kiosk else 16}px;
    margin: 0px; }}
QScrollBar:horizontal {{ background: {t.window}; border: 1px solid {t.border}; height: {target if kiosk else 16}px;
    margin: 0px; }}
QScrollBar::handle:vertical {{ background: {t.border}; min-height: {target}px; border: 2px solid {t.window};
    border-radius: 4px; }}
QScrollBar::handle:horizontal {{ background: {t.border}; min-width: {target}px; border: 2px solid {t.window};
    border-radius: 4px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QFrame[noticeKind="draft"] {{ background: {t.draft_bg}; border: 2px solid {t.draft_text}; }}
QFrame[noticeKind="draft"] QLabel {{ background: {t.draft_bg}; color: {t.draft_text}; }}
QFrame[noticeKind="info"] {{ background: {t.info_bg}; border: 1px solid {t.border}; }}
QFrame[noticeKind="info"] QLabel {{ background: {t.info_bg}; }}
QFrame[noticeKind="tell"] {{ background: {t.info_bg}; border: 2px solid {t.accent}; }}
QFrame[noticeKind="tell"] QLabel {{ background: {t.info_bg}; }}
QFrame[noticeKind="warning"] {{ background: {t.warning_bg}; border: 3px solid {t.warning_border}; }}
QFrame[noticeKind="warning"] QLabel {{ background: {t.warning_bg}; }}
QFrame[noticeKind="emergency"] {{ background: {t.emergency_bg}; border: 3px solid {t.text}; }}
QFrame[noticeKind="emergency"] QLabel {{ background: {t.emergency_bg}; color: {t.emergency_text};
    font-weight: bold; }}
QFrame#card {{ border: 1px solid {t.border}; border-radius: 6px; }}
QFrame#card QLabel {{ background: transparent; }}
QLabel {{ background: transparent; selection-background-color: {t.accent}; selection-color: {t.accent_text}; }}
a {{ color: {t.accent}; }}
"""


class IndicatorStyle(QProxyStyle):
    """The platform style, with check box and radio button indicators drawn in the theme's colours: a 2 px
    outline in ``theme.border`` (3:1 or more against the window, WCAG 1.4.11), filled with ``theme.accent``
    and marked in ``theme.accent_text`` when checked; sized from the control's own font, so a text-size change
    needs no new style sheet.

    It is the style of each check box and radio button (``ui/widgets/choices.py``: ``CheckBox``,
    ``RadioButton``), not of the whole application: Qt calls a Python style for every size and rectangle of
    every widget it lays out (about 1,000 calls, some 20 ms, before the first paint), and only these two
    kinds of widget need one."""

    def __init__(self, base_name: str = ""):
        base = QStyleFactory.create(base_name) if base_name else None
        super().__init__(base) if base is not None else super().__init__()
        self.theme = THEMES["default"]

    # ---- sizes -------------------------------------------------------------------------------------
    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 - Qt name
        if metric in _INDICATOR_METRICS:
            pt = (widget.font() if widget is not None else QApplication.font()).pointSizeF()
            return max(13, int(round(pt * 1.4)))
        return super().pixelMetric(metric, option, widget)

    # ---- drawing -----------------------------------------------------------------------------------
    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 - Qt name
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._draw_check(option, painter)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._draw_radio(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)

    def _colours(self, option):
        t = self.theme
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        edge = QColor(t.border if enabled else t.muted)
        return t, edge, enabled

    def _draw_check(self, option, painter) -> None:
        t, edge, enabled = self._colours(option)
        r = QRectF(option.rect).adjusted(1, 1, -1, -1)
        on = bool(option.state & QStyle.StateFlag.State_On)
        partial = bool(option.state & QStyle.StateFlag.State_NoChange)
        pen_w = max(2.0, r.width() / 12)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fill = QColor(t.accent) if (on or partial) and enabled else QColor(t.muted) if on or partial else QColor(t.window)
        painter.setPen(QPen(fill if on or partial else edge, pen_w))
        painter.setBrush(fill)
        inset = pen_w / 2
        painter.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), 3, 3)
        mark = QPen(QColor(t.accent_text), max(2.0, r.width() / 7))
        mark.setCapStyle(Qt.PenCapStyle.RoundCap)
        mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(mark)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x, y, w, h = r.x(), r.y(), r.width(), r.height()
        if on:
            path = QPainterPath(QPointF(x + w * 0.22, y + h * 0.52))
            path.lineTo(QPointF(x + w * 0.42, y + h * 0.72))
            path.lineTo(QPointF(x + w * 0.78, y + h * 0.30))
            painter.drawPath(path)
        elif partial:
            painter.drawLine(QPointF(x + w * 0.25, y + h / 2), QPointF(x + w * 0.75, y + h / 2))
        painter.restore()

    def _draw_radio(self, option, painter) -> None:
        t, edge, enabled = self._colours(option)
        r = QRectF(option.rect).adjusted(1, 1, -1, -1)
        side = min(r.width(), r.height())
        r = QRectF(r.center().x() - side / 2, r.center().y() - side / 2, side, side)
        on = bool(option.state & QStyle.StateFlag.State_On)
        pen_w = max(2.0, side / 12)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        mark = QColor(t.accent if enabled else t.muted)
        painter.setPen(QPen(mark if on else edge, pen_w))
        painter.setBrush(QColor(t.window))
        inset = pen_w / 2
        painter.drawEllipse(r.adjusted(inset, inset, -inset, -inset))
        if on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            d = side * 0.26
            painter.drawEllipse(r.adjusted(d, d, -d, -d))
        painter.restore()


_INDICATOR_METRICS = {QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
                      QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight}


def set_heading_level(widget, level: int) -> None:
    """Make ``widget`` a heading of ``level`` (1 to 3): bold and larger, following the text size."""
    widget.setProperty("headingLevel", level)
    size_heading(widget, level)


def set_text_factor(widget, factor: float) -> None:
    """Show ``widget``'s text ``factor`` times the text size (e.g. the hand-off code), following it."""
    widget.setProperty("textFactor", factor)
    size_text(widget)


def size_text(widget) -> None:
    """Headings (``headingLevel``) and larger text (``textFactor``) follow the text size: set when the
    property is (``set_heading_level``, ``set_text_factor``) and again on every text-size change."""
    level = widget.property("headingLevel")
    if level:
        size_heading(widget, level)
        return
    factor = widget.property("textFactor")
    if factor:
        f = QFont(widget.font())
        f.setPointSizeF(QApplication.font().pointSizeF() * float(factor))
        widget.setFont(f)


def size_heading(label, level) -> None:
    """A heading's font: bold, its level's factor times the application's text size."""
    try:
        factor = HEADING_FACTORS.get(int(level), 1.0)
    except (TypeError, ValueError):
        return
    pt = QApplication.font().pointSizeF() * factor
    f = label.font()
    if f.bold() and abs(f.pointSizeF() - pt) < 0.01:
        return
    f = QFont(f)
    f.setBold(True)
    f.setPointSizeF(pt)
    label.setFont(f)


_INDICATOR_STYLE: IndicatorStyle | None = None


def indicator_style() -> IndicatorStyle:
    """The one IndicatorStyle of the application, made on first use over the platform's own style (a widget
    does not own the style it is given: the application does)."""
    global _INDICATOR_STYLE
    if _INDICATOR_STYLE is None:
        app = QApplication.instance()
        base = (app.property("platformStyle") or "") if app is not None else ""
        _INDICATOR_STYLE = IndicatorStyle(base)
        if app is not None:     # Qt owns it from here: deleted with the application, after every widget
            _INDICATOR_STYLE.setParent(app)
    return _INDICATOR_STYLE


def _install(app) -> None:
    """Once per application, before the first style sheet: what every theme and text size relies on."""
    if app.property("platformStyle") is not None:
        return
    # the platform style's name, for IndicatorStyle's base (app.style() is the style sheet's once one is set)
    app.setProperty("platformStyle", app.style().name() if app.style() is not None else "")
    # fonts reach widgets under the style sheet by the ordinary parent-to-child propagation (Qt's default for
    # them is the style sheet's own font rules only), so the application font alone sets the text size
    app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
    from .accessibility import install
    install()


def apply_style(app, ctx) -> None:
    """Apply theme and text size now, and again whenever the context's display settings change.

    A text-size change sets the application font (and the headings' fonts) only; the style sheet, which
    re-polishes every widget when replaced, changes only with the theme."""

    def apply() -> None:
        theme = THEMES.get(ctx.theme, THEMES["default"])
        _install(app)
        style = indicator_style()
        pt = base_point_size(ctx)
        sheet = style_sheet(theme, ctx.kiosk)
        theme_changed = style.theme is not theme
        style.theme = theme
        if abs(app.font().pointSizeF() - pt) > 0.01:
            f = QFont(app.font())
            f.setPointSizeF(pt)
            app.setFont(f)
            for w in app.allWidgets():
                size_text(w)
        if app.styleSheet() != sheet:       # re-polishing every widget is expensive: only when it changed
            app.setStyleSheet(sheet)
        elif theme_changed:
            for w in app.topLevelWidgets():
                w.update()

    apply()
    if not getattr(ctx, "_style_connected", False):
        ctx.display_changed.connect(apply)
        ctx._style_connected = True
