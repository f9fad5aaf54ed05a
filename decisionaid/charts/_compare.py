"""Charts 1 and 2, "pain_relief" (benefit questions) and "complications" (harm questions): every result drawn as
a comparison, from the worded view-models of ``decisionaid.present.evidence``.

- A count is drawn as paired icon arrays of 100 (1,000 where the row counts per 1,000), one per group, side by
  side when they fit: the fake procedure or usual care beside the option it was compared with.
- Means are paired bars on the row's scale, with their ranges.
- Where the source reported only the difference between the groups, the difference and its range are drawn
  against a line of no difference, and the chart says that each group's own figure was not reported.
- One meaning per mark on every chart: an option's colour (and marker shape) means that option; grey means a
  group that is not an option (a fake procedure, usual care in a trial) or a clinic's claim; hatching means
  the top of a range ("may also have had this"). A clinic's claim is drawn last in its question, smaller and grey.

Every word and number comes from the view-model; matplotlib is imported inside functions only.
"""
from __future__ import annotations

import math

from ..present.evidence import evidence
from ._layout import BODY, H2, H3, SMALL, TITLE, Sheet, measure
from ._style import option_colours, tint
from ._text import ui

from ._icons import (BLOCK_GAP, EDGE, ICON_GAP, MAYBE_HATCH, grid_extent, grid_shape,  # noqa: F401
                     icon_counts, icon_xy)
from ._style import CLAIM_GREY, COMPARATOR_GREY

ARRAY_IN = 2.0           # width of a 100-icon array at text_scale 1 (icons about 0.18 in, easy to count)


def arm_colour(sh: Sheet, pack, row, arm) -> tuple[str, str]:
    """(colour, marker) of an arm: its option's, or grey for a comparator and for a claim."""
    if row.is_claim:
        return (CLAIM_GREY if not sh.settings.greyscale else "#8C8C8C"), "o"
    if arm.option:
        colour, _hatch, marker = option_colours(pack, sh.settings)[arm.option]
        return colour, marker
    return COMPARATOR_GREY, "X"


# ---- the chart -------------------------------------------------------------------------------------------------
def draw_benefits(sh: Sheet, pack) -> float:
    return _draw(sh, pack, "benefit", "pain_relief")


def draw_harms(sh: Sheet, pack) -> float:
    return _draw(sh, pack, "harm", "complications")


def questions(pack, kind: str):
    """The questions of one kind that have rows to draw, with those rows."""
    out = []
    for q in evidence(pack):
        if q.kind != kind:
            continue
        rows = [r for r in q.rows if r.in_charts]
        if rows:
            out.append((q, rows))
    return out


def _draw(sh: Sheet, pack, kind: str, chart_id: str) -> float:
    from ._describe import chart_title
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    y = 0.25 * s
    y += sh.text(M, y, chart_title(chart_id, pack), TITLE, weight="bold", width=inner, gid="title")
    y += 0.08 * s
    y += sh.text(M, y, ui("compare_sub"), BODY, width=inner, color=th.muted)
    y += 0.14 * s
    y += _legend(sh, pack, y)
    y += 0.3 * s
    qs = questions(pack, kind)
    if not qs:
        y += sh.text(M, y, ui("no_rows"), BODY, width=inner)
        return y + 0.3
    for q, rows in qs:
        y += sh.text(M, y, q.label, H2, weight="bold", width=inner, gid=f"outcome/{q.id}")
        y += 0.14 * s
        for row in rows:
            y = _row(sh, pack, row, y)
            y += 0.4 * s
    return y


