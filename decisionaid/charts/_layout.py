"""Measured, top-anchored layout in inches for the chart builders.

Every artist is placed in inches from the figure's top-left corner. Text is measured with matplotlib's own
Agg text metrics and wrapped to the space it has, so nothing is clipped at any width: the builder adds up the
heights and the figure gets exactly the height its content needs. Artists stay anchored to the top when the
figure is later made taller (for example by a Qt canvas), so extra room only adds white space at the bottom.

matplotlib is imported inside functions only: ``decisionaid.charts`` must not load it at start-up.
"""
from __future__ import annotations

import threading
from functools import lru_cache

from ._style import RenderSettings, theme

# Font sizes in points at text_scale 1.0 (the smallest is 11 pt).
TITLE, H2, H3, BODY, SMALL = 16.0, 14.0, 12.5, 12.0, 11.0
LINESPACING = 1.2
MEASURE_DPI = 100.0
WIDTH_SAFETY = 1.03   # screen hinting can make text a little wider than the outline metrics


@lru_cache(maxsize=1)
def _renderer():
    from matplotlib.backends.backend_agg import RendererAgg
    return RendererAgg(10, 10, MEASURE_DPI)


@lru_cache(maxsize=64)
def _font(size: float, weight: str, style: str):
    from matplotlib.font_manager import FontProperties
    return FontProperties(size=size, weight=weight, style=style)


@lru_cache(maxsize=256)
def _measure_exact(text: str, size: float, weight: str, style: str) -> tuple[float, float, float]:
    w, h, d = _renderer().get_text_width_height_descent(text or " ", _font(size, weight, style), ismath=False)
    return w / MEASURE_DPI, h / MEASURE_DPI, d / MEASURE_DPI


@lru_cache(maxsize=64)
def _face(size: float, weight: str, style: str, thread: int):
    """The FreeType face matplotlib draws this font with (one per thread, as matplotlib keeps them)."""
    from matplotlib.backends.backend_agg import get_hinting_flag
    from matplotlib.font_manager import findfont, get_font
    return get_font(findfont(_font(size, weight, style))), get_hinting_flag()


@lru_cache(maxsize=8192)
def _advance(ch: str, size: float, weight: str, style: str) -> float:
    font, flags = _face(size, weight, style, threading.get_ident())
    font.set_size(size, MEASURE_DPI)
    return font.load_char(ord(ch), flags=flags).horiAdvance / 64 / MEASURE_DPI


def measure(text: str, size: float, weight: str = "normal", style: str = "normal") -> tuple[float, float, float]:
    """(width, height, descent) of one line of text, in inches.

    Width is the sum of the characters' hinted advances (cached per character): it matches matplotlib's own
    measure to the pixel (tests/test_charts.py), and asking FreeType to lay out each word cost 0.3 ms a word,
    about 300 ms of the Benefits step's first charts. A small safety margin covers kerning and hinting.
    """
    w = sum(_advance(ch, size, weight, style) for ch in text)
    _, h, d = _measure_exact("lp", size, weight, style)
    return w * WIDTH_SAFETY, h, d


@lru_cache(maxsize=1)
def _probe():
    from matplotlib.figure import Figure
    fig = Figure(figsize=(4, 4), dpi=MEASURE_DPI)
    return fig, fig.text(0, 0, "", parse_math=False)


@lru_cache(maxsize=2000)
def block_height(n_lines: int, size: float, weight: str = "normal", style: str = "normal") -> float:
    """Height in inches of n lines of text, measured the way matplotlib lays them out."""
    _fig, probe = _probe()
    probe.set(text="\n".join(["Ålp"] * max(1, n_lines)), fontsize=size, fontweight=weight, fontstyle=style,
              linespacing=LINESPACING, va="top")
    return probe.get_window_extent(_renderer()).height / MEASURE_DPI


def wrap(text: str, size: float, width_in: float, weight: str = "normal", style: str = "normal") -> list[str]:
    """Greedy word wrap by measured width; a word longer than the line is split."""
    return list(_wrap(str(text), size, round(width_in, 4), weight, style))


@lru_cache(maxsize=4000)
def _wrap(text: str, size: float, width_in: float, weight: str, style: str) -> tuple[str, ...]:
    lines: list[str] = []
    for para in str(text).split("\n"):
        words = para.split()
        if not words:
            lines.append("")
            continue
        cur = ""
        for word in words:
            cand = f"{cur} {word}" if cur else word
            if measure(cand, size, weight, style)[0] <= width_in:
                cur = cand
                continue
            if cur:
                lines.append(cur)
            cur = word
            while measure(cur, size, weight, style)[0] > width_in and len(cur) > 1:
                # split an over-long word at the most characters that fit, with a hyphen
                cut = len(cur) - 1
                while cut > 1 and measure(cur[:cut] + "-", size, weight, style)[0] > width_in:
                    cut -= 1
                lines.append(cur[:cut] + "-")
                cur = cur[cut:]
        lines.append(cur)
    return tuple(lines)


