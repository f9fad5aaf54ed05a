"""Charts for the decision aid: pure builders ``(pack, session, settings) -> matplotlib Figure``.

Importing this package does not import matplotlib (the app imports it at start-up); matplotlib is loaded the
first time a chart is built. No pyplot, no Qt. Every figure, label, range, source marker and time frame comes
from the content pack. See docs/charts.md.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import TYPE_CHECKING

from . import _text
from ._describe import chart_description, chart_table, chart_title
from ._style import CHARTS, RenderSettings, contrast_ratio, option_colours, relative_luminance

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

__all__ = [
    "RenderSettings", "CHARTS", "build_chart", "chart_description", "chart_table", "chart_title", "render_png",
    "option_colours", "pain_relief_figure", "complications_figure", "recovery_figure", "contrast_ratio",
    "relative_luminance", "clear_cache", "set_translator",
]

_DEFAULT = RenderSettings()


def _draw_fn(chart_id: str):
    if chart_id == "pain_relief":
        from ._pain import draw
    elif chart_id == "complications":
        from ._harms import draw
    elif chart_id == "recovery":
        from ._recovery import draw
    else:
        raise KeyError(f"unknown chart {chart_id!r}; charts are {', '.join(CHARTS)}")
    return draw


def build_chart(chart_id: str, pack, session=None, settings: RenderSettings = _DEFAULT, *,
                figure: "Figure | None" = None) -> "Figure":
    """Build chart ``chart_id`` into ``figure`` (cleared and re-sized, same object) or a new Figure.

    The returned figure is ``settings.width_in`` wide and, with ``settings.height_in=None``, exactly as tall as
    its content needs (its natural height). A figure passed in keeps its own dpi (a Qt canvas manages it).
    """
    from ._layout import build
    return build(_draw_fn(chart_id), chart_id, pack, session, settings, figure)


def pain_relief_figure(pack, session=None, settings: RenderSettings = _DEFAULT, *, figure=None) -> "Figure":
    return build_chart("pain_relief", pack, session, settings, figure=figure)


def complications_figure(pack, session=None, settings: RenderSettings = _DEFAULT, *, figure=None) -> "Figure":
    return build_chart("complications", pack, session, settings, figure=figure)


def recovery_figure(pack, session=None, settings: RenderSettings = _DEFAULT, *, figure=None) -> "Figure":
    return build_chart("recovery", pack, session, settings, figure=figure)


# ---- PNG export (print, PDF, HTML) ---------------------------------------------------------------------------
_CACHE: "OrderedDict[tuple, bytes]" = OrderedDict()
_CACHE_SIZE = 12


def _pack_fingerprint(pack) -> str:
    """Content the charts depend on; a temp copy of a pack with one number changed gets a new key."""
    text = repr((pack.path, pack.metadata.pack_id, pack.metadata.version, pack.options, pack.outcomes,
                 pack.milestones, [s.id for s in pack.sources]))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def clear_cache() -> None:
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
    """An opaque (RGB, white background) PNG of the chart at ``settings.dpi``.

    Cached on the chart, the pack's content, the settings and the interface language (charts show the same
    evidence for every session, so no session field is part of the key).
    """
    key = (chart_id, _pack_fingerprint(pack), settings, _language_key())
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    import io

    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    fig = build_chart(chart_id, pack, session, settings)
    fig.set_dpi(settings.dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    # composite onto white (the figure is opaque already; this makes sure the file has no alpha channel)
    if int(rgba[..., 3].min()) == 255:
        rgb = np.ascontiguousarray(rgba[..., :3])
    else:
        alpha = rgba[..., 3:4].astype(np.float32) / 255.0
        rgb = (rgba[..., :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha)).round().astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgb, "RGB").save(buf, format="png", dpi=(settings.dpi, settings.dpi), optimize=False)
    data = buf.getvalue()
    fig.clear()
    _CACHE[key] = data
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return data
