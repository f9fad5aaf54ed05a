"""The card and label kit of the step pages: one label, one card, cards side by side or stacked, rows of
cells that stack on narrow windows, and a focus frame for read-only text.

Every label here is plain text (never rich text: pack text cannot inject markup).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


def label(text: str = "", bold: bool = False, accessible: str | None = None, object_name: str = "") -> QLabel:
    """A plain-text label that wraps, top-left aligned, with no text interaction. Its accessible name is
    ``accessible``, else its text (left unset when both are empty, so a label filled in later is read as
    what it shows)."""
    lab = QLabel()
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setText(text)
    lab.setWordWrap(True)
    lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if bold:
        f = lab.font()
        f.setBold(True)
        lab.setFont(f)
        lab.setProperty("bold", True)
    if object_name:
        lab.setObjectName(object_name)
    name = accessible if accessible is not None else text
    if name:
        lab.setAccessibleName(name[:1000])
    return lab


def card(into=None, name: str = "", object_name: str = "card", compact: bool = False) -> tuple[QFrame, QVBoxLayout]:
    """A framed card and its layout; added to the layout ``into`` when given. ``name`` is its accessible name;
    ``compact`` gives the tighter padding of question cards (ratings, Yes / No questions)."""
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        frame.setAccessibleName(name)
    lay = QVBoxLayout(frame)
    if compact:
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(6)
    else:
        lay.setContentsMargins(14, 12, 14, 14)
        lay.setSpacing(8)
    if into is not None:
        into.addWidget(frame)
    return frame, lay


def soft_wrap(text: str, every: int = 40) -> str:
    """For display only: let very long unbroken runs (a pasted link) wrap, with zero-width spaces."""
    return re.sub(r"\S{%d,}" % (every + 1),
                  lambda m: "\u200b".join(m.group(0)[i:i + every] for i in range(0, len(m.group(0)), every)), text)


class _RearrangeOnResize:
    """For card layouts: never ask for more width than one card, and re-arrange (side by side or stacked)
    whenever the width changes. The class defines ``min_card_width`` and ``_arrange(width)``."""

    def minimumSizeHint(self):   # noqa: N802 - Qt name
        s = super().minimumSizeHint()
        s.setWidth(min(s.width(), self.min_card_width))
        return s

    def resizeEvent(self, event):   # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._arrange(event.size().width())


class CardGrid(_RearrangeOnResize, QWidget):
    """Equal cards: side by side (equal column stretch) when each gets at least ``min_card_width`` pixels,
    otherwise one under another at full width. The order never changes."""

    def __init__(self, min_card_width: int = 260, parent=None):
        super().__init__(parent)
        self.min_card_width = min_card_width
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(14)
        self.cards: list[QWidget] = []
        self.columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_cards(self, cards: list[QWidget]) -> None:
        for c in self.cards:
            self.grid.removeWidget(c)
        self.cards = list(cards)
        self.columns = 0
        self._arrange(self.width() or 10_000)

    def _arrange(self, width: int) -> None:
        n = len(self.cards)
        if not n:
            return
        side = width >= n * self.min_card_width + (n - 1) * self.grid.horizontalSpacing()
        cols = n if side else 1
        if cols == self.columns:
            return
        for c in self.cards:
            self.grid.removeWidget(c)
        for i in range(max(self.columns, n)):
            self.grid.setColumnStretch(i, 0)
        for i, c in enumerate(self.cards):
            r, col = (0, i) if side else (i, 0)
            self.grid.addWidget(c, r, col)
        for i in range(cols):
            self.grid.setColumnStretch(i, 1)
        self.columns = cols

    def side_by_side(self) -> bool:
        return self.columns == len(self.cards) > 1



class AlignedCards(_RearrangeOnResize, QWidget):
    """Cards with the same parts, drawn so the same part lines up across cards: side by side (one column per
    card, equal stretch, each part on the same grid row) when each card gets ``min_card_width`` pixels,
    otherwise one card under another. Each card is a frame (objectName "card") behind its parts."""

    def __init__(self, frames: list[QFrame], parts: list[list[QWidget]], min_card_width: int = 260,
                 parent=None):
        super().__init__(parent)
        self.min_card_width = min_card_width
        self.frames, self.parts = list(frames), [list(p) for p in parts]
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(0)
        self.columns = 0
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        for f in self.frames:               # frames first: the parts are drawn on top of them
            self.grid.addWidget(f, 0, 0)
        for p in self.parts:
            for w in p:
                self.grid.addWidget(w, 0, 0)
        self._arrange(10_000)

    def _card_width_needed(self) -> int:
        """``min_card_width``, or more when the longest word of a card title (at its current font size, e.g.
        200 % text) would not fit a card: titles are never cut ("Conservativ")."""
        need = self.min_card_width
        for parts in self.parts:
            if not parts or not isinstance(parts[0], QLabel):
                continue
            lab = parts[0]
            words = lab.text().split()
            if words:
                m = lab.contentsMargins()
                fm = QFontMetrics(lab.font())
                need = max(need, max(fm.horizontalAdvance(w) for w in words) + m.left() + m.right() + 12)
        return need

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.FontChange:      # text size: titles may no longer fit side by side
            self.columns = 0
            QTimer.singleShot(0, lambda: self._arrange(self.width()))
        return super().event(e)

    def _arrange(self, width: int) -> None:
        n = len(self.frames)
        if not n:
            return
        side = width >= n * self._card_width_needed() + (n - 1) * self.grid.horizontalSpacing()
        cols = n if side else 1
        if cols == self.columns:
            return
        for w in self.frames + [w for p in self.parts for w in p]:
            self.grid.removeWidget(w)
        rows = max(len(p) for p in self.parts)
        for i in range(self.grid.columnCount()):
            self.grid.setColumnStretch(i, 0)
        for i in range(self.grid.rowCount()):
            self.grid.setRowMinimumHeight(i, 0)
        for c, (frame, parts) in enumerate(zip(self.frames, self.parts)):
            if side:
                top, col = 0, c
            else:
                top, col = c * (rows + 1), 0
                if c:
                    self.grid.setRowMinimumHeight(top - 1, 14)     # gap between stacked cards
            self.grid.addWidget(frame, top, col, rows, 1)
            for r, w in enumerate(parts):
                self.grid.addWidget(w, top + r, col)
        for i in range(cols):
            self.grid.setColumnStretch(i, 1)
        self.columns = cols

    def side_by_side(self) -> bool:
        return self.columns == len(self.frames) > 1


class ResponsiveGrid(QWidget):
    """Rows of cells in columns (``stretches``) when there is room; when the widget is narrower than
    ``narrow_em`` widths of "M", each row's cells stack one under another at full width instead."""

    def __init__(self, stretches, narrow_em: float, h_spacing: int = 12, v_spacing: int = 4, parent=None):
        super().__init__(parent)
        self.stretches = tuple(stretches)
        self.narrow_em = narrow_em
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(h_spacing)
        self.grid.setVerticalSpacing(v_spacing)
        self.rows: list[list[tuple]] = []
        self.narrow: bool | None = None
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)

    def setContentsMargins(self, *args):   # noqa: N802 - margins go to the grid
        self.grid.setContentsMargins(*args)

    def add_row(self, items) -> None:
        """``items``: (widget, column, column span, alignment or None), left to right."""
        self.rows.append(list(items))
        for w, *_ in items:
            self.grid.addWidget(w, len(self.rows) - 1, 0)

    def finish(self) -> None:
        self._arrange(False)

    def _threshold(self) -> int:
        return int(self.narrow_em * self.fontMetrics().horizontalAdvance("M"))

    def _arrange(self, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        g = self.grid
        for row in self.rows:
            for w, *_ in row:
                g.removeWidget(w)
        full = len(self.stretches)
        r = 0
        for row in self.rows:
            if narrow:
                for w, _c, _s, _a in row:
                    g.addWidget(w, r, 0, 1, full)
                    r += 1
            else:
                for w, c, span, align in row:
                    if align is None:
                        g.addWidget(w, r, c, 1, span)
                    else:
                        g.addWidget(w, r, c, 1, span, align)
                r += 1
        for c, st in enumerate(self.stretches):
            g.setColumnStretch(c, st)
        self.narrow = narrow

    def minimumSizeHint(self):   # noqa: N802 - Qt name: narrower than the columns, the cells stack
        s = super().minimumSizeHint()
        if not self.narrow:
            s.setWidth(min(s.width(), self._threshold()))
        return s

    def resizeEvent(self, event):   # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._arrange(event.size().width() < self._threshold())

    def changeEvent(self, event):   # noqa: N802 - Qt name: a new text size moves the threshold
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.width() > 0:
            self._arrange(self.width() < self._threshold())


class FocusBox(QFrame):
    """A frame around one read-only label that keyboard and screen-reader users can tab to. The frame draws
    the focus ring: a border on the label itself would make Qt misjudge the label's wrapped height."""

    def __init__(self, label: QLabel, margins=(0, 0, 0, 0), parent=None):
        super().__init__(parent)
        self.setObjectName("focusBox")
        self.label = label
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*margins)
        lay.setSpacing(0)
        lay.addWidget(label)
        lay.addStretch(1)
        label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # the application's focus signal, not an event filter on the label: a filter would run Python for
        # every event the label gets (hundreds per step change), this runs only when focus moves
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.setProperty("focused", False)
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)

    def _focus_changed(self, old, new) -> None:
        focused = new is self.label
        if focused != bool(self.property("focused")) and (focused or old is self.label):
            self.setProperty("focused", focused)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()