class Bands:
    """Where each artist of a built figure lies, in inches from its top, so that one band of a tall figure can
    be drawn alone (``draw_band``): a screen shows a few inches of a chart 60 inches tall, and drawing text
    is most of a chart's cost (tens of thousands of glyphs)."""

    MARGIN = 0.25        # inches: line widths, text boxes' padding and marker edges reach a little further

    def __init__(self):
        from matplotlib.transforms import Affine2D
        self.top = 0.0               # the band being drawn starts this far down (0: the whole figure)
        self.shift = Affine2D()      # moves that band to the top of the figure while it is drawn
        self.spans: list[tuple[object, float, float]] = []      # (artist, top, bottom) in inches

    def add(self, artist, top: float, bottom: float):
        self.spans.append((artist, top, bottom))
        return artist


def draw_band(fig, top: float, height: float):
    """The pixels of ``fig`` (built by ``build``) from ``top`` to ``top + height`` inches down from its top, as
    an RGBA array ``height * dpi`` rows tall, exactly as the same rows of the whole figure drawn at once.
    Artists wholly outside the band are not drawn at all (artists placed without the Sheet always are)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    bands: Bands = getattr(fig, BANDS_ATTR)
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    W, H = fig.get_size_inches()
    lo, hi = top - Bands.MARGIN, top + height + Bands.MARGIN
    hidden = [a for a, t, b in bands.spans if (b < lo or t > hi) and a.get_visible()]
    for a in hidden:
        # the attribute set_visible sets, without its change callbacks (hundreds of artists per band: set_visible
        # cost about 15 ms a band); the figure is drawn explicitly below and they are restored after
        a._visible = False
    bands.top = top
    bands.shift.clear().translate(0, top)
    fig.set_size_inches(W, height, forward=False)
    try:
        canvas.draw()
        return np.array(canvas.buffer_rgba())
    finally:
        fig.set_size_inches(W, H, forward=False)
        bands.top = 0.0
        bands.shift.clear()
        for a in hidden:
            a._visible = True


BANDS_ATTR = "_decisionaid_bands"        # a built figure's Bands


class _Locator:
    """Axes position in inches from the top-left, recomputed from the figure size at every draw."""

    def __init__(self, x: float, y: float, w: float, h: float, bands: Bands):
        self.box = (x, y, w, h)
        self.bands = bands

    def __call__(self, ax, renderer):
        from matplotlib.transforms import Bbox
        W, H = ax.figure.get_size_inches()
        x, y, w, h = self.box
        y -= self.bands.top
        return Bbox.from_bounds(x / W, 1 - (y + h) / H, w / W, h / H)


class Sheet:
    """Places artists on a figure in inches from the top-left corner."""

    def __init__(self, fig, settings: RenderSettings, scale: float):
        from matplotlib.transforms import Affine2D, ScaledTranslation
        self.fig = fig
        self.settings = settings
        self.W = float(settings.width_in)
        self.s = scale
        self.th = theme(settings)
        self.margin = 0.3
        self.inner = self.W - 2 * self.margin
        self.bands = Bands()
        # (x inches, y inches down from the top) -> display (the shift is zero but while one band is drawn)
        self.trans = (Affine2D().scale(1, -1) + self.bands.shift + fig.dpi_scale_trans
                      + ScaledTranslation(0, 1, fig.transFigure))

    def place(self, artist, top: float, bottom: float):
        """Record where an artist added without the Sheet's helpers lies (see ``Bands``)."""
        return self.bands.add(artist, top, bottom)

    # sizes
    def pt(self, base: float) -> float:
        return base * self.s

    def line_h(self, base: float, n: int = 1, weight: str = "normal") -> float:
        return block_height(n, self.pt(base), weight)

    def text_height(self, text: str, base: float, width: float, weight: str = "normal",
                    style: str = "normal") -> float:
        return block_height(len(wrap(text, self.pt(base), width, weight, style)), self.pt(base), weight, style)

    def text(self, x: float, y: float, text: str, base: float = BODY, *, width: float | None = None,
             weight: str = "normal", style: str = "normal", color: str | None = None, ha: str = "left",
             va: str = "top", gid: str | None = None, boxed: bool = False, max_lines: int | None = None,
             backdrop: bool | str = False) -> float:
        """Draw (wrapped) text with its top-left (or top-right/centre, by ha) at (x, y); return its height."""
        size = self.pt(base)
        lines = wrap(text, size, width, weight, style) if width else str(text).split("\n")
        if max_lines and len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = lines[-1].rstrip(" .,;:") + "…"
        pad = 0.0
        kw = {}
        if boxed:
            pad_pt = 2.5 * self.s
            pad = pad_pt / 72
            kw["bbox"] = dict(boxstyle=f"square,pad={pad_pt / size:.3f}", facecolor=self.th.background,
                              edgecolor=color or self.th.text, linewidth=1.0 * self.th.line_scale)
        elif backdrop:   # hide grid lines behind the words without changing the layout
            kw["bbox"] = dict(boxstyle="square,pad=0.1", edgecolor="none",
                              facecolor=backdrop if isinstance(backdrop, str) else self.th.background)
        t = self.fig.text(x + (pad if ha == "left" else -pad if ha == "right" else 0), y + pad, "\n".join(lines),
                          transform=self.trans, fontsize=size, fontweight=weight, fontstyle=style,
                          color=color or self.th.text, ha=ha, va=va, linespacing=LINESPACING,
                          multialignment=ha if ha != "center" else "center", parse_math=False, **kw)
        if gid:
            t.set_gid(gid)
        h = block_height(len(lines), size, weight, style) + 2 * pad
        self.bands.add(t, y, y + h)
        return h

    def axes(self, x: float, y: float, w: float, h: float):
        W, H = self.fig.get_size_inches()
        ax = self.fig.add_axes((x / W, max(0.0, 1 - (y + h) / H), w / W, h / H))
        ax.set_axes_locator(_Locator(x, y, w, h, self.bands))
        ax.set_facecolor("none")
        return self.bands.add(ax, y, y + h + 0.75)      # tick labels below the axes

    def rect(self, x: float, y: float, w: float, h: float, **kw):
        from matplotlib.patches import Rectangle
        r = Rectangle((x, y), w, h, transform=self.trans, **kw)
        self.fig.add_artist(r)
        return self.bands.add(r, y, y + h)

    def marker(self, x: float, y: float, marker: str, size_pt: float, **kw):
        from matplotlib.lines import Line2D
        ln = Line2D([x], [y], marker=marker, markersize=size_pt, linestyle="none", transform=self.trans, **kw)
        self.fig.add_artist(ln)
        return self.bands.add(ln, y - size_pt / 144, y + size_pt / 144)

    def hline(self, x0: float, x1: float, y: float, **kw):
        from matplotlib.lines import Line2D
        ln = Line2D([x0, x1], [y, y], transform=self.trans, **kw)
        self.fig.add_artist(ln)
        return self.bands.add(ln, y, y)

    def legend(self, y: float, items, width: float | None = None) -> float:
        """A row of legend entries that wraps. items: (draw(x, y_top, size_in), label); returns height."""
        width = width or self.inner
        sw = 0.24 * self.s
        gap = 0.35 * self.s
        x0 = self.margin
        x, line_top, line_h = x0, y, 0.0
        row_h = max(sw, self.line_h(SMALL))
        for draw, label in items:
            tw = min(measure(label, self.pt(SMALL))[0], width - sw - 0.1)
            need = sw + 0.1 + tw
            if x > x0 and x + need > x0 + width:
                line_top += line_h + 0.08 * self.s
                x, line_h = x0, 0.0
            h = max(row_h, self.text_height(label, SMALL, tw + 0.01))
            draw(x, line_top + (row_h - sw) / 2, sw)
            self.text(x + sw + 0.1, line_top + (row_h - self.line_h(SMALL)) / 2, label, SMALL, width=tw + 0.01)
            line_h = max(line_h, h)
            x += need + gap
        return line_top + line_h - y


