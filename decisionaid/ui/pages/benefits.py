"""Step 5: benefits and risks, every result a comparison.

For each question a patient asks (the pack's outcomes) and each of its results, fairest evidence first and
clinics' claims last: what was measured, in whom, over what time, then every group that was compared side by
side with its own figure, the difference between them with its range and direction, the certainty with its
reason, who paid, and a source marker that opens the full references. All of it is worded once by
``decisionaid.present.evidence``; this page only lays it out.

The charts are drawn by ``widgets.chart_view.ChartView``, imported only when the page is first shown
(matplotlib must not load at start-up).
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...present.evidence import evidence
from .base import StepPage
from .options import FitHeightMixin, FocusBox, make_card, marker_button, wrapped_label

log = logging.getLogger(__name__)


def tr_(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


# ---- charts shown at the top of a page, created on first show ------------------------------------
class ChartHostMixin:
    """For a StepPage: ChartViews for ``CHART_IDS``, created on the first ``on_shown`` at the top of the page
    (under the heading and the page's short introduction ``self.intro``), kept across a pack change, and
    redrawn on show, display change and pack change."""

    CHART_IDS: tuple[str, ...] = ()

    def _setup_chart_signals(self) -> None:
        self.ctx.display_changed.connect(self._charts_changed)

    def _chart_index(self) -> int:
        """Where the charts go: after the page's short introduction (``self.intro``), else under the heading."""
        intro = getattr(self, "intro", None)
        i = self.body.indexOf(intro) if intro is not None else -1
        return i + 1 if i >= 0 else 1

    def rebuild(self) -> None:
        box = getattr(self, "charts_box", None)
        if box is not None:
            self.body.removeWidget(box)     # kept (clear_layout would delete it)
        super().rebuild()
        if box is not None:
            self.body.insertWidget(self._chart_index(), box)
            self._charts_in_tab_order()
            self._charts_changed()

    def on_shown(self) -> None:
        first = getattr(self, "charts_box", None) is None
        if first:
            self._create_charts()
            self._charts_in_tab_order()
        # drawn just after the page appears (and skipped if the person has already moved on)
        QTimer.singleShot(0, self._draw_if_visible)

    def _draw_if_visible(self) -> None:
        if getattr(self, "charts_box", None) is None:
            return
        if self.isVisible():
            self._update_charts()
            self._charts_in_tab_order()     # a chart may have added its canvas or table just now
            # settle the new chart heights into the page (and the page into its scroll area) now, not a few
            # event-loop turns later: each pass may ask the parent to lay out again
            for _ in range(4):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        else:
            self._charts_stale = True

    def _charts_in_tab_order(self) -> None:
        """The charts were added after the rest of the page: give them their on-screen place in the Tab
        order too (after what is above them, before what is below)."""
        box = getattr(self, "charts_box", None)
        if box is None:
            return
        chain, seen = [], set()
        w = self.nextInFocusChain()
        while w is not self and id(w) not in seen:
            seen.add(id(w))
            if self.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                chain.append(w)
            w = w.nextInFocusChain()
        index_of_box = self.body.indexOf(box)

        def above(w) -> bool:
            for i in range(index_of_box):
                item = self.body.itemAt(i).widget()
                if item is not None and (item is w or item.isAncestorOf(w)):
                    return True
            return False

        inside = [w for w in chain if box.isAncestorOf(w)]
        before = [w for w in chain if not box.isAncestorOf(w) and above(w)]
        after = [w for w in chain if not box.isAncestorOf(w) and not above(w)]
        ordered = before + inside + after
        for a, b in zip(ordered, ordered[1:]):
            QWidget.setTabOrder(a, b)

    def _create_charts(self) -> None:
        try:
            from ..widgets.chart_view import ChartView
        except ImportError as exc:   # the chart widget is missing: the page still works without it
            log.warning("charts unavailable: %s", exc)
            return
        box = QWidget()
        box.setObjectName("chartsBox")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        self.chart_views = []
        for cid in self.CHART_IDS:
            view = ChartView(cid)
            lay.addWidget(view)
            self.chart_views.append(view)
        self.charts_box = box
        self.body.insertWidget(self._chart_index(), box)

    def _charts_changed(self) -> None:
        if getattr(self, "charts_box", None) is None:
            return
        if self.isVisible():
            self._update_charts()
        else:
            self._charts_stale = True

    def _update_charts(self) -> None:
        """Draw the charts one per event-loop turn: the first appears at once and the page stays responsive
        while the taller ones are drawn."""
        views = getattr(self, "chart_views", [])
        if not views:
            return
        self._pending_views = list(views)
        self._draw_next_chart(self.ctx.render_settings())

    def _draw_next_chart(self, settings) -> None:
        pending = getattr(self, "_pending_views", [])
        if not pending:
            return
        view = pending.pop(0)
        try:
            view.set_data(self.ctx.pack, self.ctx.session, settings)
        except Exception:    # a chart must never take the page down
            log.exception("chart %s failed", getattr(view, "chart_id", "?"))
        if pending:
            QTimer.singleShot(0, lambda: self._draw_next_chart(settings))
        else:
            self._charts_stale = False

    def charts_pending(self) -> bool:
        return bool(getattr(self, "_pending_views", []))


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


# ---- the page -------------------------------------------------------------------------------------
class BenefitsPage(FitHeightMixin, ChartHostMixin, StepPage):
    step_id = "benefits"
    CHART_IDS = ("pain_relief", "complications")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._setup_chart_signals()
        self.install_local_style()

    def build(self) -> None:
        pack = self.ctx.pack
        self.intro = self.add_paragraph(self.tr_(
            "Each result below compares groups of people in the same study over the same time: for example, "
            "people who had cement and people who had a fake procedure. Compare the groups only within a result. "
            "“Certainty” says how sure researchers are. Numbers in brackets are sources: select them to read "
            "the references. A clinic's claim with no comparison group is shown last, and marked."))
        self.add_heading(self.tr_("Every result, question by question"), 2)
        self.arm_labels: dict[tuple[str, str], QLabel] = {}      # (row id, arm key) -> the group's figure
        self.row_boxes: dict[str, QWidget] = {}                   # row id -> the result's frame
        self.difference_labels: dict[str, QLabel] = {}
        self.unverified_labels: dict[str, QLabel] = {}
        self.marker_buttons: dict[str, QWidget] = {}
        self.outcome_cards: dict[str, QWidget] = {}
        for q in evidence(pack):
            self._build_question(pack, q)

    def _build_question(self, pack, q) -> None:
        card, lay = make_card()
        card.setProperty("outcomeKind", q.kind)
        title = QLabel(f"<b>{html.escape(q.label)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        title.setProperty("headingLevel", 2)
        title.setObjectName("outcomeTitle")
        title.setAccessibleName(q.label)
        card.setAccessibleName(q.label)
        lay.addWidget(title)
        self.add_paragraph(q.description, layout=lay)
        for row in q.rows:
            self._build_row(pack, row, lay)
        self.outcome_cards[q.id] = card
        self.body.addWidget(card)

    def _build_row(self, pack, row, lay) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("rowSeparator")
        lay.addWidget(line)
        box = QWidget()
        box.setObjectName("resultBox")
        box.setProperty("claim", row.is_claim)
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(4)
        self.row_boxes[row.id] = box
        head = wrapped_label(row.label, bold=True, object_name="rowLabel")
        head.setContentsMargins(0, 8, 0, 0)
        bl.addWidget(head)
        if row.is_claim:
            bl.addWidget(wrapped_label(self.tr_("No comparison group: a clinic's claim, not a fair test."),
                                       bold=True, object_name="claimTag"))
        details = ResponsiveGrid((0, 1), narrow_em=30, h_spacing=12, v_spacing=2)
        details.setObjectName("rowFacts")
        cert = row.certainty + (f": {row.certainty_reason}" if row.certainty_reason else "")
        facts = [(self.tr_("Type of evidence:"), row.kind_words),
                 (self.tr_("People:"), row.people),
                 # trial names are for clinicians; the kiosk says who was studied in plain words only
                 *([(self.tr_("Study:"), row.study)] if row.study and not self.ctx.kiosk else []),
                 (self.tr_("Time:"), row.time_frame),
                 (self.tr_("Certainty:"), cert)]
        if row.measure != "count":
            facts.append((self.tr_("Measure:"), row.scale[:1].upper() + row.scale[1:]))
        if row.note:
            facts.append((self.tr_("Note:"), row.note))
        if row.funder:
            facts.append((self.tr_("Paid for by:"), row.funder_name))
        for k, text in facts:
            kl = wrapped_label(k, bold=True)
            kl.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
            details.add_row([(kl, 0, 1, Qt.AlignmentFlag.AlignTop),
                             (wrapped_label(text, accessible=f"{k} {text}"), 1, 1, None)])
        details.finish()
        bl.addWidget(details)

        # the groups compared, side by side: one column each
        groups = ResponsiveGrid(tuple(1 for _ in row.arms), narrow_em=36, h_spacing=16, v_spacing=4)
        groups.setObjectName("rowGroups")
        groups.setContentsMargins(0, 6, 0, 0)
        cells = []
        for c, arm in enumerate(row.arms):
            cell = QWidget()
            cell.setObjectName("groupCell")
            cl = QVBoxLayout(cell)
            cl.setContentsMargins(0, 0, 0, 0)
            cl.setSpacing(2)
            cl.addWidget(wrapped_label(arm.label, bold=True, object_name="optionName"))
            text = arm.frames if arm.reported else (f"{arm.figure}: {arm.reason}" if arm.reason else arm.figure)
            vl = wrapped_label(text[:1].upper() + text[1:], bold=arm.reported, object_name="valueText",
                               accessible=f"{row.label}, {row.time_frame}. {arm.label}: {text}. {row.comparison}")
            vl.setProperty("hasFigure", arm.reported)
            cl.addWidget(FocusBox(vl))
            if arm.counts:
                cl.addWidget(wrapped_label(arm.counts, object_name="countsText"))
            self.arm_labels[(row.id, arm.key)] = vl
            cells.append((cell, c, 1, Qt.AlignmentFlag.AlignTop))
        groups.add_row(cells)
        groups.finish()
        bl.addWidget(groups)
        if row.difference_only:
            bl.addWidget(wrapped_label(row.comparison, object_name="differenceOnly"))
        if row.difference is not None:
            dl = wrapped_label(row.difference.text, bold=True, object_name="differenceText")
            bl.addWidget(FocusBox(dl))
            self.difference_labels[row.id] = dl
        for b in row.beside:
            bl.addWidget(wrapped_label(b, object_name="besideText"))
        tail = QWidget()
        tl = QHBoxLayout(tail)
        tl.setContentsMargins(0, 0, 0, 0)
        if row.unverified:
            ul = wrapped_label(self.tr_("Unverified: a figure in this result has not yet been checked against its "
                                        "source."), bold=True, object_name="unverified")
            tl.addWidget(ul, 1)
            self.unverified_labels[row.id] = ul
        btn = marker_button(pack, row.source_ids)
        if btn is not None:
            btn.set_context(row.label)
            tl.addWidget(btn, 0, Qt.AlignmentFlag.AlignTop)
            self.marker_buttons[row.id] = btn
        tl.addStretch(0 if row.unverified else 1)
        bl.addWidget(tail)
        lay.addWidget(box)

    def refresh(self) -> None:
        if getattr(self, "charts_box", None) is not None and self.isVisible():
            self._update_charts()
