"""Charts in Spanish: every interface string goes through decisionaid.charts._text.t(), every template is in the
Spanish catalogue, and a chart built for the Spanish pack with the Qt translator installed shows no English."""
from __future__ import annotations

import ast
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CHARTS_DIR = ROOT / "decisionaid" / "charts"
QM = ROOT / "resources" / "i18n" / "decisionaid_es.qm"

from decisionaid.charts import (CHARTS, RenderSettings, build_chart, chart_description, chart_table,  # noqa: E402
                                chart_title, set_translator)
from decisionaid.charts import _text  # noqa: E402
from decisionaid.content import load_pack  # noqa: E402

# English interface words that must not survive in a Spanish chart (whole words, any case).
ENGLISH = [
    "out of", "people", "person", "sources?", "hours?", "days?", "weeks?", "months?", "years?", "minutes?",
    "certainty", "no comparable figure", "had this", "did not", "start", "usual time", "range", "unverified",
    "about", "fewer", "time frame", "outcome", "evidence", "milestone", "what happens", "option", "result",
    "compared with", "happens", "disagree", "trial", "best estimate", "the", "and", "or", "in", "at", "from",
    "to", "each", "number",
]
ENGLISH_RE = re.compile(r"\b(" + "|".join(ENGLISH) + r")\b", re.I)


# ---- every interface string is a template in TRANSLATABLE ------------------------------------------------------
def _calls(name: str):
    """(file, lineno, first argument) of every call ``name(...)`` in the charts package."""
    for path in sorted(CHARTS_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
                yield path.name, node.lineno, (node.args[0] if node.args else None)


def test_every_t_call_uses_a_listed_template():
    literals = set()
    for fname, line, arg in _calls("t"):
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            assert arg.value in _text.TRANSLATABLE, f"{fname}:{line}: {arg.value!r} is not in TRANSLATABLE"
            literals.add(arg.value)
        else:
            # only the lookup helpers of _text.py translate a variable, and only values of its own tables
            assert fname == "_text.py", f"{fname}:{line}: t() needs a literal template"
            names = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}
            assert names & {"S", "EVIDENCE_WORDS", "CERTAINTY_WORDS", "TRANSLATABLE", "s"}, f"{fname}:{line}"
    unused = [p for p in _text.PHRASES if p not in literals]
    assert not unused, f"PHRASES not used in a literal t() call: {unused}"


def test_every_ui_key_exists_and_no_module_reads_S_directly():
    used = set()
    for fname, line, arg in _calls("ui"):
        assert isinstance(arg, ast.Constant) and arg.value in _text.S, f"{fname}:{line}"
        used.add(arg.value)
    assert set(_text.S) == used, f"unused S keys: {set(_text.S) - used}"
    for path in sorted(CHARTS_DIR.glob("*.py")):
        if path.name == "_text.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            assert not (isinstance(node, ast.Name) and node.id in ("S", "EVIDENCE_WORDS", "CERTAINTY_WORDS")), \
                f"{path.name}:{node.lineno} reads an English table; use ui()/evidence_words()/certainty_words()"


def test_templates_keep_their_placeholders_in_the_catalogue():
    sys.path.insert(0, str(ROOT / "resources" / "i18n" / "tools"))
    import es   # noqa: E402  (the Spanish table the catalogue is built from)
    ph = re.compile(r"\{[a-z_]*\}")
    for eng in _text.TRANSLATABLE:
        spa = es.CTX_TR.get(("Charts", eng), es.TR.get(eng))
        assert spa, f"no Spanish for {eng!r}"
        assert sorted(ph.findall(eng)) == sorted(ph.findall(spa)), (eng, spa)


def test_translator_hook_and_reset():
    try:
        set_translator(lambda s: "<" + s + ">")
        assert _text.duration(48) == "<2 days>"
        assert _text.duration(1) == "<1 hour>"
        assert _text.certainty_words("low") == "<Low certainty>"
        set_translator(lambda s: "")          # a translator with no entry falls back to English
        assert _text.duration(2) == "2 hours"
    finally:
        set_translator(None)
    assert _text.duration(2) == "2 hours"


