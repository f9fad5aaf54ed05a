"""Run by tests/test_keyboard_real_window.py inside Xvfb: a clinician window driven with real X key presses
(xdotool); prints one line ``RESULT <json>`` of what focus and the window did."""
from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
XCB_KEY_RELEASE = 3

from shiboken6 import isValid  # noqa: E402
from PySide6.QtCore import QAbstractNativeEventFilter  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox  # noqa: E402


def main() -> int:
    from decisionaid.app import make_qapp
    from decisionaid.content import default_content_path, load_pack
    from decisionaid.ui.clinician import ClinicianWindow
    from decisionaid.ui.context import AppContext
    from decisionaid.ui.style import apply_style
    app = make_qapp()
    root = default_content_path()
    pack = load_pack(root, language="en")
    ctx = AppContext(pack)
    ctx.content_root = str(root)
    apply_style(app, ctx)
    w = ClinicianWindow(ctx)
    w.ask_unsaved = lambda: "discard"
    exports = []
    w.ask_save_path = lambda *a: exports.append(a[0]) or ""
    w.resize(1200, 760)
    w.show()
    res: dict = {}

    def pump(seconds=0.15):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    # Every key press is waited for, not guessed at: the app counts the key releases the X server delivers to
    # it (as X events, before Qt routes them: a window blocked by a modal dialog still counts), and key()
    # returns once the app has had every release of what it sent ("alt+Right": two), so what is read next is
    # the state after that key, however slow the machine is.
    res["keys_not_received"] = []
    released = [0]

    class KeyReleases(QAbstractNativeEventFilter):
        def nativeEventFilter(self, event_type, message):  # noqa: N802 - Qt name
            if bytes(event_type) == b"xcb_generic_event_t" \
                    and ctypes.c_uint8.from_address(int(message)).value & 0x7F == XCB_KEY_RELEASE:
                released[0] += 1
            return False, 0
    counter = KeyReleases()
    app.installNativeEventFilter(counter)

    def until(cond, seconds=60.0):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if cond():
                return True
            time.sleep(0.01)
        return False

    def key(*names):
        for n in names:
            expected = released[0] + len(n.split("+"))
            subprocess.run(["xdotool", "key", "--clearmodifiers", n], check=True)
            lost = res["keys_not_received"]
            if not until(lambda: released[0] >= expected, 2.0 if lost else 60.0):    # (once one is lost: fail fast)
                lost.append(n)
            pump()

    def focus():
        return QApplication.focusWidget()

    def name(wd):
        return f"{type(wd).__name__}:{wd.objectName() or getattr(wd, 'text', lambda: '')()}" if wd else "None"

    def window_ids():
        return subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "discussion"], capture_output=True,
                              text=True).stdout.split()
    wid: list[str] = []
    until(lambda: wid.extend(window_ids()) or bool(wid))      # mapped: the X server shows it

    def refocus():              # no window manager in Xvfb: give the window the X input focus directly
        if wid:
            subprocess.run(["xdotool", "windowfocus", "--sync", wid[0]], capture_output=True)
        w.activateWindow()
        return until(lambda: QApplication.activeWindow() is w)
    res["active"] = refocus()

    # ---- Enter on push buttons: Next, Back -------------------------------------------------------------
    w.next_button.setFocus()
    pump()
    key("Return")
    res["enter_next"] = until(lambda: w.current_index == 1)
    w.back_button.setFocus()
    pump()
    key("KP_Enter")
    res["enter_back"] = until(lambda: w.current_index == 0)

    # ---- step change puts focus on the named heading ------------------------------------------------------
    w.pages[0].language_box.setFocus()
    pump()
    key("alt+Right")
    page = w.pages[w.current_index]
    res["step_focus"] = name(focus())
    res["step_focus_is_heading"] = focus() is getattr(page, "title_label", None)
    res["step_focus_visible"] = bool(focus() and focus().isVisible() and focus().accessibleName())
    res["title_names_step"] = page.title() in w.windowTitle()

    # ---- source marker: Enter opens the reference --------------------------------------------------------
    from decisionaid.ui.widgets.sources import SourceButton
    w.go_to(next(i for i, s in enumerate(w.steps) if s.step_id == "compare"))
    pump(0.3)
    marker = next(b for b in w.pages[w.current_index].findChildren(SourceButton) if b.isVisible())
    marker.setFocus()
    pump()
    key("Return")
    res["enter_source_marker"] = until(lambda: marker.dialog is not None and marker.dialog.isVisible())
    if marker.dialog is not None:
        marker.dialog.close()
    pump()
    refocus()

    # ---- the mouse wheel over the Compare table scrolls the page (the table itself never scrolls) ------------
    grid = w.pages[w.current_index].grid
    scroll_bar = w.scrolls[w.current_index].verticalScrollBar()
    scroll_bar.setValue(0)
    pump()
    cell = next(iter(grid.cells.values()))
    at = cell.mapTo(w, cell.rect().center())
    before = scroll_bar.value()
    if wid:
        subprocess.run(["xdotool", "mousemove", "--window", wid[0], str(at.x()), str(at.y())], check=True)
        pump()
        subprocess.run(["xdotool", "click", "5"], check=True)
    res["wheel_over_compare_table_scrolls"] = until(lambda: scroll_bar.value() > before, 3)

    # ---- Show as table: no trap ---------------------------------------------------------------------------
    from decisionaid.ui.widgets.chart_view import ChartView
    w.go_to(next(i for i, s in enumerate(w.steps) if s.step_id == "benefits"))
    until(lambda: any(v.isVisible() for v in w.pages[w.current_index].findChildren(ChartView)))
    pump(0.5)
    view = next(v for v in w.pages[w.current_index].findChildren(ChartView) if v.isVisible())
    view.toggle_button.setFocus()
    pump()
    key("space")
    res["table_shown"] = view.table.isVisible()
    res["after_show_table"] = name(focus())
    key("Tab")
    res["after_tab"] = name(focus())
    res["tab_into_table"] = focus() is view.table
    key("Tab")
    res["tab_leaves_table"] = focus() is not None and focus() is not view.table and not view.table.isAncestorOf(focus())
    key("shift+Tab")
    res["backtab_into_table"] = focus() is view.table
    key("shift+Tab")
    res["backtab_leaves_table"] = focus() is view.toggle_button
    key("Tab", "Escape")
    res["escape_to_button"] = focus() is view.toggle_button

    # ---- Ctrl+E from a text field -------------------------------------------------------------------------
    w.go_to(next(i for i, s in enumerate(w.steps) if s.step_id == "questions"))
    pump(0.3)
    edit = w.pages[w.current_index].own_edit
    edit.setFocus()
    pump()
    key("a", "b")
    key("ctrl+e")
    res["ctrl_e_in_field"] = until(lambda: bool(exports))
    res["field_kept_text"] = edit.text() == "ab"

    # ---- keyboard shortcuts dialog: Tab reaches Close -----------------------------------------------------
    w.setFocus()
    key("F1")
    until(lambda: isinstance(QApplication.activeWindow(), QDialog))
    dlg = QApplication.activeWindow()
    close = None
    if isinstance(dlg, QDialog):
        close = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        seen = []
        for _ in range(6):
            key("Tab")
            seen.append(name(focus()))
            if focus() is close:
                break
        res["shortcuts_tab_reaches_close"] = focus() is close
        res["shortcuts_focus_path"] = seen
        key("Return")
        res["shortcuts_closed"] = until(lambda: not isValid(dlg) or not dlg.isVisible())
        refocus()
    else:
        res["shortcuts_tab_reaches_close"] = False

    # ---- language switch: Alt+Left/Right still work, focus stays visible -----------------------------------
    w.go_to(0)
    pump(0.3)
    box = w.pages[0].language_box
    box.setFocus()
    pump()
    target = box.findData("es")
    key("Down" if target > box.currentIndex() else "Up")
    res["switched"] = until(lambda: ctx.pack.metadata.language == "es")
    f = focus()
    res["after_switch_focus"] = name(f)
    res["after_switch_focus_on_language_box"] = f is w.pages[0].language_box and f.isVisible()
    key("alt+Right")
    res["alt_right_after_switch"] = until(lambda: w.current_index == 1)
    key("alt+Left")
    res["alt_left_after_switch"] = until(lambda: w.current_index == 0)

    ctx.dirty = False
    print("RESULT " + json.dumps(res), flush=True)
    w.close()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
