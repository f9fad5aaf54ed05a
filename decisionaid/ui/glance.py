"""At a glance (clinician mode, View > At a glance, Ctrl+G): the whole consultation on one screen.

The short grid, the key comparisons as small paired icon arrays, what expert groups say, the points to discuss
from the situation answers and the patient's values, leaning and SURE result, on a 1280 x 800 screen at 100 %
text without scrolling. Every cell opens its full detail (its topic's issue card, or its step) on click, Enter
or Space, is reached with Tab and has a name for screen readers. Every word and number comes from
``decisionaid.present.glance``; the icon arrays are drawn from the key comparisons' ``ArmView`` numbers with the
charts' meanings: an option's colour means that option, grey a group that is not an option (a fake procedure,
usual care in a trial), hatching the top of a range.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout,
                               QWidget)

from .accessibility import set_role
from .style import THEMES
from .widgets.flow import FlowLayout
from .widgets.text import heading


def tr(text: str) -> str:
    return QCoreApplication.translate("Glance", text)


LEFT_SHARE = 60         # per cent of the width for the left column (the short grid and the key comparisons)
WIDE_CHARS = 150        # two columns from this many average characters of width
TEXT_FACTOR = 0.85      # the view's text, times the app's text size: dense, like a table (headings stay as they are)


def _plain(text: str, bold: bool = False, muted: bool = False) -> QLabel:
    lab = QLabel()
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setText(text)
    lab.setWordWrap(True)
    lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    f = QFont(QApplication.font())
    f.setPointSizeF(QApplication.font().pointSizeF() * TEXT_FACTOR)
    f.setBold(bold)
    lab.setFont(f)
    if muted:
        lab.setObjectName("glanceMuted")
    return lab


class Cell(QFrame):
    """One cell of the view: focusable, opens its detail on click, Enter, Return or Space (``activated``)."""

    activated = Signal()

    def __init__(self, name: str, text: str = "", bold: bool = False, kind: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("glanceCell")
        self.setProperty("glanceKind", kind)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(name)
        set_role(self, QAccessible.Role.Link)       # opens something, with the "Press" action (ui/accessibility)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 0, 4, 0)     # plus the padding of the style sheet
        self.body.setSpacing(2)
        self.label = None
        if text:
            self.label = _plain(text, bold=bold)
            self.body.addWidget(self.label)

    def text(self) -> str:
        return self.label.text() if self.label is not None else ""

    def click(self) -> None:
        self.activated.emit()

    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class IconArray(QWidget):
    """One group's count as a small icon array (100 icons, or 1,000 for rare events): filled = had this,
    hatched = may also have had this (top of the range), empty = did not; colour = the group."""

    def __init__(self, arm, denominator: int, colour: str, empty_fill: str, empty_edge: str, parent=None):
        super().__init__(parent)
        from ..charts import grid_shape, icon_counts
        self.cols, self.rows, _block = grid_shape(denominator)
        grow = QApplication.font().pointSizeF() / 11.0          # icons grow with the text size (4 px at 100 %)
        self.cell = max(4, round(4 * grow)) if self.cols <= 10 else max(2, round(2 * grow))
        self.had, self.frac, self.maybe = icon_counts(arm, denominator)
        self.colour, self.empty_fill, self.empty_edge = QColor(colour), QColor(empty_fill), QColor(empty_edge)
        self.setFixedSize(self.cols * self.cell, self.rows * self.cell)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event):  # noqa: N802 - Qt name
        p = QPainter(self)
        s = self.cell
        gap = 1 if s >= 4 else 0
        start = self.had + (1 if self.frac else 0)
        hatch = QBrush(self.colour, Qt.BrushStyle.BDiagPattern)
        for i in range(self.cols * self.rows):
            r, c = divmod(i, self.cols)
            rect = QRectF(c * s, (self.rows - 1 - r) * s, s - gap, s - gap)   # index 0 is bottom-left
            if i < self.had:
                p.fillRect(rect, self.colour)
            elif i < start + self.maybe:
                p.fillRect(rect, self.empty_fill)
                if i == self.had and self.frac:
                    p.fillRect(QRectF(rect.x(), rect.y(), rect.width() * self.frac, rect.height()), self.colour)
                else:
                    p.fillRect(rect, hatch)
                p.setPen(QPen(self.colour, 1))
                if gap:
                    p.drawRect(rect.adjusted(0, 0, -1, -1))
            else:
                p.fillRect(rect, self.empty_fill)
                if gap:
                    p.setPen(QPen(self.empty_edge, 1))
                    p.drawRect(rect.adjusted(0, 0, -1, -1))
        p.end()


class _FitWidget(QWidget):
    """No minimum height of its own, so the scroll area sizes it by height-for-width (wrapped text fits)."""

    def minimumSizeHint(self):  # noqa: N802 - Qt name
        return QSize(super().minimumSizeHint().width(), 0)


class GlanceView(_FitWidget):
    """The view's contents; ``refresh()`` rebuilds them from the pack and the session."""

    issue_card_requested = Signal(str)     # a topic id
    step_requested = Signal(str)           # a step id
    close_requested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("glanceView")
        self.cells: list[Cell] = []
        self.topic_buttons: dict[str, QPushButton] = {}
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(2, 2, 2, 2)
        self.outer.setSpacing(6)
        self.content = None
        self.refresh()

    # ---- building ------------------------------------------------------------------
    def refresh(self) -> None:
        import decisionaid.charts  # noqa: F401  (routes Qt's translator to the wording layer before it words)

        from ..present.glance import glance
        if self.content is not None:
            self.content.setParent(None)
            self.content.deleteLater()
        self.cells, self.topic_buttons = [], {}
        self.content = QWidget()
        lay = QVBoxLayout(self.content)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        pack, session = self.ctx.pack, self.ctx.session
        view = glance(pack, session)
        self.view = view
        self._apply_theme()

        self.top = QGridLayout()
        self.top.setHorizontalSpacing(8)
        self.top.setVerticalSpacing(4)
        self.title_label = heading(tr("At a glance"), 2)
        self.title_label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.cards = cards = QWidget()
        flow = FlowLayout(cards, hspacing=6, vspacing=4)
        flow.setContentsMargins(0, 0, 0, 0)
        lab = QLabel(tr("Issue cards:"))
        lab.setMinimumHeight(32)
        flow.addWidget(lab)
        for t in pack.topics:
            b = QPushButton(t.label)
            b.setObjectName("glanceTopic")
            b.setAccessibleName(tr("Open the issue card: {topic}").format(topic=t.label))
            b.clicked.connect(lambda _=False, tid=t.id: self.issue_card_requested.emit(tid))
            flow.addWidget(b)
            self.topic_buttons[t.id] = b
        self.close_button = QPushButton(tr("Back to the steps"))
        self.close_button.setAccessibleName(tr("Close At a glance and go back to the steps"))
        self.close_button.setToolTip(tr("Back to the steps (Esc)"))
        self.close_button.clicked.connect(self.close_requested.emit)
        lay.addLayout(self.top)

        # two columns when there is room (the short grid and the key comparisons | points to discuss, the patient
        # and what expert groups say), else one; Tab follows the reading order either way
        self.left = QWidget()
        left = QVBoxLayout(self.left)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(6)
        left.addWidget(self._grid_section(view))
        left.addWidget(self._key_section(view))
        left.addStretch(1)
        self.right = QWidget()
        right = QVBoxLayout(self.right)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(6)
        right.addWidget(self._points_section(view))
        right.addWidget(self._patient_section(view))
        right.addWidget(self._guidance_section(view))
        right.addStretch(1)
        self.columns = QGridLayout()
        self.columns.setHorizontalSpacing(14)
        self.columns.setVerticalSpacing(6)
        self.wide = None
        lay.addLayout(self.columns)
        lay.addStretch(1)
        self._arrange(self.width())
        chain = [*self.topic_buttons.values(), self.close_button, *self.cells]
        for a, b in zip(chain, chain[1:]):         # Tab: issue cards, then every cell in reading order
            QWidget.setTabOrder(a, b)
        self.outer.addWidget(self.content)

    def _apply_theme(self) -> None:
        th = THEMES.get(self.ctx.theme, THEMES["default"])
        pad = th.focus_width - 1
        self.setStyleSheet(
            # the focus ring replaces the border and the padding: the text does not move or re-wrap on focus
            f"QFrame#glanceCell {{ border: 1px solid {th.border}; border-radius: 4px; padding: {pad}px; }}"
            f"QFrame#glanceCell[glanceKind=\"head\"] {{ background: {th.button}; }}"
            f"QFrame#glanceCell[glanceKind=\"warning\"] {{ background: {th.warning_bg}; "
            f"border: 2px solid {th.warning_border}; }}"
            f"QFrame#glanceCell[glanceKind=\"discuss\"] {{ background: {th.info_bg}; }}"
            f"QFrame#glanceCell[glanceKind=\"line\"] {{ border: 1px solid transparent; }}"
            f"QFrame#glanceCell:focus {{ border: {th.focus_width}px solid {th.accent}; padding: 0px; }}"
            f"QLabel#glanceMuted {{ color: {th.muted}; }}"
            "QPushButton#glanceTopic { padding: 6px 8px; min-width: 0px; }")

    def _section(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(3)
        v.addWidget(heading(title, 3))
        return w, v

    def _cell(self, name: str, text: str = "", *, bold: bool = False, kind: str = "", topic: str = "",
              step: str = "") -> Cell:
        cell = Cell(name, text, bold, kind)
        if topic:
            cell.setToolTip(tr("Open the issue card"))
            cell.activated.connect(lambda tid=topic: self.issue_card_requested.emit(tid))
        elif step:
            cell.setToolTip(tr("Open the step"))
            cell.activated.connect(lambda sid=step: self.step_requested.emit(sid))
        self.cells.append(cell)
        return cell

    def _grid_section(self, view) -> QWidget:
        w, v = self._section(tr("The options in short"))
        if not view.grid:
            v.addWidget(_plain(tr("This content pack has no short grid."), muted=True))
            return w
        grid = QGridLayout()
        grid.setSpacing(3)
        grid.addWidget(QWidget(), 0, 0)
        for col, o in enumerate(self.ctx.pack.options, start=1):
            head = _plain(o.short_name, bold=True)
            grid.addWidget(head, 0, col)
            grid.setColumnStretch(col, 7)
        grid.setColumnStretch(0, 4)
        for r, row in enumerate(view.grid, start=1):
            grid.addWidget(self._cell(tr("{question}: open its issue card").format(question=row.full_question), row.question,
                                      bold=True, kind="head", topic=row.topic), r, 0)
            for col, c in enumerate(row.cells, start=1):
                grid.addWidget(self._cell(c.name, c.text, topic=row.topic), r, col)
        v.addLayout(grid)
        return w

    def _key_section(self, view) -> QWidget:
        from ..charts import CLAIM_GREY, COMPARATOR_GREY, RenderSettings, option_colours
        from ..charts import THEME as CHART_THEMES
        w, v = self._section(tr("Key comparisons"))
        if not view.key:
            v.addWidget(_plain(tr("This content pack marks no key comparisons."), muted=True))
            return w
        v.addWidget(_plain(tr("Each square is one person. Filled: had this. Hatched: may also have had this (top of the range). Grey: a group that is not one of the options."), muted=True))  # noqa: E501
        settings = RenderSettings(theme=self.ctx.theme, greyscale=self.ctx.greyscale)
        colours = option_colours(self.ctx.pack, settings)
        cth = CHART_THEMES[settings.theme]
        self.key_grid = QGridLayout()
        self.key_grid.setSpacing(4)
        self.key_cells: list[Cell] = []
        self.key_columns = 0
        topics = {o.id: o.topic for o in self.ctx.pack.outcomes}
        for i, row in enumerate(view.key):
            cell = self._cell(row.alt, topic=topics.get(row.outcome_id, ""))
            cell.body.addWidget(_plain(row.label, bold=True))
            arms = QHBoxLayout()
            arms.setSpacing(6)
            drawn = row.measure == "count" and not row.difference_only
            for a in row.arms:
                group = QHBoxLayout()
                group.setSpacing(4)
                if drawn and a.reported:
                    colour = CLAIM_GREY if row.is_claim else (colours[a.option][0] if a.option else COMPARATOR_GREY)
                    group.addWidget(IconArray(a, row.denominator, colour, cth.empty_fill,
                                              cth.empty_edge or "#8A8A8A"), 0, Qt.AlignmentFlag.AlignTop)
                figure = a.figure.replace(" ", "\u00a0")        # "21 in 100" stays on one line
                group.addWidget(_plain(f"{a.label}: {figure}"), 1, Qt.AlignmentFlag.AlignTop)
                arms.addLayout(group, 1)
            cell.body.addLayout(arms)
            if row.difference_only:
                cell.body.addWidget(_plain(row.comparison))
            cell.body.addWidget(_plain(f"{row.certainty} {row.markers}".strip(), muted=True))
            cell.body.addStretch(1)
            self.key_cells.append(cell)
        v.addLayout(self.key_grid)
        v.addStretch(1)
        self._place_keys(self._key_columns_for(self.width()))
        return w

    def _key_columns_for(self, width: int) -> int:
        """Four key comparisons across when each gets room for two arrays and their captions, else fewer."""
        need = max(c.minimumSizeHint().width() for c in self.key_cells) + 8 if self.key_cells else 1
        n = max(1, len(self.key_cells))
        for cols in (4, 2):
            if cols <= n and width >= cols * need:
                return cols
        return 1

    def _place_keys(self, cols: int) -> None:
        if cols == self.key_columns or not getattr(self, "key_cells", None):
            return
        self.key_columns = cols
        for c in self.key_cells:
            self.key_grid.removeWidget(c)
        for i in range(8):
            self.key_grid.setColumnStretch(i, 1 if i < cols else 0)
        for i, c in enumerate(self.key_cells):
            self.key_grid.addWidget(c, i // cols, i % cols)
        # Tab goes through the cells in reading order, whatever the columns

    def _arrange(self, width: int) -> None:
        """Side by side when the window is wide enough for the text size, else one column (it may scroll)."""
        wide = width >= self.fontMetrics().averageCharWidth() * WIDE_CHARS
        if wide != self.wide:
            self.wide = wide
            for x in (self.title_label, self.cards, self.close_button):
                self.top.removeWidget(x)
            top = Qt.AlignmentFlag.AlignTop
            self.top.addWidget(self.title_label, 0, 0, top)
            self.top.addWidget(self.close_button, 0, 2, top)
            if wide:        # the issue-card buttons between the title and Back to the steps
                self.top.addWidget(self.cards, 0, 1)
            else:           # on a row of their own
                self.top.addWidget(self.cards, 1, 0, 1, 3)
            self.top.setColumnStretch(1, 1)
            self.columns.removeWidget(self.left)
            self.columns.removeWidget(self.right)
            if wide:
                self.columns.addWidget(self.left, 0, 0)
                self.columns.addWidget(self.right, 0, 1)
                self.columns.setColumnStretch(0, LEFT_SHARE)
                self.columns.setColumnStretch(1, 100 - LEFT_SHARE)
            else:
                self.columns.addWidget(self.left, 0, 0)
                self.columns.addWidget(self.right, 1, 0)
                self.columns.setColumnStretch(0, 1)
                self.columns.setColumnStretch(1, 0)
        self._place_keys(self._key_columns_for(width * LEFT_SHARE // 100 if wide else width))

    def resizeEvent(self, event):  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _guidance_section(self, view) -> QWidget:
        w, v = self._section(tr("What expert groups say"))
        v.setSpacing(0)
        for g in view.guidance:
            cell = self._cell(g.line, g.line, kind="line", step="compare")
            cell.body.setContentsMargins(4, 0, 4, 0)
            v.addWidget(cell)
        return w

    def _points_section(self, view) -> QWidget:
        w, v = self._section(tr("Points to discuss"))
        box = QWidget()
        flow = FlowLayout(box, hspacing=4, vspacing=4)
        flow.setContentsMargins(0, 0, 0, 0)
        marks = {"warning": tr("Warning sign: {point}"), "discuss": tr("To discuss: {point}")}
        for p in view.points:
            shown = marks[p.kind].format(point=p.text) if p.kind else p.text
            name = " ".join((shown, *p.messages))
            cell = self._cell(name, shown, kind=p.kind, step="situation")
            cell.label.setWordWrap(False)
            if p.messages:
                cell.setToolTip("\n\n".join(p.messages))
            flow.addWidget(cell)
        if not view.points:
            v.addWidget(_plain(tr("No situation questions are listed for this view."), muted=True))
        v.addWidget(box)
        return w

    def _patient_section(self, view) -> QWidget:
        w, v = self._section(tr("The patient"))
        pt = view.patient
        if not pt.entered:
            v.addWidget(self._cell(tr("Values, leaning and SURE: not entered yet. Open the step What matters to you."),
                                   tr("Values, leaning and SURE: not entered yet."), step="values"))
            return w
        lines = []
        if pt.values:
            lines.append(tr("Top values: {values}").format(values="; ".join(pt.values)))
        bits = []
        if pt.leaning:
            bits.append(pt.leaning)
        if pt.sure:
            bits.append(tr("SURE: {sure}").format(sure=pt.sure))
        if bits:
            lines.append(" · ".join(bits))
        text = "\n".join(lines)
        step = "values" if pt.values else "leaning"
        v.addWidget(self._cell(text.replace("\n", ". "), text, step=step))
        return w

    # ---- keys ------------------------------------------------------------------------
    def keyPressEvent(self, event):  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def texts(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLabel)]


def make_scroll(view: GlanceView):
    from PySide6.QtWidgets import QScrollArea
    scroll = QScrollArea()
    scroll.setObjectName("scroll-glance")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(view)
    name = tr("At a glance")
    scroll.setAccessibleName(name)
    scroll.verticalScrollBar().setAccessibleName(name)
    scroll.horizontalScrollBar().setAccessibleName(name)
    view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    return scroll
