"""Step 4: an Option-Grid-style table: frequently asked questions as rows, the options as columns.

Built from wrapped labels in one grid (not a table view) so every cell wraps to the window width, nothing
scrolls sideways, and a screen reader reads each cell as "question — option: answer".
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .base import StepPage
from ..widgets.cards import FocusBox, card, label
from ..widgets.page_style import FitHeightMixin
from ..widgets.sources import marker_button

QUESTION_STRETCH = 4
OPTION_STRETCH = 5


class CompareGrid(QWidget):
    """The table. ``cells[(row id, option id)]`` is the answer label; ``question_labels[row id]``.

    Two arrangements of the same widgets: columns (options side by side, the Option Grid) when every column
    can be at least as wide as its longest word, otherwise stacked (each question, then each option's name
    and answer under it), so nothing is ever cut off or scrolls sideways at large text sizes."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        pack = page.ctx.pack
        tr_ = page.tr_
        self.setObjectName("compareGrid")
        self.setAccessibleName(tr_("Comparison table of the options"))
        from PySide6.QtGui import QAccessible
        from ..accessibility import set_role
        set_role(self, QAccessible.Role.Table)      # a table to screen readers, its labels the cells
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.g = QGridLayout(self)
        self.g.setContentsMargins(0, 0, 0, 0)
        self.g.setHorizontalSpacing(0)
        self.g.setVerticalSpacing(0)
        self.n = n = len(pack.options)
        self.cells: dict[tuple[str, str], QLabel] = {}
        self.question_labels: dict[str, QLabel] = {}
        self.header_labels: list[QLabel] = []
        self.row_frames: list[QFrame] = []
        self.marker_buttons = {}
        self._word_boxes: list[tuple[QWidget, QLabel, int]] = []     # (box, label, column in the grid)
        self.stacked = False
        self._col_min: list[int] = [0] * (n + 1)

        def box(widget: QWidget, col: int, margins=(7, 5, 7, 5)) -> QWidget:
            if isinstance(widget, QLabel):      # a cell a keyboard user can step to, with a focus ring
                wrap = FocusBox(widget, margins)
                self._word_boxes.append((wrap, widget, col))
            else:
                wrap = QWidget()
                wrap.setObjectName("compareCellBox")
                lay = QVBoxLayout(wrap)
                lay.setContentsMargins(*margins)
                lay.addWidget(widget)
                lay.addStretch(1)
            # widths come from the column stretch factors alone, not from the text: columns stay equal
            sp = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            sp.setHeightForWidth(True)
            wrap.setSizePolicy(sp)
            return wrap

        self.head_frame = QFrame()
        self.head_frame.setObjectName("card")
        self.head_frame.setProperty("compareHeader", True)
        self.row_frames_all: list[QFrame] = []
        frames = [self.head_frame]
        for _row in pack.comparison:
            f = QFrame()
            f.setObjectName("card")
            frames.append(f)
            self.row_frames.append(f)
        for f in frames:                        # frames first: the cells are drawn on top of them
            self.g.addWidget(f, 0, 0)

        ql = label(tr_("Questions people ask"), bold=True, object_name="compareHeader")
        self.head_boxes = [box(ql, 0)]
        self.header_labels.append(ql)
        for c, opt in enumerate(pack.options, start=1):
            lab = label(opt.name, bold=True, object_name="compareHeader")
            self.head_boxes.append(box(lab, c))
            self.header_labels.append(lab)

        # per question: the question box, per option (name box for the stacked layout, answer box), sources
        self.rows: list[dict] = []
        for row in pack.comparison:
            qlab = label(row.question, bold=True, object_name="compareQuestion")
            self.question_labels[row.id] = qlab
            entry = {"question": box(qlab, 0), "names": [], "answers": [], "sources": None}
            for c, opt in enumerate(pack.options, start=1):
                name = label(opt.name, bold=True, object_name="compareOptionName")
                name.setContentsMargins(3, 0, 3, 0)
                nbox = QWidget()
                nbox.setObjectName("compareCellBox")
                nl = QVBoxLayout(nbox)
                nl.setContentsMargins(7, 6, 7, 0)
                nl.addWidget(name)
                nbox.setVisible(False)
                entry["names"].append(nbox)
                ans = row.answer(opt.id)
                lab = label(ans, object_name="compareCell",
                                    accessible=f"{row.question} — {opt.name}: {ans}")
                lab.setProperty("optionId", opt.id)
                entry["answers"].append(box(lab, c))
                self.cells[(row.id, opt.id)] = lab
            btn = marker_button(pack, row.sources, tr_("Sources:"))
            if btn is not None:
                btn.set_context(row.question)
                self.marker_buttons[row.id] = btn
                entry["sources"] = box(btn, 0, (10, 0, 10, 8))
            self.rows.append(entry)
        for w in self._cells():
            self.g.addWidget(w, 0, 0)
        self._arrange(False, force=True)

    def _cells(self) -> list[QWidget]:
        out = list(self.head_boxes)
        for e in self.rows:
            out.append(e["question"])
            for nb, ab in zip(e["names"], e["answers"]):
                out += [nb, ab]
            if e["sources"] is not None:
                out.append(e["sources"])
        return out

    def _arrange(self, stacked: bool, force: bool = False) -> None:
        if stacked == self.stacked and not force:
            return
        g, n = self.g, self.n
        for w in [self.head_frame, *self.row_frames, *self._cells()]:
            g.removeWidget(w)
        for r in range(g.rowCount()):
            g.setRowMinimumHeight(r, 0)
        full = n + 1
        if not stacked:
            # header (row 0), a gap, then per question: answers (r), sources across the row (r + 1), a gap
            g.addWidget(self.head_frame, 0, 0, 1, full)
            for c, hb in enumerate(self.head_boxes):
                g.addWidget(hb, 0, c)
            g.setRowMinimumHeight(1, 6)
            for i, (e, frame) in enumerate(zip(self.rows, self.row_frames)):
                r = 2 + 3 * i
                g.addWidget(frame, r, 0, 2, full)
                g.addWidget(e["question"], r, 0)
                for c, (nb, ab) in enumerate(zip(e["names"], e["answers"]), start=1):
                    nb.setVisible(False)
                    g.addWidget(ab, r, c)
                if e["sources"] is not None:
                    g.addWidget(e["sources"], r + 1, 0, 1, full)
                g.setRowMinimumHeight(r + 2, 6)
        else:
            # per question: the question, then each option's name and answer, then the sources
            r = 0
            for e, frame in zip(self.rows, self.row_frames):
                start = r
                g.addWidget(e["question"], r, 0, 1, full)
                r += 1
                for nb, ab in zip(e["names"], e["answers"]):
                    nb.setVisible(True)
                    g.addWidget(nb, r, 0, 1, full)
                    g.addWidget(ab, r + 1, 0, 1, full)
                    r += 2
                if e["sources"] is not None:
                    g.addWidget(e["sources"], r, 0, 1, full)
                    r += 1
                g.addWidget(frame, start, 0, r - start, full)
                g.setRowMinimumHeight(r, 6)
                r += 1
        self.head_frame.setVisible(not stacked)
        for hb in self.head_boxes:
            hb.setVisible(not stacked)
        g.setColumnStretch(0, QUESTION_STRETCH)
        for c in range(1, n + 1):
            g.setColumnStretch(c, OPTION_STRETCH)
        self.stacked = stacked

    def columns_width(self) -> int:
        """The narrowest width at which the columns fit their longest words."""
        return sum(self._col_min)

    def fit_words(self) -> None:
        """No cell gets narrower than its longest word (so a word is never cut off)."""
        self._col_min = [0] * (self.n + 1)
        for wrap, lab, col in self._word_boxes:
            longest = _longest_word_px(lab)
            m = wrap.layout().contentsMargins()
            extra = m.left() + m.right() + 2 * wrap.frameWidth() + lab.contentsMargins().left() \
                + lab.contentsMargins().right() + 4
            wrap.setMinimumWidth(longest + extra)
            self._col_min[col] = max(self._col_min[col], longest + extra)
        if self.width() > 0:
            self._arrange(self.width() < self.columns_width())

    def minimumSizeHint(self):   # noqa: N802 - Qt name
        s = super().minimumSizeHint()
        s.setWidth(max(self._col_min, default=0))      # narrower than the columns: it stacks
        return s

    def resizeEvent(self, event):   # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._arrange(event.size().width() < self.columns_width())

    def showEvent(self, event):   # noqa: N802 - Qt name
        super().showEvent(event)
        self.fit_words()


