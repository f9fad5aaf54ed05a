"""Measured, top-anchored layout in inches for the chart builders.

Every artist is placed in inches from the figure's top-left corner. Text is measured with matplotlib's own
Agg text metrics and wrapped to the space it has, so nothing is clipped at any width: the builder adds up the
heights and the figure gets exactly the height its content needs. Artists stay anchored to the top when the
figure is later made taller (for example by a Qt canvas), so extra room only adds white space at the bottom.

matplotlib is imported inside functions only: ``decisionaid.charts`` must not load it at start-up.
"""
from __future__ import annotations

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


@lru_cache(maxsize=20000)
def _measure_exact(text: str, size: float, weight: str, style: str) -> tuple[float, float, float]:
    w, h, d = _renderer().get_text_width_height_descent(text or " ", _font(size, weight, style), ismath=False)
    return w / MEASURE_DPI, h / MEASURE_DPI, d / MEASURE_DPI


def measure(text: str, size: float, weight: str = "normal", style: str = "normal") -> tuple[float, float, float]:
    """(width, height, descent) of one line of text, in inches.

    Width is the sum of the measured words and spaces (word metrics are cached; measuring whole lines with
    FreeType is slow), plus a small safety margin for kerning and hinting.
    """
    words = text.split(" ")
    if len(words) == 1:
        w, h, d = _measure_exact(text, size, weight, style)
        return w * WIDTH_SAFETY, h, d
    space = _measure_exact("a a", size, weight, style)[0] - _measure_exact("aa", size, weight, style)[0]
    w = sum(_measure_exact(word, size, weight, style)[0] for word in words if word) + space * (len(words) - 1)
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


class _Locator:
    """Axes position in inches from the top-left, recomputed from the figure size at every draw."""

    def __init__(self, x: float, y: float, w: float, h: float):
        self.box = (x, y, w, h)

    def __call__(self, ax, renderer):
        from matplotlib.transforms import Bbox
        W, H = ax.figure.get_size_inches()
        x, y, w, h = self.box
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
        # (x inches, y inches down from the top) -> display
        self.trans = (Affine2D().scale(1, -1) + fig.dpi_scale_trans
                      + ScaledTranslation(0, 1, fig.transFigure))

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
        return block_height(len(lines), size, weight, style) + 2 * pad

    def axes(self, x: float, y: float, w: float, h: float):
        W, H = self.fig.get_size_inches()
        ax = self.fig.add_axes((x / W, max(0.0, 1 - (y + h) / H), w / W, h / H))
        ax.set_axes_locator(_Locator(x, y, w, h))
        ax.set_facecolor("none")
        return ax

    def rect(self, x: float, y: float, w: float, h: float, **kw):
        from matplotlib.patches import Rectangle
        r = Rectangle((x, y), w, h, transform=self.trans, **kw)
        self.fig.add_artist(r)
        return r

    def marker(self, x: float, y: float, marker: str, size_pt: float, **kw):
        from matplotlib.lines import Line2D
        ln = Line2D([x], [y], marker=marker, markersize=size_pt, linestyle="none", transform=self.trans, **kw)
        self.fig.add_artist(ln)
        return ln

    def hline(self, x0: float, x1: float, y: float, **kw):
        from matplotlib.lines import Line2D
        ln = Line2D([x0, x1], [y, y], transform=self.trans, **kw)
        self.fig.add_artist(ln)
        return ln

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


def build(draw, chart_id: str, pack, session, settings: RenderSettings, figure=None):
    """Run a chart's draw function into ``figure`` (cleared) or a new Figure; size it; return it.

    ``draw(sheet, pack, session) -> natural height in inches``. With ``settings.height_in`` given and the
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
        height = draw(sheet, pack, session)
        if settings.height_in is None or height <= settings.height_in + 1e-6 or scale <= floor:
            break
        scale = max(floor, scale * min(0.97, settings.height_in / height))
    fig.set_size_inches(settings.width_in, settings.height_in or height, forward=False)
    fig.set_label(chart_id)
    return fig
