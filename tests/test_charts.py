"""Chart builders (decisionaid.charts): tested on the artists they draw, never on mocks."""
from __future__ import annotations

import ast
import io
import os
import re
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MINI = ROOT / "tests" / "packs" / "mini.en.toml"
REAL = ROOT / "resources" / "content" / "vcf-augmentation.en.toml"

from decisionaid.charts import (CHARTS, RenderSettings, build_chart, chart_description,  # noqa: E402
                                chart_table, option_colours)
from decisionaid.content import load_pack  # noqa: E402
from decisionaid.session import Session  # noqa: E402


# ---- helpers --------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI)


@pytest.fixture(scope="module")
def session(pack):
    return Session.for_pack(pack)


def edited_pack(tmp_path, *replacements):
    """A temporary copy of the mini pack with text replacements applied (each must match exactly once)."""
    text = MINI.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} should occur once in the mini pack"
        text = text.replace(old, new)
    path = tmp_path / f"edited-{abs(hash(replacements))}.en.toml"
    path.write_text(text, encoding="utf-8")
    return load_pack(path)


def drawn(fig):
    """Draw with Agg (no pyplot) so every artist has its final position; return the renderer."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def by_gid(fig, gid):
    found = [a for a in fig.findobj() if a.get_gid() == gid]
    assert len(found) == 1, f"expected one artist with gid {gid!r}, found {len(found)}"
    return found[0]


def all_texts(fig):
    """Every visible, non-empty text artist: figure texts, axis tick labels, axes texts."""
    from matplotlib.text import Text
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


def wcag_luminance(hex_colour):
    def channel(v):
        v /= 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b):
    la, lb = wcag_luminance(a), wcag_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def to_hex(rgba):
    from matplotlib.colors import to_hex as _to_hex
    return _to_hex(rgba).upper()


# ---- package hygiene ------------------------------------------------------------------------------------------
PYPLOT = re.compile(r"matplotlib\s*\.\s*pyplot|^\s*(from|import)\s[^\n#]*\bpyplot\b|\bplt\.", re.M)


def test_no_pyplot_anywhere_in_decisionaid_or_these_tests():
    files = list((ROOT / "decisionaid").rglob("*.py")) + [Path(__file__), ROOT / "tests" / "test_chart_view.py"]
    offenders = [str(p.relative_to(ROOT)) for p in files if p.exists()
                 and PYPLOT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    py = "py" + "plot"       # the pattern itself must be able to fire
    assert PYPLOT.search(f"import matplotlib.{py} as plt") and PYPLOT.search(f"from matplotlib import {py}")


def test_charts_package_has_no_qt_and_no_module_level_matplotlib():
    for path in (ROOT / "decisionaid" / "charts").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(PySide6|PyQt5|PyQt6|QtCore|QtWidgets)\b", source), path.name
        for node in ast.parse(source).body:         # module level only: imports inside functions are fine
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(n.split(".")[0] in ("matplotlib", "numpy", "PIL") for n in names), path.name


def test_importing_charts_does_not_import_matplotlib():
    code = (
        "import sys\n"
        "import decisionaid.charts as c\n"
        "from decisionaid.content import load_pack\n"
        f"p = load_pack({str(MINI)!r})\n"
        "c.chart_description('pain_relief', p, None); c.chart_table('complications', p, None)\n"
        "c.option_colours(p, c.RenderSettings()); c.chart_title('recovery', p)\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib was imported'\n"
        "c.build_chart('recovery', p, None, c.RenderSettings())\n"
        "assert 'matplotlib' in sys.modules\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# ---- comparisons: both groups of every result ---------------------------------------------------------------
def extent(fig, gid):
    """(left, top, right, bottom) in inches from the figure's top-left of an icon collection."""
    import numpy as np
    pts = np.concatenate([p.vertices for p in by_gid(fig, gid).get_paths()])
    return pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max()


def icon_count(fig, row_id, arm_key, kind):
    return len(by_gid(fig, f"icons/{row_id}/{arm_key}/{kind}").get_paths())


