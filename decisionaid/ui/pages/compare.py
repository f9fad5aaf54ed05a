"""Step 4: an Option-Grid-style table: frequently asked questions as rows, the options as columns.

Built from wrapped labels, so every cell wraps to the window width and nothing scrolls sideways; side by side
they sit in the cells of a table widget, so a screen reader gets a real table (see CompareGrid). On Tab, each
cell reads as "question — option: answer".
"""
from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QLabel, QPushButton, QSizePolicy,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from .base import StepPage
from ..widgets.cards import FocusBox, card, label
from ..widgets.page_style import FitHeightMixin
from ..widgets.sources import marker_button

QUESTION_STRETCH = 4
OPTION_STRETCH = 5


class _Table(QTableWidget):
    """The side-by-side arrangement: a real table to screen readers (role table with the Table interface: rows,
    columns, cell look-up, column headers), drawn by the same labels as before, placed in its cells."""

    def __init__(self, rows: int, cols: int, parent=None):
        super().__init__(rows, cols, parent)
        self.setObjectName("compareGrid")
        self.setShowGrid(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.horizontalHeader().hide()           # the header card above draws the headers; these name them
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab moves through the cells' labels and the source markers like any other widgets, and on out of the
        # table: the table itself takes no focus and keeps no Tab of its own (no keyboard trap)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAutoScroll(False)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTableWidget#compareGrid { background: transparent; border: none; }")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    stacked_rects: dict | None = None            # stacked arrangement: (row, column) -> where the cell is drawn

    def visualRect(self, index):   # noqa: N802 - Qt name
        """Stacked, the cells are drawn one under the other (the table's rows and columns stay the same, so a
        screen reader still gets the same table); side by side, where the table puts them."""
        if self.stacked_rects is not None:
            return self.stacked_rects.get((index.row(), index.column()), QRect())
        return super().visualRect(index)

    def place_cells(self) -> None:
        self.updateEditorGeometries()            # the cells' widgets go where visualRect says

    def wheelEvent(self, event):   # noqa: N802 - Qt name
        event.ignore()                           # it never scrolls: the page around it does

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible):   # noqa: N802 - Qt name
        pass                                     # the whole table is always shown: never scroll its inside


def _cell_item(text: str) -> QTableWidgetItem:
    """A cell's text for screen readers only (the label in the cell draws it)."""
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


