"""Charts for the decision aid: pure builders ``(pack, session, settings) -> matplotlib Figure``.

Importing this package does not import matplotlib (the app imports it at start-up); matplotlib is loaded the
first time a chart is built. No pyplot, no Qt. Every figure, label, range, source marker and time frame comes
from the content pack. See docs/charts.md.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from . import _text
from ._icons import grid_shape, icon_counts
from ._describe import ONE_OPTION_PREFIX, chart_description, chart_table, chart_title
from ._registry import CHARTS, REGISTRY, Chart, chart
from ._style import (CLAIM_GREY, COMPARATOR_GREY, THEME, RenderSettings, contrast_ratio, option_colours,
                     relative_luminance)

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

__all__ = [
    "RenderSettings", "CHARTS", "REGISTRY", "Chart", "chart", "build_chart", "draw_band", "chart_description",
    "chart_table", "chart_title", "option_colours", "pain_relief_figure", "complications_figure",
    "recovery_figure", "ONE_OPTION_PREFIX", "contrast_ratio", "relative_luminance", "set_translator",
    # the marks' meanings, for views that draw small icon arrays themselves (At a glance)
    "grid_shape", "icon_counts", "COMPARATOR_GREY", "CLAIM_GREY", "THEME",
]

_DEFAULT = RenderSettings()
_BUILD_LOCK = threading.RLock()             # one chart laid out at a time: the layout helpers share a measurer


def _draw_fn(chart_id: str):
    return chart(chart_id).draw_fn()         # the registry (``_registry.REGISTRY``): one entry per chart


def build_chart(chart_id: str, pack, session=None, settings: RenderSettings = _DEFAULT, *,
                figure: "Figure | None" = None) -> "Figure":
    """Build chart ``chart_id`` into ``figure`` (cleared and re-sized, same object) or a new Figure.

    ``session`` is accepted from callers that have one and never read: a chart shows the pack's evidence, the
    same for every person, so its draw function is not given it (and no cache needs a session key).

    The returned figure is ``settings.width_in`` wide and, with ``settings.height_in=None``, exactly as tall as
    its content needs (its natural height). A figure passed in keeps its own dpi (a Qt canvas manages it).
    """
    from ._layout import build
    with _BUILD_LOCK:
        return build(_draw_fn(chart_id), chart_id, pack, settings, figure)


def draw_band(fig, top_in: float, height_in: float):
    """Draw only a band of a figure from ``build_chart``: rows ``top_in`` to ``top_in + height_in`` inches from
    its top, as an RGBA array (numpy), equal to the same rows of the whole figure drawn at once. Artists outside
    the band are skipped, so a screen draws only the few inches of a tall chart that it shows."""
    from ._layout import draw_band as draw
    return draw(fig, top_in, height_in)


def pain_relief_figure(pack, session=None, settings: RenderSettings = _DEFAULT, *, figure=None) -> "Figure":
    return build_chart("pain_relief", pack, session, settings, figure=figure)


def complications_figure(pack, session=None, settings: RenderSettings = _DEFAULT, *, figure=None) -> "Figure":
    return build_chart("complications", pack, session, settings, figure=figure)


def recovery_figure(pack, session=None, settings: RenderSettings = _DEFAULT, *, figure=None) -> "Figure":
    return build_chart("recovery", pack, session, settings, figure=figure)


def set_translator(fn) -> None:
    """Translate every interface string of the charts (titles, legends, axis words, the text alternative and
    the table) with ``fn(english_template) -> template``; ``None`` goes back to English.

    The app installs a function that looks the template up in its translation catalogue (context "Charts").
    Templates keep their ``{named}`` placeholders; ``_text.TRANSLATABLE`` lists them all.
    """
    _text.set_translator(fn)