def build(draw, chart_id: str, pack, settings: RenderSettings, figure=None):
    """Run a chart's draw function into ``figure`` (cleared) or a new Figure; size it; return it.

    ``draw(sheet, pack) -> natural height in inches``. With ``settings.height_in`` given and the
    content taller than that, the text is scaled down (to at most half) until it fits.
    """
    from matplotlib.figure import Figure

    if figure is None:
        fig = Figure(figsize=(settings.width_in, settings.height_in or 4.0), dpi=settings.dpi)
    else:
        fig = figure
    scale = settings.text_scale
    floor = settings.text_scale * 0.5
    height = 0.0
    for _ in range(5):
        fig.clear()
        fig.set_layout_engine("none")
        fig.set_size_inches(settings.width_in, settings.height_in or max(fig.get_figheight(), 1.0),
                            forward=False)
        sheet = Sheet(fig, settings, scale)
        fig.patch.set_facecolor(sheet.th.background)
        fig.patch.set_alpha(1.0)
        height = draw(sheet, pack)
        if settings.height_in is None or height <= settings.height_in + 1e-6 or scale <= floor:
            break
        scale = max(floor, scale * min(0.97, settings.height_in / height))
    fig.set_size_inches(settings.width_in, settings.height_in or height, forward=False)
    setattr(fig, BANDS_ATTR, sheet.bands)
    fig.set_label(chart_id)
    return fig