def test_a_count_is_paired_icon_arrays_of_both_groups(pack, session):
    fig = build_chart("pain_relief", pack, session, RenderSettings())
    drawn(fig)
    # the fake-procedure group (20 in 100) beside the option it was compared with (40, range 30 to 50)
    assert icon_count(fig, "trial", "sham", "had") == 20
    assert icon_count(fig, "trial", "sham", "not") == 80
    assert icon_count(fig, "trial", "act", "had") == 40
    assert icon_count(fig, "trial", "act", "maybe") == 10           # from the best estimate to the top of the range
    assert icon_count(fig, "trial", "act", "not") == 50
    assert by_gid(fig, "caption/trial/sham").get_text().replace("\n", " ") == "20 in 100 had this; 80 did not"
    assert by_gid(fig, "caption/trial/act").get_text().replace("\n", " ") == \
        "40 in 100 had this; 60 did not (range 30 to 50)"
    assert by_gid(fig, "name/trial/sham").get_text() == "Fake procedure"
    assert by_gid(fig, "name/trial/act").get_text() == "Procedure"
    assert "20 more in 100 with procedure than with the fake procedure" in by_gid(fig, "difference/trial").get_text()
    # side by side: same top, the option to the right of its comparator
    sham, act = extent(fig, "icons/trial/sham/not"), extent(fig, "icons/trial/act/not")
    assert act[0] > sham[2] and act[1] == pytest.approx(sham[1])


def test_one_colour_meaning_per_mark(pack, session):
    """An option's colour means that option; grey means a group that is not an option; hatching means the top
    of a range, never an option."""
    from decisionaid.charts import COMPARATOR_GREY
    fig = build_chart("pain_relief", pack, session, RenderSettings())
    colours = option_colours(pack, RenderSettings())
    assert to_hex(by_gid(fig, "icons/trial/sham/had").get_facecolor()[0]) == COMPARATOR_GREY
    assert to_hex(by_gid(fig, "icons/trial/act/had").get_facecolor()[0]) == colours["act"][0]
    from matplotlib.collections import Collection
    from matplotlib.patches import Patch
    for f in (fig, build_chart("complications", pack, session, RenderSettings())):
        for a in f.findobj(lambda a: isinstance(a, (Patch, Collection))):
            if a.get_hatch():
                assert str(a.get_gid()).endswith("/maybe") or a.get_gid() is None, a.get_gid()
    assert COMPARATOR_GREY not in {c for c, _h, _m in colours.values()}


def test_difference_only_is_drawn_against_no_difference(pack, session):
    fig = build_chart("pain_relief", pack, session, RenderSettings())
    drawn(fig)
    line = by_gid(fig, "nodiff/diff")
    assert list(line.get_xdata()) == [0.0, 0.0]
    point = by_gid(fig, "point/diff/difference")
    assert list(point.get_xdata()) == pytest.approx([0.6])
    (seg,) = by_gid(fig, "range/diff/difference").get_segments()
    assert sorted(seg[:, 0]) == pytest.approx([0.2, 1.1])
    said = by_gid(fig, "diffonly/diff").get_text().replace("\n", " ")
    assert "only the difference between the groups" in said and "not each group's own figure" in said
    text = by_gid(fig, "difference/diff").get_text().replace("\n", " ")
    assert "0.6" in text and "range 0.2 to 1.1" in text and "Above 0 means less pain with act." in text
    # no arm of a difference-only row is drawn as if it had its own figure
    assert not [a for a in fig.findobj() if str(a.get_gid()).startswith("icons/diff/")]


def numbers_in_pack(pack):
    nums = set()
    for o in pack.outcomes:
        for r in o.rows:
            nums.add(r.denominator)
            vals = [a.value for a in r.arms if a.value is not None]
            for a in r.arms:
                for x in (a.value, a.low, a.high, a.events, a.people):
                    if x is not None:
                        nums.update({x, r.denominator - x})
            if len(vals) == 2:
                nums.add(abs(vals[1] - vals[0]))
            if r.difference:
                for x in (r.difference.value, r.difference.low, r.difference.high):
                    if x is not None:
                        nums.update({x, abs(x)})
    for s in pack.sources:
        nums.add(pack.source_number(s.id))
    return nums


