"""Step 6: recovery milestones per option (same layout for each), the recovery chart, and the warning signs
to act on after a procedure."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from ..style import set_heading_level
from ..widgets.text import Notice
from .base import StepPage
from ...present.text import num as fmt_number
from ..widgets.cards import CardGrid, FocusBox, card, label
from ..widgets.chart_host import ChartHostMixin
from ..widgets.page_style import FitHeightMixin
from ..widgets.sources import marker_button


def tr_(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


HOUR, DAY, WEEK, MONTH, YEAR = 1.0, 24.0, 168.0, 730.0, 8760.0

# (unit, one, many); "many" carries {n}
_UNITS = {
    "minute": (QT_TRANSLATE_NOOP("Steps", "1 minute"), QT_TRANSLATE_NOOP("Steps", "{n} minutes"),
               QT_TRANSLATE_NOOP("Steps", "minutes")),
    "hour": (QT_TRANSLATE_NOOP("Steps", "1 hour"), QT_TRANSLATE_NOOP("Steps", "{n} hours"),
             QT_TRANSLATE_NOOP("Steps", "hours")),
    "day": (QT_TRANSLATE_NOOP("Steps", "1 day"), QT_TRANSLATE_NOOP("Steps", "{n} days"),
            QT_TRANSLATE_NOOP("Steps", "days")),
    "week": (QT_TRANSLATE_NOOP("Steps", "1 week"), QT_TRANSLATE_NOOP("Steps", "{n} weeks"),
             QT_TRANSLATE_NOOP("Steps", "weeks")),
    "month": (QT_TRANSLATE_NOOP("Steps", "1 month"), QT_TRANSLATE_NOOP("Steps", "{n} months"),
              QT_TRANSLATE_NOOP("Steps", "months")),
    "year": (QT_TRANSLATE_NOOP("Steps", "1 year"), QT_TRANSLATE_NOOP("Steps", "{n} years"),
             QT_TRANSLATE_NOOP("Steps", "years")),
}


def _unit_of(hours: float) -> tuple[str, float]:
    """The unit a person would use for this many hours, and the amount in it (rounded)."""
    h = float(hours)
    if h < 1:
        return "minute", round(h * 60)
    if h < 48 and h % 24:
        return "hour", round(h)
    if h < 14 * DAY:
        return "day", round(h / DAY)
    if h < 9 * WEEK:
        return "week", round(h / WEEK)
    if h < 24 * MONTH and (h < YEAR or h % YEAR):
        return "month", round(h / MONTH)
    return "year", round(h / YEAR, 1)


def duration_words(hours: float) -> str:
    """6 -> "6 hours", 48 -> "2 days", 2190 -> "3 months"."""
    unit, n = _unit_of(hours)
    one, many, _ = _UNITS[unit]
    return tr_(one) if n == 1 else tr_(many).format(n=fmt_number(n))


def span_words(lo: float, hi: float) -> str:
    """"1 to 2 days", "6 weeks to 3 months", "about 1 hour" (from 0), "about 2 days" (lo == hi)."""
    if lo <= 0 or duration_words(lo) == duration_words(hi):
        return tr_("about {duration}").format(duration=duration_words(hi))
    u1, n1 = _unit_of(lo)
    u2, n2 = _unit_of(hi)
    if u1 == u2:
        return (tr_("{low} to {high} {unit}").format(low=fmt_number(n1), high=fmt_number(n2), unit=tr_(_UNITS[u2][2])))
    return tr_("{shortest} to {longest}").format(shortest=duration_words(lo), longest=duration_words(hi))


def milestone_time_words(m) -> str:
    """The time of a milestone in words; a range where sources disagree says so."""
    text = span_words(m.from_hours, m.to_hours)
    if m.to_hours_max is not None and m.to_hours_max > m.to_hours:
        wide = span_words(m.from_hours, m.to_hours_max)
        text = (tr_("{duration} (up to {longest}) — sources disagree").format(duration=text, longest=duration_words(m.to_hours_max))) if m.from_hours <= 0 else \
            tr_("{duration} — sources disagree").format(duration=wide)
    return text


class RecoveryPage(FitHeightMixin, ChartHostMixin, StepPage):
    step_id = "recovery"
    CHART_IDS = ("recovery",)

    def __init__(self, ctx, parent=None):
        if ctx.kiosk:   # one option's timeline at a time, on a straight axis of plain phases
            self.CHART_IDS = tuple("recovery:" + o.id for o in ctx.pack.options)
        self.chosen_option = 0
        super().__init__(ctx, parent)
        self.install_local_style()

    def _create_charts(self) -> None:
        super()._create_charts()
        box = getattr(self, "charts_box", None)
        if box is None or not self.ctx.kiosk:
            return
        from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget
        from ..widgets.flow import FlowLayout
        host = QWidget()
        host.setObjectName("recoveryChooser")
        row = FlowLayout(host, 8, 8)
        lead = label(self.tr_("Show recovery with:"), bold=True)
        row.addWidget(lead)
        self.option_buttons = []
        self.option_group = QButtonGroup(host)
        self.option_group.setExclusive(True)
        for i, o in enumerate(self.ctx.pack.options):
            b = QPushButton(o.short_name)
            b.setCheckable(True)
            b.setMinimumSize(48, 48)
            b.setAccessibleName(self.tr_("Show recovery with {option}").format(option=o.name))
            self.option_group.addButton(b, i)
            row.addWidget(b)
            self.option_buttons.append(b)
        self.option_group.idClicked.connect(self.show_option)
        box.layout().insertWidget(0, host)
        self.show_option(self.chosen_option)

    def show_option(self, index: int) -> None:
        """Kiosk: show the recovery timeline of the option at ``index`` only (drawn when it is shown)."""
        self.chosen_option = index
        for i, (b, view) in enumerate(zip(self.option_buttons, self.chart_views)):
            b.setChecked(i == index)
            view.setVisible(i == index)
        if self.isVisible():
            self._update_charts()

    def _update_charts(self) -> None:
        """Kiosk: only the chart on show is drawn; the others wait until they are chosen."""
        views = getattr(self, "chart_views", [])
        if not self.ctx.kiosk or not views or not getattr(self, "option_buttons", None):
            super()._update_charts()
            return
        self._pending_views = [views[min(self.chosen_option, len(views) - 1)]]
        self._draw_next_chart(self.ctx.render_settings())

    def build(self) -> None:
        pack = self.ctx.pack
        self.intro = self.add_paragraph(self.tr_(
            "What recovery is usually like with each option. Times are typical; your own recovery may be quicker "
            "or slower. Where studies give different times, this is shown as a range and marked “sources "
            "disagree”."))
        self.add_heading(self.tr_("Step by step, for each option"), 2)
        self.cards = []
        self.time_labels: dict[str, QLabel] = {}
        self.marker_buttons = {}
        self.grid = CardGrid(min_card_width=260)
        for opt in pack.options:
            frame, lay = card(name=self.tr_("Recovery with {option}").format(option=opt.name))
            name = label(opt.name, object_name="optionName")
            set_heading_level(name, 2)
            lay.addWidget(name)
            for m in pack.milestones_for(opt.id):
                box = QVBoxLayout()
                box.setContentsMargins(0, 8, 0, 0)
                box.setSpacing(2)
                head = label(m.label, bold=True, object_name="milestoneLabel")
                box.addWidget(head)
                when = milestone_time_words(m)
                tl = label(self.tr_("When: {when}").format(when=when), object_name="milestoneTime",
                                   accessible=f"{opt.name} — {m.label}: {when}")
                box.addWidget(FocusBox(tl))     # keyboard users can step through the times
                self.time_labels[m.id] = tl
                text = label(m.text, object_name="milestoneText")
                box.addWidget(text)
                parts = [head, text]
                if m.unverified:
                    uv = label(self.tr_("Unverified: this time has not yet been checked against its "
                                                "source."), bold=True, object_name="unverified")
                    box.addWidget(uv)
                    parts.append(uv)
                for p in parts:                 # line up with the text inside the focus box
                    p.setContentsMargins(3, 0, 3, 0)
                btn = marker_button(pack, m.sources)
                if btn is not None:
                    btn.set_context(f"{opt.name} — {m.label}")
                    btn.flow.setContentsMargins(3, 2, 0, 0)
                    box.addWidget(btn)
                    self.marker_buttons[m.id] = btn
                lay.addLayout(box)
            lay.addStretch(1)
            self.cards.append(frame)
        self.grid.set_cards(self.cards)
        self.body.addWidget(self.grid)

        self.add_heading(self.tr_("Warning signs after a procedure"), 2)
        self.add_paragraph(self.tr_("After a procedure, watch for these signs. They are rare, but act at once if you "
                                    "notice one."))
        self.warning_sign_notices: dict[str, Notice] = {}
        for w in pack.warning_signs:
            if w.urgency == "emergency":
                n = self.add_notice(w.text, "emergency", self.tr_("Emergency:"))
            else:
                n = self.add_notice(w.text, "warning", self.tr_("Warning sign:"))
            n.setObjectName("warningSign-" + w.id)
            btn = marker_button(pack, w.sources)
            if btn is not None:     # the markers sit to the right of the text
                btn.set_context(w.text)
                n.layout().removeWidget(n.label)
                row = QHBoxLayout()
                row.addWidget(n.label, 1)
                row.addWidget(btn, 0, Qt.AlignmentFlag.AlignTop)
                n.layout().addLayout(row)
                self.marker_buttons[w.id] = btn
            self.warning_sign_notices[w.id] = n

    def refresh(self) -> None:
        if self.charts_box is not None and self.isVisible():
            self._update_charts()
