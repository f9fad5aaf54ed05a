"""Step 5: benefits and risks as "N out of 100" figures, benefits and harms presented the same way.

For each outcome (pack order) and each of its evidence rows: who was studied, over what time, compared with
what, then one line per option (pack order) with the figure, its range, the certainty in words, an
"unverified" flag where set and a source marker that opens the full references. Rows without a comparable
figure say so in words. Mean differences are shown on their own scale, never turned into "N out of 100".

The charts are drawn by ``widgets.chart_view.ChartView``, imported only when the page is first shown
(matplotlib must not load at start-up).
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from .base import StepPage
from .options import FitHeightMixin, FocusBox, make_card, marker_button, wrapped_label

log = logging.getLogger(__name__)


def tr_(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


EVIDENCE_KIND_WORDS = {
    "before-after": QT_TRANSLATE_NOOP("Steps", "People measured before and after treatment, with no comparison group"),
    "sham-controlled": QT_TRANSLATE_NOOP("Steps", "Trials that compared the procedure with a fake (sham) procedure"),
    "usual-care": QT_TRANSLATE_NOOP("Steps", "Trials that compared the procedure with usual care (people knew "
                                             "which treatment they had)"),
    "natural-course": QT_TRANSLATE_NOOP("Steps", "People who did not have a procedure"),
    "case-series": QT_TRANSLATE_NOOP("Steps", "Reports on people who had the procedure, with no comparison group"),
    "observational": QT_TRANSLATE_NOOP("Steps", "Studies that followed people in everyday care (not a trial)"),
    "head-to-head": QT_TRANSLATE_NOOP("Steps", "Trials that compared one procedure with the other"),
    "meta-analysis": QT_TRANSLATE_NOOP("Steps", "Results of several studies pooled together"),
}
CERTAINTY_WORDS = {
    "high": QT_TRANSLATE_NOOP("Steps", "high"),
    "moderate": QT_TRANSLATE_NOOP("Steps", "moderate"),
    "low": QT_TRANSLATE_NOOP("Steps", "low"),
    "very low": QT_TRANSLATE_NOOP("Steps", "very low"),
}


# ---- wording of figures (plain functions: the tests and other pages use them) ----------------------
def fmt_number(x) -> str:
    """44 -> "44", 0.5 -> "0.5" (locale decimal point), 1000 -> "1000", 10000 -> "10,000" (locale)."""
    x = float(x)
    if x.is_integer():
        return QLocale().toString(int(x)) if abs(x) >= 10000 else str(int(x))
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


def evidence_kind_words(kind: str) -> str:
    return tr_(EVIDENCE_KIND_WORDS[kind]) if kind in EVIDENCE_KIND_WORDS else kind


def certainty_words(label: str) -> str:
    return tr_(CERTAINTY_WORDS[label]) if label in CERTAINTY_WORDS else label


def signed_number(x) -> str:
    """-0.43 -> "−0.43" (a real minus sign, read as "minus")."""
    x = float(x)
    return ("\u2212" + fmt_number(-x)) if x < 0 else fmt_number(x)


def value_text(row, v) -> str:
    """The figure in words: "about 44 out of 100 (range 30 to 55)", "fewer than 1 out of 100",
    "difference of 0.6 (range 0.2 to 1.1) on this measure: 0 to 10 pain scale (...)" or
    "No comparable figure: <reason>".

    A mean difference is never turned into "N out of 100". Its direction is given by the pack's own scale
    wording ("higher means more relief with cement"), so the app never adds "better" or "worse" itself."""
    if not v.has_figure:
        return tr_("No comparable figure: %1").replace("%1", v.no_figure or tr_("not reported"))
    if row.measure == "mean_difference" or v.mean_difference is not None:
        text = tr_("difference of %1").replace("%1", signed_number(v.mean_difference))
        if v.has_range:
            text += " " + (tr_("(range %1 to %2)").replace("%1", signed_number(v.low))
                           .replace("%2", signed_number(v.high)))
        if v.scale:
            text += " " + tr_("on this measure: %1").replace("%1", v.scale)
        return text
    n, den = fmt_number(v.value), fmt_number(row.denominator)
    if v.less_than:
        text = tr_("fewer than %1 out of %2")
    elif v.approximate:
        text = tr_("about %1 out of %2")
    else:
        text = tr_("%1 out of %2")
    text = text.replace("%1", n).replace("%2", den)
    if v.has_range:
        text += " " + tr_("(range %1 to %2)").replace("%1", fmt_number(v.low)).replace("%2", fmt_number(v.high))
    return text


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def certainty_text(v) -> str:
    if not v.has_figure or not v.certainty:
        return ""
    text = tr_("Certainty: %1").replace("%1", certainty_words(v.certainty))
    if v.certainty_reason:
        text += " — " + v.certainty_reason
    return text


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
            "Each result below says how many people out of 100 had it with each option. In one row every option "
            "is measured in the same group of people over the same time. Some rows give a difference on a scale "
            "instead. “Certainty” says how sure researchers are of the figure. Numbers in brackets are sources: "
            "select them to read the references."))
        self.add_heading(self.tr_("Every figure, row by row"), 2)
        self.value_labels: dict[tuple[str, str, str], QLabel] = {}
        self.certainty_labels: dict[tuple[str, str, str], QLabel] = {}
        self.unverified_labels: dict[tuple[str, str, str], QLabel] = {}
        self.marker_buttons: dict[tuple[str, str, str], QWidget] = {}
        self.outcome_cards: dict[str, QWidget] = {}
        for outcome in pack.outcomes:
            self._build_outcome(pack, outcome)

    def _build_outcome(self, pack, outcome) -> None:
        card, lay = make_card()
        card.setProperty("outcomeKind", outcome.kind)
        kind_word = self.tr_("Benefit") if outcome.kind == "benefit" else self.tr_("Harm")
        title = QLabel(f"<b>{html.escape(kind_word)}:</b> {html.escape(outcome.label)}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        title.setProperty("headingLevel", 2)
        title.setObjectName("outcomeTitle")
        title.setAccessibleName(f"{kind_word}: {outcome.label}")
        card.setAccessibleName(f"{kind_word}: {outcome.label}")
        lay.addWidget(title)
        self.add_paragraph(outcome.description, layout=lay)
        for row in outcome.rows:
            self._build_row(pack, outcome, row, lay)
        self.outcome_cards[outcome.id] = card
        self.body.addWidget(card)

    def _build_row(self, pack, outcome, row, lay) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("rowSeparator")
        lay.addWidget(line)
        head = wrapped_label(row.label, bold=True, object_name="rowLabel")
        head.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(head)
        details = ResponsiveGrid((0, 1), narrow_em=30, h_spacing=12, v_spacing=2)
        details.setObjectName("rowFacts")
        facts = [(self.tr_("Type of evidence:"), evidence_kind_words(row.evidence_kind)),
                 (self.tr_("People:"), row.group),
                 (self.tr_("Time:"), row.time_frame),
                 (self.tr_("Compared with:"), row.compared_with)]
        if row.note:
            facts.append((self.tr_("Note:"), row.note))
        for k, text in facts:
            kl = wrapped_label(k, bold=True)
            kl.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
            details.add_row([(kl, 0, 1, Qt.AlignmentFlag.AlignTop),
                             (wrapped_label(text, accessible=f"{k} {text}"), 1, 1, None)])
        details.finish()
        lay.addWidget(details)

        table = ResponsiveGrid((2, 3, 3, 0), narrow_em=36, h_spacing=14, v_spacing=8)
        table.setObjectName("rowFigures")
        table.setContentsMargins(0, 6, 0, 0)
        for opt in pack.options:
            v = row.value_for(opt.id)
            key = (outcome.id, row.id, opt.id)
            name = wrapped_label(opt.name, bold=True, object_name="optionName")
            name.setContentsMargins(0, 3, 0, 0)       # lines up with the text inside the focus box
            items = [(name, 0, 1, Qt.AlignmentFlag.AlignTop)]
            val = sentence(value_text(row, v))
            vl = wrapped_label(val, bold=v.has_figure, object_name="valueText",
                               accessible=f"{row.label} — {opt.name}: {val}")
            vl.setProperty("hasFigure", v.has_figure)
            box = FocusBox(vl)      # keyboard users can step through the figures; the box shows the focus
            # without a figure, the reason in words takes the room of the figure and its certainty
            items.append((box, 1, 1 if v.has_figure else 2, None))
            self.value_labels[key] = vl
            side = QWidget()
            side.setObjectName("figureCertainty")
            sl = QVBoxLayout(side)
            sl.setContentsMargins(0, 0, 0, 0)
            sl.setSpacing(2)
            ct = certainty_text(v)
            cl = wrapped_label(ct, object_name="certaintyText")
            cl.setContentsMargins(0, 3, 0, 0)
            cl.setVisible(bool(ct))
            sl.addWidget(cl)
            self.certainty_labels[key] = cl
            if v.unverified:
                ul = wrapped_label(self.tr_("Unverified: this figure has not yet been checked against its source."),
                                   bold=True, object_name="unverified")
                sl.addWidget(ul)
                self.unverified_labels[key] = ul
            if v.has_figure:
                items.append((side, 2, 1, None))
            btn = marker_button(pack, v.sources)
            if btn is not None:
                btn.set_context(f"{opt.name} — {row.label}")
                items.append((btn, 3, 1, Qt.AlignmentFlag.AlignTop))
                self.marker_buttons[key] = btn
            table.add_row(items)
        table.finish()
        lay.addWidget(table)

    def refresh(self) -> None:
        if getattr(self, "charts_box", None) is not None and self.isVisible():
            self._update_charts()
