"""Chart 3, "recovery": milestones per option on one time axis from hours to months.

One lane per option (pack order), one line per milestone with its label beside it (never on the bars, so
labels cannot overlap). The time axis is log-like, log10(1 + hours), so that the first hours and the first
months both get room; ticks are plain words ("1 day", "1 month"). matplotlib is imported inside functions only.
"""
from __future__ import annotations

from ._layout import BODY, H3, SMALL, TITLE, Sheet, measure
from ._describe import ONE_OPTION_PREFIX as ONE_PREFIX, chart_title
from ._style import option_colours, tint
from ._text import HOURS_PER, amount_words, ui

DISAGREE_HATCH = "////"

# Candidate ticks as (amount, unit), and the order in which they are kept when space is short.
TICK_KEYS = [
    (0, "start"), (1, "hour"), (6, "hour"), (1, "day"), (3, "day"), (1, "week"), (2, "week"), (1, "month"),
    (3, "month"), (6, "month"), (1, "year"), (2, "year"), (5, "year"), (10, "year"),
]
PRIORITY = [(1, "hour"), (1, "day"), (1, "week"), (1, "month"), (1, "year"), (0, "start"), (3, "month"),
            (6, "month"), (2, "week"), (6, "hour"), (3, "day"), (2, "year"), (5, "year"), (10, "year")]
TICKS = [(0.0 if unit == "start" else n * HOURS_PER[unit], (n, unit)) for n, unit in TICK_KEYS]   # (hours, key)


def tick_words(key) -> str:
    """(1, "day") -> "1 day"; (0, "start") -> "Start" (translated)."""
    n, unit = key
    return ui("start") if unit == "start" else amount_words(n, unit)


def fwd(x):
    import numpy as np
    return np.log10(1.0 + np.clip(np.asarray(x, dtype=float), 0.0, None))


def inv(y):
    import numpy as np
    return np.power(10.0, np.asarray(y, dtype=float)) - 1.0


def axis_end(pack) -> float:
    """The smallest candidate tick at or beyond the last milestone end."""
    ends = [max(m.to_hours, m.to_hours_max or 0.0, m.from_hours) for m in pack.milestones] or [24.0]
    last = max(ends)
    for h, _ in TICKS:
        if h >= last - 1e-9 and h > 0:
            return h
    return last * 1.1


def choose_ticks(sh: Sheet, xmax: float, x_plot: float, P: float) -> list[tuple[float, str]]:
    """Tick labels that fit without overlapping, by PRIORITY; the axis end is always labelled."""
    size = sh.pt(SMALL)
    span = float(fwd(xmax))
    cand = {key: h for h, key in TICKS if h <= xmax + 1e-9}
    end_key = next(key for key, h in cand.items() if abs(h - xmax) < 1e-9) if xmax in cand.values() else None
    order = [end_key] + [p for p in PRIORITY if p in cand and p != end_key] if end_key else \
        [p for p in PRIORITY if p in cand]
    kept: list[tuple[float, float, float, str]] = []
    pad = 0.12 * sh.s
    for key in order:
        h = cand[key]
        lab = tick_words(key)
        xc = x_plot + P * float(fwd(h)) / span
        w = measure(lab, size)[0]
        lo, hi = xc - w / 2, xc + w / 2
        if hi > sh.W - 0.05:
            continue
        if any(lo < k_hi + pad and hi > k_lo - pad for _, k_lo, k_hi, _ in kept):
            continue
        kept.append((h, lo, hi, lab))
    kept.sort()
    return [(h, lab) for h, _, _, lab in kept]