@pytest.mark.parametrize("chart_id", ["pain_relief", "complications"])
def test_every_number_drawn_is_in_the_pack(pack, session, chart_id):
    """No invented figures: every number on the chart is a pack value, range end, denominator, complement, the
    difference of two groups, a source number, a number inside pack text, or an axis tick."""
    fig = build_chart(chart_id, pack, session, RenderSettings())
    drawn(fig)
    ticks = set()
    for ax in fig.axes:
        ticks.update(abs(float(x)) for x in ax.get_xticks())
    for t in all_texts(fig):        # the number lines of mean rows are drawn without Axes: "tick/<row>/<value>"
        if str(t.get_gid()).startswith("tick/"):
            ticks.add(abs(float(t.get_gid().rsplit("/", 1)[1])))
    allowed = numbers_in_pack(pack) | ticks | {0}
    pack_text = " ".join(str(x) for x in (pack.outcomes, pack.options))
    for t in all_texts(fig):
        for n in re.findall(r"\d+(?:\.\d+)?", t.get_text()):
            assert float(n) in allowed or n in pack_text, (n, t.get_text())


def test_changing_a_number_changes_the_chart(tmp_path, session):
    changed = edited_pack(tmp_path, ("value = 40\nlow = 30\nhigh = 50", "value = 65\nlow = 55\nhigh = 72"))
    fig = build_chart("pain_relief", changed, session, RenderSettings())
    assert icon_count(fig, "trial", "act", "had") == 65
    assert icon_count(fig, "trial", "act", "maybe") == 72 - 65
    assert "65 in 100 had this" in by_gid(fig, "caption/trial/act").get_text()
    description = chart_description("pain_relief", changed)
    assert "Procedure: 65 in 100 had this" in description and "Fake procedure: 20 in 100 had this" in description


def test_approximate_less_than_and_unverified(tmp_path, session):
    p = edited_pack(tmp_path, ("value = 40\nlow = 30\nhigh = 50", "value = 40\napproximate = true"))
    fig = build_chart("pain_relief", p, session, RenderSettings())
    assert by_gid(fig, "caption/trial/act").get_text().replace("\n", " ") == "about 40 in 100 had this; about 60 did not"
    assert not [a for a in fig.findobj() if a.get_gid() == "difference/trial"]   # no difference from a rounded figure
    p2 = edited_pack(tmp_path, ("value = 40\nlow = 30\nhigh = 50", "value = 5\nless_than = true"))
    fig2 = build_chart("pain_relief", p2, session, RenderSettings())
    assert "fewer than 5 in 100" in by_gid(fig2, "caption/trial/act").get_text()
    assert icon_count(fig2, "trial", "act", "had") == 0 and icon_count(fig2, "trial", "act", "maybe") == 5
    harms = build_chart("complications", load_pack(MINI), session, RenderSettings())
    assert by_gid(harms, "unverified/series").get_text() == "UNVERIFIED"


def test_icon_counts_equal_the_pack_values(pack, session):
    fig = build_chart("complications", pack, session, RenderSettings())
    for outcome in pack.outcomes:
        if outcome.kind != "harm":
            continue
        for row in outcome.rows:
            for arm in row.arms:
                had = icon_count(fig, row.id, arm.key, "had")
                assert had == arm.value
                assert had + icon_count(fig, row.id, arm.key, "maybe") + \
                    icon_count(fig, row.id, arm.key, "not") == row.denominator
                assert f"{int(arm.value)} in 100 had this" in by_gid(fig, f"caption/{row.id}/{arm.key}").get_text()
    assert "95 did not" in by_gid(fig, "caption/series/wait").get_text()


def test_icons_fill_from_the_bottom_row_upward_and_are_grouped(pack, session):
    fig = build_chart("complications", pack, session, RenderSettings())
    drawn(fig)
    had = by_gid(fig, "icons/series/wait/had")
    not_ = by_gid(fig, "icons/series/wait/not")

    def centres(coll):
        return [coll.get_transform().transform(p.vertices[:4].mean(axis=0)) for p in coll.get_paths()]
    had_c, not_c = centres(had), centres(not_)
    lowest = min(c[1] for c in had_c + not_c)
    assert all(abs(c[1] - lowest) < 1 for c in had_c)           # all five on the bottom row (display y up)
    assert [round(c[0]) for c in had_c] == sorted(round(c[0]) for c in had_c)    # left to right
    leftmost = min(c[0] for c in had_c + not_c)
    assert abs(min(c[0] for c in had_c) - leftmost) < 1          # grouped from the left edge