_LONGEST: dict[tuple[str, str], int] = {}


def _longest_word_px(lab) -> int:
    """Width of the longest unbreakable piece of a label's text in its font (kept: the step is shown often,
    its words change only with the language or the text size)."""
    font = lab.font()
    key = (lab.text(), font.key())
    px = _LONGEST.get(key)
    if px is None:
        if len(_LONGEST) > 4000:
            _LONGEST.clear()
        fm = lab.fontMetrics()
        # lines may break after a space or a hyphen ("bone-" / "strengthening")
        pieces = re.findall(r"[^\s\-/]+[\-/]?", key[0])
        px = _LONGEST[key] = max((fm.horizontalAdvance(w) for w in pieces), default=0)
    return px


class ComparePage(FitHeightMixin, StepPage):
    step_id = "compare"
    issue_card_requested = Signal(str)      # a topic id (clinician mode: the window opens that issue card)

    def build(self) -> None:
        self.add_paragraph(self.tr_("Questions people often ask, with the answer for each option. Compare the "
                                    "answers to one question at a time. Numbers in brackets are sources: select "
                                    "them to read the references."))
        self.topic_buttons: dict[str, QPushButton] = {}
        if not self.ctx.kiosk and self.ctx.pack.topics:
            self._build_topic_buttons()
        self.grid = CompareGrid(self)
        self.body.addWidget(self.grid)
        self._build_guidance()

    def _build_guidance(self) -> None:
        """"What expert groups say": each group's summary, its date and its source (the cost cells point here)."""
        from ...present.guidance import guidance
        views = guidance(self.ctx.pack)
        if not views:
            return
        self.guidance_heading = self.add_heading(self.tr_("What expert groups say"), 2)
        self.add_paragraph(self.tr_("Guidelines and payers looked at the same evidence and came to different "
                                    "advice. None of them knows your situation: talk them through with your "
                                    "care team."))
        self.guidance_cards = {}
        for g in views:
            frame, lay = card(name=g.heading, object_name="guidanceCard")
            lay.addWidget(label(g.heading, bold=True, object_name="guidanceHeading"))
            lay.addWidget(label(g.summary, object_name="guidanceSummary",
                                        accessible=f"{g.heading}. {g.summary}"))
            btn = marker_button(self.ctx.pack, g.source_ids)
            if btn is not None:
                btn.set_context(g.heading)
                lay.addWidget(btn, 0, Qt.AlignmentFlag.AlignLeft)
            self.body.addWidget(frame)
            self.guidance_cards[g.id] = frame

    def _build_topic_buttons(self) -> None:
        """Clinician mode: one button per topic, opening that topic's issue card (View > Issue cards)."""
        from ..widgets.flow import FlowLayout
        row = QWidget()
        row.setObjectName("compareTopics")
        flow = FlowLayout(row, hspacing=8, vspacing=6)
        label = QLabel(self.tr_("Issue cards:"))
        label.setObjectName("compareTopicsLabel")
        f = label.font()
        f.setBold(True)
        label.setFont(f)
        label.setMinimumHeight(32)
        flow.addWidget(label)
        for t in self.ctx.pack.topics:
            b = QPushButton(t.label)
            b.setObjectName("compareTopicButton")
            b.setAccessibleName(self.tr_("Open the issue card: %1").replace("%1", t.label))
            b.setToolTip(self.tr_("Every option on this topic, side by side"))
            b.clicked.connect(lambda _=False, tid=t.id: self.issue_card_requested.emit(tid))
            flow.addWidget(b)
            self.topic_buttons[t.id] = b
        self.body.addWidget(row)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.install_local_style()
        ctx.display_changed.connect(self._display_changed)

    def _display_changed(self) -> None:
        QTimer.singleShot(0, self.grid.fit_words)      # once the new font has reached the labels
