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

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...present.evidence import evidence
from ..style import set_heading_level
from ..widgets.cards import FocusBox, ResponsiveGrid, card, label
from ..widgets.chart_host import ChartHostMixin
from ..widgets.page_style import FitHeightMixin
from ..widgets.sources import marker_button
from ..widgets.text import offer_each_term_once
from .base import StepPage


# ---- the page -------------------------------------------------------------------------------------
class BenefitsPage(FitHeightMixin, ChartHostMixin, StepPage):
    step_id = "benefits"
    CHART_IDS = ("pain_relief", "complications")
    BUILDS_BELOW_LATER = True

    def __init__(self, ctx, parent=None, *, shown_now: bool = False):
        super().__init__(ctx, parent, shown_now=shown_now)
        self._questions_to_build: list = []
        self.install_local_style()

    def build(self) -> None:
        pack = self.ctx.pack
        self.intro = self.add_paragraph(self.tr_(
            "Each result below compares groups of people in the same study over the same time: for example, "
            "people who had cement and people who had a fake procedure. Compare the groups only within a result. "
            "“Certainty” says how sure researchers are. Numbers in brackets are sources: select them to read "
            "the references. A clinic's claim with no comparison group is shown last, and marked."))
        self.results_heading = self.add_heading(self.tr_("Every result, question by question"), 2)
        self.arm_labels: dict[tuple[str, str], QLabel] = {}      # (row id, arm key) -> the group's figure
        self.row_boxes: dict[str, QWidget] = {}                   # row id -> the result's frame
        self.difference_labels: dict[str, QLabel] = {}
        self.unverified_labels: dict[str, QLabel] = {}
        self.marker_buttons: dict[str, QWidget] = {}
        self.outcome_cards: dict[str, QWidget] = {}
        questions = list(evidence(pack))
        if self.shown_now:
            # built to be shown at once: the charts fill the first screen, so the results below them (1,000
            # widgets, about 0.5 s to make, style and lay out) are made after that screen is painted, a question
            # per event-loop turn (the step's charts then appear 0.5 s sooner when matplotlib is still to load)
            self._questions_to_build = questions
            self.after_charts_on_screen(self._build_next_question)
            return
        self._questions_to_build = []
        for q in questions:
            self._build_question(pack, q)

    def fully_built(self) -> bool:
        return not self._questions_to_build

    def _build_next_question(self) -> None:
        if not self._questions_to_build:        # done, or rebuilt meanwhile (a rebuild makes every question)
            return
        self._build_question(self.ctx.pack, self._questions_to_build.pop(0))
        if self._questions_to_build:
            QTimer.singleShot(0, self, self._build_next_question)
            return
        offer_each_term_once(self)
        self._charts_in_tab_order()

    def _build_question(self, pack, q) -> None:
        frame, lay = card()
        frame.setProperty("outcomeKind", q.kind)
        title = QLabel(f"<b>{html.escape(q.label)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        set_heading_level(title, 2)
        title.setObjectName("outcomeTitle")
        title.setAccessibleName(q.label)
        frame.setAccessibleName(q.label)
        lay.addWidget(title)
        self.add_paragraph(q.description, layout=lay)
        for row in q.rows:
            self._build_row(pack, row, lay)
        # under the heading, after the questions before it (and before the page's closing stretch)
        self.body.insertWidget(self.body.indexOf(self.results_heading) + 1 + len(self.outcome_cards), frame)
        self.outcome_cards[q.id] = frame

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
        head = label(row.label, bold=True, object_name="rowLabel")
        head.setContentsMargins(0, 8, 0, 0)
        bl.addWidget(head)
        if row.is_claim:
            bl.addWidget(label(self.tr_("No comparison group: a clinic's claim, not a fair test."),
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
            kl = label(k, bold=True)
            kl.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
            details.add_row([(kl, 0, 1, Qt.AlignmentFlag.AlignTop),
                             (label(text, accessible=f"{k} {text}"), 1, 1, None)])
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
            cl.addWidget(label(arm.label, bold=True, object_name="optionName"))
            text = arm.frames if arm.reported else (f"{arm.figure}: {arm.reason}" if arm.reason else arm.figure)
            vl = label(text[:1].upper() + text[1:], bold=arm.reported, object_name="valueText",
                               accessible=f"{row.label}, {row.time_frame}. {arm.label}: {text}. {row.comparison}")
            vl.setProperty("hasFigure", arm.reported)
            cl.addWidget(FocusBox(vl))
            if arm.counts:
                cl.addWidget(label(arm.counts, object_name="countsText"))
            self.arm_labels[(row.id, arm.key)] = vl
            cells.append((cell, c, 1, Qt.AlignmentFlag.AlignTop))
        groups.add_row(cells)
        groups.finish()
        bl.addWidget(groups)
        if row.difference_only:
            bl.addWidget(label(row.comparison, object_name="differenceOnly"))
        if row.difference is not None:
            dl = label(row.difference.text, bold=True, object_name="differenceText")
            bl.addWidget(FocusBox(dl))
            self.difference_labels[row.id] = dl
        for b in row.beside:
            bl.addWidget(label(b, object_name="besideText"))
        tail = QWidget()
        tl = QHBoxLayout(tail)
        tl.setContentsMargins(0, 0, 0, 0)
        if row.unverified:
            ul = label(self.tr_("Unverified: a figure in this result has not yet been checked against its "
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
        if self.charts_box is not None and self.isVisible():
            self._update_charts()