def draw(sh: Sheet, pack) -> float:
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    colours = option_colours(pack, sh.settings)
    neutral = th.muted if not sh.settings.greyscale else "#555555"

    y = 0.25 * s
    y += sh.text(M, y, chart_title("recovery", pack), TITLE, weight="bold", width=inner, gid="title")
    y += 0.08 * s
    y += sh.text(M, y, ui("recovery_sub"), SMALL, width=inner, color=th.muted)
    y += 0.14 * s

    def sw_bar(x, yy, size):
        sh.rect(x, yy + size * 0.2, size, size * 0.6, facecolor=neutral, edgecolor=th.edge or neutral,
                linewidth=0.8)

    def sw_disagree(x, yy, size):
        r = sh.rect(x, yy + size * 0.2, size, size * 0.6, facecolor=tint(neutral, 0.75), edgecolor=neutral,
                    linewidth=0.8, hatch=DISAGREE_HATCH, linestyle="--")
        r.set_hatchcolor(neutral)

    def sw_point(x, yy, size):
        sh.marker(x + size / 2, yy + size / 2, "o", 9 * s, markerfacecolor=neutral,
                  markeredgecolor=th.edge or "#FFFFFF", markeredgewidth=1.0)

    y += sh.legend(y, [(sw_bar, ui("legend_bar")), (sw_disagree, ui("legend_disagree")),
                       (sw_point, ui("legend_point"))])
    y += 0.22 * s
    if not pack.milestones:
        y += sh.text(M, y, ui("no_rows"), BODY, width=inner)
        return y + 0.3

    # columns: labels | time axis
    need = max([measure(f"{m.label} {pack.markers(m.sources)}".strip(), sh.pt(BODY))[0] for m in pack.milestones]
               + [measure(o.name, sh.pt(H3), "bold")[0] for o in pack.options]) + 0.3 * s + 0.1
    G = max(min(0.22 * inner, 2.0 * s), min(need, 0.4 * inner))
    xmax = axis_end(pack)
    end_label = next((tick_words(key) for h, key in TICKS if abs(h - xmax) < 1e-9), "  ")
    end_label_w = measure(end_label, sh.pt(SMALL))[0]
    indent = 0.3 * s
    rpad = max(M, end_label_w / 2 + 0.08)
    x_plot = M + G + 0.2
    P = sh.W - x_plot - rpad
    labels = {m.id: f"{m.label} {pack.markers(m.sources)}".strip() for m in pack.milestones}
    longest = max([measure(w, sh.pt(BODY))[0] for lab in labels.values() for w in lab.split()]
                  + [measure(w, sh.pt(H3), "bold")[0] for o in pack.options for w in o.name.split()])
    # Labels beside the bars when they fit; otherwise (large text, narrow window) each label above its bar.
    stacked = longest > G - indent or P < 2.6 * min(s, 1.5)
    if stacked:
        x_plot = M + indent
        P = sh.W - x_plot - rpad
    label_w = P if stacked else (G - indent)
    ticks = choose_ticks(sh, xmax, x_plot, P)
    tick_h = (3.5 + 3.5) / 72 + sh.line_h(SMALL)

    y += tick_h
    top = y
    bar_h = 0.24 * s
    plan = []          # (kind, payload, y_top, height)
    for opt in pack.options:
        ms = pack.milestones_for(opt.id)
        lane_top = y
        head_h = sh.text_height(opt.name, H3, label_w, "bold")
        plan.append(("head", opt, y + (0.06 * s if stacked else 0), head_h))
        y += head_h + (0.16 if stacked else 0.1) * s
        for m in ms:
            lab_h = sh.text_height(labels[m.id], BODY, label_w)
            if m.unverified:
                lab_h += 0.04 * s + sh.line_h(SMALL) + 2 * 2.5 * s / 72
            if stacked:
                h = lab_h + 0.06 * s + bar_h + 0.16 * s
            else:
                h = max(bar_h + 0.14 * s, lab_h + 0.1 * s)
            plan.append(("ms", (opt, m, labels[m.id], lab_h), y, h))
            y += h
        y += 0.12 * s
        plan.append(("lane", opt, lane_top, y - lane_top))
    total = y - top
    bands = {}
    for i, opt in enumerate(pack.options):
        if sh.settings.greyscale or th.edge:
            bands[opt.id] = "#F3F3F3" if i % 2 == 0 else None
        else:
            bands[opt.id] = tint(colours[opt.id][0], 0.93)

    ax = sh.axes(x_plot, top, P, total)
    ax.set_xscale("function", functions=(fwd, inv))
    ax.set_xlim(0, xmax)
    ax.set_ylim(total, 0)
    ax.set_yticks([])
    ax.set_xticks([h for h, _ in ticks], [lab for _, lab in ticks])
    minor = [h for h, _ in TICKS if h <= xmax and all(abs(h - k) > 1e-9 for k, _ in ticks)]
    ax.set_xticks(minor, minor=True)
    ax.tick_params(axis="x", which="major", labelsize=sh.pt(SMALL), colors=th.text, labeltop=True, top=True,
                   width=0.8 * th.line_scale)
    ax.tick_params(axis="x", which="minor", length=2, top=True, colors=th.grid)
    ax.xaxis.grid(True, which="major", color=th.grid, linewidth=0.9 * th.line_scale)
    ax.xaxis.grid(True, which="minor", color=th.grid, linewidth=0.5 * th.line_scale, linestyle=":")
    ax.set_axisbelow(True)
    for side in ("left", "right"):
        ax.spines[side].set_visible(False)
    for side in ("top", "bottom"):
        ax.spines[side].set_color(th.text)
        ax.spines[side].set_linewidth(0.9 * th.line_scale)

    lane_no = 0
    for kind, payload, yt, h in plan:
        if kind == "lane":
            opt = payload
            if bands[opt.id]:
                ax.axhspan(yt - top, yt - top + h, color=bands[opt.id], zorder=0, linewidth=0)
            if lane_no:
                sh.hline(M, x_plot + P, yt, color=th.grid, linewidth=0.8 * th.line_scale, zorder=5)
            lane_no += 1
        elif kind == "head":
            opt = payload
            colour, _hatch, marker = colours[opt.id]
            sw = 0.2 * s
            lh = sh.line_h(H3, 1, "bold")
            sh.marker(M + sw / 2, yt + lh / 2, marker, 10 * s, markerfacecolor=colour,
                      markeredgecolor=th.edge or colour, markeredgewidth=0.8)
            sh.text(M + indent, yt, opt.name, H3, weight="bold", width=label_w, gid=f"lane/{opt.id}",
                    backdrop=(bands[opt.id] or th.background) if stacked else False)
        else:
            opt, m, label, lab_h = payload
            colour, _hatch, marker = colours[opt.id]
            lh = sh.line_h(BODY)
            if stacked:
                ty = yt
                yc = yt + lab_h + 0.06 * s + bar_h / 2
            else:
                yc = yt + max(bar_h / 2 + 0.07 * s, lh / 2 + 0.05 * s)
                ty = yc - lh / 2
            backdrop = (bands[opt.id] or th.background) if stacked else False
            ty += sh.text(M + indent, ty, label, BODY, width=label_w, gid=f"mslabel/{m.id}", backdrop=backdrop)
            if m.unverified:
                sh.text(M + indent, ty + 0.04 * s, ui("unverified_upper"), SMALL, weight="bold", boxed=True,
                        gid=f"unverified/{m.id}")
            _milestone(sh, ax, m, yc - top, bar_h, colour, marker)

    y = top + total + tick_h + 0.04 * s
    y += sh.text(x_plot, y, ui("time_axis"), SMALL, width=P, color=th.muted)
    return y + 0.05