def test_uncertain_extra_risk_is_a_second_hatched_shade(tmp_path, session):
    p = edited_pack(tmp_path, ('option = "wait"\nvalue = 5', 'option = "wait"\nvalue = 5\nlow = 3\nhigh = 9'))
    fig = build_chart("complications", p, session, RenderSettings())
    maybe = by_gid(fig, "icons/series/wait/maybe")
    assert len(maybe.get_paths()) == 9 - 5
    assert maybe.get_hatch()
    assert icon_count(fig, "series", "wait", "had") == 5
    assert icon_count(fig, "series", "wait", "not") == 100 - 9
    assert "range 3 to 9" in by_gid(fig, "caption/series/wait").get_text()
    legend = " ".join(t.get_text() for t in all_texts(fig))
    assert "Hatched: may also have had this" in legend


def test_not_reported_arm_and_thousand_denominator(tmp_path, session):
    p = edited_pack(tmp_path, ('option = "wait"\nvalue = 5', 'option = "wait"\nnot_reported = "Nobody counted this for waiting."'),
                    ('label = "Large trial"\nevidence_kind = "usual-care"\ndenominator = 100',
                     'label = "Large trial"\nevidence_kind = "usual-care"\ndenominator = 1000'))
    fig = build_chart("complications", p, session, RenderSettings())
    assert by_gid(fig, "notreported/series/wait").get_text() == "not reported"
    assert by_gid(fig, "reason/series/wait").get_text().replace("\n", " ") == "Nobody counted this for waiting."
    assert not [a for a in fig.findobj() if str(a.get_gid()).startswith("icons/series/wait")]
    assert icon_count(fig, "series", "act", "had") == 2
    assert icon_count(fig, "series", "act", "not") == 998
    assert "2 in 1,000 had this" in by_gid(fig, "caption/series/act").get_text()


def test_real_pack_claims_are_grey_smaller_last_and_beside_fair_trials():
    from decisionaid.charts import CLAIM_GREY
    real = load_pack(REAL)
    fig = build_chart("pain_relief", real, None, RenderSettings(width_in=9))
    renderer = drawn(fig)
    claim = by_gid(fig, "icons/clinic_87/vertebroplasty/had")
    fair = by_gid(fig, "icons/vapour_14_days/vertebroplasty/had")
    assert to_hex(claim.get_facecolor()[0]) == CLAIM_GREY
    c, f = extent(fig, "icons/clinic_87/vertebroplasty/not"), extent(fig, "icons/vapour_14_days/vertebroplasty/not")
    cw, fw = c[2] - c[0], f[2] - f[0]
    assert cw < fw                                   # smaller: never the biggest coloured mark
    assert "No comparison group" in by_gid(fig, "claim/clinic_87").get_text()
    beside = " ".join(a.get_text() for a in fig.findobj() if a.get_gid() == "beside/clinic_87").replace("\n", " ")
    assert "Fake procedure: 21 in 100" in beside and "Vertebroplasty: 44 in 100" in beside
    # last in its question: below every other row of "pain in the first weeks"
    claim_y = by_gid(fig, "rowlabel/clinic_87").get_window_extent(renderer).y0
    for r in real.outcome("pain_soon").rows:
        if r.id != "clinic_87" and r.in_charts:
            assert by_gid(fig, f"rowlabel/{r.id}").get_window_extent(renderer).y0 > claim_y
    harms = build_chart("complications", real, None, RenderSettings(width_in=9))
    # the "1 to 3" claim is a range with no invented middle: 1 icon solid, 2 hatched, and no "2 in 100"
    assert icon_count(harms, "clinic_1_to_3", "vertebroplasty", "had") == 1
    assert icon_count(harms, "clinic_1_to_3", "vertebroplasty", "maybe") == 2
    caption = by_gid(harms, "caption/clinic_1_to_3/vertebroplasty").get_text()
    assert "1 to 3 in 100" in caption and "2 in 100" not in caption


