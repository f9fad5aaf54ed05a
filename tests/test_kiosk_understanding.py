"""Issue 19, "Understanding it": one idea at a time, calm notices for points to tell the care team, private
questions that say why they are asked and that they can be skipped."""
from __future__ import annotations

import re

import pytest

from conftest import REAL_PACK_DIR

FIGURE = re.compile(r"(\d+) (?:in|de cada) 100\b")


def _page(window, step_id):
    i = [p.step_id for p in window.pages].index(step_id)
    window.go_to(i)
    return window.pages[i]


@pytest.mark.parametrize("language", ["en", "es"])
def test_what_happens_without_a_procedure_gives_one_result_a_paragraph(make_window, language):
    """The opening paragraph used to pack five statistics (53, 60, 40, 54, 46 in 100): now each result is a
    paragraph of its own, and two figures share one only when they are the two sides of one result."""
    from decisionaid.content import load_pack
    pack = load_pack(REAL_PACK_DIR, language=language)
    page = _page(make_window(pack, mode="kiosk"), "situation")
    paragraphs = [p.text for p in page.natural_course_paragraphs]
    assert len(paragraphs) >= 4
    figures = [[int(n) for n in FIGURE.findall(t)] for t in paragraphs]
    assert sorted(n for f in figures for n in f) == [40, 46, 53, 54, 60]
    for text, f in zip(paragraphs, figures):
        assert len(f) <= 2 and (len(f) < 2 or sum(f) == 100), text
    assert all(p.isVisibleTo(page) for p in page.natural_course_paragraphs)


def _answers_for(pack, rule):
    """Answers that make ``rule`` fire (every rule of this pack fires on one "eq" condition)."""
    cond = rule.when.items[0]
    return {cond.field: cond.value}


