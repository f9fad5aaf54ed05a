"""The app as a screen reader (Orca) reads it: through AT-SPI, in a real window under Xvfb, with a private
session D-Bus and its own accessibility bus (at-spi-bus-launcher). One app and one walk per mode (clinician
mode, and the kiosk with a signed pack): tests/atspi_walk.py, run with the system Python (which has the AT-SPI
client library through GObject introspection; the project's venv has no PyGObject), presses "Next step"
through the Action interface on every step and reports what the tree and its events say.

Needs Xvfb, xdotool, dbus-daemon, at-spi2-core and gir1.2-atspi-2.0 with python3-gi (.ci/system-deps.sh test).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from xserver import Xvfb

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = next((p for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
                     if os.path.exists(p)), "")


def _missing() -> list[str]:
    out = [t for t in ("Xvfb", "xdotool", "dbus-daemon") if shutil.which(t) is None]
    if not BUS_LAUNCHER:
        out.append("at-spi-bus-launcher (at-spi2-core)")
    if not os.path.exists(SYSTEM_PYTHON) or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"],
            capture_output=True).returncode != 0:
        out.append("the AT-SPI client for /usr/bin/python3 (gir1.2-atspi-2.0, python3-gi)")
    return out


missing = _missing()
pytestmark = [pytest.mark.skipif(bool(missing), reason=f"AT-SPI test needs {', '.join(missing)} "
                                                          "(.ci/system-deps.sh test installs them as root)"),
              pytest.mark.xdist_group("atspi"),     # one worker runs both walks, each once
              pytest.mark.slow]


def _walk(tmp: Path, mode: str) -> dict:
    procs = []
    x = Xvfb(size="1920x1080x24")        # tests/xserver.py: a free display, safe beside other workers
    display = x.start()
    try:
        home = tmp / "home"
        runtime = tmp / "runtime"
        for d in (home, runtime):
            d.mkdir(mode=0o700, exist_ok=True)
        base = {k: v for k, v in os.environ.items()
                if not k.startswith(("DBUS_", "XDG_RUNTIME", "AT_SPI", "QT_QPA"))}
        base.update(DISPLAY=display, HOME=str(home), XDG_RUNTIME_DIR=str(runtime))
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=base,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        procs.append(bus)
        address = bus.stdout.readline().strip()
        assert address, "the session bus did not start"
        base["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately", "--a11y=1"], env=base,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(launcher)

        settings = tmp / "settings"
        settings.mkdir(exist_ok=True)
        env = dict(base, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   DECISIONAID_SETTINGS_DIR=str(settings), XDG_CACHE_HOME=str(tmp / "cache"),
                   DECISIONAID_KIOSK_CONFIG=str(tmp / "no-system-trust" / "kiosk.toml"))
        args = [sys.executable, str(ROOT / "main.py")]
        if mode == "kiosk":
            from decisionaid.kiosk_pin import hash_pin
            from signing_helpers import signed_copy
            (settings / "decisionaid.ini").write_text(f"[General]\nkiosk_pin_hash={hash_pin('2468')}\n")
            pack = signed_copy(tmp, ROOT / "resources" / "content" / "vcf-augmentation.en.toml", trust=False,
                               folder="content")
            r = subprocess.run([sys.executable, str(ROOT / "main.py"), "trust-key", str(tmp / "content-key.pub")],
                               env={**env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                               timeout=120)
            assert r.returncode == 0, r.stderr
            args += ["--kiosk", "--content", str(pack)]
        log = (tmp / "app.log").open("w")
        app = subprocess.Popen(args, env=env, stdout=log, stderr=log, cwd=tmp)
        procs.append(app)

        def window():
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."], env=env,
                                 capture_output=True, text=True)
            return out.stdout.split()

        end = time.monotonic() + 60
        wids = []
        while time.monotonic() < end and not wids and app.poll() is None:
            wids = window()
            time.sleep(0.2)
        assert wids, "the window did not appear: " + (tmp / "app.log").read_text()[-2000:]
        # no window manager in Xvfb: give the window the input focus, so focus events are sent
        for wid in wids:
            subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, capture_output=True, timeout=20)
        out = subprocess.run([SYSTEM_PYTHON, str(ROOT / "tests" / "atspi_walk.py"), mode], env=base,
                             capture_output=True, text=True, timeout=300)
        lines = [ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")]
        assert lines, out.stdout[-2000:] + out.stderr[-3000:] + (tmp / "app.log").read_text()[-2000:]
        res = json.loads(lines[-1][len("RESULT "):])
        res["app_log"] = (tmp / "app.log").read_text()[-3000:]
        return res
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait(timeout=10)
        x.stop()


@pytest.fixture(scope="module", params=["clinician", "kiosk"])
def walk(request, tmp_path_factory):
    # the conftest gives each test its own settings folder; this module-wide run makes its own
    return _walk(tmp_path_factory.mktemp(f"atspi-{request.param}"), request.param)


def test_the_walk_reached_every_step(walk):
    assert "error" not in walk, walk
    assert len(walk["steps"]) == 11, [s["frame_name"] for s in walk["steps"]]
    assert "Traceback" not in walk["app_log"], walk["app_log"]


def test_every_control_is_named(walk):
    unnamed = {s["frame_name"].split(" — ")[0]: s["unnamed"] for s in walk["steps"] if s["unnamed"]}
    assert not unnamed
    assert sum(s["nodes"] for s in walk["steps"]) > 500       # the walk really saw the steps


def test_a_step_change_announces_the_new_step(walk):
    """Whether focus stays on Next (an announcement: "Step 3 of 11: Your options") or was in the page (focus
    moves to the new step's named heading), the screen reader hears the new step's name."""
    problems = []
    for i, s in enumerate(walk["steps"][:-1]):
        change = s["change"]
        title = walk["steps"][i + 1]["frame_name"].split(" — ")[0]
        if not change["title_after"].startswith(title):
            problems.append(f"step {i + 2}: window title {change['title_after']!r}")
        said = [e for e in change["events"] if e["type"] == "object:announcement" and title in str(e["data"])]
        focused = [e for e in change["events"] if e["type"].endswith("focused") and e["name"] == title]
        if not (said or focused):
            problems.append(f"step {i + 2} ({title}), focus on Next: {change['focus_on_next']}: nothing said; "
                            f"events: {[(e['type'], e['role'], e['name'][:40]) for e in change['events']]}")
        if not change["focus_on_next"]:
            # focus was in the page: it lands on the heading (named by the step), not on the step list
            last = [e for e in change["events"] if e["type"].endswith("focused")]
            if not last or last[-1]["name"] != title:
                problems.append(f"step {i + 2}: focus ended on {last[-1]['role'] + ' ' + last[-1]['name'] if last else None}")
    assert not problems, "\n".join(problems)


def test_glossary_links_are_focusable_links(walk):
    """Clinician mode: the glossary terms under a paragraph are links (role link, focusable, a focus event
    when focused). The kiosk shows them as large "What is ...?" buttons (48 px targets), named "Explain ..."."""
    if walk["mode"] == "kiosk":
        terms = [b for s in walk["steps"] for b in s["term_buttons"]]
        assert len(terms) >= 5 and all(b["role"] == "push button" for b in terms), terms
        return
    links = [lk for s in walk["steps"] for lk in s["links"]]
    assert len(links) >= 5, links
    assert all(lk["focusable"] and lk["name"].strip() for lk in links), links
    # focusing one sends a focus event with the link role (Orca says "link")
    assert any(e["role"] == "link" and e["detail1"] == 1 for e in walk["link_focus_events"]), walk["link_focus_events"]


def test_paragraphs_are_read_whole(walk):
    """No name cut at 200 characters ("...bladder or bowel control. These n")."""
    cut = [n[-50:] for s in walk["steps"] for n in s["long_names"] if len(n) == 200 and n[-1] not in ".?!:)"]
    assert not cut, cut
    assert max(len(n) for s in walk["steps"] for n in s["long_names"]) > 300   # long paragraphs arrive whole


def test_the_compare_grid_is_a_table(walk):
    compare = next(s for s in walk["steps"] if s["frame_name"].startswith("Compare"))
    tables = [t for t in compare["tables"] if "omparison" in t["name"]]
    assert tables, (compare["roles"], compare["tables"])
    t = tables[0]
    assert t["has_table_interface"], t
    assert t.get("columns") == 4, t            # the questions, then one column per option, in pack order
    assert t["column_headers"][1:] == ["Conservative care (no procedure)", "Vertebroplasty", "Balloon kyphoplasty"]
    questions = [row[0]["name"] for row in t["cells"] if row[0]["name"] and not row[0]["name"].startswith("Sources")]
    assert "Will it ease my pain?" in questions and len(questions) >= 5
    first = next(row for row in t["cells"] if row[0]["name"] == "Will it ease my pain?")
    assert all(c["role"] == "table cell" and c["name"] for c in first)
    assert first[2]["column_header_cells"] == ["Vertebroplasty"]
    assert first[2]["row_header_cells"] == ["Will it ease my pain?"]       # Orca says the question with it
    assert "fake procedure" in first[2]["name"]
    xs = [c["extents"][0] for c in t["cells"][0]]
    assert xs == sorted(xs) and len(set(xs)) == 4, t["cells"][0]       # side by side: one column per option
    if walk["mode"] == "kiosk":
        # at 200 % text the grid is stacked on screen (each question, then each option under it); a screen
        # reader still gets the same table
        big = compare.get("tables_200")
        assert big, "the kiosk's 200 % button was not found on the Compare step"
        assert big[0]["has_table_interface"] and big[0]["columns"] == 4 and big[0]["rows"] == t["rows"]
        assert big[0]["column_headers"] == t["column_headers"]
        assert [row[0]["name"] for row in big[0]["cells"]] == [row[0]["name"] for row in t["cells"]]
        # (whether 200 % stacks it depends on the screen's fonts: tests/test_accessibility.py checks the stacked
        # arrangement's cells offscreen)


def test_charts_are_images_with_descriptions(walk):
    images = [i for s in walk["steps"] for i in s["images"] if i["role"] == "image"]
    assert len(images) >= 2, images
    assert all(i["name"] and len(i["description"]) > 40 for i in images), images


def test_show_as_table_is_a_button(walk):
    toggles = [t for s in walk["steps"] for t in s["toggles"]]
    assert toggles
    assert all(t["role"] in ("push button", "toggle button") for t in toggles), toggles
    # pressed, it shows a real table with its column headers, and the button now offers the chart back
    table = walk["chart_table"]
    assert table and table[0]["has_table_interface"] and table[0]["rows"] > 0 and table[0]["columns"] > 1, table
    assert all(h.strip() for h in table[0]["column_headers"]), table
    assert walk.get("chart_toggle_after", "").startswith("Show as") and walk["chart_toggle_after"] != "Show as table"


def test_quiz_feedback_is_spoken(walk):
    quiz = walk["quiz"]
    assert quiz["answered"], quiz
    spoken = [e for e in quiz["events"] if e["type"] == "object:announcement" or e["live"] or e["role"] == "alert"]
    assert any("right" in str(e["data"]).lower() or "not quite" in str(e["data"]).lower() for e in spoken), quiz
