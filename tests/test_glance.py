"""At a glance (clinician mode): the pack's short-grid fields, the view-model and the view.

The view must fit a 1280 x 800 window (and a window maximised on a 1280 x 800 screen) at 100 % text with no
scrolling and nothing cut off; every cell has a screen-reader name, is reached with Tab and opens its detail
(the topic's issue card, or the step) on click and on Enter.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from conftest import EXAMPLE_SESSION, MINI_PACK, REAL_PACK_DIR
from decisionaid.content import ContentError, load_pack, loads_pack

TEXT = MINI_PACK.read_text(encoding="utf-8")


def refuse(text: str) -> list[str]:
    with pytest.raises(ContentError) as info:
        loads_pack(text, "broken.en.toml")
    return info.value.problems


# ---- the pack fields -----------------------------------------------------------------------------------------
def test_short_grid_fields_load(mini_pack):
    row = mini_pack.comparison[0]
    assert row.short_question == "Pain" and row.in_short_grid
    assert row.short == (("wait", "Slowly."), ("act", "Maybe faster."))
    assert row.short_answer("act") == "Maybe faster."
    flagged = [q.id for q in mini_pack.situation if q.glance]
    assert flagged == ["weak_legs", "age"]
    assert mini_pack.situation_question("weak_legs").short_label == "Weak legs"
    assert mini_pack.situation_question("age").short_label == ""


def test_fields_are_optional():
    text = (TEXT.replace('short_question = "Pain"\nin_short_grid = true\n', "")
            .replace('[comparison.short]\nwait = "Slowly."\nact = "Maybe faster."\n', "")
            .replace("glance = true\n", "").replace('short_label = "Weak legs"\n', ""))
    pack = loads_pack(text)
    assert pack.comparison[0].short == () and not pack.comparison[0].in_short_grid
    assert pack.comparison[0].short_question == ""
    assert not any(q.glance for q in pack.situation)


def test_short_answer_word_limit():
    long = "one two three four five six seven eight nine ten eleven twelve thirteen"
    problems = refuse(TEXT.replace('[comparison.short]\nwait = "Slowly."', f'[comparison.short]\nwait = "{long}."'))
    assert any("comparison[0].short.wait" in p and "13 words" in p and "at most 12" in p for p in problems), problems
    twelve = " ".join(long.split()[:12])
    loads_pack(TEXT.replace('[comparison.short]\nwait = "Slowly."', f'[comparison.short]\nwait = "{twelve}."'))


def test_short_question_and_label_word_limits():
    long = "a b c d e f g h i j k l m"
    problems = refuse(TEXT.replace('short_question = "Pain"', f'short_question = "{long}"')
                      .replace('short_label = "Weak legs"', f'short_label = "{long}"'))
    assert any("comparison[0].short_question" in p and "13 words" in p for p in problems), problems
    assert any(".short_label" in p and "13 words" in p for p in problems), problems


def test_short_answers_for_every_option_or_none():
    problems = refuse(TEXT.replace('[comparison.short]\nwait = "Slowly."\nact = "Maybe faster."',
                                   '[comparison.short]\nwait = "Slowly."'))
    assert any("comparison[0].short.act" in p and "missing a short answer" in p for p in problems), problems
    problems = refuse(TEXT.replace('[comparison.short]\nwait = "Slowly."',
                                   '[comparison.short]\nwait = "Slowly."\nsurgery = "No."'))
    assert any("comparison[0].short.surgery" in p and "unknown option" in p for p in problems), problems
    problems = refuse(TEXT.replace('[comparison.short]\nwait = "Slowly."', '[comparison.short]\nwait = " "'))
    assert any("comparison[0].short.wait" in p and "empty" in p for p in problems), problems


def test_in_short_grid_needs_short_answers_and_a_true_or_false():
    problems = refuse(TEXT.replace('[comparison.short]\nwait = "Slowly."\nact = "Maybe faster."\n', ""))
    assert any("comparison[0].in_short_grid" in p and "[comparison.short]" in p for p in problems), problems
    problems = refuse(TEXT.replace("in_short_grid = true", 'in_short_grid = "yes"'))
    assert any("comparison[0].in_short_grid" in p and "true or false" in p for p in problems), problems
    problems = refuse(TEXT.replace('short_label = "Weak legs"\n', "").replace("glance = true", "glance = 1", 1))
    assert any(".glance" in p and "true or false" in p for p in problems), problems


def test_at_most_six_rows_in_the_short_grid():
    start = TEXT.index("[[comparison]]")
    end = TEXT.index("[[outcomes]]")
    block = TEXT[start:end]

    def rows(n):
        return "".join(block.replace('id = "c_pain"', f'id = "c_{i}"') for i in range(n))
    loads_pack(TEXT[:start] + rows(6) + TEXT[end:])
    problems = refuse(TEXT[:start] + rows(7) + TEXT[end:])
    assert any(p.endswith("comparison: 7 rows have in_short_grid = true; the short grid has room for at most 6")
               for p in problems), problems


def test_both_packs_flag_the_same_rows_and_questions():
    en = load_pack(REAL_PACK_DIR, language="en")
    es = load_pack(REAL_PACK_DIR, language="es")
    for p in (en, es):
        grid = [c for c in p.comparison if c.in_short_grid]
        assert 1 <= len(grid) <= 6
        for c in grid:
            assert [o for o, _ in c.short] == list(p.option_ids) == ["conservative", "vertebroplasty", "kyphoplasty"]
            assert all(len(text.split()) <= 12 for _, text in c.short)
    assert [c.id for c in en.comparison if c.in_short_grid] == [c.id for c in es.comparison if c.in_short_grid]
    assert [q.id for q in en.situation if q.glance] == [q.id for q in es.situation if q.glance]
    assert {"fracture_age", "imaging_confirmed", "blood_thinners", "leg_weakness", "bladder_bowel"} <= {
        q.id for q in en.situation if q.glance}


# ---- the view-model ----------------------------------------------------------------------------------------
def _session(pack, **kw):
    from decisionaid.session import Session
    s = Session.for_pack(pack)
    for k, v in kw.items():
        setattr(s, k, v)
    return s


def test_grid_rows_and_cells_in_option_order(real_pack):
    from decisionaid.present.glance import glance
    view = glance(real_pack, _session(real_pack))
    assert [r.id for r in view.grid] == [c.id for c in real_pack.comparison if c.in_short_grid]
    assert [o for o, _ in view.options] == ["conservative", "vertebroplasty", "kyphoplasty"]
    for r in view.grid:
        c = next(x for x in real_pack.comparison if x.id == r.id)
        assert [cell.option for cell in r.cells] == ["conservative", "vertebroplasty", "kyphoplasty"]
        assert [cell.text for cell in r.cells] == [c.short_answer(o) for o in real_pack.option_ids]
        assert r.question == c.short_question and r.topic == c.topic
        assert all(cell.option_name in cell.name and cell.text in cell.name for cell in r.cells)


def test_key_comparisons_show_both_groups(real_pack):
    from decisionaid.present.evidence import rows
    from decisionaid.present.glance import glance
    view = glance(real_pack, _session(real_pack))
    assert [r.id for r in view.key] == [r.id for r in rows(real_pack, key_only=True)]
    assert view.key, "the pack marks key comparisons"
    for r in view.key:
        assert not r.single_group and len(r.arms) >= 2, r.id
        for a in r.arms:                   # every group's figure is in the row's text alternative
            assert a.label in r.alt and (a.frames in r.alt or not a.reported)


def test_guidance_lines(real_pack):
    from decisionaid.present.glance import glance
    from decisionaid.present.guidance import guidance
    view = glance(real_pack, _session(real_pack))
    assert [g.line for g in view.guidance] == [g.line for g in guidance(real_pack)]
    assert len(view.guidance) == len(real_pack.guidance)


def test_points_reflect_the_answers(real_pack):
    from decisionaid.present.glance import points
    empty = points(real_pack, _session(real_pack))
    assert [p.question for p in empty] == [q.id for q in real_pack.situation if q.glance]
    assert all(not p.answered and p.kind == "" and p.text.endswith(": not answered") for p in empty)

    s = _session(real_pack, situation={"blood_thinners": "yes", "imaging_confirmed": "no", "cancer_history": "yes",
                                       "leg_weakness": "no"})
    got = {p.question: p for p in points(real_pack, s)}
    assert got["blood_thinners"].kind == "warning" and got["blood_thinners"].text == "Blood thinners: Yes"
    rule = next(r for r in real_pack.rules if r.id == "warn_blood_thinners")
    assert got["blood_thinners"].messages == (rule.message,)
    assert got["imaging_confirmed"].answered and got["imaging_confirmed"].answer == "No"
    assert got["leg_weakness"].kind == "" and got["leg_weakness"].text.endswith(": No")
    assert got["cancer_history"].kind == "discuss"           # not a glance question, but its answer fired a rule
    assert not got["fracture_age"].answered


def test_patient_shown_only_when_entered(real_pack):
    from decisionaid.present.glance import patient
    none = patient(real_pack, _session(real_pack))
    assert not none.entered and (none.values, none.leaning, none.sure) == ((), "", "")
    v = real_pack.values
    s = _session(real_pack, values={v[0].id: 4, v[1].id: 1, v[2].id: 3}, leaning="vertebroplasty",
                 sure={"sure_of_best": True, "know_benefits_risks": True, "clear_values": False,
                       "enough_support": True})
    got = patient(real_pack, s)
    assert got.values == (v[0].text, v[2].text)
    assert got.leaning == "Leaning towards vertebroplasty" and got.sure == "3 of 4 yes" and got.entered
    partial = patient(real_pack, _session(real_pack, sure={"sure_of_best": False}, leaning="not_sure"))
    assert partial.sure == "1 of 4 answered" and partial.leaning == "Leaning: not sure yet" and partial.values == ()


# ---- the view ------------------------------------------------------------------------------------------------
@pytest.fixture
def glance_window(make_window, real_pack, qapp):
    from decisionaid.session import Session

    def make(size=(1280, 800), session=None, text_scale=1.0):
        w = make_window(real_pack, session=session or Session.load(EXAMPLE_SESSION))
        if text_scale != 1.0:
            w.set_text_scale(text_scale)
        w.resize(*size)
        qapp.processEvents()
        w.actions_by_name["glance"].trigger()
        for _ in range(4):
            qapp.processEvents()
        return w
    return make


def _inside(widget, viewport) -> bool:
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def _not_cut(label: QLabel) -> bool:
    """A wrapped label shows all its text: its height is at least what its width needs."""
    return label.height() >= label.heightForWidth(label.width()) and label.width() >= 1


@pytest.mark.parametrize("size", [(1280, 800), (1264, 752)], ids=["1280x800", "maximised-on-1280x800"])
def test_fits_without_scrolling_and_nothing_is_cut_off(glance_window, size):
    w = glance_window(size)
    assert w.glance_showing
    view, scroll = w.glance_view, w.glance_scroll
    assert scroll.verticalScrollBar().maximum() == 0, (view.height(), scroll.viewport().height())
    assert scroll.horizontalScrollBar().maximum() == 0
    vp = scroll.viewport()
    assert view.cells and view.topic_buttons
    for c in [*view.cells, *view.topic_buttons.values(), view.close_button, view.title_label]:
        assert c.isVisible() and _inside(c, vp), (c.accessibleName(), c.geometry())
    for lab in view.findChildren(QLabel):
        if lab.isVisible() and lab.wordWrap():
            assert _not_cut(lab), lab.text()
    # the whole of every section is there: the grid, both arms of each key comparison, each expert group
    texts = "\n".join(view.texts())
    for row in view.view.grid:
        assert all(c.text in texts for c in row.cells)
    for row in view.view.key:
        for a in row.arms:
            assert a.label in texts and a.figure.replace(" ", "\u00a0") in texts
    for g in view.view.guidance:
        assert g.line in texts


def test_1024_by_768_at_150_percent_scrolls_down_only(glance_window):
    w = glance_window((1024, 768), text_scale=1.5)
    view, scroll = w.glance_view, w.glance_scroll
    assert scroll.horizontalScrollBar().maximum() == 0
    for c in view.cells:
        assert 0 <= c.mapTo(view, QPoint(0, 0)).x() and c.mapTo(view, QPoint(c.width(), 0)).x() <= view.width()
    for lab in view.findChildren(QLabel):
        if lab.isVisible() and lab.wordWrap():
            assert _not_cut(lab), lab.text()


def _name(widget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface else ""


def test_every_cell_has_a_name_and_opens_its_detail(glance_window, qtbot, qapp):
    from decisionaid.ui.pages import STEPS
    w = glance_window()
    n = len(w.glance_view.cells)
    assert n >= len(w.glance_view.view.grid) * 4 + len(w.glance_view.view.key) + len(w.glance_view.view.guidance)
    opened = {"card": 0, "step": 0}
    for i in range(n):
        for how in ("click", "enter"):
            if not w.glance_showing:
                w.show_glance()
                qapp.processEvents()
            cell = w.glance_view.cells[i]
            assert len(_name(cell)) > 3, cell.text()
            w.issue_cards_dialog = None
            if how == "click":
                qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
            else:
                cell.setFocus()
                qtbot.keyClick(cell, Qt.Key.Key_Return)
            dlg = getattr(w, "issue_cards_dialog", None)
            if dlg is not None:
                assert dlg.current_topic in {t.id for t in w.ctx.pack.topics}
                dlg.close()
                opened["card"] += 1
            else:
                assert not w.glance_showing, f"cell {i} ({cell.text()!r}) opened nothing"
                assert STEPS[w.current_index].step_id in ("compare", "situation", "values", "leaning")
                opened["step"] += 1
    assert opened["card"] and opened["step"]


def test_grid_cells_open_their_own_topic(glance_window):
    w = glance_window()
    view = w.glance_view
    row = view.view.grid[0]
    cell = next(c for c in view.cells if c.accessibleName() == row.cells[1].name)
    cell.click()
    assert w.issue_cards_dialog.current_topic == row.topic
    w.issue_cards_dialog.close()
    w.issue_cards_dialog = None
    for tid, b in view.topic_buttons.items():
        assert tid in _name(b) or w.ctx.pack.topic(tid).label in _name(b)
        b.click()
        assert w.issue_cards_dialog.current_topic == tid
        w.issue_cards_dialog.close()


def test_every_cell_is_reached_by_tab_and_shows_focus(glance_window, qtbot):
    w = glance_window()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=60_000)
    view = w.glance_view
    wanted = {*view.cells, *view.topic_buttons.values(), view.close_button}
    view.title_label.setFocus()
    seen = []
    for _ in range(len(wanted) + 20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert wanted <= set(seen), [c.accessibleName() for c in wanted - set(seen)][:10]
    order = [x for x in seen if x in view.cells]
    assert order[:len(view.cells)] == view.cells        # reading order: grid, key comparisons, then the right
    assert "QFrame#glanceCell:focus" in view.styleSheet()


def test_menu_shortcut_button_and_escape(glance_window, qtbot):
    w = glance_window()
    act = w.actions_by_name["glance"]
    assert act.shortcut().toString() == "Ctrl+G"
    assert ("At a glance", "Ctrl+G") in w.shortcut_rows()
    assert act in w.menus["view"].actions()
    qtbot.keyClick(w.glance_view, Qt.Key.Key_Escape)
    assert not w.glance_showing and w.step_list.isVisible() and w.glance_button.isVisible()
    w.glance_button.click()
    assert w.glance_showing and not w.step_list.isVisible()
    assert w.windowTitle().startswith("At a glance")
    w.glance_view.close_button.click()
    assert not w.glance_showing


def test_view_shows_the_patient_only_when_entered(make_window, real_pack, qapp):
    from decisionaid.session import Session
    w = make_window(real_pack, session=Session.for_pack(real_pack))
    view = w.show_glance()
    texts = "\n".join(view.texts())
    assert "not entered yet" in texts and "of 4" not in texts and "Top values" not in texts
    assert "Leaning" not in texts
    s = w.ctx.session
    s.leaning, s.sure = "kyphoplasty", dict.fromkeys(("sure_of_best", "know_benefits_risks", "clear_values",
                                                      "enough_support"), True)
    s.situation["blood_thinners"] = "yes"
    w.ctx.mark_changed()
    qapp.processEvents()
    texts = "\n".join(w.glance_view.texts())
    assert "SURE: 4 of 4 yes" in texts and "Leaning towards balloon kyphoplasty" in texts
    assert "not entered yet" not in texts
    assert "Warning sign: Blood thinners: Yes" in texts


def test_icon_array_marks_have_one_meaning_each(qapp):
    """Filled icons in the group's colour (had this), hatched ones up to the top of the range, then empty."""
    from decisionaid.present.evidence import ArmView
    from decisionaid.ui.glance import IconArray
    arm = ArmView("vertebroplasty", "Vertebroplasty", "vertebroplasty", "vertebroplasty", 3.0, 1.0, 6.0, False,
                  False, "3 in 100 (range 1 to 6)", "", "", "")
    w = IconArray(arm, 100, "#0072B2", "#EFEFEF", "#8A8A8A")
    img = w.grab().toImage()
    s = w.cell
    rows = w.rows

    def icon(i):                # the icon's pixels (index 0 is bottom-left)
        r, c = divmod(i, w.cols)
        x0, y0 = c * s, (rows - 1 - r) * s
        return {img.pixelColor(x, y).name() for x in range(x0, x0 + s - 1) for y in range(y0, y0 + s - 1)}
    assert icon(0) == icon(2) == {"#0072b2"}                         # had this: the option's colour only
    assert "#0072b2" in icon(3) and "#efefef" in icon(4)              # hatched: colour on the empty fill
    assert icon(5) != {"#0072b2"} and "#0072b2" in icon(5)
    assert "#0072b2" not in icon(6) and "#efefef" in icon(6)          # did not: empty
    assert "#0072b2" not in icon(99)


