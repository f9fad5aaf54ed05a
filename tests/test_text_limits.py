"""Free text has a stated limit: the fields refuse more at entry (and say so), a loaded session over a limit is
refused with the field and the limit named, and the summary of a session with every field at its limit is made."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from decisionaid.session import (MAX_ID_CHARS, MAX_LIST_ITEMS, MAX_OWN_QUESTIONS, MAX_QUESTION_CHARS, TEXT_LIMITS,
                                 Session, SessionError)


def show(window, step_id):
    """Go to a step (the shared make_window answers unsaved-change prompts with "discard")."""
    i = [p.step_id for p in window.pages].index(step_id)
    window.go_to(i)
    return window.pages[i]


def at_limits(pack) -> Session:
    """Every free-text field filled to its limit, with text that looks like markup to every renderer."""
    s = Session.for_pack(pack)
    chunk = "<b>&amp; #x $y$ [z] \\ é ок "

    def fill(n: int) -> str:
        return (chunk * (n // len(chunk) + 1))[:n]
    for key, n in TEXT_LIMITS.items():
        setattr(s, key, fill(n))
    s.own_questions = [fill(MAX_QUESTION_CHARS) for _ in range(MAX_OWN_QUESTIONS)]
    return s


def file_with(pack, **fields) -> str:
    d = Session.for_pack(pack).to_dict()
    d.update(fields)
    return json.dumps(d)


# ---- a loaded file ----------------------------------------------------------------------------------------
def test_a_session_at_every_limit_loads_back_whole(real_pack):
    s = at_limits(real_pack)
    back = Session.from_json(s.to_json())
    assert back.to_dict() == s.to_dict()


@pytest.mark.parametrize("key", sorted(TEXT_LIMITS))
def test_a_text_field_over_its_limit_is_refused_by_name(real_pack, key):
    limit = TEXT_LIMITS[key]
    with pytest.raises(SessionError) as e:
        Session.from_json(file_with(real_pack, **{key: "x" * (limit + 1)}))
    assert f"'{key}'" in str(e.value) and f"{limit:,}" in str(e.value)


def test_own_questions_over_their_limits_are_refused(real_pack):
    with pytest.raises(SessionError, match=r"'own_questions' has 21 entries; the limit is 20"):
        Session.from_json(file_with(real_pack, own_questions=["Why?"] * (MAX_OWN_QUESTIONS + 1)))
    with pytest.raises(SessionError, match=r"'own_questions' has an entry longer than 500 characters"):
        Session.from_json(file_with(real_pack, own_questions=["x" * (MAX_QUESTION_CHARS + 1)]))


def test_ids_and_answer_objects_are_bounded(real_pack):
    with pytest.raises(SessionError, match="'leaning' is longer than 200"):
        Session.from_json(file_with(real_pack, leaning="x" * (MAX_ID_CHARS + 1)))
    with pytest.raises(SessionError, match="'situation' has an entry longer than 200"):
        Session.from_json(file_with(real_pack, situation={"pain": "x" * (MAX_ID_CHARS + 1)}))
    with pytest.raises(SessionError, match="'values' has 501 entries"):
        Session.from_json(file_with(real_pack, values={f"v{i}": 1 for i in range(MAX_LIST_ITEMS + 1)}))
    with pytest.raises(SessionError, match="'questions' has 501 entries"):
        Session.from_json(file_with(real_pack, questions=["q"] * (MAX_LIST_ITEMS + 1)))


# ---- at entry -----------------------------------------------------------------------------------------------
def test_own_question_field_states_and_keeps_its_limit(make_window, mini_pack, qtbot):
    w = make_window(mini_pack)
    p = show(w, "questions")
    assert "500 characters" in p.own_limits.text() and "20" in p.own_limits.text()
    assert p.own_edit.maxLength() == MAX_QUESTION_CHARS
    qtbot.keyClicks(p.own_edit, "x" * 390)
    assert not p.own_status.isVisibleTo(p)                     # no counter while far from the limit
    qtbot.keyClicks(p.own_edit, "x" * 20)
    assert p.own_status.isVisibleTo(p) and p.own_status.text() == "90 characters left."
    p.own_edit.setText("y" * (MAX_QUESTION_CHARS + 50))          # a paste longer than the limit
    assert len(p.own_edit.text()) == MAX_QUESTION_CHARS
    assert p.own_status.text() == "That is the most this box can hold."
    qtbot.keyClick(p.own_edit, Qt.Key.Key_Return)
    assert w.ctx.session.own_questions == ["y" * MAX_QUESTION_CHARS]
    assert not p.own_status.isVisibleTo(p)                     # the field is empty again


def test_the_21st_own_question_is_refused_with_a_message(make_window, mini_pack, qtbot):
    w = make_window(mini_pack)
    p = show(w, "questions")
    for i in range(MAX_OWN_QUESTIONS):
        p.own_edit.setText(f"Question {i}?")
        p.add_button.click()
    assert len(w.ctx.session.own_questions) == MAX_OWN_QUESTIONS
    p.own_edit.setText("One more?")
    p.add_button.click()
    assert len(w.ctx.session.own_questions) == MAX_OWN_QUESTIONS
    assert p.own_edit.text() == "One more?"                     # nothing typed is lost
    assert p.own_status.isVisibleTo(p) and "Remove one to add another" in p.own_status.text()
    p.remove_buttons[0].click()
    p.add_button.click()
    assert w.ctx.session.own_questions[-1] == "One more?"


def test_clinician_notes_keep_their_limit_and_say_so(make_window, mini_pack):
    w = make_window(mini_pack)
    p = show(w, "questions")
    limit = TEXT_LIMITS["clinician_notes"]
    assert "4,000 characters" in p.notes_hint.text()
    p.notes_edit.setPlainText("n" * (limit - 500))
    assert not p.notes_status.isVisibleTo(p)
    p.notes_edit.setPlainText("n" * (limit - 100))
    assert p.notes_status.text() == "100 characters left."
    p.notes_edit.setPlainText("n" * limit + "TAIL")
    assert p.notes_edit.toPlainText() == "n" * limit
    assert w.ctx.session.clinician_notes == "n" * limit
    assert "up to 4,000 characters" in p.notes_status.text() and "not added" in p.notes_status.text()


def test_name_fields_keep_the_session_limits(make_window, mini_pack):
    w = make_window(mini_pack)
    p = show(w, "summary")
    for edit, key in ((p.patient_name_edit, "patient_name"), (p.clinician_edit, "clinician"),
                      (p.clinic_edit, "clinic")):
        assert edit.maxLength() == TEXT_LIMITS[key]


# ---- the summary of a session at every limit ------------------------------------------------------------------
def test_the_summary_at_every_limit_is_made_and_prints_the_text_literally(real_pack, qapp):
    from decisionaid.report import ReportOptions, build_html, pdf_bytes
    s = at_limits(real_pack)
    data = pdf_bytes(real_pack, s, ReportOptions(copy="record"))
    assert data.startswith(b"%PDF")
    html = build_html(real_pack, s, ReportOptions(copy="record"), for_export=True)
    assert "<b>&amp;" not in html and "&lt;b&gt;&amp;amp;" in html