def _legend(sh: Sheet, pack, y: float) -> float:
    th = sh.th
    neutral = th.muted if not sh.settings.greyscale else "#555555"

    first = option_colours(pack, sh.settings)[pack.options[0].id][0] if pack.options else neutral

    def sw_had(x, yy, size):   # filled: half an option's colour, half grey (either kind of group)
        sh.rect(x, yy, size / 2, size, facecolor=first, edgecolor=th.edge or first, linewidth=0.8)
        sh.rect(x + size / 2, yy, size / 2, size, facecolor=COMPARATOR_GREY, edgecolor=th.edge or COMPARATOR_GREY,
                linewidth=0.8)

    def sw_maybe(x, yy, size):
        r = sh.rect(x, yy, size, size, facecolor=tint(neutral, 0.72), edgecolor=neutral, linewidth=0.8,
                    hatch=MAYBE_HATCH)
        r.set_hatchcolor(neutral)

    def sw_not(x, yy, size):
        sh.rect(x, yy, size, size, facecolor=th.empty_fill, edgecolor=th.empty_edge, linewidth=0.8)

    def sw_grey(x, yy, size):
        sh.rect(x, yy, size, size, facecolor=COMPARATOR_GREY, edgecolor=th.edge or COMPARATOR_GREY, linewidth=0.8)

    return sh.legend(y, [(sw_had, ui("legend_had")), (sw_maybe, ui("legend_maybe")), (sw_not, ui("legend_not")),
                         (sw_grey, ui("legend_grey"))])


def _row(sh: Sheet, pack, row, y: float) -> float:
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    y += sh.text(M, y, row.label, H3, weight="bold", width=inner, gid=f"rowlabel/{row.id}")
    y += 0.04 * s
    meta = " · ".join(b for b in (row.kind_words, row.time_frame, f"{row.certainty} {row.markers}".strip()) if b)
    y += sh.text(M, y, meta, BODY, width=inner, gid=f"rowmeta/{row.id}")
    y += 0.03 * s
    y += sh.text(M, y, ui("people").format(group=row.people.rstrip(".")), BODY, width=inner, color=th.muted,
                 gid=f"people/{row.id}")
    y += 0.16 * s
    if row.is_claim:
        y += sh.text(M, y, ui("claim_tag"), BODY, weight="bold", boxed=True, width=inner, gid=f"claim/{row.id}")
        y += 0.14 * s
    if row.measure == "count":
        y = _arrays(sh, pack, row, y)
    elif row.measure == "mean":
        y = _bars(sh, pack, row, y)
    else:
        y = _difference_only(sh, pack, row, y)
    if row.difference is not None and row.measure != "mean_difference":
        y += 0.1 * s
        y += sh.text(M, y, row.difference.text, BODY, weight="bold", width=inner, gid=f"difference/{row.id}")
    for line in row.beside:
        y += 0.1 * s
        y += sh.text(M, y, line, BODY, width=inner, gid=f"beside/{row.id}")
    tags = [b for b in (row.funder,) if b]
    if tags:
        y += 0.08 * s
        y += sh.text(M, y, " · ".join(tags), BODY, width=inner, color=th.muted, gid=f"funder/{row.id}")
    if row.unverified:
        y += 0.1 * s
        y += sh.text(M, y, ui("unverified_upper"), SMALL, weight="bold", boxed=True, gid=f"unverified/{row.id}")
    return y


def _name(sh: Sheet, pack, row, arm, x: float, y: float, width: float) -> float:
    """The group's name with its colour and marker shape (so it survives black-and-white printing)."""
    s, th = sh.s, sh.th
    colour, marker = arm_colour(sh, pack, row, arm)
    sw = 0.2 * s
    sh.marker(x + sw / 2, y + sh.line_h(H3, 1, "bold") / 2, marker, 10 * s, markerfacecolor=colour,
              markeredgecolor=th.edge or colour, markeredgewidth=0.8)
    return sh.text(x + sw + 0.1, y, arm.label, H3, weight="bold", width=width - sw - 0.1,
                   gid=f"name/{row.id}/{arm.key}")


