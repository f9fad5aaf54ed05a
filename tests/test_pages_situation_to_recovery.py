"""Steps 2 to 6: situation, options, compare, benefits and risks, recovery.

Everything is driven through the real window and real widgets (clicks, key presses, the real packs); nothing
under test is mocked.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from decisionaid.content import fired_rules
from decisionaid.content import model as m

SITUATION, OPTIONS, COMPARE, BENEFITS, RECOVERY = 1, 2, 3, 4, 5


@pytest.fixture(autouse=True)
def _delete_windows(qapp):
    """Set up before make_window, so torn down after it: really delete the closed windows (closed-but-alive
    windows would all be re-styled by every later window and slow the tests down)."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def make_win(make_window):
    """make_window, with the unsaved-changes question answered "discard"."""

    def factory(pack, **kw):
        w = make_window(pack, **kw)
        if hasattr(w, "ask_unsaved"):
            w.ask_unsaved = lambda: "discard"
        return w

    return factory


def page(window, index):
    return window.pages[index]


def show(window, qtbot, index):
    window.go_to(index)
    QApplication.processEvents()        # charts are drawn just after a page appears
    p = window.pages[index]
    # a step built as it is shown makes what lies below its first screen just after that screen is painted
    qtbot.waitUntil(p.fully_built, timeout=20000)
    return p


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def in_view(window, index, widget) -> bool:
    """The widget is shown and at least partly inside the scroll area's viewport (no scrolling needed)."""
    if not widget.isVisible():
        return False
    vp = window.scrolls[index].viewport()
    top_left = widget.mapTo(vp, QPoint(0, 0))
    return top_left.y() < vp.height() and top_left.y() + widget.height() > 0


def answer_for(q: m.SituationQuestion, cond: m.Condition_):
    """An answer that makes the leaf condition true."""
    v = cond.value
    if cond.op == "eq":
        return v
    if cond.op == "in":
        return v[0]
    if cond.op == "ne":
        options = [c.id for c in q.choices] if q.type == "choice" else ["yes", "no"]
        return next(o for o in options if o != v)
    if cond.op in ("ge", "le"):
        return int(v)
    if cond.op == "gt":
        return int(v) + 1
    if cond.op == "lt":
        return int(v) - 1
    raise AssertionError(cond.op)


def answers_making(pack, group: m.Group) -> dict:
    out: dict = {}
    items = group.items if group.mode == "all" else group.items[:1]
    for it in items:
        if isinstance(it, m.Group):
            out.update(answers_making(pack, it))
        else:
            out[it.field] = answer_for(pack.situation_question(it.field), it)
    return out


def give_answer(qtbot, box, value):
    """Answer one question the way a person would."""
    if box.spin is not None:
        box.spin.setValue(int(value))
    else:
        click(qtbot, box.buttons[value])


# ---- situation -----------------------------------------------------------------------------------
def test_situation_answers_are_written_field_by_field(make_win, mini_pack, qtbot):
    w = make_win(mini_pack)
    p = show(w, qtbot, SITUATION)
    s = w.ctx.session
    assert s.situation == {}
    assert not p.has_answers(mini_pack, s)
    click(qtbot, p.question_boxes["pain_now"].buttons[7])
    assert s.situation == {"pain_now": 7}
    assert w.ctx.dirty and p.has_answers(mini_pack, s)
    click(qtbot, p.question_boxes["weak_legs"].buttons["no"])
    assert s.situation == {"pain_now": 7, "weak_legs": "no"}
    click(qtbot, p.question_boxes["age"].buttons["old"])
    assert s.situation == {"pain_now": 7, "weak_legs": "no", "age": "old"}
    assert p.current_points() == []
    assert p.no_points.isVisible()
    # a choice can be changed: the rule r_pain (pain >= 7 and a new fracture) now applies
    click(qtbot, p.question_boxes["age"].buttons["new"])
    assert s.situation["age"] == "new"
    assert p.current_points() == ["r_pain"]
    assert p.point_labels["r_pain"].isVisible() and "Ask about pain control." in p.point_labels["r_pain"].text()
    # and cleared again: unanswered is a real state
    click(qtbot, p.question_boxes["pain_now"].clear_button)
    assert "pain_now" not in s.situation
    assert p.question_boxes["pain_now"].value() is None
    assert not any(b.isChecked() for b in p.question_boxes["pain_now"].buttons.values())
    assert p.current_points() == []
    # every radio button has a readable name, and each question is a named group
    for box in p.question_boxes.values():
        assert box.accessibleName() == box.q.text
        for b in box.buttons.values():
            assert b.accessibleName().strip()
        assert box.q.text in box.clear_button.accessibleName()