# ---- Spanish with the real catalogue ---------------------------------------------------------------------------
@pytest.fixture
def spanish(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator
    tr = QTranslator()
    assert tr.load(str(QM))
    qapp.installTranslator(tr)
    set_translator(lambda s: QCoreApplication.translate("Charts", s))
    try:
        yield
    finally:
        set_translator(None)
        qapp.removeTranslator(tr)


@pytest.fixture(scope="module")
def es_pack():
    return load_pack(ROOT / "resources" / "content", language="es")


def _english_left(text: str) -> list[str]:
    return ENGLISH_RE.findall(text.replace("-\n", "").replace("\n", " "))


@pytest.mark.parametrize("chart_id", CHARTS)
@pytest.mark.parametrize("width,scale", [(9.0, 1.0), (5.0, 2.0)])
def test_spanish_chart_has_no_english(spanish, es_pack, chart_id, width, scale):
    from matplotlib.text import Text
    fig = build_chart(chart_id, es_pack, None, RenderSettings(width_in=width, text_scale=scale))
    texts = [t.get_text() for t in fig.findobj(Text) if t.get_text().strip()]
    assert texts
    for text in texts:
        assert not _english_left(text), (text, _english_left(text))


@pytest.mark.parametrize("chart_id", CHARTS)
@pytest.mark.parametrize("width,scale", [(5.0, 2.0), (6.5, 1.5), (9.0, 1.0), (13.0, 2.0)])
def test_spanish_text_fits(spanish, es_pack, chart_id, width, scale):
    """Spanish is longer than English: still inside the figure, no overlaps and no word split in two."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text
    fig = build_chart(chart_id, es_pack, None, RenderSettings(width_in=width, text_scale=scale))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    W, H = fig.bbox.width, fig.bbox.height
    boxes = []
    for t in fig.findobj(Text):
        if not (t.get_visible() and t.get_text().strip()):
            continue
        bb = t.get_window_extent(renderer)
        assert bb.x0 >= -0.5 and bb.y0 >= -0.5 and bb.x1 <= W + 0.5 and bb.y1 <= H + 0.5, t.get_text()
        assert not re.search(r"\w-\n\w", t.get_text()), t.get_text()
        boxes.append((bb, t.get_text()))
    for i, (a, ta) in enumerate(boxes):
        for b, tb in boxes[i + 1:]:
            overlap_w = min(a.x1, b.x1) - max(a.x0, b.x0)
            overlap_h = min(a.y1, b.y1) - max(a.y0, b.y0)
            assert overlap_w <= 1 or overlap_h <= 1, (ta, tb)


@pytest.mark.parametrize("chart_id", CHARTS)
def test_spanish_description_and_table_have_no_english(spanish, es_pack, chart_id):
    assert not _english_left(chart_title(chart_id, es_pack))
    desc = chart_description(chart_id, es_pack)
    assert not _english_left(desc), _english_left(desc)
    header, rows = chart_table(chart_id, es_pack)
    for cell in header + [c for r in rows for c in r]:
        assert not _english_left(cell), (cell, _english_left(cell))
    assert "Fuentes" in header


def test_spanish_words(spanish, es_pack):
    assert _text.duration(24) == "1 día" and _text.duration(72) == "3 días"
    assert _text.duration(3 * 730.5) == "3 meses" and _text.duration(20 * 730.5) == "20 meses"
    assert _text.certainty_words("very low") == "Certeza muy baja"
    assert _text.evidence_words("sham-controlled") == "Ensayo contra un procedimiento simulado"
    header, _ = chart_table("complications", es_pack)
    assert header[6] == "Certeza"
    desc = chart_description("complications", es_pack)
    assert "de cada 100 lo tuvieron" in desc and "Procedimiento simulado" in desc
    assert "SIN VERIFICAR" in " ".join(
        t.get_text() for t in build_chart("complications", es_pack).findobj(lambda a: hasattr(a, "get_text")))


def _drawn(chart_id, pack, settings):
    """The chart built now and drawn with Agg at ``settings.dpi``: its RGBA pixels."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    fig = build_chart(chart_id, pack, None, settings)
    fig.set_dpi(settings.dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def _same(a, b) -> bool:
    return a.shape == b.shape and bool((a == b).all())


def test_a_drawn_chart_follows_the_language(qapp, es_pack):
    """The chart drawn after the language changes under the same translator function is in the new language,
    and back in English once the translator is removed (nothing drawn earlier is reused)."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    settings = RenderSettings(width_in=7, dpi=60)
    english = _drawn("recovery", es_pack, settings)
    set_translator(lambda s: QCoreApplication.translate("Charts", s))
    tr = QTranslator()
    try:
        # same translator function, no catalogue yet: still English
        assert _same(_drawn("recovery", es_pack, settings), english)
        assert tr.load(str(QM))
        qapp.installTranslator(tr)      # the language changes under the same function
        spanish = _drawn("recovery", es_pack, settings)
        assert not _same(spanish, english)
        assert "Recuperación" in " ".join(t.get_text() for t in build_chart("recovery", es_pack).findobj(
            lambda a: hasattr(a, "get_text")))
    finally:
        set_translator(None)
        qapp.removeTranslator(tr)
    assert _same(_drawn("recovery", es_pack, settings), english)


def test_report_certainty_in_spanish(spanish):
    """The summary words certainty through the wording layer's one translator, as the screen does."""
    from decisionaid.present.text import certainty_words
    assert certainty_words("low") == "Certeza baja"
    assert certainty_words("very low") == "Certeza muy baja"
