"""Chart 2, "complications": paired icon arrays, one per option, for every count row of a harm outcome.

Affected people are grouped and filled from the bottom row upward, left to right (iconarray.com); people who
may also have been affected (from the best estimate up to the top of the range) are a second, hatched shade.
A 1000-person row is drawn as a 1000-icon array in blocks of 100. matplotlib is imported inside functions only.
"""
from __future__ import annotations

import math

from ._describe import chart_title, grouped, harm_rows, row_meta, row_people
from ._layout import BODY, H2, H3, SMALL, TITLE, Sheet, measure
from ._style import option_colours, tint
from ._text import both_frames, capital, certainty_words, range_phrase, short_reason, ui

MAYBE_HATCH = "////"
BLOCK_GAP = 0.7          # gap between blocks of 100, in icon widths
ICON_GAP = 0.14          # white space between icons, in icon widths
EDGE = 0.05              # room for the icon outlines at the array's edge
ARRAY_IN = 2.0           # width of a 100-icon array at text_scale 1 (icons about 0.18 in, easy to count)


def grid_shape(denominator: int) -> tuple[int, int, int]:
    """(columns, rows, block size) of the icon grid."""
    if denominator == 100:
        return 10, 10, 10
    if denominator == 1000:
        return 50, 20, 10
    cols = math.ceil(math.sqrt(denominator))
    return cols, math.ceil(denominator / cols), 0


