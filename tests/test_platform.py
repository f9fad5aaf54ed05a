"""Facts about the pinned platform that the app relies on."""
import sys

from PySide6.QtCore import QObject


def test_qt_calls_do_not_leak_none_references():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call and crashes the process after a
    few thousand; the pinned version must not."""
    o = QObject()
    before = sys.getrefcount(None)
    for _ in range(3000):
        o.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 50


def test_matplotlib_not_imported_by_the_content_and_session_layers():
    import subprocess
    code = ("import sys, decisionaid.content, decisionaid.session, decisionaid.charts, decisionaid.note;"
            "print('matplotlib' in sys.modules, 'PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_matplotlib_is_not_imported_at_start_up(tmp_path):
    """The app paints its first step without matplotlib (it is imported on the first chart, or preloaded
    after the first paint)."""
    import os
    import subprocess
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QTimer\n"
        "from decisionaid.app import make_qapp\n"
        "app = make_qapp()\n"
        "from decisionaid.content import default_content_path, load_pack\n"
        "from decisionaid.ui.context import AppContext\n"
        "from decisionaid.ui.clinician import start_clinician\n"
        "from decisionaid.ui.i18n import install_language\n"
        "from decisionaid.ui.style import apply_style\n"
        "pack = load_pack(default_content_path())\n"
        "install_language(app, 'en')\n"
        "ctx = AppContext(pack); apply_style(app, ctx)\n"
        "w = start_clinician(app, ctx)\n"
        "seen = []\n"
        "w.first_paint.connect(lambda: (seen.append('matplotlib' in sys.modules), app.quit()))\n"
        "QTimer.singleShot(10000, app.quit)\n"
        "app.exec()\n"
        "print('painted', seen)\n"
        "sys.stdout.flush(); os._exit(0)\n")
    env = dict(os.environ, DECISIONAID_SETTINGS_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert "painted [False]" in out.stdout, out.stdout + out.stderr[-1000:]