def test_situation_warning_shows_at_once_at_the_top(make_win, mini_pack, qtbot):
    w = make_win(mini_pack)
    w.resize(1024, 768)
    p = show(w, qtbot, SITUATION)
    fired = []
    p.warning_shown.connect(fired.append)
    notice = p.warning_notices["r_weak"]
    assert not notice.isVisible()
    box = p.question_boxes["weak_legs"]
    w.scrolls[SITUATION].ensureWidgetVisible(p.points_widget)
    click(qtbot, box.buttons["yes"])
    assert fired == ["r_weak"]
    assert notice.isVisible() and notice.kind == "emergency"
    assert "Tell your care team now." in notice.label.text()
    assert in_view(w, SITUATION, notice)
    # the warnings come before the questions
    assert notice.mapTo(p, QPoint(0, 0)).y() < p.question_boxes["pain_now"].mapTo(p, QPoint(0, 0)).y()
    assert p.current_warnings() == ["r_weak"]
    # answering something else does not announce it again
    click(qtbot, p.question_boxes["age"].buttons["old"])
    assert fired == ["r_weak"]
    # "back to the question" returns to where the person was
    click(qtbot, p.back_to_questions)
    assert in_view(w, SITUATION, box)
    click(qtbot, box.buttons["no"])
    assert not notice.isVisible() and p.current_warnings() == []


