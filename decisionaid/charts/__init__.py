"""Charts for the decision aid: pure builders ``(pack, session, settings) -> matplotlib Figure``.

Importing this package does not import matplotlib (the app imports it at start-up); matplotlib is loaded the
first time a chart is built. No pyplot, no Qt. Every figure, label, range, source marker and time frame comes
from the content pack. See docs/charts.md.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from . import _text
from ._icons import grid_shape, icon_counts
from ._print import PrintPicture, picture_from_rgba, png_idat, png_info
from ._describe import ONE_OPTION_PREFIX, chart_description, chart_table, chart_title
from ._registry import CHARTS, REGISTRY, Chart, chart
from ._style import (CLAIM_GREY, COMPARATOR_GREY, THEME, RenderSettings, contrast_ratio, option_colours,
                     relative_luminance)

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

__all__ = [
    "RenderSettings", "CHARTS", "REGISTRY", "Chart", "chart", "build_chart", "draw_band", "chart_description", "chart_table", "chart_title", "render_png",
    "render_print", "PrintPicture", "prepare", "stop_preparing", "option_colours", "pain_relief_figure", "complications_figure",
    "recovery_figure", "ONE_OPTION_PREFIX", "contrast_ratio", "relative_luminance", "clear_cache", "set_translator",
    "png_info", "png_idat",     # the report puts the print PNGs into its PDF as they are
    # the marks' meanings, for views that draw small icon arrays themselves (At a glance)
    "grid_shape", "icon_counts", "COMPARATOR_GREY", "CLAIM_GREY", "THEME",
]

_DEFAULT = RenderSettings()


def _draw_fn(chart_id: str):
    return chart(chart_id).draw_fn()         # the registry (``_registry.REGISTRY``): one entry per chart


def build_chart(chart_id: str, pack, session=None, settings: RenderSettings = _DEFAULT, *,
                figure: "Figure | None" = None) -> "Figure":
    """Build chart ``chart_id`` into ``figure`` (cleared and re-sized, same object) or a new Figure.

    ``session`` is accepted from callers that have one and never read: a chart shows the pack's evidence, the
    same for every person, so its draw function is not given it (and the caches below need no session key).

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


# ---- PNG export (print, PDF, HTML) ---------------------------------------------------------------------------
_CACHE: "OrderedDict[tuple, PrintPicture]" = OrderedDict()
_CACHE_SIZE = 12
_LOCK = threading.Lock()                    # guards _CACHE and _PENDING
_BUILD_LOCK = threading.RLock()             # one chart laid out at a time: the layout helpers share a measurer
_PENDING: "dict[tuple, threading.Event]" = {}
_PREPARING: "dict[threading.Thread, threading.Event]" = {}      # running prepare() threads and their stop flags
log = logging.getLogger(__name__)


def _pack_fingerprint(pack) -> str:
    """Content the charts depend on; a temp copy of a pack with one number changed gets a new key."""
    text = repr((pack.path, pack.metadata.pack_id, pack.metadata.version, pack.options, pack.outcomes,
                 pack.milestones, [s.id for s in pack.sources]))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()


def set_translator(fn) -> None:
    """Translate every interface string of the charts (titles, legends, axis words, the text alternative and
    the table) with ``fn(english_template) -> template``; ``None`` goes back to English.

    The app installs a function that looks the template up in its translation catalogue (context "Charts").
    Templates keep their ``{named}`` placeholders; ``_text.TRANSLATABLE`` lists them all. Empties the PNG cache.
    """
    _text.set_translator(fn)
    clear_cache()


def _language_key() -> str:
    """Changes when the translation in force changes (the same translator function can switch language)."""
    return hashlib.sha1("\x1f".join(_text.language_signature()).encode("utf-8")).hexdigest()


def render_png(chart_id: str, pack, session=None, settings: RenderSettings = _DEFAULT) -> bytes:
    """An opaque (white background) 8-bit PNG of the chart at ``settings.dpi``: RGB, or grey when
    ``settings.greyscale``. The same cache as ``render_print``."""
    return render_print(chart_id, pack, session, settings).png


def render_print(chart_id: str, pack, session=None, settings: RenderSettings = _DEFAULT) -> PrintPicture:
    """The chart drawn at ``settings.dpi`` as a PrintPicture: its PNG plus per-row statistics for cutting it
    across pages (see ``_print``).

    Cached on everything the drawing reads: the chart, the pack's content, the settings and the interface
    language (the session is not given to the draw functions: charts show the same evidence for everyone). Safe to call from a worker thread
    (see ``prepare``): charts are laid out one at a time, and a picture being drawn for the same key is waited
    for, never drawn twice.
    """
    key = (chart_id, _pack_fingerprint(pack), settings, _language_key())
    while True:
        with _LOCK:
            hit = _CACHE.get(key)
            if hit is not None:
                _CACHE.move_to_end(key)
                return hit
            pending = _PENDING.get(key)
            if pending is None:
                pending = _PENDING[key] = threading.Event()
                break
        pending.wait()
    try:
        pic = _draw_print(chart_id, pack, session, settings)
        with _LOCK:
            if key[3] == _language_key():        # the language did not change while it was drawn
                _CACHE[key] = pic
                while len(_CACHE) > _CACHE_SIZE:
                    _CACHE.popitem(last=False)
        return pic
    finally:
        with _LOCK:
            _PENDING.pop(key, None)
        pending.set()


def _draw_print(chart_id: str, pack, session, settings: RenderSettings) -> PrintPicture:
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = build_chart(chart_id, pack, session, settings)
    fig.set_dpi(settings.dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    pic = picture_from_rgba(np.asarray(canvas.buffer_rgba()), settings.dpi, settings.greyscale)
    fig.clear()
    return pic


def prepare(pack, settings_list, session=None) -> "threading.Thread":
    """Draw the charts for each RenderSettings in ``settings_list`` on a background thread, into the cache.

    The app calls this once it is idle, so that the first summary export finds its print pictures ready. A
    failure is logged and the export simply draws the chart itself. Returns the (started) thread. The thread
    is not a daemon: a thread killed inside matplotlib's C++ code while the interpreter shuts down aborts the
    process, so the app calls ``stop_preparing`` as it quits (at most the chart being drawn is finished).
    """
    jobs = [(cid, s) for s in settings_list for cid in CHARTS]
    stop = threading.Event()

    def run():
        try:
            for cid, s in jobs:
                if stop.is_set():
                    return
                try:
                    render_print(cid, pack, session, s)
                except Exception:                    # pragma: no cover - logged, the export retries
                    log.exception("chart %s could not be prepared", cid)
        finally:
            with _LOCK:
                _PREPARING.pop(th, None)

    th = threading.Thread(target=run, name="decisionaid-print-charts", daemon=False)
    with _LOCK:
        _PREPARING[th] = stop
    th.start()
    return th


def stop_preparing(timeout: float | None = 30.0) -> None:
    """Ask every ``prepare`` thread to stop after the chart it is drawing, and wait for them."""
    with _LOCK:
        running = list(_PREPARING.items())
    for _th, stop in running:
        stop.set()
    for th, _stop in running:
        th.join(timeout)