def icon_xy(index: int, cols: int, block: int) -> tuple[float, float]:
    """Lower-left corner of icon ``index`` (0 = bottom-left; fills a row left to right, then the row above)."""
    r, c = divmod(index, cols)
    if block:
        return c + (c // block) * BLOCK_GAP, r + (r // block) * BLOCK_GAP
    return float(c), float(r)


def grid_extent(cols: int, rows: int, block: int) -> tuple[float, float]:
    if block:
        return cols + (cols // block - 1) * BLOCK_GAP, rows + (rows // block - 1) * BLOCK_GAP
    return float(cols), float(rows)


def icon_counts(ev, denominator: int) -> tuple[int, float, int]:
    """(whole icons had, fraction of one more icon, icons "may also have had")."""
    value = float(ev.value)
    if ev.less_than:
        top = max(value, ev.high or 0.0)
        return 0, 0.0, min(denominator, int(round(top)))
    had = int(math.floor(value + 1e-9))
    frac = value - had if value - had > 1e-6 else 0.0
    start = had + (1 if frac else 0)
    maybe = 0
    if ev.high is not None:
        maybe = max(0, min(denominator, int(round(ev.high))) - start)
    return had, frac, maybe


def draw(sh: Sheet, pack, session) -> float:
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    pairs = harm_rows(pack)
    colours = option_colours(pack, sh.settings)

    y = 0.25 * s
    y += sh.text(M, y, chart_title("complications", pack), TITLE, weight="bold", width=inner, gid="title")
    y += 0.08 * s
    y += sh.text(M, y, ui("harm_sub"), SMALL, width=inner, color=th.muted)
    y += 0.14 * s
    neutral = th.muted if not sh.settings.greyscale else "#555555"

    def sw_had(x, yy, size):
        sh.rect(x, yy, size, size, facecolor=neutral, edgecolor=th.edge or neutral, linewidth=0.8)

    def sw_maybe(x, yy, size):
        r = sh.rect(x, yy, size, size, facecolor=tint(neutral, 0.72), edgecolor=neutral, linewidth=0.8,
                    hatch=MAYBE_HATCH)
        r.set_hatchcolor(neutral)

    def sw_not(x, yy, size):
        sh.rect(x, yy, size, size, facecolor=th.empty_fill, edgecolor=th.empty_edge, linewidth=0.8)

    y += sh.legend(y, [(sw_had, ui("legend_had")), (sw_maybe, ui("legend_maybe")), (sw_not, ui("legend_not"))])
    y += 0.3 * s
    if not pairs:
        y += sh.text(M, y, ui("no_rows"), BODY, width=inner)
        return y + 0.3
    groups = grouped(pairs)
    for outcome, rows in groups:
        # The outcome's description and each row's note are long prose: they are in the text alternative, the
        # table and the page around the chart, not drawn here.
        y += sh.text(M, y, outcome.label, H2, weight="bold", width=inner, gid=f"outcome/{outcome.id}")
        y += 0.12 * s
        for row in rows:
            y = _row(sh, pack, row, colours, y)
            y += 0.36 * s
    return y


def _row(sh: Sheet, pack, row, colours, y) -> float:
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    y += sh.text(M, y, row.label, H3, weight="bold", width=inner, gid=f"rowlabel/{row.id}")
    y += 0.03 * s
    y += sh.text(M, y, row_meta(row), BODY, width=inner, gid=f"rowmeta/{row.id}")
    y += 0.02 * s
    y += sh.text(M, y, row_people(row), SMALL, width=inner, color=th.muted)
    y += 0.14 * s

    n = len(pack.options)
    gap = 0.3 * max(1.0, s)
    colw = (inner - (n - 1) * gap) / n
    sw = 0.2 * s
    cols, rows_, block = grid_shape(row.denominator)
    gw, gh = grid_extent(cols, rows_, block)
    ratio = (gh - ICON_GAP + 2 * EDGE) / (gw - ICON_GAP + 2 * EDGE)
    longest_word = max(measure(w, sh.pt(H3), "bold")[0] for o in pack.options for w in o.short_name.split())
    # Side by side when the columns are wide enough; otherwise (large text, narrow window, or a 1000-person
    # array, which needs the width to stay legible) one option under the other, words beside each array.
    side_by_side = colw >= max(longest_word + sw + 0.15, 1.8 * s) and row.denominator <= 100
    if side_by_side:
        A = min(colw, ARRAY_IN * max(1.0, 0.75 * s))
    elif row.denominator <= 100:
        A = min(0.45 * inner, ARRAY_IN * max(1.0, 0.75 * s))
    else:
        A = min(0.58 * inner, 4.8 * max(1.0, 0.75 * s))
    Ah = A * ratio
    name_w = colw - sw - 0.1 if side_by_side else inner - sw - 0.1
    # One under the other, the words go beside each array unless that column would split a word (large text,
    # long words in some languages): then they go under the array.
    words_below = not side_by_side and inner - A - gap < _longest_word(sh, pack, row) + 0.05
    name_h = max(sh.text_height(o.short_name, H3, name_w, "bold") for o in pack.options)
    bottoms = []
    for i, opt in enumerate(pack.options):
        colour, _hatch, marker = colours[opt.id]
        ev = row.value_for(opt.id)
        if side_by_side:
            x0, top = M + i * (colw + gap), y
            arr_top = top + name_h + 0.08 * s
            cap_x, cap_top, cap_w = x0, arr_top + Ah + 0.1 * s, colw
        else:
            x0, top = M, (bottoms[-1] + 0.22 * s if bottoms else y)
            arr_top = top + sh.text_height(opt.short_name, H3, name_w, "bold") + 0.08 * s
            if words_below:
                cap_x, cap_top, cap_w = x0, arr_top + Ah + 0.1 * s, inner
            else:
                cap_x, cap_top, cap_w = x0 + A + gap, arr_top, inner - A - gap
        # option name with its colour and marker shape (so it survives black-and-white printing)
        sh.marker(x0 + sw / 2, top + sh.line_h(H3, 1, "bold") / 2, marker, 10 * s, markerfacecolor=colour,
                  markeredgecolor=th.edge or colour, markeredgewidth=0.8)
        sh.text(x0 + sw + 0.1, top, opt.short_name, H3, weight="bold", width=name_w, gid=f"name/{row.id}/{opt.id}")
        if ev.has_figure:
            _icons(sh, row, opt, ev, colour, x0, arr_top, A, Ah, cols, block)
            yy = cap_top
            yy += sh.text(cap_x, yy, caption_lines(sh, both_frames(ev, row.denominator), cap_w), BODY,
                          weight="bold", width=cap_w, gid=f"caption/{row.id}/{opt.id}")
            detail = _detail(pack, ev, row)
            if detail:
                yy += 0.03 * s
                yy += sh.text(cap_x, yy, detail, SMALL, width=cap_w, gid=f"detail/{row.id}/{opt.id}")
            if ev.unverified:
                yy += 0.06 * s
                yy += sh.text(cap_x, yy, ui("unverified_upper"), SMALL, weight="bold", boxed=True,
                              gid=f"unverified/{row.id}/{opt.id}")
            bottoms.append(max(yy, arr_top + Ah))
        else:
            box_w = colw if side_by_side else inner
            bottoms.append(arr_top + _no_figure(sh, row, opt, ev, x0, arr_top, box_w, Ah))
    return max(bottoms)


def _icons(sh: Sheet, row, opt, ev, colour, x0, y0, A, Ah, cols, block):
    """Draw the icon array as figure-level collections (no Axes: fast), positioned in inches."""
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

    had, frac, maybe = icon_counts(ev, den)
    start_maybe = had + (1 if frac else 0)
    lw = (0.4 if small else 0.9) * th.line_scale
    edge = th.edge or colour
    key = f"icons/{row.id}/{opt.id}"

    def add(verts, suffix, **kw):
        coll = PolyCollection(verts, transform=sh.trans, linewidth=kw.pop("linewidth", lw), **kw)
        coll.set_gid(f"{key}/{suffix}")
        sh.fig.add_artist(coll)
        return coll

    add([icon(i) for i in range(had, den) if not start_maybe <= i < start_maybe + maybe], "not",
        facecolor=th.empty_fill, edgecolor=th.empty_edge, linewidth=lw * 0.8)
    add([icon(i) for i in range(had)], "had", facecolor=colour, edgecolor=edge)
    if frac:
        add([icon(had, size * frac)], "had-part", facecolor=colour, edgecolor=edge)
    coll = add([icon(i) for i in range(start_maybe, start_maybe + maybe)], "maybe", facecolor=tint(colour, 0.72),
               edgecolor=colour, hatch=MAYBE_HATCH)
    coll.set_hatchcolor(colour)


def _no_figure(sh: Sheet, row, opt, ev, x0, y0, A, Ah) -> float:
    """The reason in words, in a dashed box where the array would be (as tall as its words need)."""
    th, s = sh.th, sh.s
    pad = 0.12 * s
    head = ui("no_figure")
    reason = short_reason(ev.no_figure)      # the full reason is in the table and the text alternative
    body_h = sh.text_height(reason, SMALL, A - 2 * pad)
    head_h = sh.text_height(head, BODY, A - 2 * pad, "bold")
    h = head_h + 0.05 * s + body_h + 2 * pad
    sh.rect(x0, y0, A, h, facecolor=th.background, edgecolor=th.empty_edge, linewidth=1.2 * th.line_scale,
            linestyle="--")
    yy = y0 + pad
    yy += sh.text(x0 + pad, yy, head, BODY, weight="bold", width=A - 2 * pad, gid=f"nofigure/{row.id}/{opt.id}")
    yy += 0.05 * s
    sh.text(x0 + pad, yy, reason, SMALL, width=A - 2 * pad, gid=f"nofigure-reason/{row.id}/{opt.id}")
    return h


def caption_lines(sh: Sheet, text: str, width: float) -> str:
    """Break "2 in 100 had this; 98 did not" after the semicolon when it does not fit on one line."""
    if measure(text, sh.pt(BODY), "bold")[0] <= width or "; " not in text:
        return text
    first, rest = text.split("; ", 1)
    return first + ";\n" + rest


def _longest_word(sh: Sheet, pack, row) -> float:
    """Width of the longest word in the captions and details of a row, in inches."""
    widest = 0.0
    for ev in row.values:
        if ev.has_figure:
            widest = max([widest] + [measure(w, sh.pt(BODY), "bold")[0]
                                     for w in both_frames(ev, row.denominator).split()]
                         + [measure(w, sh.pt(SMALL))[0] for w in _detail(pack, ev, row).split()])
    return widest


def _detail(pack, ev, row) -> str:
    bits = []
    if ev.has_range:
        bits.append(capital(range_phrase(ev, row.denominator)))
    cert = certainty_words(ev.certainty)
    marks = pack.markers(ev.sources)
    if cert or marks:
        bits.append(" ".join(b for b in (cert, marks) if b))
    return " · ".join(bits)
