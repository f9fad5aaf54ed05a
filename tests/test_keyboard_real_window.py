"""Keyboard use in a real X server (Xvfb), with real key presses (xdotool): no trap in "Show as table", Tab
reaches Close in the shortcuts dialog, Alt+Left/Right after a language switch with focus kept visible, Enter
on push buttons, Ctrl+E from a text field, focus on the named heading after a step change."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from xserver import Xvfb, needs

ROOT = Path(__file__).resolve().parents[1]

# one real-window run answers every test below: they share it, so they run on one test worker
pytestmark = [needs("Xvfb", "xdotool"), pytest.mark.xdist_group("keyboard_real_window"), pytest.mark.slow]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("keys")
    with Xvfb() as x:
        env = x.env(DECISIONAID_SETTINGS_DIR=str(tmp), HOME=str(tmp), XDG_CACHE_HOME=str(tmp / "cache"))
        out = subprocess.run([sys.executable, str(ROOT / "tests" / "keyboard_real_run.py")], env=env,
                             capture_output=True, text=True, timeout=900, cwd=tmp)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, out.stdout[-2000:] + out.stderr[-3000:]
    return json.loads(lines[-1][len("RESULT "):])


def test_window_was_active(results):
    assert results["active"]


def test_every_key_press_reached_the_app(results):
    """The checks below read the state after each key; that means something only if the key arrived."""
    assert results["keys_not_received"] == []


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