def _arrays(sh: Sheet, pack, row, y: float) -> float:
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    arms = row.arms
    n = len(arms)
    gap = 0.4 * max(1.0, s)
    colw = (inner - (n - 1) * gap) / n
    cols, rows_, block = grid_shape(row.denominator)
    gw, gh = grid_extent(cols, rows_, block)
    ratio = (gh - ICON_GAP + 2 * EDGE) / (gw - ICON_GAP + 2 * EDGE)
    scale = 0.7 if row.is_claim else 1.0          # a claim is drawn smaller: secondary
    longest = max([measure(w, sh.pt(BODY), "bold")[0] for a in arms for w in a.frames.split()] + [0.5])
    side_by_side = row.denominator <= 100 and colw >= max(1.8 * s, longest + 0.1)
    grow = s if s < 1 else max(1.0, 0.75 * s)    # shrinks with the text to fit a fixed height; grows slowly
    if side_by_side:
        A = min(colw, ARRAY_IN * grow) * scale
    elif row.denominator <= 100:
        A = min(0.45 * inner, ARRAY_IN * grow) * scale
    else:
        A = min(0.62 * inner, 4.8 * grow) * scale
    Ah = A * ratio
    name_w = colw if side_by_side else inner
    name_h = max(sh.text_height(a.label, H3, name_w - 0.3 * s, "bold") for a in arms)
    bottoms: list[float] = []
    for i, arm in enumerate(arms):
        if side_by_side:
            x0, top = M + i * (colw + gap), y
            arr_top = top + name_h + 0.08 * s
            cap_x, cap_top, cap_w = x0, arr_top + Ah + 0.1 * s, colw
        else:
            x0, top = M, (bottoms[-1] + 0.25 * s if bottoms else y)
            arr_top = top + sh.text_height(arm.label, H3, name_w - 0.3 * s, "bold") + 0.08 * s
            words_beside = inner - A - gap >= max(longest + 0.1, 1.6 * s)
            if words_beside:
                cap_x, cap_top, cap_w = x0 + A + gap, arr_top, inner - A - gap
            else:
                cap_x, cap_top, cap_w = x0, arr_top + Ah + 0.1 * s, inner
        _name(sh, pack, row, arm, x0, top, name_w)
        if arm.reported:
            colour, _m = arm_colour(sh, pack, row, arm)
            _icons(sh, row, arm, colour, x0, arr_top, A, Ah, cols, block)
            yy = cap_top
            yy += sh.text(cap_x, yy, _caption(sh, arm.frames, cap_w), BODY, weight="bold", width=cap_w,
                          gid=f"caption/{row.id}/{arm.key}")
            if arm.counts:
                yy += 0.03 * s
                yy += sh.text(cap_x, yy, arm.counts, BODY, width=cap_w, color=th.muted,
                              gid=f"counts/{row.id}/{arm.key}")
            bottoms.append(max(yy, arr_top + Ah))
        else:
            bottoms.append(arr_top + _not_reported(sh, row, arm, x0, arr_top, colw if side_by_side else inner))
    return max(bottoms)


def _caption(sh: Sheet, text: str, width: float) -> str:
    """Break "2 in 100 had this; 98 did not" after the semicolon when it does not fit on one line."""
    if measure(text, sh.pt(BODY), "bold")[0] <= width or "; " not in text:
        return text
    first, rest = text.split("; ", 1)
    return first + ";\n" + rest


