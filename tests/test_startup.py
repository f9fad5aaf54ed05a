"""Start-up does only what the first paint needs: the step registry, lazy page modules, deferred imports."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs ``python -m decisionaid ARGS`` in this process and prints the modules loaded by the time it exits.
_SMOKE_MODULES = textwrap.dedent("""
    import atexit, json, runpy, sys
    atexit.register(lambda: print("MODULES " + json.dumps(sorted(sys.modules)), flush=True))
    sys.argv = ["decisionaid", *sys.argv[1:]]
    runpy.run_module("decisionaid", run_name="__main__", alter_sys=True)
""")


def smoke_modules(tmp_path, *args: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DECISIONAID_SETTINGS_DIR=str(tmp_path / "settings"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-c", _SMOKE_MODULES, "--smoke", *args], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    line = [ln for ln in r.stdout.splitlines() if ln.startswith("MODULES ")][-1]
    return json.loads(line[len("MODULES "):])


def test_smoke_imports_only_the_first_step_and_no_charts(tmp_path):
    first = smoke_modules(tmp_path)
    assert {"tomllib", "decisionaid.content.loader"} <= set(first)    # the first start-up loads and validates
    mods = smoke_modules(tmp_path)                 # the next ones take the validated pack from the cache
    assert not {"decisionaid.content.loader", "decisionaid.content.rules"} & set(mods)
    pages = sorted(m.rsplit(".", 1)[1] for m in mods if m.startswith("decisionaid.ui.pages."))
    assert pages == ["base", "welcome"]
    assert not [m for m in mods if m.split(".")[0] in ("matplotlib", "numpy", "PIL")]
    assert "decisionaid.ui.widgets.chart_view" not in mods
    # the charts, the report and the file tools are imported when first used, not to show the first step
    assert not [m for m in mods if m.startswith(("decisionaid.charts", "decisionaid.report"))]
    assert not {"decisionaid.compat", "decisionaid.note", "decisionaid.ui.kiosk", "hashlib", "html", "babel",
                "tomllib", "decisionaid.content.signing"} & set(mods)
    # the content signature is checked after the first paint, never before it
    assert not [m for m in mods if m.split(".")[0] == "cryptography"]


# ---- the step registry ---------------------------------------------------------------------------------
def test_registry_matches_the_page_classes():
    from decisionaid.ui.pages import STEPS, step, step_classes
    from decisionaid.ui.pages.base import StepPage
    classes = step_classes()
    assert [s.step_id for s in STEPS] == [c.step_id for c in classes]
    assert len({s.step_id for s in STEPS}) == len(STEPS) == 11
    for s, cls in zip(STEPS, classes):
        assert issubclass(cls, StepPage) and cls.__name__ == s.class_name
        assert step(s.step_id) is s
        assert cls.title() == s.title() and s.title()
        # no page class overrides the registry's title or answered test
        assert "has_answers" not in vars(cls) and "title" not in vars(cls), cls


def test_registry_answers_follow_the_session(mini_pack):
    from decisionaid.session import Session
    from decisionaid.ui.pages import STEPS
    s = Session.for_pack(mini_pack)
    assert not any(st.has_answers(mini_pack, s) for st in STEPS)
    s.situation = {mini_pack.situation[0].id: None}
    assert not any(st.has_answers(mini_pack, s) for st in STEPS)        # "no answer" is not an answer
    s.situation = {mini_pack.situation[0].id: "yes"}
    assert [st.step_id for st in STEPS if st.has_answers(mini_pack, s)] == ["situation"]
    s2 = Session.for_pack(mini_pack)
    s2.clinician_notes = "   "
    assert not any(st.has_answers(mini_pack, s2) for st in STEPS)
    s2.patient_name = "A"
    assert [st.step_id for st in STEPS if st.has_answers(mini_pack, s2)] == ["summary"]


def test_window_builds_pages_only_when_shown(make_window, mini_pack):
    w = make_window(mini_pack)
    assert [w.pages.is_built(i) for i in range(len(w.steps))] == [True] + [False] * (len(w.steps) - 1)
    assert w.step_list.count() == len(w.steps) and w.step_list.item(4).text().startswith("5. ")
    assert [w.scrolls.is_built(i) for i in range(len(w.steps))] == [True] + [False] * (len(w.steps) - 1)
    assert w.stack.count() == 1
    w.go_to(4)
    assert w.pages.is_built(4) and not w.pages.is_built(3) and not w.scrolls.is_built(3)
    assert w.current_page.step_id == w.steps[4].step_id == "benefits" and w.current_index == 4
    assert w.stack.currentWidget() is w.scrolls[4] and w.scrolls[4].widget() is w.pages[4]
    assert w.scrolls[4].objectName() == "scroll-benefits"
    w.go_back()
    assert w.current_index == 3 and w.stack.currentWidget() is w.scrolls[3] and w.stack.count() == 3
    assert [s.step_id for s in w.step_classes] == [s.step_id for s in w.steps]     # older name, same list


def test_step_list_marks_answered_steps_of_pages_not_built(make_window, mini_pack):
    from decisionaid.session import Session
    s = Session.for_pack(mini_pack)
    s.values = {mini_pack.values[0].id: 3}
    w = make_window(mini_pack, session=s)
    i = [st.step_id for st in w.steps].index("values")
    assert not w.pages.is_built(i)
    assert w.step_list.item(i).text().endswith("\u00a0✓")


# ---- chart words: routed to Qt's translator when the charts are first imported, not at start-up -------------
_CHART_WORDS = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    from decisionaid.app import make_qapp
    from decisionaid.ui.i18n import install_language
    app = make_qapp()
    install_language(app, "es")
    install_language(app, "es")                       # again (language switch): still one watcher
    print("loaded", "decisionaid.charts" in sys.modules)
    print("watchers", sum(type(f).__name__ == "_ChartsImportWatcher" for f in sys.meta_path))
    from decisionaid.charts import _text
    s = _text.TRANSLATABLE[0]
    want = QCoreApplication.translate("Charts", s)
    print("translated", want != s and _text.t(s) == want)
    print("watchers", sum(type(f).__name__ == "_ChartsImportWatcher" for f in sys.meta_path))
    import decisionaid.charts as charts
    print("loader", type(charts.__spec__.loader).__name__ != "_RoutingLoader")
""")


