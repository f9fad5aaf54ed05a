"""Steps 7-11: what matters to you, check your understanding, leaning + SURE, questions, summary."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QWidget


# ---- helpers ---------------------------------------------------------------------------------------------
@pytest.fixture
def make_window(make_window):
    """The shared factory, with the unsaved-changes prompt answered "discard" (pytest-qt closes the windows
    before fixture teardown, so a prompt could otherwise block the run)."""
    # windows of earlier tests were closed with deleteLater(), which processEvents() never runs: delete
    # them now, or every new window's app-wide style sheet re-polishes all of them (tests get slower).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def factory(*args, **kw):
        w = make_window(*args, **kw)
        if hasattr(w, "ask_unsaved"):
            w.ask_unsaved = lambda: "discard"
        return w
    return factory


def page_of(window, step_id):
    for i, p in enumerate(window.pages):
        if p.step_id == step_id:
            return i, p
    raise KeyError(step_id)


def show(window, step_id):
    i, p = page_of(window, step_id)
    window.go_to(i)
    return p


def texts(widget) -> list[str]:
    """Every piece of text a person or a screen reader could meet on a widget tree."""
    out = [widget.accessibleName(), widget.toolTip()]
    for w in widget.findChildren(QWidget):
        out += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
    return [t for t in out if t]


def visible_texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()]


def checked(buttons) -> list[bool]:
    return [b.isChecked() for b in buttons]


def fill_session(pack, s):
    s.values = {v.id: 4 for v in pack.values}
    s.knowledge = {k.id: (k.answer + 1) % len(k.choices) for k in pack.knowledge}
    s.leaning = pack.options[-1].id
    s.sure = {"sure_of_best": True, "know_benefits_risks": False, "clear_values": True, "enough_support": True}
    s.questions = [q.id for q in pack.questions]
    s.own_questions = ["Mine?", "<img src=x><b>x</b>"]
    s.clinician_notes = "Note <b>1</b>"
    s.patient_name, s.clinician, s.clinic = "Ann", "Dr B", "Clinic C"
    s.situation = {"weak_legs": "yes", "pain_now": 8, "age": "new"}
    return s


# ---- values --------------------------------------------------------------------------------------------
def test_values_rate_clear_and_top_list(make_window, mini_pack):
    w = make_window(mini_pack)
    p = show(w, "values")
    s = w.ctx.session
    assert not p.has_answers(mini_pack, s)
    p.groups["v_fast"].button(4).click()
    assert w.ctx.session.values == {"v_fast": 4}
    assert "Fast relief" in p.top_label.text()
    p.groups["v_safe"].button(1).click()
    assert w.ctx.session.values == {"v_fast": 4, "v_safe": 1}
    assert "Lowest risk" not in p.top_label.text()       # only ratings above the middle are "most"
    p.groups["v_safe"].button(3).click()
    assert w.ctx.session.values == {"v_fast": 4, "v_safe": 3}
    assert p.top_label.text().index("Fast relief") < p.top_label.text().index("Lowest risk")
    assert p.clear_buttons["v_fast"].isVisibleTo(p)
    p.clear_buttons["v_fast"].click()
    assert w.ctx.session.values == {"v_safe": 3}
    assert checked(p.groups["v_fast"].buttons()) == [False] * 5
    assert not p.clear_buttons["v_fast"].isVisibleTo(p)
    assert "Fast relief" not in p.top_label.text()
    assert p.has_answers(mini_pack, w.ctx.session)
    # every radio has a readable name that says which statement and which rating
    names = [b.accessibleName() for b in p.groups["v_safe"].buttons()]
    assert names[0] == "Lowest risk: Not important" and names[4] == "Lowest risk: Very important"


@pytest.mark.parametrize("which", ["mini", "real"])
def test_values_never_names_orders_or_scores_options(make_window, mini_pack, request, which):
    pack = mini_pack if which == "mini" else request.getfixturevalue("real_pack")
    w = make_window(pack)
    others = [p for p in w.pages if p.step_id not in ("values", "summary")]
    before = [texts(p) for p in others]
    p = show(w, "values")
    for v in pack.values:
        p.groups[v.id].button(4).click()
    assert w.ctx.session.values == {v.id: 4 for v in pack.values}
    page_text = "\n".join(texts(p))
    for o in pack.options:
        for name in (o.name, o.short_name, o.id):
            assert not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", page_text, re.IGNORECASE), name
    statements = {v.text for v in pack.values}
    own_text = [t for t in texts(p) if t not in statements]
    assert not any(re.search(r"\d", t) for t in own_text), "no scores or numbers on the values step"
    # the options elsewhere keep their order and text
    assert [texts(q) for q in others] == before
    lp = page_of(w, "leaning")[1]
    assert [b.label.text() for b in lp.leaning_buttons] == [o.name for o in pack.options] + ["Not sure yet"]


# ---- knowledge -----------------------------------------------------------------------------------------
def test_knowledge_feedback_explanation_and_score(make_window, mini_pack):
    w = make_window(mini_pack)
    p = show(w, "knowledge")
    item = mini_pack.knowledge[0]
    assert not p.feedback[item.id].isVisibleTo(p) and not p.explanations[item.id].isVisibleTo(p)
    assert "not answered" in p.score_label.text()
    p.groups[item.id].button(0).click()           # wrong
    assert w.ctx.session.knowledge == {"k1": 0}
    assert p.feedback[item.id].isVisibleTo(p) and p.explanations[item.id].isVisibleTo(p)
    assert "Not quite. The answer is: No" in p.feedback[item.id].text()
    assert any(item.explanation in t for t in visible_texts(p.explanations[item.id]))
    assert p.score_label.text().startswith("0 of 1 right")
    p.choices[item.id][1].button.click()          # right
    assert w.ctx.session.knowledge == {"k1": 1}
    assert "That's right." in p.feedback[item.id].text()
    assert p.score_label.text().startswith("1 of 1 right")
    assert p.has_answers(mini_pack, w.ctx.session)


def test_knowledge_real_pack_every_item(make_window, real_pack):
    w = make_window(real_pack)
    p = show(w, "knowledge")
    for k in real_pack.knowledge:
        p.groups[k.id].button(k.answer).click()
        assert p.explanations[k.id].isVisibleTo(p)
    assert w.ctx.session.knowledge == {k.id: k.answer for k in real_pack.knowledge}
    n = len(real_pack.knowledge)
    assert p.score_label.text() == f"{n} of {n} right."


# ---- leaning and SURE ----------------------------------------------------------------------------------
def test_leaning_and_sure_note(make_window, mini_pack):
    w = make_window(mini_pack)
    p = show(w, "leaning")
    assert not p.has_answers(mini_pack, w.ctx.session)
    p.leaning_buttons[1].button.click()
    assert w.ctx.session.leaning == "act"
    p.leaning_buttons[2].button.click()
    assert w.ctx.session.leaning == "not_sure"
    p.leaning_buttons[0].button.click()
    assert w.ctx.session.leaning == "wait"
    note = mini_pack.sure.low_score_note
    keys = ["sure_of_best", "know_benefits_risks", "clear_values", "enough_support"]
    for k in keys[:3]:
        p.sure_groups[k].button(0).click()       # "No" (incomplete: no note yet)
        assert not p.low_note.isVisibleTo(p)
    assert w.ctx.session.sure == {k: False for k in keys[:3]}
    for k in keys:
        p.sure_groups[k].button(1).click()       # "Yes" to all four
    assert w.ctx.session.sure == {k: True for k in keys}
    assert w.ctx.session.sure_score() == 4
    assert not p.low_note.isVisibleTo(p)
    assert "4 of the 4" in p.score_label.text()
    p.sure_groups["clear_values"].button(0).click()
    assert w.ctx.session.sure == {"sure_of_best": True, "know_benefits_risks": True, "clear_values": False,
                                  "enough_support": True}
    assert p.low_note.isVisibleTo(p)
    assert note in p.low_note.label.text()
    assert "What matters to you" in p.low_note.label.text()       # suggests what may help
    assert p.has_answers(mini_pack, w.ctx.session)


# ---- questions -----------------------------------------------------------------------------------------
def test_questions_checkboxes_own_questions_and_notes(make_window, mini_pack, qtbot):
    w = make_window(mini_pack)
    p = show(w, "questions")
    p.question_boxes["q1"].click()
    assert w.ctx.session.questions == ["q1"]
    p.own_edit.setText("   ")
    p.add_button.click()
    p.own_edit.setText("")
    qtbot.keyClick(p.own_edit, Qt.Key.Key_Return)
    assert w.ctx.session.own_questions == []
    p.own_edit.setText("  Is it safe?  ")
    qtbot.keyClick(p.own_edit, Qt.Key.Key_Return)          # Enter adds
    assert w.ctx.session.own_questions == ["  Is it safe?  "]   # stored verbatim
    assert p.own_edit.text() == ""
    p.own_edit.setText("<img src=x><b>x</b>")
    p.add_button.click()
    assert w.ctx.session.own_questions == ["  Is it safe?  ", "<img src=x><b>x</b>"]
    assert len(p.remove_buttons) == 2
    assert any("<img src=x><b>x</b>" in t for t in visible_texts(p.own_box))
    assert all(lab.textFormat() == Qt.TextFormat.PlainText for lab in p.own_box.findChildren(QLabel))
    p.remove_buttons[0].click()
    assert w.ctx.session.own_questions == ["<img src=x><b>x</b>"]
    assert len(p.remove_buttons) == 1
    p.notes_edit.setPlainText("Line 1\nLine <2>")
    assert w.ctx.session.clinician_notes == "Line 1\nLine <2>"
    assert p.notes_edit.isVisibleTo(p)
    p.question_boxes["q1"].click()
    assert w.ctx.session.questions == []


def test_questions_keep_pack_order_real_pack(make_window, real_pack):
    w = make_window(real_pack)
    p = show(w, "questions")
    ids = [q.id for q in real_pack.questions]
    for qid in reversed(ids[::2]):
        p.question_rows[qid].button.click()
    assert w.ctx.session.questions == ids[::2]


def test_kiosk_hides_notes_name_and_export(make_window, mini_pack):
    w = make_window(mini_pack, mode="kiosk")
    q = page_of(w, "questions")[1]
    assert not q.notes_edit.isVisibleTo(q)
    s = page_of(w, "summary")[1]
    assert s.patient_name_edit is None
    assert not [e for e in s.findChildren(QLineEdit) if "patient" in e.accessibleName().lower()]
    assert not s.export_button.isVisibleTo(s) and not s.html_button.isVisibleTo(s)
    assert s.print_button.isVisibleTo(s) and s.preview_button.isVisibleTo(s)
    assert not s.notes_label.isVisibleTo(s)


# ---- back and forward ----------------------------------------------------------------------------------
def test_back_and_forward_keep_answers(make_window, mini_pack):
    w = make_window(mini_pack)
    v = show(w, "values")
    v.groups["v_fast"].button(2).click()
    w.go_next()
    k = w.current_page
    k.groups["k1"].button(1).click()
    w.go_next()
    lp = w.current_page
    lp.leaning_buttons[2].button.click()
    lp.sure_groups["enough_support"].button(0).click()
    w.go_next()
    q = w.current_page
    q.question_boxes["q1"].click()
    q.own_edit.setText("Mine")
    q.add_button.click()
    expected = w.ctx.session.to_dict()
    for _ in range(4):
        w.go_back()
    for _ in range(5):
        w.go_next()
    assert w.ctx.session.to_dict() == expected
    assert checked(v.groups["v_fast"].buttons()) == [False, False, True, False, False]
    assert checked(k.groups["k1"].buttons()) == [False, True]
    assert checked(lp.leaning_group.buttons()) == [False, False, True]
    assert checked(lp.sure_groups["enough_support"].buttons()) == [False, True]   # Yes, No

    assert q.question_boxes["q1"].isChecked() and len(q.remove_buttons) == 1
    sp = w.current_page
    assert sp.step_id == "summary"
    assert "Mine" in sp.own_label.text() and "Not sure yet" in sp.leaning_label.text()


# ---- summary -------------------------------------------------------------------------------------------
def test_summary_shows_everything_escaped(make_window, mini_pack):
    w = make_window(mini_pack)
    fill_session(mini_pack, w.ctx.session)
    p = show(w, "summary")                      # on_shown re-reads the session
    assert "<img src=x><b>x</b>" in p.own_label.text()
    assert p.own_label.textFormat() == Qt.TextFormat.PlainText
    for lab in p.findChildren(QLabel):          # nothing typed ever becomes markup
        if lab.textFormat() != Qt.TextFormat.PlainText:
            assert "<img" not in lab.text() and "<b>1</b>" not in lab.text()
    shown = "\n".join(visible_texts(p))
    assert "How bad is your pain now?" in shown and "8" in shown
    assert "Are your legs newly weak?" in shown
    assert "Fast relief (Very important)" in p.values_label.text()
    assert p.knowledge_label.text().startswith("0 of 1 right")
    assert "Have the procedure" in p.leaning_label.text()
    assert "3 of 4" in p.sure_label.text() and p.sure_note.isVisibleTo(p)
    assert "How many have you done?" in p.questions_label.text()
    assert "Note <b>1</b>" == p.notes_label.text() and p.notes_label.isVisibleTo(p)
    warn, discuss = p.rule_widgets["r_weak"], p.rule_widgets["r_pain"]
    assert warn.isVisibleTo(p) and discuss.isVisibleTo(p) and not p.points_empty.isVisibleTo(p)
    assert warn.mapTo(p, warn.rect().topLeft()).y() < discuss.mapTo(p, discuss.rect().topLeft()).y()
    assert p.patient_name_edit.text() == "Ann" and p.clinic_edit.text() == "Clinic C"


def test_summary_name_fields_and_buttons(make_window, mini_pack, qtbot):
    w = make_window(mini_pack)
    p = show(w, "summary")
    assert not p.has_answers(mini_pack, w.ctx.session)
    qtbot.keyClicks(p.patient_name_edit, "Ann <Lee>")
    qtbot.keyClicks(p.clinic_edit, "North")
    assert (w.ctx.session.patient_name, w.ctx.session.clinician, w.ctx.session.clinic) == ("Ann <Lee>", "", "North")
    assert p.has_answers(mini_pack, w.ctx.session)
    for button, signal in ((p.export_button, p.export_requested), (p.preview_button, p.preview_requested),
                           (p.print_button, p.print_requested), (p.html_button, p.html_requested)):
        try:
            signal.disconnect()          # the window's dialogs are not under test here
        except (RuntimeError, TypeError):
            pass
        with qtbot.waitSignal(signal, timeout=500):
            button.click()
    assert p.export_button.text() == "Export PDF…" and p.html_button.text() == "Save as HTML…"


def test_summary_refreshes_when_shown(make_window, mini_pack):
    w = make_window(mini_pack)
    p = show(w, "summary")
    assert p.leaning_label.text() == "Leaning towards: no answer yet."
    lp = show(w, "leaning")
    lp.leaning_buttons[0].button.click()
    show(w, "summary")
    assert p.leaning_label.text() == "Leaning towards: Wait and see"


def test_summary_real_pack(make_window, real_pack):
    w = make_window(real_pack)
    s = w.ctx.session
    q = real_pack.situation[0]
    s.situation = {q.id: q.choices[0].id if q.type == "choice" else ("yes" if q.type == "yes_no" else q.min)}
    s.own_questions = ["<script>alert(1)</script>"]
    p = show(w, "summary")
    assert q.text in visible_texts(p)
    assert "<script>alert(1)</script>" in p.own_label.text()


# ---- reset ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["clinician", "kiosk"])
def test_reset_empties_every_widget(make_window, mini_pack, mode):
    w = make_window(mini_pack, mode=mode)
    fill_session(mini_pack, w.ctx.session)
    w.ctx.replace_session(w.ctx.session)          # every page shows the filled session
    show(w, "summary")
    v, k, lp, q, sp = (page_of(w, sid)[1] for sid in ("values", "knowledge", "leaning", "questions", "summary"))
    assert all(g.checkedId() >= 0 for g in v.groups.values())
    assert q.own_rows and lp.low_note.isVisibleTo(lp) and sp.sure_note.isVisibleTo(sp)

    w.ctx.replace_session(w.ctx.session.fresh())
    for page in (v, k, lp, q):
        assert not any(b.isChecked() for b in page.findChildren(QRadioButton)), page.step_id
        assert not any(b.isChecked() for b in page.findChildren(QCheckBox)), page.step_id
        assert not page.has_answers(mini_pack, w.ctx.session)
    assert not any(b.isVisibleTo(v) for b in v.clear_buttons.values())
    assert "Nothing yet" in v.top_label.text()
    assert not any(f.isVisibleTo(k) for f in k.feedback.values())
    assert not any(e.isVisibleTo(k) for e in k.explanations.values())
    assert "not answered" in k.score_label.text()
    assert not lp.low_note.isVisibleTo(lp) and "0 of the 4" in lp.score_label.text()
    assert q.own_rows == [] and q.own_empty.isVisibleTo(q) and q.own_edit.text() == ""
    assert q.notes_edit.toPlainText() == ""
    assert all(e.text() == "" for e in sp.findChildren(QLineEdit))
    assert all(not e.toPlainText() for e in sp.findChildren(QPlainTextEdit))
    assert sp.own_label.text() == "None added." and sp.questions_label.text() == "None chosen."
    assert sp.leaning_label.text() == "Leaning towards: no answer yet."
    assert not sp.sure_note.isVisibleTo(sp) and sp.points_empty.isVisibleTo(sp)
    assert not any(r.isVisibleTo(sp) for r in sp.rule_widgets.values())
    assert sp.situation_empty.isVisibleTo(sp) and sp.values_label.text() == "No ratings yet."
    assert w.ctx.session.is_empty()


# ---- keyboard ------------------------------------------------------------------------------------------
def focus_order(window, page):
    out, seen = [], set()
    wdg = window.nextInFocusChain()
    while wdg is not window and id(wdg) not in seen:
        seen.add(id(wdg))
        if (page.isAncestorOf(wdg) and wdg.isVisibleTo(page) and wdg.isEnabled()
                and wdg.focusPolicy() & Qt.FocusPolicy.TabFocus):
            out.append(wdg)
        wdg = wdg.nextInFocusChain()
    return out


def test_tab_order_follows_layout_and_names(make_window, mini_pack):
    w = make_window(mini_pack)
    fill_session(mini_pack, w.ctx.session)
    w.ctx.replace_session(w.ctx.session)
    w.resize(1024, 768)
    for step_id in ("values", "knowledge", "leaning", "questions", "summary"):
        p = show(w, step_id)
        chain = focus_order(w, p)
        assert len(chain) >= 2, step_id
        pos = [(x.mapTo(p, x.rect().topLeft()).y(), x.mapTo(p, x.rect().topLeft()).x(), x.height()) for x in chain]
        for (y0, x0, h0), (y1, x1, _h1), a in zip(pos, pos[1:], chain[1:]):
            same_row = abs(y1 - y0) < h0
            assert y1 > y0 or (same_row and x1 > x0) or (same_row and y1 >= y0), (step_id, a.accessibleName())
        for x in chain:
            assert x.accessibleName(), (step_id, type(x).__name__)


def test_has_answers_by_session_fields(mini_pack):
    from decisionaid.session import Session
    from decisionaid.ui.pages.knowledge import KnowledgePage
    from decisionaid.ui.pages.leaning import LeaningPage
    from decisionaid.ui.pages.questions import QuestionsPage
    from decisionaid.ui.pages.summary import SummaryPage
    from decisionaid.ui.pages.values import ValuesPage
    classes = (ValuesPage, KnowledgePage, LeaningPage, QuestionsPage, SummaryPage)
    s = Session.for_pack(mini_pack)
    assert not any(c.has_answers(mini_pack, s) for c in classes)
    for field, value, cls in (("values", {"v_fast": 0}, ValuesPage), ("knowledge", {"k1": 0}, KnowledgePage),
                              ("leaning", "not_sure", LeaningPage), ("sure", {"clear_values": False}, LeaningPage),
                              ("own_questions", ["x"], QuestionsPage), ("questions", ["q1"], QuestionsPage),
                              ("clinician_notes", "n", QuestionsPage), ("clinic", "c", SummaryPage)):
        s2 = s.copy()
        setattr(s2, field, value)
        assert [c.has_answers(mini_pack, s2) for c in classes] == [c is cls for c in classes], field


def test_pack_switch_rebuilds_and_keeps_answers(make_window, mini_pack):
    w = make_window(mini_pack)
    fill_session(mini_pack, w.ctx.session)
    w.ctx.replace_pack(mini_pack)                 # a language switch rebuilds every page from the session
    v, k, lp, q = (page_of(w, sid)[1] for sid in ("values", "knowledge", "leaning", "questions"))
    assert all(g.checkedId() == 4 for g in v.groups.values())
    assert k.groups["k1"].checkedId() == 0 and k.feedback["k1"].isVisibleTo(k)
    assert lp.leaning_group.checkedId() == 1 and lp.low_note.isVisibleTo(lp)
    assert [lab.text() for lab in q.own_box.findChildren(QLabel)] == ["• Mine?", "• <img src=x><b>x</b>"]
    v.groups["v_safe"].button(0).click()          # the new widgets write the session
    assert w.ctx.session.values["v_safe"] == 0
