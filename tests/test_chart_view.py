"""ChartView: one reused canvas drawn band by band, a "Show as table" toggle, accessible name and description."""
from __future__ import annotations

import gc
import math
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MINI = ROOT / "tests" / "packs" / "mini.en.toml"

from decisionaid.charts import RenderSettings, chart_description, chart_table, chart_title  # noqa: E402
from decisionaid.content import load_pack  # noqa: E402
from decisionaid.session import Session  # noqa: E402


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI)


@pytest.fixture
def view(qtbot):
    from decisionaid.ui.widgets.chart_view import ChartView
    v = ChartView("pain_relief")
    qtbot.addWidget(v)
    v.resize(900, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def live_figures():
    from matplotlib.figure import Figure
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, Figure))


def test_matplotlib_is_imported_on_first_set_data_only():
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from decisionaid.ui.widgets.chart_view import ChartView\n"
        "from decisionaid.content import load_pack\n"
        "v = ChartView('recovery'); v.show(); app.processEvents()\n"
        "assert 'matplotlib' not in sys.modules, 'imported too early'\n"
        "assert v.canvas is None and v.figure is None\n"
        f"v.set_data(load_pack({str(MINI)!r}), None, None)\n"
        "assert 'matplotlib' in sys.modules and v.canvas is not None\n"
        "v.close(); print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("ok")


def test_one_canvas_and_figure_reused_and_figures_stay_flat(view, pack, qtbot):
    from decisionaid.ui.widgets.chart_view import ChartCanvas
    session = Session.for_pack(pack)
    view.set_data(pack, session, RenderSettings())
    canvas, figure = view.canvas, view.figure
    assert isinstance(canvas, ChartCanvas) and canvas.figure is figure
    canvas.draw()
    before = live_figures()
    for i in range(50):
        view.set_data(pack, session, RenderSettings(text_scale=1.0 + (i % 3) * 0.25))
        assert view.canvas is canvas and view.figure is figure
    canvas.draw()
    assert live_figures() == before
    assert len([c for c in view.findChildren(ChartCanvas)]) == 1


def test_accessible_name_and_description(view, pack):
    from PySide6.QtGui import QAccessible
    view.set_data(pack, Session.for_pack(pack), RenderSettings())
    title = chart_title("pain_relief", pack)
    assert view.accessibleName() == title == "Benefits: what happened in each group that was compared"
    assert view.accessibleDescription() == chart_description("pain_relief", pack)
    assert "Procedure: 40 in 100 had this" in view.accessibleDescription()
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.text(QAccessible.Text.Name) == title
    assert view.canvas.accessibleDescription() == view.accessibleDescription()


def test_show_as_table_toggle(view, pack, qtbot):
    from PySide6.QtCore import Qt
    view.set_data(pack, Session.for_pack(pack), RenderSettings())
    button, table = view.toggle_button, view.table
    # a push button named for what it does, not a check box (the accessibility tree says "button")
    from PySide6.QtGui import QAccessible
    assert not button.isCheckable() and button.text() == "Show as table"
    assert QAccessible.queryAccessibleInterface(button).role() == QAccessible.Role.Button
    assert not table.isVisible() and view.canvas.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked() and table.isVisible() and not view.canvas.isVisible()
    assert button.text() == "Show as chart"
    header, rows = chart_table("pain_relief", pack)
    assert table.columnCount() == len(header) and table.rowCount() == len(rows)
    assert [table.horizontalHeaderItem(c).text() for c in range(len(header))] == header
    for r, row in enumerate(rows):
        assert [table.item(r, c).text() for c in range(len(header))] == row
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not table.isVisible() and view.canvas.isVisible()


def test_canvas_height_follows_the_natural_height_at_the_widget_width(view, pack, qtbot):
    view.set_data(pack, Session.for_pack(pack), RenderSettings())
    dpi = view.figure.dpi / view.canvas.device_pixel_ratio
    assert view.figure.get_figwidth() == pytest.approx(view.contentsRect().width() / dpi, abs=0.02)
    assert view.canvas.minimumHeight() == math.ceil(view.figure.get_figheight() * dpi)
    small = view.canvas.minimumHeight()
    view.set_data(pack, Session.for_pack(pack), RenderSettings(text_scale=2.0))
    assert view.canvas.minimumHeight() > small
    # narrower widget: re-laid out at the new width, a taller chart (text wraps more)
    view.set_data(pack, Session.for_pack(pack), RenderSettings())
    wide_h = view.canvas.minimumHeight()
    view.resize(560, 700)
    qtbot.waitUntil(lambda: view.canvas.minimumHeight() > wide_h, timeout=60_000)
    qtbot.wait(50)
    assert view.figure.get_figwidth() == pytest.approx(view.contentsRect().width() / dpi, abs=0.02)
    assert view.canvas.minimumHeight() == math.ceil(view.figure.get_figheight() * dpi)