def _icons(sh: Sheet, row, arm, colour, x0, y0, A, Ah, cols, block):
    """The icon array as figure-level collections (no Axes: fast), positioned in inches."""
    from matplotlib.collections import PolyCollection

    th = sh.th
    den = row.denominator
    gw, _gh = grid_extent(cols, math.ceil(den / cols), block)
    unit = A / (gw - ICON_GAP + 2 * EDGE)
    size = 1 - ICON_GAP
    small = den > 100

    def icon(i, width=size):
        gx, gy = icon_xy(i, cols, block)
        x = x0 + (EDGE + gx) * unit
        yb = y0 + Ah - (EDGE + gy) * unit          # bottom edge, in inches down from the top
        w, h = width * unit, size * unit
        return [(x, yb), (x + w, yb), (x + w, yb - h), (x, yb - h)]

    had, frac, maybe = icon_counts(arm, den)
    start_maybe = had + (1 if frac else 0)
    lw = (0.4 if small else 0.9) * th.line_scale
    edge = th.edge or colour
    key = f"icons/{row.id}/{arm.key}"

    def add(verts, suffix, **kw):
        coll = PolyCollection(verts, transform=sh.trans, linewidth=kw.pop("linewidth", lw), **kw)
        coll.set_gid(f"{key}/{suffix}")
        sh.fig.add_artist(coll)
        return sh.place(coll, y0, y0 + Ah)

    add([icon(i) for i in range(had, den) if not start_maybe <= i < start_maybe + maybe], "not",
        facecolor=th.empty_fill, edgecolor=th.empty_edge, linewidth=lw * 0.8)
    add([icon(i) for i in range(had)], "had", facecolor=colour, edgecolor=edge)
    if frac:
        add([icon(had, size * frac)], "had-part", facecolor=colour, edgecolor=edge)
    coll = add([icon(i) for i in range(start_maybe, start_maybe + maybe)], "maybe", facecolor=tint(colour, 0.72),
               edgecolor=colour, hatch=MAYBE_HATCH)
    coll.set_hatchcolor(colour)


def _not_reported(sh: Sheet, row, arm, x0, y0, width) -> float:
    """"Not reported" and the reason, in a dashed box where the array would be."""
    th, s = sh.th, sh.s
    pad = 0.12 * s
    w = min(width, 3.2 * max(1.0, s))
    head_h = sh.text_height(arm.figure, BODY, w - 2 * pad, "bold")
    body_h = sh.text_height(arm.reason, BODY, w - 2 * pad) if arm.reason else 0.0
    h = head_h + (0.05 * s + body_h if body_h else 0.0) + 2 * pad
    sh.rect(x0, y0, w, h, facecolor=th.background, edgecolor=th.empty_edge, linewidth=1.2 * th.line_scale,
            linestyle="--")
    yy = y0 + pad
    yy += sh.text(x0 + pad, yy, arm.figure, BODY, weight="bold", width=w - 2 * pad,
                  gid=f"notreported/{row.id}/{arm.key}")
    if arm.reason:
        sh.text(x0 + pad, yy + 0.05 * s, arm.reason, BODY, width=w - 2 * pad, gid=f"reason/{row.id}/{arm.key}")
    return h


def _nice_top(x: float) -> float:
    if x <= 0:
        return 1.0
    mag = 10 ** math.floor(math.log10(x))
    for step in (1, 2, 2.5, 5, 10):
        if step * mag >= x:
            return step * mag
    return 10 * mag


def _ticks(lo: float, hi: float) -> list[float]:
    """Round tick values from lo to hi, at most about six of them."""
    span = hi - lo
    for step in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100):
        if span / step <= 6:
            break
    first = math.ceil(lo / step - 1e-9)
    return [round(k * step, 6) for k in range(first, int(math.floor(hi / step + 1e-9)) + 1)]


