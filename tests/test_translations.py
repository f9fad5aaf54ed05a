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
    langs = fill.languages()
    assert langs, "no translation table in resources/i18n/tools"
    for lang in langs:
        fill.use(lang)
        t = QTranslator()
        assert t.load(str(ROOT / "resources" / "i18n" / f"decisionaid_{lang}.qm")), lang
        qapp.installTranslator(t)
        try:
            pairs = fill.runtime_pairs()
            assert len(pairs) > 300
            untranslated = [(ctx, eng) for ctx, eng in pairs
                            if QCoreApplication.translate(ctx, eng) == eng and any(c.isalpha() for c in eng)
                            and fill.lookup(ctx, eng) != eng]
            assert not untranslated, (lang, untranslated[:20])
            assert QCoreApplication.translate("Steps", "Welcome") != "Welcome"
        finally:
            qapp.removeTranslator(t)


def test_languages_come_from_the_files_present(tmp_path, monkeypatch):
    """A table file is a language: fill.py lists it with no code change (and ignores its own modules)."""
    fill = load_fill()
    assert "fill" not in fill.languages() and "scan" not in fill.languages()
    monkeypatch.setattr(fill, "TOOLS", tmp_path)
    for name in ("es.py", "pt_BR.py", "fr.py", "scan.py", "fill.py", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert fill.languages() == ["es", "fr", "pt_BR"]


def test_no_code_names_a_translation_language():
    """The languages are derived from the packs and tables present: no module, Makefile or packaging file
    names one (English, the source language, is the only one code knows)."""
    fill = load_fill()
    langs = [lang for lang in fill.languages()]
    import re
    files = [*sorted((ROOT / "decisionaid").rglob("*.py")), TOOLS / "fill.py", TOOLS / "scan.py", ROOT / "Makefile",
             ROOT / "packaging" / "decisionaid.spec", ROOT / ".ci" / "dist-test.sh"]
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for lang in langs:
            for pat in (rf"[\"']{lang}[\"']", rf"_{lang}\.(qm|ts)\b", rf"\.{lang}\.toml"):
                for m in re.finditer(pat, text):
                    line = text.count("\n", 0, m.start()) + 1
                    found.append(f"{path.relative_to(ROOT)}:{line}: {m.group(0)}")
    assert not found, found