class CompareGrid(QWidget):
    """The table. ``cells[(row id, option id)]`` is the answer label; ``question_labels[row id]``.

    Two arrangements of the same widgets: columns (options side by side, the Option Grid) when every column
    can be at least as wide as its longest word, otherwise stacked (each question, then each option's name
    and answer under it), so nothing is ever cut off or scrolls sideways at large text sizes.

    Both arrangements are one ``QTableWidget`` (``table``, object name ``compareGrid``) whose cells hold the
    labels: a screen reader gets a real table (Qt's own table interface; PySide6 cannot implement
    ``QAccessibleTableInterface``), with one row per question, one column per option in pack order, the option
    names as column headers, and a "Sources" row under each question's answers. Stacked, the table only draws
    its cells one under the other (``_Table.visualRect``), so a screen reader gets the same table. Each
    question is drawn as a card behind its cells."""

    GAP = 6

    def __init__(self, page, parent=None):
        super().__init__(parent)
        pack = page.ctx.pack
        tr_ = page.tr_
        self.setObjectName("compareGridBox")
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self.n = n = len(pack.options)
        self.cells: dict[tuple[str, str], QLabel] = {}
        self.question_labels: dict[str, QLabel] = {}
        self.header_labels: list[QLabel] = []
        self.row_frames: list[QFrame] = []
        self.marker_buttons = {}
        self._word_boxes: list[tuple[QWidget, QLabel, int]] = []     # (box, label, column in the grid)
        self.stacked = False
        self._hcache: dict = {}             # heights for a width, until the fonts or the arrangement change
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
            sp = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            sp.setHeightForWidth(True)
            wrap.setSizePolicy(sp)
            return wrap

        # the header card (side by side): its boxes are placed by hand over the table's columns
        self.head_frame = QFrame(self)
        self.head_frame.setObjectName("card")
        self.head_frame.setProperty("compareHeader", True)
        ql = label(tr_("Questions people ask"), bold=True, object_name="compareHeader")
        self.head_boxes = [box(ql, 0)]
        self.header_labels.append(ql)
        for c, opt in enumerate(pack.options, start=1):
            lab = label(opt.name, bold=True, object_name="compareHeader")
            self.head_boxes.append(box(lab, c))
            self.header_labels.append(lab)
        for hb in self.head_boxes:
            hb.setParent(self.head_frame)

        # per question: the question box, per option (name box for the stacked layout, answer box), sources
        self.rows: list[dict] = []
        for row in pack.comparison:
            qlab = label(row.question, bold=True, object_name="compareQuestion")
            self.question_labels[row.id] = qlab
            entry = {"question": box(qlab, 0), "names": [], "answers": [], "sources": None, "id": row.id}
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
                entry["sources_text"] = tr_("Sources:") + " " + btn.text()
            self.rows.append(entry)

        # side by side: the table; each question a row (question, answers), then its sources across the row
        self.table = _Table(0, n + 1, self)
        self.table.setAccessibleName(tr_("Comparison table of the options"))
        for c, lab in enumerate(self.header_labels):
            self.table.setHorizontalHeaderItem(c, QTableWidgetItem(lab.text()))
        self._holders: dict[tuple[int, int], QWidget] = {}
        self._table_rows: list[tuple[int, int | None]] = []    # per question: its answers row, its sources row
        r = 0
        for e in self.rows:
            sources_row = r + 1 if e["sources"] is not None else None
            self._table_rows.append((r, sources_row))
            r += 2 if sources_row is not None else 1
        self.table.setRowCount(r)
        for f in range(len(self.rows)):       # the cards first: the cells are drawn on top of them
            frame = QFrame(self.table.viewport())
            frame.setObjectName("card")
            self.row_frames.append(frame)
        for e, (ar, sr) in zip(self.rows, self._table_rows):
            qid = e["id"]
            row = next(x for x in pack.comparison if x.id == qid)
            self.table.setItem(ar, 0, _cell_item(row.question))
            # the question is the row's header too: a screen reader says it with each answer
            self.table.setVerticalHeaderItem(ar, QTableWidgetItem(row.question))
            for c, opt in enumerate(pack.options, start=1):
                self.table.setItem(ar, c, _cell_item(row.answer(opt.id)))
            for c in range(n + 1):
                self._holder(ar, c)
            if sr is not None:
                self.table.setSpan(sr, 0, 1, n + 1)
                for c in range(n + 1):       # the cells under the span too: each is a child in the tree
                    self.table.setItem(sr, c, _cell_item(e["sources_text"]))
                self.table.setVerticalHeaderItem(sr, QTableWidgetItem(tr_("Sources:") + " " + row.question))
                self._holder(sr, 0)

        # every box lives in its cell for good: the arrangement only moves the cells (see _Table.visualRect)
        for e, (ar, sr) in zip(self.rows, self._table_rows):
            self._holders[(ar, 0)].layout().addWidget(e["question"])
            for c, (nb, ab) in enumerate(zip(e["names"], e["answers"]), start=1):
                self._holders[(ar, c)].layout().addWidget(nb)     # the option's name: shown when stacked
                self._holders[(ar, c)].layout().addWidget(ab)
            if sr is not None:
                self._holders[(sr, 0)].layout().addWidget(e["sources"])
        self._arrange(False, force=True)

    def _holder(self, r: int, c: int) -> QWidget:
        h = QWidget()
        h.setObjectName("compareCellBox")
        lay = QVBoxLayout(h)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.table.setCellWidget(r, c, h)
        self._holders[(r, c)] = h
        return h

    def _arrange(self, stacked: bool, force: bool = False) -> None:
        if stacked == self.stacked and not force:
            return
        self._hcache.clear()
        for e in self.rows:
            for nb in e["names"]:
                nb.setVisible(stacked)
        self.head_frame.setVisible(not stacked)
        self.stacked = stacked
        self._place()
        self.updateGeometry()

    # ---- side by side: column widths, row heights and the cards, worked out for a width -------------------
    def _widths(self, width: int) -> list[int]:
        stretch = [QUESTION_STRETCH] + [OPTION_STRETCH] * self.n
        total = sum(stretch)
        out = [width * s // total for s in stretch]
        out[-1] += width - sum(out)
        return out

    @staticmethod
    def _h(w: QWidget, width: int) -> int:
        h = w.heightForWidth(width)         # every box has a height for its width (-1 would mean none)
        return max(h if h >= 0 else w.sizeHint().height(), 0)

    def _heights(self, width: int):
        key = ("columns", width)
        if key not in self._hcache:         # asked by the page's layout and by _place for the same width
            self._hcache[key] = self._column_heights(width)
        return self._hcache[key]

    def _column_heights(self, width: int):
        widths = self._widths(width)
        head = max(self._h(hb, cw) for hb, cw in zip(self.head_boxes, widths))
        rows = []
        for e in self.rows:
            ans = max([self._h(e["question"], widths[0])]
                      + [self._h(ab, cw) for ab, cw in zip(e["answers"], widths[1:])])
            src = self._h(e["sources"], width) if e["sources"] is not None else 0
            rows.append((ans, src))
        return widths, head, rows

    def _stacked_heights(self, width: int):
        """Per question: the question's height, each option's (its name, then its answer), the sources'."""
        key = ("stacked", width)
        if key in self._hcache:
            return self._hcache[key]
        out = self._hcache[key] = []
        for e in self.rows:
            q = self._h(e["question"], width)
            opts = [self._h(nb, width) + self._h(ab, width) for nb, ab in zip(e["names"], e["answers"])]
            src = self._h(e["sources"], width) if e["sources"] is not None else 0
            out.append((q, opts, src))
        return out

    def hasHeightForWidth(self) -> bool:   # noqa: N802 - Qt name
        return True

    def heightForWidth(self, width: int) -> int:   # noqa: N802 - Qt name
        if self.stacked:
            return sum(q + sum(opts) + src + self.GAP for q, opts, src in self._stacked_heights(width))
        _w, head, rows = self._heights(width)
        return head + self.GAP + sum(a + s + self.GAP for a, s in rows)

    def sizeHint(self):   # noqa: N802 - Qt name
        w = max(self.width(), 600)
        return QSize(w, self.heightForWidth(w))

    def _place(self) -> None:
        width = self.width()
        if width <= 0 or not self.isVisible():
            return                          # placed when shown: the cells' heights cost time to work out
        t = self.table
        if self.stacked:
            # each question on its own card: the question, then each option's name and answer, then the sources
            rects, y = {}, 0
            for (q, opts, src), (ar, sr), frame in zip(self._stacked_heights(width), self._table_rows,
                                                        self.row_frames):
                top = y
                rects[(ar, 0)] = QRect(0, y, width, q)
                y += q
                for c, h in enumerate(opts, start=1):
                    rects[(ar, c)] = QRect(0, y, width, h)
                    y += h
                if sr is not None:
                    rects[(sr, 0)] = QRect(0, y, width, src)
                    y += src
                frame.setGeometry(0, top, width, y - top)
                frame.lower()
                y += self.GAP
            t.stacked_rects = rects
            t.setGeometry(0, 0, width, y)
            t.place_cells()
            return
        t.stacked_rects = None
        widths, head, rows = self._heights(width)
        self.head_frame.setGeometry(0, 0, width, head)
        x = 0
        for hb, cw in zip(self.head_boxes, widths):
            hb.setGeometry(x, 0, cw, head)
            x += cw
        for c, cw in enumerate(widths):
            t.setColumnWidth(c, cw)
        y = 0
        for (ans, src), (ar, sr), frame in zip(rows, self._table_rows, self.row_frames):
            t.setRowHeight(ar, ans if sr is not None else ans + self.GAP)
            if sr is not None:
                t.setRowHeight(sr, src + self.GAP)
            frame.setGeometry(0, y, width, ans + src)
            frame.lower()
            y += ans + src + self.GAP
        t.setGeometry(0, head + self.GAP, width, y)
        t.place_cells()

    def columns_width(self) -> int:
        """The narrowest width at which the columns fit their longest words."""
        return sum(self._col_min)

    def fit_words(self) -> None:
        """No cell gets narrower than its longest word (so a word is never cut off)."""
        self._hcache.clear()                # fonts (text size, language) may have changed
        if not self.isVisible():
            return                          # a step not on screen: done when it is shown (showEvent)
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
        self._place()
        self.updateGeometry()

    def minimumSizeHint(self):   # noqa: N802 - Qt name
        return QSize(max(self._col_min, default=0), 0)      # narrower than the columns: it stacks

    def resizeEvent(self, event):   # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._arrange(event.size().width() < self.columns_width())
        self._place()

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
                # the whole width: aligned left, the flow layout got its minimum width and cut "[16]" to "16"
                lay.addWidget(btn)
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
            b.setAccessibleName(self.tr_("Open the issue card: {topic}").format(topic=t.label))
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
