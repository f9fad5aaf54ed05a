"""Shared test set-up: offscreen Qt, isolated settings, packs and a window factory."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("DECISIONAID_SETTINGS_DIR", tempfile.mkdtemp(prefix="decisionaid-settings-"))
os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp(prefix="decisionaid-mpl-"))
# the validated-pack cache (content.pack_cache) of every app a test starts goes here, never to ~/.cache
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="decisionaid-cache-")

import pytest  # noqa: E402

pytest_plugins = ["xdist_groups"]      # @pytest.mark.xdist_group: one worker per group (make test: -n 2)

ROOT = Path(__file__).resolve().parents[1]
MINI_PACK = ROOT / "tests" / "packs" / "mini.en.toml"
REAL_PACK_DIR = ROOT / "resources" / "content"
REAL_PACK = REAL_PACK_DIR / "vcf-augmentation.en.toml"
EXAMPLE_SESSION = ROOT / "docs" / "examples" / "session.json"

sys.path.insert(0, str(ROOT))


def flush_deletes() -> None:
    """Really delete widgets passed to deleteLater(): processEvents() alone does not, outside exec()."""
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_collection_modifyitems(config, items):
    """The tests marked ``slow`` (their own X server, print server or whole-app runs, tens of seconds each)
    start first: with two workers (make test) neither is then left with one of them at the end while the
    other has nothing to do. Otherwise the order is the files' own (a stable sort)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def mini_pack():
    from decisionaid.content import load_pack
    return load_pack(MINI_PACK)


@pytest.fixture(scope="session")
def real_pack():
    from decisionaid.content import load_pack
    return load_pack(REAL_PACK)


@pytest.fixture
def xserver():
    """A private Xvfb on a free display for this test (tests/xserver.py; skips where Xvfb is not installed).
    ``xserver.display`` is ":N"; ``xserver.env(**extra)`` is the environment for an app shown on it."""
    from xserver import Xvfb
    with Xvfb() as x:
        yield x


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("DECISIONAID_SETTINGS_DIR", str(tmp_path / "settings"))
    # no system-wide kiosk trust file (/etc/decisionaid/kiosk.toml) unless a test makes one
    monkeypatch.setenv("DECISIONAID_KIOSK_CONFIG", str(tmp_path / "no-system-trust" / "kiosk.toml"))


@pytest.fixture
def make_window(qtbot, qapp):
    """make_window(pack, session=None, mode="clinician") -> the window of that mode.

    Clinician mode gives a ClinicianWindow (menus, save, export); "kiosk" gives a plain MainWindow in kiosk
    mode (tests of KioskWindow itself build it directly). Unsaved-change prompts are disarmed at teardown."""
    from decisionaid.app import register_fonts
    from decisionaid.ui.clinician import ClinicianWindow
    from decisionaid.ui.context import AppContext
    from decisionaid.ui.main_window import MainWindow
    from decisionaid.ui.style import apply_style
    register_fonts(qapp)
    made = []

    def factory(pack, session=None, mode="clinician", clock=None):
        ctx = AppContext(pack, session=session, mode=mode, clock=clock)
        apply_style(qapp, ctx)
        w = ClinicianWindow(ctx) if mode == "clinician" else MainWindow(ctx)
        if mode == "clinician":
            w.ask_unsaved = lambda: "discard"      # tests of the prompt replace this themselves
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        made.append(w)
        return w

    yield factory
    for w in made:
        w.ctx.dirty = False
        w.close()
        w.deleteLater()
    flush_deletes()
