"""Run by test_kiosk_privacy.py in a clean environment: a full kiosk walkthrough with a sentinel string typed
into every field, charts drawn, a summary rendered in memory, then an idle reset. Prints "done".

    kiosk_privacy_run.py SENTINEL [--printer QUEUE] [--hold]

Offscreen unless QT_QPA_PLATFORM says otherwise (the real-X test sets xcb). --printer: print the summary
through the kiosk's own print path to that CUPS queue and wait until it is handed over ("printed JOB").
--hold: put the sentinel in the clipboard and the PRIMARY selection, say "selection-set" and wait for a line
on standard input; after the reset say "reset-done" and wait again, so the test can ask the X server (xclip)
what the selections hold while the app still runs.
"""
from __future__ import annotations

import os
import select
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SENTINEL = sys.argv[1]
PRINTER = sys.argv[sys.argv.index("--printer") + 1] if "--printer" in sys.argv else ""
HOLD = "--hold" in sys.argv


def wait_for_line(app) -> None:
    """Keep the event loop turning (an X selection owner must answer requests) until stdin has a line."""
    from PySide6.QtCore import QEventLoop
    while True:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        ready, _, _ = select.select([sys.stdin], [], [], 0.05)
        if ready:
            sys.stdin.readline()
            return


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QClipboard, QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

    from decisionaid import settings
    from decisionaid.app import make_qapp
    from decisionaid.content import default_content_path, load_pack
    from decisionaid.ui.context import AppContext
    from decisionaid.ui.kiosk import KioskWindow
    from decisionaid.ui.style import apply_style

    app = make_qapp()
    pack = load_pack(default_content_path(), language="en")
    ctx = AppContext(pack, mode="kiosk")
    apply_style(app, ctx)
    w = KioskWindow(ctx, pin_hash=settings.get("kiosk_pin_hash"), printer_name=PRINTER, idle_seconds=600,
                    countdown_seconds=20, tick_ms=1)
    w.resize(1280, 800)
    w.show()
    for i, page in enumerate(w.pages):
        w.go_to(i)
        app.processEvents()
        for b in page.findChildren(QAbstractButton):
            if b.isCheckable() and b.isVisible() and not b.isChecked():
                b.click()
        for e in page.findChildren(QLineEdit):
            if e.isVisible() and not e.isReadOnly():
                QTest.keyClicks(e, SENTINEL)
                QTest.keyClick(e, Qt.Key.Key_Return)
        for e in page.findChildren(QPlainTextEdit):
            if e.isVisible() and not e.isReadOnly():
                QTest.keyClicks(e, SENTINEL)
        app.processEvents()
    w.overlay.hide()
    summary = w.pages[len(w.pages) - 1]
    assert summary.handoff_code() and summary.qr_label.isVisible(), "the hand-off code and its QR code were shown"
    assert ctx.session.handoff_sensitive, "the walkthrough ticked the private answers into the code"
    print("handoff", summary.handoff_code())    # the parent looks for the code (derived from answers) on disk too
    text = ctx.session.to_json()
    assert SENTINEL in text, "the walkthrough typed the sentinel into at least one answer"
    if PRINTER:
        outcome = []
        w.print_finished.connect(outcome.append)
        assert w.print_summary(), "the kiosk print path started"
        import time
        while not outcome:
            app.processEvents()
            time.sleep(0.02)            # (QTest.qWait would hold the GIL and starve the printing thread)
        assert outcome == [""], f"printing failed: {outcome[0]}"
        print("printed", flush=True)
    cb = QGuiApplication.clipboard()
    cb.setText(SENTINEL)
    if cb.supportsSelection():
        cb.setText(SENTINEL, QClipboard.Mode.Selection)     # what selecting text with the mouse does on X11
    if HOLD:
        print("selection-set", flush=True)
        wait_for_line(app)
    from decisionaid.report import ReportOptions, pdf_bytes
    data = pdf_bytes(pack, ctx.session, ReportOptions())
    assert data.startswith(b"%PDF")
    # (typst keeps no text layouts between exports: nothing for the reset to forget)
    w.on_idle()
    import time
    end = time.monotonic() + 120            # the countdown (20 ticks of 1 ms), then the reset: however slow
    while not ctx.session.is_empty() and time.monotonic() < end:
        app.processEvents()
        QTest.qWait(5)
    assert ctx.session.is_empty(), "the idle reset wiped the session"
    if HOLD:
        print("reset-done", flush=True)
        wait_for_line(app)
    w.unlocked = True
    w.close()
    app.processEvents()
    print("done")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)   # skip interpreter teardown of Qt objects (a PySide6 shutdown crash is not under test)
