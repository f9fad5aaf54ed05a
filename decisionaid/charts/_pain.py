"""Chart 1, "pain_relief": how many people out of 100 had the benefit, per option and evidence row.

matplotlib is imported inside functions only.
"""
from __future__ import annotations

from ._describe import benefit_rows, chart_title, grouped, row_meta, row_people
from ._layout import BODY, H2, H3, SMALL, TITLE, Sheet, measure
from ._style import option_colours
from ._text import capital, certainty_words, count_phrase, num, or_list, range_phrase, short_reason, ui


def _ticks(den: int) -> list[float]:
    return [den * k / 4 for k in range(5)]


def draw(sh: Sheet, pack, session) -> float:
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    pairs = benefit_rows(pack)
    colours = option_colours(pack, sh.settings)

    y = 0.25 * s
    y += sh.text(M, y, chart_title("pain_relief", pack), TITLE, weight="bold", width=inner, gid="title")
    y += 0.08 * s
    dens = sorted({r.denominator for _, r in pairs}) or [100]
    y += sh.text(M, y, ui("pain_sub").format(den=or_list(dens)), SMALL, width=inner,
                 color=th.muted)
    y += 0.22 * s
    if not pairs:
        y += sh.text(M, y, ui("no_rows"), BODY, width=inner)
        return y + 0.3

    # columns: option names | bars | numbers in words
    gap = 0.2
    name_w = max(measure(o.short_name, sh.pt(BODY), "bold")[0] for o in pack.options) + 0.05
    stacked = name_w > 0.27 * inner          # names go above the bars when they would not fit beside them
    G = 0.0 if stacked else name_w
    need = word = 0.0
    for _, r in pairs:
        for ev in r.values:
            if ev.has_figure:
                phrase, detail = capital(count_phrase(ev, r.denominator)), _detail(pack, ev, r)
                need = max(need, measure(phrase, sh.pt(BODY), "bold")[0], measure(detail, sh.pt(SMALL))[0])
                word = max([word] + [measure(w, sh.pt(BODY), "bold")[0] for w in phrase.split()]
                           + [measure(w, sh.pt(SMALL))[0] for w in detail.split()])
    R = min(0.4 * inner, max(0.24 * inner, need + 0.05))
    # never split a word of the numbers in words (long words in some languages), up to half the width
    R = max(R, min(word + 0.05, 0.5 * inner))
    P = inner - G - R - (gap if not stacked else 0) - gap
    x_plot = M + G + (gap if not stacked else 0)
    x_text = x_plot + P + gap
    bar_h = 0.26 * s
    group_list = grouped(pairs)

    for outcome, rows in group_list:
        # The outcome's description and each row's note are long prose: they are in the text alternative, the
        # table and the page around the chart, not drawn here (a chart is read at a glance).
        if len(group_list) > 1:
            y += sh.text(M, y, outcome.label, H2, weight="bold", width=inner, gid=f"outcome/{outcome.id}")
            y += 0.12 * s
        for row in rows:
            y = _row(sh, pack, row, colours, y, x_plot, P, x_text, R, stacked, bar_h)
            y += 0.32 * s
    return y