# ---- recovery -------------------------------------------------------------------------------------------------
def test_recovery_bars_span_from_to_hours(pack, session):
    fig = build_chart("recovery", pack, session, RenderSettings())
    drawn(fig)
    for m in pack.milestones:
        bar = by_gid(fig, f"milestone/{m.id}")
        assert bar.get_x() == pytest.approx(m.from_hours)
        assert bar.get_x() + bar.get_width() == pytest.approx(m.to_hours)
        assert m.label in by_gid(fig, f"mslabel/{m.id}").get_text()
    ext = by_gid(fig, "disagree/m_act")                 # to_hours_max: hatched extension
    assert ext.get_x() == pytest.approx(1) and ext.get_x() + ext.get_width() == pytest.approx(3)
    assert ext.get_hatch()
    ax = ext.axes
    assert ax.get_xscale() == "function"
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert "1 week" in labels and "1 hour" in labels
    # one lane per option, in pack order (top to bottom)
    lanes = [by_gid(fig, f"lane/{o.id}") for o in pack.options]
    ys = [t.get_window_extent().y0 for t in lanes]
    assert ys == sorted(ys, reverse=True)


def test_recovery_zero_length_milestone_is_a_marker(tmp_path, session):
    p = edited_pack(tmp_path, ("from_hours = 336\nto_hours = 2190", "from_hours = 24\nto_hours = 24"))
    fig = build_chart("recovery", p, session, RenderSettings())
    point = by_gid(fig, "point/m_wait")
    assert list(point.get_xdata()) == [24]
    assert not [a for a in fig.findobj() if a.get_gid() == "milestone/m_wait"]


# ---- layout, text, colour -------------------------------------------------------------------------------------
@pytest.mark.parametrize("chart_id", CHARTS)
@pytest.mark.parametrize("width,scale", [(7, 1.0), (11, 1.0), (16, 1.0), (7, 2.0), (13, 2.0)])
def test_no_text_outside_the_figure_or_overlapping(pack, session, chart_id, width, scale):
    fig = build_chart(chart_id, pack, session, RenderSettings(width_in=width, text_scale=scale))
    renderer = drawn(fig)
    W, H = fig.bbox.width, fig.bbox.height
    boxes = []
    for t in all_texts(fig):
        bb = t.get_window_extent(renderer)
        assert bb.x0 >= -0.5 and bb.y0 >= -0.5 and bb.x1 <= W + 0.5 and bb.y1 <= H + 0.5, t.get_text()
        boxes.append((bb, t.get_text()))
    for i, (a, ta) in enumerate(boxes):
        for b, tb in boxes[i + 1:]:
            overlap_w = min(a.x1, b.x1) - max(a.x0, b.x0)
            overlap_h = min(a.y1, b.y1) - max(a.y0, b.y0)
            assert overlap_w <= 1 or overlap_h <= 1, (ta, tb)
    # text size: at least 11 pt at text_scale 1, scaled with text_scale
    assert min(t.get_fontsize() for t in all_texts(fig)) >= 11 * scale - 1e-6


def test_natural_height_and_fixed_height(pack, session):
    natural = build_chart("pain_relief", pack, session, RenderSettings(width_in=9))
    h = natural.get_figheight()
    assert 2 < h < 12
    bigger_text = build_chart("pain_relief", pack, session, RenderSettings(width_in=9, text_scale=2))
    assert bigger_text.get_figheight() > h
    fixed = build_chart("pain_relief", pack, session, RenderSettings(width_in=9, height_in=0.8 * h))
    assert tuple(fixed.get_size_inches()) == pytest.approx((9, 0.8 * h))
    renderer = drawn(fixed)
    for t in all_texts(fixed):     # content shrinks to fit the given height
        assert t.get_window_extent(renderer).y0 >= -0.5, t.get_text()


def test_builders_redraw_into_the_same_figure(pack, session):
    fig = build_chart("complications", pack, session, RenderSettings())
    n_artists = len(fig.get_children())
    for chart_id in CHARTS + ("complications",):
        again = build_chart(chart_id, pack, session, RenderSettings(), figure=fig)
        assert again is fig
    assert len(fig.get_children()) == n_artists


@pytest.mark.parametrize("theme", ["default", "high-contrast"])
@pytest.mark.parametrize("greyscale", [False, True])
def test_option_colours_reach_3_to_1_against_white(pack, theme, greyscale):
    settings = RenderSettings(theme=theme, greyscale=greyscale)
    colours = option_colours(pack, settings)
    assert list(colours) == list(pack.option_ids)
    for colour, hatch, marker in colours.values():
        assert contrast(colour, "#FFFFFF") >= 3.0, colour
    # each option also differs by hatch and by marker shape (black-and-white printing)
    assert len({h for _, h, _ in colours.values()}) == len(colours)
    assert len({m for _, _, m in colours.values()}) == len(colours)
    assert len({c for c, _, _ in colours.values()}) == len(colours)


