"""Charts at the top of a step page, created on the first show (matplotlib is imported then, never at start-up)."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class ChartHostMixin:
    """For a StepPage: ChartViews for ``CHART_IDS``, created on the first ``on_shown`` at the top of the page
    (under the heading and the page's short introduction ``self.intro``), kept across a pack change, and
    redrawn on show, display change and pack change.

    Mix it in before StepPage: ``class BenefitsPage(FitHeightMixin, ChartHostMixin, StepPage)``."""

    CHART_IDS: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # StepPage builds the page only once every __init__ has run (see ui.setup_order), so this state is
        # there before the first rebuild()
        self.intro = None                   # the page's short introduction (set by build())
        self.charts_box: QWidget | None = None
        self.chart_views: list = []
        self._pending_views: list = []
        self._charts_stale = False
        self._now = 0                       # lay pending charts out at once while they fill this height (on_shown)
        self._prepared = False              # laid out ahead by prepare_charts, not shown since
        self._after_screen: list = []       # to call once the charts on screen are painted (after_charts_on_screen)
        self._watched: set[int] = set()     # ids of the canvases whose paints are watched for that
        self.ctx.display_changed.connect(self._charts_changed)

    def _chart_index(self) -> int:
        """Where the charts go: after the page's short introduction (``self.intro``), else under the heading."""
        i = self.body.indexOf(self.intro) if self.intro is not None else -1
        return i + 1 if i >= 0 else 1

    def rebuild(self) -> None:
        box = self.charts_box
        if box is not None:
            self.body.removeWidget(box)     # kept (clear_layout would delete it)
        super().rebuild()
        if box is not None:
            self.body.insertWidget(self._chart_index(), box)
            self._charts_in_tab_order()
            self._charts_changed()

    def on_shown(self) -> None:
        if self.charts_box is None:
            self._create_charts()
            self._charts_in_tab_order()
            if self.charts_box is None:     # no charts to wait for
                self._run_after_screen()
        first = self.charts_box is not None and not any(v.canvas is not None for v in self.chart_views)
        if first and "matplotlib.backends.backend_agg" in sys.modules:
            # matplotlib is loaded (the app loads it after start-up): lay the charts out with the step, before
            # its first paint, so the page is laid out once with them (each later pass over the Benefits step's
            # hundreds of wrapped labels cost about 60 ms); the canvases draw only the bands in view
            self._size_charts_box()
            self._now = self.window().height()      # charts laid out now until they fill this height
            try:
                self._update_charts()
            finally:
                self._now = 0
            self._settle_layout()           # (their canvases take no focus: the Tab order set above stands)
            return
        if self._prepared:
            # laid out ahead (prepare_charts): their heights into the page before its first paint, and the charts
            # below the screen laid out after that paint
            self._prepared = False
            self._settle_layout()
            drawn = next((v for v in self.chart_views if v.canvas is not None), None)
            if drawn is not None:
                drawn.canvas.painted.connect(lambda: QTimer.singleShot(0, self._draw_if_visible),
                                             Qt.ConnectionType.SingleShotConnection)
                return
        # matplotlib still to be imported (about 0.4 s): the step appears first, its charts just after (and
        # are skipped if the person has already moved on)
        QTimer.singleShot(0, self._draw_if_visible)

    def after_charts_on_screen(self, fn) -> None:
        """Call ``fn`` one event-loop turn after the charts on screen are first painted (what the page builds
        below them can wait for that)."""
        self._after_screen.append(fn)

    def _run_after_screen(self) -> None:
        todo, self._after_screen = self._after_screen, []
        for fn in todo:
            QTimer.singleShot(0, self, fn)

    def _chart_painted(self) -> None:
        if self._after_screen and self.charts_drawn_in_view():
            self._run_after_screen()

    def prepare_charts(self, width: int, screen_height: int) -> bool:
        """Before the step is first shown (``MainWindow.prepare_step_charts``, matplotlib loaded): lay out the
        charts that fill the first screen at the page's coming ``width`` and draw what of them that screen shows.
        False when there is nothing to do."""
        if self.charts_box is not None or not self.CHART_IDS or "matplotlib.backends.backend_agg" not in sys.modules:
            return False
        self._create_charts()
        if self.charts_box is None:
            return False
        self.resize(width, max(self.height(), screen_height))
        self._size_charts_box()
        self._now = screen_height
        try:
            self._update_charts()
        finally:
            self._now = 0
        self._pending_views = []            # the rest are laid out when the step is shown
        for v in self.chart_views:
            if v.canvas is not None:
                v.canvas.draw_ahead(screen_height)
        self._charts_in_tab_order()
        self._prepared = True
        return True

    def _size_charts_box(self) -> None:
        """Give the charts their width now (the page's, inside its margins), before the page's layout runs."""
        m = self.body.contentsMargins()
        width = self.width() - m.left() - m.right()
        box = self.charts_box
        if width > 0 and box.width() != width:
            box.resize(width, max(1, box.height()))
            box.layout().activate()
        for v in self.chart_views:          # (a hidden page's layout does not pass the width on)
            if width > 0 and v.width() != width:
                v.resize(width, max(1, v.height()))

    def _draw_if_visible(self) -> None:
        if self.charts_box is None:
            return
        if self.isVisible():
            self._update_charts()
            self._charts_in_tab_order()     # a chart may have added its canvas or table just now
            self._settle_layout()
        else:
            self._charts_stale = True

    def _settle_layout(self) -> None:
        """Settle new chart heights into the page (and the page into its scroll area) now, not a few event-loop
        turns later: each pass may ask the parent to lay out again. Only this page's chain of widgets: the
        steps built ahead in the background have layout requests of their own waiting (over 0.5 s of them)."""
        chain, w = list(self.chart_views), self.charts_box       # inside out: the views, the box, the page, ...
        while w is not None:
            chain.append(w)
            w = w.parentWidget()
        for _ in range(4):
            for w in chain:
                QCoreApplication.sendPostedEvents(w, QEvent.Type.LayoutRequest.value)

    def _charts_in_tab_order(self) -> None:
        """The charts were added after the rest of the page: give them their on-screen place in the Tab
        order too (after what is above them, before what is below)."""
        box = self.charts_box
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
            from .chart_view import ChartView
        except ImportError as exc:   # the chart widget is missing: the page still works without it
            log.warning("charts unavailable: %s", exc)
            return
        box = QWidget()
        box.setObjectName("chartsBox")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        for cid in self.CHART_IDS:
            view = ChartView(cid)
            lay.addWidget(view)
            self.chart_views.append(view)
        self.charts_box = box
        self.body.insertWidget(self._chart_index(), box)
        # shown now, not on Qt's queued show: a hidden box would not pass its charts' heights on to the page's
        # layout, so the step's first paint would show the charts squeezed to nothing and lay out again
        box.show()

    def _charts_changed(self) -> None:
        if self.charts_box is None:
            return
        if self.isVisible():
            self._update_charts()
        else:
            self._charts_stale = True

    def _update_charts(self) -> None:
        """Draw the charts one per event-loop turn: the first appears at once and the page stays responsive
        while the taller ones are drawn."""
        views = self.chart_views
        if not views:
            return
        self._pending_views = list(views)
        self._draw_next_chart(self.ctx.render_settings())

    def _draw_next_chart(self, settings) -> None:
        pending = self._pending_views
        if not pending:
            return
        view = pending.pop(0)
        try:
            view.set_data(self.ctx.pack, self.ctx.session, settings)
        except Exception:    # a chart must never take the page down
            log.exception("chart %s failed", getattr(view, "chart_id", "?"))
            self._run_after_screen()        # (its part of the screen may never count as drawn)
        if view.canvas is not None and id(view.canvas) not in self._watched:
            self._watched.add(id(view.canvas))
            view.canvas.painted.connect(self._chart_painted)
        if self._now and view.canvas is not None:
            self._now -= view.canvas.minimumHeight()
            if pending and self._now <= 0:
                # the screen is full: the charts below it are laid out after this one is painted
                self._now = 0
                view.canvas.painted.connect(lambda: self._after_paint(view, settings),
                                            Qt.ConnectionType.SingleShotConnection)
                return
        if pending and self._now > 0:
            self._draw_next_chart(settings)
        elif pending:
            QTimer.singleShot(0, lambda: self._draw_next_chart(settings))
        else:
            self._charts_stale = False

    def _after_paint(self, view, settings) -> None:
        QTimer.singleShot(0, lambda: self._draw_next_chart(settings))

    def charts_pending(self) -> bool:
        return bool(self._pending_views)

    def charts_drawn_in_view(self) -> bool:
        """What a person sees is complete: every chart on screen is laid out and its part on screen is drawn (a
        chart below the screen may still wait for its layout)."""
        return self.charts_box is not None and all(v.drawn_in_view() for v in self.chart_views)

    def charts_fully_drawn(self) -> bool:
        """Every chart is laid out and drawn whole, including the parts below the screen (drawn while the person
        reads)."""
        return (self.charts_box is not None and not self._pending_views
                and all(v.fully_drawn() for v in self.chart_views))
