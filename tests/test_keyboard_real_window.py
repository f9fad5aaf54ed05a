"""Keyboard use in a real X server (Xvfb), with real key presses (xdotool): no trap in "Show as table", Tab
reaches Close in the shortcuts dialog, Alt+Left/Right after a language switch with focus kept visible, Enter
on push buttons, Ctrl+E from a text field, focus on the named heading after a step change."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_real_window import wait_for

ROOT = Path(__file__).resolve().parents[1]

missing = [t for t in ("Xvfb", "xdotool") if shutil.which(t) is None]
pytestmark = pytest.mark.skipif(bool(missing), reason=f"real-window test needs {', '.join(missing)} "
                                                         "(make test installs them as root)")


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("keys")
    display = f":{140 + os.getpid() % 50}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), 10), "Xvfb did not start"
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", DECISIONAID_SETTINGS_DIR=str(tmp),
                   HOME=str(tmp), XDG_CACHE_HOME=str(tmp / "cache"))
        out = subprocess.run([sys.executable, str(ROOT / "tests" / "keyboard_real_run.py")], env=env,
                             capture_output=True, text=True, timeout=240, cwd=tmp)
        lines = [ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")]
        assert lines, out.stdout[-2000:] + out.stderr[-3000:]
        return json.loads(lines[-1][len("RESULT "):])
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def test_window_was_active(results):
    assert results["active"]


def test_enter_activates_push_buttons(results):
    assert results["enter_next"] and results["enter_back"] and results["enter_source_marker"]


def test_step_change_focuses_the_named_heading(results):
    assert results["step_focus_is_heading"], results["step_focus"]
    assert results["step_focus_visible"] and results["title_names_step"]


def test_show_as_table_is_no_keyboard_trap(results):
    assert results["table_shown"] and results["tab_into_table"]
    assert results["tab_leaves_table"] and results["backtab_into_table"] and results["backtab_leaves_table"]
    assert results["escape_to_button"]


def test_ctrl_e_works_from_a_text_field(results):
    assert results["ctrl_e_in_field"] and results["field_kept_text"]


def test_tab_reaches_close_in_the_shortcuts_dialog(results):
    assert results["shortcuts_tab_reaches_close"], results.get("shortcuts_focus_path")
    assert results["shortcuts_closed"]


def test_language_switch_keeps_step_keys_and_visible_focus(results):
    assert results["switched"]
    assert results["after_switch_focus_on_language_box"], results["after_switch_focus"]
    assert results["alt_right_after_switch"] and results["alt_left_after_switch"]


def test_mouse_wheel_over_the_compare_table_scrolls_the_page(results):
    assert results["wheel_over_compare_table_scrolls"]