def test_palette_for_three_options_and_text_contrast():
    from decisionaid.charts._style import HATCHES, MARKERS, PALETTES, THEME
    for pal in PALETTES.values():
        assert all(contrast(c, "#FFFFFF") >= 3.0 for c in pal)
    assert len(set(HATCHES)) == len(HATCHES) and len(set(MARKERS)) == len(MARKERS)
    for th in THEME.values():
        assert th.background == "#FFFFFF"
        assert contrast(th.text, th.background) >= 7.0 and contrast(th.muted, th.background) >= 4.5
        assert contrast(th.empty_edge, th.background) >= 3.0
    assert THEME["high-contrast"].text == "#000000"


def test_greyscale_draws_only_greys(pack, session):
    fig = build_chart("complications", pack, session, RenderSettings(greyscale=True))
    fig2 = build_chart("pain_relief", pack, session, RenderSettings(greyscale=True))
    from matplotlib.collections import Collection
    from matplotlib.patches import Patch
    for f in (fig, fig2):
        for a in f.findobj(lambda a: isinstance(a, (Patch, Collection))):
            faces = [a.get_facecolor()] if isinstance(a, Patch) else list(a.get_facecolor())
            for rgba in faces:
                r, g, b = (round(x * 255) for x in rgba[:3])
                assert r == g == b, (a.get_gid(), rgba)


def test_same_colours_on_every_chart(pack, session):
    colours = option_colours(pack, RenderSettings())
    pain = build_chart("pain_relief", pack, session, RenderSettings())
    harms = build_chart("complications", pack, session, RenderSettings())
    rec = build_chart("recovery", pack, session, RenderSettings())
    assert to_hex(by_gid(pain, "icons/trial/act/had").get_facecolor()[0]) == colours["act"][0]
    assert to_hex(by_gid(harms, "icons/series/act/had").get_facecolor()[0]) == colours["act"][0]
    assert to_hex(by_gid(harms, "icons/series/wait/had").get_facecolor()[0]) == colours["wait"][0]
    assert to_hex(by_gid(rec, "milestone/m_act").get_facecolor()) == colours["act"][0]
    assert to_hex(by_gid(rec, "milestone/m_wait").get_facecolor()) == colours["wait"][0]


# ---- words and tables -----------------------------------------------------------------------------------------
def test_descriptions_state_the_numbers_in_words(pack, session):
    pain = chart_description("pain_relief", pack, session)
    assert pain.startswith("Benefits: what happened in each group that was compared.")
    for s in ("Fake procedure: 20 in 100 had this; 80 did not", "Procedure: 40 in 100 had this; 60 did not (range 30 to 50)",
              "20 more in 100 with procedure than with the fake procedure", "Low certainty", "sources [1]",
              "A trial, 1 month", "0.6", "range 0.2 to 1.1", "Above 0 means less pain with act"):
        assert s in pain, s
    harms = chart_description("complications", pack, session)
    assert "Wait: 5 in 100 had this; 95 did not" in harms and "Procedure: 2 in 100 had this; 98 did not" in harms
    assert "not yet verified" in harms and "sources [2]" in harms
    rec = chart_description("recovery", pack, session)
    assert "Pain eases, from 2 weeks to 3 months [1]" in rec
    assert "Lie flat, from the start to 1 hour (sources disagree: up to 3 hours) [2]" in rec


def test_tables_have_a_row_per_result_with_every_group(pack, session):
    header, rows = chart_table("pain_relief", pack, session)
    assert header == ["Question", "Result", "Groups compared", "Difference", "Evidence", "Time frame", "Certainty",
                      "Sources"]
    assert len(rows) == 2                       # two results of the benefit question, each one table row
    trial = rows[0]
    assert trial[2] == ("Fake procedure: 20 in 100 had this; 80 did not; "
                        "Procedure: 40 in 100 had this; 60 did not (range 30 to 50)")
    assert trial[3].startswith("20 more in 100") and trial[7] == "[1]"
    header, rows = chart_table("complications", pack, session)
    assert rows[0][2] == "Wait: 5 in 100 had this; 95 did not; Procedure: 2 in 100 had this; 98 did not"
    assert "(unverified)" in rows[0][1]
    header, rows = chart_table("recovery", pack, session)
    assert header == ["Option", "Milestone", "When", "What happens", "Sources"]
    assert rows[1][:3] == ["Have the procedure", "Lie flat", "From the start to 1 hour (sources disagree: up to 3 hours)"]