def _milestone(sh: Sheet, ax, m, yc: float, bar_h: float, colour: str, marker: str) -> None:
    th, s = sh.th, sh.s
    edge = th.edge or colour
    end = m.to_hours
    if m.to_hours > m.from_hours:
        bars = ax.barh([yc], [m.to_hours - m.from_hours], left=m.from_hours, height=bar_h, color=colour,
                       edgecolor=edge, linewidth=1.0 * th.line_scale, zorder=3)
        bars.patches[0].set_gid(f"milestone/{m.id}")
    if m.to_hours_max is not None and m.to_hours_max > end:
        ext = ax.barh([yc], [m.to_hours_max - end], left=end, height=bar_h, facecolor=tint(colour, 0.75),
                      edgecolor=colour, linewidth=1.0 * th.line_scale, linestyle="--", hatch=DISAGREE_HATCH,
                      zorder=2)
        ext.patches[0].set_hatchcolor(colour)
        ext.patches[0].set_gid(f"disagree/{m.id}")
    if m.to_hours <= m.from_hours:
        (pt,) = ax.plot([m.from_hours], [yc], marker=marker, markersize=11 * s, linestyle="none",
                        markerfacecolor=colour, markeredgecolor=th.edge or "#FFFFFF", markeredgewidth=1.2,
                        zorder=4, clip_on=False)
        pt.set_gid(f"point/{m.id}")


# ---- the kiosk's one-option timeline: a straight axis of plain phases ------------------------------------------
# Each phase is a column of the same width; a milestone fills the columns from the one it starts in to the one it
# ends in. No stretched scale: "first day" is as wide as "first year", and the words say which is which.
PHASES = ((24.0, "phase_day"), (168.0, "phase_week"), (730.0, "phase_month"), (2190.0, "phase_3_months"),
          (8760.0, "phase_year"), (float("inf"), "phase_later"))


def _phase_words() -> tuple[str, ...]:
    """The column names, in PHASES order (each key read literally, as the i18n test asks)."""
    return (ui("phase_day"), ui("phase_week"), ui("phase_month"), ui("phase_3_months"), ui("phase_year"),
            ui("phase_later"))


def phase_start(hours: float) -> int:
    """The column a time from ``hours`` starts in (a time at a phase's end belongs to the next phase)."""
    return next(i for i, (end, _) in enumerate(PHASES) if hours < end)


