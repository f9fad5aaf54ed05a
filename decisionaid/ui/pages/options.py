"""Step 3: the options, in the pack's fixed order, as cards with identical structure and visual weight.

This module also holds the small widgets the information pages share (situation, compare, benefits, recovery):
wrapped labels, source-marker buttons that open the full references, and a grid of equal cards that sits side
by side when the page is wide enough and stacks otherwise.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel, QLayout, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from ..widgets.flow import FlowLayout
from .base import StepPage


def tr_(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


# ---- shared small widgets -----------------------------------------------------------------------
def wrapped_label(text: str = "", bold: bool = False, accessible: str | None = None,
                  object_name: str = "") -> QLabel:
    """A plain-text label that wraps (never rich text: pack text cannot inject markup)."""
    lab = QLabel()
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setText(text)
    lab.setWordWrap(True)
    lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if bold:
        f = lab.font()
        f.setBold(True)
        lab.setFont(f)
        lab.setProperty("bold", True)
    if object_name:
        lab.setObjectName(object_name)
    lab.setAccessibleName((accessible if accessible is not None else text)[:1000])
    return lab


def source_numbers(pack, source_ids) -> list[tuple[int, object]]:
    """[(number, Source)] in number order, unknown ids skipped."""
    out = {}
    for sid in source_ids:
        try:
            out[pack.source_number(sid)] = pack.source(sid)
        except KeyError:
            continue
    return sorted(out.items())


class SourceDialog(QDialog):
    """The full reference for each source number of a marker."""

    def __init__(self, pack, source_ids, parent=None):
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(tr_("Sources"))
        self.setModal(True)
        self.source_ids = tuple(source_ids)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        self.entries: list[QLabel] = []
        for num, src in source_numbers(pack, source_ids):
            parts = [f"<b>[{num}]</b> {html.escape(src.citation)}"]
            if src.url:
                parts.append(html.escape(src.url))
            if src.funding:
                parts.append(html.escape(tr_("Funded by: %1").replace("%1", src.funding)))
            if src.industry_funded:
                parts.append("<b>" + html.escape(tr_("Funded or written by a device maker.")) + "</b>")
            lab = QLabel("<br>".join(parts))
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setWordWrap(True)
            lab.setMinimumWidth(420)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                        | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            lab.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            plain = f"[{num}] {src.citation}"
            if src.industry_funded:
                plain += " " + tr_("Funded or written by a device maker.")
            lab.setAccessibleName(plain[:300])
            lab.setProperty("citation", src.citation)
            lay.addWidget(lab)
            self.entries.append(lab)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setMinimumHeight(44)
        close.setAccessibleName(tr_("Close the sources"))
        lay.addWidget(box)
        self.setAccessibleName(tr_("Sources"))

    def citations(self) -> list[str]:
        return [lab.property("citation") for lab in self.entries]


class SourceButton(QPushButton):
    """One source marker such as "[3]"; pressing it (mouse, Enter or Space) shows the full reference."""

    opened = Signal(object)   # the SourceDialog

    def __init__(self, pack, source_id: str, parent=None):
        super().__init__(pack.markers((source_id,)), parent)
        self.setObjectName("sourceMarker")
        self.pack = pack
        self.source_id = source_id
        self.dialog: SourceDialog | None = None
        self.setAccessibleName(tr_("Source %1: show the reference").replace("%1", str(pack.source_number(source_id))))
        self.setToolTip(tr_("Show the reference"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # compact padding, and still the minimum target size: in the app style sheet (QPushButton#sourceMarker)
        self.clicked.connect(self.open_source)

    def open_source(self) -> SourceDialog:
        self.dialog = SourceDialog(self.pack, (self.source_id,), self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()          # modal, but does not block the event loop
        self.opened.emit(self.dialog)
        return self.dialog


class SourceMarkers(QWidget):
    """The markers of one statement: one button per source number, wrapping when space is short."""

    def __init__(self, pack, source_ids, lead: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("sourceMarkers")
        self.flow = FlowLayout(self, 4, 4)
        self.buttons: list[SourceButton] = []
        if lead:
            lab = QLabel(lead)
            lab.setMinimumHeight(28)
            self.flow.addWidget(lab)
        for num, src in source_numbers(pack, source_ids):
            b = SourceButton(pack, src.id)
            self.flow.addWidget(b)
            self.buttons.append(b)
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self.setAccessibleName(tr_("Sources"))

    def set_context(self, text: str) -> None:
        """Say what the sources back, for screen readers: "Source 3: show the reference (pain at 1 month)"."""
        for b in self.buttons:
            b.setAccessibleDescription(text)

    def text(self) -> str:
        return " ".join(b.text() for b in self.buttons)


def marker_button(pack, source_ids, lead: str = "") -> SourceMarkers | None:
    """The markers for ``source_ids`` (buttons that open the references), or None when there is none.
    ``lead`` is an optional word in front ("Sources:")."""
    return SourceMarkers(pack, source_ids, lead) if source_numbers(pack, source_ids) else None


def make_card(object_name: str = "card") -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName(object_name)
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    lay = QVBoxLayout(card)
    lay.setContentsMargins(14, 12, 14, 14)
    lay.setSpacing(8)
    return card, lay


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


# ---- the page ---------------------------------------------------------------------------------
class OptionsPage(FitHeightMixin, StepPage):
    step_id = "options"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.install_local_style()

    def build(self) -> None:
        pack = self.ctx.pack
        self.add_paragraph(self.tr_("These are the options. They are shown in the same order and the same way "
                                    "on every page. The order does not mean one is better."))
        self.cards: list[QFrame] = []
        self.card_parts: list[list[QLabel]] = []
        last = 2 * len(pack.attributes) + 1
        for opt in pack.options:
            card = QFrame()
            card.setObjectName("card")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setAccessibleName(self.tr_("Option: %1").replace("%1", opt.name))
            card.setProperty("optionId", opt.id)
            parts: list[QLabel] = []
            name = wrapped_label(opt.name, object_name="optionName")
            name.setProperty("headingLevel", 2)
            parts.append(name)
            parts.append(wrapped_label(opt.summary, object_name="optionSummary",
                                       accessible=f"{opt.name}: {opt.summary}"))
            for attr in pack.attributes:
                text = opt.attribute(attr.id)
                parts.append(wrapped_label(attr.label, bold=True, object_name="attributeLabel",
                                           accessible=f"{opt.name} — {attr.label}"))
                parts.append(wrapped_label(text, object_name="attributeText",
                                           accessible=f"{opt.name} — {attr.label}: {text}"))
            for i, lab in enumerate(parts):     # the padding inside the card
                top = 12 if i == 0 else (12 if lab.objectName() == "attributeLabel" else 4)
                lab.setContentsMargins(14, top, 14, 14 if i == last else 0)
                lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.cards.append(card)
            self.card_parts.append(parts)
        self.grid = AlignedCards(self.cards, self.card_parts, min_card_width=260)
        self.body.addWidget(self.grid)
