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