def phase_end(hours: float) -> int:
    """The column a time up to ``hours`` ends in."""
    return next(i for i, (end, _) in enumerate(PHASES) if hours <= end)


def phases_for(milestones) -> int:
    """How many columns an option's milestones need (at least 2)."""
    last = max([phase_end(max(m.to_hours, m.to_hours_max or 0.0, m.from_hours)) for m in milestones] or [0])
    return max(2, last + 1)


def draw_one(sh: Sheet, pack, option_id: str) -> float:
    th, s, M, inner = sh.th, sh.s, sh.margin, sh.inner
    opt = pack.option(option_id)
    colour, _hatch, marker = option_colours(pack, sh.settings)[opt.id]
    ms = pack.milestones_for(opt.id)
    y = 0.25 * s
    y += sh.text(M, y, chart_title(ONE_PREFIX + opt.id, pack), TITLE, weight="bold", width=inner, gid="title")
    y += 0.08 * s
    y += sh.text(M, y, ui("recovery_one_sub"), SMALL, width=inner, color=th.muted)
    y += 0.22 * s
    if not ms:
        y += sh.text(M, y, ui("no_rows"), BODY, width=inner)
        return y + 0.3
    n = phases_for(ms)
    labels = {m.id: f"{m.label} {pack.markers(m.sources)}".strip() for m in ms}
    # labels above their bars, across the whole width: large text never squeezes the time columns
    x_plot, P = M, inner
    col_w = P / n
    heads = list(_phase_words()[:n])
    head_h = max(sh.text_height(h, SMALL, col_w - 0.08, "bold") for h in heads)
    for i, h in enumerate(heads):
        sh.text(x_plot + i * col_w + 0.04, y, h, SMALL, weight="bold", width=col_w - 0.08, gid=f"phase/{i}")
    y += head_h + 0.08 * s
    top = y
    bar_h = 0.26 * s
    plan = []
    for m in ms:
        lab_h = sh.text_height(labels[m.id], BODY, P)
        if m.unverified:
            lab_h += 0.04 * s + sh.line_h(SMALL) + 2 * 2.5 * s / 72
        plan.append((m, y, lab_h))
        y += lab_h + 0.06 * s + bar_h + 0.2 * s
    total = y - top
    ax = sh.axes(x_plot, top, P, total)
    ax.set_xlim(0, n)
    ax.set_ylim(total, 0)
    ax.set_yticks([])
    ax.set_xticks([])
    for i in range(1, n):
        ax.axvline(i, color=th.grid, linewidth=0.9 * th.line_scale, zorder=1)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(th.text)
    for m, yt, lab_h in plan:
        ty = yt + sh.text(M, yt, labels[m.id], BODY, width=P, gid=f"mslabel/{m.id}", backdrop=th.background)
        if m.unverified:
            sh.text(M, ty + 0.04 * s, ui("unverified_upper"), SMALL, weight="bold", boxed=True,
                    gid=f"unverified/{m.id}")
        yc = yt + lab_h + 0.06 * s + bar_h / 2 - top
        first = phase_start(m.from_hours)
        last = max(first, phase_end(m.to_hours))
        edge = th.edge or colour
        if m.to_hours > m.from_hours:
            bars = ax.barh([yc], [last - first + 1], left=first, height=bar_h, color=colour, edgecolor=edge,
                           linewidth=1.0 * th.line_scale, zorder=3)
            bars.patches[0].set_gid(f"milestone/{m.id}")
        else:
            (pt,) = ax.plot([first + 0.5], [yc], marker=marker, markersize=11 * s, linestyle="none",
                            markerfacecolor=colour, markeredgecolor=th.edge or "#FFFFFF", markeredgewidth=1.2,
                            zorder=4, clip_on=False)
            pt.set_gid(f"point/{m.id}")
        if m.to_hours_max is not None and phase_end(m.to_hours_max) > last:
            wide = phase_end(m.to_hours_max)
            ext = ax.barh([yc], [wide - last], left=last + 1, height=bar_h, facecolor=tint(colour, 0.75),
                          edgecolor=colour, linewidth=1.0 * th.line_scale, linestyle="--", hatch=DISAGREE_HATCH,
                          zorder=2)
            ext.patches[0].set_hatchcolor(colour)
            ext.patches[0].set_gid(f"disagree/{m.id}")
    y = top + total + 0.1 * s
    y += sh.text(x_plot, y, ui("time_axis"), SMALL, width=P, color=th.muted)
    return y + 0.05