def _scale_panel(sh: Sheet, row_id: str, x_plot: float, y: float, P: float, panel_h: float, lo: float, hi: float,
                 ticks: list[float]):
    """A number line from ``lo`` to ``hi`` across ``P`` inches at ``x_plot``: grid lines, the line at the
    bottom, tick marks and their numbers, drawn as figure artists (an Axes costs about 15 ms to make and
    its ticks as much to draw: ten of them were a third of the Benefits step's chart layout). Returns the
    transform of (value, inches down) to the figure, for the marks on the panel."""
    from matplotlib.collections import LineCollection
    from matplotlib.transforms import Affine2D

    from ._text import num
    th = sh.th
    k = P / (hi - lo)
    data = Affine2D().scale(k, 1).translate(x_plot - lo * k, 0) + sh.trans
    bottom = y + panel_h
    tick_len = 3.5 / 72
    grid = LineCollection([[(t, y), (t, bottom)] for t in ticks], transform=data, colors=th.grid,
                          linewidths=0.8 * th.line_scale, zorder=0.5)
    marks = LineCollection([[(t, bottom), (t, bottom + tick_len)] for t in ticks], transform=data,
                           colors=th.text, linewidths=0.8 * th.line_scale, zorder=2.5)
    for coll, bottom_of in ((grid, bottom), (marks, bottom + tick_len)):
        sh.fig.add_artist(coll)
        sh.place(coll, y, bottom_of)
    sh.hline(x_plot, x_plot + P, bottom, color=th.text, linewidth=0.9 * th.line_scale, zorder=2.5,
             solid_capstyle="projecting")
    for t in ticks:
        sh.text(x_plot + (t - lo) * k, bottom + tick_len + 3.5 / 72, num(t), BODY, ha="center",
                gid=f"tick/{row_id}/{t:g}")
    return data


def _range(sh: Sheet, data, gid: str, low: float, high: float, yc: float, width: float, cap_pt: float):
    """A range from ``low`` to ``high`` at ``yc`` inches down, with end caps (as an error bar draws it)."""
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    th = sh.th
    line = LineCollection([[(low, yc), (high, yc)]], transform=data, colors=th.range_colour, linewidths=width,
                          zorder=3)
    line.set_gid(gid)
    caps = Line2D([low, high], [yc, yc], transform=data, linestyle="none", marker="|", markersize=2 * cap_pt,
                  markeredgewidth=width, color=th.range_colour, zorder=3)
    for a in (line, caps):
        sh.fig.add_artist(a)
        sh.place(a, yc - cap_pt / 72, yc + cap_pt / 72)


def _bars(sh: Sheet, pack, row, y: float) -> float:
    """Paired bars of the groups' means on the row's scale, with their ranges."""
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    arms = row.arms
    name_w = max(measure(a.label, sh.pt(H3), "bold")[0] for a in arms) + 0.2 * s + 0.1 + 0.25 * s
    stacked = name_w > 0.3 * inner
    G = 0.0 if stacked else name_w
    longest = max(measure(w, sh.pt(BODY), "bold")[0] for a in arms for w in a.figure.split())
    beside = 0.38 * inner >= longest + 0.1          # the figure in words beside its bar, else under it
    R = min(0.38 * inner, max(measure(a.figure, sh.pt(BODY), "bold")[0] for a in arms) + 0.1) if beside else 0.0
    P = inner - G - (R + 0.3 if beside else 0.0)
    x_plot = M + G
    bar_h = 0.3 * s
    line1 = sh.line_h(BODY, 1, "bold")
    top = max([a.high or 0.0 for a in arms] + [a.value or 0.0 for a in arms])
    xmax = _nice_top(top * 1.05)
    ticks = _ticks(0.0, xmax)
    slots = []
    yy = y
    for a in arms:
        if stacked:
            yy += sh.text_height(a.label, H3, inner, "bold") + 0.04 * s
        if beside:
            h = max(bar_h, line1, sh.text_height(a.figure, BODY, R, "bold"))
            centre = yy + h / 2
        else:
            h = bar_h + 0.06 * s + sh.text_height(a.figure, BODY, P, "bold")
            centre = yy + bar_h / 2
        slots.append((a, yy, centre))
        yy += h + 0.14 * s
    panel_h = yy - y
    data = _scale_panel(sh, row.id, x_plot, y, P, panel_h, 0.0, xmax, ticks)
    for a, slot_top, centre in slots:
        colour, _m = arm_colour(sh, pack, row, a)
        if stacked:
            _name(sh, pack, row, a, M, slot_top - sh.text_height(a.label, H3, inner, "bold") - 0.04 * s, inner)
        else:
            _name(sh, pack, row, a, M, centre - sh.line_h(H3, 1, "bold") / 2, name_w)
        if a.value is None:
            sh.text(x_plot + 0.05, centre - line1 / 2, a.figure, BODY, style="italic", width=P + R,
                    gid=f"notreported/{row.id}/{a.key}")
            continue
        from matplotlib.patches import Rectangle
        bar = Rectangle((0.0, centre - bar_h / 2), a.value, bar_h, transform=data, facecolor=colour,
                        edgecolor=th.edge or colour, linewidth=1.0 * th.line_scale, zorder=2)
        bar.set_gid(f"bar/{row.id}/{a.key}")
        sh.fig.add_artist(bar)
        sh.place(bar, centre - bar_h / 2, centre + bar_h / 2)
        if a.low is not None and a.high is not None:
            _range(sh, data, f"range/{row.id}/{a.key}", a.low, a.high, centre, 1.8 * th.line_scale, 6 * s)
        if beside:
            sh.text(x_plot + P + 0.3, centre - line1 / 2, a.figure, BODY, weight="bold", width=R,
                    gid=f"value/{row.id}/{a.key}")
        else:
            sh.text(x_plot, centre + bar_h / 2 + 0.06 * s, a.figure, BODY, weight="bold", width=P,
                    gid=f"value/{row.id}/{a.key}", backdrop=True)
    tick_h = (3.5 + 3.5) / 72 + sh.line_h(BODY)
    y = y + panel_h + tick_h + 0.04 * s
    y += sh.text(x_plot, y, row.scale[:1].upper() + row.scale[1:], BODY, width=P, color=th.muted,
                 gid=f"scale/{row.id}")
    return y