def _rendered_colours(widget):
    """The colours the notice's frame is drawn with, as rendered (grab), sampled inside its border."""
    img = widget.grab().toImage()
    w, h = img.width(), img.height()
    inside = img.pixelColor(w // 2, 1 + 2).name() if h > 6 else ""
    border = img.pixelColor(w // 2, 0).name()
    fill = img.pixelColor(min(w - 4, 8), h // 2).name()
    return border, fill, inside


@pytest.mark.parametrize("theme", ["default", "high-contrast"])
def test_situation_notices_are_styled_by_urgency(make_window, real_pack, qapp, theme):
    """Red is only for the emergency warning signs (leg weakness, bladder or bowel changes); a point to tell
    the care team (blood thinners, infection, allergy, pregnancy) gets a calm style: the theme's info fill and
    accent border, as drawn, with calm words in front."""
    from decisionaid.session import Session
    from decisionaid.ui.style import THEMES
    w = make_window(real_pack, session=Session.for_pack(real_pack, mode="kiosk"), mode="kiosk")
    t = THEMES[theme]
    w.ctx.set_display(theme=theme)
    qapp.processEvents()
    page = _page(w, "situation")
    seen = set()
    for rule in (r for r in real_pack.rules if r.warning):
        w.ctx.session.situation.clear()
        w.ctx.session.situation.update(_answers_for(real_pack, rule))
        page.refresh()
        notice = page.warning_notices[rule.id]
        assert notice.isVisibleTo(page), rule.id
        qapp.processEvents()
        border, fill, _ = _rendered_colours(notice)
        title = notice.label.text()
        if rule.urgency == "emergency":
            assert notice.kind == "emergency"
            assert fill == t.emergency_bg, (rule.id, fill)
            assert "Urgent" in title
        else:
            assert notice.kind == "tell", rule.id
            assert fill == t.info_bg, (rule.id, fill)
            assert border == t.accent, (rule.id, border)
            assert fill not in (t.warning_bg, t.emergency_bg) or theme == "high-contrast"
            assert "Warning" not in title and "Urgent" not in title and "For your care team" in title
        seen.add(rule.urgency)
    assert {"emergency", "call"} <= seen


@pytest.mark.parametrize("language", ["en", "es"])
def test_private_questions_say_why_they_are_asked_and_can_be_skipped(make_window, qapp, qtbot, language):
    """Cancer and pregnancy on a public screen: the question says why it is asked and that it can be skipped,
    and a Skip button leaves it unanswered (clearing an answer already given) and moves on."""
    from PySide6.QtWidgets import QApplication
    from decisionaid.content import load_pack
    from decisionaid.ui.i18n import install_language
    pack = load_pack(REAL_PACK_DIR, language=language)
    private = [q for q in pack.situation if q.sensitive]
    assert {q.id for q in private} == {"cancer_history", "pregnancy"}
    install_language(qapp, language)
    try:
        w = make_window(pack, mode="kiosk")
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=60_000)
        page = _page(w, "situation")
        step = [p.step_id for p in w.pages].index("situation")
        skip_words = {"en": "You can skip this question", "es": "Puede saltarse esta pregunta"}[language]
        ids = list(page.question_boxes)
        for q in pack.situation:
            box = page.question_boxes[q.id]
            if not q.sensitive:
                assert box.skip_button is None and box.why_label is None, q.id
                continue
            assert q.why and q.why in box.why_label.text() and skip_words in box.why_label.text()
            assert box.why_label.isVisibleTo(page) and box.skip_button.isVisibleTo(page)
            assert q.why in box.accessibleDescription()
            assert box.skip_button.height() >= 48 and box.skip_button.width() >= 48
            w.scrolls[step].ensureWidgetVisible(box)
            box.buttons["yes"].click()
            assert w.ctx.session.situation.get(q.id) == "yes"
            box.skip_button.click()
            assert q.id not in w.ctx.session.situation
            assert box.value() is None
            nxt = ids.index(q.id) + 1
            if nxt < len(ids):
                assert QApplication.focusWidget() is page.question_boxes[ids[nxt]].focus_widgets()[0]
    finally:
        install_language(qapp, "en")


def test_a_private_question_must_say_why_and_only_a_private_one_does(tmp_path):
    from decisionaid.content import ContentError, load_pack
    from conftest import MINI_PACK
    text = MINI_PACK.read_text(encoding="utf-8")
    assert 'why = "' in text
    no_why = tmp_path / "no-why.en.toml"
    no_why.write_text(re.sub(r'\nwhy = "[^"]*"', "", text), encoding="utf-8")
    with pytest.raises(ContentError, match=r"why"):
        load_pack(no_why)
    why_not_private = tmp_path / "why-not-private.en.toml"
    why_not_private.write_text(text.replace("sensitive = true\n", ""), encoding="utf-8")
    with pytest.raises(ContentError, match=r"only sensitive questions"):
        load_pack(why_not_private)


def test_one_option_recovery_chart_has_a_straight_axis_of_plain_time_words(real_pack):
    """Kiosk recovery chart: one option's timeline, equal-width columns named in plain words ("First day",
    "First week", ...), on a linear axis (the full chart's axis is stretched: log10(1 + hours))."""
    from decisionaid.charts import RenderSettings, build_chart, chart_description, chart_table
    from decisionaid.charts._recovery import phase_end, phase_start
    for opt in real_pack.options:
        fig = build_chart("recovery:" + opt.id, real_pack, None, RenderSettings(width_in=12, text_scale=1.25))
        (ax,) = fig.axes
        assert ax.get_xscale() == "linear"
        texts = {t.get_gid(): t for t in fig.findobj() if hasattr(t, "get_text") and t.get_gid()}
        heads = [texts[k].get_text() for k in sorted(k for k in texts if k.startswith("phase/"))]
        assert heads[:2] == ["First day", "First week"] and len(heads) >= 3
        fig.canvas.draw()
        xs = [texts[f"phase/{i}"].get_window_extent().x0 for i in range(len(heads))]
        steps = [b - a for a, b in zip(xs, xs[1:])]
        assert max(steps) - min(steps) < 2, steps             # every column the same width
        shown = {k.split("/", 1)[1] for k in texts if k.startswith("mslabel/")}
        assert shown == {m.id for m in real_pack.milestones_for(opt.id)}
        other = [o.name for o in real_pack.options if o.id != opt.id]
        description = chart_description("recovery:" + opt.id, real_pack)
        assert opt.name in description and not any(f"{n}:" in description for n in other)
        assert {r[0] for r in chart_table("recovery:" + opt.id, real_pack)[1]} == {opt.name}
    assert phase_start(0) == 0 and phase_end(24) == 0 and phase_start(24) == 1 and phase_end(25) == 1


def test_kiosk_recovery_step_shows_one_option_at_a_time(make_window, real_pack, qapp, qtbot):
    w = make_window(real_pack, mode="kiosk")
    page = _page(w, "recovery")
    page.on_shown()
    qtbot.waitUntil(lambda: getattr(page, "chart_views", None) and not page.charts_pending(), timeout=60_000)
    assert [v.chart_id for v in page.chart_views] == ["recovery:" + o.id for o in real_pack.options]
    for i, b in enumerate(page.option_buttons):
        assert b.height() >= 48
        b.click()
        qapp.processEvents()
        assert [v.isVisibleTo(page) for v in page.chart_views] == [j == i for j in range(len(page.chart_views))]
        assert b.isChecked()
        view = page.chart_views[i]          # drawn when chosen (the others are not drawn while hidden)
        qtbot.waitUntil(lambda: view.figure is not None and view.figure.get_label() == view.chart_id, timeout=60_000)
    clinician = make_window(real_pack)
    cpage = _page(clinician, "recovery")
    cpage.on_shown()
    qtbot.waitUntil(lambda: getattr(cpage, "chart_views", None) is not None, timeout=60_000)
    assert [v.chart_id for v in cpage.chart_views] == ["recovery"]
