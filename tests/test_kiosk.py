"""Kiosk mode: idle reset, lock-down, PIN, touch sizes, start-up refusals."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit,
                               QListWidget, QPlainTextEdit, QSlider, QTextEdit)

from conftest import flush_deletes
from decisionaid.content import Clock
from decisionaid.kiosk_pin import PinLimiter, hash_pin, verify_pin
from decisionaid.ui.kiosk import KioskWindow, StillThereDialog, check_kiosk_allowed

PIN = "2468"
PIN_HASH = hash_pin(PIN)


@pytest.fixture
def kiosk(qtbot, qapp, real_pack):
    from decisionaid.app import register_fonts
    from decisionaid.ui.context import AppContext
    from decisionaid.ui.style import apply_style
    register_fonts(qapp)
    made = []

    def factory(idle=60.0, printer="", clock=None):
        ctx = AppContext(real_pack, mode="kiosk", clock=Clock(dt.date(2026, 12, 1)))
        apply_style(qapp, ctx)
        w = KioskWindow(ctx, pin_hash=PIN_HASH, printer_name=printer, idle_seconds=idle, countdown_seconds=20,
                        tick_ms=5, pin_clock=clock)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield factory
    for w in made:
        w.unlocked = True
        QApplication.instance().removeEventFilter(w.idle)
        w.close()
        w.deleteLater()
    flush_deletes()


def visit_all(window) -> None:
    for i in range(len(window.pages)):
        window.go_to(i)
    window.go_to(0)


def widget_state(window) -> list:
    """Everything a person could see as an answer (sorted: lazily created widgets change child order)."""
    state = []
    for w in window.centralWidget().findChildren(QAbstractButton):
        if w.isCheckable():
            state.append(("check", w.objectName(), w.text(), w.isChecked()))
    for w in window.centralWidget().findChildren(QLineEdit):
        state.append(("line", w.objectName(), w.text()))
    for w in window.centralWidget().findChildren(QPlainTextEdit):
        state.append(("plain", w.objectName(), w.toPlainText()))
    for w in window.centralWidget().findChildren(QTextEdit):
        state.append(("text", w.objectName(), w.toPlainText()))
    for w in window.centralWidget().findChildren(QAbstractSpinBox):
        state.append(("spin", w.objectName(), w.text()))
    for w in window.centralWidget().findChildren(QSlider):
        state.append(("slider", w.objectName(), w.value()))
    for w in window.centralWidget().findChildren(QComboBox):
        state.append(("combo", w.objectName(), w.currentIndex()))
    for w in window.centralWidget().findChildren(QListWidget):
        if w is not window.step_list:
            state.append(("list", w.objectName(), w.count()))
    return sorted(state, key=repr)


def fill_everything(window, qtbot, text="kiosk sentinel 7f3a"):
    """Answer every question on every page: first option of every radio group, every checkbox, every text."""
    for i, page in enumerate(window.pages):
        window.go_to(i)
        if page.step_id == "welcome":
            continue          # display settings, not answers (reset restores them too: tested below)
        for b in page.findChildren(QAbstractButton):
            if b.isCheckable() and b.isVisible() and not b.isChecked() and b.isEnabled():
                if b.autoExclusive() or b.group() is not None:
                    if not any(o.isChecked() for o in (b.group().buttons() if b.group() else [])):
                        b.click()
                else:
                    b.click()
        for e in page.findChildren(QLineEdit):
            if e.isVisible() and e.isEnabled() and not e.isReadOnly():
                e.setFocus()
                qtbot.keyClicks(e, text)
                qtbot.keyClick(e, Qt.Key.Key_Return)
        for e in page.findChildren(QPlainTextEdit):
            if e.isVisible() and not e.isReadOnly():
                qtbot.keyClicks(e, text)
    window.overlay.hide()


def restarted_by(w, qtbot, act) -> bool:
    """Whether ``act()`` restarted the idle timer (60 s): it had been running for a while, and afterwards has
    more time left than just before. No bound on how long anything takes (a busy machine only waits longer).
    (A precise timer: a coarse one may move its 60 s deadline by up to 5 %, more than the 300 ms compared.)"""
    w.idle.timer.setTimerType(Qt.TimerType.PreciseTimer)
    w.idle.timer.start()
    qtbot.wait(300)
    before = w.idle.timer.remainingTime()
    assert 0 < before <= 59_800, before
    act()
    return w.idle.timer.remainingTime() > before


def test_every_kind_of_activity_restarts_the_idle_timer(kiosk, qtbot):
    w = kiosk(idle=60.0)
    target = w.next_button
    events = [
        lambda: QApplication.sendEvent(target, QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(5, 5),
                                                           QPointF(5, 5), Qt.MouseButton.LeftButton,
                                                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)),
        lambda: QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                         Qt.KeyboardModifier.NoModifier, "a")),
        lambda: QApplication.sendEvent(target, QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0),
                                                           QPoint(0, -120), Qt.MouseButton.NoButton,
                                                           Qt.KeyboardModifier.NoModifier,
                                                           Qt.ScrollPhase.NoScrollPhase, False)),
    ]
    for send in events:
        assert restarted_by(w, qtbot, send)
    assert not restarted_by(w, qtbot, lambda: None), "the check can fail: no activity, no restart"


def test_typing_in_a_field_restarts_the_idle_timer(kiosk, qtbot):
    w = kiosk(idle=60.0)
    edits = [e for p in w.pages for e in p.findChildren(QLineEdit)]
    assert edits, "kiosk mode has at least one text field (own questions)"
    w.go_to([i for i, p in enumerate(w.pages) if edits[0] in p.findChildren(QLineEdit)][0])
    assert restarted_by(w, qtbot, lambda: qtbot.keyClick(edits[0], Qt.Key.Key_X))


def test_continue_keeps_every_answer(kiosk, qtbot):
    w = kiosk()
    fill_everything(w, qtbot)
    before = w.ctx.session.to_dict()
    w.on_idle()
    dlg = w.still_there
    assert isinstance(dlg, StillThereDialog) and dlg.isVisible()
    assert dlg.remaining >= 20
    dlg.continue_button.click()
    assert w.ctx.session.to_dict() == before
    assert w.still_there is None and w.idle.timer.isActive()


def test_countdown_is_at_least_20_seconds():
    assert StillThereDialog(5, tick_ms=1000).remaining == 20


def test_expiry_wipes_everything(kiosk, qtbot, real_pack):
    first = kiosk()
    visit_all(first)
    pristine = widget_state(first)
    w = kiosk()
    fill_everything(w, qtbot)
    assert not w.ctx.session.is_empty()
    assert widget_state(w) != pristine
    QGuiApplication.clipboard().setText("kiosk sentinel copied")
    w.go_to(4)
    # a definition dialog is open when the time runs out
    extra = QDialog(w)
    extra.setModal(True)
    extra.open()
    # the countdown (20 ticks of 5 ms) shares the event loop with the drawing of step 4's charts, which takes
    # seconds on a busy machine: wait for the reset itself, generously (it returns as soon as it comes)
    with qtbot.waitSignal(w.reset_done, timeout=120_000):
        w.on_idle()
    assert w.ctx.session.to_dict() == w.ctx.session.fresh().to_dict()
    assert w.ctx.session.is_empty()
    assert w.current_index == 0
    assert QApplication.activeModalWidget() is None
    assert not any(isinstance(t, QDialog) and t.isVisible() for t in QApplication.topLevelWidgets())
    assert QGuiApplication.clipboard().text() == ""
    assert not w.overlay.isVisible()
    assert widget_state(w) == pristine


def test_reset_reuses_page_widgets(kiosk, qtbot):
    w = kiosk()
    pages_before = [id(p) for p in w.pages]
    fill_everything(w, qtbot)
    w.reset()
    assert [id(p) for p in w.pages] == pages_before


CLINICIAN_KEYS = ["Ctrl+S", "Ctrl+O", "Ctrl+E", "Ctrl+P", "Ctrl+Q", "Ctrl+,", "F11", "Ctrl+I", "Ctrl+Shift+S",
                  "Ctrl+Shift+E", "Ctrl+Shift+C", "F1", "Escape", "Alt+F4", "Ctrl+W"]


def test_clinician_shortcuts_and_close_paths_do_nothing(kiosk, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QKeySequence
    monkeypatch.chdir(tmp_path)
    w = kiosk()
    w.showFullScreen()
    w.go_to(len(w.pages) - 1)     # on the summary, where export and print would live
    assert not w.menuBar().isVisible()
    for keys in CLINICIAN_KEYS:
        combo = QKeySequence(keys)[0]
        qtbot.keyClick(w, combo.key(), combo.keyboardModifiers())
        qtbot.wait(10)
        assert w.isVisible() and w.isFullScreen(), keys
        assert QApplication.activeModalWidget() is None, keys
        assert list(tmp_path.iterdir()) == [], keys
    w.close()
    assert w.isVisible()


def test_closing_the_window_is_ignored(kiosk):
    w = kiosk()
    assert w.close() is False
    assert w.isVisible()


def test_pin_right_unlocks(kiosk, qtbot):
    w = kiosk()
    pad = w.ask_pin()
    for d in PIN:
        pad.buttons[d].click()
    assert pad.submit() == "ok"
    assert w.unlocked and not w.isVisible()


def test_pin_wrong_then_rate_limited(kiosk):
    now = [1000.0]
    w = kiosk(clock=lambda: now[0])
    pad = w.ask_pin()
    for _ in range(3):
        for d in "1111":
            pad.press(d)
        assert pad.submit() == "wrong"
    for d in PIN:
        pad.press(d)
    assert pad.submit() == "locked"      # even the right PIN waits
    assert "Wait" in pad.status.text()
    now[0] += 31
    for d in PIN:
        pad.press(d)
    assert pad.submit() == "ok"
    assert w.unlocked


def test_rate_limit_grows():
    now = [0.0]
    lim = PinLimiter(PIN_HASH, now=lambda: now[0])
    for _ in range(3):
        lim.attempt("0000")
    first = lim.seconds_locked()
    now[0] += first + 1
    lim.attempt("0000")
    assert lim.seconds_locked() > first


def test_pin_hash_is_salted_scrypt():
    a, b = hash_pin(PIN), hash_pin(PIN)
    assert a != b and a.startswith("scrypt$") and PIN not in a
    assert verify_pin(PIN, a) and not verify_pin("1357", a) and not verify_pin(PIN, "garbage")


def test_every_interactive_widget_is_touch_sized(kiosk, qtbot):
    w = kiosk()
    w.showFullScreen()
    small = []
    for i, page in enumerate(w.pages):
        w.go_to(i)
        qtbot.wait(5)
        widgets = [b for b in page.findChildren(QAbstractButton) if b.isVisible()]
        widgets += [e for e in page.findChildren(QLineEdit) if e.isVisible()]
        for b in widgets:
            if b.width() < 48 or b.height() < 48:
                small.append(f"{page.step_id}: {type(b).__name__} '{getattr(b, 'text', lambda: '')()}' "
                             f"{b.width()}x{b.height()}")
    for b in (w.back_button, w.next_button):
        assert b.width() >= 48 and b.height() >= 48
    assert not small, "\n".join(small[:20])


def test_kiosk_refuses_without_pin_draft_or_expired(real_pack):
    from decisionaid.content.model import Review, ReviewRecord
    from decisionaid.content.review import GROUPS
    from decisionaid.content.signing import SignatureStatus
    signed = SignatureStatus("valid", real_pack.path, real_pack.path + ".sig", key_id="k", key_name="lead")
    clock = Clock(dt.date(2026, 12, 1))
    assert "PIN" in check_kiosk_allowed(real_pack, "", True, clock, signature=signed)
    assert "draft" in check_kiosk_allowed(real_pack, PIN_HASH, False, clock, signature=signed)
    assert check_kiosk_allowed(real_pack, PIN_HASH, True, clock, signature=signed) is None
    late = Clock(real_pack.metadata.next_review + dt.timedelta(days=1))
    assert "review" in check_kiosk_allowed(real_pack, PIN_HASH, True, late, signature=signed)
    record = ReviewRecord(file="x.review.json", pack_sha256=real_pack.sha256, groups=GROUPS,
                          reviews=(Review("Dr A", "surgeon", GROUPS, dt.date(2026, 11, 30)),))
    reviewed = replace(real_pack, review=record)
    assert check_kiosk_allowed(reviewed, PIN_HASH, False, clock, signature=signed) is None
    partly = replace(real_pack, review=replace(record, reviews=(Review("Dr A", "surgeon", ("evidence",),
                                                                      dt.date(2026, 11, 30)),)))
    assert "draft" in check_kiosk_allowed(partly, PIN_HASH, False, clock, signature=signed)
    for state in ("unsigned", "changed", "record-changed", "untrusted", "invalid", "unreadable"):
        why = check_kiosk_allowed(reviewed, PIN_HASH, True, clock,
                                  signature=replace(signed, state=state, key_id="abc"))
        assert why and real_pack.path in why, state


def test_no_print_button_without_a_kiosk_printer(kiosk):
    w = kiosk(printer="")
    summary = w.pages[-1]
    for name in ("export_button", "html_button", "preview_button", "print_button"):
        b = getattr(summary, name, None)
        assert b is None or not b.isVisibleTo(w), name


def test_print_button_with_a_kiosk_printer(kiosk):
    w = kiosk(printer="Front desk")
    summary = w.pages[-1]
    w.go_to(len(w.pages) - 1)
    assert summary.print_button.isVisibleTo(w)
    assert not summary.export_button.isVisibleTo(w)


def test_no_patient_name_field_in_kiosk(kiosk):
    w = kiosk()
    names = " ".join(e.accessibleName().lower() for p in w.pages for e in p.findChildren(QLineEdit))
    assert "name" not in names


def test_welcome_states_idle_time_and_privacy(kiosk):
    w = kiosk(idle=90)
    text = " ".join(lab.text() for lab in w.pages[0].findChildren(type(w.progress_label)))
    assert "90 seconds" in text and "erased" in text and "Nothing you enter is stored" in text


def test_warning_sign_shows_full_screen_until_touched(kiosk, qtbot, real_pack):
    w = kiosk()
    page = w.pages[1]
    rule = next(r for r in real_pack.rules if r.warning and r.urgency == "emergency")
    w._show_warning(rule.id)
    assert w.overlay.isVisible()
    assert "emergency" in w.overlay.title.text().lower()
    assert w.overlay.geometry() == w.overlay.parentWidget().rect()
    qtbot.mouseClick(w.overlay, Qt.MouseButton.LeftButton)
    assert not w.overlay.isVisible()
    assert hasattr(page, "warning_shown")


def test_reset_restores_default_display_and_language(kiosk, qtbot):
    w = kiosk()
    welcome = w.pages[0]
    welcome.size_buttons[1.5].click()
    welcome.contrast_box.setChecked(True)
    assert w.ctx.text_scale == 1.5 and w.ctx.theme == "high-contrast"
    w.switch_language("es")
    assert w.ctx.pack.metadata.language == "es"
    w.reset()
    assert w.ctx.text_scale == 1.25 and w.ctx.theme == "default"      # the kiosk starts at 125 %
    assert w.ctx.pack.metadata.language == "en"
    assert w.pages[0].size_buttons[1.25].isChecked() and not w.pages[0].contrast_box.isChecked()
    assert w.size_buttons[1.25].isChecked()                             # the size bar on every step


def test_every_step_scrolls_by_touch_even_those_built_later(kiosk):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScroller
    w = kiosk()
    assert not w.scrolls.is_built(3)                  # scroll areas are made with their step
    w.go_to(3)
    for i in (0, 3):                                  # made at start-up, made later
        assert QScroller.grabbedGesture(w.scrolls[i].viewport()).value > Qt.GestureType.CustomGesture.value


def test_reset_returns_freed_memory_on_glibc():
    """The kiosk gives freed heap back after each person (glibc's malloc_trim; a no-op without glibc)."""
    import platform

    from decisionaid.ui.kiosk import return_free_memory
    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert return_free_memory() is expected
    assert return_free_memory() is expected                  # the looked-up function is kept


def test_every_kiosk_control_is_48px_as_drawn_and_as_reported(kiosk, qtbot):
    """Every step, every visible control of the window (page, Back / Next, the text-size bar, scroll bars):
    at least 48 x 48 px on screen and in the accessibility tree (a check box reports its whole row)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (QAbstractSlider, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTableWidget,
                                   QTextEdit, QWidget)
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QPlainTextEdit, QTextEdit,
             QTableWidget)
    w = kiosk()
    w.showFullScreen()
    small, checked = [], 0
    for i, page in enumerate(w.pages):
        w.go_to(i)
        qtbot.wait(5)
        for c in w.findChildren(QWidget):
            if not isinstance(c, kinds) or not c.isVisible() or not c.isEnabled():
                continue
            if w.step_list.isAncestorOf(c):
                continue        # the step list only shows progress in kiosk mode: no focus, no touch
            if not w.isAncestorOf(c) or c.window() is not w:
                continue
            checked += 1
            iface = QAccessible.queryAccessibleInterface(c)
            rep = iface.rect() if iface is not None else None
            if c.width() < 48 or c.height() < 48 or rep is None or rep.width() < 48 or rep.height() < 48:
                small.append(f"{page.step_id}: {type(c).__name__} {c.accessibleName()[:30]!r} drawn "
                             f"{c.width()}x{c.height()}, reported {rep.width() if rep else 0}x"
                             f"{rep.height() if rep else 0}")
    assert checked > 100
    assert not small, "\n".join(small[:25])


def test_kiosk_starts_at_125_percent_with_a_text_size_bar_on_every_step(kiosk, qtbot, qapp):
    w = kiosk()
    assert w.ctx.text_scale == 1.25 and w.size_buttons[1.25].isChecked()
    for i in range(len(w.steps)):
        w.go_to(i)
        assert all(b.isVisible() for b in w.size_buttons.values())
    w.size_buttons[2.0].click()
    qapp.processEvents()
    assert w.ctx.text_scale == 2.0 and w.pages[0].size_buttons[2.0].isChecked()
    w.size_buttons[1.25].click()


def test_the_text_size_bar_takes_a_row_of_its_own_where_it_does_not_fit(kiosk, qtbot, qapp):
    """Seen in the 200 % kiosk pictures on a 1280-pixel screen: Back, the text-size bar and Next did not fit in
    one row, and the size buttons were squeezed to "00", "25", "50". Where they do not fit, the bar moves to a
    row above Back and Next; on a 1920-pixel screen at 125 % it stays between them. No button of the row is
    narrower than its text."""
    w = kiosk()
    w.resize(1920, 1080)

    def squeezed():
        buttons = [w.back_button, w.next_button, *w.size_buttons.values()]
        return [f"{b.text()!r} {b.width()} x {b.height()} px, needs {b.sizeHint().width()} x {b.minimumHeight()}"
                for b in buttons if b.width() < b.sizeHint().width() - 1 or b.height() < b.minimumHeight()]

    def settled():
        for _ in range(3):
            qapp.processEvents()
        w.centralWidget().layout().activate()
        qapp.processEvents()

    try:
        settled()
        assert w.nav_layout.indexOf(w.size_bar) >= 0 and not squeezed()
        w.resize(1280, 800)
        w.size_buttons[2.0].click()
        qtbot.waitUntil(lambda: w.size_row.indexOf(w.size_bar) >= 0, timeout=10_000)
        settled()
        assert not squeezed(), squeezed()
        assert w.size_bar.geometry().bottom() < w.next_button.geometry().top()      # above Back and Next
        w.size_buttons[1.25].click()
        w.resize(1920, 1080)
        qtbot.waitUntil(lambda: w.nav_layout.indexOf(w.size_bar) >= 0, timeout=10_000)
        settled()
        assert not squeezed(), squeezed()
    finally:
        w.ctx.set_display(text_scale=1.25)


def test_nav_buttons_get_the_size_the_code_asks_for(kiosk):
    w = kiosk()
    for b in (w.back_button, w.next_button):
        assert b.width() >= 200 and b.height() >= 72
    from decisionaid.ui.kiosk import StillThereDialog
    dlg = StillThereDialog(20, w)
    dlg.show()
    assert dlg.continue_button.width() >= 240 and dlg.continue_button.height() >= 96
    dlg.close()


def test_full_window_red_message_is_for_emergencies_only(kiosk, real_pack):
    """A point to tell the care team (blood thinners) does not raise the full-window red message; an emergency
    warning sign (new leg weakness) does (issue 19)."""
    w = kiosk()
    blood = next(r for r in real_pack.rules if r.id == "warn_blood_thinners")
    assert blood.warning and blood.urgency == "call"
    w._show_warning(blood.id)
    assert not w.overlay.isVisible()
    legs = next(r for r in real_pack.rules if r.id == "warn_leg_weakness")
    w._show_warning(legs.id)
    assert w.overlay.isVisible()


# ---- "Are you still there?": every way of closing it is "continue" ----------------------------------------
def _warning_up(w):
    w.go_to(2)
    w.on_idle()
    dlg = w.still_there
    assert isinstance(dlg, StillThereDialog) and dlg.isVisible() and dlg.timer.isActive()
    return dlg


@pytest.mark.parametrize("how", ["escape", "other key", "close", "touch outside the message"])
def test_any_way_of_closing_the_warning_is_continue(kiosk, qtbot, how):
    from PySide6.QtTest import QTest
    w = kiosk(idle=0.3)
    w.ctx.session.leaning = "not_sure"
    dlg = _warning_up(w)
    resets = []
    w.reset_done.connect(lambda: resets.append(1))
    if how == "escape":
        QTest.keyClick(dlg, Qt.Key.Key_Escape)
    elif how == "other key":
        QTest.keyClick(dlg, Qt.Key.Key_Space)
    elif how == "close":
        dlg.close()
    else:
        corner = QPoint(5, dlg.height() - 5)            # far from the message and its button
        assert dlg.childAt(corner) is None
        QTest.mouseClick(dlg, Qt.MouseButton.LeftButton, pos=corner)
    assert not dlg.timer.isActive(), "the countdown stopped"
    assert w.still_there is None and w.idle.timer.isActive()
    # the countdown (20 ticks of 5 ms) would long have run out; the next thing is a new warning, not a reset
    with qtbot.waitSignal(w.still_there_shown, timeout=120_000):
        pass
    assert resets == [] and w.ctx.session.leaning == "not_sure"


def test_the_warning_covers_the_kiosk_window(kiosk):
    w = kiosk()
    w.ctx.session.leaning = "not_sure"
    dlg = _warning_up(w)
    assert dlg.geometry() == w.geometry()


def test_reset_clears_every_clipboard_mode_the_platform_has(kiosk, qtbot):
    from decisionaid.ui.kiosk import clear_clipboards
    from PySide6.QtGui import QClipboard
    cb = QGuiApplication.clipboard()
    modes = clear_clipboards()
    assert QClipboard.Mode.Clipboard in modes
    assert (QClipboard.Mode.Selection in modes) == cb.supportsSelection()
    assert (QClipboard.Mode.FindBuffer in modes) == cb.supportsFindBuffer()
    # the X11 PRIMARY selection itself is checked against a real X server in test_kiosk_privacy.py


# ---- printing: off the UI thread, "Printing…" shown, idle timer paused ----------------------------------
FAKE_LP = """#!{python}
import os, sys, time
folder = {folder!r}
open(os.path.join(folder, "args"), "w").write("\\n".join(sys.argv[1:]))
data = sys.stdin.buffer.read()
open(os.path.join(folder, "job.pdf"), "wb").write(data)
while not os.path.exists(os.path.join(folder, "go")):
    time.sleep(0.02)
print("request id is {queue}-7 (0 file(s))")
"""


@pytest.fixture
def fake_lp(tmp_path, monkeypatch):
    """A stand-in for CUPS's lp that keeps the job until the test lets it go (creates tmp_path/go)."""
    import sys
    from decisionaid import printing
    script = tmp_path / "lp"
    script.write_text(FAKE_LP.format(python=sys.executable, folder=str(tmp_path), queue="Front"))
    script.chmod(0o755)
    monkeypatch.setattr(printing, "LP_COMMAND", str(script))
    return tmp_path


def test_kiosk_prints_off_the_ui_thread_with_a_printing_state_and_the_idle_timer_paused(kiosk, qtbot, fake_lp):
    w = kiosk(idle=60.0, printer="Front")
    fill_everything(w, qtbot, text="kiosk print sentinel 51c")
    w.go_to(len(w.pages) - 1)
    summary = w.pages[len(w.pages) - 1]
    assert summary.print_button.isVisibleTo(w) and summary.print_button.isEnabled()
    finished = []
    w.print_finished.connect(finished.append)
    summary.print_button.click()
    # the UI thread keeps running (this wait turns its event loop) while the job is prepared and held
    qtbot.waitUntil(lambda: (fake_lp / "job.pdf").exists(), timeout=60000)
    assert w.printing and summary.print_button.text() == "Printing…" and not summary.print_button.isEnabled()
    assert summary.print_status.isVisibleTo(w) and "Printing" in summary.print_status.text()
    assert w.idle.paused and not w.idle.timer.isActive(), "the idle timer is paused while printing"
    w.idle.eventFilter(w, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
    assert not w.idle.timer.isActive(), "a touch while printing does not restart it either"
    assert not summary.print_button.click() and w.print_summary() is False      # one job at a time
    (fake_lp / "go").touch()
    qtbot.waitUntil(lambda: finished != [], timeout=30000)
    assert finished == [""]
    assert not w.printing and summary.print_button.isEnabled() and summary.print_button.text() == "Print…"
    assert w.idle.timer.isActive() and not w.idle.paused, "the idle timer runs again"
    assert "sent to the printer" in summary.print_status.text()
    assert (fake_lp / "job.pdf").read_bytes().startswith(b"%PDF")
    args = (fake_lp / "args").read_text().split("\n")
    assert args[:4] == ["-d", "Front", "-t", "Decision aid summary"]
    assert "sentinel" not in " ".join(args)
    w.reset()
    assert not summary.print_status.isVisibleTo(w), "the next person does not see the last one's print"


def test_kiosk_print_failure_is_told_and_the_idle_timer_restarts(kiosk, qtbot, fake_lp, monkeypatch):
    from decisionaid import printing
    monkeypatch.setattr(printing, "LP_COMMAND", str(fake_lp / "no-such-lp"))
    w = kiosk(printer="Front")
    w.go_to(len(w.pages) - 1)
    finished = []
    w.print_finished.connect(finished.append)
    assert w.print_summary()
    qtbot.waitUntil(lambda: finished != [], timeout=60000)
    assert "lp" in finished[0]
    summary = w.pages[len(w.pages) - 1]
    assert "could not be printed" in summary.print_status.text()
    assert w.idle.timer.isActive() and summary.print_button.isEnabled()


def test_reset_leaves_nothing_of_the_summary_in_typsts_memo(kiosk, monkeypatch):
    """typst evicts what the last MEMO_AGE compiles did not use: after a reset, more than that many compiles of
    the empty page have run since the patient's summary, so typst remembers nothing of it."""
    from decisionaid.report import ReportOptions, pdf_bytes, render
    made = []
    real = render.compile_data

    def recording(data, *args, **kw):          # the real compile runs; only what was set is noted
        made.append(data.get("title"))
        return real(data, *args, **kw)
    monkeypatch.setattr(render, "compile_data", recording)
    w = kiosk()
    w.ctx.session.own_questions = ["Can my neighbour Jo drive me home?"]
    pdf_bytes(w.ctx.pack, w.ctx.session, ReportOptions())
    patient = len(made)
    w.reset()
    after = made[patient:]
    assert len(after) > render.MEMO_AGE and set(after) == {"-"}    # "-": the empty page's title