def _difference_only(sh: Sheet, pack, row, y: float) -> float:
    """The difference and its range against a line of no difference; each group's own figure not reported."""
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    y += sh.text(M, y, row.comparison, BODY, style="italic", width=inner, gid=f"diffonly/{row.id}")
    y += 0.1 * s
    d = row.difference
    if d is None or d.value is None:
        return y
    span = max(abs(v) for v in (d.value, d.low or 0.0, d.high or 0.0))
    lim = _nice_top(span * 1.25) if span else 1.0
    panel_h = 0.5 * s
    pad = 0.3 * s                    # room for the end tick labels
    P = min(inner - 2 * pad, 6.0 * max(1.0, 0.8 * s))
    x_plot = M + pad
    data = _scale_panel(sh, row.id, x_plot, y, P, panel_h, -lim, lim, _ticks(-lim, lim))
    from matplotlib.lines import Line2D
    nodiff = Line2D([0.0, 0.0], [y, y + panel_h], transform=data, color=th.text, linewidth=1.6 * th.line_scale,
                    zorder=2, gid=f"nodiff/{row.id}")
    sh.fig.add_artist(nodiff)
    sh.place(nodiff, y, y + panel_h)
    option_arm = next((a for a in row.arms if a.option), row.arms[-1])
    colour, marker = arm_colour(sh, pack, row, option_arm)
    yc = y + panel_h / 2
    if d.low is not None and d.high is not None:
        _range(sh, data, f"range/{row.id}/difference", d.low, d.high, yc, 2.0 * th.line_scale, 7 * s)
    point = Line2D([d.value], [yc], transform=data, marker="D", markersize=10 * s, color=colour,
                   markeredgecolor=th.edge or colour, linestyle="none", zorder=4, gid=f"point/{row.id}/difference")
    sh.fig.add_artist(point)
    sh.place(point, yc - 5 * s / 72, yc + 5 * s / 72)
    tick_h = (3.5 + 3.5) / 72 + sh.line_h(BODY)
    y += panel_h + tick_h + 0.04 * s
    y += sh.text(x_plot, y, ui("no_difference_line"), BODY, width=P, color=th.muted, gid=f"nodiff-label/{row.id}")
    y += 0.08 * s
    y += sh.text(M, y, d.text, BODY, weight="bold", width=inner, gid=f"difference/{row.id}")
    return y
