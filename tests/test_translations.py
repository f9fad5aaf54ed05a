"""Every interface string the app asks Qt to translate has a Spanish translation in the compiled catalogue."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "resources" / "i18n" / "tools"


def load_fill():
    sys.path.insert(0, str(TOOLS))
    spec = importlib.util.spec_from_file_location("i18n_fill", TOOLS / "fill.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_runtime_string_is_translated(qapp):
    fill = load_fill()
    t = QTranslator()
    assert t.load(str(ROOT / "resources" / "i18n" / "decisionaid_es.qm"))
    qapp.installTranslator(t)
    try:
        pairs = fill.runtime_pairs()
        assert len(pairs) > 300
        untranslated = [(ctx, eng) for ctx, eng in pairs
                        if QCoreApplication.translate(ctx, eng) == eng and any(c.isalpha() for c in eng)
                        and fill.lookup(ctx, eng) != eng]
        assert not untranslated, untranslated[:20]
        assert QCoreApplication.translate("Steps", "Welcome") != "Welcome"
    finally:
        qapp.removeTranslator(t)