def _row(sh: Sheet, pack, row, colours, y, x_plot, P, x_text, R, stacked, bar_h) -> float:
    from matplotlib.patheffects import Normal, Stroke

    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    y += sh.text(M, y, row.label, H3, weight="bold", width=inner, gid=f"rowlabel/{row.id}")
    y += 0.03 * s
    y += sh.text(M, y, row_meta(row), BODY, width=inner, gid=f"rowmeta/{row.id}")
    y += 0.02 * s
    y += sh.text(M, y, row_people(row), SMALL, width=inner, color=th.muted)
    y += 0.12 * s

    # measure the slots first, then draw the bars panel and the words beside it
    line1 = sh.line_h(BODY, 1, "bold")
    slots = []
    panel_top = y
    for opt in pack.options:
        ev = row.value_for(opt.id)
        top = y
        if stacked:
            name_h = sh.text_height(opt.short_name, BODY, inner - 0.1, "bold")
            top = y + name_h + 0.04 * s
        centre_off = max(bar_h, line1) / 2
        if ev.has_figure:
            words_h = sh.text_height(capital(count_phrase(ev, row.denominator)), BODY, R, "bold")
            detail = _detail(pack, ev, row)
            if detail:
                words_h += 0.02 * s + sh.text_height(detail, SMALL, R)
            if ev.unverified:
                words_h += 0.05 * s + sh.line_h(SMALL) + 2 * 2.5 * s / 72
        else:
            words_h = sh.text_height(_no_figure_text(ev), BODY, P + R - 0.1, style="italic")
        bottom = max(top + centre_off * 2, top + centre_off - line1 / 2 + words_h)
        slots.append((opt, ev, y, top + centre_off, bottom))
        y = bottom + 0.14 * s
    y -= 0.14 * s
    panel_h = y - panel_top + 0.06 * s

    ax = sh.axes(x_plot, panel_top, P, panel_h)
    ax.set_xlim(0, row.denominator)
    ax.set_ylim(panel_h, 0)
    ax.set_yticks([])
    ax.set_xticks(_ticks(row.denominator), [num(t) for t in _ticks(row.denominator)])
    ax.tick_params(axis="x", labelsize=sh.pt(SMALL), colors=th.text, width=0.8 * th.line_scale)
    ax.xaxis.grid(True, color=th.grid, linewidth=0.8 * th.line_scale)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(th.text)
        ax.spines[side].set_linewidth(0.9 * th.line_scale)

    for opt, ev, slot_top, centre, bottom in slots:
        colour, hatch, _marker = colours[opt.id]
        yc = centre - panel_top
        name_y = centre - line1 / 2
        if stacked:
            sh.text(M + 0.08, slot_top, opt.short_name, BODY, weight="bold", width=inner - 0.1,
                    gid=f"name/{row.id}/{opt.id}", backdrop=True)
        else:
            sh.text(x_plot - 0.2, name_y, opt.short_name, BODY, weight="bold", ha="right",
                    gid=f"name/{row.id}/{opt.id}")
        if not ev.has_figure:
            sh.text(x_plot + 0.08, name_y, _no_figure_text(ev), BODY, width=P + R - 0.1, style="italic",
                    gid=f"nofigure/{row.id}/{opt.id}", backdrop=True)
            continue
        edge = th.edge or colour
        if ev.less_than:   # "fewer than N": an open bar up to N, not a filled one
            bars = ax.barh([yc], [ev.value], height=bar_h, left=0, facecolor=th.background, edgecolor=colour,
                           linewidth=1.6 * th.line_scale, linestyle="--", hatch=hatch or None, zorder=2)
            bars.patches[0].set_hatchcolor(colour)
        else:
            bars = ax.barh([yc], [ev.value], height=bar_h, left=0, color=colour, edgecolor=edge,
                           linewidth=1.0 * th.line_scale, hatch=hatch or None, zorder=2)
            bars.patches[0].set_hatchcolor("#FFFFFF")
        bars.patches[0].set_gid(f"bar/{row.id}/{opt.id}")
        bars.set_label(opt.short_name)
        if ev.has_range:
            eb = ax.errorbar([ev.value], [yc], xerr=[[ev.value - ev.low], [ev.high - ev.value]], fmt="none",
                             ecolor=th.range_colour, elinewidth=1.8 * th.line_scale, capsize=6 * s,
                             capthick=1.8 * th.line_scale, zorder=3)
            halo = [Stroke(linewidth=4.2 * th.line_scale, foreground=th.background), Normal()]
            for art in (*eb.lines[1], *eb.lines[2]):
                art.set_path_effects(halo)
                art.set_clip_on(False)
            eb.lines[2][0].set_gid(f"range/{row.id}/{opt.id}")
        # the number in words, certainty and sources, beside the bar
        ty = name_y
        ty += sh.text(x_text, ty, capital(count_phrase(ev, row.denominator)), BODY, weight="bold", width=R,
                      gid=f"value/{row.id}/{opt.id}")
        detail = _detail(pack, ev, row)
        if detail:
            ty += 0.02 * s
            ty += sh.text(x_text, ty, detail, SMALL, width=R, gid=f"detail/{row.id}/{opt.id}")
        if ev.unverified:
            ty += 0.05 * s
            sh.text(x_text, ty, ui("unverified_upper"), SMALL, weight="bold", boxed=True,
                    gid=f"unverified/{row.id}/{opt.id}")

    # axis label under the tick labels
    tick_h = (3.5 + 3.5) / 72 + sh.line_h(SMALL)
    y = panel_top + panel_h + tick_h + 0.04 * s
    y += sh.text(x_plot, y, ui("axis_out_of").format(den=row.denominator), SMALL, width=P, color=th.muted)
    return y


def _detail(pack, ev, row) -> str:
    bits = []
    if ev.has_range:
        bits.append(capital(range_phrase(ev)))
    cert = certainty_words(ev.certainty)
    marks = pack.markers(ev.sources)
    if cert or marks:
        bits.append(" ".join(b for b in (cert, marks) if b))
    return " · ".join(bits)


def _no_figure_text(ev) -> str:
    return f"{ui('no_figure')}: {short_reason(ev.no_figure)}"