def test_every_warning_rule_of_the_real_pack_shows_its_message(make_win, real_pack, qtbot):
    w = make_win(real_pack)
    p = show(w, qtbot, SITUATION)
    warnings = [r for r in real_pack.rules if r.warning]
    assert warnings
    for rule in warnings:
        w.ctx.replace_session(w.ctx.session.fresh())
        assert p.current_warnings() == []
        answers = answers_making(real_pack, rule.when)
        assert rule in fired_rules(real_pack, answers)
        fired = []
        p.warning_shown.connect(fired.append)
        for qid, value in answers.items():
            box = p.question_boxes[qid]
            w.scrolls[SITUATION].ensureWidgetVisible(box)
            give_answer(qtbot, box, value)
        p.warning_shown.disconnect(fired.append)
        assert w.ctx.session.situation == answers
        assert rule.id in fired
        notice = p.warning_notices[rule.id]
        assert notice.isVisible(), rule.id
        assert notice.parentWidget() is p.warnings_area
        assert notice.kind == ("emergency" if rule.urgency == "emergency" else "tell")
        assert rule.message in notice.accessibleName() or rule.message[:150] in notice.accessibleName()
        assert notice.label.text().endswith(rule.message.replace("&", "&amp;").replace("<", "&lt;")
                                            .replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;"))
        assert in_view(w, SITUATION, notice), rule.id


def test_back_and_forward_keep_every_answer(make_win, real_pack, qtbot):
    w = make_win(real_pack)
    p = show(w, qtbot, SITUATION)
    wanted = {}
    for q in real_pack.situation:
        if q.type == "choice":
            wanted[q.id] = q.choices[-1].id
        elif q.type == "yes_no":
            wanted[q.id] = "no"
        else:
            wanted[q.id] = int(q.max) - 1
    for qid, value in wanted.items():
        w.scrolls[SITUATION].ensureWidgetVisible(p.question_boxes[qid])
        give_answer(qtbot, p.question_boxes[qid], value)
    assert w.ctx.session.situation == wanted
    points = p.current_points()
    for _ in range(RECOVERY - SITUATION):
        click(qtbot, w.next_button)
    assert w.current_index == RECOVERY
    for _ in range(RECOVERY - SITUATION):
        click(qtbot, w.back_button)
    assert w.current_index == SITUATION
    assert w.pages[SITUATION] is p
    assert w.ctx.session.situation == wanted
    for qid, value in wanted.items():
        assert p.question_boxes[qid].value() == value
    assert p.current_points() == points
    # a session opened later shows its own answers in the same widgets
    boxes = dict(p.question_boxes)
    s2 = w.ctx.session.fresh()
    s2.situation = {"leg_weakness": "yes"}
    w.ctx.replace_session(s2)
    assert p.question_boxes == boxes
    assert p.question_boxes["leg_weakness"].value() == "yes"
    assert p.question_boxes["pain_now"].value() is None
    assert "warn_leg_weakness" in p.current_warnings()


# ---- options -------------------------------------------------------------------------------------
def test_option_cards_have_identical_structure_in_pack_order(make_win, real_pack, qtbot):
    w = make_win(real_pack)
    p = show(w, qtbot, OPTIONS)
    assert len(p.cards) == len(real_pack.options)
    shapes = [[(lab.objectName(), bool(lab.font().bold())) for lab in parts] for parts in p.card_parts]
    assert all(s == shapes[0] for s in shapes)
    for opt, parts in zip(real_pack.options, p.card_parts):
        texts = [lab.text() for lab in parts]
        assert texts[0] == opt.name and texts[1] == opt.summary
        expected = []
        for attr in real_pack.attributes:
            expected += [attr.label, opt.attribute(attr.id)]
        assert texts[2:] == expected
    # side by side at 1280 wide, equal widths, the same part on the same line in every card
    assert p.grid.side_by_side()
    widths = {c.width() for c in p.cards}
    assert max(widths) - min(widths) <= 2
    for row in range(len(p.card_parts[0])):
        tops = {parts[row].mapTo(p, QPoint(0, 0)).y() for parts in p.card_parts}
        assert len(tops) == 1
    xs = [c.mapTo(p, QPoint(0, 0)).x() for c in p.cards]
    assert xs == sorted(xs)
    assert w.scrolls[OPTIONS].horizontalScrollBar().maximum() == 0


# ---- compare -------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_compare_table_has_every_answer_and_no_sideways_scrolling(make_win, real_pack, qtbot, size):
    w = make_win(real_pack)
    w.resize(*size)
    p = show(w, qtbot, COMPARE)
    QApplication.processEvents()
    g = p.grid
    headers = [lab.text() for lab in g.header_labels[1:]]
    assert headers == [o.name for o in real_pack.options]
    for row in real_pack.comparison:
        assert g.question_labels[row.id].text() == row.question
        lefts = []
        for opt in real_pack.options:
            cell = g.cells[(row.id, opt.id)]
            assert cell.text() == row.answer(opt.id)
            assert cell.accessibleName() == f"{row.question} — {opt.name}: {row.answer(opt.id)}"
            assert cell.isVisible() and cell.wordWrap()
            # the whole text fits the cell: its height is at least what the text needs at that width
            assert cell.height() >= cell.heightForWidth(cell.width()) - 1
            lefts.append(cell.mapTo(p, QPoint(0, 0)).x())
        assert lefts == sorted(lefts)       # options in pack order, left to right
        if row.sources:
            markers = g.marker_buttons[row.id]
            assert markers.text() == " ".join(f"[{real_pack.source_number(s)}]" for s in
                                              sorted(set(row.sources), key=real_pack.source_number))
    hbar = w.scrolls[COMPARE].horizontalScrollBar()
    assert hbar.maximum() == 0 and not hbar.isVisible()
    assert p.width() <= w.scrolls[COMPARE].viewport().width()


# ---- benefits and risks -------------------------------------------------------------------------
def test_benefits_show_every_group_of_every_result(make_win, real_pack, qtbot):
    """Every result on the page shows every group it compared, with that group's own figure (or why there is
    none), the difference where there is one, and the unverified mark where the pack sets it."""
    from decisionaid.present.evidence import evidence
    w = make_win(real_pack)
    p = page(w, BENEFITS)       # the figures are built with the page (the charts, drawn on show, are not needed)
    for q in evidence(real_pack):
        assert p.outcome_cards[q.id].findChild(QWidget, "outcomeTitle").text() == f"<b>{q.label}</b>".replace("'", "&#x27;")
        for row in q.rows:
            for arm in row.arms:
                text = p.arm_labels[(row.id, arm.key)].text()
                if arm.reported:
                    assert text[:1].upper() + text[1:] == text and arm.frames.lower() in text.lower()
                else:
                    assert text.lower().startswith("not reported") and arm.reason in text
                # a group's figure is never shown without the group it was compared with, in the same box
                box = p.row_boxes[row.id]
                for other in row.arms:
                    assert box.isAncestorOf(p.arm_labels[(row.id, other.key)])
            assert (row.id in p.difference_labels) == (row.difference is not None)
            assert (row.id in p.unverified_labels) == row.unverified
    vapour = p.row_boxes["vapour_14_days"]
    assert "21 in 100 had this" in p.arm_labels[("vapour_14_days", "sham")].text()
    assert "44 in 100 had this" in p.arm_labels[("vapour_14_days", "vertebroplasty")].text()
    assert vapour.isAncestorOf(p.difference_labels["vapour_14_days"])
    assert "48 in 100 had this" in p.arm_labels[("invest_1_month", "sham")].text()
    assert "64 in 100 had this" in p.arm_labels[("invest_1_month", "vertebroplasty")].text()


def test_benefit_wording_on_the_mini_pack(make_win, mini_pack, qtbot):
    w = make_win(mini_pack)
    p = show(w, qtbot, BENEFITS)
    assert p.arm_labels[("trial", "act")].text() == "40 in 100 had this; 60 did not (range 30 to 50)"
    assert p.arm_labels[("trial", "sham")].text() == "20 in 100 had this; 80 did not"
    assert p.difference_labels["trial"].text() == "20 more in 100 with procedure than with the fake procedure"
    assert p.arm_labels[("diff", "act")].text() == "Not reported: Only the difference was reported."
    assert p.difference_labels["diff"].text() == ("Difference between the groups: 0.6 (0 to 10 pain scale), range "
                                                  "0.2 to 1.1. Above 0 means less pain with act.")
    assert "series" in p.unverified_labels and "trial" not in p.unverified_labels


@pytest.mark.parametrize("pack_name", ["mini_pack", "real_pack"])
def test_a_clicked_source_marker_opens_the_right_citation(make_win, request, qtbot, pack_name):
    real_pack = request.getfixturevalue(pack_name)
    w = make_win(real_pack)
    if pack_name == "real_pack":          # the real pack: markers on the compare page (no chart drawing)
        p = show(w, qtbot, COMPARE)
        markers = p.grid.marker_buttons
        key = next(iter(markers))
        for button in markers[key].buttons[:2]:
            src = real_pack.source(button.source_id)
            w.scrolls[COMPARE].ensureWidgetVisible(button)
            click(qtbot, button)
            assert button.dialog.isVisible() and button.dialog.citations() == [src.citation]
            button.dialog.reject()
        return
    p = show(w, qtbot, BENEFITS)
    key = next(k for k, b in p.marker_buttons.items() if len(b.buttons) >= 1)
    for button in p.marker_buttons[key].buttons[:2]:
        src = real_pack.source(button.source_id)
        assert button.text() == f"[{real_pack.source_number(src.id)}]"
        assert button.accessibleName().startswith(f"Source {real_pack.source_number(src.id)}")
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        w.scrolls[BENEFITS].ensureWidgetVisible(button)
        click(qtbot, button)
        dlg = button.dialog
        assert dlg is not None and dlg.isVisible()
        assert dlg.citations() == [src.citation]
        assert f"[{real_pack.source_number(src.id)}]" in dlg.entries[0].text()
        dlg.reject()
    # keyboard: Space on a focused marker opens it too
    button = p.marker_buttons[key].buttons[0]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert button.dialog.isVisible() and button.dialog.citations() == [real_pack.source(button.source_id).citation]
    button.dialog.reject()


def test_benefits_page_builds_charts_only_when_shown(make_win, mini_pack, qtbot):
    w = make_win(mini_pack)
    p = page(w, BENEFITS)
    assert getattr(p, "charts_box", None) is None
    show(w, qtbot, BENEFITS)
    assert [v.chart_id for v in p.chart_views] == ["pain_relief", "complications"]
    box = p.charts_box
    assert p.body.indexOf(box) == p.body.indexOf(p.intro) + 1       # at the top, under the introduction
    first_card = p.outcome_cards[mini_pack.outcomes[0].id]
    assert box.mapTo(p, QPoint(0, 0)).y() < first_card.mapTo(p, QPoint(0, 0)).y()
    show(w, qtbot, COMPARE)
    show(w, qtbot, BENEFITS)
    assert p.charts_box is box               # made once, then redrawn
    r = show(w, qtbot, RECOVERY)
    assert [v.chart_id for v in r.chart_views] == ["recovery"]


def _page_as_seen(window, p) -> tuple[list, list]:
    """Every widget shown on the page (position, size, kind, name, text) top to bottom, and the window's Tab
    chain of what is shown."""
    from PySide6.QtWidgets import QAbstractButton, QLabel
    rows = []
    for c in p.findChildren(QWidget):
        if c.isVisibleTo(p):
            at = c.mapTo(p, QPoint(0, 0))
            text = c.text() if isinstance(c, (QLabel, QAbstractButton)) else ""
            rows.append((at.y(), at.x(), c.width(), c.height(), type(c).__name__, c.objectName(), text,
                         c.accessibleName()))
    chain, seen = [], set()
    wd = window.nextInFocusChain()
    while id(wd) not in seen:
        seen.add(id(wd))
        if wd.isVisible() and wd.isEnabled() and wd.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append((type(wd).__name__, wd.objectName(), wd.accessibleName()))
        wd = wd.nextInFocusChain()
    return sorted(rows), chain


def test_benefits_shown_as_built_makes_its_results_after_its_charts(make_win, mini_pack, qtbot):
    """Built as it is shown (Next before the steps were built ahead), the Benefits step shows its charts first
    and makes the results below them just after the charts on screen are painted; the page then is the same,
    widget for widget, place for place and in Tab order, as one built ahead."""
    ahead = make_win(mini_pack)
    ahead.pages[BENEFITS]                    # built ahead, as after start-up
    ahead.go_to(BENEFITS)
    w = make_win(mini_pack)
    assert not w.pages.is_built(BENEFITS)
    w.go_to(BENEFITS)
    p = w.pages[BENEFITS]
    w.repaint()
    assert not p.fully_built() and not p.outcome_cards and p.charts_box is not None
    qtbot.waitUntil(p.fully_built, timeout=20000)
    assert p.charts_drawn_in_view()          # the results came after the charts on screen
    assert list(p.outcome_cards) == [o.id for o in mini_pack.outcomes]
    qtbot.waitUntil(lambda: ahead.pages[BENEFITS].charts_fully_drawn() and p.charts_fully_drawn(), timeout=20000)
    for _ in range(3):
        QApplication.processEvents()
    assert _page_as_seen(w, p) == _page_as_seen(ahead, ahead.pages[BENEFITS])
    # a rebuild (another pack or language) makes every result at once
    p.rebuild()
    assert p.fully_built() and list(p.outcome_cards) == [o.id for o in mini_pack.outcomes]


def test_pages_do_not_load_matplotlib_at_start_up():
    code = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from decisionaid.content import load_pack
        from decisionaid.ui.context import AppContext
        from decisionaid.ui.pages.situation import SituationPage
        from decisionaid.ui.pages.options import OptionsPage
        from decisionaid.ui.pages.compare import ComparePage
        from decisionaid.ui.pages.benefits import BenefitsPage
        from decisionaid.ui.pages.recovery import RecoveryPage
        ctx = AppContext(load_pack("tests/packs/mini.en.toml"))
        pages = [c(ctx) for c in (SituationPage, OptionsPage, ComparePage, BenefitsPage, RecoveryPage)]
        bad = [m for m in sys.modules if m.startswith(("matplotlib", "decisionaid.charts"))]
        print("BAD", bad)
        sys.exit(1 if bad else 0)
    """)
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    res = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr


# ---- recovery ------------------------------------------------------------------------------------
def test_recovery_times_in_words():
    from decisionaid.ui.pages.recovery import duration_words, milestone_time_words, span_words
    assert duration_words(1) == "1 hour"
    assert duration_words(48) == "2 days"
    assert duration_words(336) == "2 weeks"
    assert duration_words(2190) == "3 months"
    assert duration_words(8760) == "1 year"
    assert duration_words(0.5) == "30 minutes"
    assert span_words(0, 1) == "about 1 hour"
    assert span_words(24, 48) == "1 to 2 days"
    assert span_words(1008, 2190) == "6 weeks to 3 months"
    ms = m.Milestone("x", "o", "L", "T", from_hours=1008, to_hours=1500, to_hours_max=2190)
    assert milestone_time_words(ms) == "6 weeks to 3 months — sources disagree"
    ms = m.Milestone("x", "o", "L", "T", from_hours=0, to_hours=1, to_hours_max=3)
    assert milestone_time_words(ms) == "about 1 hour (up to 3 hours) — sources disagree"


def test_recovery_page_lists_milestones_per_option_and_warning_signs(make_win, real_pack, qtbot):
    w = make_win(real_pack)
    p = show(w, qtbot, RECOVERY)
    assert len(p.cards) == len(real_pack.options)
    for opt, card in zip(real_pack.options, p.cards):
        labels = [lab.text() for lab in card.findChildren(QWidget, "milestoneLabel")]
        assert labels == [ms.label for ms in real_pack.milestones_for(opt.id)]
        assert card.findChildren(QWidget, "optionName")[0].text() == opt.name
    for ms in real_pack.milestones:
        assert p.time_labels[ms.id].text().startswith("When: ")
        if ms.to_hours_max is not None:
            assert "sources disagree" in p.time_labels[ms.id].text()
    for ws in real_pack.warning_signs:
        n = p.warning_sign_notices[ws.id]
        assert n.kind == ("emergency" if ws.urgency == "emergency" else "warning")
        assert ws.text.replace("'", "&#x27;") in n.label.text()
        assert "<b>" in n.label.text()           # a bold lead word, not colour alone
    assert w.scrolls[RECOVERY].horizontalScrollBar().maximum() == 0


# ---- keyboard and screen readers -----------------------------------------------------------------
@pytest.mark.parametrize("index", [SITUATION, COMPARE, BENEFITS, RECOVERY])
def test_tab_order_follows_the_layout_and_everything_is_named(make_win, real_pack, mini_pack, qtbot, index):
    # the benefits page of the real pack draws very tall charts: its structure is the same with the mini pack
    w = make_win(mini_pack if index == BENEFITS else real_pack)
    p = show(w, qtbot, index)
    chain, seen = [], set()
    wd = p.nextInFocusChain()
    while wd is not p and id(wd) not in seen:
        seen.add(id(wd))
        if p.isAncestorOf(wd) and wd.isVisible() and wd.isEnabled() and wd.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(wd)
        wd = wd.nextInFocusChain()
    assert chain
    charts = getattr(p, "charts_box", None)
    for wd in chain:            # the name a screen reader gets (a button's text counts)
        iface = QAccessible.queryAccessibleInterface(wd)
        assert iface is not None and iface.text(QAccessible.Text.Name).strip(), (type(wd).__name__, wd.objectName())

    def top(x):
        return x.mapTo(p, QPoint(0, 0))

    if index == RECOVERY:
        # chart first; cards side by side: each card top to bottom, cards left to right; then the warning signs
        cards = p.cards

        def owner_of(x):
            if charts is not None and charts.isAncestorOf(x):
                return -1           # the chart, at the top
            return next((i for i, c in enumerate(cards) if c.isAncestorOf(x)), len(cards))

        owner = [owner_of(x) for x in chain]
        assert owner == sorted(owner)
        for i in range(-1, len(cards) + 1):
            ys = [top(x).y() for x, o in zip(chain, owner) if o == i]
            assert ys == sorted(ys)
    else:
        pos = [(top(x).y(), top(x).x()) for x in chain]
        for (y1, x1), (y2, x2) in zip(pos, pos[1:]):
            assert y2 > y1 - 12 and (y2 > y1 + 12 or x2 > x1 - 1), (pos, chain)


def test_large_text_never_scrolls_sideways(make_win, real_pack, mini_pack, qtbot):
    """At 1.5 times the text size on a 1024 x 768 screen tables stack instead of scrolling sideways."""
    small = make_win(mini_pack)         # benefits: same layout, much smaller charts to draw
    small.resize(1024, 768)
    small.ctx.set_display(text_scale=1.5)
    p = show(small, qtbot, BENEFITS)
    QApplication.processEvents()
    assert small.scrolls[BENEFITS].horizontalScrollBar().maximum() == 0
    figures = p.outcome_cards["relief"].findChild(QWidget, "rowGroups")
    assert figures.narrow
    w = make_win(real_pack)
    w.resize(1024, 768)
    w.ctx.set_display(text_scale=1.5)
    for index in (SITUATION, OPTIONS, COMPARE):
        p = show(w, qtbot, index)
        QApplication.processEvents()
        assert w.scrolls[index].horizontalScrollBar().maximum() == 0, p.step_id
    show(w, qtbot, COMPARE)
    g = page(w, COMPARE).grid
    assert g.stacked
    row = real_pack.comparison[0]
    names = [nb.findChild(QWidget, "compareOptionName").text() for nb in g.rows[0]["names"]]
    assert names == [o.name for o in real_pack.options]
    cells = [g.cells[(row.id, o.id)] for o in real_pack.options]
    tops = [c.mapTo(g, QPoint(0, 0)).y() for c in cells]
    assert tops == sorted(tops) and all(c.isVisible() for c in cells)
    w.ctx.set_display(text_scale=1.0)
    show(w, qtbot, COMPARE)
    QApplication.processEvents()
    assert not g.stacked
