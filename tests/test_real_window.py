"""The app in a real X server (Xvfb): starts, shows its window, is driven through every step with the keyboard
and exits cleanly. Needs Xvfb and xdotool (make test installs them where it can)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from xserver import needs, wait_for  # noqa: F401 - wait_for: other real-window tests import it from here

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [needs("Xvfb", "xdotool"), pytest.mark.slow]


def test_real_window_keyboard_walkthrough(tmp_path, xserver):
    app = None
    try:
        env = xserver.env(DECISIONAID_SETTINGS_DIR=str(tmp_path), DECISIONAID_LOG_DIR=str(tmp_path),
                          HOME=str(tmp_path), DECISIONAID_TRACE_STEPS="1")
        log = (tmp_path / "app.log").open("w")
        app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, stdout=log, stderr=log,
                               cwd=tmp_path)

        def window_id():
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Decision|discussion"],
                                 env=env, capture_output=True, text=True)
            ids = out.stdout.split()
            return ids[0] if ids else None

        wid = wait_for(window_id, 120)
        assert wid, "the main window did not appear: " + (tmp_path / "app.log").read_text()[-2000:]
        assert app.poll() is None
        subprocess.run(["xdotool", "windowactivate", "--sync", wid], env=env, capture_output=True)
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, capture_output=True)
        subprocess.run(["xdotool", "mousemove", "--window", wid, "700", "160", "click", "1"], env=env)

        def steps_seen():
            text = (tmp_path / "app.log").read_text()
            return [int(line.split()[1]) for line in text.splitlines() if line.startswith("step ")]

        for n in range(2, 12):                                # through every step, one key press at a time
            subprocess.run(["xdotool", "key", "alt+Right"], env=env, check=True)
            assert wait_for(lambda: n in steps_seen(), 60), f"Alt+Right did not reach step {n}: {steps_seen()}"
        title = subprocess.run(["xdotool", "getwindowname", wid], env=env, capture_output=True, text=True).stdout
        assert title.strip()
        subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=True)
        code = app.wait(timeout=300)
        output = (tmp_path / "app.log").read_text()
        assert code == 0, output[-2000:]
        assert "Traceback" not in output
        assert steps_seen()[-1] == 11
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait(timeout=30)