def test_refresh_keeps_focus_on_the_same_cell(glance_window, qtbot, qapp):
    w = glance_window()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=60_000)
    w.glance_view.cells[5].setFocus()
    w.ctx.session.situation["blood_thinners"] = "no"
    w.ctx.mark_changed()
    qapp.processEvents()
    assert QApplication.focusWidget() is w.glance_view.cells[5]


def test_fits_with_every_question_answered_and_many_rules_fired(glance_window, real_pack):
    """The busiest strip of points this pack can give (every question answered, every yes/no answered yes)
    still fits a 1280 x 800 window, with the patient's answers shown too."""
    from decisionaid.session import Session
    s = Session.load(EXAMPLE_SESSION)
    for q in real_pack.situation:
        if q.type == "yes_no":
            s.situation[q.id] = "yes"
        elif q.type == "choice":
            s.situation[q.id] = q.choices[-1].id
        else:
            s.situation[q.id] = q.max
    w = glance_window((1280, 800), session=s)
    view, scroll = w.glance_view, w.glance_scroll
    assert len(view.view.points) == len(real_pack.situation)
    assert sum(p.kind == "warning" for p in view.view.points) >= 5
    assert scroll.verticalScrollBar().maximum() == 0 and scroll.horizontalScrollBar().maximum() == 0
    for c in view.cells:
        assert _inside(c, scroll.viewport()), c.accessibleName()