def test_chart_words_are_routed_when_the_charts_are_first_imported(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DECISIONAID_SETTINGS_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, "-c", _CHART_WORDS], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.split("\n")[:5] == ["loaded False", "watchers 1", "translated True", "watchers 0",
                                        "loader True"], r.stdout


def test_chart_words_are_routed_at_once_when_the_charts_are_loaded(qapp):
    from PySide6.QtCore import QCoreApplication

    from decisionaid.charts import _text, set_translator
    from decisionaid.ui.i18n import install_language
    set_translator(None)
    try:
        install_language(qapp, "es")
        s = _text.TRANSLATABLE[0]
        assert _text.t(s) == QCoreApplication.translate("Charts", s) != s
    finally:
        install_language(qapp, "en")
    assert _text.t(s) == s


def test_glossary_pattern_is_made_once_per_pack(mini_pack, real_pack):
    from decisionaid.ui.widgets.text import glossary_pattern, linkify
    p1 = glossary_pattern(mini_pack)
    assert glossary_pattern(mini_pack) is p1
    p2 = glossary_pattern(real_pack)
    assert p2 is not p1 and p2.pattern != p1.pattern
    assert glossary_pattern(mini_pack).pattern == p1.pattern
    term = real_pack.glossary[0].term
    assert 'href="glossary:' in linkify(f"About {term}.", real_pack)


# ---- garbage collection: paused while start-up makes its long-lived objects, then those are frozen ----------
_GC_RUN = textwrap.dedent("""
    import gc, sys
    from PySide6.QtCore import QTimer
    from decisionaid.app import main, make_qapp
    app = make_qapp()
    def check():
        print("running", gc.isenabled(), gc.get_freeze_count() > 10000, flush=True)
        app.exit(0)
    QTimer.singleShot(0, check)
    rc = main(sys.argv[1:])
    print("after", rc, gc.isenabled(), flush=True)
""")


def test_collection_runs_again_once_start_up_is_done(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DECISIONAID_SETTINGS_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, "-c", _GC_RUN], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.splitlines() == ["running True True", "after 0 True"], r.stdout + r.stderr[-1000:]
    bad = tmp_path / "bad.en.toml"
    bad.write_text("format_version = 1\n[metadata\n")
    r = subprocess.run([sys.executable, "-c", _GC_RUN, "--smoke", "--content", str(bad)], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.stdout.splitlines() == ["after 1 True"], r.stdout + r.stderr[-1000:]


def test_text_widgets_escape_exactly_like_html_escape(real_pack):
    import html

    from decisionaid.ui.widgets import text
    samples = ["", "plain", "a & b < c > d \"e\" 'f'", "&amp; already", "&eacute; &#39; &#x27;", "<script>x</script>",
               "ünïcödé — “quotes” ‘single’", "&&<<>>\"\"''", "\n<br>\n"]
    samples += [g.term for g in real_pack.glossary] + [real_pack.metadata.decision, real_pack.metadata.disclaimer]
    for s in samples:
        assert text.escape(s) == html.escape(s)
        assert text._unescape(text.escape(s)) == html.unescape(html.escape(s)) == s


def test_linkify_is_unchanged(real_pack):
    """The glossary links of every step's text, against the same computation with the html module."""
    import html
    import re

    from decisionaid.ui.widgets import text

    def reference(t, pack):
        escaped = html.escape(t).replace("\n", "<br>")
        words = sorted({w for g in pack.glossary for w in (g.term, *g.aliases) if w}, key=len, reverse=True)
        pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(html.escape(w)) for w in words) + r")(?![\w-])",
                         re.IGNORECASE)
        seen = set()

        def sub(mt):
            g = text.find_term(pack, html.unescape(mt.group(1)))
            if g is None or g.term in seen:
                return mt.group(1)
            seen.add(g.term)
            return f'<a href="glossary:{html.escape(g.term)}">{mt.group(1)}</a>'
        return pat.sub(sub, escaped)

    md = real_pack.metadata
    texts = [md.decision, md.for_whom, md.not_for, md.intended_use, real_pack.condition.summary,
             real_pack.condition.natural_course] + [o.summary for o in real_pack.options]
    texts += [g.definition for g in real_pack.glossary] + ["A & B <i>vertebroplasty</i> \"x\""]
    linked = 0
    for t in texts:
        assert text.linkify(t, real_pack) == reference(t, real_pack)
        linked += "glossary:" in text.linkify(t, real_pack)
    assert linked >= 3


def test_a_glossary_link_opens_its_definition(qapp, real_pack, monkeypatch):
    from decisionaid.ui.widgets import definition
    from decisionaid.ui.widgets.text import Paragraph
    shown = []
    monkeypatch.setattr(definition.DefinitionDialog, "exec",
                        lambda self: shown.append((self.windowTitle(), self.accessibleName())) or 0)
    term = real_pack.glossary[0]
    p = Paragraph(f"About {term.term}.", real_pack)
    opened = []
    p.term_opened.connect(opened.append)
    p._open("glossary:" + term.term)
    p._open("glossary:no such term")
    p._open("https://example.org")
    assert opened == [term.term]
    assert shown == [(term.term, f"Definition of {term.term}")]
