"""A chart from ``decisionaid.charts`` in one reused canvas, with a "Show as table" toggle.

matplotlib is imported the first time ``set_data`` is called, never at start-up. The widget owns exactly one
``ChartCanvas`` and one ``Figure`` for its whole life: every redraw clears that Figure and draws the chart
into it again (a dropped canvas is not freed until Qt processes deferred deletes; see
/work/shared/design/platform-notes.md).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QSizePolicy,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from decisionaid.charts import (RenderSettings, chart, build_chart, chart_description, chart_table, chart_title,
                                draw_band)

MIN_WIDTH_IN = 4.0          # below this the chart is laid out at this width and the canvas scrolls/clips
RELAYOUT_DELAY_MS = 80      # width changes are batched: a full re-layout costs about 0.1 s
LOGICAL_DPI = 100           # figure inches to logical pixels (the figure's dpi is this times the screen's ratio)
# Tall charts are drawn in bands of whole inches (hatching repeats every inch, so bands meet seamlessly), those
# in view first: the Benefits step's charts are 40 to 65 inches tall and a screen shows about five of them;
# drawing both whole took 1.3 s (text is most of it), the bands in view take about 0.1 s.
BAND_IN = 3
ONE_BAND_IN = 10            # a chart up to this tall is drawn in one band (one tall Axes is drawn in every band)


class ChartCanvas(QWidget):
    """Shows a Figure built by ``decisionaid.charts``, drawn with matplotlib's Agg renderer band by band
    (``charts.draw_band``): the bands in view when painted, then the others one per event-loop turn while the
    canvas is visible. No matplotlib Qt backend: this widget only paints the bands' pixels."""

    painted = Signal()          # after each paint

    def __init__(self, figure, parent: QWidget | None = None):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        super().__init__(parent)
        self.figure = figure
        FigureCanvasAgg(figure)                 # the figure's canvas: draws into memory
        self._bands: dict[int, tuple[QImage, object]] = {}     # band index -> (image, the pixels it shows)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._fill = QTimer(self)
        self._fill.setSingleShot(True)
        self._fill.setInterval(0)
        self._fill.timeout.connect(self._draw_one_more)
        self._fit_dpi()

    @property
    def device_pixel_ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def draw(self) -> None:
        """The figure changed: drop the drawn bands; those in view are drawn at the next paint."""
        self._bands.clear()
        self.update()

    draw_idle = draw

    def _fit_dpi(self) -> bool:
        dpi = LOGICAL_DPI * self.device_pixel_ratio
        if self.figure.dpi != dpi:
            self.figure.set_dpi(dpi)
            self._bands.clear()
            return True
        return False

    def _band_in(self) -> float:
        h = self.figure.get_figheight()
        return BAND_IN if h > ONE_BAND_IN else float(math.ceil(h))

    def _count(self) -> int:
        return max(1, math.ceil(self.figure.get_figheight() / self._band_in() - 1e-9))

    def _band_rect(self, i: int) -> QRect:
        step = int(round(self._band_in() * LOGICAL_DPI))
        return QRect(0, i * step, self.width(), step)

    def _in_view(self) -> list[int]:
        seen = self.visibleRegion().boundingRect()
        return self._covering(seen) if not seen.isEmpty() else []

    def _covering(self, rect: QRect) -> list[int]:
        step = self._band_in() * LOGICAL_DPI
        first, last = int(rect.top() // step), int(rect.bottom() // step)
        return [i for i in range(max(0, first), min(self._count() - 1, last) + 1)]

    def _draw_band(self, i: int) -> None:
        band = self._band_in()
        pixels = draw_band(self.figure, i * band, band)
        h, w = pixels.shape[:2]
        image = QImage(pixels.data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
        image.setDevicePixelRatio(self.device_pixel_ratio)
        self._bands[i] = (image, pixels)

    def draw_ahead(self, height_px: int) -> None:
        """Draw the bands covering the top ``height_px`` logical pixels now (before the canvas is shown)."""
        self._fit_dpi()
        for i in self._covering(QRect(0, 0, 1, max(1, height_px))):
            if i not in self._bands:
                self._draw_band(i)

    def drawn_in_view(self) -> bool:
        """Every band that is in view has been drawn."""
        return all(i in self._bands for i in self._in_view())

    def fully_drawn(self) -> bool:
        return len(self._bands) >= self._count()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._fit_dpi()
        rect = event.rect()
        p = QPainter(self)
        p.fillRect(rect, QColor.fromRgbF(*self.figure.get_facecolor()))   # beside and below the figure
        for i in self._covering(rect):
            if i not in self._bands:
                self._draw_band(i)
            p.drawImage(self._band_rect(i).topLeft(), self._bands[i][0])
        p.end()
        if not self.fully_drawn():
            self._fill.start()
        self.painted.emit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not self.fully_drawn():
            self._fill.start()

    def _draw_one_more(self) -> None:
        """One band that is not drawn yet, the nearest to the view, while the canvas is shown (scrolling then
        finds it ready)."""
        if not self.isVisible() or self.fully_drawn():
            return
        if not self.drawn_in_view():
            self.update()           # the bands on screen are drawn by the paint, which then carries on here
            return
        seen = self.visibleRegion().boundingRect()
        centre = seen.center().y() if not seen.isEmpty() else 0
        missing = [i for i in range(self._count()) if i not in self._bands]
        i = min(missing, key=lambda k: abs(self._band_rect(k).center().y() - centre))
        self._draw_band(i)
        if self._band_rect(i).intersects(seen):
            self.update(self._band_rect(i))
        if not self.fully_drawn():
            self._fill.start()


class ViewToggle(QPushButton):
    """A push button that flips between two views: ``isChecked`` and ``setChecked`` as a checkable button
    has (and ``flipped(bool)`` for ``toggled``), but not checkable, so the accessibility tree shows a button
    named for its action, not a check box."""

    flipped = Signal(bool)

    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self._on = False
        self.clicked.connect(lambda: self.setChecked(not self._on))

    def isChecked(self) -> bool:  # noqa: N802 (Qt name)
        return self._on

    def setChecked(self, on: bool) -> None:  # noqa: N802 (Qt name)
        on = bool(on)
        if on != self._on:
            self._on = on
            self.flipped.emit(on)

    def toggle(self) -> None:
        self.setChecked(not self._on)


class ChartTable(QTableWidget):
    """The chart's figures as a table. Tab and Shift+Tab leave it (they do not walk its cells: arrow keys do);
    Escape goes back to the "Show as chart" button."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.escape_to: QWidget | None = None

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape and self.escape_to is not None:
            self.escape_to.setFocus(Qt.FocusReason.ShortcutFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)


class ChartView(QWidget):
    """One chart (``chart_id`` in ``decisionaid.charts.CHARTS``, or "recovery:<option id>"), drawn at the widget's
    width."""

    def __init__(self, chart_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        chart(chart_id)         # KeyError for a chart that is not in the registry
        self._chart_id = chart_id
        self._pack = None
        self._session = None
        self._settings = RenderSettings()
        self._figure = None
        self._canvas = None
        self._laid_out_px: int | None = None

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addStretch(1)
        # a plain button that says what it does ("Show as table" / "Show as chart"), not a check box: screen
        # readers read its name, which changes with the view
        self._toggle = ViewToggle(self.tr("Show as table"), self)
        self._toggle.flipped.connect(self._on_toggled)
        bar.addWidget(self._toggle)
        self._layout.addLayout(bar)
        # a picture with a description (accessible role Graphic), the table its text alternative
        from decisionaid.ui.accessibility import set_role
        from PySide6.QtGui import QAccessible
        set_role(self, QAccessible.Role.Graphic)

        self._table = ChartTable(self)
        self._table.escape_to = self._toggle
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(True)
        self._table.verticalHeader().setVisible(False)
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._table.setVisible(False)
        self._table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._layout.addWidget(self._table)
        self._layout.addStretch(1)     # spare height goes below the chart, never between its parts

        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(RELAYOUT_DELAY_MS)
        self._relayout.timeout.connect(self._redraw)

    # ---- public API -------------------------------------------------------------------------------------------
    @property
    def chart_id(self) -> str:
        return self._chart_id

    @property
    def figure(self):
        """The one matplotlib Figure this view draws into (None before the first ``set_data``)."""
        return self._figure

    @property
    def canvas(self):
        """The one ChartCanvas (None before the first ``set_data``)."""
        return self._canvas

    @property
    def table(self) -> QTableWidget:
        return self._table

    @property
    def toggle_button(self) -> QPushButton:
        return self._toggle

    def set_data(self, pack, session, settings: RenderSettings | None = None) -> None:
        """Show the chart for ``pack`` (redraws into the same Figure).

        Packs are immutable and the charts show the same evidence for every session, so a call with the same
        pack object and equal settings, at an unchanged width, keeps the picture already drawn.
        """
        settings = settings if settings is not None else self._settings
        unchanged = (self._canvas is not None and pack is self._pack and settings == self._settings
                     and self._laid_out_px is not None and self._laid_out_px == self._available_px())
        self._pack, self._session, self._settings = pack, session, settings
        if unchanged:
            return
        title = chart_title(self._chart_id, pack, session)
        description = chart_description(self._chart_id, pack, session)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self._fill_table(title)
        self._ensure_canvas()
        self._canvas.setAccessibleName(title)
        self._canvas.setAccessibleDescription(description)
        self._redraw()

    # ---- internals --------------------------------------------------------------------------------------------
    def _ensure_canvas(self) -> None:
        if self._canvas is not None:
            return
        from matplotlib.figure import Figure

        self._figure = Figure(figsize=(self._settings.width_in, 4.0), dpi=LOGICAL_DPI)
        self._canvas = ChartCanvas(self._figure, self)
        # a picture, not a control: keyboard users get "Show as table"; a focused canvas would also swallow
        # the window's Alt+Left / Alt+Right step shortcuts
        self._canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._canvas.setVisible(not self._toggle.isChecked())
        self._layout.insertWidget(1, self._canvas)

    def _logical_dpi(self) -> float:
        return LOGICAL_DPI

    def _available_px(self) -> int | None:
        """Width the chart should fill, or None while the widget has not been laid out yet."""
        if not self.isVisible() and not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return None
        return self.contentsRect().width()

    def _redraw(self) -> None:
        if self._pack is None or self._canvas is None:
            return
        dpi = self._logical_dpi()
        px = self._available_px()
        width_in = self._settings.width_in if not px else max(MIN_WIDTH_IN, px / dpi)
        settings = RenderSettings(width_in=width_in, height_in=None, dpi=self._settings.dpi,
                                  text_scale=self._settings.text_scale, theme=self._settings.theme,
                                  greyscale=self._settings.greyscale)
        self._canvas._fit_dpi()
        build_chart(self._chart_id, self._pack, self._session, settings, figure=self._figure)
        natural_px = int(math.ceil(self._figure.get_figheight() * dpi))
        # whole pixels tall, as the canvas shows it (the bands then match the figure drawn whole, pixel for pixel)
        self._figure.set_size_inches(width_in, natural_px / dpi, forward=False)
        self._laid_out_px = px
        self._canvas.setMinimumHeight(natural_px)
        self._canvas.setMaximumHeight(natural_px)
        self._canvas.updateGeometry()
        self._canvas.draw_idle()

    def drawn_in_view(self) -> bool:
        """The part of the chart that is on screen has been drawn (true while it shows the table, or while the
        view itself is hidden)."""
        if self._hidden_on_purpose():
            return True
        if not self.isVisible():
            return False                    # about to be shown with its page
        if self._canvas is None or self._laid_out_px is None:
            return self.visibleRegion().isEmpty()       # not laid out yet, but below the screen
        return self._canvas.isHidden() or self._canvas.drawn_in_view()

    def fully_drawn(self) -> bool:
        return self._hidden_on_purpose() or (self._canvas is not None and self._canvas.fully_drawn())

    def _hidden_on_purpose(self) -> bool:
        # a new widget is hidden until Qt shows it with its parent; only an explicit hide keeps it hidden
        return self.isHidden() and self.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)

    def _fill_table(self, title: str) -> None:
        header, rows = chart_table(self._chart_id, self._pack, self._session)
        t = self._table
        t.clear()
        t.setColumnCount(len(header))
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels(header)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                t.setItem(r, c, QTableWidgetItem(text))
        self._fit_table()
        t.setAccessibleName(self.tr("{title} (table)").format(title=title))

    def _fit_table(self) -> None:
        """Size the table to show every row (the page scrolls, not the table)."""
        t = self._table
        t.resizeRowsToContents()
        height = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount()))
        t.setFixedHeight(height + 2 * t.frameWidth() + 2)

    def _on_toggled(self, checked: bool) -> None:
        self._toggle.setText(self.tr("Show as chart") if checked else self.tr("Show as table"))
        self._table.setVisible(checked)
        if self._canvas is not None:
            self._canvas.setVisible(not checked)
        if checked:
            self._fit_table()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self._pack is None or self._canvas is None:
            return
        px = self.contentsRect().width()
        if self._laid_out_px is None or abs(px - self._laid_out_px) > 4:
            self._relayout.start()
        if self._table.isVisible():
            self._fit_table()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._pack is not None and self._laid_out_px is None:
            self._relayout.start()
