"""The hand-off code on screen: the kiosk Summary shows it (and a QR code when asked), File > Open hand-off code…
restores it in the clinician window."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from conftest import EXAMPLE_SESSION, flush_deletes
from decisionaid.content import Clock
from decisionaid.handoff import decode, encode
from decisionaid.kiosk_pin import hash_pin
from decisionaid.session import Session

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def kiosk(qtbot, qapp, real_pack):
    from decisionaid.app import register_fonts
    from decisionaid.ui.context import AppContext
    from decisionaid.ui.kiosk import KioskWindow
    from decisionaid.ui.style import apply_style
    register_fonts(qapp)
    made = []

    def factory():
        ctx = AppContext(real_pack, mode="kiosk", clock=Clock(TODAY))
        apply_style(qapp, ctx)
        w = KioskWindow(ctx, pin_hash=hash_pin("2468"), printer_name="", idle_seconds=600, countdown_seconds=20,
                        tick_ms=5)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield factory
    import shiboken6
    for w in made:
        if not shiboken6.isValid(w) or not shiboken6.isValid(w.idle):
            continue                    # already closed by another fixture's teardown
        w.unlocked = True
        QApplication.instance().removeEventFilter(w.idle)
        w.close()
        w.deleteLater()
    flush_deletes()


def summary_index(window) -> int:
    return [st.step_id for st in window.steps].index("summary")


def answer_everything_by_touch(window, qapp) -> None:
    """Walk every step and press every answer button, as a patient tapping through would."""
    for i in range(len(window.pages)):
        window.go_to(i)
        qapp.processEvents()
        page = window.pages[i]
        if page.step_id == "summary":
            continue
        for b in page.findChildren(QAbstractButton):
            if b.isCheckable() and b.isVisible() and not b.isChecked():
                b.click()
        window.overlay.hide()
        qapp.processEvents()


def answers(s: Session) -> dict:
    return {"situation": s.situation, "values": s.values, "knowledge": s.knowledge, "leaning": s.leaning,
            "sure": s.sure, "questions": sorted(s.questions)}


def test_kiosk_code_restores_every_answer_in_the_clinician_window(kiosk, make_window, real_pack, qapp, qtbot):
    k = kiosk()
    answer_everything_by_touch(k, qapp)
    ks = k.ctx.session
    assert {"cancer_history", "pregnancy"} <= set(ks.situation) and ks.values and ks.knowledge and ks.sure
    assert ks.questions and ks.leaning
    k.go_to(summary_index(k))
    page = k.pages[summary_index(k)]
    page.handoff_sensitive_box.click()           # the patient agrees to share the private answers
    assert ks.handoff_sensitive
    code = page.handoff_label.text()
    assert code == encode(real_pack, ks).code and len(code) <= 40

    c = make_window(real_pack)
    c.ask_handoff_session = lambda: _type_into_dialog(c, code, qtbot)
    assert c.open_handoff_code()
    cs = c.ctx.session
    assert answers(cs) == answers(ks)
    assert cs.handoff_used and cs.mode == "clinician" and cs.own_questions == []
    assert c.ctx.dirty and c.current_path is None
    assert c.current_page.step_id == "summary"
    from decisionaid.note import visit_note
    assert "Kiosk hand-off: used" in visit_note(real_pack, cs)


def _type_into_dialog(window, code, qtbot):
    """Type the code into the real dialog and press Open (the dialog is shown, not exec()'d, in the test)."""
    from decisionaid.ui.handoff_dialog import HandoffDialog
    dlg = HandoffDialog(window.ctx.pack, window.ctx.clock.today(), window)
    qtbot.addWidget(dlg)
    dlg.show()
    QTest.keyClicks(dlg.edit, code.lower())
    dlg.open_button.click()
    return dlg.session if dlg.result() == dlg.DialogCode.Accepted else None


def test_without_the_tick_the_private_answers_stay_behind(kiosk, real_pack, qapp):
    k = kiosk()
    answer_everything_by_touch(k, qapp)
    k.go_to(summary_index(k))
    page = k.pages[summary_index(k)]
    assert not page.handoff_sensitive_box.isChecked()
    restored = decode(real_pack, page.handoff_label.text())
    assert "cancer_history" not in restored.situation and "pregnancy" not in restored.situation
    assert restored.situation["fracture_age"] == k.ctx.session.situation["fracture_age"]


def test_qr_code_only_when_asked_is_the_code_and_goes_with_a_reset(kiosk, qapp):
    from decisionaid.ui.widgets.qr import qr_matrix
    k = kiosk()
    answer_everything_by_touch(k, qapp)
    k.go_to(summary_index(k))
    page = k.pages[summary_index(k)]
    assert not page.qr_label.isVisible() and page.qr_label.pixmap().isNull()
    page.qr_button.click()
    qapp.processEvents()
    assert page.qr_label.isVisible()
    img = page.qr_label.pixmap().toImage()
    m = qr_matrix(page.handoff_label.text())
    module = img.width() // (len(m) + 8)
    for y, row in enumerate(m):                  # every module drawn as the QR code of the code says
        for x, dark in enumerate(row):
            px = QColor(img.pixel((x + 4) * module + module // 2, (y + 4) * module + module // 2))
            assert (px.lightness() < 128) == bool(dark)
    page.handoff_sensitive_box.click()            # the QR code follows the code
    assert qr_matrix(page.handoff_label.text()) != m
    k.reset()
    qapp.processEvents()
    k.go_to(summary_index(k))
    assert not page.qr_button.isChecked() and not page.qr_label.isVisible()
    assert not page.handoff_sensitive_box.isChecked() and not k.ctx.session.handoff_sensitive
    assert decode(k.ctx.pack, page.handoff_label.text()).situation == {}


def test_clinician_summary_has_no_code_panel(make_window, real_pack):
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    w.go_to(summary_index(w))
    assert w.current_page.handoff_label is None


@pytest.mark.parametrize("typed, reason", [
    ("", "Type the hand-off code first."),
    ("18B7-1BT5", "too short"),
    ("18B7-1BT5-AFM0-S01E-N24T-JRS9-HT", "mistyped"),
])
def test_a_bad_code_in_the_dialog_says_why_and_changes_nothing(make_window, real_pack, qtbot, typed, reason):
    from decisionaid.ui.handoff_dialog import HandoffDialog
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    before = w.ctx.session.to_json()
    dlg = HandoffDialog(real_pack, TODAY, w)
    qtbot.addWidget(dlg)
    dlg.show()
    QTest.keyClicks(dlg.edit, typed)
    dlg.open_button.click()
    assert dlg.isVisible() and dlg.session is None
    assert reason in dlg.error.text() and dlg.error.isVisible()
    assert dlg.edit.text() == typed                      # what was typed is kept, to fix
    if typed:                                            # editing the code clears the old reason
        QTest.keyClick(dlg.edit, Qt.Key.Key_Backspace)
        assert not dlg.error.isVisible()
    dlg.reject()
    w.ask_handoff_session = lambda: None
    assert not w.open_handoff_code()
    assert w.ctx.session.to_json() == before


def test_open_hand_off_code_from_the_menu_asks_about_unsaved_changes(make_window, real_pack):
    code = encode(real_pack, Session.load(EXAMPLE_SESSION)).code
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    assert "open_handoff" in w.actions_by_name
    assert w.actions_by_name["open_handoff"].text().replace("&", "") == "Open hand-off code…"
    w.ctx.mark_changed()
    before = w.ctx.session.to_json()
    asked = []
    w.ask_unsaved = lambda: asked.append(1) or "cancel"
    assert not w.open_handoff_code(code)
    assert asked and w.ctx.session.to_json() == before
    w.ask_unsaved = lambda: "discard"
    assert w.open_handoff_code(code)
    assert w.ctx.session.handoff_used and w.ctx.session.patient_name == ""
    assert w.ctx.session.values == Session.load(EXAMPLE_SESSION).values
    # a code for another pack: one clear message, nothing changes
    before = w.ctx.session.to_json()
    w.ctx.dirty = False
    assert not w.open_handoff_code("1ZZZ-0000-0000-0000-0000-0000-00")
    assert w.last_notice and w.ctx.session.to_json() == before


def test_menu_action_opens_the_dialog(make_window, real_pack, qtbot):
    from PySide6.QtCore import QTimer
    w = make_window(real_pack)
    seen = []

    def close_it():
        dlg = w.handoff_dialog
        seen.append(dlg is not None and dlg.isVisible())
        dlg.reject()
    QTimer.singleShot(50, close_it)
    w.actions_by_name["open_handoff"].trigger()
    assert seen == [True]


def test_every_refusal_reads_in_spanish(qapp):
    """Each HandoffError sentence in handoff.py has a Spanish translation (context "Handoff")."""
    import ast
    from pathlib import Path

    from decisionaid import handoff
    from decisionaid.handoff import HandoffError, fill
    from decisionaid.ui.handoff_dialog import error_text
    from decisionaid.ui.i18n import install_language
    templates = set()
    for node in ast.walk(ast.parse(Path(handoff.__file__).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "HandoffError":
            templates.add(node.args[0].value)
    assert len(templates) >= 10
    install_language(qapp, "es")
    import string
    try:
        for t in templates:
            names = [f for _, f, _, _ in string.Formatter().parse(t) if f]      # its {name} placeholders
            values = {n: str(12 + i) for i, n in enumerate(names)}
            spanish = error_text(HandoffError(t, **values))
            assert spanish != fill(t, values), t
            assert all(v in spanish for v in values.values()), (t, spanish)
    finally:
        install_language(qapp, "en")


def test_clinician_summary_says_the_answers_came_from_the_kiosk(make_window, real_pack):
    s = Session.load(EXAMPLE_SESSION)
    w = make_window(real_pack)
    w.go_to(summary_index(w))
    page = w.current_page
    assert not page.handoff_notice.isVisible()
    assert w.open_handoff_code(encode(real_pack, s).code)
    assert page.handoff_notice.isVisible()
    text = page.handoff_notice.label.text()
    assert "kiosk hand-off code" in text and "chose not to share" in text and "cancer" in text
    s.handoff_sensitive = True
    w.ctx.dirty = False
    assert w.open_handoff_code(encode(real_pack, s).code)
    assert "chose not to share" not in page.handoff_notice.label.text()