def test_unknown_chart_is_an_error(pack, session):
    with pytest.raises(KeyError):
        build_chart("nope", pack, session, RenderSettings())
    with pytest.raises(KeyError):
        chart_description("nope", pack, session)


# ---- pixels (what the screen's canvas shows) -------------------------------------------------------------------
def pixels(fig, dpi):
    """The figure drawn whole with Agg at ``dpi``, as an RGBA array (rows, columns, 4)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    fig.set_dpi(dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def test_a_drawn_chart_is_opaque_white_at_its_width(tmp_path, pack, session):
    settings = RenderSettings(width_in=8, dpi=120)
    px = pixels(build_chart("complications", pack, session, settings), 120)
    assert px.shape[1] == 8 * 120 and px.shape[0] > 120
    assert (px[..., 3] == 255).all()                          # opaque: nothing shows through
    assert tuple(px[0, 0]) == (255, 255, 255, 255)            # on white
    changed = edited_pack(tmp_path, ('option = "act"\nvalue = 2', 'option = "act"\nvalue = 7'))
    other = pixels(build_chart("complications", changed, session, settings), 120)
    assert other.shape != px.shape or (other != px).any()


def test_a_greyscale_chart_draws_only_grey_pixels(pack, session):
    """Every pixel, text and antialiased edges included, is grey (what a greyscale printer keeps)."""
    for chart_id in CHARTS:
        px = pixels(build_chart(chart_id, pack, session, RenderSettings(width_in=7, greyscale=True)), 80)
        assert (px[..., 0] == px[..., 1]).all() and (px[..., 1] == px[..., 2]).all(), chart_id
        assert (px[..., :3] < 128).any(), chart_id             # and something dark is drawn
    colour = pixels(build_chart("recovery", pack, session, RenderSettings(width_in=7)), 80)
    assert ((colour[..., 0] != colour[..., 1]) | (colour[..., 1] != colour[..., 2])).any()   # the test can fail


def test_real_pack_renders_every_chart(session):
    real = load_pack(REAL)
    for chart_id in CHARTS:
        fig = build_chart(chart_id, real, Session.for_pack(real), RenderSettings(width_in=9))
        assert fig.get_figheight() > 2
        assert chart_description(chart_id, real)
        header, rows = chart_table(chart_id, real)
        assert all(len(r) == len(header) for r in rows)


def test_a_new_chart_is_one_module_and_one_registry_entry(pack, session, monkeypatch):
    """Registering a chart (a module with a draw function, one entry) makes it buildable, titled, described and
    tabled through the package's own functions: no dispatch elsewhere names the charts."""
    import types

    from decisionaid import charts
    from decisionaid.charts import _registry

    module = types.ModuleType("decisionaid.charts._demo_chart")

    def draw(sh, pack_):        # no session: a chart shows the same evidence for everyone (caches need no session key)
        sh.fig.text(0.1, 0.5, "demo " + pack_.options[0].name, gid="demo-text")
        return 2.0

    module.draw = draw
    monkeypatch.setitem(sys.modules, "decisionaid.charts._demo_chart", module)
    entry = _registry.Chart("demo", "_demo_chart:draw", lambda p: f"Demo: {p.options[0].name}",
                            describe=lambda cid, p: f"Demo of {len(p.options)} options.",
                            table=lambda cid, p: (["Option"], [[o.name] for o in p.options]))
    monkeypatch.setitem(_registry.REGISTRY, "demo", entry)
    fig = build_chart("demo", pack, session, RenderSettings(width_in=6))
    assert any(t.get_gid() == "demo-text" for t in fig.texts)
    assert charts.chart_description("demo", pack) == f"Demo of {len(pack.options)} options."
    assert charts.chart_table("demo", pack) == (["Option"], [[o.name] for o in pack.options])
    assert charts.chart_title("demo", pack) == f"Demo: {pack.options[0].name}"
    monkeypatch.delitem(_registry.REGISTRY, "demo")
    with pytest.raises(KeyError, match="unknown chart 'demo'"):
        build_chart("demo", pack, session)