def test_unknown_chart_id_is_refused(qtbot):
    from decisionaid.ui.widgets.chart_view import ChartView
    with pytest.raises(KeyError):
        ChartView("not-a-chart")


def test_bands_in_view_are_drawn_first_and_match_the_whole_figure(pack, qtbot):
    """A tall chart in a short scroll area: the canvas draws the bands on screen when painted, the rest one per
    event-loop turn while it is shown, and the bands put together are the figure drawn whole, pixel for pixel
    (hatching and text that cross a band's edge included)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea
    from decisionaid.ui.widgets import chart_view
    from decisionaid.ui.widgets.chart_view import ChartView
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)   # no re-layout when it appears
    view = ChartView("pain_relief")
    area.setWidget(view)
    area.resize(700, 300)
    area.show()
    qtbot.waitExposed(area)
    view.set_data(pack, Session.for_pack(pack), RenderSettings(text_scale=2.0))   # about 20 inches tall
    canvas = view.canvas
    order = []
    draw_band = canvas._draw_band
    canvas._draw_band = lambda i: (order.append(i), draw_band(i))
    count = canvas._count()
    assert count >= 4 and canvas.figure.get_figheight() > chart_view.ONE_BAND_IN
    qtbot.waitUntil(view.drawn_in_view, timeout=20000)
    in_view = canvas._in_view()
    assert in_view and len(in_view) < count and order[:len(in_view)] == in_view
    qtbot.waitUntil(view.fully_drawn, timeout=20000)
    assert sorted(order) == list(range(count))          # each band drawn once
    # the same figure drawn whole
    fig = canvas.figure
    bands = np.concatenate([canvas._bands[i][1] for i in range(count)])
    whole = FigureCanvasAgg(fig)
    whole.draw()
    full = np.asarray(whole.buffer_rgba())
    assert full.shape[0] <= bands.shape[0] < full.shape[0] + chart_view.BAND_IN * fig.dpi
    assert np.array_equal(bands[:full.shape[0]], full)
    # hidden: no more drawing; a change drops the bands, and the next paint draws those in view again
    chart_view.ChartCanvas(fig)         # the figure's canvas is replaced above: give it an Agg canvas again
    canvas.draw()
    assert not canvas._bands
    area.hide()
    canvas._draw_one_more()
    assert not canvas._bands


def test_chart_steps_are_laid_out_ahead_and_appear_with_their_charts(make_window, qtbot):
    """After start-up (matplotlib loaded) the window lays out the Benefits step's first screen of charts at the
    width the step will have and draws what that screen shows; the step then appears with them, unchanged
    (no second layout), and the charts below the screen follow after its first paint."""
    import matplotlib.backends.backend_agg  # noqa: F401  (the app imports it after its first paint)
    from decisionaid.content import default_content_path
    real = load_pack(default_content_path(), language="en")
    w = make_window(real)
    qtbot.waitExposed(w)
    index = [s.step_id for s in w.step_classes].index("benefits")
    w.prepare_step_charts()
    qtbot.waitUntil(lambda: w.pages[index].charts_box is not None, timeout=20000)
    page = w.pages[index]
    first, below = page.chart_views
    assert first.canvas is not None and first.canvas._bands and below.canvas is None     # one screen's worth
    figure, laid_out = first.figure, first._laid_out_px
    builds = []
    redraw = first._redraw
    first._redraw = lambda: (builds.append(1), redraw())
    w.go_to(index)
    w.repaint()
    assert page.charts_drawn_in_view()                  # at the step's first paint
    assert first._laid_out_px == laid_out and first.figure is figure and not builds
    qtbot.waitUntil(page.charts_fully_drawn, timeout=60000)
    assert below.canvas is not None and not builds
