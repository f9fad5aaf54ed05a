"""The shared Xvfb helper (tests/xserver.py): each server takes a display of its own, free at that moment, so
real-window tests can run side by side (pytest -n 2, or another test run on the same machine)."""
from __future__ import annotations

import subprocess

from decisionaid.app import x_server_answers
from xserver import Xvfb, needs

pytestmark = needs("Xvfb", "xdotool")


def geometry(x: Xvfb) -> list[str]:
    r = subprocess.run(["xdotool", "getdisplaygeometry"], env=x.env(), capture_output=True, text=True, timeout=60)
    return r.stdout.split() or [r.stderr]


def test_servers_started_together_get_different_free_displays():
    with Xvfb() as a, Xvfb() as b:
        assert a.display != b.display
        assert geometry(a) == ["1280", "800"] and geometry(b) == ["1280", "800"]
    # the servers ended with the with-block (not "the display is dead": another run may take its number at once)
    assert a.proc.poll() is not None and b.proc.poll() is not None


def test_a_client_that_leaves_does_not_make_a_fresh_server_refuse_the_next():
    """A probe that connects and leaves (as the app's own check does), then at once a real X client: the
    server is ready when Xvfb() returns and does not reset (refusing clients meanwhile) when the probe goes.
    Without -noreset about one fresh server in eight refused the client."""
    for _ in range(12):
        with Xvfb() as x:
            assert x_server_answers(x.display)
            assert geometry(x) == ["1280", "800"]


def test_env_points_a_child_at_this_server(monkeypatch):
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    with Xvfb(size="800x600x24") as x:
        env = x.env(HOME="/nonexistent")
        assert env["DISPLAY"] == x.display and env["QT_QPA_PLATFORM"] == "xcb" and env["HOME"] == "/nonexistent"
        assert "WAYLAND_DISPLAY" not in env
        assert geometry(x) == ["800", "600"]


def test_the_fixture_gives_a_running_server(xserver):
    assert xserver.alive() and x_server_answers(xserver.display)
